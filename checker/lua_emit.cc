// pc.emit (docs/rule-api.md, "Findings"): a finding from the rule running now, at a node
// of the document it checks.
#include <cstring>

#include "rule_api.h"

namespace plancheck {

namespace {


// Sizes of a finding's parts: a message quoting a megabyte attribute would otherwise print
// a megabyte line, and a million findings hold the host's memory, not Lua's.
constexpr size_t kMaxMessageBytes = 2000;  // message, suggestion
constexpr size_t kMaxFieldBytes = 200;     // task, unit, attr, severity

// [-0, +1] t[key] without metamethods.
int raw_field(lua_State* L, int table, const char* key) {
  table = lua_absindex(L, table);
  lua_pushstring(L, key);       // [key]
  return lua_rawget(L, table);  // [value]
}

// The string (or number) at `index`, cut to `most` bytes before it is copied.
std::string clipped_string(lua_State* L, int index, size_t most) {
  size_t length = 0;
  const char* text = lua_tolstring(L, index, &length);
  return clip_text(text, length, most);
}

// The message of a finding in the run's language: a string, or {zh=..., en=...}; a
// required one must not be empty.
std::string message_field(lua_State* L, int table, const char* key, const std::string& lang, bool required) {
  LocalizedText text;
  raw_field(L, table, key);  // [value]
  if (!lua_isnil(L, -1) && !read_localized_text(L, -1, kMaxMessageBytes, &text))
    luaL_error(L, "pc.emit: field '%s' must be a string or a table {zh = ..., en = ...}", key);
  lua_pop(L, 1);  // []
  if (required && text.empty()) luaL_error(L, "pc.emit: the %s is empty (a string, or {zh = ..., en = ...})", key);
  return text.in(lang);
}

std::string optional_string_field(lua_State* L, int table, const char* key) {
  int type = raw_field(L, table, key);  // [value]
  std::string value;
  if (type == LUA_TSTRING || type == LUA_TNUMBER) value = clipped_string(L, -1, kMaxFieldBytes);
  else if (type != LUA_TNIL) luaL_error(L, "pc.emit: field '%s' must be a string", key);
  lua_pop(L, 1);  // []
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

}  // namespace

bool read_localized_text(lua_State* L, int index, size_t most, LocalizedText* out) {
  index = lua_absindex(L, index);
  int type = lua_type(L, index);
  if (type == LUA_TSTRING || type == LUA_TNUMBER) {
    out->zh = out->en = clipped_string(L, index, most);
    return true;
  }
  if (type != LUA_TTABLE) return false;
  int zh = raw_field(L, index, "zh");      // [zh]
  if (zh == LUA_TSTRING || zh == LUA_TNUMBER) out->zh = clipped_string(L, -1, most);
  int en = raw_field(L, index, "en");  // [zh, en]
  if (en == LUA_TSTRING || en == LUA_TNUMBER) out->en = clipped_string(L, -1, most);
  lua_pop(L, 2);                           // []
  return true;
}

// pc.emit{at=, attr=, offset=, message=, severity=, task=, unit=, suggestion=}
int api_emit(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  RuleContext& ctx = rule_context(L);
  const Document* doc = ctx.report ? ctx.report : ctx.plan ? &ctx.plan->document() : nullptr;
  if (!doc || !ctx.rule || !ctx.out) return luaL_error(L, "pc.emit can only be called while a rule checks a document");
  if (ctx.emitted >= ctx.findings_limit) {  // past the cap: counted, summed up after the call
    ++ctx.dropped;
    return 0;
  }
  const Document* checked = doc;
  pugi::xml_node node = doc->root();

  raw_field(L, 1, "at");  // [t, at]
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
  lua_pop(L, 1);  // [t]
  // A report rule's findings are about the report it checks: one at a plan node would be
  // filed under the plan, outside the report's findings, baseline and waivers.
  if (doc != checked)
    return luaL_error(L, "pc.emit: 'at' must be in the document being checked (%s), not in %s",
                      checked->path().c_str(), doc->path().c_str());

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
  raw_field(L, 1, "offset");  // [t, offset]
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
  ++ctx.emitted;
  return 0;
}

}  // namespace plancheck
