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

}  // namespace

void push_document(lua_State* L, const Document* doc, const Plan* plan, uint64_t generation) {
  auto* ref = static_cast<DocumentRef*>(lua_newuserdatauv(L, sizeof(DocumentRef), 0));
  new (ref) DocumentRef{doc, plan, generation};
  luaL_setmetatable(L, kDocumentType);
}

void register_document_type(lua_State* L) {
  static const luaL_Reg document_methods[] = {{"path", document_path}, {"root", document_root}, {nullptr, nullptr}};
  static const luaL_Reg document_meta[] = {{nullptr, nullptr}};
  register_type(L, kDocumentType, document_methods, document_meta);  // []
  luaL_getmetatable(L, kDocumentType);  // [mt]
  lua_getfield(L, -1, "__index");       // [mt, methods]
  luaL_setfuncs(L, kXPathMethods, 0);    // [mt, methods]
  luaL_setfuncs(L, kPlanMethods, 0);     // [mt, methods]
  lua_pop(L, 2);                        // []
}

}  // namespace plancheck
