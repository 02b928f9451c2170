#include "lua_host.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <map>

#include <lua.hpp>

#include "lua_patterns.h"
#include "lua_sandbox.h"
#include "rule_api.h"
#include "rule_hints.h"
#include "small_blocks.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {
constexpr int kHookEvery = 1000;  // instructions between two looks at the budget and the clock
constexpr double kBudgetBytes = 4u << 20;  // documents up to this size get the limits as set
constexpr size_t kClockBytes = 64u << 10;  // an allocation this big reads the clock (a long copy)
constexpr size_t kMaxErrorBytes = 4000;    // a rule-error's message and traceback
constexpr size_t kRetainCheckBytes = 1u << 20;  // a call that grows the state this much is measured
}  // namespace

struct LuaHost::Impl {
  // The state is closed here, not in ~LuaHost: a rule that fails to load throws from
  // LuaHost's constructor, which then never runs its destructor, but does destroy this.
  ~Impl() {
    if (L) lua_close(L);
  }
  SmallBlocks blocks;  // every block of L (destroyed after the destructor's lua_close)
  lua_State* L = nullptr;
  RunSettings settings;
  RuleContext context;
  RuleContext* context_pointer = &context;  // what lua_getextraspace holds
  std::vector<std::string> rule_dirs;
  std::vector<RuleInfo> rules;
  std::vector<int> check_refs;  // registry refs of each rule's check function
  std::vector<double> rule_seconds;  // time in each rule's check so far (--timing)

  // Memory accounting for the allocator. A call may allocate up to the cap, less what its
  // rule keeps from earlier calls (retained, measured after a full GC); what other rules
  // keep is not counted against it. The whole state stays under kStateCapFactor caps.
  static constexpr size_t kStateCapFactor = 4;
  int64_t memory_used = 0;
  int64_t call_base = 0;       // memory_used when the call in progress started
  int64_t call_retained = 0;   // what the running rule kept from its earlier calls
  std::vector<int64_t> retained;  // by rule index
  bool enforce_memory_cap = false;  // only while rule code runs: the host's own pushes never fail
  bool memory_exceeded = false;

  // Budget of the rule call in progress: the limits, scaled up for a big document.
  uint64_t instruction_limit = 0;
  double seconds_limit = 0;
  uint64_t instructions = 0;
  std::chrono::steady_clock::time_point started;
  enum class Stop { None, Instructions, Time } stopped = Stop::None;

  // Where the rule was last seen (count hook) and where it failed (message handler).
  std::string seen_path, error_path;
  int seen_line = 0, error_line = 0;

  static void* allocate(void* ud, void* block, size_t old_size, size_t new_size);
  static void count_hook(lua_State* L, lua_Debug* ar);
  // Counts `steps` against the call's budget (VM instructions, or pattern-matcher steps
  // through charge_steps); false once the call is over its budget or its time.
  bool charge(uint64_t steps);
  static bool charge_steps(lua_State* L, uint64_t steps);
  static int message_handler(lua_State* L);

  // Stops the call in progress: every further instruction fails, so a pcall in the rule
  // cannot swallow the stop.
  void stop(Stop why);
  void load_rule(const RuleSource& source);
  // Calls the function below `nargs` arguments on the stack under the budget; on
  // failure returns false and fills `failure` with a readable reason.
  // `document_bytes`: the size of the document checked, which scales the limits.
  bool call_with_budget(int nargs, int nresults, std::string* failure, size_t document_bytes = 0,
                        size_t rule_index = SIZE_MAX);
  void run_rules(const std::string& kind, const Document& doc, std::vector<Finding>& out);
  // Runs the report rule jobs take(&job) hands out on `report` (a new generation).
  template <typename Take>
  void run_report_jobs(const Document& report, const Plan* plan, Take take);
  // Runs `job` on `doc` if its rule applies to documents of `kind`: what it finds.
  RuleRun run_rule(const RuleJob& job, const std::string& kind, const Document& doc);
  // `run`'s findings, then the cap's and the failure's, appended to `out` (LuaHost::finish_run).
  void finish_run(size_t rule, const Document& doc, RuleRun&& run, std::vector<Finding>& out) const;
};

