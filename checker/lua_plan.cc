// A plan's methods on its document userdata (docs/rule-api.md, "Plans"): id, issue date,
// tasks and the plan's unit names. Called on a report, they raise an error.
#include "rule_api.h"
#include "units.h"

namespace plancheck {

namespace {

const Plan& check_plan(lua_State* L, int arg) {
  DocumentRef& ref = check_document(L, arg);
  if (!ref.plan) luaL_argerror(L, arg, "this document is a report, not a plan");
  return *ref.plan;
}

// plan:id() → the plan's id
int plan_id(lua_State* L) {
  lua_pushstring(L, check_plan(L, 1).id().c_str());
  return 1;
}

// plan:issued() → the issue date (ISO), or nil
int plan_issued(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  if (plan.issued().valid()) lua_pushstring(L, plan.issued().iso().c_str());
  else lua_pushnil(L);
  return 1;
}

// plan:year() → the year dates without one are read in
int plan_year(lua_State* L) {
  lua_pushinteger(L, check_plan(L, 1).reference_year());
  return 1;
}

// plan:task(id) → the first task with that id, or nil
int plan_task(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  push_node(L, plan.task(luaL_checkstring(L, 2)), &plan.document(), 0);
  return 1;
}

// plan:tasks() → every task, in order
int plan_tasks(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  lua_createtable(L, static_cast<int>(plan.tasks().size()), 0);
  int index = 0;
  for (pugi::xml_node task : plan.tasks()) {
    push_node(L, task, &plan.document(), 0);
    lua_rawseti(L, -2, ++index);
  }
  return 1;
}

// plan:same_unit(a, b) → whether two names are one unit of this plan
int plan_same_unit(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  lua_pushboolean(L, plan.units().same_unit(luaL_checkstring(L, 2), luaL_checkstring(L, 3)));
  return 1;
}

// plan:canonical_unit(name) → the unit's full name in this plan, or nil
int plan_canonical_unit(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  auto name = plan.units().canonical(luaL_checkstring(L, 2));
  if (name) lua_pushstring(L, name->c_str());
  else lua_pushnil(L);
  return 1;
}

// plan:is_collective(name) → whether the name is a group (各镇（街道）), not one unit
int plan_is_collective(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  lua_pushboolean(L, plan.units().is_collective(luaL_checkstring(L, 2)));
  return 1;
}

}  // namespace

const luaL_Reg kPlanMethods[] = {
    {"id", plan_id},
    {"issued", plan_issued},
    {"year", plan_year},
    {"task", plan_task},
    {"tasks", plan_tasks},
    {"same_unit", plan_same_unit},
    {"canonical_unit", plan_canonical_unit},
    {"is_collective", plan_is_collective},
    {nullptr, nullptr}};

}  // namespace plancheck
