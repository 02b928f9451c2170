#include "lua_host.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>

#include <lua.hpp>

#include "lua_patterns.h"
#include "rule_api.h"
#include "rule_hints.h"

namespace fs = std::filesystem;

namespace plancheck {

std::string display_path(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  fs::path cwd = fs::current_path(ec);
  if (ec) return path;
  fs::path relative = absolute.lexically_normal().lexically_relative(cwd);
  if (relative.empty() || *relative.begin() == "..") return path;
  return relative.string();
}

std::vector<RuleSource> discover_rules(const std::vector<std::string>& dirs) {
  std::map<std::string, std::string> path_by_id;  // sorted by id; later folders win
  for (const std::string& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".lua") continue;
      path_by_id[entry.path().stem().string()] = display_path(entry.path().string());
    }
  }
  std::vector<RuleSource> sources;
  for (auto& [id, path] : path_by_id) sources.push_back({id, path});
  return sources;
}

namespace {
constexpr int kHookEvery = 10000;  // instructions between two looks at the budget
constexpr double kBudgetBytes = 4u << 20;  // documents up to this size get the limits as set
constexpr const char* kPristineKey = "plancheck.pristine";  // registry: libraries rules may see
constexpr const char* kModulesKey = "plancheck.modules";    // registry: modules already required
}  // namespace

struct LuaHost::Impl {
  lua_State* L = nullptr;
  RunSettings settings;
  RuleContext context;
  RuleContext* context_pointer = &context;  // what lua_getextraspace holds
  std::vector<std::string> rule_dirs;
  std::vector<RuleInfo> rules;
  std::vector<int> check_refs;  // registry refs of each rule's check function
  std::vector<double> rule_seconds;  // time in each rule's check so far (--timing)

  // Memory accounting for the allocator.
  size_t memory_used = 0;
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

  void open_libraries();
  void push_sandbox_env();  // [-0, +1]
  void load_rule(const RuleSource& source);
  // Calls the function below `nargs` arguments on the stack under the budget; on
  // failure returns false and fills `failure` with a readable reason.
  // `document_bytes`: the size of the document checked, which scales the limits.
  bool call_with_budget(int nargs, int nresults, std::string* failure, size_t document_bytes = 0);
  void run_rules(const std::string& kind, const Document& doc, std::vector<Finding>& out);
  // Runs the report rules whose indices take(&i) hands out on `report` (a new generation),
  // the findings of rule i going to out_for(i).
  template <typename Take, typename Out>
  void run_report_rules(const Document& report, const Plan* plan, Take take, Out out_for);
  // Runs rule `i` on `doc` if it applies to documents of `kind`; its findings, or a
  // rule-error finding, go to `out`.
  void run_rule(size_t i, const std::string& kind, const Document& doc, std::vector<Finding>& out);
};

static LuaHost::Impl& host_of(lua_State* L) { return *static_cast<LuaHost::Impl*>(rule_context(L).host); }

void* LuaHost::Impl::allocate(void* ud, void* block, size_t old_size, size_t new_size) {
  auto* host = static_cast<Impl*>(ud);
  size_t old_bytes = block ? old_size : 0;  // for a new block, old_size is a type tag
  if (new_size == 0) {
    std::free(block);
    host->memory_used -= old_bytes;
    return nullptr;
  }
  if (host->enforce_memory_cap && new_size > old_bytes && host->memory_used - old_bytes + new_size > host->settings.limits.memory_bytes) {
    host->memory_exceeded = true;
    return nullptr;  // Lua raises "not enough memory"
  }
  void* grown = std::realloc(block, new_size);
  if (grown) host->memory_used = host->memory_used - old_bytes + new_size;
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
  if (instructions > instruction_limit) stopped = Stop::Instructions;
  else if (elapsed > seconds_limit) stopped = Stop::Time;
  if (stopped == Stop::None) return true;
  // From now on every instruction fails, so a pcall in the rule cannot swallow the stop.
  lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
  return false;
}

bool LuaHost::Impl::charge_steps(lua_State* L, uint64_t steps) { return host_of(L).charge(steps); }

// Like lua.c's msghandler, but the traceback keeps only the rule's own frames: the host's
// C functions and internals mean nothing to a rule author.
int LuaHost::Impl::message_handler(lua_State* L) {
  Impl& host = host_of(L);
  const char* message = lua_tostring(L, 1);
  if (!message) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) message = lua_tostring(L, -1);
    else message = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
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
    lua_getinfo(L, "Sln", &ar);
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
  std::string full = message;
  if (!trace.empty()) full += "\nstack traceback:" + trace;
  lua_pushlstring(L, full.data(), full.size());
  return 1;
}

