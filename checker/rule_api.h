// The API a rule sees (docs/rule-api.md), internal to the Lua host. One file per exposed
// Lua class: lua_node.cc (nodes and their XPath methods), lua_document.cc (documents),
// lua_plan.cc (a plan's methods), lua_pc.cc (the `pc` table), lua_emit.cc (pc.emit).
// This header holds what they share: the per-state context and the userdata types.
#pragma once
#include <cstdint>
#include <filesystem>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <lua.hpp>
#include <pugixml.hpp>

#include "document.h"
#include "finding.h"
#include "plan.h"
#include "rule_types.h"
#include "text_parts.h"
#include "lua_patterns.h"
#include "masks.h"
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
  // The share of the report's parts and texts the call sees (RuleJob): all, unless a
  // by_part rule runs on a big report as several jobs.
  size_t shard = 0, shards = 1;
  std::vector<Finding>* out = nullptr;
  ChargeSteps charge = nullptr;  // charges work done in C++ for a rule to its budget
  // An XPath as compiled once per state. `child_name` is set when the whole query is one
  // element name ("p", "lead"): the child elements of that name, which select and first
  // then read straight from the tree (the same nodes, in the same order, as pugixml's XPath).
  struct CompiledQuery {
    std::unique_ptr<pugi::xpath_query> query;
    std::string child_name;
    int global_levels = 0;  // lua_node.cc's global_predicate_levels, found once when compiled
  };
  // The most recently used queries, at most kXPathCacheSize of them (least recently used
  // dropped first), so a rule building a new XPath string per call cannot grow it.
  static constexpr size_t kXPathCacheSize = 256;
  std::list<std::pair<std::string, CompiledQuery>> xpath_recent;  // most recent first
  std::unordered_map<std::string, std::list<std::pair<std::string, CompiledQuery>>::iterator> xpath_cache;
  // Node sets selected in the report being checked, by XPath and context node: a dozen
  // rules each select /report/task. Emptied for each report; at most kSelectedNodesCached
  // nodes in all, so a 100 MB report's paragraphs are not held twice.
  static constexpr size_t kSelectedNodesCached = 1u << 20;
  uint64_t selections_generation = 0;
  size_t selected_nodes = 0;
  std::unordered_map<std::string, std::vector<pugi::xml_node>> selections;
  // Element counts of the documents XPath ran on (the cost estimate's n), by document and
  // report generation.
  std::unordered_map<const Document*, std::pair<uint64_t, size_t>> node_counts;

  // The sandbox's state for the rule call in progress (reset by the host for every call).
  std::vector<std::string> rule_dirs;       // the rule folders, as given
  std::vector<std::string> real_rule_dirs;  // the same after symlinks: require stays inside
  size_t printed_bytes = 0;    // print() output so far
  size_t findings_limit = 0;   // findings this call may emit (RuleLimits::findings, scaled)
  size_t emitted = 0;          // findings emitted so far
  size_t dropped = 0;          // findings past findings_limit, summed up after the call
  // What the figure and mask readers found in each text of the report being checked:
  // several text rules read the same paragraphs (pc.masks, pc.figures, pc.conflicts), each
  // found once. Emptied for each report; small texts only (bench/RESULTS.md).
  uint64_t analyses_generation = 0;
  size_t analyses_cached_bytes = 0;
  struct TextAnalysis {
    bool masks_found = false;
    std::vector<Mask> masks;      // find_masks
    bool figures_found = false;
    std::vector<Quantity> figures;  // find_quantities
    bool described = false;         // their metric fields filled (describe_metrics)
    // The text as the figure readers read it: to_simplified(text) for a text written in
    // traditional characters (增長 is 增长 to the describer), when that keeps every byte
    // offset; else empty, and they read the text itself.
    bool reading_found = false;
    std::string simplified;
  };
  std::unordered_map<std::string, TextAnalysis> analyses_by_text;
  // The parts of the report being checked (report:parts(), text_parts.h), computed once
  // per report for every rule that asks: which document and generation they are of.
  const Document* parts_document = nullptr;
  uint64_t parts_generation = 0;
  std::vector<TextPart> parts;
  // The texts the text rules read (report:texts(), text_parts.h), likewise once per report.
  const Document* texts_document = nullptr;
  uint64_t texts_generation = 0;
  std::vector<pugi::xml_node> texts;
  // The folders evidence links are relative to (evidence_path.h), by the folder as the
  // report's path names it: a canonical walk costs a system call or two per component,
  // and a run's reports mostly share one folder. Emptied when it holds kFoldersCached.
  static constexpr size_t kFoldersCached = 1024;
  std::unordered_map<std::string, std::filesystem::path> evidence_folders;
  // The models (lua_model.cc), as registry references: the report's, rebuilt for each
  // report generation when a rule first asks, and each plan's, built once per state.
  int report_model_ref = LUA_NOREF;
  uint64_t report_model_generation = 0;
  std::unordered_map<const Plan*, int> plan_models;
};

