// The `pc` table (docs/rule-api.md, "The pc table"): dates, figures, unit names, repeated
// passages, evidence links and the run's settings; pc.emit is in lua_emit.cc.
#include <algorithm>
#include <cstring>
#include <deque>

#include "chinese_variants.h"
#include "conflicts.h"
#include "dates.h"
#include "evidence_path.h"
#include "masks.h"
#include "metrics.h"
#include "quantities.h"
#include "repeats.h"
#include "rule_api.h"
#include "units.h"

namespace plancheck {

RuleContext& rule_context(lua_State* L) { return **static_cast<RuleContext**>(lua_getextraspace(L)); }

namespace {

// Sizes past which the pc helpers refuse their input (docs/rule-api.md): their C++ work
// holds several times the text in the host's memory, outside the Lua memory cap.
constexpr size_t kMaxFigureTextBytes = 1u << 20;   // pc.figures, pc.quantity, each text of pc.conflicts
constexpr size_t kMaxRepeatsBytes = 4u << 20;      // pc.repeats, all its texts together
constexpr size_t kMaxUnitNameBytes = 1000;         // pc.closest_unit: longer names are no unit
constexpr size_t kQuantityHostBytes = 256;         // what one figure holds in the host, for pc.conflicts

// A list of strings, each charged to the budget and at most `most` bytes.
std::vector<std::string> check_string_list(lua_State* L, int arg, size_t most = SIZE_MAX) {
  luaL_checktype(L, arg, LUA_TTABLE);
  std::vector<std::string> items;
  lua_Integer n = luaL_len(L, arg);
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_geti(L, arg, i);  // [..., item]
    if (!lua_isstring(L, -1)) luaL_argerror(L, arg, "a list of strings expected");
    size_t length = 0;
    const char* text = lua_tolstring(L, -1, &length);
    charge_or_stop(L, 1 + length / kBytesPerStep);
    if (length > most)
      luaL_argerror(L, arg, lua_pushfstring(L, "texts of at most %d KiB expected (item %I has %I bytes)",
                                            static_cast<int>(most >> 10), i, static_cast<lua_Integer>(length)));
    items.emplace_back(text, length);
    lua_pop(L, 1);  // [...]
  }
  return items;
}

// Views of the strings in the list at `arg`, which keeps them alive while the calling C
// function runs: no copy of a scope's text (a 100 MB report's narrative).
std::vector<std::string_view> check_string_views(lua_State* L, int arg) {
  luaL_checktype(L, arg, LUA_TTABLE);
  std::vector<std::string_view> views;
  for (lua_Integer i = 1, n = luaL_len(L, arg); i <= n; ++i) {
    if (lua_geti(L, arg, i) != LUA_TSTRING) luaL_argerror(L, arg, "a list of strings expected");  // [..., item]
    size_t length = 0;
    const char* text = lua_tolstring(L, -1, &length);
    charge_or_stop(L, 1);
    views.emplace_back(text, length);
    lua_pop(L, 1);  // [...]
  }
  return views;
}

// The string at `arg`, its bytes charged to the budget, at most `most` of them.
std::string check_std_string(lua_State* L, int arg, size_t most = SIZE_MAX) {
  size_t length = 0;
  const char* text = luaL_checklstring(L, arg, &length);
  charge_or_stop(L, 1 + length / kBytesPerStep);
  if (length > most)
    luaL_argerror(L, arg, lua_pushfstring(L, "a text of at most %d KiB expected (got %I bytes)",
                                          static_cast<int>(most >> 10), static_cast<lua_Integer>(length)));
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
  lua_Integer days = luaL_checkinteger(L, 2);
  luaL_argcheck(L, days >= -1'000'000 && days <= 1'000'000, 2, "at most 1,000,000 days either way expected");
  lua_pushstring(L, date.add_days(static_cast<long>(days)).iso().c_str());
  return 1;
}

// [-0, +1] {value=, approx=, unit=, masked=, text=, offset=, length=, rounding=, subject=,
//          metric=, counted=, role=, topic=, item=}
// A figure as pc.figures gives it; without `metrics` the fields describe_metrics fills
// (metric, counted, state, role, topic, item) are left out.
void push_quantity(lua_State* L, const Quantity& q, bool metrics = true) {
  lua_createtable(L, 0, metrics ? 14 : 8);
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
  if (!metrics) return;
  set_string_field(L, "metric", q.metric);  // metrics.h: what the figure measures
  set_string_field(L, "counted", q.counted);
  set_string_field(L, "state", q.state);
  set_string_field(L, "role", figure_role_name(static_cast<FigureRole>(q.role)));
  set_string_field(L, "topic", q.topic);
  set_string_field(L, "item", q.item);
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
  auto q = read_quantity(check_std_string(L, 1, kMaxFigureTextBytes));
  if (q) push_quantity(L, *q);
  else lua_pushnil(L);
  return 1;
}

// What the readers found in `text` for the report being checked: several text rules read
// the same paragraphs, so it is kept per report (texts up to 4 MB in all, so a 100 MB
// report is not held twice). A text past that gets `uncached`, filled anew.
RuleContext::TextAnalysis& analysis_of(RuleContext& context, const std::string& text,
                                       RuleContext::TextAnalysis& uncached) {
  constexpr size_t kMostCachedBytes = 4u << 20;
  if (context.analyses_generation != context.generation) {
    context.analyses_by_text.clear();
    context.analyses_cached_bytes = 0;
    context.analyses_generation = context.generation;
  }
  if (auto hit = context.analyses_by_text.find(text); hit != context.analyses_by_text.end()) return hit->second;
  if (context.analyses_cached_bytes + text.size() > kMostCachedBytes) return uncached;
  context.analyses_cached_bytes += text.size();
  return context.analyses_by_text[text];
}

// The masks of `text` (whose analysis is `entry`), found once.
const std::vector<Mask>& masks_in(std::string_view text, RuleContext::TextAnalysis& entry) {
  if (!entry.masks_found) {
    entry.masks = find_masks(text);
    entry.masks_found = true;
  }
  return entry.masks;
}

// What the figure readers read for `text`: the text, or its simplified copy when it is
// written in traditional characters (the readers' words are simplified: 增長 must read as
// 增长, 個百分點 as 个百分点). The copy keeps every byte offset, so figures and masks fall at
// the same places in both; a conversion that would move one is not used.
std::string_view reading_of(std::string_view text, RuleContext::TextAnalysis& entry) {
  if (!entry.reading_found) {
    entry.reading_found = true;
    if (has_traditional_characters(text)) {
      std::string simplified = to_simplified(text);
      if (simplified.size() == text.size() && simplified != text) entry.simplified = std::move(simplified);
    }
  }
  return entry.simplified.empty() ? text : std::string_view(entry.simplified);
}

// The figures of `text`, found once. With `metrics` false the metric fields may be left
// empty; describe(...) fills them when needed. A figure is quoted as the text writes it
// (1.5個百分點), whatever was read.
std::vector<Quantity>& figures_in(std::string_view text, RuleContext::TextAnalysis& entry, bool metrics = true) {
  if (!entry.figures_found) {
    const std::string_view read = reading_of(text, entry);
    entry.figures = find_quantities(read, masks_in(text, entry), metrics);
    if (read.data() != text.data())
      for (Quantity& q : entry.figures)
        if (q.offset + q.length <= text.size() && read.substr(q.offset, q.length) == q.text)
          q.text = std::string(text.substr(q.offset, q.length));
    entry.figures_found = true;
    entry.described = metrics;
  }
  return entry.figures;
}

// Fills the metric fields of the figures of `text` unless they are.
void describe(std::string_view text, RuleContext::TextAnalysis& entry) {
  if (entry.described) return;
  describe_metrics(reading_of(text, entry), entry.figures);
  entry.described = true;
}

// pc.figures(text [, metrics]) → every figure in running text, masked ones included;
// with `metrics` false, without what describe_metrics adds (most of the cost of reading)
int api_figures(lua_State* L) {
  RuleContext::TextAnalysis uncached;
  std::string text = check_std_string(L, 1, kMaxFigureTextBytes);
  const bool metrics = lua_isnoneornil(L, 2) || lua_toboolean(L, 2);
  RuleContext::TextAnalysis& entry = analysis_of(rule_context(L), text, uncached);
  figures_in(text, entry, metrics);
  if (metrics) describe(text, entry);
  const std::vector<Quantity>& figures = entry.figures;
  lua_createtable(L, static_cast<int>(figures.size()), 0);
  int index = 0;
  for (const Quantity& q : figures) {
    push_quantity(L, q, metrics);
    lua_rawseti(L, -2, ++index);
  }
  return 1;
}

// pc.masks(text) → every mask in `text` (masks.h): {offset=, length=, text=, figure=}
// (offset 1-based, in bytes; figure: the mask stands for a number, which pc.figures gives)
int api_masks(lua_State* L) {
  const std::string text = check_std_string(L, 1, kMaxFigureTextBytes);
  RuleContext::TextAnalysis uncached;
  const std::vector<Mask>& masks = masks_in(text, analysis_of(rule_context(L), text, uncached));
  lua_createtable(L, static_cast<int>(masks.size()), 0);  // [list]
  int index = 0;
  for (const Mask& m : masks) {
    lua_createtable(L, 0, 4);  // [list, mask]
    set_integer_field(L, "offset", static_cast<lua_Integer>(m.offset) + 1);
    set_integer_field(L, "length", static_cast<lua_Integer>(m.length));
    set_string_field(L, "text", text.substr(m.offset, m.length));
    lua_pushboolean(L, m.figure);   // [list, mask, figure]
    lua_setfield(L, -2, "figure");  // [list, mask]
    lua_rawseti(L, -2, ++index);    // [list]
  }
  return 1;
}

// pc.conflicts(texts [, min_subject_chars]) → each figure of the scope `texts` that
// contradicts an earlier one of the same subject: {index, figure, earlier_index, earlier}
int api_conflicts(lua_State* L) {
  std::vector<std::string> texts = check_string_list(L, 1, kMaxFigureTextBytes);
  lua_Integer min_chars = luaL_optinteger(L, 2, 6);
  luaL_argcheck(L, min_chars >= 1, 2, "a positive number of characters expected");
  RuleContext& context = rule_context(L);
  std::deque<RuleContext::TextAnalysis> uncached;  // stable addresses for texts past the cache
  std::vector<RuleContext::TextAnalysis*> read;
  size_t held = 0;  // figures held in the host for this call, against the memory cap
  std::unordered_map<std::string_view, size_t> figures_in_unit;  // unmasked figures by measure word
  for (const std::string& text : texts) {
    read.push_back(&analysis_of(context, text, uncached.emplace_back()));
    figures_in(text, *read.back(), /*metrics=*/false);
    held += read.back()->figures.size();
    if (held * kQuantityHostBytes > context.settings->limits.memory_bytes)
      return luaL_error(L, "pc.conflicts: the texts hold more figures (%I) than the memory cap allows",
                        static_cast<lua_Integer>(held));
    for (const Quantity& q : read.back()->figures)
      if (!q.masked) ++figures_in_unit[q.unit];
  }
  // Only figures in one measure word are compared: a text none of whose figures shares its
  // measure word with another is left undescribed (its figures have no metric, so none is
  // compared), and one that has such a figure is described whole (a growth figure takes
  // the metric of the level before it).
  std::vector<const std::vector<Quantity>*> figures;
  for (size_t t = 0; t < texts.size(); ++t) {
    RuleContext::TextAnalysis& entry = *read[t];
    bool compared = std::any_of(entry.figures.begin(), entry.figures.end(),
                                [&](const Quantity& q) { return !q.masked && figures_in_unit[q.unit] > 1; });
    if (compared) describe(texts[t], entry);
    figures.push_back(&entry.figures);
  }
  bool stopped = false;
  const ScopeTopics topics = heading_topics(texts, figures);
  auto conflicts = find_conflicting_figures(
      figures, static_cast<size_t>(min_chars),
      [&](uint64_t comparisons) {
        stopped = context.charge && !context.charge(L, comparisons);
        return !stopped;
      },
      &topics);
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

// pc.names_one(a, b [, min_chars]) → whether two metric names name one metric (metrics.h:
// metrics_name_one; min_chars the shorter's least length, default 2)
int api_names_one(lua_State* L) {
  const std::string a = check_std_string(L, 1), b = check_std_string(L, 2);
  const lua_Integer min_chars = luaL_optinteger(L, 3, 2);
  luaL_argcheck(L, min_chars >= 1, 3, "a positive number of characters expected");
  lua_pushboolean(L, metrics_name_one(a, b, static_cast<size_t>(min_chars)));
  return 1;
}

// pc.normalize_unit(name) → the name as units are compared
int api_normalize_unit(lua_State* L) {
  std::string name = normalize_unit_name(check_std_string(L, 1));
  lua_pushlstring(L, name.data(), name.size());
  return 1;
}

// pc.without_pinyin_glosses(text) → the text without the pinyin a mirror site writes in brackets
// after a character (預(yù)算 → 預算): one reading of them for the rules and the importers
// (chinese_variants.h)
int api_without_pinyin_glosses(lua_State* L) {
  std::string text = without_pinyin_glosses(check_std_string(L, 1));  // [text]
  lua_pushlstring(L, text.data(), text.size());                       // [text, result]
  return 1;
}

// pc.is_collective(name) → whether the name is a group, not one unit
int api_is_collective(lua_State* L) {
  lua_pushboolean(L, is_collective_name(check_std_string(L, 1)));
  return 1;
}

// pc.closest_unit(name, candidates) → the candidate to suggest, or nil
int api_closest_unit(lua_State* L) {
  std::string name = check_std_string(L, 1);
  std::vector<std::string> candidates = check_string_list(L, 2);
  // The edit distance is |name| x |candidate| steps: longer names are no unit names.
  if (name.size() > kMaxUnitNameBytes) {
    lua_pushnil(L);
    return 1;
  }
  uint64_t steps = 0;
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                  [](const std::string& c) { return c.size() > kMaxUnitNameBytes; }),
                   candidates.end());
  for (const std::string& c : candidates) steps += 1 + name.size() * c.size() / 16;
  charge_or_stop(L, steps);
  auto closest = closest_unit(name, candidates);
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
  RuleContext& context = rule_context(L);
  if (!context.report) return luaL_error(L, "pc.evidence_status can only be called while a report is checked");
  std::string folder_name = std::filesystem::path(context.report->path()).parent_path().string();
  auto folder = context.evidence_folders.find(folder_name);
  if (folder == context.evidence_folders.end()) {
    if (context.evidence_folders.size() >= RuleContext::kFoldersCached) context.evidence_folders.clear();
    folder = context.evidence_folders.emplace(folder_name, evidence_folder(context.report->path())).first;
  }
  lua_pushstring(L, evidence_status_name(evidence_status(folder->second, href)));
  return 1;
}

