#include "engine.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "atomic_file.h"
#include "input_files.h"
#include "lua_host.h"
#include "plan.h"
#include "report_source.h"
#include "schema.h"
#include "status.h"

namespace fs = std::filesystem;

namespace plancheck {

bool CheckResult::could_not_check() const {
  return !problems.empty() ||
         std::any_of(files.begin(), files.end(), [](const FileStatus& f) { return !f.checked; });
}

std::vector<std::string> collect_report_files(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const InputFile& file : discover_inputs(inputs).reports) files.push_back(file.path);
  return files;
}

std::vector<std::string> rule_dirs_with(const std::vector<std::string>& extra) {
  std::vector<std::string> dirs{data_dir() + "/rules"};
  dirs.insert(dirs.end(), extra.begin(), extra.end());
  return dirs;
}

std::vector<RuleSource> discover_rules_or_fail(const std::vector<std::string>& dirs) {
  std::vector<RuleSource> sources = discover_rules(dirs);
  if (sources.empty()) {
    std::string where;
    for (const std::string& dir : dirs) where += (where.empty() ? "" : ", ") + shown_data_path(dir);
    throw LocalizedError("未加载任何规则（" + where + " 中没有 *.lua），无法检查",
                         "no rule loaded (no *.lua in " + where + "): nothing can be checked");
  }
  return sources;
}

namespace {

FileStatus unreadable(const std::string& path, const std::string& kind, const std::string& error) {
  FileStatus status;
  status.path = path;
  status.kind = kind;
  status.checked = false;
  status.error = error;
  return status;
}

FileStatus unreadable(const std::string& path, const std::string& kind, const LoadError& error) {
  return unreadable(path, kind, error.to_string());
}

const std::string& in_lang(const std::string& lang, const std::string& zh, const std::string& en) {
  return lang == "en" ? en : zh;
}

// What a user should know about how a file was read: a GBK file converted to UTF-8.
std::string encoding_note(const Document& doc) {
  if (doc.converted_from().empty()) return "";
  return "按声明的编码 " + doc.converted_from() + " 读取并转换为 UTF-8 (read as " + doc.converted_from() +
         ", converted to UTF-8)";
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
  // Set when a file found while scanning a folder is not a report (a plan, an attachment,
  // evidence): why, in --lang.
  std::string skip_reason;
  bool judged_by_content = false;  // skipped: a document that does not read as a report
  bool skipped() const { return !skip_reason.empty(); }
  FileStatus status;
  std::vector<std::string> cited;  // the files its evidence names, resolved (never read as reports)
  std::vector<Finding> findings;
  std::unique_ptr<Document> report;  // kept for the status matrix when CheckOptions::status
};

// One big report whose rules several workers run at once: each worker takes the next
// job until none is left. A job is a rule, or a share of the parts of a rule that judges
// each part alone (RuleInfo::by_part), so that one costly text rule does not keep one
// worker busy while the others wait. Findings are kept by job and joined in rule order,
// a rule's shares in document order, so the output is the same as from one worker.
struct SharedReport {
  const Document* doc = nullptr;
  const Plan* plan = nullptr;
  std::vector<RuleJob> jobs;
  std::atomic<size_t> next_job{0};
  int helpers = 0;  // workers other than the owner running its jobs (under SplitBoard's mutex)
  std::vector<RuleRun> runs;  // by job

  // Every rule as one job, a by_part rule as `shards` jobs.
  void plan_jobs(const std::vector<RuleInfo>& rules, size_t shards) {
    for (size_t r = 0; r < rules.size(); ++r) {
      size_t n = rules[r].by_part ? shards : 1;
      for (size_t s = 0; s < n; ++s) jobs.push_back(RuleJob{r, s, n});
    }
    runs.resize(jobs.size());
  }
  bool take(size_t* job) {
    *job = next_job++;
    return *job < jobs.size();
  }
  bool open() const { return next_job < jobs.size(); }
  // The findings of every job, rule by rule, as check_report gives them.
  void join(const LuaHost& host, std::vector<Finding>& out) {
    for (size_t j = 0; j < jobs.size();) {
      const size_t rule = jobs[j].rule;
      std::vector<RuleRun> shards;
      for (; j < jobs.size() && jobs[j].rule == rule; ++j) shards.push_back(std::move(runs[j]));
      host.finish_run(rule, *doc, join_shard_runs(std::move(shards)), out);
    }
  }
};

// Where a worker that has no report left finds a big report to help with. `big` counts
// the big reports not yet finished: until it is zero an idle worker waits, because the
// report it could help with may still be loading.
class SplitBoard {
 public:
  // `shards`: how many jobs a by_part rule of a big report becomes.
  SplitBoard(size_t big, size_t shards) : shards_(shards), unfinished_(big) {}
  size_t shards() const { return shards_; }

