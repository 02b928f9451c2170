#include "lua_sandbox.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_map>

#include "lua_patterns.h"
#include "rule_api.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {


// ---------------------------------------------------------------------------------------
// What rules get, grouped as Redis's script_lua.c groups its allow-list. Anything not
// named here is not in a rule's environment.

// Libraries, each copied per rule (a rule changing its `string` changes nothing for others).
const char* const kAllowedLibraries[] = {"string", "table", "math", "utf8"};

// Base functions rules get as Lua has them.
const char* const kAllowedBase[] = {"assert", "error",  "ipairs", "next",     "pairs",  "pcall",
                                    "select", "tonumber", "tostring", "type", "rawequal", "rawlen",
                                    "rawget", "rawset", "getmetatable", "_VERSION"};

// Base functions rules get in the sandbox's own version (below): setmetatable (no __gc),
// xpcall (the handler under the budget), load (text, size-capped, untrusted chunk names),
// print (capped per rule per document), require (rule folders only, per rule).

// Left out, each with its reason (docs/security.md repeats this list):
//   io, os, package, dofile, loadfile, the standard require: files, processes, C modules.
//   debug: reads and changes any function's upvalues, other rules' state, the hooks.
//   coroutine: each coroutine has its own hook, so a loop in one escapes the budget.
//   collectgarbage: stopping the collector defeats the memory cap's emergency GC.
//   string.dump: hands out bytecode, which load refuses and the verifier cannot check.
//   string.pack, string.unpack, string.packsize: sizes from a format string ('c9999999'),
//     nothing a rule needs.
const char* const kLeftOutOfString[] = {"dump", "pack", "unpack", "packsize"};

// ---------------------------------------------------------------------------------------
// Bounded versions of the library functions whose C work grows with an argument. Each is
// a C closure over the original (upvalue 1); it checks sizes or charges the work to the
// rule's budget before the original starts, so a huge count stops the rule instead of
// running in C where the instruction hook never fires.

// The work a string length stands for, in steps.
uint64_t steps_for_bytes(size_t bytes, size_t bytes_per_step = kBytesPerStep) { return 1 + bytes / bytes_per_step; }

// [-0, +?] Calls the original (upvalue 1) with the arguments as they are.
int call_original(lua_State* L) {
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));  // [args..., original]
  lua_insert(L, 1);                       // [original, args...]
  lua_call(L, n, LUA_MULTRET);            // [results...]
  return lua_gettop(L);
}

// string.rep(s, n [, sep]): n and the result's size charged first (string.rep('', 1e15)
// makes no string but loops 1e15 times in C).
int bounded_rep(lua_State* L) {
  size_t length = 0, separator = 0;
  luaL_checklstring(L, 1, &length);                 // [s, n, sep?]
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &separator);
  if (n > 0) {
    uint64_t each = static_cast<uint64_t>(length) + separator;
    bool too_large = each > 0 && each > (static_cast<uint64_t>(INT_MAX) / static_cast<uint64_t>(n));
    if (!too_large)  // too large: the original refuses it (or the memory cap does) before any work
      charge_or_stop(L, 1 + (static_cast<uint64_t>(n) + each * static_cast<uint64_t>(n)) / 256);  // memcpy: ~256 bytes a step
  }
  return call_original(L);
}

// The string functions that read or copy their string arguments once (upper, lower,
// reverse, sub, format, byte, tonumber, utf8.len, utf8.codepoint, utf8.offset):
// the bytes of every string argument charged first, at upvalue 2 bytes per step.
int charged_by_size(lua_State* L) {
  auto bytes_per_step = static_cast<size_t>(lua_tointeger(L, lua_upvalueindex(2)));
  uint64_t steps = 1;
  for (int i = 1, n = lua_gettop(L); i <= n; ++i)
    if (lua_type(L, i) == LUA_TSTRING) steps += steps_for_bytes(lua_rawlen(L, i), bytes_per_step);
  charge_or_stop(L, steps);
  return call_original(L);
}

// The table functions' length: a table with a __len metamethod is refused, since __len
// could answer 1 to this check and 2^50 to the original's own read; without one the
// length is the table's own and bounded by the memory cap.
lua_Integer checked_length(lua_State* L, int arg, const char* function) {
  luaL_checktype(L, arg, LUA_TTABLE);
  if (luaL_getmetafield(L, arg, "__len") != LUA_TNIL)  // [..., __len] or [...]
    luaL_error(L, "%s: tables with a __len metamethod are not allowed in rules", function);
  return static_cast<lua_Integer>(lua_rawlen(L, arg));
}

