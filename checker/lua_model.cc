// The report and plan models (docs/rule-api.md, "Models"): what the structural rules read of
// every task — leads, deadline, status, budget, evidence, metrics, progress, and the plan
// task it answers with its leads, deadline, budget clause and targets — read from the XML
// once, in C++, and handed to every rule as one read-only value (lua_frozen.cc). A report's
// model is built when the first rule asks and kept until the next report; a plan's is
// built once per worker. Dates come as ISO strings and as day numbers (`*_day`, days since
// 1970-01-01), so a rule subtracts instead of parsing.
#include <cstdlib>

#include "dates.h"
#include "rule_api.h"
#include "units.h"

namespace plancheck {

namespace {

void set_string(lua_State* L, const char* key, std::string_view value) {
  lua_pushlstring(L, value.data(), value.size());  // [t, value]
  lua_setfield(L, -2, key);                        // [t]
}

// t[key] = the attribute's value; left nil when the element has no such attribute.
void set_attr(lua_State* L, const char* key, pugi::xml_node node, const char* attr) {
  pugi::xml_attribute a = node.attribute(attr);
  if (a) set_string(L, key, a.value());
}

void set_integer(lua_State* L, const char* key, lua_Integer value) {
  lua_pushinteger(L, value);  // [t, value]
  lua_setfield(L, -2, key);   // [t]
}

void set_node(lua_State* L, const char* key, pugi::xml_node node, const Document* doc, uint64_t generation) {
  push_node(L, node, doc, generation);  // [t, node]
  lua_setfield(L, -2, key);             // [t]
}

// The first child element named `name` (what node:first("name") gives).
pugi::xml_node first_child(pugi::xml_node parent, const char* name) {
  for (pugi::xml_node child = parent.child(name); child; child = child.next_sibling(name))
    if (child.type() == pugi::node_element) return child;
  return {};
}

// [-0, +1] The texts of `task`'s children named `role` ("lead", "responsible"), in order.
std::vector<std::string> unit_names(pugi::xml_node task, const char* role) {
  std::vector<std::string> names;
  for (pugi::xml_node child : task.children(role))
    if (child.type() == pugi::node_element) names.push_back(text_of(child));
  return names;
}

// [-0, +1] A list of strings.
void push_strings(lua_State* L, const std::vector<std::string>& items) {
  lua_createtable(L, static_cast<int>(items.size()), 0);  // [list]
  for (size_t i = 0; i < items.size(); ++i) {
    lua_pushlstring(L, items[i].data(), items[i].size());  // [list, item]
    lua_rawseti(L, -2, static_cast<lua_Integer>(i) + 1);  // [list]
  }
}

// [-0, +1] What the plan asks of `task` for its deadline (common.lua's plan_deadline, once):
// {date, day, text}, {month, text} (recurring yearly), or nil.
void push_plan_deadline(lua_State* L, const Plan& plan, pugi::xml_node task) {
  pugi::xml_node node = first_child(task, "deadline");
  if (!node) {
    lua_pushnil(L);
    return;
  }
  std::string text = node.attribute("text") ? node.attribute("text").value() : text_of(node);
  if (std::string_view(node.attribute("recurs").value()) == "yearly") {
    char* end = nullptr;
    const char* month_text = node.attribute("month").value();
    long month = std::strtol(month_text, &end, 10);
    if (end == month_text || *end != '\0') {  // tonumber(...) would give nil
      lua_pushnil(L);
      return;
    }
    lua_createtable(L, 0, 2);  // [deadline]
    set_integer(L, "month", month);
    set_string(L, "text", text);
    return;
  }
  std::string iso = text_of(node);
  if (iso.empty()) {
    Deadline read = read_deadline(text, plan.reference_year());
    if (read.kind != DeadlineKind::Date) {
      lua_pushnil(L);
      return;
    }
    iso = read.last.iso();
  }
  lua_createtable(L, 0, 3);  // [deadline]
  set_string(L, "date", iso);
  if (auto date = Date::parse_iso(iso)) set_integer(L, "day", date->days());
  set_string(L, "text", text);
}

// [-0, +1] One plan task's record.
void push_plan_task(lua_State* L, const Plan& plan, pugi::xml_node task, pugi::xml_node plan_budget) {
  const Document* doc = &plan.document();
  lua_createtable(L, 0, 12);  // [task]
  set_node(L, "node", task, doc, 0);
  set_attr(L, "id", task, "id");
  if (pugi::xml_node title = first_child(task, "title")) set_string(L, "title", text_of(title));
  std::vector<std::string> leads = unit_names(task, "lead"), responsible = unit_names(task, "responsible");
  push_strings(L, leads);        // [task, leads]
  lua_setfield(L, -2, "leads");  // [task]
  push_strings(L, responsible);  // [task, responsible]
  lua_setfield(L, -2, "responsible");
  // The units a report's lead must be among: the leads, else (seed 003) the responsible
  // units; never a group name (各镇（街道）).
  bool from_responsible = leads.empty();
  std::vector<std::string> candidates;
  for (const std::string& name : from_responsible ? responsible : leads)
    if (!plan.units().is_collective(name)) candidates.push_back(name);
  push_strings(L, candidates);  // [task, candidates]
  lua_setfield(L, -2, "lead_candidates");
  lua_pushboolean(L, from_responsible);  // [task, from_responsible]
  lua_setfield(L, -2, "leads_from_responsible");
  push_plan_deadline(L, plan, task);  // [task, deadline or nil]
  lua_setfield(L, -2, "deadline");
  // The budget clause that covers the task: its own, else the plan's.
  pugi::xml_node budget;
  for (pugi::xml_node b : task.children("budget"))
    if (b.type() == pugi::node_element && std::string_view(b.attribute("required").value()) == "true") {
      budget = b;
      break;
    }
  set_node(L, "budget", budget ? budget : plan_budget, doc, 0);
  lua_newtable(L);  // [task, targets]
  lua_Integer n = 0;
  for (pugi::xml_node target : task.children("target")) {
    if (target.type() != pugi::node_element) continue;
    lua_createtable(L, 0, 6);  // [task, targets, target]
    set_node(L, "node", target, doc, 0);
    for (const char* attr : {"metric", "unit", "min", "max", "text"}) set_attr(L, attr, target, attr);
    lua_rawseti(L, -2, ++n);  // [task, targets]
  }
  lua_setfield(L, -2, "targets");  // [task]
}

// [-0, +1] The plan's model, frozen: {tasks = {...}, by_id = {[id] = task}}. by_id holds
// the task plan:task(id) gives, the one reports are checked against.
void build_plan_model(lua_State* L, const Plan& plan) {
  pugi::xml_node plan_budget;
  for (pugi::xml_node b : plan.document().root().children("budget"))
    if (b.type() == pugi::node_element && std::string_view(b.attribute("required").value()) == "true") {
      plan_budget = b;
      break;
    }
  lua_createtable(L, 0, 2);  // [model]
  lua_createtable(L, static_cast<int>(plan.tasks().size()), 0);  // [model, tasks]
  lua_newtable(L);                                                // [model, tasks, by_id]
  lua_Integer n = 0;
  for (pugi::xml_node task : plan.tasks()) {
    push_plan_task(L, plan, task, plan_budget);  // [model, tasks, by_id, task]
    freeze_top(L);  // [model, tasks, by_id, task] (frozen once, so tasks[i] and by_id[id] are one value)
    const char* id = task.attribute("id").value();
    if (plan.task(id) == task) {
      lua_pushvalue(L, -1);      // [model, tasks, by_id, task, task]
      lua_setfield(L, -3, id);   // [model, tasks, by_id, task]
    }
    lua_rawseti(L, -3, ++n);     // [model, tasks, by_id]
  }
  lua_setfield(L, -3, "by_id");  // [model, tasks]
  lua_setfield(L, -2, "tasks");  // [model]
  freeze_top(L);                 // [frozen model]
}

// [-0, +1] One reported task's record; `by_id` (absolute index or 0) is the plan model's
// by_id as the host sees it (the table behind the frozen view).
void push_report_task(lua_State* L, const Document& report, uint64_t generation, pugi::xml_node task, int by_id,
                      int year) {
  const Document* doc = &report;
  lua_createtable(L, 0, 12);  // [task]
  set_node(L, "node", task, doc, generation);
  const char* ref = task.attribute("ref").value();
  set_string(L, "ref", ref);
  set_attr(L, "status", task, "status");
  if (by_id) {
    lua_getfield(L, by_id, ref);   // [task, plan task or nil]
    lua_setfield(L, -2, "plan");   // [task]
  }
  // task[key] = a list of one record per child element `name`, each {node = …} plus what
  // `fill` sets on it (the record on top of the stack).
  auto set_children = [&](const char* key, const char* name, int fields, auto fill) {
    lua_newtable(L);  // [task, list]
    lua_Integer n = 0;
    for (pugi::xml_node child : task.children(name)) {
      if (child.type() != pugi::node_element) continue;
      lua_createtable(L, 0, fields);  // [task, list, item]
      set_node(L, "node", child, doc, generation);
      fill(child);
      freeze_top(L, false);     // [task, list, frozen item]
      lua_rawseti(L, -2, ++n);  // [task, list]
    }
    freeze_top(L, false);      // [task, frozen list]
    lua_setfield(L, -2, key);  // [task]
  };
  set_children("leads", "lead", 3, [&](pugi::xml_node lead) {
    std::string text = text_of(lead);
    set_string(L, "name", normalize_unit_name(text));
    set_string(L, "text", text);
  });
  if (pugi::xml_node node = first_child(task, "deadline")) {
    std::string text = text_of(node);
    Deadline read = read_deadline(text, year);
    lua_createtable(L, 0, 8);  // [task, deadline]
    set_node(L, "node", node, doc, generation);
    set_string(L, "text", text);
    switch (read.kind) {
      case DeadlineKind::Date: set_string(L, "kind", "date"); break;
      case DeadlineKind::Recurring: set_string(L, "kind", "recurring"); break;
      case DeadlineKind::OpenEnded: set_string(L, "kind", "open"); break;
      case DeadlineKind::None: set_string(L, "kind", "none"); break;
    }
    if (read.kind == DeadlineKind::Date) {
      set_string(L, "first", read.first.iso());
      set_string(L, "last", read.last.iso());
      set_integer(L, "last_day", read.last.days());
    }
    if (read.kind == DeadlineKind::Recurring) set_integer(L, "month", read.month);
    freeze_top(L, false);             // [task, frozen deadline]
    lua_setfield(L, -2, "deadline");  // [task]
  }
  if (pugi::xml_node budget = first_child(task, "budget")) {
    lua_createtable(L, 0, 3);  // [task, budget]
    set_node(L, "node", budget, doc, generation);
    set_attr(L, "included", budget, "included");
    set_attr(L, "source", budget, "source");
    freeze_top(L, false);           // [task, frozen budget]
    lua_setfield(L, -2, "budget");  // [task]
  }
  set_children("evidence", "evidence", 2, [&](pugi::xml_node evidence) { set_attr(L, "href", evidence, "href"); });
  set_children("metrics", "metric", 5, [&](pugi::xml_node metric) {
    for (const char* attr : {"name", "value", "unit", "approx"}) set_attr(L, attr, metric, attr);
  });
  set_children("progress", "progress", 2, [&](pugi::xml_node progress) { set_string(L, "text", text_of(progress)); });
}

// [-0, +1] The plan model of `plan`, built once per state (plans live for the run).
void push_plan_model(lua_State* L, const Plan& plan) {
  RuleContext& context = rule_context(L);
  auto found = context.plan_models.find(&plan);
  if (found != context.plan_models.end()) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, found->second);  // [model]
    return;
  }
  charge_or_stop(L, 1 + plan.tasks().size() * 8);
  build_plan_model(L, plan);                           // [model]
  lua_pushvalue(L, -1);                                // [model, model]
  context.plan_models.emplace(&plan, luaL_ref(L, LUA_REGISTRYINDEX));  // [model]
}

