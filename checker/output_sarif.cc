// SARIF 2.1.0 (OASIS), the format code-scanning dashboards read: every rule in
// tool.driver.rules with its help text, every finding as a result with its physical
// location and a fingerprint that survives line moves, waived and baselined findings as
// suppressed results, each file's verdict on its artifact. URIs are relative to
// %SRCROOT% (the working directory, or $GITHUB_WORKSPACE), declared in originalUriBaseIds,
// as GitHub code scanning and the SARIF Multitool expect.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <map>

#include <nlohmann/json.hpp>

#include "output.h"

namespace plancheck {

namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

// Where the tool is described (SARIF's tool.driver.informationUri): set when building
// (cmake -DPLANCHECK_INFORMATION_URI=…).
constexpr const char* kInformationUri = PLANCHECK_INFORMATION_URI;

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

// Bytes outside RFC 3986's unreserved set percent-encoded, so Chinese file names make
// valid URIs; '/' kept.
std::string percent_encoded(const std::string& path) {
  std::string uri;
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

// The root URIs are relative to: $GITHUB_WORKSPACE in a GitHub workflow, else the
// working directory; as an absolute directory path ending in '/'.
std::string source_root() {
  std::error_code ec;
  const char* workspace = std::getenv("GITHUB_WORKSPACE");
  fs::path root = workspace && *workspace ? fs::path(workspace) : fs::current_path(ec);
  std::string text = fs::weakly_canonical(root, ec).generic_string();
  return text.empty() || text.back() == '/' ? text : text + "/";
}

// An artifact location: the path relative to %SRCROOT% (never ../ or file:/// as typed);
// a file outside the root gets its absolute file URI and no base.
Json artifact_location(const std::string& path, const std::string& root) {
  std::error_code ec;
  std::string absolute = fs::weakly_canonical(fs::absolute(path, ec), ec).generic_string();
  if (!root.empty() && absolute.compare(0, root.size(), root) == 0)
    return Json{{"uri", percent_encoded(absolute.substr(root.size()))}, {"uriBaseId", "%SRCROOT%"}};
  return Json{{"uri", "file://" + percent_encoded(absolute)}};
}

// FNV-1a, 64 bits, as 16 hex digits: stable across runs, platforms and versions.
std::string fnv1a_hex(const std::string& text) {
  uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

// What identifies a finding whatever line it is on: rule, file, task and the message
// with its digits folded (a message may name a line: 第 12 行起的段落).
std::string fingerprint(const Finding& f, const Json& location) {
  std::string message;
  for (char c : f.message) {
    bool digit = std::isdigit(static_cast<unsigned char>(c));
    if (!digit || message.empty() || message.back() != '#') message += digit ? '#' : c;
  }
  return fnv1a_hex(f.rule + '\0' + location.value("uri", "") + '\0' + f.task + '\0' + message);
}

// "file:11:19: reason" → {11, 19}; {1, 1} when the text names no place.
std::pair<int, int> place_in_error(const std::string& error, const std::string& path) {
  if (error.compare(0, path.size() + 1, path + ":") != 0) return {1, 1};
  int line = 0, column = 0;
  if (std::sscanf(error.c_str() + path.size() + 1, "%d:%d", &line, &column) == 2 && line > 0)
    return {line, std::max(1, column)};
  return {1, 1};
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
  if (!description.empty()) descriptor["help"] = {{"text", description}, {"markdown", description}};
  descriptor["defaultConfiguration"] = {{"level", sarif_level(rule.severity)}};
  descriptor["properties"] = {{"kind", rule.kind}};
  if (!rule.path.empty()) descriptor["properties"]["path"] = shown_data_path(rule.path);
  return descriptor;
}

Json location_of(const Json& artifact, int line, int column) {
  return Json{{"physicalLocation",
               {{"artifactLocation", artifact},
                {"region", {{"startLine", std::max(1, line)}, {"startColumn", std::max(1, column)}}}}}};
}

}  // namespace

void write_sarif(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  std::string root = source_root();
  std::map<std::string, Json> artifacts_by_path;  // each path resolved once
  auto artifact = [&](const std::string& path) -> const Json& {
    auto found = artifacts_by_path.find(path);
    if (found == artifacts_by_path.end()) found = artifacts_by_path.emplace(path, artifact_location(path, root)).first;
    return found->second;
  };
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
    entry["locations"] = Json::array({location_of(artifact(f.file), f.line, f.column)});
    entry["partialFingerprints"] = {{"plancheckFinding/v1", fingerprint(f, artifact(f.file))}};
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
    artifacts.push_back({{"location", artifact(group.path)},
                         {"roles", Json::array({"analysisTarget"})},
                         {"properties", {{"kind", group.status->kind}, {"verdict", group.verdict()}}}});
    if (!group.status->checked) {
      auto [line, column] = place_in_error(group.status->error, group.path);
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", group.status->error}}},
                               {"locations", Json::array({location_of(artifact(group.path), line, column)})}});
    }
  }

  Json run = {{"tool",
               {{"driver",
                 {{"name", "plancheck"},
                  {"informationUri", kInformationUri},
                  {"version", PLANCHECK_VERSION},
                  {"semanticVersion", PLANCHECK_VERSION},
                  {"rules", descriptors}}}}},
              {"invocations",
               Json::array({{{"executionSuccessful", !result.could_not_check()},
                             {"toolExecutionNotifications", notifications},
                             {"properties", {{"as_of", result.as_of}}}}})},
              {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", "file://" + percent_encoded(root)}}}}},
              {"artifacts", artifacts},
              {"results", results}};
  Json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({run})}};
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace plancheck
