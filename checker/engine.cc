#include "engine.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "plan.h"
#include "schema.h"
#include "status.h"

namespace fs = std::filesystem;

namespace plancheck {

std::string data_dir() {
  if (const char* home = std::getenv("PLANCHECK_HOME"); home && *home) return home;
  return PLANCHECK_DATA_DIR;
}

bool CheckResult::could_not_check() const {
  return std::any_of(files.begin(), files.end(), [](const FileStatus& f) { return !f.checked; });
}

std::vector<std::string> collect_report_files(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      files.push_back(input);  // a missing file is reported when it is read
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file(ec) && it->path().extension() == ".xml") found.push_back(it->path().string());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::vector<std::string> rule_dirs_with(const std::vector<std::string>& extra) {
  std::vector<std::string> dirs{data_dir() + "/rules"};
  dirs.insert(dirs.end(), extra.begin(), extra.end());
  return dirs;
}

namespace {

FileStatus unreadable(const std::string& path, const std::string& kind, const LoadError& error) {
  FileStatus status;
  status.path = path;
  status.kind = kind;
  status.checked = false;
  status.error = error.to_string();
  return status;
}

// The plan's task deadlines, milestones and reporting date, as of `as_of`.
void add_plan_deadlines(const Plan& plan, const Date& as_of, std::vector<PlanDeadline>& out) {
  for (pugi::xml_node task : plan.tasks())
    for (pugi::xml_node deadline : task.children("deadline")) {
      std::string text = deadline.attribute("text").value();
      Date date;
      if (deadline.attribute("recurs")) {
        Deadline recurring{DeadlineKind::Recurring, {}, {}, deadline.attribute("month").as_int(), text};
        date = next_occurrence(recurring, as_of);
      } else if (auto iso = Date::parse_iso(deadline.text().get())) {
        date = *iso;
      }
      if (date.valid())
        out.push_back({date.iso(), "task", plan.id(), task.attribute("id").value(), task.child("title").text().get(), text});
    }
  pugi::xml_node root = plan.document().root();
  for (pugi::xml_node milestone : root.children("milestone"))
    out.push_back({milestone.attribute("date").value(), "milestone", plan.id(), "", "", milestone.attribute("text").value()});
  for (pugi::xml_node reporting : root.children("reporting"))
    out.push_back({reporting.attribute("due").value(), "reporting", plan.id(), "", "", ""});
}

struct ReportOutcome {
  bool skipped = false;  // a plan found while scanning a folder: not a report
  FileStatus status;
  std::vector<Finding> findings;
  std::unique_ptr<Document> report;  // kept for the status matrix when CheckOptions::status
};

void check_one_report(const std::string& path, bool named_explicitly, const CheckOptions& options,
                      const SchemaSet& schemas, const PlanSet& plans, LuaHost& host, ReportOutcome& outcome) {
  outcome.status.path = path;
  outcome.status.kind = "report";
  LoadError error;
  std::unique_ptr<Document> doc = Document::load(path, options.load_limits, &error);
  if (!doc) {
    outcome.status = unreadable(path, "report", error);
    return;
  }
  if (doc->kind() == DocumentKind::Plan && !named_explicitly) {
    outcome.skipped = true;
    return;
  }
  pugi::xml_node root = doc->root();
  outcome.status.unit = root.attribute("unit").value();
  outcome.status.plan_id = root.attribute("plan").value();
  outcome.status.submitted = root.attribute("submitted").value();
  schemas.validate(*doc, options.settings.lang, outcome.findings);
  if (doc->kind() != DocumentKind::Report) return;  // not a report: the schema finding says so
  host.check_report(*doc, plans.find(outcome.status.plan_id), outcome.findings);
  if (options.status) outcome.report = std::move(doc);
}

}  // namespace

CheckResult run_check(const CheckOptions& options) {
  init_xml_library();
  CheckResult result;
  result.as_of = options.settings.as_of.iso();
  SchemaSet schemas(data_dir() + "/schemas");
  std::vector<std::string> rule_dirs = rule_dirs_with(options.extra_rule_dirs);
  std::vector<RuleSource> sources = discover_rules(rule_dirs);
  // The first host is built here, so a rule that does not load stops the run at once.
  std::vector<std::unique_ptr<LuaHost>> hosts;
  hosts.push_back(std::make_unique<LuaHost>(sources, rule_dirs, options.settings));
  result.rules = hosts.front()->rules();

  PlanSet plans;
  for (const std::string& path : options.plan_paths) {
    LoadError error;
    std::unique_ptr<Document> doc = Document::load(path, options.load_limits, &error);
    if (!doc) {
      result.files.push_back(unreadable(path, "plan", error));
      continue;
    }
    if (doc->kind() != DocumentKind::Plan) {
      error = {path, doc->position_of(doc->root()),
               std::string("不是实施方案：根元素应为 ") + kPlanNamespace + " 中的 plan (not a plan)"};
      result.files.push_back(unreadable(path, "plan", error));
      continue;
    }
    FileStatus status;
    status.path = path;
    status.kind = "plan";
    status.plan_id = doc->root().attribute("id").value();
    result.files.push_back(status);
    schemas.validate(*doc, options.settings.lang, result.findings);
    auto plan = std::make_unique<Plan>(std::move(doc));
    if (options.plan_rules) hosts.front()->check_plan(*plan, result.findings);
    add_plan_deadlines(*plan, options.settings.as_of, result.deadlines);
    plans.add(std::move(plan));
  }

  std::vector<std::string> reports = collect_report_files(options.inputs);
  std::vector<bool> explicit_file(reports.size(), true);
  {
    std::vector<std::string> named;
    for (const std::string& input : options.inputs) {
      std::error_code ec;
      if (!fs::is_directory(input, ec)) named.push_back(input);
    }
    for (size_t i = 0; i < reports.size(); ++i)
      explicit_file[i] = std::find(named.begin(), named.end(), reports[i]) != named.end();
  }
  std::vector<ReportOutcome> outcomes(reports.size());
  if (options.report_rules && !reports.empty()) {
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    size_t workers = std::min<size_t>(options.jobs > 0 ? static_cast<size_t>(options.jobs) : cores, reports.size());
    while (hosts.size() < workers) hosts.push_back(std::make_unique<LuaHost>(sources, rule_dirs, options.settings));
    std::atomic<size_t> next{0};
    auto work = [&](LuaHost* host) {
      for (size_t i = next++; i < reports.size(); i = next++)
        check_one_report(reports[i], explicit_file[i], options, schemas, plans, *host, outcomes[i]);
    };
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w) threads.emplace_back(work, hosts[w].get());
    work(hosts.front().get());
    for (std::thread& t : threads) t.join();
  }
  for (ReportOutcome& outcome : outcomes) {
    if (outcome.skipped) continue;
    result.files.push_back(std::move(outcome.status));
    std::move(outcome.findings.begin(), outcome.findings.end(), std::back_inserter(result.findings));
  }
  if (options.status) {
    std::vector<const Document*> docs;
    for (const ReportOutcome& outcome : outcomes)
      if (outcome.report) docs.push_back(outcome.report.get());
    result.status = std::make_shared<StatusResult>(
        compute_status(plans, docs, StatusOptions{options.settings.as_of, options.settings.due_soon_days}));
  }
  sort_findings(result.findings);
  std::stable_sort(result.deadlines.begin(), result.deadlines.end(),
                   [](const PlanDeadline& a, const PlanDeadline& b) { return a.date < b.date; });
  return result;
}

}  // namespace plancheck