static LuaHost::Impl& host_of(lua_State* L) { return *static_cast<LuaHost::Impl*>(rule_context(L).host); }

void* LuaHost::Impl::allocate(void* ud, void* block, size_t old_size, size_t new_size) {
  auto* host = static_cast<Impl*>(ud);
  size_t old_bytes = block ? old_size : 0;  // for a new block, old_size is a type tag
  if (new_size == 0) {
    host->blocks.release(block, old_bytes);
    host->memory_used -= static_cast<int64_t>(old_bytes);
    return nullptr;
  }
  if (host->enforce_memory_cap && new_size > old_bytes) {
    auto cap = static_cast<int64_t>(host->settings.limits.memory_bytes);
    int64_t after = host->memory_used - static_cast<int64_t>(old_bytes) + static_cast<int64_t>(new_size);
    if (after - host->call_base + host->call_retained > cap ||
        after > cap * static_cast<int64_t>(kStateCapFactor)) {
      host->memory_exceeded = true;
      return nullptr;  // Lua raises "not enough memory"
    }
    // A big block is a long copy in one VM instruction (a concatenation, a table resize):
    // the clock is read here too, so a few thousand of them cannot outrun the time limit.
    if (new_size >= kClockBytes && host->stopped == Stop::None) {
      double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - host->started).count();
      if (elapsed > host->seconds_limit) {
        host->stop(Stop::Time);
        return nullptr;
      }
    }
  }
  void* grown = block ? host->blocks.resize(block, old_bytes, new_size) : host->blocks.allocate(new_size);
  if (grown) host->memory_used += static_cast<int64_t>(new_size) - static_cast<int64_t>(old_bytes);
  return grown;
}

void LuaHost::Impl::count_hook(lua_State* L, lua_Debug* ar) {
  Impl& host = host_of(L);
  if (lua_getinfo(L, "Sl", ar) && ar->source[0] == '@' && ar->currentline > 0) {
    host.seen_path = ar->source + 1;
    host.seen_line = ar->currentline;
  }
  if (host.charge(kHookEvery)) return;
  luaL_error(L, "rule stopped: over its budget");
}

bool LuaHost::Impl::charge(uint64_t steps) {
  if (stopped != Stop::None) return false;
  instructions += steps;
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (instructions > instruction_limit) stop(Stop::Instructions);
  else if (elapsed > seconds_limit) stop(Stop::Time);
  return stopped == Stop::None;
}

void LuaHost::Impl::stop(Stop why) {
  stopped = why;
  lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
}

bool LuaHost::Impl::charge_steps(lua_State* L, uint64_t steps) { return host_of(L).charge(steps); }

// Like lua.c's msghandler, but the traceback keeps only the rule's own frames: the host's
// C functions and internals mean nothing to a rule author.
int LuaHost::Impl::message_handler(lua_State* L) {
  Impl& host = host_of(L);
  // No __tostring: the handler runs with hooks off after a stop, where a looping
  // metamethod would never be stopped.
  size_t length = 0;
  const char* message = lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER ? lua_tolstring(L, 1, &length) : nullptr;
  if (!message) {  // [error]
    message = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));  // [error, text]
    length = std::strlen(message);
  }
  std::string trace;
  lua_Debug ar;
  // Only the innermost frames: after a runaway recursion the stack holds ~200,000 of
  // them, and lua_getstack walks from the top, so reading them all would take hours.
  constexpr int kTraceLevels = 12;
  for (int level = 1; lua_getstack(L, level, &ar); ++level) {
    if (level > kTraceLevels) {
      trace += "\n  ...";
      break;
    }
    lua_getinfo(L, "Sln", &ar);  // fills ar; the stack is unchanged
    if (ar.source[0] != '@' || ar.currentline <= 0) continue;
    if (host.error_path.empty()) {
      host.error_path = ar.source + 1;
      host.error_line = ar.currentline;
    }
    trace += "\n  ";
    trace += ar.source + 1;
    trace += ":" + std::to_string(ar.currentline) + ": in ";
    if (ar.name) trace += std::string("function '") + ar.name + "'";
    else if (*ar.what == 'm') trace += "main chunk";
    else trace += "function <" + std::string(ar.source + 1) + ":" + std::to_string(ar.linedefined) + ">";
  }
  std::string full = clip_text(message, length, kMaxErrorBytes);
  if (!trace.empty()) full += "\nstack traceback:" + trace;
  lua_pushlstring(L, full.data(), full.size());  // [error, (text), message]: the top is returned
  return 1;
}

