// The JSON format of cli.md, field for field.
#include <map>

#include <nlohmann/json.hpp>

#include "output.h"

namespace plancheck {

namespace {

nlohmann::ordered_json optional_string(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

}  // namespace

void write_json(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  std::map<std::string, const char*> verdicts;
  for (const FileGroup& group : group_by_file(result, o.fail_on)) verdicts[group.path] = group.verdict();
  nlohmann::ordered_json doc;
  doc["tool"] = {{"name", "plancheck"}, {"version", PLANCHECK_VERSION}};
  doc["as_of"] = result.as_of;
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileStatus& file : result.files) {
    nlohmann::ordered_json entry = {
        {"path", file.path}, {"kind", file.kind}, {"status", file.checked ? "checked" : "error"}};
    if (!file.checked) entry["message"] = file.error;
    if (!file.note.empty()) entry["note"] = file.note;
    entry["verdict"] = verdicts[file.path];
    files.push_back(entry);
  }
  doc["files"] = files;
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  PlanFiles plans(result);
  for (const Finding& f : result.findings) {
    nlohmann::ordered_json finding = {{"rule", f.rule},
                                     {"severity", severity_name(f.severity)},
                                     {"file", f.file},
                                     {"line", f.line},
                                     {"column", f.column},
                                     {"task", optional_string(f.task)},
                                     {"unit", optional_string(f.unit)},
                                     {"message", f.message},
                                     {"suggestion", optional_string(f.suggestion)}};
    finding["waived"] = f.waived;
    if (f.waived) finding["waiver"] = {{"reason", f.waiver_reason}, {"approved_by", f.waiver_approver}};
    finding["in_baseline"] = f.in_baseline;
    // "plan": a plan-lint finding about the plan itself, counted in plan_summary.
    finding["about"] = plans.about_plan(f) ? "plan" : "report";
    findings.push_back(finding);
  }
  doc["findings"] = findings;
  SplitFindings split = split_findings(result);
  SeverityCounts counts = count_severities(split.reports), plan_counts = count_severities(split.plans);
  doc["summary"] = {{"error", counts.error}, {"warning", counts.warning}, {"info", counts.info}};
  doc["plan_summary"] = {{"error", plan_counts.error}, {"warning", plan_counts.warning}, {"info", plan_counts.info}};
  // Invalid UTF-8 never reaches here (Document refuses it); replace rather than throw anyway.
  out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace plancheck
