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
        {"path", file.path}, {"status", file.checked ? "checked" : "error"}, {"kind", file.kind}};
    if (!file.checked) entry["message"] = file.error;
    if (!file.note.empty()) entry["note"] = file.note;
    entry["verdict"] = verdicts[file.path];
    files.push_back(entry);
  }
  for (const SkippedFile& file : result.skipped) {
    nlohmann::ordered_json entry = {{"path", file.path}, {"status", "skipped"}};
    if (!file.reason.empty()) entry["reason"] = file.reason;
    files.push_back(entry);
  }
  doc["files"] = files;
  if (!result.problems.empty()) doc["errors"] = result.problems;  // the run as a whole could not check
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
    if (f.has_place()) {  // a report read from Word, PDF, a web page or text (cli.md)
      nlohmann::ordered_json place;
      if (f.place.page > 0) place["page"] = f.place.page;
      if (f.place.table > 0) {
        place["table"] = f.place.table;
        if (f.place.row > 0) place["row"] = f.place.row;
        if (!f.place_column.empty())
          place["column"] = f.place_column;
        else if (f.place.column > 0)
          place["column"] = f.place.column;
      } else if (f.place.paragraph > 0) {
        place["paragraph"] = f.place.paragraph;
      } else if (f.place.line > 0) {
        place["line"] = f.place.line;
      }
      place["text"] = f.place_text;
      finding["place"] = place;
    }
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