// [-0, +1] The report's model, frozen: {tasks = {...}, by_ref = {[ref] = first task}}.
void build_report_model(lua_State* L, const Document& report, uint64_t generation) {
  RuleContext& context = rule_context(L);
  int top = lua_gettop(L);
  int by_id = 0;
  int year = context.settings->as_of.year;  // as pc.deadline without a plan
  if (context.plan) {
    push_plan_model(L, *context.plan);  // [plan model]
    lua_getfield(L, -1, "by_id");       // [plan model, by_id (frozen)]
    lua_getiuservalue(L, -1, 1);        // [plan model, by_id, shown by_id]
    by_id = lua_gettop(L);
    year = context.plan->reference_year();  // as pc.deadline(text, plan:year())
  }
  std::vector<pugi::xml_node> tasks;
  for (pugi::xml_node task : report.root().children("task"))
    if (task.type() == pugi::node_element) tasks.push_back(task);
  charge_or_stop(L, 1 + tasks.size() * 16);
  lua_createtable(L, 0, 2);                               // [..., model]
  lua_createtable(L, static_cast<int>(tasks.size()), 0);  // [..., model, tasks]
  lua_newtable(L);                                        // [..., model, tasks, by_ref]
  for (size_t i = 0; i < tasks.size(); ++i) {
    push_report_task(L, report, generation, tasks[i], by_id, year);  // [..., model, tasks, by_ref, task]
    freeze_top(L, false);  // [..., model, tasks, by_ref, task] (its tables frozen as they were built)
    const char* ref = tasks[i].attribute("ref").value();
    if (lua_getfield(L, -2, ref) == LUA_TNIL) {  // [..., by_ref, task, old]: the first of a ref
      lua_pushvalue(L, -2);                      // [..., by_ref, task, old, task]
      lua_setfield(L, -4, ref);                  // [..., by_ref, task, old]
    }
    lua_pop(L, 1);                                         // [..., model, tasks, by_ref, task]
    lua_rawseti(L, -3, static_cast<lua_Integer>(i) + 1);  // [..., model, tasks, by_ref]
  }
  freeze_top(L, false);           // [..., model, tasks, frozen by_ref] (of frozen tasks)
  lua_setfield(L, -3, "by_ref");  // [..., model, tasks]
  freeze_top(L, false);           // [..., model, frozen tasks]
  lua_setfield(L, -2, "tasks");   // [..., model]
  freeze_top(L, false);           // [..., frozen model]
  lua_copy(L, -1, top + 1);       // [frozen model, ...]
  lua_settop(L, top + 1);         // [frozen model]
}

// doc:model() → the report's or the plan's model (see the top of this file). A report's is
// built when the first rule asks and kept for the others until the next report.
int document_model(lua_State* L) {
  DocumentRef& ref = check_document(L, 1);
  if (ref.plan) {
    push_plan_model(L, *ref.plan);  // [doc, model]
    return 1;
  }
  RuleContext& context = rule_context(L);
  if (ref.doc != context.report)
    return luaL_argerror(L, 1, "only the report being checked has a model");
  if (context.report_model_ref != LUA_NOREF && context.report_model_generation == ref.generation) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, context.report_model_ref);  // [doc, model]
    return 1;
  }
  luaL_unref(L, LUA_REGISTRYINDEX, context.report_model_ref);  // the last report's, if any
  context.report_model_ref = LUA_NOREF;
  build_report_model(L, *ref.doc, ref.generation);            // [doc, model]
  lua_pushvalue(L, -1);                                       // [doc, model, model]
  context.report_model_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // [doc, model]
  context.report_model_generation = ref.generation;
  return 1;
}

}  // namespace

const luaL_Reg kModelMethods[] = {{"model", document_model}, {nullptr, nullptr}};

}  // namespace plancheck