bool LuaHost::Impl::call_with_budget(int nargs, int nresults, std::string* failure, size_t document_bytes,
                                     size_t rule_index) {
  // The limits hold for documents up to kBudgetBytes; a bigger one gets them scaled by its
  // size, so they stop a runaway rule, not the legitimate work on a 100 MB report.
  double scale = std::max(1.0, static_cast<double>(document_bytes) / kBudgetBytes);
  instruction_limit = static_cast<uint64_t>(static_cast<double>(settings.limits.instructions) * scale);
  seconds_limit = settings.limits.seconds * scale;
  int function_index = lua_gettop(L) - nargs;  // [function, args...]
  lua_pushcfunction(L, message_handler);       // [function, args..., handler]
  lua_insert(L, function_index);               // [handler, function, args...]
  instructions = 0;
  stopped = Stop::None;
  memory_exceeded = false;
  context.printed_bytes = 0;
  context.findings_limit = static_cast<size_t>(static_cast<double>(settings.limits.findings) * scale);
  context.emitted = 0;
  context.dropped = 0;
  call_base = memory_used;
  call_retained = rule_index < retained.size() ? retained[rule_index] : 0;
  error_path.clear();
  error_line = 0;
  seen_path.clear();
  seen_line = 0;
  started = std::chrono::steady_clock::now();
  lua_sethook(L, count_hook, LUA_MASKCOUNT, kHookEvery);
  enforce_memory_cap = true;
  int status = lua_pcall(L, nargs, nresults, function_index);  // [handler, results...] or [handler, message]
  enforce_memory_cap = false;
  lua_sethook(L, nullptr, 0, 0);
  lua_remove(L, function_index);  // [results...] or [message]
  // What the rule keeps between calls is its own: measured after a full collection when
  // the call grew the state, and counted against this rule's next calls only.
  if (status == LUA_OK && rule_index < retained.size() && memory_used > call_base + static_cast<int64_t>(kRetainCheckBytes)) {
    lua_gc(L, LUA_GCCOLLECT);  // the stack is unchanged
    retained[rule_index] = std::max<int64_t>(0, retained[rule_index] + memory_used - call_base);
  }
  if (status == LUA_OK) return true;  // [results...]

  size_t length = 0;
  const char* message = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &length) : nullptr;  // [message]
  std::string reason = message ? clip_text(message, length, kMaxErrorBytes) : "unknown error";
  lua_pop(L, 1);  // []
  const RuleLimits& limits = settings.limits;
  bool english = settings.lang == "en";
  if (stopped == Stop::Instructions) {
    reason = english ? "stopped after " + std::to_string(instruction_limit) +
                           " instructions (an endless loop? --max-instructions raises the budget)"
                     : "执行超过 " + std::to_string(instruction_limit) + " 条指令后被终止（死循环？可用 --max-instructions 调整）";
  } else if (stopped == Stop::Time) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", seconds_limit);  // "2", not "2.000000"
    reason = english ? "stopped after " + std::string(seconds) + " s (--max-rule-seconds)"
                     : "运行超过 " + std::string(seconds) + " 秒后被终止（--max-rule-seconds）";
  } else if (status == LUA_ERRMEM || memory_exceeded) {
    reason = english ? "stopped: the rules used more than " + std::to_string(limits.memory_bytes >> 20) +
                           " MiB of memory (--max-rule-memory)"
                     : "内存超过 " + std::to_string(limits.memory_bytes >> 20) + " MiB 后被终止（--max-rule-memory）";
  } else {  // what Lua's message means for a rule author: a name the sandbox removed, a typo (rule_hints.h)
    reason = explain_rule_failure(reason, rule_api_names(L, kPristineKey), settings.lang);
  }
  if (error_path.empty()) {  // memory errors skip the handler; use where the hook last saw the rule
    error_path = seen_path;
    error_line = seen_line;
  }
  *failure = reason;
  lua_gc(L, LUA_GCCOLLECT);  // what the stopped rule left behind; the stack is unchanged
  if (rule_index < retained.size()) retained[rule_index] = std::max<int64_t>(0, retained[rule_index] + memory_used - call_base);
  return false;
}

