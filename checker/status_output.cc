// The terminal and JSON views of `plancheck status`.
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "display_width.h"
#include "output.h"
#include "status.h"

namespace plancheck {

namespace {

constexpr CellState kStates[] = {CellState::Done, CellState::InProgress, CellState::NotStarted, CellState::Blocked,
                                 CellState::Missing};

bool english(const StatusOutputOptions& o) { return o.lang == "en"; }

// One character a cell, so that a plan's 14 tasks and 15 units fit a 120-column terminal.
std::string short_word(CellState state, const StatusOutputOptions& o) {
  switch (state) {
    case CellState::Done: return english(o) ? "D" : "完";
    case CellState::InProgress: return english(o) ? "P" : "进";
    case CellState::NotStarted: return english(o) ? "N" : "未";
    case CellState::Blocked: return english(o) ? "B" : "阻";
    case CellState::Missing: return english(o) ? "M" : "缺";
  }
  return "";
}

std::string long_word(CellState state, const StatusOutputOptions& o) {
  switch (state) {
    case CellState::Done: return english(o) ? "done" : "已完成";
    case CellState::InProgress: return english(o) ? "in progress" : "进行中";
    case CellState::NotStarted: return english(o) ? "not started" : "未开始";
    case CellState::Blocked: return english(o) ? "blocked" : "受阻";
    case CellState::Missing: return english(o) ? "missing" : "缺报";
  }
  return "";
}

std::string overdue_word(const StatusOutputOptions& o) { return english(o) ? "overdue" : "逾期"; }
std::string due_soon_word(const StatusOutputOptions& o) { return english(o) ? "due soon" : "临期"; }

std::string days_phrase(long days_left, const StatusOutputOptions& o) {
  std::string n = std::to_string(days_left < 0 ? -days_left : days_left);
  if (days_left > 0) return english(o) ? n + " days left" : "还剩 " + n + " 天";
  if (days_left == 0) return english(o) ? "due today" : "今天到期";
  return english(o) ? n + " days overdue" : "已逾期 " + n + " 天";
}

std::string joined(const std::vector<std::string>& items, const StatusOutputOptions& o) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : (english(o) ? ", " : "、")) + item;
  return out;
}

struct TableCell {
  std::string text;
  const char* color = "";  // ANSI colour, empty for none
};
using TableRow = std::vector<TableCell>;

struct TableLayout {
  std::vector<bool> right_aligned;  // per column; columns past its end align left
  std::string gap = "  ";           // between columns after the first (which always gets two spaces)
};

// Columns padded by display width, never by bytes. Rows may be shorter than others.
void write_table(std::ostream& out, const std::vector<TableRow>& rows, const TableLayout& layout, bool color) {
  std::vector<size_t> widths;
  for (const TableRow& row : rows)
    for (size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], display_width(row[c].text));
    }
  for (const TableRow& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      bool right = c < layout.right_aligned.size() && layout.right_aligned[c];
      std::string padded = right ? pad_left(row[c].text, widths[c]) : pad_right(row[c].text, widths[c]);
      if (c > 0) line += c == 1 ? "  " : layout.gap;
      line += color && *row[c].color ? std::string(row[c].color) + padded + "\033[0m" : padded;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << "  " << line << "\n";
  }
}

const char* cell_color(const StatusCell& cell) {
  if (cell.overdue) return "\033[1;31m";
  if (cell.due_soon) return "\033[1;33m";
  if (cell.state == CellState::Missing) return "\033[35m";
  return "";
}

std::string matrix_word(const StatusCell& cell, const StatusOutputOptions& o) {
  return short_word(cell.state, o) + (cell.overdue ? "!" : cell.due_soon ? "*" : "");
}

std::vector<int> tally_values(const StateTally& tally) {
  std::vector<int> values;
  for (CellState state : kStates) values.push_back(tally.of(state));
  values.push_back(tally.overdue);
  values.push_back(tally.due_soon);
  return values;
}

