// The rule types every layer uses (engine, config, CLI, outputs): limits, run settings, a
// rule file found on disk, what a loaded rule declares, and the load error. Kept apart
// from the Lua host so that nothing includes lua_host.h for a type.
#pragma once
#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "dates.h"
#include "finding.h"

namespace plancheck {

// Per rule per document of up to 4 MiB; a bigger document gets the instruction and time
// limits scaled by its size (a 100 MB report: 25 times), so a runaway rule is stopped,
// not the real work. docs/security.md lists every limit and what happens at it.
struct RuleLimits {
  uint64_t instructions = 200'000'000;  // Lua VM instructions (and charged C work) per rule per document
  // Wall clock per rule per document: a backstop for work the budget does not count (one
  // long C call). The real work on a 4 MiB report is 0.4 s here and 2.2 s under ASan, so
  // 2 s stopped honest rules on slow machines.
  double seconds = 10.0;
  size_t memory_bytes = 256u << 20;     // whole lua_State, per worker
  size_t findings = 10000;              // findings per rule per document; the rest summed up in one
  size_t output_bytes = 64u << 10;      // print() output per rule per document
};

// What every rule may read about the run it is part of.
struct RunSettings {
  Date as_of;
  std::string lang = "zh";          // "zh" or "en"
  int due_soon_days = 14;
  RuleLimits limits;
  std::set<std::string> disabled;   // rule ids not to run
};

// A rule file found on disk, before it is compiled.
struct RuleSource {
  std::string id;    // file name without .lua
  std::string path;  // as it will be shown in messages
};

// The *.lua files directly in `dirs` (lib/ folders hold modules, not rules). A later
// folder's rule replaces an earlier one with the same id. Sorted by id.
std::vector<RuleSource> discover_rules(const std::vector<std::string>& dirs);

// A text a rule gives as a string (the same in every language) or as {zh = ..., en = ...}:
// a rule's summary and description, a finding's message and suggestion.
struct LocalizedText {
  std::string zh, en;
  bool empty() const { return zh.empty() && en.empty(); }
  // The text in `lang` ("zh" or "en"), or in the other language when that one is missing.
  const std::string& in(const std::string& lang) const {
    const std::string& wanted = lang == "en" ? en : zh;
    return wanted.empty() ? (lang == "en" ? zh : en) : wanted;
  }
};

// What a compiled rule declares about itself.
struct RuleInfo {
  std::string id, path;
  Severity severity = Severity::Error;
  std::string kind = "report";          // "report": each report with its plan; "plan": each plan
  bool needs_plan = true;               // report rules skip reports whose plan was not loaded
  // The rule judges each part of a report's text (report:parts(), report:texts()) alone, never
  // one against another: on a big report the host may give runs of its parts to several workers.
  bool by_part = false;
  std::string summary_zh, summary_en;
  std::string description_zh, description_en;
};

// A rule that cannot be loaded (syntax error, bad declaration): exit status 2.
class RuleLoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `path` relative to the current directory when it lies inside it, for messages.
std::string display_path(const std::string& path);

}  // namespace plancheck