namespace {

// [-0, +1] t[key] without metamethods: a rule's table is read after its chunk has run,
// and an __index there would run outside any budget.
int raw_field(lua_State* L, int table, const char* key) {
  table = lua_absindex(L, table);
  lua_pushstring(L, key);      // [key]
  return lua_rawget(L, table);  // [value]
}

// A declaration field that is a string, or {zh = ..., en = ...} (the `lang` one), read raw.
std::string string_or_lang_field(lua_State* L, int table, const char* key, const char* lang) {
  LocalizedText text;
  raw_field(L, table, key);                           // [field]
  read_localized_text(L, -1, SIZE_MAX, &text);
  lua_pop(L, 1);                                      // []
  return std::string(lang) == "en" ? text.en : text.zh;
}

// Whether `path`, symlinks followed, lies in the folder it is found in.
bool inside_own_folder(const std::string& path) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) return false;
  fs::path folder = fs::canonical(fs::absolute(path, ec).parent_path(), ec);
  if (ec) return false;
  auto mismatch = std::mismatch(folder.begin(), folder.end(), real.begin(), real.end());
  return mismatch.first == folder.end();
}

}  // namespace

void LuaHost::Impl::load_rule(const RuleSource& source) {
  auto fail = [&](const std::string& why) { throw RuleLoadError(why); };
  // A rule file that is a symbolic link out of its folder is refused before it is read: a
  // syntax error would quote the target's content.
  if (!inside_own_folder(source.path))
    fail(source.path + ": a rule file must lie in its rule folder (this one is a symbolic link out of it)");
  if (luaL_loadfilex(L, source.path.c_str(), "t") != LUA_OK) {  // [chunk] or [message]
    std::string message = lua_tostring(L, -1);                   // [message]
    lua_pop(L, 1);                                               // []
    fail(message);
  }
  push_rule_env(L);          // [chunk, env]
  lua_setupvalue(L, -2, 1);  // [chunk] (its _ENV)
  std::string failure;
  retained.push_back(0);
  if (!call_with_budget(0, 1, &failure, 0, retained.size() - 1)) {  // [rule] on success, [] on failure
    // Lua's own messages already start with "file:line:"; a stop names no place, so add it.
    std::string where = error_path.empty() ? source.path : error_path + ":" + std::to_string(error_line);
    fail(failure.rfind(where + ":", 0) == 0 ? failure : where + ": " + failure);
  }
  int rule = lua_gettop(L);  // [rule]
  if (!lua_istable(L, rule))
    fail(source.path + ": a rule file must return a table {id = ..., severity = ..., summary = ..., check = function}");

  RuleInfo info;
  info.path = source.path;
  info.id = string_or_lang_field(L, rule, "id", "zh");
  if (info.id != source.id)
    fail(source.path + ": the rule's id \"" + info.id + "\" must be its file name \"" + source.id + "\"");
  std::string severity = string_or_lang_field(L, rule, "severity", "zh");
  if (!parse_severity(severity, &info.severity))
    fail(source.path + ": severity must be \"error\", \"warning\" or \"info\", got \"" + severity + "\"");
  std::string kind = string_or_lang_field(L, rule, "kind", "zh");
  if (!kind.empty()) info.kind = kind;
  if (info.kind != "report" && info.kind != "plan")
    fail(source.path + ": kind must be \"report\" or \"plan\", got \"" + info.kind + "\"");
  if (raw_field(L, rule, "needs_plan") == LUA_TBOOLEAN) info.needs_plan = lua_toboolean(L, -1);  // [rule, needs_plan]
  lua_pop(L, 1);                                                                                   // [rule]
  if (raw_field(L, rule, "by_part") == LUA_TBOOLEAN) info.by_part = lua_toboolean(L, -1);  // [rule, by_part]
  lua_pop(L, 1);                                                                           // [rule]
  info.summary_zh = string_or_lang_field(L, rule, "summary", "zh");
  info.summary_en = string_or_lang_field(L, rule, "summary", "en");
  if (info.summary_zh.empty() && info.summary_en.empty())
    fail(source.path + ": summary is missing: a string, or {zh = ..., en = ...}");
  info.description_zh = string_or_lang_field(L, rule, "description", "zh");
  info.description_en = string_or_lang_field(L, rule, "description", "en");
  if (raw_field(L, rule, "check") != LUA_TFUNCTION)  // [rule, check]
    fail(source.path + ": check must be a function(report, plan) (or function(plan) for kind = \"plan\")");
  check_refs.push_back(luaL_ref(L, LUA_REGISTRYINDEX));  // [rule]: check kept in the registry
  rule_seconds.push_back(0);
  lua_pop(L, 1);  // []
  rules.push_back(std::move(info));
}