// Column heads of the totals per unit (one character, like the cells) and labels of
// the rows of totals per task (whole words: the unit column has room).
std::vector<std::string> tally_heads(const StatusOutputOptions& o) {
  std::vector<std::string> heads;
  for (CellState state : kStates) heads.push_back(short_word(state, o));
  heads.push_back(english(o) ? "!" : "逾");
  heads.push_back(english(o) ? "*" : "临");
  return heads;
}

std::vector<std::string> tally_labels(const StatusOutputOptions& o) {
  std::vector<std::string> labels;
  for (CellState state : kStates) labels.push_back(english(o) ? state_name(state) : long_word(state, o));
  labels.push_back(english(o) ? "overdue" : overdue_word(o));
  labels.push_back(english(o) ? "due-soon" : due_soon_word(o));
  return labels;
}

// One plan's cells indexed for the matrix, with the totals per unit and per task.
struct Matrix {
  std::map<std::pair<std::string, std::string>, const StatusCell*> by_unit_task;
  std::map<std::string, StateTally> by_unit, by_task;

  explicit Matrix(const std::vector<const StatusCell*>& cells) {
    for (const StatusCell* cell : cells) {
      by_unit_task[{cell->unit, cell->task}] = cell;
      by_unit[cell->unit].add(*cell);
      by_task[cell->task].add(*cell);
    }
  }
  const StatusCell* at(const std::string& unit, const std::string& task) const {
    auto found = by_unit_task.find({unit, task});
    return found == by_unit_task.end() ? nullptr : found->second;
  }
};

std::vector<const StatusCell*> cells_of(const PlanStatus& plan, const StatusResult& status) {
  std::vector<const StatusCell*> cells;
  for (const StatusCell& cell : status.cells)
    if (cell.plan == plan.plan_id) cells.push_back(&cell);
  return cells;
}

void write_matrix(std::ostream& out, const PlanStatus& plan, const std::vector<const StatusCell*>& cells,
                  const StatusOutputOptions& o) {
  Matrix matrix(cells);
  std::vector<std::string> labels = tally_labels(o);
  std::vector<TableRow> rows;
  TableRow header{{english(o) ? "unit" : "单位"}};
  for (const std::string& task : plan.tasks) header.push_back({task});
  for (const std::string& head : tally_heads(o)) header.push_back({head});
  rows.push_back(header);
  for (const std::string& unit : plan.units) {
    TableRow row{{unit}};
    for (const std::string& task : plan.tasks) {
      const StatusCell* cell = matrix.at(unit, task);
      if (!cell) row.push_back({"-"});
      else row.push_back({matrix_word(*cell, o), cell_color(*cell)});
    }
    for (int value : tally_values(matrix.by_unit[unit])) row.push_back({std::to_string(value)});
    rows.push_back(row);
  }
  // Totals per task, one row per state, under the task columns.
  std::vector<std::vector<int>> per_task;
  for (const std::string& task : plan.tasks) per_task.push_back(tally_values(matrix.by_task[task]));
  for (size_t k = 0; k < labels.size(); ++k) {
    TableRow row{{labels[k]}};
    for (const std::vector<int>& values : per_task) row.push_back({std::to_string(values[k])});
    rows.push_back(row);
  }
  TableLayout layout;
  layout.right_aligned.assign(header.size(), true);
  layout.right_aligned[0] = false;
  layout.gap = " ";
  write_table(out, rows, layout, o.color);
  if (english(o))
    out << "  D done, P in progress, N not started, B blocked, M missing (the unit's latest report leaves the\n"
           "  task out, or it has no report); ! overdue, * due soon; - the task does not name the unit\n";
  else
    out << "  完＝已完成，进＝进行中，未＝未开始，阻＝受阻，缺＝缺报（该单位最新一期报告未报此任务，或没有报告）；"
           "! 逾期，* 临期；- 该任务未列此单位\n";
}

// ", deadline 2023-11-30 (2023年11月底前), 10 days left: due soon"; empty without a deadline.
std::string deadline_phrase(const StatusCell& cell, const StatusOutputOptions& o) {
  if (!cell.deadline.valid()) return "";
  std::string out = (english(o) ? ", deadline " : "，期限 ") + cell.deadline.iso();
  if (!cell.deadline_text.empty())
    out += english(o) ? " (" + cell.deadline_text + ")" : "（" + cell.deadline_text + "）";
  out += (english(o) ? ", " : "，") + days_phrase(cell.days_left, o);
  if (cell.due_soon) out += english(o) ? ": due soon" : "：临期";
  return out;
}

