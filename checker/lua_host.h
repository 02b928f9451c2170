// The Lua host: one lua_State per worker thread, the rules compiled into it once,
// each rule in its own allow-listed _ENV, each call under an instruction budget,
// a wall-clock limit and a memory cap. A rule that errors, loops or overeats becomes a
// `rule-error` finding naming its file and line; the other rules still run.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "document.h"
#include "finding.h"
#include "plan.h"
#include "rule_types.h"

namespace plancheck {

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

}  // namespace plancheck