void LuaHost::Impl::run_rules(const std::string& kind, const Document& doc, std::vector<Finding>& out) {
  for (size_t i = 0; i < rules.size(); ++i) finish_run(i, doc, run_rule(RuleJob{i}, kind, doc), out);
}

template <typename Take>
void LuaHost::Impl::run_report_jobs(const Document& report, const Plan* plan, Take take) {
  ++context.generation;  // nodes of earlier reports are no longer valid
  context.report = &report;
  context.plan = plan;
  take();
  context.report = nullptr;
  context.plan = nullptr;
}

RuleRun LuaHost::Impl::run_rule(const RuleJob& job, const std::string& kind, const Document& doc) {
  RuleRun run;
  const RuleInfo& rule = rules[job.rule];
  if (rule.kind != kind || settings.disabled.count(rule.id)) return run;
  if (kind == "report" && rule.needs_plan && !context.plan) return run;
  context.out = &run.findings;
  context.rule = &rule;
  context.shard = job.shard;
  context.shards = job.shards;
  lua_rawgeti(L, LUA_REGISTRYINDEX, check_refs[job.rule]);  // [check]
  int nargs = 1;
  if (kind == "report") {
    push_document(L, context.report, nullptr, context.generation);  // [check, report]
    if (context.plan) push_document(L, &context.plan->document(), context.plan, 0);
    else lua_pushnil(L);  // [check, report, plan]
    nargs = 2;
  } else {
    push_document(L, &context.plan->document(), context.plan, 0);  // [check, plan]
  }
  std::string failure;
  bool ran = call_with_budget(nargs, 0, &failure, doc.size_bytes(), job.rule);  // [] whichever way it ends
  rule_seconds[job.rule] += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  context.rule = nullptr;
  context.out = nullptr;
  context.shard = 0;
  context.shards = 1;
  run.dropped = context.dropped;
  run.cap = context.findings_limit;
  if (ran) return run;
  Finding f;
  f.rule = "rule-error";
  f.severity = Severity::Error;
  f.file = error_path.empty() ? rule.path : error_path;
  f.line = error_line > 0 ? error_line : 1;
  f.column = 1;
  if (kind == "report") f.unit = doc.root().attribute("unit").value();
  f.message = settings.lang == "en"
                  ? "rule " + rule.id + " failed while checking " + doc.path() + ": " + failure
                  : "规则 " + rule.id + " 检查 " + doc.path() + " 时出错：" + failure;
  run.failure.push_back(std::move(f));
  return run;
}