// Cells a supervisor acts on: overdue, due soon, blocked, or a task a reporting unit left out.
bool needs_attention(const StatusCell& cell) {
  return cell.overdue || cell.due_soon || cell.state == CellState::Blocked ||
         (cell.state == CellState::Missing && !cell.report.empty());
}

void write_attention(std::ostream& out, const std::vector<const StatusCell*>& cells, const StatusOutputOptions& o) {
  std::vector<const StatusCell*> listed;
  for (const StatusCell* cell : cells)
    if (needs_attention(*cell)) listed.push_back(cell);
  if (listed.empty()) return;
  out << "\n" << (english(o) ? "Needs attention:" : "需要关注：") << "\n";
  for (const StatusCell* cell : listed) {
    std::string role = cell->role == "lead" ? (english(o) ? "lead" : "牵头") : (english(o) ? "responsible" : "责任");
    out << "  " << (english(o) ? "task " : "任务 ") << cell->task << "  " << cell->unit
        << (english(o) ? " (" + role + ")" : "（" + role + "）") << "  " << long_word(cell->state, o);
    out << deadline_phrase(*cell, o) << "\n";
    if (!cell->report.empty()) out << "      " << (english(o) ? "report: " : "报告：") << cell->report << "\n";
    for (const HistoryEntry& earlier : cell->history)
      out << "      " << (english(o) ? "before: " : "此前：") << earlier.submitted.iso() << " "
          << long_word(earlier.state, o) << "  " << earlier.report << "\n";
  }
}

void write_upcoming(std::ostream& out, const std::string& plan_id, const StatusResult& status,
                    const StatusOutputOptions& o) {
  std::vector<TableRow> rows;
  for (const UpcomingDate& date : status.upcoming) {
    if (date.plan != plan_id) continue;
    const char* color = date.days_left <= status.due_soon_days ? "\033[33m" : "";
    std::string what = date.task.empty() ? (english(o) ? "milestone" : "里程碑")
                                         : (english(o) ? "task " : "任务 ") + date.task;
    rows.push_back({{date.date.iso()}, {days_phrase(date.days_left, o), color}, {what}, {date.text}});
  }
  out << "\n" << (english(o) ? "Deadlines and milestones ahead:" : "即将到来的期限与里程碑：");
  if (rows.empty()) {
    out << (english(o) ? " none" : "无") << "\n";
    return;
  }
  out << "\n";
  write_table(out, rows, TableLayout{{false, true, false, false}}, o.color);
}

void write_plan(std::ostream& out, const PlanStatus& plan, const StatusResult& status, const StatusOutputOptions& o) {
  std::vector<const StatusCell*> cells = cells_of(plan, status);
  const char* bold = o.color ? "\033[1m" : "";
  const char* reset = o.color ? "\033[0m" : "";
  out << bold << plan.plan_id << reset << "  " << plan.path << "\n"
      << (english(o) ? "as of " : "截至 ") << status.as_of.iso()
      << (english(o) ? ", due soon = within " + std::to_string(status.due_soon_days) + " days"
                     : "，临期＝" + std::to_string(status.due_soon_days) + " 天内到期")
      << "\n\n";
  if (cells.empty()) out << (english(o) ? "  no task names a unit\n" : "  没有任务列出单位\n");
  else write_matrix(out, plan, cells, o);
  if (!plan.collective_names.empty())
    out << (english(o) ? "  Collective names (no unit reports as these; no cells): "
                       : "  集体名称（不作为单位报送，无单元格）：")
        << joined(plan.collective_names, o) << "\n";
  if (!plan.other_reporting_units.empty())
    out << (english(o) ? "  Reports from units the tasks do not name: " : "  任务未单列的报送单位：")
        << joined(plan.other_reporting_units, o) << "\n";
  write_attention(out, cells, o);
  out << "\n"
      << (english(o) ? "Units with no report (" : "没有报告的单位（") << plan.units_without_report.size()
      << (english(o) ? "): " : "）：") << (plan.units_without_report.empty() ? (english(o) ? "none" : "无") : "")
      << joined(plan.units_without_report, o) << "\n";
  write_upcoming(out, plan.plan_id, status, o);
}

}  // namespace