// pc.repeats(texts [, min_chars]) → every passage of at least min_chars characters (default
// 30) that repeats an earlier one of the list verbatim:
// {index=, offset=, length=, text=, first_index=, first_offset=} (1-based, offsets in bytes)
int api_repeats(lua_State* L) {
  std::vector<std::string_view> texts = check_string_views(L, 1);
  lua_Integer min_chars = luaL_optinteger(L, 2, 30);
  luaL_argcheck(L, min_chars >= 1, 2, "a positive number of characters expected");
  size_t bytes = 0;
  for (std::string_view text : texts) bytes += text.size();
  if (bytes > kMaxRepeatsBytes)
    return luaL_argerror(L, 1, lua_pushfstring(L, "texts of at most %d MiB in all expected (got %I bytes)",
                                               static_cast<int>(kMaxRepeatsBytes >> 20), static_cast<lua_Integer>(bytes)));
  charge_or_stop(L, 1 + bytes / 2);
  // No passage is longer than all the texts: a bigger minimum finds nothing (and would
  // cost min_chars steps before the search starts).
  if (static_cast<uint64_t>(min_chars) > bytes) {
    lua_newtable(L);
    return 1;
  }
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

}  // namespace

void push_rule_api(lua_State* L) {
  register_node_type(L);
  register_document_type(L);
  register_frozen_type(L);

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
      {"names_one", api_names_one},
      {"normalize_unit", api_normalize_unit},
      {"without_pinyin_glosses", api_without_pinyin_glosses},
      {"is_collective", api_is_collective},
      {"closest_unit", api_closest_unit},
      {"repeats", api_repeats},
      {"evidence_status", api_evidence_status},
      {nullptr, nullptr}};
  luaL_newlib(L, api);  // [pc]
  const RunSettings& settings = *rule_context(L).settings;
  set_string_field(L, "as_of", settings.as_of.iso());
  set_integer_field(L, "as_of_day", settings.as_of.days());  // for the models' *_day fields
  set_string_field(L, "lang", settings.lang);
  set_integer_field(L, "due_soon_days", settings.due_soon_days);
}

}  // namespace plancheck
