// Output formats of `check`: one writer per format, all fed the same CheckResult, so
// every format carries the same findings in the same order.
#pragma once
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "engine.h"

namespace plancheck {

// --fail-on: the lowest severity that fails the run, or never. Findings about a plan
// itself (plan-lint rules) fail it only when `plan` is set (--fail-on-plan; lint-plan).
struct FailOn {
  bool never = false;
  Severity at_least = Severity::Error;
  bool plan = false;
  bool fails(Severity s) const { return !never && s >= at_least; }
  static bool parse(const std::string& text, FailOn* out);
};

struct OutputOptions {
  std::string lang = "zh";
  FailOn fail_on;
  bool color = false;
};

using OutputWriter = void (*)(std::ostream& out, const CheckResult& result, const OutputOptions& options);

struct OutputFormat {
  const char* name;
  OutputWriter write;
};

// The formats `--format` accepts, in the order `--help` lists them.
const std::vector<OutputFormat>& output_formats();
const OutputFormat* find_output_format(const std::string& name);

// The exit status of cli.md: 2 when a file could not be checked, 1 when a finding is at
// or above --fail-on, else 0.
int exit_status(const CheckResult& result, const FailOn& fail_on);

struct SeverityCounts {
  int error = 0, warning = 0, info = 0;
};
SeverityCounts count_severities(const std::vector<Finding>& findings);

// Chinese or English, by the run's language.
inline const std::string& tr(const OutputOptions& o, const std::string& zh, const std::string& en) {
  return o.lang == "en" ? en : zh;
}

// 错误/警告/提示, or error/warning/info.
std::string severity_word(Severity s, const OutputOptions& o);

// Whether a finding fails the run: at or above --fail-on and not waived or in the baseline.
// A finding about a plan (`about_plan`) fails it only under --fail-on-plan.
inline bool fails_run(const Finding& f, const FailOn& fail_on, bool about_plan = false) {
  return !f.suppressed() && fail_on.fails(f.severity) && (!about_plan || fail_on.plan);
}

// The files of the run that are plans: their findings are the plan's own notes
// (plan-task-deadline …), reported apart from the units' findings and counted apart.
class PlanFiles {
 public:
  explicit PlanFiles(const CheckResult& result);
  bool contains(const std::string& path) const;
  bool about_plan(const Finding& f) const { return contains(f.file); }

 private:
  std::vector<std::string> paths_;  // sorted
};

// The findings of the run about reports (and rule files), and those about plans.
struct SplitFindings {
  std::vector<const Finding*> reports, plans;
};
SplitFindings split_findings(const CheckResult& result);
SeverityCounts count_severities(const std::vector<const Finding*>& findings);

// The findings of one file, and its verdict (KoSIT's accepted/rejected): rejected when
// the file could not be checked or a finding in it fails the run. Files that only
// findings name (a rule file with a rule-error, the waivers file) have no status.
struct FileGroup {
  std::string path;
  const FileStatus* status = nullptr;
  std::vector<const Finding*> findings;  // in the order of result.findings
  bool rejected = false;
  bool is_plan() const { return status && status->kind == "plan"; }
  const char* verdict() const { return rejected ? "rejected" : "accepted"; }
};
// Every file of the run and every file a finding names, sorted by path: the order of
// result.findings, so formats that group by file keep the findings in JSON's order.
std::vector<FileGroup> group_by_file(const CheckResult& result, const FailOn& fail_on);

// The rules that ran plus the host's own ids (schema, rule-error, waiver-expired,
// waiver-unused), sorted by id: what SARIF's tool.driver.rules lists.
std::vector<RuleInfo> rules_for_output(const CheckResult& result);

void write_text(std::ostream& out, const CheckResult& result, const OutputOptions& options);
void write_json(std::ostream& out, const CheckResult& result, const OutputOptions& options);
void write_sarif(std::ostream& out, const CheckResult& result, const OutputOptions& options);
void write_junit(std::ostream& out, const CheckResult& result, const OutputOptions& options);
void write_github(std::ostream& out, const CheckResult& result, const OutputOptions& options);
void write_html(std::ostream& out, const CheckResult& result, const OutputOptions& options);

// Text for HTML content and attribute values: & < > " ' escaped.
std::string escape_html(const std::string& text);

// `<!DOCTYPE html>` to `<body>`: charset, a Content-Security-Policy that forbids every
// fetch, and the style the check report and the status page share.
void write_html_head(std::ostream& out, const std::string& title, const std::string& lang);

// A task by number and short title, for summaries: 3“建设有影响力的教育……” (the id alone
// when the title is empty). In English the title is quoted the same way.
std::string task_with_title(const std::string& id, const std::string& title);

// At most `max_chars` characters of UTF-8 text, with an ellipsis when cut.
std::string clip_chars(const std::string& text, size_t max_chars);

// Unit names merged as the plan merges them: 区　社保中心 and 区社保中心 (or an alias and
// the unit it names) are one unit, shown by the plan's name for it.
class UnitNames {
 public:
  explicit UnitNames(const CheckResult& result);
  std::string display(const std::string& unit) const;  // "" stays ""

 private:
  std::map<std::string, std::string> by_key_;  // normalized name → shown name
};

}  // namespace plancheck