// The number of elements from i to j, 0 when j < i, without overflow.
uint64_t span(lua_Integer i, lua_Integer j) {
  if (j < i) return 0;
  return static_cast<uint64_t>(j) - static_cast<uint64_t>(i) + 1;
}

// table.insert(t, [pos,] v): the elements it shifts charged first.
int bounded_insert(lua_State* L) {
  lua_Integer n = checked_length(L, 1, "table.insert");
  lua_Integer pos = lua_gettop(L) == 3 ? luaL_checkinteger(L, 2) : n + 1;
  charge_or_stop(L, 1 + span(pos, n));
  return call_original(L);
}

// table.remove(t [, pos]): the elements it shifts charged first.
int bounded_remove(lua_State* L) {
  lua_Integer n = checked_length(L, 1, "table.remove");
  lua_Integer pos = luaL_optinteger(L, 2, n);
  charge_or_stop(L, 1 + span(pos, n));
  return call_original(L);
}

// table.move(a1, f, e, t [, a2]): the elements it moves charged first.
int bounded_move(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
  charge_or_stop(L, 1 + span(f, e));
  return call_original(L);
}

// table.concat(t [, sep [, i [, j]]]): the elements joined charged first.
int bounded_concat(lua_State* L) {
  lua_Integer n = checked_length(L, 1, "table.concat");
  lua_Integer i = luaL_optinteger(L, 3, 1), j = luaL_optinteger(L, 4, n);
  charge_or_stop(L, 1 + span(i, j));
  return call_original(L);
}

// table.unpack(t [, i [, j]]): the values pushed charged first.
int bounded_unpack(lua_State* L) {
  lua_Integer n = lua_istable(L, 1) ? checked_length(L, 1, "table.unpack") : 0;
  lua_Integer i = luaL_optinteger(L, 2, 1), j = luaL_opt(L, luaL_checkinteger, 3, n);
  charge_or_stop(L, 1 + span(i, j));
  return call_original(L);
}

// table.sort(t [, less]): n log n comparisons charged first.
int bounded_sort(lua_State* L) {
  auto n = static_cast<uint64_t>(checked_length(L, 1, "table.sort"));
  uint64_t log = 1;
  while ((uint64_t{1} << log) < n && log < 63) ++log;
  charge_or_stop(L, 1 + n * log);
  return call_original(L);
}

// Replaces `name` in the table at `table` by `bounded`, a closure over the original and
// `extra` more upvalues already on the stack. [-extra, +0]
void wrap(lua_State* L, int table, const char* name, lua_CFunction bounded, int extra = 0) {
  table = lua_absindex(L, table);
  lua_getfield(L, table, name);       // [extra..., original]
  lua_insert(L, -1 - extra);          // [original, extra...]
  lua_pushcclosure(L, bounded, 1 + extra);  // [closure]
  lua_setfield(L, table, name);       // []
}

// wrap with charged_by_size at `bytes_per_step`. [-0, +0]
void wrap_by_size(lua_State* L, int table, const char* name, lua_Integer bytes_per_step) {
  table = lua_absindex(L, table);
  lua_pushinteger(L, bytes_per_step);  // [bytes_per_step]
  wrap(L, table, name, charged_by_size, 1);  // []
}

// ---------------------------------------------------------------------------------------
// The sandbox's own base functions.

// setmetatable without __gc: a finalizer would run later, outside the rule's budget.
int sandbox_setmetatable(lua_State* L) {
  if (lua_istable(L, 2) && lua_getfield(L, 2, "__gc") != LUA_TNIL)  // [t, mt, __gc]
    return luaL_error(L, "setmetatable: __gc metamethods are not allowed in rules");
  lua_settop(L, 2);                                      // [t, mt]
  lua_getfield(L, lua_upvalueindex(1), "setmetatable");  // [t, mt, setmetatable]
  lua_insert(L, 1);                                      // [setmetatable, t, mt]
  lua_call(L, 2, 1);                                     // [t]
  return 1;
}

// Whether the rule running in L has been stopped (its budget, its time).
bool rule_stopped(lua_State* L) {
  RuleContext& context = rule_context(L);
  return context.charge && !context.charge(L, 0);
}