namespace {

// setmetatable without __gc: a finalizer would run later, outside the rule's budget.
int sandbox_setmetatable(lua_State* L) {
  if (lua_istable(L, 2) && lua_getfield(L, 2, "__gc") != LUA_TNIL)
    return luaL_error(L, "setmetatable: __gc metamethods are not allowed in rules");
  lua_settop(L, 2);
  lua_getfield(L, lua_upvalueindex(1), "setmetatable");
  lua_insert(L, 1);
  lua_call(L, 2, 1);
  return 1;
}

// load(chunk [, name [, mode [, env]]]): text only, and in the caller's sandbox unless
// an env is given.
int sandbox_load(lua_State* L) {
  size_t length = 0;
  const char* chunk = luaL_checklstring(L, 1, &length);
  const char* name = luaL_optstring(L, 2, "=(load)");
  int status = luaL_loadbufferx(L, chunk, length, name, "t");
  if (status != LUA_OK) {
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;  // nil, message
  }
  if (!lua_isnoneornil(L, 4)) lua_pushvalue(L, 4);
  else lua_pushvalue(L, lua_upvalueindex(1));
  lua_setupvalue(L, -2, 1);  // _ENV
  return 1;
}

int sandbox_print(lua_State* L) {
  const RuleInfo* rule = rule_context(L).rule;
  std::string line = "[" + (rule ? rule->id : std::string("rule")) + "]";
  for (int i = 1, n = lua_gettop(L); i <= n; ++i) {
    line += i == 1 ? " " : "\t";
    line += luaL_tolstring(L, i, nullptr);
    lua_pop(L, 1);
  }
  std::fprintf(stderr, "%s\n", line.c_str());
  return 0;
}

int strict_index(lua_State* L) {
  return luaL_error(L, "undeclared global '%s' (declare it with local, or check its spelling)",
                    luaL_tolstring(L, 2, nullptr));
}

int strict_newindex(lua_State* L) {
  return luaL_error(L, "assignment to undeclared global '%s' (declare it with local)",
                    luaL_tolstring(L, 2, nullptr));
}

// [-0, +1] A shallow copy of the table at `index`, so that a rule changing its copy of
// `string` or `pc` changes nothing for the other rules.
void push_copy(lua_State* L, int index) {
  index = lua_absindex(L, index);
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, index)) {
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
}

bool safe_module_name(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.back() == '.' || name.find("..") != std::string::npos) return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return false;
  return true;
}

}  // namespace

// require(name): a module from a rule folder (lib.common → <folder>/lib/common.lua),
// text only, in a sandbox of its own; nothing outside the rule folders.
static int sandbox_require(lua_State* L) {
  LuaHost::Impl& host = host_of(L);
  std::string name = luaL_checkstring(L, 1);
  if (!safe_module_name(name))
    return luaL_error(L, "require: '%s' is not a module name (letters, digits, '_', '-', '.')", name.c_str());
  lua_getfield(L, LUA_REGISTRYINDEX, kModulesKey);  // [modules]
  if (lua_getfield(L, -1, name.c_str()) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  std::string relative = name;
  for (char& c : relative)
    if (c == '.') c = '/';
  relative += ".lua";
  std::string found;
  for (auto dir = host.rule_dirs.rbegin(); dir != host.rule_dirs.rend() && found.empty(); ++dir) {
    std::error_code ec;
    fs::path candidate = fs::path(*dir) / relative;
    if (fs::is_regular_file(candidate, ec)) found = display_path(candidate.string());
  }
  if (found.empty())
    return luaL_error(L, "require: module '%s' not found in the rule folders (looked for %s)", name.c_str(),
                      relative.c_str());
  if (luaL_loadfilex(L, found.c_str(), "t") != LUA_OK) return lua_error(L);  // [modules, chunk]
  host.push_sandbox_env();                                                   // [modules, chunk, env]
  lua_setupvalue(L, -2, 1);                                                  // [modules, chunk]
  lua_call(L, 0, 1);                                                         // [modules, result]
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, name.c_str());  // modules[name] = result
  return 1;
}

