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

// The iterator report:parts() returns. Upvalues: the document userdata and the index of
// the next part. Each call builds a new table, so no rule sees what another changed.
int next_part(lua_State* L) {
  const DocumentRef& ref = *static_cast<DocumentRef*>(lua_touserdata(L, lua_upvalueindex(1)));
  check_alive(L, ref.generation);
  const std::vector<TextPart>& parts = parts_of(L, ref);
  lua_Integer index = lua_tointeger(L, lua_upvalueindex(2));
  if (index < 0 || static_cast<size_t>(index) >= parts.size()) return 0;
  lua_pushinteger(L, index + 1);               // [next]
  lua_replace(L, lua_upvalueindex(2));         // []
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
  std::string text;
  for (int k = 0; k < n; ++k) {
    const TextPiece& piece = part[static_cast<size_t>(k)];
    if (piece.node != text_node) text = text_of(text_node = piece.node);  // a split text is read once
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
// found once per report, in C++, whichever rules ask.
int document_parts(lua_State* L) {
  DocumentRef& ref = check_document(L, 1);
  check_alive(L, ref.generation);
  parts_of(L, ref);
  lua_settop(L, 1);                    // [doc]
  lua_pushinteger(L, 0);               // [doc, 0]
  lua_pushcclosure(L, next_part, 2);   // [iterator]
  return 1;
}

}  // namespace

void push_document(lua_State* L, const Document* doc, const Plan* plan, uint64_t generation) {
  auto* ref = static_cast<DocumentRef*>(lua_newuserdatauv(L, sizeof(DocumentRef), 0));
  new (ref) DocumentRef{doc, plan, generation};
  luaL_setmetatable(L, kDocumentType);
}

void register_document_type(lua_State* L) {
  static const luaL_Reg document_methods[] = {
      {"path", document_path}, {"root", document_root}, {"parts", document_parts}, {nullptr, nullptr}};
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
