#include "rule_api.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <filesystem>

#include "conflicts.h"
#include "masks.h"
#include "metrics.h"
#include "dates.h"
#include "quantities.h"
#include "repeats.h"
#include "units.h"

namespace plancheck {

RuleContext& rule_context(lua_State* L) { return **static_cast<RuleContext**>(lua_getextraspace(L)); }

namespace {

constexpr const char* kNodeType = "plancheck.node";
constexpr const char* kDocumentType = "plancheck.document";

struct NodeRef {
  pugi::xml_node node;
  const Document* doc;
  uint64_t generation;
};

struct DocumentRef {
  const Document* doc;
  const Plan* plan;  // set when the document is a loaded plan
  uint64_t generation;
};

void check_alive(lua_State* L, uint64_t generation) {
  if (generation != 0 && generation != rule_context(L).generation)
    luaL_error(L, "this node belongs to a report that is no longer being checked "
                  "(keep strings and numbers between calls, not nodes)");
}

// luaL_checkudata with a hint for the usual slip: task.attr("ref") for task:attr("ref").
void* check_userdata(lua_State* L, int arg, const char* type, const char* what) {
  void* ref = luaL_testudata(L, arg, type);
  if (!ref)
    luaL_argerror(L, arg, lua_pushfstring(L, "%s expected, got %s%s", what, luaL_typename(L, arg),
                                          arg == 1 ? " (call methods with ':', as in task:attr(\"ref\"))" : ""));
  return ref;
}

NodeRef& check_node(lua_State* L, int arg) {
  auto* ref = static_cast<NodeRef*>(check_userdata(L, arg, kNodeType, "a node"));
  check_alive(L, ref->generation);
  return *ref;
}

DocumentRef& check_document(lua_State* L, int arg) {
  auto* ref = static_cast<DocumentRef*>(check_userdata(L, arg, kDocumentType, "a document"));
  check_alive(L, ref->generation);
  return *ref;
}

// [-0, +1]
void push_node(lua_State* L, pugi::xml_node node, const Document* doc, uint64_t generation) {
  if (!node || node.type() == pugi::node_document) {
    lua_pushnil(L);
    return;
  }
  auto* ref = static_cast<NodeRef*>(lua_newuserdatauv(L, sizeof(NodeRef), 0));
  new (ref) NodeRef{node, doc, generation};
  luaL_setmetatable(L, kNodeType);
}

// The XPath context a method is called on: a node, or a document's document node.
struct Context {
  pugi::xml_node node;
  const Document* doc;
  uint64_t generation;
};

Context check_context(lua_State* L, int arg) {
  if (luaL_testudata(L, arg, kDocumentType)) {
    DocumentRef& ref = check_document(L, arg);
    return {ref.doc->xml(), ref.doc, ref.generation};
  }
  NodeRef& ref = check_node(L, arg);
  return {ref.node, ref.doc, ref.generation};
}

// Whether `expression` is one XML name and nothing else: an XPath that selects the child
// elements of that name. Names with a ':' (a prefix) are left to pugixml.
bool is_child_name(const std::string& expression) {
  if (expression.empty()) return false;
  auto start = [](unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; };
  if (!start(static_cast<unsigned char>(expression[0]))) return false;
  for (unsigned char c : expression)
    if (!start(c) && !std::isdigit(c) && c != '-' && c != '.') return false;
  return true;
}

// The compiled query for the XPath string at `arg`, compiled on first use in this
// lua_State and kept for every later document.
const RuleContext::CompiledQuery& compiled_query(lua_State* L, int arg) {
  size_t length = 0;
  const char* text = luaL_checklstring(L, arg, &length);
  auto& cache = rule_context(L).xpath_cache;
  std::string expression(text, length);
  auto found = cache.find(expression);
  if (found != cache.end()) return found->second;
  std::string problem;
  try {
    RuleContext::CompiledQuery compiled{std::make_unique<pugi::xpath_query>(expression.c_str()), ""};
    if (is_child_name(expression)) compiled.child_name = expression;
    return cache.emplace(expression, std::move(compiled)).first->second;
  } catch (const pugi::xpath_exception& e) {
    problem = std::string("invalid XPath '") + expression + "': " + e.what();
  }
  luaL_argerror(L, arg, problem.c_str());
  static const RuleContext::CompiledQuery kNone;
  return kNone;  // not reached: luaL_argerror raises
}

// Runs `evaluate` and turns a pugixml exception into a Lua error at the rule's line.
template <typename F>
void evaluate_xpath(lua_State* L, F evaluate) {
  std::string problem;
  try {
    evaluate();
    return;
  } catch (const pugi::xpath_exception& e) {
    problem = std::string("XPath: ") + e.what();
  } catch (const std::bad_alloc&) {
    problem = "XPath: out of memory";
  }
  luaL_error(L, "%s", problem.c_str());
}

// node:select(xpath) / doc:select(xpath): every matching node, in document order.
int api_select(lua_State* L) {
  Context context = check_context(L, 1);
  const RuleContext::CompiledQuery& compiled = compiled_query(L, 2);
  if (!compiled.child_name.empty()) {  // "p", "lead": the children, no XPath machinery
    lua_newtable(L);
    int index = 0;
    for (pugi::xml_node child : context.node.children(compiled.child_name.c_str()))
      if (child.type() == pugi::node_element) {
        push_node(L, child, context.doc, context.generation);
        lua_rawseti(L, -2, ++index);
      }
    return 1;
  }
  const pugi::xpath_query& query = *compiled.query;
  if (query.return_type() != pugi::xpath_type_node_set)
    return luaL_argerror(L, 2, "the XPath does not select nodes (use value() for strings and numbers)");
  pugi::xpath_node_set found;
  evaluate_xpath(L, [&] { found = query.evaluate_node_set(context.node); });
  found.sort();
  lua_createtable(L, static_cast<int>(found.size()), 0);
  int index = 0;
  for (const pugi::xpath_node& hit : found) {
    pugi::xml_node node = hit.node() ? hit.node() : hit.parent();  // an attribute: its element
    push_node(L, node, context.doc, context.generation);
    lua_rawseti(L, -2, ++index);
  }
  return 1;
}

// node:first(xpath): the first matching node, or nil.
int api_first(lua_State* L) {
  Context context = check_context(L, 1);
  const RuleContext::CompiledQuery& compiled = compiled_query(L, 2);
  if (!compiled.child_name.empty()) {
    pugi::xml_node child = context.node.child(compiled.child_name.c_str());
    while (child && child.type() != pugi::node_element) child = child.next_sibling(compiled.child_name.c_str());
    push_node(L, child, context.doc, context.generation);
    return 1;
  }
  const pugi::xpath_query& query = *compiled.query;
  if (query.return_type() != pugi::xpath_type_node_set)
    return luaL_argerror(L, 2, "the XPath does not select nodes (use value() for strings and numbers)");
  pugi::xpath_node hit;
  evaluate_xpath(L, [&] { hit = query.evaluate_node(context.node); });
  push_node(L, hit.node() ? hit.node() : hit.parent(), context.doc, context.generation);
  return 1;
}

// node:value(xpath): a string, number or boolean XPath result (count(task), string(@ref)).
int api_value(lua_State* L) {
  Context context = check_context(L, 1);
  const pugi::xpath_query& query = *compiled_query(L, 2).query;
  evaluate_xpath(L, [&] {
    switch (query.return_type()) {
      case pugi::xpath_type_number: lua_pushnumber(L, query.evaluate_number(context.node)); break;
      case pugi::xpath_type_boolean: lua_pushboolean(L, query.evaluate_boolean(context.node)); break;
      default: lua_pushstring(L, query.evaluate_string(context.node).c_str()); break;
    }
  });
  return 1;
}

int node_name(lua_State* L) {
  lua_pushstring(L, local_name(check_node(L, 1).node.name()));
  return 1;
}

int node_text(lua_State* L) {
  std::string text = text_of(check_node(L, 1).node);
  lua_pushlstring(L, text.data(), text.size());
  return 1;
}

int node_attr(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  pugi::xml_attribute attr = ref.node.attribute(luaL_checkstring(L, 2));
  if (attr) lua_pushstring(L, attr.value());
  else lua_pushnil(L);
  return 1;
}

int node_line(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  lua_pushinteger(L, ref.doc->position_of(ref.node).line);
  return 1;
}

int node_column(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  lua_pushinteger(L, ref.doc->position_of(ref.node).column);
  return 1;
}

int node_parent(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  push_node(L, ref.node.parent(), ref.doc, ref.generation);
  return 1;
}

int node_tostring(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  SourcePosition at = ref.doc->position_of(ref.node);
  lua_pushfstring(L, "<%s> at %s:%d:%d", local_name(ref.node.name()), ref.doc->path().c_str(), at.line, at.column);
  return 1;
}

int node_equal(lua_State* L) {
  auto* a = static_cast<NodeRef*>(luaL_testudata(L, 1, kNodeType));
  auto* b = static_cast<NodeRef*>(luaL_testudata(L, 2, kNodeType));
  lua_pushboolean(L, a && b && a->node == b->node);
  return 1;
}

int document_path(lua_State* L) {
  lua_pushstring(L, check_document(L, 1).doc->path().c_str());
  return 1;
}

int document_root(lua_State* L) {
  DocumentRef& ref = check_document(L, 1);
  push_node(L, ref.doc->root(), ref.doc, ref.generation);
  return 1;
}

const Plan& check_plan(lua_State* L, int arg) {
  DocumentRef& ref = check_document(L, arg);
  if (!ref.plan) luaL_argerror(L, arg, "this document is a report, not a plan");
  return *ref.plan;
}

int plan_id(lua_State* L) {
  lua_pushstring(L, check_plan(L, 1).id().c_str());
  return 1;
}

int plan_issued(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  if (plan.issued().valid()) lua_pushstring(L, plan.issued().iso().c_str());
  else lua_pushnil(L);
  return 1;
}

int plan_year(lua_State* L) {
  lua_pushinteger(L, check_plan(L, 1).reference_year());
  return 1;
}

int plan_task(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  push_node(L, plan.task(luaL_checkstring(L, 2)), &plan.document(), 0);
  return 1;
}

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

int plan_same_unit(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  lua_pushboolean(L, plan.units().same_unit(luaL_checkstring(L, 2), luaL_checkstring(L, 3)));
  return 1;
}

int plan_canonical_unit(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  auto name = plan.units().canonical(luaL_checkstring(L, 2));
  if (name) lua_pushstring(L, name->c_str());
  else lua_pushnil(L);
  return 1;
}

int plan_is_collective(lua_State* L) {
  const Plan& plan = check_plan(L, 1);
  lua_pushboolean(L, plan.units().is_collective(luaL_checkstring(L, 2)));
  return 1;
}

std::vector<std::string> check_string_list(lua_State* L, int arg) {
  luaL_checktype(L, arg, LUA_TTABLE);
  std::vector<std::string> items;
  lua_Integer n = luaL_len(L, arg);
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_geti(L, arg, i);
    if (!lua_isstring(L, -1)) luaL_argerror(L, arg, "a list of strings expected");
    items.emplace_back(lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  return items;
}

// Views of the strings in the list at `arg`, which keeps them alive while the calling C
// function runs: no copy of a scope's text (a 100 MB report's narrative).
std::vector<std::string_view> check_string_views(lua_State* L, int arg) {
  luaL_checktype(L, arg, LUA_TTABLE);
  std::vector<std::string_view> views;
  for (lua_Integer i = 1, n = luaL_len(L, arg); i <= n; ++i) {
    if (lua_geti(L, arg, i) != LUA_TSTRING) luaL_argerror(L, arg, "a list of strings expected");
    size_t length = 0;
    const char* text = lua_tolstring(L, -1, &length);
    views.emplace_back(text, length);
    lua_pop(L, 1);
  }
  return views;
}

std::string check_std_string(lua_State* L, int arg) {
  size_t length = 0;
  const char* text = luaL_checklstring(L, arg, &length);
  return std::string(text, length);
}

Date check_date(lua_State* L, int arg) {
  const char* text = luaL_checkstring(L, arg);
  auto date = Date::parse_iso(text);
  if (!date) luaL_argerror(L, arg, lua_pushfstring(L, "an ISO date (YYYY-MM-DD) expected, got '%s'", text));
  return *date;
}

void set_string_field(lua_State* L, const char* key, std::string_view value) {
  lua_pushlstring(L, value.data(), value.size());
  lua_setfield(L, -2, key);
}

void set_integer_field(lua_State* L, const char* key, lua_Integer value) {
  lua_pushinteger(L, value);
  lua_setfield(L, -2, key);
}

const char* deadline_kind_name(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::Date: return "date";
    case DeadlineKind::Recurring: return "recurring";
    case DeadlineKind::OpenEnded: return "open";
    case DeadlineKind::None: break;
  }
  return "none";
}

// [-0, +1] {kind=, first=, last=, month=, text=}
void push_deadline(lua_State* L, const Deadline& deadline) {
  lua_createtable(L, 0, 5);
  set_string_field(L, "kind", deadline_kind_name(deadline.kind));
  if (deadline.kind == DeadlineKind::Date) {
    set_string_field(L, "first", deadline.first.iso());
    set_string_field(L, "last", deadline.last.iso());
  }
  if (deadline.kind == DeadlineKind::Recurring) set_integer_field(L, "month", deadline.month);
  set_string_field(L, "text", deadline.text);
}

int reference_year_arg(lua_State* L, int arg) {
  if (!lua_isnoneornil(L, arg)) return static_cast<int>(luaL_checkinteger(L, arg));
  const Plan* plan = rule_context(L).plan;
  if (plan && plan->reference_year()) return plan->reference_year();
  return rule_context(L).settings->as_of.year;
}

// pc.deadline(text [, year]) → {kind="date"|"recurring"|"open"|"none", first, last, month, text}
int api_deadline(lua_State* L) {
  std::string text = check_std_string(L, 1);
  push_deadline(L, read_deadline(text, reference_year_arg(L, 2)));
  return 1;
}

// pc.deadlines_in(text [, year]) → list of deadlines, each with offset (1-based byte) and length
int api_deadlines_in(lua_State* L) {
  std::string text = check_std_string(L, 1);
  auto matches = find_deadlines(text, reference_year_arg(L, 2));
  lua_createtable(L, static_cast<int>(matches.size()), 0);
  int index = 0;
  for (const DeadlineMatch& match : matches) {
    push_deadline(L, match.deadline);
    set_integer_field(L, "offset", static_cast<lua_Integer>(match.offset) + 1);
    set_integer_field(L, "length", static_cast<lua_Integer>(match.length));
    lua_rawseti(L, -2, ++index);
  }
  return 1;
}

// pc.next_occurrence(month, from) → the ISO date of the end of that month, on or after `from`
int api_next_occurrence(lua_State* L) {
  Deadline recurring;
  recurring.kind = DeadlineKind::Recurring;
  recurring.month = static_cast<int>(luaL_checkinteger(L, 1));
  if (recurring.month < 1 || recurring.month > 12) return luaL_argerror(L, 1, "a month from 1 to 12 expected");
  lua_pushstring(L, next_occurrence(recurring, check_date(L, 2)).iso().c_str());
  return 1;
}

// pc.days_between(a, b) → days from a to b (positive when b is later)
int api_days_between(lua_State* L) {
  lua_pushinteger(L, days_between(check_date(L, 1), check_date(L, 2)));
  return 1;
}

// pc.add_days(date, n) → ISO date
int api_add_days(lua_State* L) {
  Date date = check_date(L, 1);
  lua_pushstring(L, date.add_days(luaL_checkinteger(L, 2)).iso().c_str());
  return 1;
}

// [-0, +1] {value=, approx=, unit=, masked=, text=, offset=, length=, rounding=, subject=,
//          metric=, counted=, role=}
void push_quantity(lua_State* L, const Quantity& q) {
  lua_createtable(L, 0, 12);
  lua_pushnumber(L, q.value);
  lua_setfield(L, -2, "value");
  set_string_field(L, "approx", approx_name(q.approx));
  set_string_field(L, "unit", q.unit);
  lua_pushboolean(L, q.masked);
  lua_setfield(L, -2, "masked");
  set_string_field(L, "text", q.text);
  set_integer_field(L, "offset", static_cast<lua_Integer>(q.offset) + 1);
  set_integer_field(L, "length", static_cast<lua_Integer>(q.length));
  lua_pushnumber(L, q.rounding);  // 27万 is 265000..275000: pc.agree needs it back
  lua_setfield(L, -2, "rounding");
  set_string_field(L, "subject", q.subject);
  set_string_field(L, "metric", q.metric);  // metrics.h: what the figure measures
  set_string_field(L, "counted", q.counted);
  set_string_field(L, "role", figure_role_name(static_cast<FigureRole>(q.role)));
}

Quantity check_quantity(lua_State* L, int arg) {
  luaL_checktype(L, arg, LUA_TTABLE);
  Quantity q;
  lua_getfield(L, arg, "value");
  q.value = lua_tonumber(L, -1);
  lua_getfield(L, arg, "unit");
  if (lua_isstring(L, -1)) q.unit = lua_tostring(L, -1);
  lua_getfield(L, arg, "masked");
  q.masked = lua_toboolean(L, -1);
  lua_getfield(L, arg, "approx");
  const char* approx = lua_isstring(L, -1) ? lua_tostring(L, -1) : "exact";
  for (Approx a : {Approx::Exact, Approx::Over, Approx::About, Approx::Under, Approx::AtLeast, Approx::AtMost})
    if (std::strcmp(approx_name(a), approx) == 0) q.approx = a;
  lua_pop(L, 4);
  lua_getfield(L, arg, "rounding");
  q.rounding = lua_tonumber(L, -1);
  lua_pop(L, 1);
  return q;
}

// pc.quantity(text) → a figure, or nil when text is not exactly one figure
int api_quantity(lua_State* L) {
  auto q = read_quantity(check_std_string(L, 1));
  if (q) push_quantity(L, *q);
  else lua_pushnil(L);
  return 1;
}

// The figures of `text` for the report being checked: several text rules read the same
// paragraphs, so they are kept per report (texts up to 4 MB in all, so a 100 MB report
// is not held twice). A text past that is read again into `uncached`.
const std::vector<Quantity>& figures_of(RuleContext& context, std::string text, std::vector<Quantity>& uncached) {
  constexpr size_t kMostCachedBytes = 4u << 20;
  if (context.figures_generation != context.generation) {
    context.figures_by_text.clear();
    context.figures_cached_bytes = 0;
    context.figures_generation = context.generation;
  }
  if (auto hit = context.figures_by_text.find(text); hit != context.figures_by_text.end()) return hit->second;
  if (context.figures_cached_bytes + text.size() <= kMostCachedBytes) {
    context.figures_cached_bytes += text.size();
    std::vector<Quantity> figures = find_quantities(text);
    return context.figures_by_text.emplace(std::move(text), std::move(figures)).first->second;
  }
  uncached = find_quantities(text);
  return uncached;
}

// pc.figures(text) → every figure in running text, masked ones included
int api_figures(lua_State* L) {
  std::vector<Quantity> uncached;
  const std::vector<Quantity>& figures = figures_of(rule_context(L), check_std_string(L, 1), uncached);
  lua_createtable(L, static_cast<int>(figures.size()), 0);
  int index = 0;
  for (const Quantity& q : figures) {
    push_quantity(L, q);
    lua_rawseti(L, -2, ++index);
  }
  return 1;
}

// pc.masks(text) → every mask in `text` (masks.h): {offset=, length=, text=, figure=}
// (offset 1-based, in bytes; figure: the mask stands for a number, which pc.figures gives)
int api_masks(lua_State* L) {
  const std::string text = check_std_string(L, 1);
  std::vector<Mask> masks = find_masks(text);
  lua_createtable(L, static_cast<int>(masks.size()), 0);  // [list]
  int index = 0;
  for (const Mask& m : masks) {
    lua_createtable(L, 0, 4);  // [list, mask]
    set_integer_field(L, "offset", static_cast<lua_Integer>(m.offset) + 1);
    set_integer_field(L, "length", static_cast<lua_Integer>(m.length));
    set_string_field(L, "text", text.substr(m.offset, m.length));
    lua_pushboolean(L, m.figure);  // [list, mask, figure]
    lua_setfield(L, -2, "figure");  // [list, mask]
    lua_rawseti(L, -2, ++index);    // [list]
  }
  return 1;
}

// pc.conflicts(texts [, min_subject_chars]) → each figure of the scope `texts` that
// contradicts an earlier one of the same subject: {index, figure, earlier_index, earlier}
int api_conflicts(lua_State* L) {
  std::vector<std::string> texts = check_string_list(L, 1);
  lua_Integer min_chars = luaL_optinteger(L, 2, 6);
  luaL_argcheck(L, min_chars >= 1, 2, "a positive number of characters expected");
  RuleContext& context = rule_context(L);
  std::deque<std::vector<Quantity>> uncached;  // stable addresses for texts past the cache
  std::vector<const std::vector<Quantity>*> figures;
  for (std::string& text : texts) figures.push_back(&figures_of(context, std::move(text), uncached.emplace_back()));
  bool stopped = false;
  auto conflicts = find_conflicting_figures(figures, static_cast<size_t>(min_chars), [&](uint64_t comparisons) {
    stopped = context.charge && !context.charge(L, comparisons);
    return !stopped;
  });
  if (stopped) return luaL_error(L, "rule stopped: over its budget");
  lua_createtable(L, static_cast<int>(conflicts.size()), 0);
  int index = 0;
  for (const FigureConflict& c : conflicts) {
    lua_createtable(L, 0, 4);
    set_integer_field(L, "index", static_cast<lua_Integer>(c.text) + 1);
    push_quantity(L, (*figures[c.text])[c.figure]);
    lua_setfield(L, -2, "figure");
    set_integer_field(L, "earlier_index", static_cast<lua_Integer>(c.earlier_text) + 1);
    push_quantity(L, (*figures[c.earlier_text])[c.earlier_figure]);
    lua_setfield(L, -2, "earlier");
    lua_rawseti(L, -2, ++index);
  }
  return 1;
}

// pc.agree(a, b) → whether two statements of one figure can both be true
int api_agree(lua_State* L) {
  lua_pushboolean(L, quantities_agree(check_quantity(L, 1), check_quantity(L, 2)));
  return 1;
}

int api_normalize_unit(lua_State* L) {
  std::string name = normalize_unit_name(check_std_string(L, 1));
  lua_pushlstring(L, name.data(), name.size());
  return 1;
}

int api_is_collective(lua_State* L) {
  lua_pushboolean(L, is_collective_name(check_std_string(L, 1)));
  return 1;
}

// pc.closest_unit(name, candidates) → the candidate to suggest, or nil
int api_closest_unit(lua_State* L) {
  auto closest = closest_unit(check_std_string(L, 1), check_string_list(L, 2));
  if (closest) lua_pushstring(L, closest->c_str());
  else lua_pushnil(L);
  return 1;
}

// pc.evidence_status(href) → "ok" | "missing" | "outside" | "remote": where an evidence
// link of the report being checked leads. Relative paths resolve against the report's
// folder; one that leaves it (.., an absolute path, a symlink out) is "outside" whether or
// not the file is there. Nothing is opened or fetched: this only asks the file system.
int api_evidence_status(lua_State* L) {
  std::string href = check_std_string(L, 1);
  const Document* report = rule_context(L).report;
  if (!report) return luaL_error(L, "pc.evidence_status can only be called while a report is checked");
  auto starts_with = [&](const char* prefix) { return href.compare(0, std::strlen(prefix), prefix) == 0; };
  if (starts_with("http://") || starts_with("https://")) {
    lua_pushliteral(L, "remote");
    return 1;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path folder = fs::weakly_canonical(fs::absolute(fs::path(report->path()).parent_path(), ec), ec);
  fs::path target(href);
  bool outside = href.empty() || target.is_absolute() || href.find(':') != std::string::npos;
  for (const fs::path& part : target)
    if (part == "..") outside = true;
  if (!outside) {
    // Symlinks are followed before the check, so a link that points out is caught too.
    fs::path resolved = fs::weakly_canonical(folder / target, ec);
    auto mismatch = std::mismatch(folder.begin(), folder.end(), resolved.begin(), resolved.end());
    outside = ec || mismatch.first != folder.end();
    if (!outside) {
      lua_pushstring(L, fs::is_regular_file(resolved, ec) ? "ok" : "missing");
      return 1;
    }
  }
  lua_pushliteral(L, "outside");
  return 1;
}

// pc.repeats(texts [, min_chars]) → every passage of at least min_chars characters (default
// 30) that repeats an earlier one of the list verbatim:
// {index=, offset=, length=, text=, first_index=, first_offset=} (1-based, offsets in bytes)
int api_repeats(lua_State* L) {
  std::vector<std::string_view> texts = check_string_views(L, 1);
  lua_Integer min_chars = luaL_optinteger(L, 2, 30);
  luaL_argcheck(L, min_chars >= 1, 2, "a positive number of characters expected");
  auto repeats = find_repeated_passages(texts, static_cast<size_t>(min_chars));
  lua_createtable(L, static_cast<int>(repeats.size()), 0);
  int index = 0;
  for (const RepeatedPassage& r : repeats) {
    lua_createtable(L, 0, 6);
    set_integer_field(L, "index", static_cast<lua_Integer>(r.text) + 1);
    set_integer_field(L, "offset", static_cast<lua_Integer>(r.offset) + 1);
    set_integer_field(L, "length", static_cast<lua_Integer>(r.length));
    set_string_field(L, "text", texts[r.text].substr(r.offset, r.length));
    set_integer_field(L, "first_index", static_cast<lua_Integer>(r.first_text) + 1);
    set_integer_field(L, "first_offset", static_cast<lua_Integer>(r.first_offset) + 1);
    lua_rawseti(L, -2, ++index);
  }
  return 1;
}

// A finding's text cut to kMaxMessageBytes at a character boundary: a message quoting a
// megabyte attribute would otherwise print a megabyte line.
constexpr size_t kMaxMessageBytes = 2000;
std::string clip_message(std::string text) {
  if (text.size() <= kMaxMessageBytes) return text;
  size_t cut = kMaxMessageBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string dropped = std::to_string(text.size() - cut);
  text.resize(cut);
  return text + "…（截去 " + dropped + " 字节; " + dropped + " bytes cut）";
}

// The message of a finding in the run's language: a string, or {zh=..., en=...}.
std::string message_field(lua_State* L, int table, const char* key, const std::string& lang, bool required) {
  lua_getfield(L, table, key);
  std::string text;
  if (lua_type(L, -1) == LUA_TSTRING) {
    text = lua_tostring(L, -1);
  } else if (lua_istable(L, -1)) {
    lua_getfield(L, -1, lang.c_str());
    if (!lua_isstring(L, -1)) {
      lua_pop(L, 1);
      lua_getfield(L, -1, lang == "en" ? "zh" : "en");
    }
    if (lua_isstring(L, -1)) text = lua_tostring(L, -1);
    lua_pop(L, 1);
  } else if (!lua_isnil(L, -1) || required) {
    luaL_error(L, "pc.emit: field '%s' must be a string or a table {zh = ..., en = ...}", key);
  }
  lua_pop(L, 1);
  return clip_message(std::move(text));
}

std::string optional_string_field(lua_State* L, int table, const char* key) {
  lua_getfield(L, table, key);
  std::string value;
  if (lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER) value = lua_tostring(L, -1);
  else if (!lua_isnil(L, -1)) luaL_error(L, "pc.emit: field '%s' must be a string", key);
  lua_pop(L, 1);
  return value;
}

// The task a node is about: the @ref (report) or @id (plan) of the nearest enclosing task.
std::string enclosing_task(pugi::xml_node node) {
  for (; node; node = node.parent()) {
    if (node.type() != pugi::node_element || std::strcmp(local_name(node.name()), "task") != 0) continue;
    if (pugi::xml_attribute ref = node.attribute("ref")) return ref.value();
    return node.attribute("id").value();
  }
  return "";
}

// pc.emit{at=, attr=, offset=, message=, severity=, task=, unit=, suggestion=}
int api_emit(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  RuleContext& ctx = rule_context(L);
  const Document* doc = ctx.report ? ctx.report : ctx.plan ? &ctx.plan->document() : nullptr;
  if (!doc || !ctx.rule || !ctx.out) return luaL_error(L, "pc.emit can only be called while a rule checks a document");
  pugi::xml_node node = doc->root();

  lua_getfield(L, 1, "at");
  if (luaL_testudata(L, -1, kNodeType)) {
    NodeRef& ref = check_node(L, -1);
    node = ref.node;
    doc = ref.doc;
  } else if (luaL_testudata(L, -1, kDocumentType)) {
    doc = check_document(L, -1).doc;
    node = doc->root();
  } else if (!lua_isnil(L, -1)) {
    return luaL_error(L, "pc.emit: field 'at' must be a node or a document, got %s", luaL_typename(L, -1));
  }
  lua_pop(L, 1);

  Finding f;
  f.rule = ctx.rule->id;
  f.severity = ctx.rule->severity;
  f.file = doc->path();
  SourcePosition at = doc->position_of(node);
  std::string attr = optional_string_field(L, 1, "attr");
  if (!attr.empty()) {
    pugi::xml_attribute attribute = node.attribute(attr.c_str());
    if (attribute) at = doc->position_of(attribute);
  }
  lua_getfield(L, 1, "offset");
  if (!lua_isnil(L, -1)) {
    lua_Integer offset = luaL_checkinteger(L, -1);
    if (offset >= 1) at = doc->position_in_text(node, static_cast<size_t>(offset - 1));
  }
  lua_pop(L, 1);
  f.line = at.line;
  f.column = at.column;

  const std::string& lang = ctx.settings->lang;
  f.message = message_field(L, 1, "message", lang, true);
  f.suggestion = message_field(L, 1, "suggestion", lang, false);
  std::string severity = optional_string_field(L, 1, "severity");
  if (!severity.empty() && !parse_severity(severity, &f.severity))
    return luaL_error(L, "pc.emit: severity must be \"error\", \"warning\" or \"info\", got \"%s\"", severity.c_str());
  f.task = optional_string_field(L, 1, "task");
  if (f.task.empty()) f.task = enclosing_task(node);
  f.unit = optional_string_field(L, 1, "unit");
  if (f.unit.empty() && ctx.report && doc == ctx.report) f.unit = ctx.report->root().attribute("unit").value();
  ctx.out->push_back(std::move(f));
  return 0;
}

void register_type(lua_State* L, const char* name, const luaL_Reg* methods, const luaL_Reg* metamethods) {
  luaL_newmetatable(L, name);  // [mt]
  luaL_setfuncs(L, metamethods, 0);
  lua_newtable(L);             // [mt, methods]
  luaL_setfuncs(L, methods, 0);
  lua_setfield(L, -2, "__index");
  // Rules may not read or replace a host object's metatable.
  lua_pushstring(L, name);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 1);  // []
}

}  // namespace

void push_document(lua_State* L, const Document* doc, const Plan* plan, uint64_t generation) {
  auto* ref = static_cast<DocumentRef*>(lua_newuserdatauv(L, sizeof(DocumentRef), 0));
  new (ref) DocumentRef{doc, plan, generation};
  luaL_setmetatable(L, kDocumentType);
}

void push_rule_api(lua_State* L) {
  static const luaL_Reg node_methods[] = {
      {"name", node_name},     {"text", node_text},     {"attr", node_attr},   {"line", node_line},
      {"column", node_column}, {"parent", node_parent}, {"select", api_select}, {"first", api_first},
      {"value", api_value},    {nullptr, nullptr}};
  static const luaL_Reg node_meta[] = {{"__tostring", node_tostring}, {"__eq", node_equal}, {nullptr, nullptr}};
  register_type(L, kNodeType, node_methods, node_meta);

  static const luaL_Reg document_methods[] = {
      {"path", document_path},
      {"root", document_root},
      {"select", api_select},
      {"first", api_first},
      {"value", api_value},
      {"id", plan_id},
      {"issued", plan_issued},
      {"year", plan_year},
      {"task", plan_task},
      {"tasks", plan_tasks},
      {"same_unit", plan_same_unit},
      {"canonical_unit", plan_canonical_unit},
      {"is_collective", plan_is_collective},
      {nullptr, nullptr}};
  static const luaL_Reg document_meta[] = {{nullptr, nullptr}};
  register_type(L, kDocumentType, document_methods, document_meta);

  static const luaL_Reg api[] = {
      {"emit", api_emit},
      {"deadline", api_deadline},
      {"deadlines_in", api_deadlines_in},
      {"next_occurrence", api_next_occurrence},
      {"days_between", api_days_between},
      {"add_days", api_add_days},
      {"quantity", api_quantity},
      {"figures", api_figures},
      {"masks", api_masks},
      {"conflicts", api_conflicts},
      {"agree", api_agree},
      {"normalize_unit", api_normalize_unit},
      {"is_collective", api_is_collective},
      {"closest_unit", api_closest_unit},
      {"repeats", api_repeats},
      {"evidence_status", api_evidence_status},
      {nullptr, nullptr}};
  luaL_newlib(L, api);  // [pc]
  const RunSettings& settings = *rule_context(L).settings;
  set_string_field(L, "as_of", settings.as_of.iso());
  set_string_field(L, "lang", settings.lang);
  set_integer_field(L, "due_soon_days", settings.due_soon_days);
}

}  // namespace plancheck