void write_status_text(std::ostream& out, const StatusResult& status, const StatusOutputOptions& o) {
  for (size_t i = 0; i < status.plans.size(); ++i) {
    if (i > 0) out << "\n";
    write_plan(out, status.plans[i], status, o);
  }
  if (!status.reports_without_plan.empty())
    out << "\n"
        << (english(o) ? "Reports on a plan that was not loaded: " : "所引方案未载入的报告：")
        << joined(status.reports_without_plan, o) << "\n";
  if (!status.notes.empty()) out << "\n";
  for (const StatusNote& note : status.notes)
    out << note.path << ":" << note.at.line << ":" << note.at.column << ": " << (english(o) ? note.en : note.zh)
        << "\n";

  StateTally total;
  size_t without_report = 0;
  for (const StatusCell& cell : status.cells) total.add(cell);
  for (const PlanStatus& plan : status.plans) without_report += plan.units_without_report.size();
  std::ostringstream summary;
  if (english(o)) {
    summary << status.cells.size() << " cell(s): ";
    for (CellState state : kStates) summary << total.of(state) << " " << long_word(state, o) << ", ";
    summary << total.overdue << " overdue, " << total.due_soon << " due soon; " << without_report
            << " unit(s) with no report";
  } else {
    summary << "共 " << status.cells.size() << " 个单元格：";
    bool first = true;
    for (CellState state : kStates) {
      summary << (first ? "" : "，") << long_word(state, o) << " " << total.of(state);
      first = false;
    }
    summary << "；逾期 " << total.overdue << "，临期 " << total.due_soon << "；" << without_report
            << " 个单位没有报告";
  }
  out << "\n" << summary.str() << "\n";
}

void write_status_html(std::ostream& out, const StatusResult& status, const StatusOutputOptions& o) {
  auto text = [&](const std::string& zh, const std::string& en) { return escape_html(english(o) ? en : zh); };
  out << "<section id=\"status\">\n<style>"
      << ".status-matrix td{text-align:center}.status-matrix td.unit{text-align:left}"
         ".status-matrix .overdue{background:#fde0e0;color:#b00020;font-weight:bold}"
         ".status-matrix .due-soon{background:#fff3d6;color:#a86500}.status-matrix .state-missing{color:#8a2be2}"
         ".status-matrix .none{color:#bbb}.status-matrix .total{color:#555}</style>\n"
      << "<h2>" << text("进展矩阵", "Where the units stand") << "</h2>\n<p class=\"note\">"
      << text("截至 ", "As of ") << status.as_of.iso()
      << text("；临期＝" + std::to_string(status.due_soon_days) + " 天内到期；各单位以提交日期最新的一期报告为准",
              "; due soon = within " + std::to_string(status.due_soon_days) +
                  " days; each unit's latest report by submitted date counts")
      << "</p>\n";
  std::vector<std::string> heads = tally_heads(o), labels = tally_labels(o);
  for (const PlanStatus& plan : status.plans) {
    Matrix matrix(cells_of(plan, status));
    out << "<h3>" << escape_html(plan.plan_id) << "</h3>\n<table class=\"status-matrix\" data-plan=\""
        << escape_html(plan.plan_id) << "\">\n<tr><th>" << text("单位", "Unit") << "</th>";
    for (size_t t = 0; t < plan.tasks.size(); ++t)
      out << "<th title=\"" << escape_html(t < plan.task_titles.size() ? plan.task_titles[t] : "") << "\">"
          << escape_html(plan.tasks[t]) << "</th>";
    for (size_t k = 0; k < heads.size(); ++k)
      out << "<th title=\"" << escape_html(labels[k]) << "\">" << escape_html(heads[k]) << "</th>";
    out << "</tr>\n";
    for (const std::string& unit : plan.units) {
      out << "<tr data-unit=\"" << escape_html(unit) << "\"><td class=\"unit\">" << escape_html(unit) << "</td>";
      for (const std::string& task : plan.tasks) {
        const StatusCell* cell = matrix.at(unit, task);
        if (!cell) {
          out << "<td class=\"none\">-</td>";
          continue;
        }
        std::string detail = long_word(cell->state, o) + deadline_phrase(*cell, o);
        if (!cell->report.empty()) detail += text("；报告 ", "; report ") + cell->report;
        for (const HistoryEntry& earlier : cell->history)
          detail += text("；此前 ", "; before ") + earlier.submitted.iso() + " " + long_word(earlier.state, o);
        out << "<td class=\"state-" << state_name(cell->state) << (cell->overdue ? " overdue" : "")
            << (cell->due_soon ? " due-soon" : "") << "\" data-task=\"" << escape_html(task) << "\" title=\""
            << escape_html(detail) << "\">" << escape_html(matrix_word(*cell, o)) << "</td>";
      }
      for (int value : tally_values(matrix.by_unit[unit])) out << "<td class=\"total\">" << value << "</td>";
      out << "</tr>\n";
    }
    for (size_t k = 0; k < labels.size(); ++k) {
      out << "<tr class=\"task-total\"><th>" << escape_html(labels[k]) << "</th>";
      for (const std::string& task : plan.tasks)
        out << "<td class=\"total\">" << tally_values(matrix.by_task[task])[k] << "</td>";
      out << "</tr>\n";
    }
    out << "</table>\n";
    if (!plan.collective_names.empty())
      out << "<p class=\"note\">" << text("集体名称（不作为单位报送，无单元格）：", "Collective names (no cells): ")
          << escape_html(joined(plan.collective_names, o)) << "</p>\n";
    if (!plan.other_reporting_units.empty())
      out << "<p class=\"note\">" << text("任务未单列的报送单位：", "Reports from units the tasks do not name: ")
          << escape_html(joined(plan.other_reporting_units, o)) << "</p>\n";
    out << "<p class=\"units-without-report\">" << text("没有报告的单位（", "Units with no report (")
        << plan.units_without_report.size() << text("）：", "): ")
        << escape_html(joined(plan.units_without_report, o)) << "</p>\n";
  }
  out << "</section>\n";
}

