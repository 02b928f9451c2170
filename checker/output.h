// Output formats of `check`: one writer per format, all fed the same CheckResult, so
// every format carries the same findings in the same order.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "engine.h"

namespace plancheck {

// --fail-on: the lowest severity that fails the run, or never.
struct FailOn {
  bool never = false;
  Severity at_least = Severity::Error;
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
inline bool fails_run(const Finding& f, const FailOn& fail_on) { return !f.suppressed() && fail_on.fails(f.severity); }

// The findings of one file, and its verdict (KoSIT's accepted/rejected): rejected when
// the file could not be checked or a finding in it fails the run. Files that only
// findings name (a rule file with a rule-error, the waivers file) have no status.
struct FileGroup {
  std::string path;
  const FileStatus* status = nullptr;
  std::vector<const Finding*> findings;  // in the order of result.findings
  bool rejected = false;
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

}  // namespace plancheck