void LuaHost::Impl::open_libraries() {
  // Only what rules may use is opened: no io, os, debug, package, coroutine.
  luaL_requiref(L, "_G", luaopen_base, 1);
  luaL_requiref(L, "string", luaopen_string, 0);
  luaL_requiref(L, "table", luaopen_table, 0);
  luaL_requiref(L, "math", luaopen_math, 0);
  luaL_requiref(L, "utf8", luaopen_utf8, 0);  // [G, string, table, math, utf8]
  install_bounded_patterns(L, -4, charge_steps);  // Lua's own matcher cannot be stopped

  // string.dump would hand out bytecode; strings reach their library through the
  // string metatable, so remove it there too and lock that metatable.
  lua_pushnil(L);
  lua_setfield(L, -5, "dump");
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushliteral(L, "string");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);

  lua_newtable(L);  // [G, string, table, math, utf8, pristine]
  static const char* const kBase[] = {"assert",   "error",  "ipairs", "next",   "pairs",        "pcall",
                                      "select",   "tonumber", "tostring", "type", "xpcall",       "rawequal",
                                      "rawlen",   "rawget", "rawset", "getmetatable", "_VERSION"};
  for (const char* name : kBase) {
    lua_getfield(L, -6, name);
    lua_setfield(L, -2, name);
  }
  lua_pushvalue(L, -5);
  lua_setfield(L, -2, "string");
  lua_pushvalue(L, -4);
  lua_setfield(L, -2, "table");
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "math");
  lua_pushvalue(L, -2);
  lua_setfield(L, -2, "utf8");
  push_rule_api(L);
  lua_setfield(L, -2, "pc");
  lua_pushvalue(L, -6);
  lua_pushcclosure(L, sandbox_setmetatable, 1);
  lua_setfield(L, -2, "setmetatable");
  lua_pushcfunction(L, sandbox_print);
  lua_setfield(L, -2, "print");
  lua_pushcfunction(L, sandbox_require);
  lua_setfield(L, -2, "require");
  lua_setfield(L, LUA_REGISTRYINDEX, kPristineKey);
  lua_pop(L, 5);

  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kModulesKey);
}

void LuaHost::Impl::push_sandbox_env() {
  lua_getfield(L, LUA_REGISTRYINDEX, kPristineKey);  // [pristine]
  lua_newtable(L);                                    // [pristine, env]
  lua_pushnil(L);
  while (lua_next(L, -3)) {  // [pristine, env, key, value]
    if (lua_istable(L, -1)) {
      push_copy(L, -1);
      lua_replace(L, -2);
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, sandbox_load, 1);  // load defaults to this env
  lua_setfield(L, -2, "load");
  lua_pushvalue(L, -1);
  lua_setfield(L, -2, "_G");
  lua_newtable(L);  // [pristine, env, mt]
  lua_pushcfunction(L, strict_index);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, strict_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushliteral(L, "plancheck.env");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);  // [pristine, env]
  lua_remove(L, -2);        // [env]
}

bool LuaHost::Impl::call_with_budget(int nargs, int nresults, std::string* failure, size_t document_bytes) {
  // The limits hold for documents up to kBudgetBytes; a bigger one gets them scaled by its
  // size, so they stop a runaway rule, not the legitimate work on a 100 MB report.
  double scale = std::max(1.0, static_cast<double>(document_bytes) / kBudgetBytes);
  instruction_limit = static_cast<uint64_t>(static_cast<double>(settings.limits.instructions) * scale);
  seconds_limit = settings.limits.seconds * scale;
  int function_index = lua_gettop(L) - nargs;
  lua_pushcfunction(L, message_handler);
  lua_insert(L, function_index);  // [handler, function, args...]
  instructions = 0;
  stopped = Stop::None;
  memory_exceeded = false;
  error_path.clear();
  error_line = 0;
  seen_path.clear();
  seen_line = 0;
  started = std::chrono::steady_clock::now();
  lua_sethook(L, count_hook, LUA_MASKCOUNT, kHookEvery);
  enforce_memory_cap = true;
  int status = lua_pcall(L, nargs, nresults, function_index);
  enforce_memory_cap = false;
  lua_sethook(L, nullptr, 0, 0);
  lua_remove(L, function_index);  // the handler
  if (status == LUA_OK) return true;

  const char* message = lua_tostring(L, -1);
  std::string reason = message ? message : "unknown error";
  lua_pop(L, 1);
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
  lua_gc(L, LUA_GCCOLLECT);
  return false;
}

