#include "rule_hints.h"

#include <set>

#include <lua.hpp>

#include "rule_api.h"
#include "suggest.h"

namespace plancheck {

bool removed_by_sandbox(const std::string& name) {
  static const std::set<std::string> kRemoved = {"io",       "os",         "debug",          "package", "coroutine",
                                                 "dofile",   "loadfile",   "loadstring",     "module",  "collectgarbage"};
  return kRemoved.count(name) > 0;
}

namespace {

// The quoted name after `marker` in `message`: "global 'io'" → io.
std::string quoted_after(const std::string& message, const std::string& marker) {
  size_t at = message.find(marker);
  if (at == std::string::npos) return "";
  size_t begin = at + marker.size();
  size_t end = message.find('\'', begin);
  return end == std::string::npos ? "" : message.substr(begin, end - begin);
}

// [-0, +0] The string keys of the table at `index`.
void add_keys(lua_State* L, int index, std::vector<std::string>& out) {
  index = lua_absindex(L, index);
  lua_pushnil(L);                 // [key]
  while (lua_next(L, index)) {    // [key, value]
    if (lua_type(L, -2) == LUA_TSTRING) out.push_back(lua_tostring(L, -2));
    lua_pop(L, 1);                // [key]
  }
}

}  // namespace

std::string explain_rule_failure(const std::string& message, const std::vector<std::string>& known,
                                 const std::string& lang) {
  bool english = lang == "en";
  const std::string undeclared = "undeclared global '";
  std::string name = quoted_after(message, undeclared);
  if (!name.empty() && removed_by_sandbox(name)) {
    // Not a typo: say what happened instead of Lua's "undeclared global".
    size_t at = message.find(undeclared);
    if (at >= 14 && message.compare(at - 14, 14, "assignment to ") == 0) at -= 14;
    return message.substr(0, at) +
           (english ? name + " is removed by the sandbox: rules cannot read or write files, run programs or reach "
                             "the network (docs/security.md)"
                    : name + " 已被沙箱移除：规则不能读写文件、运行程序或联网（见 docs/security.md）");
  }
  if (name.empty()) name = quoted_after(message, "(field '");
  if (name.empty()) name = quoted_after(message, "(method '");
  if (name.empty()) name = quoted_after(message, "(global '");
  std::string suggestion = name.empty() ? "" : closest_name(name, known);
  if (suggestion.empty()) return message;
  return message + (english ? " (did you mean " + suggestion + "?)" : "——你是不是要用 " + suggestion + "？");
}

std::vector<std::string> rule_api_names(lua_State* L, const char* env_key) {
  std::vector<std::string> names;
  if (lua_getfield(L, LUA_REGISTRYINDEX, env_key) == LUA_TTABLE) {  // [env]
    add_keys(L, -1, names);
    if (lua_getfield(L, -1, "pc") == LUA_TTABLE) add_keys(L, -1, names);  // [env, pc]
    lua_pop(L, 1);                                                       // [env]
  }
  lua_pop(L, 1);  // []
  for (const char* type : {kNodeType, kDocumentType}) {
    int top = lua_gettop(L);
    if (luaL_getmetatable(L, type) == LUA_TTABLE &&    // [mt]
        lua_getfield(L, -1, "__index") == LUA_TTABLE)  // [mt, methods]
      add_keys(L, -1, names);
    lua_settop(L, top);  // []
  }
  return names;
}

}  // namespace plancheck
