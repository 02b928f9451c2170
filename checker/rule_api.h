// The API a rule sees (docs/rule-api.md): documents and nodes as userdata with XPath
// selection, and the `pc` table (emit, dates, figures, unit names, the as-of date).
// Internal to the Lua host.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <lua.hpp>
#include <pugixml.hpp>

#include "lua_host.h"
#include "lua_patterns.h"
#include "quantities.h"

namespace plancheck {

// What the API functions of one lua_State share: the run's settings, the documents
// being checked now, and where findings go. Reached through lua_getextraspace.
struct RuleContext {
  void* host = nullptr;  // the LuaHost::Impl that owns this state
  const RunSettings* settings = nullptr;
  // Report nodes are valid only while their report is checked; each report gets a new
  // generation and a node from an older one is refused instead of read after free.
  // Plans live for the whole run: generation 0.
  uint64_t generation = 0;
  const Document* report = nullptr;
  const Plan* plan = nullptr;
  const RuleInfo* rule = nullptr;  // the rule running now
  std::vector<Finding>* out = nullptr;
  ChargeSteps charge = nullptr;  // charges work done in C++ for a rule to its budget
  // An XPath as compiled once per state. `child_name` is set when the whole query is one
  // element name ("p", "lead"): the child elements of that name, which select and first
  // then read straight from the tree (the same nodes, in the same order, as pugixml's XPath).
  struct CompiledQuery {
    std::unique_ptr<pugi::xpath_query> query;
    std::string child_name;
  };
  std::unordered_map<std::string, CompiledQuery> xpath_cache;
  // pc.figures results of the report being checked, by text: several text rules read the
  // same paragraphs. Emptied for each report; small texts only (bench/RESULTS.md).
  uint64_t figures_generation = 0;
  size_t figures_cached_bytes = 0;
  std::unordered_map<std::string, std::vector<Quantity>> figures_by_text;
};

RuleContext& rule_context(lua_State* L);

// Registers the userdata metatables and leaves the `pc` table on the stack.
void push_rule_api(lua_State* L);

// [-0, +1] Pushes a userdata for a document: the report being checked or a plan.
void push_document(lua_State* L, const Document* doc, const Plan* plan, uint64_t generation);

}  // namespace plancheck
