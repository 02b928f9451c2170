#include "output.h"

namespace plancheck {

bool FailOn::parse(const std::string& text, FailOn* out) {
  if (text == "never") {
    out->never = true;
    return true;
  }
  out->never = false;
  return parse_severity(text, &out->at_least);
}

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> formats = {
      {"text", write_text},
      {"json", write_json},
  };
  return formats;
}

const OutputFormat* find_output_format(const std::string& name) {
  for (const OutputFormat& format : output_formats())
    if (name == format.name) return &format;
  return nullptr;
}

int exit_status(const CheckResult& result, const FailOn& fail_on) {
  if (result.could_not_check()) return 2;
  for (const Finding& f : result.findings)
    if (fail_on.fails(f.severity)) return 1;
  return 0;
}

SeverityCounts count_severities(const std::vector<Finding>& findings) {
  SeverityCounts counts;
  for (const Finding& f : findings) {
    if (f.severity == Severity::Error) ++counts.error;
    else if (f.severity == Severity::Warning) ++counts.warning;
    else ++counts.info;
  }
  return counts;
}

}  // namespace plancheck