namespace {

// A plan task by number and short title, from the plan's status.
std::string task_label(const StatusResult& status, const std::string& plan_id, const std::string& task) {
  for (const PlanStatus& plan : status.plans) {
    if (plan.plan_id != plan_id) continue;
    for (size_t i = 0; i < plan.tasks.size() && i < plan.task_titles.size(); ++i)
      if (plan.tasks[i] == task) return task_with_title(task, plan.task_titles[i]);
  }
  return task;
}

}  // namespace

void write_status_attention_html(std::ostream& out, const StatusResult& status, const StatusOutputOptions& o) {
  auto text = [&](const std::string& zh, const std::string& en) { return escape_html(english(o) ? en : zh); };
  std::vector<const StatusCell*> listed;
  for (const StatusCell& cell : status.cells)
    if (needs_attention(cell)) listed.push_back(&cell);
  if (listed.empty()) return;
  out << "<section id=\"attention\">\n<h2>" << text("需要关注", "Needs attention") << "（" << listed.size()
      << "）</h2>\n<ul>\n";
  for (const StatusCell* cell : listed) {
    std::string role = cell->role == "lead" ? (english(o) ? "lead" : "牵头") : (english(o) ? "responsible" : "责任");
    out << "<li class=\"" << (cell->overdue ? "error" : cell->due_soon ? "warning" : "info") << "\" data-task=\""
        << escape_html(cell->task) << "\" data-unit=\"" << escape_html(cell->unit) << "\"><b>" << text("任务 ", "task ")
        << escape_html(task_label(status, cell->plan, cell->task)) << "</b>　" << escape_html(cell->unit)
        << text("（" + role + "）", " (" + role + ")") << "　" << escape_html(long_word(cell->state, o))
        << escape_html(deadline_phrase(*cell, o));
    if (!cell->report.empty()) out << "<span class=\"note\">　" << text("报告：", "report: ") << escape_html(cell->report) << "</span>";
    out << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

void write_status_page_html(std::ostream& out, const StatusResult& status, const std::vector<std::string>& errors,
                            const StatusOutputOptions& o) {
  auto text = [&](const std::string& zh, const std::string& en) { return escape_html(english(o) ? en : zh); };
  write_html_head(out, (english(o) ? "Where the units stand " : "任务进展情况 ") + status.as_of.iso(), o.lang);
  out << "<h1>" << text("任务进展情况", "Where the units stand") << "</h1>\n<p class=\"note\">plancheck "
      << PLANCHECK_VERSION << "</p>\n";
  for (const std::string& error : errors) out << "<p class=\"error\">" << escape_html(error) << "</p>\n";
  write_status_attention_html(out, status, o);
  write_status_html(out, status, o);
  out << "<h2>" << text("即将到来的期限与里程碑", "Deadlines and milestones ahead") << "</h2>\n<table id=\"upcoming\"><tr><th>"
      << text("日期", "Date") << "</th><th>" << text("剩余", "Left") << "</th><th>" << text("任务", "Task") << "</th><th>"
      << text("原文", "Wording") << "</th></tr>\n";
  for (const UpcomingDate& date : status.upcoming) {
    std::string what = date.task.empty() ? (english(o) ? "milestone" : "里程碑")
                                         : (english(o) ? "task " : "任务 ") + task_label(status, date.plan, date.task);
    out << "<tr" << (date.days_left <= status.due_soon_days ? " class=\"warning\"" : "") << "><td>" << date.date.iso()
        << "</td><td>" << escape_html(days_phrase(date.days_left, o)) << "</td><td>" << escape_html(what) << "</td><td>"
        << escape_html(date.text) << "</td></tr>\n";
  }
  out << "</table>\n";
  if (!status.notes.empty()) {
    out << "<h2>" << text("未能使用的内容", "Not used") << "</h2>\n<ul>\n";
    for (const StatusNote& note : status.notes)
      out << "<li>" << escape_html(note.path + ":" + std::to_string(note.at.line) + ":" + std::to_string(note.at.column) +
                                   ": " + (english(o) ? note.en : note.zh))
          << "</li>\n";
    out << "</ul>\n";
  }
  out << "</body>\n</html>\n";
}

void write_status_json(std::ostream& out, const StatusResult& status, const StatusOutputOptions&) {
  using json = nlohmann::ordered_json;
  json doc;
  doc["as_of"] = status.as_of.iso();
  doc["plans"] = json::array();
  for (const PlanStatus& plan : status.plans) doc["plans"].push_back(plan.plan_id);
  doc["cells"] = json::array();
  for (const StatusCell& cell : status.cells) {
    json history = json::array();
    for (const HistoryEntry& earlier : cell.history)
      history.push_back({{"report", earlier.report},
                         {"submitted", earlier.submitted.valid() ? json(earlier.submitted.iso()) : json(nullptr)},
                         {"state", state_name(earlier.state)}});
    doc["cells"].push_back({{"plan", cell.plan},
                            {"task", cell.task},
                            {"unit", cell.unit},
                            {"role", cell.role},
                            {"state", state_name(cell.state)},
                            {"report", cell.report.empty() ? json(nullptr) : json(cell.report)},
                            {"deadline", cell.deadline.valid() ? json(cell.deadline.iso()) : json(nullptr)},
                            {"overdue", cell.overdue},
                            {"due_soon", cell.due_soon},
                            {"history", history}});
  }
  std::vector<std::string> without_report;
  for (const PlanStatus& plan : status.plans)
    for (const std::string& unit : plan.units_without_report)
      if (std::find(without_report.begin(), without_report.end(), unit) == without_report.end())
        without_report.push_back(unit);
  doc["units_without_report"] = without_report;
  doc["upcoming"] = json::array();
  for (const UpcomingDate& date : status.upcoming)
    doc["upcoming"].push_back({{"date", date.date.iso()},
                               {"task", date.task.empty() ? json(nullptr) : json(date.task)},
                               {"text", date.text},
                               {"plan", date.plan},
                               {"days_left", date.days_left}});
  out << doc.dump(2) << "\n";
}

}  // namespace plancheck
