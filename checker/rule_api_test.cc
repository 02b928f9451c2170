// Every name the host registers for rules (the `pc` table, node and document methods) is
// documented in docs/rule-api.md, so a rule author never meets an API only the source knows.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "rule_api.h"

using namespace plancheck;

namespace {

// The string keys of the table on top of the stack. [-0, +0]
std::vector<std::string> keys_of(lua_State* L) {
  std::vector<std::string> keys;
  lua_pushnil(L);                    // [t, nil]
  while (lua_next(L, -2)) {          // [t, key, value]
    if (lua_type(L, -2) == LUA_TSTRING) keys.emplace_back(lua_tostring(L, -2));
    lua_pop(L, 1);                   // [t, key]
  }
  return keys;
}

std::string rule_api_md() {
  std::ifstream in(std::string(PLANCHECK_SOURCE_DIR) + "/docs/rule-api.md");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("rule API: every registered name is documented in docs/rule-api.md", "[rule-api]") {
  std::string doc = rule_api_md();
  REQUIRE(!doc.empty());
  lua_State* L = luaL_newstate();
  RunSettings settings;
  RuleContext context;
  context.settings = &settings;
  RuleContext* pointer = &context;
  *static_cast<RuleContext**>(lua_getextraspace(L)) = pointer;

  push_rule_api(L);  // [pc]
  std::vector<std::string> pc = keys_of(L);
  CHECK(pc.size() > 15);
  for (const std::string& name : pc) {
    INFO("pc." << name);
    CHECK(doc.find("`pc." + name) != std::string::npos);
  }
  lua_pop(L, 1);  // []

  luaL_getmetatable(L, kNodeType);  // [mt]
  lua_getfield(L, -1, "__index");   // [mt, methods]
  for (const std::string& name : keys_of(L)) {
    INFO("node:" << name);
    CHECK(doc.find("node:" + name + "(") != std::string::npos);
  }
  lua_pop(L, 2);  // []

  luaL_getmetatable(L, kDocumentType);  // [mt]
  lua_getfield(L, -1, "__index");       // [mt, methods]
  for (const std::string& name : keys_of(L)) {
    INFO("doc:" << name);
    CHECK((doc.find("doc:" + name + "(") != std::string::npos || doc.find("plan:" + name + "(") != std::string::npos));
  }
  lua_pop(L, 2);  // []
  lua_close(L);
}
