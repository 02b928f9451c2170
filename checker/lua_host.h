// The Lua host: one lua_State per worker thread, the rules compiled into it once,
// each rule in its own allow-listed _ENV, each call under an instruction budget,
// a wall-clock limit and a memory cap. A rule that errors, loops or overeats becomes a
// `rule-error` finding naming its file and line; the other rules still run.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "dates.h"
#include "document.h"
#include "finding.h"
#include "plan.h"

namespace plancheck {

// Per rule per document of up to 4 MiB; a bigger document gets them scaled by its size
// (a 100 MB report: 25 times), so a runaway rule is stopped, not the real work.
struct RuleLimits {
  uint64_t instructions = 200'000'000;  // Lua VM instructions per rule per document
  double seconds = 2.0;                 // wall clock per rule per document
  size_t memory_bytes = 256u << 20;     // whole lua_State, per worker
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

// What a compiled rule declares about itself.
struct RuleInfo {
  std::string id, path;
  Severity severity = Severity::Error;
  std::string kind = "report";          // "report": each report with its plan; "plan": each plan
  bool needs_plan = true;               // report rules skip reports whose plan was not loaded
  std::string summary_zh, summary_en;
  std::string description_zh, description_en;
};

// A rule that cannot be loaded (syntax error, bad declaration): exit status 2.
class RuleLoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class LuaHost {
 public:
  // Compiles every rule (text mode only). `rule_dirs` are the folders `require` may
  // read modules from. Throws RuleLoadError naming the file and line.
  LuaHost(const std::vector<RuleSource>& sources, const std::vector<std::string>& rule_dirs,
          const RunSettings& settings);
  ~LuaHost();
  LuaHost(const LuaHost&) = delete;
  LuaHost& operator=(const LuaHost&) = delete;

  const std::vector<RuleInfo>& rules() const;
  // Wall-clock seconds each rule (by index into rules()) has run in this host so far.
  const std::vector<double>& rule_seconds() const;

  // Runs the report rules on `report`, checked against `plan` (null when the plan the
  // report names was not loaded).
  void check_report(const Document& report, const Plan* plan, std::vector<Finding>& out);
  // The same for one big report that several workers check at once, each with its own
  // host: runs the rules whose indices (into rules()) `take` hands out until it returns
  // false, the findings of rule i going to by_rule[i] (sized rules().size()).
  void check_report_rules(const Document& report, const Plan* plan, const std::function<bool(size_t*)>& take,
                          std::vector<std::vector<Finding>>& by_rule);
  // Runs the plan rules (kind = "plan") on `plan`.
  void check_plan(const Plan& plan, std::vector<Finding>& out);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// `path` relative to the current directory when it lies inside it, for messages.
std::string display_path(const std::string& path);

}  // namespace plancheck
