// Nodes as Lua sees them (docs/rule-api.md, "Nodes"): a userdata per element, its
// methods, and the XPath methods nodes and documents share.
#include <algorithm>
#include <cctype>
#include <cstring>

#include "rule_api.h"

namespace plancheck {

void check_alive(lua_State* L, uint64_t generation) {
  if (generation != 0 && generation != rule_context(L).generation)
    luaL_error(L, "this node belongs to a report that is no longer being checked "
                  "(keep strings and numbers between calls, not nodes)");
}

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

void push_node(lua_State* L, pugi::xml_node node, const Document* doc, uint64_t generation) {
  if (!node || node.type() == pugi::node_document) {
    lua_pushnil(L);
    return;
  }
  auto* ref = static_cast<NodeRef*>(lua_newuserdatauv(L, sizeof(NodeRef), 0));
  new (ref) NodeRef{node, doc, generation};
  luaL_setmetatable(L, kNodeType);
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

namespace {

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

int global_predicate_levels(const std::string& expression);

// The most an XPath may be: a rule's queries are short, and each compiled one is kept.
constexpr size_t kMaxXPathBytes = 1024;

// The compiled query for the XPath string at `arg`, compiled on first use in this
// lua_State and kept for later documents among the kXPathCacheSize most recently used.
const RuleContext::CompiledQuery& compiled_query(lua_State* L, int arg) {
  size_t length = 0;
  const char* text = luaL_checklstring(L, arg, &length);
  if (length > kMaxXPathBytes)
    luaL_argerror(L, arg, lua_pushfstring(L, "an XPath of at most %d bytes expected", static_cast<int>(kMaxXPathBytes)));
  RuleContext& context = rule_context(L);
  std::string expression(text, length);
  auto found = context.xpath_cache.find(expression);
  if (found != context.xpath_cache.end()) {
    context.xpath_recent.splice(context.xpath_recent.begin(), context.xpath_recent, found->second);
    return found->second->second;
  }
  charge_or_stop(L, 1 + length);  // compiling
  std::string problem;
  try {
    RuleContext::CompiledQuery compiled{std::make_unique<pugi::xpath_query>(expression.c_str()), "", 0};
    if (is_child_name(expression)) compiled.child_name = expression;
    compiled.global_levels = global_predicate_levels(expression);
    if (context.xpath_recent.size() >= RuleContext::kXPathCacheSize) {
      context.xpath_cache.erase(context.xpath_recent.back().first);
      context.xpath_recent.pop_back();
    }
    context.xpath_recent.emplace_front(expression, std::move(compiled));
    context.xpath_cache.emplace(std::move(expression), context.xpath_recent.begin());
    return context.xpath_recent.front().second;
  } catch (const pugi::xpath_exception& e) {
    problem = std::string("invalid XPath '") + expression + "': " + e.what();
  }
  luaL_argerror(L, arg, problem.c_str());
  static const RuleContext::CompiledQuery kNone;
  return kNone;  // not reached: luaL_argerror raises
}

// How many levels of predicates in `expression` each scan the whole document from every
// node they test: a predicate holding an absolute path ([count(//x) > 0], [/report/...]),
// a preceding or following axis, or id(). pugixml evaluates XPath in C, where the hook
// never fires, so such a query's cost, n^(levels + 1) node visits, is charged before it
// runs. Paths relative to the node (child, descendant, ancestor) cost at most the
// subtree or the depth and are not counted.
int global_predicate_levels(const std::string& expression) {
  int depth = 0, levels = 0;
  std::vector<bool> global_at;  // by depth: this predicate holds a global scan
  char quote = 0;
  auto previous_word_is_operator = [&](size_t end) {
    size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(expression[start - 1]))) --start;
    std::string word = expression.substr(start, end - start);
    return word == "and" || word == "or" || word == "div" || word == "mod";
  };
  for (size_t i = 0; i < expression.size(); ++i) {
    char c = expression[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '[') {
      ++depth;
      global_at.resize(depth + 1, false);
      global_at[depth] = false;
    } else if (c == ']') {
      if (depth > 0 && global_at[depth]) levels = std::max(levels, static_cast<int>(std::count(global_at.begin() + 1, global_at.begin() + depth + 1, true)));
      if (depth > 0) --depth;
    } else if (depth > 0) {
      bool global = false;
      if (c == '/') {
        size_t p = i;
        while (p > 0 && std::isspace(static_cast<unsigned char>(expression[p - 1]))) --p;
        char before = p > 0 ? expression[p - 1] : '[';
        global = std::strchr("[(,|=<>!+-", before) != nullptr ||
                 (std::isalpha(static_cast<unsigned char>(before)) && previous_word_is_operator(p));
        if (before == '-' && p >= 2 && std::isalnum(static_cast<unsigned char>(expression[p - 2]))) global = false;
        while (i + 1 < expression.size() && expression[i + 1] == '/') ++i;
      } else if (expression.compare(i, 9, "preceding") == 0 || expression.compare(i, 9, "following") == 0 ||
                 expression.compare(i, 3, "id(") == 0) {
        global = i == 0 || !(std::isalnum(static_cast<unsigned char>(expression[i - 1])) || expression[i - 1] == '-' ||
                             expression[i - 1] == '_');
      }
      if (global) global_at[depth] = true;
    }
  }
  return levels;
}

// The elements of `doc`, counted once per document (and report generation).
size_t element_count(lua_State* L, const Document* doc, uint64_t generation) {
  auto& counts = rule_context(L).node_counts;
  auto found = counts.find(doc);
  if (found != counts.end() && found->second.first == generation) return found->second.second;
  struct Counter : pugi::xml_tree_walker {
    size_t n = 0;
    bool for_each(pugi::xml_node&) override {
      ++n;
      return true;
    }
  } counter;
  const_cast<pugi::xml_document&>(doc->xml()).traverse(counter);  // traverse only reads, but is not const
  counts[doc] = {generation, counter.n};
  return counter.n;
}

// Charges a query's node visits before it runs (see global_predicate_levels): a query with
// global predicates over n elements costs n^(levels + 1); any other, one step per call
// (its time is still read on return). The levels are found when the query is compiled.
void charge_xpath(lua_State* L, const RuleContext::CompiledQuery& compiled, const Document* doc, uint64_t generation) {
  int levels = compiled.global_levels;
  if (levels == 0) {
    charge_or_stop(L, 1);
    return;
  }
  auto n = static_cast<double>(std::max<size_t>(1, element_count(L, doc, generation)));
  double cost = n;
  for (int i = 0; i < levels && cost < 1e18; ++i) cost *= n;
  charge_or_stop(L, cost >= 1e18 ? UINT64_MAX / 2 : static_cast<uint64_t>(cost));
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

// The nodes `query` selects from `context`, in document order (an attribute gives its
// element). Within the report being checked the set is kept for the other rules that ask
// (RuleContext::selections): the document does not change while it is checked.
const std::vector<pugi::xml_node>& selected(lua_State* L, const Context& context, const pugi::xpath_query& query,
                                            std::string_view expression) {
  RuleContext& rc = rule_context(L);
  static thread_local std::vector<pugi::xml_node> uncached;
  const bool in_report = context.generation != 0 && context.generation == rc.generation;
  std::string key;
  if (in_report) {
    if (rc.selections_generation != rc.generation) {
      rc.selections.clear();
      rc.selected_nodes = 0;
      rc.selections_generation = rc.generation;
    }
    const pugi::xml_node_struct* at = context.node.internal_object();
    key.assign(reinterpret_cast<const char*>(&at), sizeof at);
    key.append(expression);
    if (auto hit = rc.selections.find(key); hit != rc.selections.end()) return hit->second;
  }
  pugi::xpath_node_set found;
  evaluate_xpath(L, [&] { found = query.evaluate_node_set(context.node); });
  found.sort();
  std::vector<pugi::xml_node> nodes;
  nodes.reserve(found.size());
  for (const pugi::xpath_node& hit : found) nodes.push_back(hit.node() ? hit.node() : hit.parent());
  if (in_report && rc.selected_nodes + nodes.size() <= RuleContext::kSelectedNodesCached) {
    rc.selected_nodes += nodes.size();
    return rc.selections.emplace(std::move(key), std::move(nodes)).first->second;
  }
  uncached = std::move(nodes);
  return uncached;
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
  size_t length = 0;
  const char* expression = lua_tolstring(L, 2, &length);
  charge_xpath(L, compiled, context.doc, context.generation);
  const std::vector<pugi::xml_node>& nodes = selected(L, context, query, std::string_view(expression, length));
  lua_createtable(L, static_cast<int>(nodes.size()), 0);
  int index = 0;
  for (pugi::xml_node node : nodes) {
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
  charge_xpath(L, compiled, context.doc, context.generation);
  pugi::xpath_node hit;
  evaluate_xpath(L, [&] { hit = query.evaluate_node(context.node); });
  push_node(L, hit.node() ? hit.node() : hit.parent(), context.doc, context.generation);
  return 1;
}

// node:value(xpath): a string, number or boolean XPath result (count(task), string(@ref)).
int api_value(lua_State* L) {
  Context context = check_context(L, 1);
  const RuleContext::CompiledQuery& compiled = compiled_query(L, 2);
  const pugi::xpath_query& query = *compiled.query;
  charge_xpath(L, compiled, context.doc, context.generation);
  evaluate_xpath(L, [&] {
    switch (query.return_type()) {
      case pugi::xpath_type_number: lua_pushnumber(L, query.evaluate_number(context.node)); break;
      case pugi::xpath_type_boolean: lua_pushboolean(L, query.evaluate_boolean(context.node)); break;
      default: lua_pushstring(L, query.evaluate_string(context.node).c_str()); break;
    }
  });
  return 1;
}

// node:name() → the element name without its prefix
int node_name(lua_State* L) {
  lua_pushstring(L, local_name(check_node(L, 1).node.name()));
  return 1;
}

// node:text() → the text of the node and its descendants
int node_text(lua_State* L) {
  std::string buffer;
  std::string_view text = text_view(check_node(L, 1).node, buffer);
  lua_pushlstring(L, text.data(), text.size());
  return 1;
}

// node:attr(name) → the attribute's value, or nil
int node_attr(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  pugi::xml_attribute attr = ref.node.attribute(luaL_checkstring(L, 2));
  if (attr) lua_pushstring(L, attr.value());
  else lua_pushnil(L);
  return 1;
}

// node:line() → the line the node starts on
int node_line(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  lua_pushinteger(L, ref.doc->position_of(ref.node).line);
  return 1;
}

// node:column() → the column (in characters) the node starts at
int node_column(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  lua_pushinteger(L, ref.doc->position_of(ref.node).column);
  return 1;
}

// node:parent() → the parent element, or nil at the root
int node_parent(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  push_node(L, ref.node.parent(), ref.doc, ref.generation);
  return 1;
}

// tostring(node) → "<name> at file:line:column"
int node_tostring(lua_State* L) {
  NodeRef& ref = check_node(L, 1);
  SourcePosition at = ref.doc->position_of(ref.node);
  lua_pushfstring(L, "<%s> at %s:%d:%d", local_name(ref.node.name()), ref.doc->path().c_str(), at.line, at.column);
  return 1;
}

// node == other → whether both are the same node
int node_equal(lua_State* L) {
  auto* a = static_cast<NodeRef*>(luaL_testudata(L, 1, kNodeType));
  auto* b = static_cast<NodeRef*>(luaL_testudata(L, 2, kNodeType));
  lua_pushboolean(L, a && b && a->node == b->node);
  return 1;
}

}  // namespace

const luaL_Reg kXPathMethods[] = {{"select", api_select}, {"first", api_first}, {"value", api_value}, {nullptr, nullptr}};

void register_node_type(lua_State* L) {
  static const luaL_Reg node_methods[] = {
      {"name", node_name},     {"text", node_text},     {"attr", node_attr},
      {"line", node_line},     {"column", node_column}, {"parent", node_parent},
      {nullptr, nullptr}};
  static const luaL_Reg node_meta[] = {{"__tostring", node_tostring}, {"__eq", node_equal}, {nullptr, nullptr}};
  register_type(L, kNodeType, node_methods, node_meta);  // [] (the XPath methods added below)
  luaL_getmetatable(L, kNodeType);    // [mt]
  lua_getfield(L, -1, "__index");     // [mt, methods]
  luaL_setfuncs(L, kXPathMethods, 0);  // [mt, methods]
  lua_pop(L, 2);                      // []
}

}  // namespace plancheck
