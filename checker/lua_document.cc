// Documents as Lua sees them (docs/rule-api.md, "Documents"): the report being checked or
// a plan, with their path, root and the XPath methods; a plan adds lua_plan.cc's methods.
#include "rule_api.h"

namespace plancheck {

namespace {

// doc:path() → the document's path as shown in findings
int document_path(lua_State* L) {
  lua_pushstring(L, check_document(L, 1).doc->path().c_str());
  return 1;
}

// doc:root() → the root element
int document_root(lua_State* L) {
  DocumentRef& ref = check_document(L, 1);
  push_node(L, ref.doc->root(), ref.doc, ref.generation);
  return 1;
}

// The parts of `ref`'s text, from the state's cache when they are of this document.
// Computing them is charged to the rule that asks first (one step per kBytesPerStep bytes).
const std::vector<TextPart>& parts_of(lua_State* L, const DocumentRef& ref) {
  RuleContext& context = rule_context(L);
  if (context.parts_document != ref.doc || context.parts_generation != ref.generation) {
    context.parts_document = nullptr;  // stays unset if the charge below stops the rule
    context.parts = text_parts(*ref.doc);
    charge_or_stop(L, 1 + ref.doc->size_bytes() / kBytesPerStep);
    context.parts_document = ref.doc;
    context.parts_generation = ref.generation;
  }
  return context.parts;
}

// An iterator over the run of `count` items (parts or texts) the running call sees: all of
// them, or its share when a by_part rule runs as several jobs (RuleContext::shard). Its
// upvalues: the document (stack index 1), the next index and the index past the last.
int push_share_iterator(lua_State* L, size_t count, lua_CFunction next) {
  const RuleContext& context = rule_context(L);
  const size_t first = count * context.shard / context.shards, end = count * (context.shard + 1) / context.shards;
  lua_settop(L, 1);                                        // [doc]
  lua_pushinteger(L, static_cast<lua_Integer>(first));     // [doc, first]
  lua_pushinteger(L, static_cast<lua_Integer>(end));       // [doc, first, end]
  lua_pushcclosure(L, next, 3);                            // [iterator]
  return 1;
}

// In a share iterator's function: the index of its next item among `count`, the iterator
// moved past it; -1 when its run is done.
lua_Integer next_in_share(lua_State* L, size_t count) {
  const lua_Integer index = lua_tointeger(L, lua_upvalueindex(2));
  const lua_Integer end = lua_tointeger(L, lua_upvalueindex(3));
  if (index < 0 || index >= end || static_cast<size_t>(index) >= count) return -1;
  lua_pushinteger(L, index + 1);        // [next]
  lua_replace(L, lua_upvalueindex(2));  // []
  return index;
}

// The iterator report:parts() returns (push_share_iterator). Each call builds a new table,
// so no rule sees what another changed.
int next_part(lua_State* L) {
  const DocumentRef& ref = *static_cast<DocumentRef*>(lua_touserdata(L, lua_upvalueindex(1)));
  check_alive(L, ref.generation);
  const std::vector<TextPart>& parts = parts_of(L, ref);
  const lua_Integer index = next_in_share(L, parts.size());
  if (index < 0) return 0;
  const TextPart& part = parts[static_cast<size_t>(index)];
  size_t bytes = 0;
  for (const TextPiece& piece : part) bytes += piece.length;
  charge_or_stop(L, 1 + part.size() + bytes / kBytesPerStep);
  int n = static_cast<int>(part.size());
  lua_createtable(L, 0, 3);                    // [part]
  lua_createtable(L, n, 0);                    // [part, nodes]
  lua_createtable(L, n, 0);                    // [part, nodes, texts]
  lua_createtable(L, n, 0);                    // [part, nodes, texts, bases]
  pugi::xml_node text_node;                    // the node `text` is the text of
  std::string buffer;
  std::string_view text;
  for (int k = 0; k < n; ++k) {
    const TextPiece& piece = part[static_cast<size_t>(k)];
    if (piece.node != text_node) text = text_view(text_node = piece.node, buffer);  // a split text is read once
    push_node(L, piece.node, ref.doc, ref.generation);             // [.., bases, node]
    lua_rawseti(L, -4, k + 1);                                     // [.., bases]
    lua_pushlstring(L, text.data() + piece.base, piece.length);    // [.., bases, piece]
    lua_rawseti(L, -3, k + 1);                                     // [.., bases]
    lua_pushinteger(L, static_cast<lua_Integer>(piece.base));      // [.., bases, base]
    lua_rawseti(L, -2, k + 1);                                     // [.., bases]
  }
  lua_setfield(L, -4, "bases");                // [part, nodes, texts]
  lua_setfield(L, -3, "texts");                // [part, nodes]
  lua_setfield(L, -2, "nodes");                // [part]
  return 1;
}

// report:parts() → an iterator over the parts of the report's text (rules.md, "Scope of
// text rules"; text_parts.h), each {nodes = {...}, texts = {...}, bases = {...}}: texts[i]
// is the piece of nodes[i]:text() that starts at byte bases[i] + 1 of it. The parts are
// found once per report, in C++, whichever rules ask. A by_part rule's job on a big report
// sees its share of them.
int document_parts(lua_State* L) {
  DocumentRef& ref = check_document(L, 1);
  check_alive(L, ref.generation);
  return push_share_iterator(L, parts_of(L, ref).size(), next_part);
}

// The texts of `ref` the text rules read (rule_texts), from the state's cache when they
// are of this document; finding them is charged like parts_of.
const std::vector<pugi::xml_node>& texts_of(lua_State* L, const DocumentRef& ref) {
  RuleContext& context = rule_context(L);
  if (context.texts_document != ref.doc || context.texts_generation != ref.generation) {
    context.texts_document = nullptr;  // stays unset if the charge below stops the rule
    context.texts = rule_texts(*ref.doc);
    charge_or_stop(L, 1 + context.texts.size());
    context.texts_document = ref.doc;
    context.texts_generation = ref.generation;
  }
  return context.texts;
}

// [-0, +1] The sections whose headings (@title) come right before `text` in the document,
// outermost first, as a list of nodes; nil for a text that opens no section (most texts):
// its parent section and each section it opens in turn, while the text (or the section
// holding it) is the first element of its parent.
void push_opened_sections(lua_State* L, pugi::xml_node text, const DocumentRef& ref) {
  auto first_element = [](pugi::xml_node node) {
    for (pugi::xml_node before = node.previous_sibling(); before; before = before.previous_sibling())
      if (before.type() == pugi::node_element) return false;
    return true;
  };
  std::vector<pugi::xml_node> opened;  // innermost first; empty (no allocation) for most texts
  for (pugi::xml_node child = text, section = text.parent();
       section && std::string_view(section.name()) == "section" && first_element(child);
       child = section, section = section.parent())
    opened.push_back(section);
  if (opened.empty()) {
    lua_pushnil(L);  // [nil]
    return;
  }
  lua_createtable(L, static_cast<int>(opened.size()), 0);  // [list]
  for (size_t i = 0; i < opened.size(); ++i) {
    push_node(L, opened[opened.size() - 1 - i], ref.doc, ref.generation);  // [list, section] outermost first
    lua_rawseti(L, -2, static_cast<lua_Integer>(i) + 1);                   // [list]
  }
}

// The iterator report:texts() returns (push_share_iterator).
int next_text(lua_State* L) {
  const DocumentRef& ref = *static_cast<DocumentRef*>(lua_touserdata(L, lua_upvalueindex(1)));
  check_alive(L, ref.generation);
  const std::vector<pugi::xml_node>& texts = texts_of(L, ref);
  const lua_Integer index = next_in_share(L, texts.size());
  if (index < 0) return 0;
  pugi::xml_node node = texts[static_cast<size_t>(index)];
  std::string buffer;
  std::string_view text = text_view(node, buffer);
  charge_or_stop(L, 1 + text.size() / kBytesPerStep);
  push_node(L, node, ref.doc, ref.generation);    // [node]
  lua_pushlstring(L, text.data(), text.size());   // [node, text]
  push_opened_sections(L, node, ref);             // [node, text, sections or nil]
  return 3;
}

// report:texts() → an iterator over every text the text rules read, in document order
// (task progress, the narrative's p and its sections' p), giving each node, its text and
// the sections whose headings come right before it (nil for most):
// `for node, s, opened in report:texts() do … end`. A by_part rule's job on a big report
// sees its share of them, and each heading with the text it opens.
int document_texts(lua_State* L) {
  DocumentRef& ref = check_document(L, 1);
  check_alive(L, ref.generation);
  return push_share_iterator(L, texts_of(L, ref).size(), next_text);
}

}  // namespace

void push_document(lua_State* L, const Document* doc, const Plan* plan, uint64_t generation) {
  auto* ref = static_cast<DocumentRef*>(lua_newuserdatauv(L, sizeof(DocumentRef), 0));
  new (ref) DocumentRef{doc, plan, generation};
  luaL_setmetatable(L, kDocumentType);
}

void register_document_type(lua_State* L) {
  static const luaL_Reg document_methods[] = {
      {"path", document_path}, {"root", document_root}, {"parts", document_parts},
      {"texts", document_texts}, {nullptr, nullptr}};
  static const luaL_Reg document_meta[] = {{nullptr, nullptr}};
  register_type(L, kDocumentType, document_methods, document_meta);  // []
  luaL_getmetatable(L, kDocumentType);  // [mt]
  lua_getfield(L, -1, "__index");       // [mt, methods]
  luaL_setfuncs(L, kXPathMethods, 0);    // [mt, methods]
  luaL_setfuncs(L, kPlanMethods, 0);     // [mt, methods]
  luaL_setfuncs(L, kModelMethods, 0);    // [mt, methods]
  lua_pop(L, 2);                        // []
}

}  // namespace plancheck
