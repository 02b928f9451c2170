#include "finding.h"

#include <algorithm>
#include <tuple>

namespace plancheck {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

bool parse_severity(const std::string& text, Severity* out) {
  if (text == "info") *out = Severity::Info;
  else if (text == "warning") *out = Severity::Warning;
  else if (text == "error") *out = Severity::Error;
  else return false;
  return true;
}

bool finding_order(const Finding& a, const Finding& b) {
  return std::tie(a.file, a.line, a.column, a.rule, a.message) <
         std::tie(b.file, b.line, b.column, b.rule, b.message);
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), finding_order);
}

}  // namespace plancheck