// xpcall(f, handler, ...): as Lua's, but the handler runs after the call has unwound, as
// an ordinary call under the budget. Lua runs a handler with hooks off when the error came
// from the budget's own hook, where a looping handler would never be stopped; and a stop
// is never handed to the rule's handler, it goes on up.
int sandbox_xpcall(lua_State* L) {
  int n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);                        // [f, handler, args..., handler]
  lua_rotate(L, 1, 1);                        // [handler, f, handler, args...]
  lua_remove(L, 3);                           // [handler, f, args...]
  int status = lua_pcall(L, n - 2, LUA_MULTRET, 0);  // [handler, results...] or [handler, error]
  if (status == LUA_OK) {
    lua_pushboolean(L, 1);                    // [handler, results..., true]
    lua_replace(L, 1);                        // [true, results...]
    return lua_gettop(L);
  }
  if (rule_stopped(L)) return lua_error(L);  // the stop goes on up
  lua_pushvalue(L, 1);                        // [handler, error, handler]
  lua_insert(L, -2);                          // [handler, handler, error]
  status = lua_pcall(L, 1, 1, 0);             // [handler, result]
  if (status != LUA_OK && rule_stopped(L)) return lua_error(L);
  lua_pushboolean(L, 0);                      // [handler, result, false]
  lua_insert(L, -2);                          // [handler, false, result]
  return 2;
}

// load(chunk [, name [, mode [, env]]]): text only, at most kMaxLoadBytes, and in the
// caller's sandbox unless an env is given. The name is shown as "(load) name", never
// taken for a file: "@/etc/passwd" would make a rule-error point at (and an HTML report
// quote) any file.
int sandbox_load(lua_State* L) {
  size_t length = 0;
  const char* chunk = luaL_checklstring(L, 1, &length);
  size_t name_length = 0;
  const char* name = luaL_optlstring(L, 2, "", &name_length);
  const char* mode = luaL_optstring(L, 3, "bt");
  if (!std::strchr(mode, 't')) {
    lua_pushnil(L);                                                                 // [..., nil]
    lua_pushfstring(L, "attempt to load a text chunk (mode is '%s'): rules load text only", mode);  // [..., nil, message]
    return 2;
  }
  if (length > kMaxLoadBytes) {
    lua_pushnil(L);  // [..., nil]
    lua_pushfstring(L, "load: a chunk of %I bytes is larger than the %d MiB rules may load",
                    static_cast<lua_Integer>(length), static_cast<int>(kMaxLoadBytes >> 20));  // [..., nil, message]
    return 2;
  }
  charge_or_stop(L, steps_for_bytes(length, 8));  // parsing: about 8 bytes a step
  std::string chunk_name = "=(load)";
  if (name_length > 0) chunk_name += " " + clip_text(name, name_length, kMaxChunkNameBytes);
  int status = luaL_loadbufferx(L, chunk, length, chunk_name.c_str(), "t");  // [..., chunk] or [..., message]
  if (status != LUA_OK) {
    lua_pushnil(L);     // [..., message, nil]
    lua_insert(L, -2);  // [..., nil, message]
    return 2;
  }
  if (!lua_isnoneornil(L, 4)) lua_pushvalue(L, 4);  // [..., chunk, env]
  else lua_pushvalue(L, lua_upvalueindex(1));      // [..., chunk, env]
  lua_setupvalue(L, -2, 1);                        // [..., chunk] (its _ENV)
  return 1;
}

// print(...): to standard error as "[rule] values", at most RuleLimits::output_bytes per
// rule per document; past that one line says so and the rest is dropped.
int sandbox_print(lua_State* L) {
  RuleContext& context = rule_context(L);
  const RuleInfo* rule = context.rule;
  size_t allowed = context.settings ? context.settings->limits.output_bytes : 0;
  if (context.printed_bytes > allowed) return 0;  // already cut
  std::string line = "[" + (rule ? rule->id : std::string("rule")) + "]";
  for (int i = 1, n = lua_gettop(L); i <= n && line.size() <= allowed; ++i) {
    size_t length = 0;
    const char* text = luaL_tolstring(L, i, &length);  // [args..., text]
    charge_or_stop(L, steps_for_bytes(length));
    line += i == 1 ? " " : "\t";
    line.append(text, std::min(length, allowed + 1 - std::min(allowed + 1, line.size())));
    lua_pop(L, 1);                                      // [args...]
  }
  context.printed_bytes += line.size() + 1;
  if (context.printed_bytes > allowed) {
    std::fprintf(stderr, "[%s] (output cut: more than %zu bytes from this rule on this document)\n",
                 rule ? rule->id.c_str() : "rule", allowed);
    return 0;
  }
  std::fprintf(stderr, "%s\n", line.c_str());
  return 0;
}

