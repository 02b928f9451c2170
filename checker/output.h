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

void write_text(std::ostream& out, const CheckResult& result, const OutputOptions& options);
void write_json(std::ostream& out, const CheckResult& result, const OutputOptions& options);

}  // namespace plancheck
