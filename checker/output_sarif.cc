// SARIF 2.1.0 (OASIS), the format code-scanning dashboards read: every rule in
// tool.driver.rules, every finding as a result with its physical location, waived and
// baselined findings as suppressed results, each file's verdict on its artifact.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "output.h"

namespace plancheck {

namespace {

using Json = nlohmann::ordered_json;

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

// A relative path stays a relative URI reference (what GitHub code scanning expects);
// bytes outside RFC 3986's unreserved set are percent-encoded, so Chinese file names
// make valid URIs.
std::string uri_of(const std::string& path) {
  std::string uri = path.size() > 0 && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      uri += escaped;
    }
  }
  return uri;
}

std::string text_or(const std::string& preferred, const std::string& fallback) {
  return preferred.empty() ? fallback : preferred;
}

Json rule_descriptor(const RuleInfo& rule, const OutputOptions& o) {
  std::string summary = text_or(tr(o, rule.summary_zh, rule.summary_en), text_or(rule.summary_zh, rule.summary_en));
  std::string description = text_or(tr(o, rule.description_zh, rule.description_en), summary);
  Json descriptor = {{"id", rule.id}};
  if (!summary.empty()) descriptor["shortDescription"] = {{"text", summary}};
  if (!description.empty()) descriptor["fullDescription"] = {{"text", description}};
  descriptor["defaultConfiguration"] = {{"level", sarif_level(rule.severity)}};
  descriptor["properties"] = {{"kind", rule.kind}};
  if (!rule.path.empty()) descriptor["properties"]["path"] = shown_data_path(rule.path);
  return descriptor;
}

Json location_of(const std::string& file, int line, int column) {
  return Json{{"physicalLocation",
               {{"artifactLocation", {{"uri", uri_of(file)}}},
                {"region", {{"startLine", std::max(1, line)}, {"startColumn", std::max(1, column)}}}}}};
}

}  // namespace

void write_sarif(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  std::vector<RuleInfo> rules = rules_for_output(result);
  Json descriptors = Json::array();
  for (const RuleInfo& rule : rules) descriptors.push_back(rule_descriptor(rule, o));

  Json results = Json::array();
  for (const Finding& f : result.findings) {
    Json entry = {{"ruleId", f.rule}};
    for (size_t i = 0; i < rules.size(); ++i)
      if (rules[i].id == f.rule) entry["ruleIndex"] = static_cast<int>(i);
    entry["level"] = sarif_level(f.severity);
    entry["message"] = {{"text", f.message}};
    entry["locations"] = Json::array({location_of(f.file, f.line, f.column)});
    Json properties = Json::object();
    if (!f.task.empty()) properties["task"] = f.task;
    if (!f.unit.empty()) properties["unit"] = f.unit;
    if (!f.suggestion.empty()) properties["suggestion"] = f.suggestion;
    entry["properties"] = properties;
    if (f.waived)
      entry["suppressions"] = Json::array({{{"kind", "external"},
                                            {"status", "accepted"},
                                            {"justification", f.waiver_reason},
                                            {"properties", {{"approved_by", f.waiver_approver}}}}});
    else if (f.in_baseline)
      entry["suppressions"] =
          Json::array({{{"kind", "external"}, {"status", "accepted"}, {"justification", "baseline"}}});
    results.push_back(entry);
  }

  Json artifacts = Json::array();
  Json notifications = Json::array();
  for (const FileGroup& group : group_by_file(result, o.fail_on)) {
    if (!group.status) continue;
    artifacts.push_back({{"location", {{"uri", uri_of(group.path)}}},
                         {"roles", Json::array({"analysisTarget"})},
                         {"properties", {{"kind", group.status->kind}, {"verdict", group.verdict()}}}});
    if (!group.status->checked)
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", group.status->error}}},
                               {"locations", Json::array({location_of(group.path, 1, 1)})}});
  }

  Json run = {{"tool",
               {{"driver",
                 {{"name", "plancheck"},
                  {"version", PLANCHECK_VERSION},
                  {"semanticVersion", PLANCHECK_VERSION},
                  {"rules", descriptors}}}}},
              {"invocations",
               Json::array({{{"executionSuccessful", !result.could_not_check()},
                             {"toolExecutionNotifications", notifications},
                             {"properties", {{"as_of", result.as_of}}}}})},
              {"artifacts", artifacts},
              {"results", results}};
  Json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({run})}};
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace plancheck