  void publish(SharedReport* report) {
    std::lock_guard<std::mutex> lock(mutex_);
    open_.push_back(report);
    changed_.notify_all();
  }

  // Runs rules of an open big report on `host`; false once every big report is finished.
  bool help(LuaHost& host) {
    std::unique_lock<std::mutex> lock(mutex_);
    SharedReport* report = nullptr;
    changed_.wait(lock, [&] {
      for (SharedReport* open : open_)
        if (open->open()) report = open;
      return report || unfinished_ == 0;
    });
    if (!report) return false;
    ++report->helpers;
    lock.unlock();
    host.check_report_jobs(*report->doc, report->plan, report->jobs, [&](size_t* j) { return report->take(j); },
                           report->runs);
    lock.lock();
    --report->helpers;
    changed_.notify_all();
    return true;
  }

  // The owner, once it takes no more rules: waits for the helpers still running some.
  // `report` is null for a big file that did not load as a report.
  void finish(SharedReport* report) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (report) {
      open_.erase(std::find(open_.begin(), open_.end(), report));
      changed_.wait(lock, [&] { return report->helpers == 0; });
    }
    --unfinished_;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<SharedReport*> open_;
  const size_t shards_;
  size_t unfinished_;
};

// The files a report's evidence names (task/evidence/@href relative to its folder), as
// canonical paths: a folder of reports holds them beside the reports, and they are evidence,
// not reports (cli.md).
std::vector<std::string> cited_files(const Document& report) {
  std::vector<std::string> cited;
  fs::path folder = fs::path(report.path()).parent_path();
  pugi::xml_node root = report.root();
  for (pugi::xml_node n = root; n; n = next_in_subtree(n, root)) {
    if (n.type() != pugi::node_element || std::strcmp(n.name(), "evidence") != 0) continue;
    std::string href = n.attribute("href").value();
    if (href.empty() || href.find("://") != std::string::npos) continue;
    std::error_code ec;
    fs::path resolved = fs::weakly_canonical(folder / fs::path(href), ec);
    if (!ec) cited.push_back(resolved.string());
  }
  return cited;
}

// Reads a Word / PDF / web page / text report and converts it; false with outcome.status
// saying why (and where) when it cannot be, or with outcome.skipped() when a file found in a
// folder does not read as a report.
bool convert_source_report(const std::string& path, bool named_explicitly, const CheckOptions& options,
                           const PlanSet& plans, ReportConversion* conversion, ReportOutcome& outcome) {
  FileStatus* status = &outcome.status;
  const bool en = options.settings.lang == "en";
  SourceReadOptions read_options;
  read_options.max_file_bytes = options.load_limits.max_file_bytes;
  SourceDocument source;
  SourceReadError read_error;
  if (!read_source_document(path, read_options, &source, &read_error)) {
    *status = unreadable(path, "report", LoadError{path, {1, 1}, read_error.message(options.settings.lang)});
    return false;
  }
  if (!named_explicitly && !reads_as_report(source)) {
    outcome.judged_by_content = true;
    outcome.skip_reason =
        en ? "does not read as a progress report (its title names no report — 报告, 情况, 进展, 汇报, 总结 — and it "
             "holds no task table or 报送单位 line); if it is one, name it on the command line"
           : "读来不像进展报告（标题中没有“报告”“情况”“进展”“汇报”“总结”等字样，也没有任务表或“报送单位”）；"
             "如果它是报告，请在命令行直接给出该文件";
    return false;
  }
  ReportSourceOptions convert;
  for (const auto& plan : plans.all()) convert.plans.push_back(plan.get());
  convert.unit = options.report_unit;
  convert.submitted = options.report_submitted;
  convert.command = "import-report";
  convert.limits = options.load_limits;
  convert_report(source, path, convert, conversion);
  if (!conversion->ok) {
    *status = unreadable(path, "report", LoadError{path, {1, 1}, (en ? "cannot read as a report: " : "无法读作进展报告：") +
                                                                      conversion->error.message(options.settings.lang)});
    return false;
  }
  return true;
}

// Loads, validates and checks one report. A big one (`split` non-null) is published on
// the board so that idle workers take some of its rules. `find_cited`: the run found files
// in folders, which the report's evidence may name (ReportOutcome::cited).
void check_one_report(const std::string& path, bool named_explicitly, bool find_cited, const CheckOptions& options,
                      const SchemaSet& schemas, const PlanSet& plans, LuaHost& host, SplitBoard* split,
                      ReportOutcome& outcome) {
  std::unique_ptr<Document> doc;
  SharedReport shared;
  // Every big file is finished on the board, whatever happens to it; declared after `doc`
  // and `shared`, so that it waits for the helpers before those are destroyed.
  struct FinishOnExit {
    SplitBoard* board;
    SharedReport* shared = nullptr;
    void now() {
      if (board) board->finish(shared);
      board = nullptr;
    }
    ~FinishOnExit() { now(); }
  } finish_on_exit{split};
  outcome.status.path = path;
  outcome.status.kind = "report";
  LoadError error;
  // A report written in Word, PDF, a web page or text: converted in memory to report XML,
  // checked by the same rules, each finding given its place in the original.
  std::unique_ptr<ReportConversion> conversion;
  if (is_source_report_path(path)) {
    conversion = std::make_unique<ReportConversion>();
    if (!convert_source_report(path, named_explicitly, options, plans, conversion.get(), outcome)) return;
    doc = std::move(conversion->document);
  } else {
    doc = Document::load(path, options.load_limits, &error);
  }
  if (!doc) {
    outcome.status = unreadable(path, "report", error);
    return;
  }
  if (doc->kind() == DocumentKind::Plan && !named_explicitly) {
    outcome.skip_reason = options.settings.lang == "en" ? "a plan, not a report" : "是实施方案，不是报告";
    return;
  }
  pugi::xml_node root = doc->root();
  if (find_cited) outcome.cited = cited_files(*doc);
  outcome.status.note = encoding_note(*doc);
  outcome.status.unit = root.attribute("unit").value();
  outcome.status.plan_id = root.attribute("plan").value();
  outcome.status.submitted = root.attribute("submitted").value();
  const bool is_report = doc->kind() == DocumentKind::Report;
  if (options.reports_for_status_only) {
    if (is_report) outcome.report = std::move(doc);
    else
      outcome.status = unreadable(
          path, "report",
          LoadError{path, doc->position_of(root),
                    in_lang(options.settings.lang, std::string("不是进展报告：根元素应为 ") + kReportNamespace + " 中的 report",
                            std::string("not a progress report: the root element should be report in ") + kReportNamespace)});
    return;
  }
  const Plan* plan = plans.find(outcome.status.plan_id);
  if (plan)  // the plan's own name for the unit, so that summaries merge 区　社保中心 and 区社保中心
    outcome.status.canonical_unit = plan->units().canonical(outcome.status.unit).value_or("");
  if (split && is_report) {  // published first: idle workers run rules while this one validates
    shared.doc = doc.get();
    shared.plan = plan;
    shared.plan_jobs(host.rules(), split->shards());
    split->publish(&shared);
    finish_on_exit.shared = &shared;
  }
  schemas.validate(*doc, options.settings.lang, outcome.findings);
  if (!is_report) return;  // not a report: the schema finding says so
  if (!split) {
    host.check_report(*doc, plan, outcome.findings);
  } else {
    host.check_report_jobs(*doc, plan, shared.jobs, [&](size_t* j) { return shared.take(j); }, shared.runs);
    finish_on_exit.now();  // the helpers are done with `shared` after this
    shared.join(host, outcome.findings);
  }
  if (conversion) {
    for (Finding& f : outcome.findings) place_finding(*conversion, options.settings.lang, f);
    for (const ReportNote& note : conversion->notes)
      outcome.findings.push_back(note_finding(note, *conversion, path, options.settings.lang));
  }
  if (options.status) outcome.report = std::move(doc);
}

}  // namespace