RuleContext& rule_context(lua_State* L);

// Charges `steps` of C++ work to the running rule's budget (and reads the clock); raises
// "rule stopped" once the rule is over its budget or its time.
void charge_or_stop(lua_State* L, uint64_t steps);

// Byte-proportional work counts one step per this many bytes (a VM instruction is about
// the time of copying 64 bytes).
inline constexpr size_t kBytesPerStep = 64;

// `text` cut to `most` bytes at a UTF-8 character boundary, with the number of bytes cut
// said at the end (a finding quoting a megabyte attribute would print a megabyte line).
std::string clip_text(const char* text, size_t length, size_t most);

inline constexpr const char* kNodeType = "plancheck.node";
inline constexpr const char* kDocumentType = "plancheck.document";

// The userdata behind a node: the node, its document, and the report generation it is
// valid for (0: a plan, valid for the whole run).
struct NodeRef {
  pugi::xml_node node;
  const Document* doc;
  uint64_t generation;
};

// The userdata behind a document: the report being checked, or a plan.
struct DocumentRef {
  const Document* doc;
  const Plan* plan;  // set when the document is a loaded plan
  uint64_t generation;
};

// Raises unless `generation` is 0 (a plan) or the report being checked now.
void check_alive(lua_State* L, uint64_t generation);
// luaL_checkudata with a hint for the usual slip: task.attr("ref") for task:attr("ref").
void* check_userdata(lua_State* L, int arg, const char* type, const char* what);
NodeRef& check_node(lua_State* L, int arg);
DocumentRef& check_document(lua_State* L, int arg);

// [-0, +1] Pushes a node userdata, or nil for no node (or the document node).
void push_node(lua_State* L, pugi::xml_node node, const Document* doc, uint64_t generation);

// [-0, +1] Pushes a userdata for a document: the report being checked or a plan.
void push_document(lua_State* L, const Document* doc, const Plan* plan, uint64_t generation);

// [-0, +0] Registers metatable `name` with `methods` (as __index) and `metamethods`,
// locked against getmetatable.
void register_type(lua_State* L, const char* name, const luaL_Reg* methods, const luaL_Reg* metamethods);

// The XPath methods nodes and documents share (select, first, value): lua_node.cc.
extern const luaL_Reg kXPathMethods[];
// A plan's methods on a document userdata (id, issued, tasks, ...): lua_plan.cc.
extern const luaL_Reg kPlanMethods[];
// doc:model(), the report's and the plan's models, built once: lua_model.cc.
extern const luaL_Reg kModelMethods[];

// [-1, +1] Replaces the table on top of the stack by a read-only view of it, its nested
// plain tables frozen too (lua_frozen.cc). Every rule may be handed the view: none can
// change what another sees. With `walk` false the table's fields are not looked at: the
// caller has frozen each nested table as it built it (lua_model.cc), which saves a second
// walk of the whole value.
void freeze_top(lua_State* L, bool walk = true);
// [-0, +0] The metatable frozen values share (lua_frozen.cc).
void register_frozen_type(lua_State* L);

// [-0, +0] The node and the document metatables (lua_node.cc, lua_document.cc).
void register_node_type(lua_State* L);
void register_document_type(lua_State* L);

// Reads the value at `index` as a LocalizedText without metamethods, each text cut to
// `most` bytes (clip_text). False when the value is neither a string nor a table; a number
// counts as a string. [-0, +0]
bool read_localized_text(lua_State* L, int index, size_t most, LocalizedText* out);

// pc.emit{...}: lua_emit.cc.
int api_emit(lua_State* L);

// Registers the userdata metatables and leaves the `pc` table on the stack: lua_pc.cc.
void push_rule_api(lua_State* L);

}  // namespace plancheck