namespace {

std::string string_or_lang_field(lua_State* L, int table, const char* key, const char* lang) {
  std::string value;
  int type = lua_getfield(L, table, key);
  if (type == LUA_TSTRING) {
    value = lua_tostring(L, -1);
  } else if (type == LUA_TTABLE) {
    lua_getfield(L, -1, lang);
    if (lua_isstring(L, -1)) value = lua_tostring(L, -1);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return value;
}

}  // namespace

void LuaHost::Impl::load_rule(const RuleSource& source) {
  auto fail = [&](const std::string& why) { throw RuleLoadError(why); };
  if (luaL_loadfilex(L, source.path.c_str(), "t") != LUA_OK) {  // [chunk] or [message]
    std::string message = lua_tostring(L, -1);
    lua_pop(L, 1);
    fail(message);
  }
  push_sandbox_env();
  lua_setupvalue(L, -2, 1);  // the chunk's _ENV
  std::string failure;
  if (!call_with_budget(0, 1, &failure)) {
    // Lua's own messages already start with "file:line:"; a stop names no place, so add it.
    std::string where = error_path.empty() ? source.path : error_path + ":" + std::to_string(error_line);
    fail(failure.rfind(where + ":", 0) == 0 ? failure : where + ": " + failure);
  }
  int rule = lua_gettop(L);
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
  if (lua_getfield(L, rule, "needs_plan") == LUA_TBOOLEAN) info.needs_plan = lua_toboolean(L, -1);
  lua_pop(L, 1);
  info.summary_zh = string_or_lang_field(L, rule, "summary", "zh");
  info.summary_en = string_or_lang_field(L, rule, "summary", "en");
  if (info.summary_zh.empty() && info.summary_en.empty())
    fail(source.path + ": summary is missing: a string, or {zh = ..., en = ...}");
  info.description_zh = string_or_lang_field(L, rule, "description", "zh");
  info.description_en = string_or_lang_field(L, rule, "description", "en");
  if (lua_getfield(L, rule, "check") != LUA_TFUNCTION)
    fail(source.path + ": check must be a function(report, plan) (or function(plan) for kind = \"plan\")");
  check_refs.push_back(luaL_ref(L, LUA_REGISTRYINDEX));
  rule_seconds.push_back(0);
  lua_pop(L, 1);  // the rule table
  rules.push_back(std::move(info));
}

void LuaHost::Impl::run_rules(const std::string& kind, const Document& doc, std::vector<Finding>& out) {
  for (size_t i = 0; i < rules.size(); ++i) run_rule(i, kind, doc, out);
}

template <typename Take, typename Out>
void LuaHost::Impl::run_report_rules(const Document& report, const Plan* plan, Take take, Out out_for) {
  ++context.generation;  // nodes of earlier reports are no longer valid
  context.report = &report;
  context.plan = plan;
  for (size_t i; take(&i);) run_rule(i, "report", report, out_for(i));
  context.report = nullptr;
  context.plan = nullptr;
}

void LuaHost::Impl::run_rule(size_t i, const std::string& kind, const Document& doc, std::vector<Finding>& out) {
  const RuleInfo& rule = rules[i];
  if (rule.kind != kind || settings.disabled.count(rule.id)) return;
  if (kind == "report" && rule.needs_plan && !context.plan) return;
  context.out = &out;
  context.rule = &rule;
  lua_rawgeti(L, LUA_REGISTRYINDEX, check_refs[i]);  // [check]
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
  bool ran = call_with_budget(nargs, 0, &failure, doc.size_bytes());
  rule_seconds[i] += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  context.rule = nullptr;
  context.out = nullptr;
  if (ran) return;
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
  out.push_back(std::move(f));
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
  host.L = lua_newstate(Impl::allocate, &host);
  if (!host.L) throw RuleLoadError("cannot create a Lua state");
  *static_cast<RuleContext**>(lua_getextraspace(host.L)) = host.context_pointer;
  lua_atpanic(host.L, [](lua_State* L) -> int {
    std::fprintf(stderr, "plancheck: Lua panic: %s\n", lua_tostring(L, -1));
    std::abort();
  });
  host.open_libraries();
  for (const RuleSource& source : sources)
    if (!host.settings.disabled.count(source.id)) host.load_rule(source);
}

LuaHost::~LuaHost() {
  if (impl_ && impl_->L) lua_close(impl_->L);
}

const std::vector<RuleInfo>& LuaHost::rules() const { return impl_->rules; }

const std::vector<double>& LuaHost::rule_seconds() const { return impl_->rule_seconds; }

void LuaHost::check_report(const Document& report, const Plan* plan, std::vector<Finding>& out) {
  size_t next = 0;
  impl_->run_report_rules(report, plan, [&](size_t* i) { *i = next++; return *i < impl_->rules.size(); },
                          [&](size_t) -> std::vector<Finding>& { return out; });
}

void LuaHost::check_report_rules(const Document& report, const Plan* plan,
                                 const std::function<bool(size_t*)>& take,
                                 std::vector<std::vector<Finding>>& by_rule) {
  impl_->run_report_rules(report, plan, take, [&](size_t i) -> std::vector<Finding>& { return by_rule[i]; });
}

void LuaHost::check_plan(const Plan& plan, std::vector<Finding>& out) {
  Impl& host = *impl_;
  host.context.report = nullptr;
  host.context.plan = &plan;
  host.run_rules("plan", plan.document(), out);
  host.context.plan = nullptr;
}

}  // namespace plancheck
