// Findings of a `check` or `lint-plan` run read from --format json, for the CLI tests of
// the importers, the text rules and the plan-lint rules.
#pragma once
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli.h"

namespace plancheck_test {

struct JsonFinding {
  std::string rule, file, task, message;
  int line = 0, column = 0;
};

// The findings of `run` (whose output is JSON), those of `rules` only when it is not empty.
inline std::vector<JsonFinding> json_findings(const CliRun& run, const std::set<std::string>& rules = {}) {
  std::vector<JsonFinding> out;
  nlohmann::json doc = nlohmann::json::parse(run.out);
  for (const auto& f : doc["findings"]) {
    JsonFinding finding{f["rule"], f["file"], f["task"].is_string() ? f["task"].get<std::string>() : "",
                        f["message"], f["line"], f["column"]};
    if (rules.empty() || rules.count(finding.rule)) out.push_back(finding);
  }
  return out;
}

// The text of `path` from line `line`, column `column` (1-based, in characters) to the end
// of that line: what a finding points at.
inline std::string text_at(const std::string& path, int line, int column) {
  std::string all = read_file(path);
  size_t start = 0;
  for (int l = 1; l < line && start != std::string::npos; ++l) {
    start = all.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return "";
  std::string rest = all.substr(start, all.find('\n', start) - start);
  size_t byte = 0;
  for (int c = 1; c < column && byte < rest.size(); ++c) {
    ++byte;
    while (byte < rest.size() && (static_cast<unsigned char>(rest[byte]) & 0xC0) == 0x80) ++byte;
  }
  return rest.substr(byte);
}

inline bool starts_with_text(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace plancheck_test
