// Read-only views of tables the host builds once and hands to every rule (docs/rule-api.md,
// "Read-only values"): the per-report model and the plan model (lua_model.cc).
//
// Stock Lua 5.4 has no read-only tables (Redis patches its Lua for lua_enablereadonlytable),
// and a table behind a metatable is still open to rawset, which the sandbox allows. So a
// frozen value is a userdata whose user value is the table it shows: rawset, rawget and
// next refuse a userdata, and the one metatable all frozen values share (locked by
// __metatable) reads the table for them. No rule can reach the table itself. (A metatable
// per value with the table as __index would save the C call on each read, but building
// one per value cost more than the reads it saved: bench/RESULTS.md.)
#include "rule_api.h"

namespace plancheck {

namespace {

constexpr const char* kFrozenType = "plancheck.frozen";
constexpr const char* kFrozenName = "read-only";  // what getmetatable shows

// The table a frozen value shows: its user value. [-0, +1]
void push_shown(lua_State* L, int frozen) {
  lua_getiuservalue(L, frozen, 1);  // [shown]
}

// t[key] → the shown table's value, or nil
int frozen_index(lua_State* L) {
  lua_settop(L, 2);      // [t, key]
  push_shown(L, 1);      // [t, key, shown]
  lua_insert(L, 2);      // [t, shown, key]
  lua_rawget(L, 2);      // [t, shown, value]
  return 1;
}

// t[key] = value, rawset aside: refused, whoever asks.
int frozen_newindex(lua_State* L) {
  return luaL_error(L, "this table is read-only: the host shares it between rules (copy what you want to change)");
}

// #t
int frozen_len(lua_State* L) {
  push_shown(L, 1);                                        // [t, shown]
  lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));  // [t, shown, n]
  return 1;
}

// The iterator pairs(t) returns: next over the shown table, called with the frozen value,
// so the shown table is never handed out.
int frozen_next(lua_State* L) {
  lua_settop(L, 2);      // [t, key]
  push_shown(L, 1);      // [t, key, shown]
  lua_insert(L, 2);      // [t, shown, key]
  if (lua_next(L, 2)) return 2;  // [t, shown, key', value]
  lua_pushnil(L);        // [t, shown, nil]
  return 1;
}

// pairs(t) → frozen_next, t, nil
int frozen_pairs(lua_State* L) {
  lua_pushcfunction(L, frozen_next);  // [t, next]
  lua_pushvalue(L, 1);                // [t, next, t]
  lua_pushnil(L);                     // [t, next, t, nil]
  return 3;
}

int frozen_tostring(lua_State* L) {
  lua_pushfstring(L, "read-only table: %p", lua_topointer(L, 1));
  return 1;
}

// Whether the value at `index` is a plain table (no metatable), which freezing covers.
bool plain_table(lua_State* L, int index) {
  if (!lua_istable(L, index)) return false;
  if (!lua_getmetatable(L, index)) return true;  // [] or [mt]
  lua_pop(L, 1);                                 // []
  return false;
}

}  // namespace

void freeze_top(lua_State* L, bool walk) {
  luaL_checkstack(L, 8, "freezing a table");
  int shown = lua_gettop(L);  // [shown]
  // Nested plain tables first, each replaced in `shown` by its frozen view.
  if (walk) lua_pushnil(L);                        // [shown, nil]
  while (walk && lua_next(L, shown)) {             // [shown, key, value]
    if (plain_table(L, -1)) {
      freeze_top(L);                               // [shown, key, frozen]
      lua_pushvalue(L, -2);                        // [shown, key, frozen, key]
      lua_insert(L, -2);                           // [shown, key, key, frozen]
      lua_rawset(L, shown);                        // [shown, key] (a field that exists: next goes on)
    } else {
      lua_pop(L, 1);                               // [shown, key]
    }
  }                                                // [shown]
  lua_newuserdatauv(L, 0, 1);                      // [shown, frozen]
  lua_pushvalue(L, shown);                         // [shown, frozen, shown]
  lua_setiuservalue(L, -2, 1);                     // [shown, frozen]
  luaL_setmetatable(L, kFrozenType);               // [shown, frozen]
  lua_replace(L, shown);                           // [frozen]
}

void register_frozen_type(lua_State* L) {
  static const luaL_Reg meta[] = {{"__index", frozen_index},   {"__newindex", frozen_newindex},
                                  {"__len", frozen_len},       {"__pairs", frozen_pairs},
                                  {"__tostring", frozen_tostring}, {nullptr, nullptr}};
  luaL_newmetatable(L, kFrozenType);   // [mt]
  luaL_setfuncs(L, meta, 0);           // [mt]
  lua_pushstring(L, kFrozenName);      // [mt, name]
  lua_setfield(L, -2, "__metatable");  // [mt] (getmetatable gives the name, never the table)
  lua_pushliteral(L, "read-only table");  // [mt, name]
  lua_setfield(L, -2, "__name");       // [mt] (what argument errors call it)
  lua_pop(L, 1);                       // []
}

}  // namespace plancheck