// __index of a rule's environment: a misspelt global is an error, not a nil.
int strict_index(lua_State* L) {
  return luaL_error(L, "undeclared global '%s' (declare it with local, or check its spelling)",
                    luaL_tolstring(L, 2, nullptr));
}

// __newindex of a rule's environment: globals are declared with local.
int strict_newindex(lua_State* L) {
  return luaL_error(L, "assignment to undeclared global '%s' (declare it with local)",
                    luaL_tolstring(L, 2, nullptr));
}

// [-0, +1] A shallow copy of the table at `index`, so that a rule changing its copy of
// `string` or `pc` changes nothing for the other rules.
void push_copy(lua_State* L, int index) {
  index = lua_absindex(L, index);
  lua_newtable(L);                    // [copy]
  lua_pushnil(L);                     // [copy, nil]
  while (lua_next(L, index)) {        // [copy, key, value]
    lua_pushvalue(L, -2);             // [copy, key, value, key]
    lua_insert(L, -2);                // [copy, key, key, value]
    lua_rawset(L, -4);                // [copy, key]
  }
  // [copy]
}

bool safe_module_name(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.back() == '.' || name.find("..") != std::string::npos) return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return false;
  return true;
}

// Whether `path` (resolved) lies inside `folder` (resolved).
bool inside(const fs::path& path, const fs::path& folder) {
  auto mismatch = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return mismatch.first == folder.end();
}

void push_env_with_modules(lua_State* L, int modules);

// A module's text as luaL_loadfilex (Lua 5.4's lauxlib.c) hands its file to the parser: a
// UTF-8 BOM left out, and a first line starting with # (after the BOM, or after the part
// of one that matched) left out but its line end kept, so that line numbers stay.
std::string lua_file_text(const std::string& text) {
  static const char kBom[] = "\xEF\xBB\xBF";
  size_t matched = 0;
  while (matched < 3 && matched < text.size() && text[matched] == kBom[matched]) ++matched;
  std::string out = matched == 3 ? std::string() : text.substr(0, matched);
  size_t rest = matched;
  if (rest < text.size() && text[rest] == '#') {
    size_t end = text.find('\n', rest);
    out += '\n';
    rest = end == std::string::npos ? text.size() : end + 1;
  }
  return out.append(text, rest, std::string::npos);
}

int write_bytecode(lua_State*, const void* bytes, size_t size, void* out) {
  static_cast<std::string*>(out)->append(static_cast<const char*>(bytes), size);
  return 0;
}

// [-0, +1] Loads the module file at `path`, as luaL_loadfilex(path, "t") does, from a
// compile kept for the process. Every rule requires lib.common for itself, in every worker
// and every host (`plancheck test` makes one per case), and compiling it again each time
// was most of a small run's start-up (46 M instructions a worker for the default pack).
// What is kept is the bytecode lua_dump gave for a chunk this process compiled from the
// file's text, keyed by the path and that whole text (a file that changes compiles again);
// it is only ever loaded from this memory. Bytecode from anywhere else is still refused:
// rule files and modules are read in text mode, and load takes text only.
int load_module_file(lua_State* L, const std::string& path) {
  std::string text;
  if (std::FILE* file = std::fopen(path.c_str(), "rb")) {
    char buffer[1 << 14];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, n);
    bool failed = std::ferror(file);
    std::fclose(file);
    if (failed) return luaL_loadfilex(L, path.c_str(), "t");  // its message, as before
  } else {
    return luaL_loadfilex(L, path.c_str(), "t");
  }
  static std::mutex mutex;  // workers require at once
  static std::unordered_map<std::string, std::string> bytecode_by_source;
  const std::string chunk_name = "@" + path;
  std::string key = path + '\0' + text;
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (auto hit = bytecode_by_source.find(key); hit != bytecode_by_source.end())
      return luaL_loadbufferx(L, hit->second.data(), hit->second.size(), chunk_name.c_str(), "b");
  }
  const std::string source = lua_file_text(text);
  int status = luaL_loadbufferx(L, source.data(), source.size(), chunk_name.c_str(), "t");
  if (status != LUA_OK) return status;
  std::string bytecode;
  lua_dump(L, write_bytecode, &bytecode, /*strip=*/0);  // with its lines, for error messages
  std::lock_guard<std::mutex> lock(mutex);
  bytecode_by_source.emplace(std::move(key), std::move(bytecode));
  return LUA_OK;
}

