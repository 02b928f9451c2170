#include "status.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "units.h"

namespace plancheck {

const char* state_name(CellState state) {
  switch (state) {
    case CellState::Done: return "done";
    case CellState::InProgress: return "in-progress";
    case CellState::NotStarted: return "not-started";
    case CellState::Blocked: return "blocked";
    case CellState::Missing: return "missing";
  }
  return "missing";
}

std::optional<CellState> parse_report_status(std::string_view status) {
  if (status == "done") return CellState::Done;
  if (status == "in-progress") return CellState::InProgress;
  if (status == "not-started") return CellState::NotStarted;
  if (status == "blocked") return CellState::Blocked;
  return std::nullopt;
}

std::optional<Severity> cell_severity(const StatusCell& cell) {
  if (cell.overdue) return Severity::Error;
  if (cell.state == CellState::Missing || cell.due_soon) return Severity::Warning;
  return std::nullopt;
}

void StateTally::add(const StatusCell& cell) {
  switch (cell.state) {
    case CellState::Done: ++done; break;
    case CellState::InProgress: ++in_progress; break;
    case CellState::NotStarted: ++not_started; break;
    case CellState::Blocked: ++blocked; break;
    case CellState::Missing: ++missing; break;
  }
  overdue += cell.overdue ? 1 : 0;
  due_soon += cell.due_soon ? 1 : 0;
}

int StateTally::of(CellState state) const {
  switch (state) {
    case CellState::Done: return done;
    case CellState::InProgress: return in_progress;
    case CellState::NotStarted: return not_started;
    case CellState::Blocked: return blocked;
    case CellState::Missing: return missing;
  }
  return 0;
}

namespace {

std::string trimmed(std::string text) {
  const char* space = " \t\r\n";
  size_t begin = text.find_first_not_of(space);
  if (begin == std::string::npos) return {};
  size_t end = text.find_last_not_of(space);
  return text.substr(begin, end - begin + 1);
}

bool is_element(pugi::xml_node node, const char* name) {
  return node.type() == pugi::node_element && std::strcmp(node.name(), name) == 0;
}

// A report as status weighs it: where it is, whose it is, and when it was submitted.
struct ReportEntry {
  const Document* doc = nullptr;
  std::string unit;  // as the report writes it
  Date submitted;    // invalid when the report gives none it can read: counts as oldest
  Date period_from;  // invalid when it gives none