void LuaHost::Impl::finish_run(size_t rule_index, const Document& doc, RuleRun&& run, std::vector<Finding>& out) const {
  const RuleInfo& rule = rules[rule_index];
  std::move(run.findings.begin(), run.findings.end(), std::back_inserter(out));
  if (run.dropped > 0) {  // past the findings cap: one finding says how many more
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.file = doc.path();
    f.line = doc.position_of(doc.root()).line;
    f.column = 1;
    if (rule.kind == "report") f.unit = doc.root().attribute("unit").value();
    std::string more = std::to_string(run.dropped), most = std::to_string(run.cap);
    f.message = settings.lang == "en"
                    ? "rule " + rule.id + " found " + more + " more in this document (at most " + most +
                          " findings per rule per document are listed)"
                    : "规则 " + rule.id + " 在本文件另有 " + more + " 条发现未列出（每条规则每份文件至多列出 " + most + " 条）";
    out.push_back(std::move(f));
  }
  std::move(run.failure.begin(), run.failure.end(), std::back_inserter(out));
}

RuleRun join_shard_runs(std::vector<RuleRun>&& shards) {
  RuleRun joined;
  for (RuleRun& shard : shards) {
    joined.cap = std::max(joined.cap, shard.cap);
    joined.dropped += shard.dropped;
    std::move(shard.findings.begin(), shard.findings.end(), std::back_inserter(joined.findings));
    // One run stops at the rule's first error, so the shares after a failed one are not its findings.
    if (!shard.failure.empty()) {
      joined.failure = std::move(shard.failure);
      break;
    }
  }
  if (joined.findings.size() > joined.cap) {  // each shard kept up to the cap; the rule keeps that many in all
    joined.dropped += joined.findings.size() - joined.cap;
    joined.findings.resize(joined.cap);
  }
  return joined;
}

LuaHost::LuaHost(const std::vector<RuleSource>& sources, const std::vector<std::string>& rule_dirs,
                 const RunSettings& settings)
    : impl_(std::make_unique<Impl>()) {
  Impl& host = *impl_;
  host.settings = settings;
  host.context.settings = &host.settings;
  host.context.host = &host;
  host.context.charge = Impl::charge_steps;
  host.rule_dirs = rule_dirs;
  host.context.rule_dirs = rule_dirs;
  for (const std::string& dir : rule_dirs) {
    std::error_code ec;
    fs::path real = fs::canonical(dir, ec);
    if (!ec) host.context.real_rule_dirs.push_back(real.string());
  }
  host.L = lua_newstate(Impl::allocate, &host);
  if (!host.L) throw RuleLoadError("cannot create a Lua state");
  *static_cast<RuleContext**>(lua_getextraspace(host.L)) = host.context_pointer;
  lua_atpanic(host.L, [](lua_State* L) -> int {
    std::fprintf(stderr, "plancheck: Lua panic: %s\n", lua_tostring(L, -1));
    std::abort();
  });
  open_sandbox(host.L);  // [] (the pristine library and its allow-lists live in the registry)
  for (const RuleSource& source : sources)
    if (!host.settings.disabled.count(source.id)) host.load_rule(source);
}

LuaHost::~LuaHost() = default;

const std::vector<RuleInfo>& LuaHost::rules() const { return impl_->rules; }

const std::vector<double>& LuaHost::rule_seconds() const { return impl_->rule_seconds; }

void LuaHost::check_report(const Document& report, const Plan* plan, std::vector<Finding>& out) {
  impl_->run_report_jobs(report, plan, [&] {
    for (size_t i = 0; i < impl_->rules.size(); ++i)
      impl_->finish_run(i, report, impl_->run_rule(RuleJob{i}, "report", report), out);
  });
}

void LuaHost::check_report_jobs(const Document& report, const Plan* plan, const std::vector<RuleJob>& jobs,
                                const std::function<bool(size_t*)>& take, std::vector<RuleRun>& runs) {
  impl_->run_report_jobs(report, plan, [&] {
    for (size_t j; take(&j);) runs[j] = impl_->run_rule(jobs[j], "report", report);
  });
}

void LuaHost::finish_run(size_t rule, const Document& report, RuleRun&& run, std::vector<Finding>& out) const {
  impl_->finish_run(rule, report, std::move(run), out);
}

void LuaHost::check_plan(const Plan& plan, std::vector<Finding>& out) {
  Impl& host = *impl_;
  host.context.report = nullptr;
  host.context.plan = &plan;
  host.run_rules("plan", plan.document(), out);
  host.context.plan = nullptr;
}

}  // namespace plancheck