// require(name): a module from a rule folder (lib.common → <folder>/lib/common.lua), text
// only, in a sandbox of its own, once per rule (upvalue 1: the rule's module table). The
// file must resolve, symlinks followed, inside a rule folder.
int sandbox_require(lua_State* L) {
  std::string name = luaL_checkstring(L, 1);
  if (!safe_module_name(name))
    return luaL_error(L, "require: '%s' is not a module name (letters, digits, '_', '-', '.')", name.c_str());
  int modules = lua_upvalueindex(1);
  if (lua_getfield(L, modules, name.c_str()) != LUA_TNIL) return 1;  // [name, module]
  lua_pop(L, 1);                                                      // [name]
  std::string relative = name;
  std::replace(relative.begin(), relative.end(), '.', '/');
  relative += ".lua";
  const std::vector<std::string>& dirs = rule_context(L).rule_dirs;
  const std::vector<std::string>& real_dirs = rule_context(L).real_rule_dirs;
  std::string found;
  bool outside = false;
  for (auto dir = dirs.rbegin(); dir != dirs.rend() && found.empty(); ++dir) {
    std::error_code ec;
    fs::path candidate = fs::path(*dir) / relative;
    if (!fs::is_regular_file(candidate, ec)) continue;
    fs::path real = fs::canonical(candidate, ec);
    bool ok = !ec && std::any_of(real_dirs.begin(), real_dirs.end(), [&](const std::string& d) { return inside(real, d); });
    if (ok) found = display_path(candidate.string());
    else outside = true;
  }
  if (found.empty() && outside)
    return luaL_error(L, "require: module '%s' leads outside the rule folders (a symbolic link?)", name.c_str());
  if (found.empty())
    return luaL_error(L, "require: module '%s' not found in the rule folders (looked for %s)", name.c_str(),
                      relative.c_str());
  if (load_module_file(L, found) != LUA_OK) return lua_error(L);             // [name, chunk]
  push_env_with_modules(L, modules);                                         // [name, chunk, env]
  lua_setupvalue(L, -2, 1);                                                  // [name, chunk]
  lua_call(L, 0, 1);                                                         // [name, result]
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);          // [name]
    lua_pushboolean(L, 1);  // [name, true]
  }
  lua_pushvalue(L, -1);                 // [name, result, result]
  lua_setfield(L, modules, name.c_str());  // [name, result] (modules[name] = result)
  return 1;
}

// [-0, +1] A rule environment whose require uses the module table at `modules`.
void push_env_with_modules(lua_State* L, int modules) {
  modules = lua_absindex(L, modules);
  lua_getfield(L, LUA_REGISTRYINDEX, kPristineKey);  // [pristine]
  lua_newtable(L);                                    // [pristine, env]
  lua_pushnil(L);                                     // [pristine, env, nil]
  while (lua_next(L, -3)) {                           // [pristine, env, key, value]
    if (lua_istable(L, -1)) {
      push_copy(L, -1);                               // [pristine, env, key, value, copy]
      lua_replace(L, -2);                             // [pristine, env, key, copy]
    }
    lua_pushvalue(L, -2);                             // [pristine, env, key, value, key]
    lua_insert(L, -2);                                // [pristine, env, key, key, value]
    lua_rawset(L, -4);                                // [pristine, env, key]
  }
  lua_pushvalue(L, -1);                   // [pristine, env, env]
  lua_pushcclosure(L, sandbox_load, 1);   // [pristine, env, load] (load defaults to this env)
  lua_setfield(L, -2, "load");            // [pristine, env]
  lua_pushvalue(L, modules);              // [pristine, env, modules]
  lua_pushcclosure(L, sandbox_require, 1);  // [pristine, env, require]
  lua_setfield(L, -2, "require");         // [pristine, env]
  lua_pushvalue(L, -1);                   // [pristine, env, env]
  lua_setfield(L, -2, "_G");              // [pristine, env]
  lua_newtable(L);                        // [pristine, env, mt]
  lua_pushcfunction(L, strict_index);     // [pristine, env, mt, f]
  lua_setfield(L, -2, "__index");         // [pristine, env, mt]
  lua_pushcfunction(L, strict_newindex);  // [pristine, env, mt, f]
  lua_setfield(L, -2, "__newindex");      // [pristine, env, mt]
  lua_pushliteral(L, "plancheck.env");    // [pristine, env, mt, name]
  lua_setfield(L, -2, "__metatable");     // [pristine, env, mt]
  lua_setmetatable(L, -2);                // [pristine, env]
  lua_remove(L, -2);                      // [env]
}

}  // namespace

