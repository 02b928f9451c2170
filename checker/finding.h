// A finding: what a rule says about one place in one document.
#pragma once
#include <string>
#include <vector>

#include "source_document.h"

namespace plancheck {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

const char* severity_name(Severity s);  // "info", "warning", "error"
bool parse_severity(const std::string& text, Severity* out);

struct Finding {
  std::string rule;        // rule id: "lead-unit-matches", "schema", "rule-error"
  Severity severity = Severity::Error;
  std::string file;        // as the user named it (relative paths stay relative)
  int line = 1, column = 1;
  std::string task;        // plan task id the finding is about, if any
  std::string unit;        // reporting unit, if any
  std::string message;     // in the run's language
  std::string suggestion;  // a replacement the user may want, if any
  // Suppressed findings are still shown but never fail the run: a waiver (waivers.h)
  // or a baseline (baseline.h) accepted them.
  bool waived = false;
  std::string waiver_reason, waiver_approver;
  bool in_baseline = false;
  bool suppressed() const { return waived || in_baseline; }
  // In a report read from Word, PDF, a web page or text: where a person finds it in the
  // original (cli.md `place`). line/column then count in the XML import-report shows.
  SourcePlace place;
  std::string place_column;  // the header of place.column, when a table cell ("进展情况")
  std::string place_text;    // describe_place(): "表1 第4行 进展情况", "第12段"; "" when none
  bool has_place() const { return !place_text.empty(); }
};

// The stable order of cli.md: file, line, column, rule (then message, for determinism).
bool finding_order(const Finding& a, const Finding& b);
void sort_findings(std::vector<Finding>& findings);

}  // namespace plancheck