CheckResult run_check(const CheckOptions& options) {
  init_xml_library();
  CheckResult result;
  result.as_of = options.settings.as_of.iso();
  std::vector<std::string> rule_dirs = rule_dirs_with(options.extra_rule_dirs);
  std::vector<RuleSource> sources = discover_rules_or_fail(rule_dirs);
  SchemaSet schemas(data_dir() + "/schemas");
  // The first host is built here, so a rule that does not load stops the run at once.
  std::vector<std::unique_ptr<LuaHost>> hosts;
  hosts.push_back(std::make_unique<LuaHost>(sources, rule_dirs, options.settings));
  result.rules = hosts.front()->rules();

  // Plans are read first and kept only when their id is theirs alone: with two plans of one
  // id, which one a report is checked against would depend on the order of --plan.
  const std::string& lang = options.settings.lang;
  PlanSet plans;
  std::vector<std::unique_ptr<Document>> plan_docs;
  std::vector<size_t> plan_status;  // index in result.files of each plan_docs entry
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
    plan_status.push_back(result.files.size());
    status.note = encoding_note(*doc);
    result.files.push_back(status);
    plan_docs.push_back(std::move(doc));
  }
  for (size_t i = 0; i < plan_docs.size(); ++i) {
    FileStatus& status = result.files[plan_status[i]];
    std::string others;
    for (size_t j = 0; j < plan_docs.size(); ++j)
      if (j != i && result.files[plan_status[j]].plan_id == status.plan_id)
        others += (others.empty() ? "" : "、") + result.files[plan_status[j]].path;
    if (others.empty()) continue;
    status.checked = false;
    status.error = status.path + ":1:1: " +
                   in_lang(lang, "方案编号 " + status.plan_id + " 与 " + others +
                                     " 相同：无法确定报告应对照哪一份方案，两份均未使用",
                           "plan id " + status.plan_id + " is also the id of " + others +
                               ": which plan a report is checked against would be a guess, so neither is used");
  }
  for (size_t i = 0; i < plan_docs.size(); ++i) {
    if (!result.files[plan_status[i]].checked) continue;
    schemas.validate(*plan_docs[i], options.settings.lang, result.findings);
    auto plan = std::make_unique<Plan>(std::move(plan_docs[i]));
    if (options.plan_rules) hosts.front()->check_plan(*plan, result.findings);
    add_plan_deadlines(*plan, options.settings.as_of, result.deadlines);
    for (pugi::xml_node task : plan->tasks())  // for summaries that name a task by number and title
      result.task_titles[plan->id() + '\0' + task.attribute("id").value()] = task.child("title").text().get();
    plans.add(std::move(plan));
  }

  InputSet inputs = discover_inputs(options.inputs);
  std::vector<std::string> reports;
  std::vector<bool> explicit_file;
  for (const InputFile& file : inputs.reports) {
    reports.push_back(file.path);
    explicit_file.push_back(file.named);
  }
  for (const std::string& path : inputs.skipped) result.skipped.push_back({path, "", false});
  // Evidence is looked for among the files found in folders; with every file named, there is none.
  const bool found_in_folders = std::find(explicit_file.begin(), explicit_file.end(), false) != explicit_file.end();
  for (const UnreadableInput& folder : inputs.unreadable)
    result.files.push_back(unreadable(
        folder.path, "report",
        folder.path + ": " + in_lang(lang, "无法读取文件夹：", "cannot read the folder: ") + folder.reason +
            in_lang(lang, "；其中的报告未检查", "; the reports in it were not checked")));
  std::vector<ReportOutcome> outcomes(reports.size());
  if (options.report_rules && !reports.empty()) {
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    size_t jobs = options.jobs > 0 ? static_cast<size_t>(options.jobs) : cores;
    // Big reports are split by rule between the workers (CheckOptions::split_bytes).
    std::vector<bool> big(reports.size(), false);
    size_t big_count = 0;
    if (jobs > 1)
      for (size_t i = 0; i < reports.size(); ++i) {
        std::error_code ec;
        uintmax_t size = fs::file_size(reports[i], ec);
        big[i] = !ec && size >= options.split_bytes;
        big_count += big[i];
      }
    size_t workers = std::min(jobs, big_count > 0 ? jobs : reports.size());
    hosts.resize(workers);
    // Two shares of a costly text rule per worker: the shares of several such rules then
    // even out between the workers whichever rule a worker starts with.
    SplitBoard board(big_count, 2 * workers);
    std::atomic<size_t> next{0};
    StopBetweenReports stop_between_reports;  // Ctrl-C: the workers end after their report
    auto work = [&](LuaHost* host) {
      for (size_t i = next++; i < reports.size(); i = next++) {
        if (stop_requested()) {  // the rest are passed over; a big one is still finished on the board
          if (big[i]) board.finish(nullptr);
          continue;
        }
        check_one_report(reports[i], explicit_file[i], found_in_folders, options, schemas, plans, *host,
                         big[i] ? &board : nullptr, outcomes[i]);
      }
      while (board.help(*host)) {
      }
    };
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w)
      threads.emplace_back([&, w] {
        // Each worker compiles its own rules, in parallel with the others' first reports.
        // The first host compiled the same rules already, so this does not fail but for
        // memory; a worker that cannot start leaves its share to the others.
        try {
          hosts[w] = std::make_unique<LuaHost>(sources, rule_dirs, options.settings);
        } catch (const std::exception&) {
          return;
        }
        work(hosts[w].get());
      });
    work(hosts.front().get());
    for (std::thread& t : threads) t.join();
    if (stop_requested()) {
      result.stopped_by_signal = stop_exit_status();
      return result;
    }
  }
  for (size_t i = 0; i < result.rules.size(); ++i) {
    RuleTiming timing{result.rules[i].id, 0};
    for (const auto& host : hosts)
      if (host) timing.seconds += host->rule_seconds()[i];
    result.timing.push_back(timing);
  }
  std::stable_sort(result.timing.begin(), result.timing.end(),
                   [](const RuleTiming& a, const RuleTiming& b) { return a.seconds > b.seconds; });
  std::vector<std::string> plan_paths;
  for (const std::string& path : options.plan_paths) {
    std::error_code ec;
    plan_paths.push_back(fs::weakly_canonical(path, ec).string());
  }
  // A file found in a folder that a report cites as evidence is not a report, whatever it reads as.
  std::map<std::string, std::string> cited;  // canonical path → the first report citing it
  for (size_t i = 0; i < outcomes.size(); ++i)
    for (const std::string& path : outcomes[i].cited) cited.emplace(path, reports[i]);
  for (size_t i = 0; i < outcomes.size(); ++i) {
    std::error_code ec;
    auto by = cited.empty() || explicit_file[i] ? cited.end() : cited.find(fs::weakly_canonical(reports[i], ec).string());
    if (by == cited.end()) continue;
    outcomes[i] = ReportOutcome{};
    outcomes[i].skip_reason = in_lang(lang, "是 " + by->second + " 所引的佐证材料", "evidence cited by " + by->second);
  }
  size_t reports_read = 0;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    ReportOutcome& outcome = outcomes[i];
    if (outcome.skipped()) {  // listed as skipped, unless it is a plan given as --plan
      std::error_code ec;
      std::string canonical = fs::weakly_canonical(reports[i], ec).string();
      if (std::find(plan_paths.begin(), plan_paths.end(), canonical) == plan_paths.end())
        result.skipped.push_back({reports[i], outcome.skip_reason, outcome.judged_by_content});
      continue;
    }
    ++reports_read;
    result.files.push_back(std::move(outcome.status));
    std::move(outcome.findings.begin(), outcome.findings.end(), std::back_inserter(result.findings));
  }
  if (options.report_rules && reports_read == 0)
    result.problems.push_back(in_lang(
        lang, "没有找到进展报告：所给的文件和文件夹中没有可检查的报告（XML、Word、PDF、网页或文本），未检查任何报告",
        "no progress report found: the files and folders given hold no report to check (XML, Word, PDF, web page or "
        "text); nothing was checked"));
  std::sort(result.skipped.begin(), result.skipped.end());
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