void charge_or_stop(lua_State* L, uint64_t steps) {
  RuleContext& context = rule_context(L);
  if (context.charge && !context.charge(L, steps)) luaL_error(L, "rule stopped: over its budget");
}

std::string clip_text(const char* text, size_t length, size_t most) {
  if (length <= most) return std::string(text, length);
  size_t cut = most;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string dropped = std::to_string(length - cut);
  return std::string(text, cut) + "…（截去 " + dropped + " 字节; " + dropped + " bytes cut）";
}

void open_sandbox(lua_State* L) {
  // Only what rules may use is opened: no io, os, debug, package, coroutine.
  luaL_requiref(L, "_G", luaopen_base, 1);        // [G]
  luaL_requiref(L, "string", luaopen_string, 0);  // [G, string]
  luaL_requiref(L, "table", luaopen_table, 0);    // [G, string, table]
  luaL_requiref(L, "math", luaopen_math, 0);      // [G, string, table, math]
  luaL_requiref(L, "utf8", luaopen_utf8, 0);      // [G, string, table, math, utf8]
  install_bounded_patterns(L, -4, rule_context(L).charge);  // Lua's own matcher cannot be stopped

  // Strings reach their library through the string metatable, so what is left out goes
  // there too, and that metatable is locked.
  for (const char* name : kLeftOutOfString) {
    lua_pushnil(L);               // [G, string, table, math, utf8, nil]
    lua_setfield(L, -5, name);    // [G, string, table, math, utf8]
  }
  wrap(L, -4, "rep", bounded_rep);
  for (const char* name : {"upper", "lower", "reverse", "sub", "format", "byte"}) wrap_by_size(L, -4, name, kBytesPerStep);
  wrap(L, -3, "insert", bounded_insert);
  wrap(L, -3, "remove", bounded_remove);
  wrap(L, -3, "move", bounded_move);
  wrap(L, -3, "concat", bounded_concat);
  wrap(L, -3, "unpack", bounded_unpack);
  wrap(L, -3, "sort", bounded_sort);
  for (const char* name : {"len", "codepoint", "offset", "char"}) wrap_by_size(L, -1, name, 8);
  wrap_by_size(L, -5, "tonumber", 8);
  lua_pushliteral(L, "");             // [G, string, table, math, utf8, ""]
  lua_getmetatable(L, -1);            // [G, string, table, math, utf8, "", mt]
  lua_pushliteral(L, "string");       // [G, string, table, math, utf8, "", mt, "string"]
  lua_setfield(L, -2, "__metatable");  // [G, string, table, math, utf8, "", mt]
  lua_pop(L, 2);                      // [G, string, table, math, utf8]

  lua_newtable(L);  // [G, string, table, math, utf8, pristine]
  for (const char* name : kAllowedBase) {
    lua_getfield(L, -6, name);  // [..., pristine, value]
    lua_setfield(L, -2, name);  // [..., pristine]
  }
  for (int i = 0; i < 4; ++i) {
    lua_pushvalue(L, -5 + i);                     // [..., pristine, library]
    lua_setfield(L, -2, kAllowedLibraries[i]);    // [..., pristine]
  }
  push_rule_api(L);                               // [..., pristine, pc]
  lua_setfield(L, -2, "pc");                      // [..., pristine]
  lua_pushvalue(L, -6);                           // [..., pristine, G]
  lua_pushcclosure(L, sandbox_setmetatable, 1);   // [..., pristine, setmetatable]
  lua_setfield(L, -2, "setmetatable");            // [..., pristine]
  lua_pushcfunction(L, sandbox_xpcall);           // [..., pristine, xpcall]
  lua_setfield(L, -2, "xpcall");                  // [..., pristine]
  lua_pushcfunction(L, sandbox_print);            // [..., pristine, print]
  lua_setfield(L, -2, "print");                   // [..., pristine]
  lua_setfield(L, LUA_REGISTRYINDEX, kPristineKey);  // [G, string, table, math, utf8]
  lua_pop(L, 5);                                  // []
}

void push_rule_env(lua_State* L) {
  lua_newtable(L);                 // [modules]
  push_env_with_modules(L, -1);    // [modules, env]
  lua_remove(L, -2);               // [env]
}

}  // namespace plancheck