  const std::string& path() const { return doc->path(); }
};

Date iso_attribute(pugi::xml_node node, const char* name) {
  auto date = Date::parse_iso(trimmed(node.attribute(name).value()));
  return date ? *date : Date{};
}

// Oldest first; the same day goes by path, so the order never depends on argument order.
bool submitted_before(const ReportEntry& a, const ReportEntry& b) {
  if (a.submitted.valid() != b.submitted.valid()) return !a.submitted.valid();
  if (a.submitted.valid() && a.submitted != b.submitted) return a.submitted < b.submitted;
  return a.path() < b.path();
}

pugi::xml_node reported_task(const Document& report, const std::string& task_id) {
  for (pugi::xml_node task : report.root().children())
    if (is_element(task, "task") && trimmed(task.attribute("ref").value()) == task_id) return task;
  return {};
}

// The task's state in one report; missing when the report does not cover it, or gives a
// status that is none of the four (with a note saying so).
CellState state_in(const ReportEntry& report, const std::string& task_id, std::vector<StatusNote>& notes) {
  pugi::xml_node task = reported_task(*report.doc, task_id);
  if (!task) return CellState::Missing;
  pugi::xml_attribute status = task.attribute("status");
  if (auto state = parse_report_status(trimmed(status.value()))) return *state;
  StatusNote note;
  note.path = report.path();
  note.at = status ? report.doc->position_of(status) : report.doc->position_of(task);
  note.zh = "任务 " + task_id + " 的状态“" + status.value() +
            "”无法识别（应为 done、in-progress、not-started 或 blocked），按缺报计";
  note.en = "task " + task_id + " has status \"" + status.value() +
            "\", none of done, in-progress, not-started, blocked; counted as missing";
  notes.push_back(note);
  return CellState::Missing;
}

struct NamedUnit {
  std::string name;  // the plan's own name
  std::string role;
};

// The units a task names, leads first, each once (lead wins over responsible); group
// names go to `collective` instead.
std::vector<NamedUnit> units_of_task(pugi::xml_node task, const UnitDirectory& units,
                                     std::vector<std::string>& collective) {
  std::vector<NamedUnit> named;
  for (const char* role : {"lead", "responsible"}) {
    for (pugi::xml_node child : task.children()) {
      if (!is_element(child, role)) continue;
      std::string written = text_of(child);
      if (normalize_unit_name(written).empty()) continue;
      std::string name = units.canonical(written).value_or(trimmed(written));
      if (units.is_collective(name)) {
        if (std::find(collective.begin(), collective.end(), name) == collective.end()) collective.push_back(name);
        continue;
      }
      bool seen = std::any_of(named.begin(), named.end(),
                              [&](const NamedUnit& u) { return units.same_unit(u.name, name); });
      if (!seen) named.push_back({name, role});
    }
  }
  return named;
}

// Which occurrence of the task's deadline a cell is judged by: a dated deadline is itself;
// a recurring one is its first occurrence on or after the report's period-from, or the
// plan's issue date when there is no report or it gives no period (rules.md).
Date deadline_for_cell(const Deadline& deadline, const Plan& plan, const ReportEntry* latest) {
  if (deadline.kind == DeadlineKind::Date) return deadline.last;
  if (deadline.kind != DeadlineKind::Recurring) return {};
  Date from = latest && latest->period_from.valid() ? latest->period_from : plan.issued();
  return from.valid() ? next_occurrence(deadline, from) : Date{};
}

void judge_days(StatusCell& cell, const StatusOptions& options) {
  if (!cell.deadline.valid()) return;
  cell.days_left = days_between(options.as_of, cell.deadline);
  if (cell.state == CellState::Done) return;
  cell.overdue = cell.days_left < 0;
  cell.due_soon = cell.days_left >= 0 && cell.days_left <= options.due_soon_days;
}

std::string deadline_wording(pugi::xml_node task) {
  pugi::xml_node deadline = task.child("deadline");
  std::string text = trimmed(deadline.attribute("text").value());
  return text.empty() ? trimmed(text_of(deadline)) : text;
}

void add_upcoming(const Plan& plan, const StatusOptions& options, std::vector<UpcomingDate>& upcoming) {
  for (pugi::xml_node task : plan.tasks()) {
    Deadline deadline = plan_task_deadline(task, plan.reference_year());
    Date date = next_occurrence(deadline, options.as_of);
    if (!date.valid() || date < options.as_of) continue;
    upcoming.push_back({plan.id(), trimmed(task.attribute("id").value()), date, deadline_wording(task),
                        days_between(options.as_of, date)});
  }
  for (pugi::xml_node milestone : plan.document().root().children()) {
    if (!is_element(milestone, "milestone")) continue;
    Date date = iso_attribute(milestone, "date");
    if (!date.valid() || date < options.as_of) continue;
    upcoming.push_back({plan.id(), "", date, trimmed(milestone.attribute("text").value()),
                        days_between(options.as_of, date)});
  }
}

void add_plan_status(const Plan& plan, const std::vector<ReportEntry>& all_reports, const StatusOptions& options,
                     StatusResult& result) {
  const UnitDirectory& units = plan.units();
  PlanStatus status;
  status.plan_id = plan.id();
  status.path = plan.document().path();

  // The plan's reports grouped by unit (aliases and spelling variants together), oldest first.
  std::map<std::string, std::vector<const ReportEntry*>> reports_by_unit;
  for (const ReportEntry& report : all_reports)
    if (same_plan_id(trimmed(report.doc->root().attribute("plan").value()), plan.id()))
      reports_by_unit[normalize_unit_name(units.canonical(report.unit).value_or(report.unit))].push_back(&report);
  for (auto& [unit, reports] : reports_by_unit)
    std::sort(reports.begin(), reports.end(),
              [](const ReportEntry* a, const ReportEntry* b) { return submitted_before(*a, *b); });

  for (pugi::xml_node task : plan.tasks()) {
    std::string task_id = trimmed(task.attribute("id").value());
    status.tasks.push_back(task_id);
    status.task_titles.push_back(task.child("title").text().get());
    Deadline deadline = plan_task_deadline(task, plan.reference_year());
    for (const NamedUnit& unit : units_of_task(task, units, status.collective_names)) {
      StatusCell cell;
      cell.plan = plan.id();
      cell.task = task_id;
      cell.unit = unit.name;
      cell.role = unit.role;
      if (std::find(status.units.begin(), status.units.end(), unit.name) == status.units.end())
        status.units.push_back(unit.name);
      auto found = reports_by_unit.find(normalize_unit_name(unit.name));
      const ReportEntry* latest = nullptr;
      if (found != reports_by_unit.end()) {
        const std::vector<const ReportEntry*>& reports = found->second;
        latest = reports.back();
        for (const ReportEntry* report : reports) {
          CellState state = state_in(*report, task_id, result.notes);
          if (report == latest) {
            cell.state = state;
            cell.report = report->path();
          } else {
            cell.history.push_back({report->path(), report->submitted, state});
          }
        }
      }
      cell.deadline = deadline_for_cell(deadline, plan, latest);
      if (cell.deadline.valid()) cell.deadline_text = deadline_wording(task);
      judge_days(cell, options);
      result.cells.push_back(std::move(cell));
    }
  }

  // Group names the plan declares but no task lists (区直各部门 from the addressee line).
  for (pugi::xml_node unit : plan.document().root().child("units").children("unit")) {
    std::string name = trimmed(unit.attribute("name").value());
    if (units.is_collective(name) &&
        std::find(status.collective_names.begin(), status.collective_names.end(), name) == status.collective_names.end())
      status.collective_names.push_back(name);
  }
  for (const std::string& unit : status.units)
    if (!reports_by_unit.count(normalize_unit_name(unit))) status.units_without_report.push_back(unit);
  for (const auto& [key, reports] : reports_by_unit) {
    bool named = std::any_of(status.units.begin(), status.units.end(),
                             [&, &key = key](const std::string& unit) { return normalize_unit_name(unit) == key; });
    if (!named) status.other_reporting_units.push_back(reports.front()->unit);
  }
  add_upcoming(plan, options, result.upcoming);
  result.plans.push_back(std::move(status));
}

}  // namespace

Deadline plan_task_deadline(pugi::xml_node task, int reference_year) {
  pugi::xml_node node = task.child("deadline");
  if (!node) return {};
  std::string wording = trimmed(node.attribute("text").value());
  if (std::strcmp(node.attribute("recurs").value(), "yearly") == 0) {
    Deadline recurring;
    recurring.kind = DeadlineKind::Recurring;
    recurring.month = node.attribute("month").as_int();
    recurring.text = wording;
    return recurring;
  }
  std::string content = trimmed(text_of(node));
  if (auto date = Date::parse_iso(content)) {
    Deadline dated;
    dated.kind = DeadlineKind::Date;
    dated.first = dated.last = *date;
    dated.text = wording.empty() ? content : wording;
    return dated;
  }
  return read_deadline(wording.empty() ? content : wording, reference_year);
}

StatusResult compute_status(const PlanSet& plans, const std::vector<const Document*>& reports,
                            const StatusOptions& options) {
  StatusResult result;
  result.as_of = options.as_of;
  result.due_soon_days = options.due_soon_days;

  std::vector<ReportEntry> entries;
  for (const Document* doc : reports) {
    if (!doc || doc->kind() != DocumentKind::Report) continue;
    pugi::xml_node root = doc->root();
    ReportEntry entry;
    entry.doc = doc;
    entry.unit = trimmed(root.attribute("unit").value());
    entry.submitted = iso_attribute(root, "submitted");
    entry.period_from = iso_attribute(root, "period-from");
    std::string plan_id = trimmed(root.attribute("plan").value());
    if (!entry.submitted.valid()) {
      result.notes.push_back({doc->path(), doc->position_of(root),
                              "报告没有可读的提交日期（submitted），按最早的一期计",
                              "the report has no readable submitted date; counted as the oldest"});
    }
    if (normalize_unit_name(entry.unit).empty()) {
      result.notes.push_back({doc->path(), doc->position_of(root), "报告没有写报送单位（unit），不计入任何单位",
                              "the report names no unit; it counts for none"});
      continue;
    }
    if (!plans.find(plan_id)) result.reports_without_plan.push_back(doc->path() + " (" + plan_id + ")");
    entries.push_back(entry);
  }

  for (const auto& plan : plans.all()) add_plan_status(*plan, entries, options, result);
  std::stable_sort(result.upcoming.begin(), result.upcoming.end(),
                   [](const UpcomingDate& a, const UpcomingDate& b) {
                     if (a.date != b.date) return a.date < b.date;
                     return a.task.empty() < b.task.empty();  // a day's task deadlines before its milestones
                   });
  return result;
}

}  // namespace plancheck
