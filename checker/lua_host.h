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

// One rule's run on a report, or a share of one: a rule that judges each part alone
// (RuleInfo::by_part) may run on a big report as `shards` jobs, job `shard` seeing the
// shard-th of `shards` equal runs of the report's parts and texts.
struct RuleJob {
  size_t rule = 0;  // index into LuaHost::rules()
  size_t shard = 0, shards = 1;
};

// What one job found: its findings up to the rule's cap, how many more it found past the
// cap, and the rule-error finding when the rule failed.
struct RuleRun {
  std::vector<Finding> findings;
  size_t dropped = 0;
  size_t cap = 0;
  std::vector<Finding> failure;  // empty, or the one rule-error finding
};

// The runs of one rule's shards as one run, what one run over all the parts gives: the
// findings in shard order (so in document order), up to the first failure, cut at the cap.
RuleRun join_shard_runs(std::vector<RuleRun>&& shards);

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
  // host: runs the jobs (indices into `jobs`) that `take` hands out until it returns false,
  // job j's findings going to runs[j]; finish_run then gives them their place in the output.
  void check_report_jobs(const Document& report, const Plan* plan, const std::vector<RuleJob>& jobs,
                         const std::function<bool(size_t*)>& take, std::vector<RuleRun>& runs);
  // Appends `run`'s findings to `out`, then a finding saying how many more there were past
  // the cap, then its rule-error finding: what rule `rule` gives on `report`.
  void finish_run(size_t rule, const Document& report, RuleRun&& run, std::vector<Finding>& out) const;
  // Runs the plan rules (kind = "plan") on `plan`.
  void check_plan(const Plan& plan, std::vector<Finding>& out);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace plancheck
