// One `check` run: load the plans, find the reports, check them on N worker threads
// (one LuaHost each), and gather every finding in the stable order of cli.md.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "data_dir.h"
#include "document.h"
#include "finding.h"
#include "rule_types.h"

namespace plancheck {

struct StatusResult;

struct CheckOptions {
  std::vector<std::string> plan_paths;
  std::vector<std::string> extra_rule_dirs;  // --rules, after the built-in pack
  std::vector<std::string> inputs;           // report files and folders
  RunSettings settings;
  LoadLimits load_limits;
  int jobs = 0;                // 0: one per core
  bool plan_rules = true;      // run the plan-lint rules on every plan
  bool report_rules = true;    // lint-plan turns these off
  bool status = false;         // also compute the status matrix (a section of the HTML report)
  // `status`: the reports are read as `check` reads them (XML, Word, PDF, web page, text;
  // cited evidence and non-reports in folders passed over) for the matrix, and no schema
  // check or rule runs on them.
  bool reports_for_status_only = false;
  // A report file of at least this many bytes is checked by every worker at once, each
  // taking rules of it, so that one 100 MB report does not leave the other cores idle.
  size_t split_bytes = 4u << 20;
  // A report read from Word, PDF, a web page or text that names no unit or date (check
  // --unit / --submitted); the document's own wording and its file name come first.
  std::string report_unit, report_submitted;
};

struct FileStatus {
  std::string path;
  std::string kind;     // "plan" or "report"
  bool checked = true;  // false: could not be read; `error` says why
  std::string error;    // file:line:column: reason
  std::string unit;     // a report's @unit
  std::string canonical_unit;  // the plan's name for it (aliases, spaces, widths folded); empty when unknown
  std::string plan_id;  // a report's @plan, or a plan's @id
  std::string submitted;
  std::string note;     // read with a remark, e.g. converted from GBK
};

// A dated checkpoint of a loaded plan, for the deadline list of the HTML report.
struct PlanDeadline {
  std::string date;     // ISO; a recurring deadline's next occurrence on or after as-of
  std::string kind;     // "task", "milestone" or "reporting"
  std::string plan_id, task, title;
  std::string text;     // the plan's wording (2023年11月底前, 每年9月)
};

// The time one rule took over the whole run, all workers together (check --timing).
struct RuleTiming {
  std::string rule;
  double seconds = 0;
};

// A file found in a folder and not checked as a report.
struct SkippedFile {
  std::string path;
  // Why, for a file that was read (a plan, evidence a report cites, a document that does not
  // read as a report), in --lang; empty for one skipped by its kind (a picture).
  std::string reason;
  // A Word / PDF / web-page / text document judged by its content: always named on standard
  // error, since a report titled unlike one would be skipped too.
  bool by_content = false;
  bool operator<(const SkippedFile& other) const { return path < other.path; }
};

struct CheckResult {
  std::string as_of;               // ISO date the deadline rules judged against
  std::vector<FileStatus> files;   // plans first, then reports in path order
  std::vector<Finding> findings;   // sorted: file, line, column, rule
  std::vector<RuleInfo> rules;     // the rules that ran
  std::vector<PlanDeadline> deadlines;  // of every loaded plan, by date
  std::map<std::string, std::string> task_titles;  // plan id + '\0' + task id → the task's title
  std::shared_ptr<const StatusResult> status;  // when CheckOptions::status (status.h)
  std::vector<RuleTiming> timing;  // each rule's time, slowest first
  std::vector<SkippedFile> skipped;   // found in a folder, not a report: listed, never checked, by path
  std::vector<std::string> problems;  // the run as a whole could not check (no report found), in --lang
  int stopped_by_signal = 0;       // SIGINT/SIGTERM ended the run between two reports
  bool could_not_check() const;    // a problem or an unreadable file: exit status 2
};

// Every report under each folder (recursively, sorted; input_files.h) and each file as given.
std::vector<std::string> collect_report_files(const std::vector<std::string>& inputs);

// The built-in rule folder followed by `extra`. Throws LocalizedError when there is no
// rule pack (data_dir.h).
std::vector<std::string> rule_dirs_with(const std::vector<std::string>& extra);

// The rules in `dirs` (discover_rules); throws LocalizedError when there is none, since a
// run with no rule checks nothing.
std::vector<RuleSource> discover_rules_or_fail(const std::vector<std::string>& dirs);

// Throws RuleLoadError when a rule does not load, std::runtime_error when the schemas
// do not compile.
CheckResult run_check(const CheckOptions& options);

}  // namespace plancheck
