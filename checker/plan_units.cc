#include "plan_units.h"

#include <algorithm>

#include "chinese_variants.h"
#include "dates.h"
#include "numerals.h"
#include "plan_numbering.h"
#include "plan_table.h"

namespace plancheck {

namespace {

using u32 = std::u32string;
using u32view = std::u32string_view;

bool is_open(char32_t c) { return u32view(U"（(〔[【［").find(c) != u32view::npos; }
bool is_close(char32_t c) { return u32view(U"）)〕]】］").find(c) != u32view::npos; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0xA0; }
bool is_list_mark(char32_t c) { return u32view(U"、，,；;").find(c) != u32view::npos; }

bool starts_with(u32view s, u32view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }
bool ends_with(u32view s, u32view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
bool contains(u32view s, u32view p) { return s.find(p) != u32view::npos; }

// The original and its simplified copy, position for position.
struct Text {
  u32 o, s;
};

// `text` as written and simplified, position for position; when simplifying changed the
// length (a rare character OpenCC maps to two), keywords are read on the text as written.
Text both_forms(std::string_view text) {
  Text t{to_u32(text), to_u32(to_simplified(text))};
  if (t.s.size() != t.o.size()) t.s = t.o;
  return t;
}

struct Range {
  size_t b = 0, e = 0;
  // An organ the name shares with a later item of its list (share_suffixes): the name is
  // [b, e) then [sb, se). Empty for a name written whole.
  size_t sb = 0, se = 0;
  // A 各 the name shares with the first item of its list (各市、县人民政府: 各县人民政府): the name
  // is [pb, pe) before the rest. Empty for a name written whole.
  size_t pb = 0, pe = 0;
  bool empty() const { return e <= b; }
  bool shared() const { return se > sb; }
};

Range trim(const Text& t, Range r) {
  while (r.b < r.e && (is_space(t.s[r.b]) || is_list_mark(t.s[r.b]))) ++r.b;
  while (r.e > r.b && (is_space(t.s[r.e - 1]) || is_list_mark(t.s[r.e - 1]) || t.s[r.e - 1] == U'。')) --r.e;
  return r;
}

u32view simp(const Text& t, Range r) { return u32view(t.s).substr(r.b, r.e - r.b); }

// A list item's name, simplified (for reading) or as written (for output), its shared organ
// included: 各县（市、区） + 人民政府.
u32 name_simp(const Text& t, Range r) {
  u32 name(u32view(t.s).substr(r.pb, r.pe - r.pb));
  name += simp(t, r);
  if (r.shared()) name += u32view(t.s).substr(r.sb, r.se - r.sb);
  return name;
}
std::string name_of(const Text& t, Range r) {
  u32 name(u32view(t.o).substr(r.pb, r.pe - r.pb));
  name += u32view(t.o).substr(r.b, r.e - r.b);
  if (r.shared()) name += u32view(t.o).substr(r.sb, r.se - r.sb);
  return to_utf8(name);
}

constexpr u32view kUnitSuffixes[] = {
    U"部", U"委", U"局", U"办", U"厅", U"署", U"院", U"会", U"府", U"中心", U"单位", U"部门", U"机构", U"银行",
    U"集团", U"公司", U"联", U"团", U"社", U"所", U"站", U"队", U"处", U"科", U"室", U"组", U"馆", U"校",
    U"行", U"地区", U"法院", U"检察院", U"办公室", U"总局", U"管委会", U"街道", U"乡镇", U"镇", U"政府", U"党委",
    U"工委", U"分局", U"支队", U"大队", U"协会", U"学会", U"基金", U"平台", U"城市", U"市", U"区", U"县", U")", U"）"};

bool has_suffix(u32view name) {
  for (u32view suffix : kUnitSuffixes)
    if (ends_with(name, suffix)) return true;
  return false;
}

// Words with which a piece of running text, never a unit's name, begins.
constexpr u32view kSentenceStarts[] = {U"要", U"将", U"把", U"对", U"在", U"以", U"从", U"按", U"根据", U"通过",
                                       U"含", U"包括", U"不含", U"除", U"其中", U"如", U"即", U"以下", U"上述",
                                       U"并", U"和", U"与", U"及", U"或", U"如有"};

bool plausible_unit(u32view name) {
  if (name.size() < 2 || name.size() > 32) return false;
  for (u32view start : kSentenceStarts)
    if (starts_with(name, start)) return false;
  int depth = 0;
  for (char32_t c : name) {
    if (is_open(c)) ++depth;
    else if (is_close(c)) depth = std::max(0, depth - 1);
    else if (depth == 0 && u32view(U"。！？：:“”\"《》的%").find(c) != u32view::npos) return false;
  }
  if (name[0] >= U'0' && name[0] <= U'9') return false;
  return true;
}

// Names that point at no unit at all: the 有关部门 of 会同有关部门负责, 等有关方面.
bool generic_name(u32view name) {
  for (u32view g : {U"有关部门", U"相关部门", U"有关单位", U"相关单位", U"有关方面", U"其他有关部门", U"其他相关部门",
                    U"有关部门和单位", U"相关部门和单位", U"其他部门", U"部门", U"单位"})
    if (name == g) return true;
  return false;
}

// A leader of a government, not a unit: 分管副省长, 协管副秘书长, 常务副市长, 县长, 分管市领导.
// Plans name the leader in charge beside the units (（分管副省长负责，省发展改革委牵头…）);
// the leader reports as no unit.
bool leader_title(u32view name) {
  if (name.size() > 10) return false;
  for (u32view title : {U"省长", U"市长", U"县长", U"区长", U"州长", U"旗长", U"盟长", U"镇长", U"乡长", U"秘书长",
                        U"省领导", U"市领导", U"县领导", U"区领导", U"分管领导", U"领导同志"})
    if (ends_with(name, title)) return true;
  return false;
}

// Words of a place class that, after 各X、, continue the collective (各区、县级市).
bool place_class(u32view name) {
  for (u32view p : {U"区", U"县", U"市", U"县级市", U"县区", U"市区", U"县（市）", U"县(市)", U"乡", U"镇", U"乡镇",
                    U"街道", U"旗", U"盟", U"州", U"自治县", U"市辖区", U"开发区", U"园区"})
    if (name == p) return true;
  return false;
}

// A piece of a list that is a date, not a unit: 6月底完成, 2020年底前.
bool date_piece(u32view piece) {
  if (piece.empty()) return false;
  bool digit_start = (piece[0] >= U'0' && piece[0] <= U'9') || (piece[0] >= U'０' && piece[0] <= U'９') ||
                     u32view(U"一二三四五六七八九十").find(piece[0]) != u32view::npos;
  bool date_word = contains(piece, U"月") || contains(piece, U"年底") || contains(piece, U"年内") || contains(piece, U"日前");
  // A frequency is a time too, never a unit's name: 每年11月底前, 每季度开展一次, 每半年报送一次, 定期通报.
  bool frequency = starts_with(piece, U"每") || starts_with(piece, U"定期");
  // 全年, 常态化推进, 即日起: work that runs on, a time with no date, never a unit.
  if ((digit_start && date_word) || starts_with(piece, U"年底") || starts_with(piece, U"年内") ||
      starts_with(piece, U"长期") || starts_with(piece, U"持续") || starts_with(piece, U"全年") ||
      starts_with(piece, U"常态") || starts_with(piece, U"即日") || frequency)
    return true;
  // Else any wording the date reader reads where the piece starts: 春节前完成, 上半年完成.
  // (Any year the holiday table knows: only whether a date is read matters here.)
  const std::vector<DeadlineMatch> dates = find_deadlines(to_utf8(piece), /*ref_year=*/2024);
  return !dates.empty() && dates.front().offset == 0;
}

// A list item without what names no unit: a leading 由, 等 and all after it, a trailing
// note in brackets (（牵头）, （含…）).
Range clean_item(const Text& t, Range r) {
  r = trim(t, r);
  u32view s = simp(t, r);
  if (starts_with(s, U"由") && s.size() > 2) ++r.b;
  int depth = 0;
  for (size_t i = r.b; i < r.e; ++i) {
    char32_t c = t.s[i];
    if (is_open(c)) ++depth;
    else if (is_close(c)) depth = std::max(0, depth - 1);
    else if (depth == 0 && c == U'等' && i > r.b && u32view(U"高平同中初").find(t.s[i - 1]) == u32view::npos) {
      r.e = i;
      break;
    }
  }
  r = trim(t, r);
  // A trailing bracketed note.
  if (r.e > r.b && is_close(t.s[r.e - 1])) {
    size_t open = r.e - 1;
    int d = 0;
    for (size_t i = r.e; i-- > r.b;) {
      if (is_close(t.s[i])) ++d;
      else if (is_open(t.s[i]) && --d == 0) {
        open = i;
        break;
      }
    }
    u32view note = u32view(t.s).substr(open + 1, r.e - open - 2);
    for (u32view w : {U"牵头", U"负责", U"配合", U"含", U"除外", U"按", U"分别", U"下同", U"以下"})
      if (contains(note, w)) {
        r.e = open;
        break;
      }
  }
  return trim(t, r);
}

// Units run together where a reader closed up the space between them: 县农业农村局县财政局,
// 市发改委市财政局, 市海洋渔业局区农业农村局, 派出所县市场监管局. Split where a unit name ends
// and another begins: a level word (省 市 县 区 镇 乡 州 旗 盟) right after an organ's suffix
// (局 委 办 院 所 中心 公司…, never a place's own 市 区 县), each side three characters or more
// and ending as a unit does. The level must open a name, not a word: 市场, 市民, 区域, 乡村,
// 县域, 镇域 and the like stay inside (市场监管局市场科 is one name). 县委县政府, 市委宣传部 and
// 派出所工商质监所 (no level between) stay whole.
bool level_opens_name(u32view rest) {
  if (rest.empty() || u32view(U"省市县区镇乡州旗盟").find(rest[0]) == u32view::npos) return false;
  for (u32view word : {U"市场", U"市民", U"市政", U"市区", U"市级", U"区域", U"区级", U"县域", U"县级", U"镇域", U"镇级",
                       U"乡村", U"乡级", U"省级", U"州级", U"旗级"})
    if (starts_with(rest, word)) return false;
  return true;
}

// An organ's name that another may follow: a place's own 市 区 县 opens no list, nor does a
// body whose branches are named by their level (中国人民银行县支行, 国家税务总局县税务局,
// 共青团市委员会 are one name each).
bool ends_as_organ(u32view name) {
  if (!has_suffix(name)) return false;
  for (u32view end : {U"省", U"市", U"县", U"区", U"镇", U"乡", U"州", U"旗", U"盟", U"城市", U"地区", U"团", U"行",
                      U"总局"})
    if (ends_with(name, end)) return false;
  return true;
}

// A name that is a branch of the one before it (市公安局区分局, 电信公司县分公司): one name.
bool names_branch(u32view name) {
  for (u32view end : {U"分局", U"分公司", U"支行", U"分行", U"支队", U"大队", U"中队", U"分中心", U"分院", U"分所"})
    if (ends_with(name, end)) return true;
  return false;
}

std::vector<Range> split_run_together(const Text& t, Range r) {
  std::vector<Range> out;
  size_t from = r.b;
  const char32_t level = t.s[r.b];
  const bool leveled = u32view(U"省市县区镇乡州旗盟").find(level) != u32view::npos;
  for (size_t cut = from + 3; cut + 3 <= r.e; ++cut) {
    u32view left = simp(t, {from, cut}), right = simp(t, {cut, r.e});
    // The same level again (县…局县…局), or any level opening a name after an organ.
    if (!level_opens_name(right) || !has_suffix(right)) continue;
    const bool same_level = leveled && t.s[cut] == level && has_suffix(left);
    if (!same_level && (!ends_as_organ(left) || names_branch(right))) continue;
    out.push_back({from, cut});
    from = cut;
    cut += 2;
  }
  out.push_back({from, r.e});
  return out;
}

// Lists whose items share an organ: 各县（市、区）、乡（镇）人民政府 names 各县（市、区）人民政府
// and 乡（镇）人民政府; 市、县（区）人民政府 names 市人民政府 and 县（区）人民政府; 市、县两级住建部门
// names 市住建部门 and 县住建部门. The grammar, on the items of a list split on 、:
//
//   level        := a word of kLevels                     县  乡镇  街道
//   equivalents  := （ level { 、 level } ）                （市、区）  （镇）
//   bare item    := [各] level [equivalents]               各县（市、区）  市
//   organ item   := [各] level [equivalents] [N级] organ   乡（镇）人民政府  县两级住建部门
//   organ        := a word of kSharedOrgans | field 部门 | field 局     (field: 1–8 Han characters)
//
// A 各 before the first item of such a run counts every item (各市、县人民政府 names 各市人民政府 and
// 各县人民政府: every city's and every county's government), as the organ after the last does.
// Bare items joined by 、 alone and followed by an organ item take its organ, when the
// levels never go up the list (市、县 and 区、县, never 县、市: 各县（市、区）、市教育局 names the
// counties and a city bureau). A count N级 must count every level of the run (市、县两级) and
// is itself dropped from the names. An item that names an organisation of its own
// (开发区管委会, 市农业农村局, 各镇（街道）'s 街道办事处) is no bare item and no organ item:
// the items before it keep their names as written.

// Administrative levels, with a rank that goes down the hierarchy: 省 above 市 above 县
// above 乡 above 村. 区 is a city's district, a county's peer.
struct Level {
  u32view word;
  int rank;
};
constexpr Level kLevels[] = {
    {U"省", 1},  {U"自治区", 1}, {U"市", 2}, {U"州", 2},    {U"盟", 2},    {U"县级市", 3}, {U"县", 3}, {U"区", 3},
    {U"旗", 3},  {U"乡镇", 4},   {U"乡", 4}, {U"镇", 4},    {U"街道", 4},  {U"村", 5},     {U"社区", 5}};

// Organs every level has, written once after the last level of a list.
constexpr u32view kSharedOrgans[] = {
    U"人民政府", U"政府",      U"党委",       U"党委和政府", U"党委、政府", U"党委政府", U"党委和人民政府",
    U"人民政府办公室", U"政府办公室", U"党委办公室", U"管委会", U"人大常委会", U"政协", U"纪委监委"};

// A level word at `at` (the longest), its rank, or 0.
int level_at(u32view s, size_t at, size_t* length) {
  int rank = 0;
  *length = 0;
  for (const Level& l : kLevels)
    if (l.word.size() > *length && s.substr(at, l.word.size()) == l.word) {
      *length = l.word.size();
      rank = l.rank;
    }
  return rank;
}

// [各] level [equivalents] at the start of `s`: its rank (0 when there is none) and where it ends.
int read_levels(u32view s, size_t* end) {
  size_t at = starts_with(s, U"各") ? 1 : 0, length = 0;
  int rank = level_at(s, at, &length);
  if (rank == 0) return 0;
  at += length;
  if (at < s.size() && (s[at] == U'（' || s[at] == U'(')) {
    size_t close = s.find_first_of(U"）)", at);
    if (close == u32view::npos) return 0;
    // Each piece between the brackets must be a level: 县（市、区）, never 县（含开发区）.
    size_t from = at + 1;
    for (size_t i = from; i <= close; ++i) {
      if (i < close && s[i] != U'、') continue;
      size_t piece_length = 0;
      if (i == from || level_at(s.substr(0, i), from, &piece_length) == 0 || from + piece_length != i) return 0;
      from = i + 1;
    }
    at = close + 1;
  }
  *end = at;
  return rank;
}

// The organ an organ item ends with, from `at`: the whole rest when it is one (kSharedOrgans,
// or a field's 部门 / 局).
bool organ(u32view rest) {
  for (u32view o : kSharedOrgans)
    if (rest == o) return true;
  for (u32view kind : {U"部门", U"局"}) {
    if (!ends_with(rest, kind)) continue;
    u32view field = rest.substr(0, rest.size() - kind.size());
    if (field.empty() || field.size() > 8) continue;
    if (std::all_of(field.begin(), field.end(), [](char32_t c) { return is_ideograph(c); })) return true;
  }
  return false;
}

// A count of levels after them, 两级 三级: the count, or 0.
int level_count(u32view s, size_t at, size_t* length) {
  static constexpr u32view kCounts = U"一两三四五";
  if (at + 1 < s.size() && s[at + 1] == U'级') {
    size_t n = kCounts.find(s[at]);
    if (n != u32view::npos) {
      *length = 2;
      return static_cast<int>(n) + 1;
    }
    if (s[at] == U'二') {
      *length = 2;
      return 2;
    }
  }
  *length = 0;
  return 0;
}

// Gives bare items the organ of the organ item after them, as the grammar above says.
// `joined[k]`: item k follows item k-1 with 、 alone between them.
void share_suffixes(const Text& t, std::vector<Range>& items, const std::vector<bool>& joined) {
  for (size_t last = 1; last < items.size(); ++last) {
    if (!joined[last]) continue;
    u32view s = simp(t, items[last]);
    size_t levels_end = 0;
    const int last_rank = read_levels(s, &levels_end);
    if (last_rank == 0 || levels_end >= s.size()) continue;
    size_t count_length = 0;
    const int count = level_count(s, levels_end, &count_length);
    if (!organ(s.substr(levels_end + count_length))) continue;
    // The run of bare items before it, levels never going up.
    size_t first = last;
    int rank = last_rank;
    while (first > 0 && joined[first]) {
      size_t end = 0;
      u32view before = simp(t, items[first - 1]);
      const int before_rank = read_levels(before, &end);
      if (before_rank == 0 || end != before.size() || before_rank > rank || items[first - 1].shared()) break;
      rank = before_rank;
      --first;
    }
    if (first == last) continue;
    if (count != 0 && count != static_cast<int>(last - first + 1)) continue;
    const size_t organ_begin = items[last].b + levels_end + count_length;
    for (size_t k = first; k < last; ++k) {
      items[k].sb = organ_begin;
      items[k].se = items[last].e;
    }
    if (starts_with(simp(t, items[first]), U"各"))
      for (size_t k = first + 1; k <= last; ++k)
        if (!starts_with(simp(t, items[k]), U"各")) {
          items[k].pb = items[first].b;
          items[k].pe = items[first].b + 1;
        }
    if (count != 0) {  // 县两级住建部门 → 县住建部门
      items[last].sb = organ_begin;
      items[last].se = items[last].e;
      items[last].e = items[last].b + levels_end;
    }
  }
}

// 各县、市、区政府 (市 after 县 a county-level city): one tier of places named together, a
// collective kept whole like 各区、县级市 — not the levels going down that share_suffixes
// gives the organ one by one (市、县两级人民政府 → 市人民政府, 县人民政府). Only 市 after a
// county's level is read so; any other level going up (各乡镇、县人民政府), or a unit of its
// own last (各县（区）、市人社局), keeps the items apart.
void keep_tier_collectives(const Text& t, std::vector<Range>& names, std::vector<bool>& joined) {
  constexpr int kCounty = 3;
  for (size_t first = 0; first < names.size(); ++first) {
    u32view s = simp(t, names[first]);
    size_t end = 0;
    if (read_levels(s, &end) != kCounty || !starts_with(s, U"各") || end != s.size()) continue;
    bool county_city = false;
    for (size_t last = first + 1; last < names.size() && joined[last]; ++last) {
      u32view item = simp(t, names[last]);
      size_t item_end = 0;
      const int item_rank = read_levels(item, &item_end);
      const bool city = starts_with(item, U"市") && item_rank == kCounty - 1;
      if ((item_rank != kCounty && !city) || starts_with(item, U"各")) break;
      county_city = county_city || city;
      if (item_end == item.size()) continue;  // another bare level
      u32view rest = item.substr(item_end);
      if (std::find(std::begin(kSharedOrgans), std::end(kSharedOrgans), rest) == std::end(kSharedOrgans)) break;
      if (county_city) {
        names[first].e = names[last].e;
        names.erase(names.begin() + first + 1, names.begin() + last + 1);
        joined.erase(joined.begin() + first + 1, joined.begin() + last + 1);
      }
      break;
    }
  }
}

std::vector<Range> split_list(const Text& t, Range r, std::string* date_text, bool* implausible) {
  std::vector<Range> raw;
  size_t item = r.b;
  int depth = 0;
  for (size_t i = r.b; i < r.e; ++i) {
    char32_t c = t.s[i];
    if (is_open(c)) {
      ++depth;
      continue;
    }
    if (is_close(c)) {
      depth = std::max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    size_t cut = i, skip = 0;
    if (is_list_mark(c)) {
      skip = 1;
    } else if (c == U'及') {
      skip = 1;
      if (i > item && t.s[i - 1] == U'以') cut = i - 1;
    } else if (c == U'等' && i + 1 < r.e && t.s[i + 1] == U'和') {
      skip = 2;
    } else if (c == U'和') {
      Range left = trim(t, {item, i});
      size_t next = i + 1;
      int d = 0;
      while (next < r.e && !(d == 0 && (is_list_mark(t.s[next]) || t.s[next] == U'及'))) {
        if (is_open(t.s[next])) ++d;
        else if (is_close(t.s[next])) d = std::max(0, d - 1);
        ++next;
      }
      u32view right = simp(t, trim(t, {i + 1, next}));
      if (has_suffix(simp(t, left)) && simp(t, left).size() >= 2 && right.size() >= 3 &&
          (has_suffix(right) || starts_with(right, U"各")))
        skip = 1;
    } else if (is_space(c) && i > item) {
      // 市消防救援支队（牵头） 市住建局 市商务局: units set apart by spaces alone, each
      // whole (a name broken by a line, 区经济发 展局, is no unit on either side).
      size_t next = i;
      while (next < r.e && is_space(t.s[next])) ++next;
      size_t end = next;
      int d = 0;
      while (end < r.e && !(d == 0 && (is_list_mark(t.s[end]) || is_space(t.s[end])))) {
        if (is_open(t.s[end])) ++d;
        else if (is_close(t.s[end])) d = std::max(0, d - 1);
        ++end;
      }
      u32view left = simp(t, clean_item(t, {item, i})), right = simp(t, clean_item(t, {next, end}));
      if (left.size() >= 3 && right.size() >= 3 && has_suffix(left) && has_suffix(right)) skip = next - i;
    }
    if (skip == 0) continue;
    raw.push_back({item, cut});
    item = i + skip;
    i += skip - 1;
  }
  raw.push_back({item, r.e});

  // The pieces' names up to a date, each marked when 、 alone joins it to the one before.
  std::vector<Range> names;
  std::vector<bool> joined;
  bool after_list_comma = false;
  for (size_t k = 0; k < raw.size(); ++k) {
    Range whole = trim(t, raw[k]);
    const bool joins = after_list_comma && !whole.empty() && !names.empty();
    if (k + 1 < raw.size()) {
      Range between = {raw[k].e, raw[k + 1].b};
      u32view sep = simp(t, between);
      after_list_comma = sep == U"、";
      if (!whole.empty() && whole.e != raw[k].e) after_list_comma = false;  // 、 only, no other mark
    }
    if (whole.empty()) continue;
    if (date_piece(simp(t, whole))) {
      if (date_text) *date_text = to_utf8(u32view(t.o).substr(whole.b, whole.e - whole.b));
      break;
    }
    Range name = clean_item(t, whole);
    if (name.empty()) {
      after_list_comma = false;
      continue;
    }
    // 等 cut from the piece ends the run: 市、县等人民政府 is no shared list of two.
    if (name.e != whole.e) after_list_comma = false;
    names.push_back(name);
    joined.push_back(joins);
  }
  keep_tier_collectives(t, names, joined);
  share_suffixes(t, names, joined);

  std::vector<Range> items;
  for (Range name : names) {
    const u32 s = name_simp(t, name);
    if (!name.shared() && place_class(s) && !items.empty() && !items.back().shared() &&
        starts_with(simp(t, items.back()), U"各")) {
      items.back().e = name.e;
      continue;
    }
    if (generic_name(s) || leader_title(s)) continue;
    if (elision_marker(to_utf8(s))) continue;  // 区发改局、…… / （略）: an excerpt's mark, no unit
    if (!plausible_unit(s)) {
      if (implausible) *implausible = true;
      continue;
    }
    if (name.shared() || name.pe > name.pb) {
      items.push_back(name);
      continue;
    }
    for (Range unit : split_run_together(t, name)) items.push_back(unit);
  }
  return items;
}

// A note that names the lead's role, however worded: 牵头, 为牵头单位, 总牵头, 牵头抓总, 主责, 负总责.
bool lead_note(u32view note) {
  if (starts_with(note, U"为")) note.remove_prefix(1);
  for (u32view tail : {U"单位", U"部门"})
    if (ends_with(note, tail)) note.remove_suffix(tail.size());
  for (u32view role : {U"牵头", U"总牵头", U"主牵头", U"牵头抓总", U"牵头负责", U"主责", U"主办", U"负总责"})
    if (note == role) return true;
  return false;
}

// Whether the name at `r` is followed by a bracketed note that makes it the lead:
// 县农业农村局（牵头）、县住建局 under 责任单位, 市市场监管局〔牵头〕, X【牵头单位】.
bool noted_as_lead(const Text& t, Range r) {
  size_t at = r.e;
  while (at < t.s.size() && is_space(t.s[at])) ++at;
  if (at >= t.s.size() || !is_open(t.s[at])) return false;
  size_t close = at + 1;
  while (close < t.s.size() && !is_close(t.s[close]) && !is_open(t.s[close])) ++close;
  if (close >= t.s.size() || !is_close(t.s[close])) return false;
  return lead_note(simp(t, trim(t, {at + 1, close})));
}

// A name read with its note (X（负总责）, the last of a piece of a list set apart by ，): the
// note, when it names the lead's role, marks the lead and is no part of the name.
bool strip_lead_note(const Text& t, Range& r) {
  if (r.shared() || r.e <= r.b || !is_close(t.s[r.e - 1])) return false;
  size_t open = r.e - 1;
  while (open > r.b && !is_open(t.s[open - 1]) && !is_close(t.s[open - 1])) --open;
  if (open <= r.b + 1 || !is_open(t.s[open - 1])) return false;
  if (!lead_note(simp(t, trim(t, {open, r.e - 1})))) return false;
  r.e = open - 1;
  while (r.e > r.b && is_space(t.s[r.e - 1])) --r.e;
  return r.e > r.b;
}

// A star after a name (区财政局*、区发改局), as task tables mark the lead among the units of a
// 责任单位 cell: the star marks the lead and is no part of the name.
bool strip_lead_star(const Text& t, Range& r) {
  if (r.shared()) return false;
  bool star = false;
  while (r.e > r.b + 1 && (t.s[r.e - 1] == U'*' || t.s[r.e - 1] == U'＊' || t.s[r.e - 1] == U'★')) {
    --r.e;
    star = true;
  }
  while (star && r.e > r.b && is_space(t.s[r.e - 1])) --r.e;
  return star;
}

// Each name in `role`, except one its own note or star names the lead (noted_as_lead).
void add_units(const Text& t, const std::vector<Range>& names, UnitRole role, UnitClause& clause) {
  for (Range r : names) {
    const bool noted = strip_lead_star(t, r) || strip_lead_note(t, r) || noted_as_lead(t, r);
    clause.units.push_back({name_of(t, r), noted ? UnitRole::Lead : role});
  }
}

enum class LabelKind { Unknown, Lead, Responsible, Other };

LabelKind classify_label(u32view label) {
  // A person, not a unit: 责任领导：张伟, 牵头领导, 联系人, 责任人.
  for (u32view w : {U"领导", U"负责人", U"联系人", U"责任人", U"联络员"})
    if (contains(label, w)) return LabelKind::Other;
  if (contains(label, U"牵头") || contains(label, U"主责") || contains(label, U"主办") || contains(label, U"主要责任"))
    return LabelKind::Lead;
  for (u32view w : {U"责任", U"配合", U"协办", U"参与", U"协助", U"协同", U"负责", U"指导", U"承办", U"实施单位", U"主体"})
    if (contains(label, w)) return LabelKind::Responsible;
  // Who does the work, the roles said by verbs in the list: 部门分工：X牵头，Y配合; 任务分工, 单位分工.
  if (ends_with(label, U"分工")) return LabelKind::Responsible;
  for (u32view w : {U"范围", U"时限", U"时间", U"节点", U"期限", U"备注", U"目标", U"措施", U"内容", U"任务"})
    if (contains(label, w)) return LabelKind::Other;
  return LabelKind::Unknown;
}

// Labels offices write, so a label run into the text before it (a line joined to the one
// above: 责任单位：市政府办公室时间要求：…) is read as itself, not as 府办公室时间要求.
constexpr u32view kKnownLabels[] = {
    U"牵头单位", U"牵头部门", U"责任单位", U"责任部门", U"配合单位", U"配合部门", U"协办单位", U"参与单位",
    U"主办单位", U"主责单位", U"协同单位", U"承办单位", U"实施单位", U"负责单位", U"指导单位", U"完成时限",
    U"完成时间", U"时间节点", U"时限要求", U"时间要求", U"截止时间", U"完成期限", U"办结时限", U"责任领导",
    U"牵头领导", U"分管领导", U"联系人", U"责任人", U"备注", U"适用范围", U"工作目标", U"具体措施",
    U"主要责任单位", U"主要责任部门", U"其他责任单位", U"其他责任部门", U"其他配合单位", U"部门分工",
    U"责任分工", U"主管领导", U"主要责任人", U"具体责任人", U"分管负责人", U"负责人", U"联络员", U"进度安排", U"时间安排", U"工作进度", U"进度要求"};

// The label before a colon at `colon`: a known label it ends with, else the characters back
// to a mark or the range's start.
Range label_before(const Text& t, size_t from, size_t colon) {
  size_t longest = 0;  // 其他责任单位, not 责任单位 with 其他 left to the list before it
  for (u32view known : kKnownLabels)
    if (known.size() > longest && colon - from >= known.size() && u32view(t.s).substr(colon - known.size(), known.size()) == known)
      longest = known.size();
  // A qualifier before a known label is part of it: 协同责任单位, 配合责任单位, 牵头责任单位, not 责任单位
  // with 协同 left as a verb at the end of the list before it.
  if (longest > 0 && colon - from >= longest + 2) {
    u32view before = u32view(t.s).substr(colon - longest - 2, 2);
    for (u32view qualifier : {U"协同", U"配合", U"协助", U"协办", U"参与", U"其他", U"主要", U"具体", U"牵头"})
      if (before == qualifier) return {colon - longest - 2, colon};
  }
  if (longest > 0) return {colon - longest, colon};
  size_t b = colon;
  while (b > from && !is_list_mark(t.s[b - 1]) && !is_space(t.s[b - 1]) && !is_open(t.s[b - 1]) &&
         t.s[b - 1] != U'。' && colon - b < 8)
    --b;
  return {b, colon};
}

bool read_assignments(const Text& t, Range r, UnitClause& clause, bool bare_partners = false, bool cut = false);
bool read_inherited(const Text& t, Range piece, UnitClause& clause);
bool states_first_listed(u32view s);
bool no_more_listing(u32view s);

// The piece without its bracketed parts: 县发改局（首位单位为牵头单位，下同）、县财政局 → 县发改局、县财政局.
u32 outside_brackets(u32view s) {
  u32 out;
  int depth = 0;
  for (char32_t c : s) {
    if (is_open(c)) ++depth;
    else if (is_close(c)) depth = std::max(0, depth - 1);
    else if (depth == 0) out.push_back(c);
  }
  return out;
}

// Where a label's list ends: before the first piece that is the first-listed rule, 下同, a
// closer, or a unit every later task has (责任单位：X、Y。以下政策措施均需Z落实，不再单独列出: Z is
// inherited, never a unit named 以下…). The rule, in that piece or a later one, sets the clause's
// flag; a rule in a note after a unit (责任单位：县发改局（首位单位为牵头单位，下同）、县财政局) ends nothing.
size_t list_end_before_rule(const Text& t, Range r, UnitClause& clause) {
  std::vector<Range> pieces;
  int depth = 0;
  size_t piece_start = r.b;
  for (size_t i = r.b; i <= r.e; ++i) {
    char32_t c = i < r.e ? t.s[i] : U'。';
    if (is_open(c)) ++depth;
    else if (is_close(c)) depth = std::max(0, depth - 1);
    if ((depth > 0 && i < r.e) || u32view(U"，,。；;").find(c) == u32view::npos) continue;
    pieces.push_back({piece_start, i});
    piece_start = i + 1;
  }
  size_t end = r.e;
  for (Range piece : pieces) {
    u32view s = simp(t, trim(t, piece));
    if (states_first_listed(s)) clause.first_listed_rule = true;
    const bool rule = states_first_listed(outside_brackets(s));
    const bool inherited = read_inherited(t, trim(t, piece), clause);
    if ((rule || inherited || s == U"下同" || no_more_listing(s)) && end == r.e) end = piece.b;
  }
  return end;
}

// The end of a label's list at its first full stop outside brackets, when words follow it;
// r.e when none do.
size_t list_sentence_end(const Text& t, Range r) {
  int depth = 0;
  for (size_t i = r.b; i < r.e; ++i) {
    char32_t c = t.s[i];
    if (is_open(c)) ++depth;
    else if (is_close(c)) depth = std::max(0, depth - 1);
    else if (depth == 0 && c == U'。') {
      Range rest = trim(t, {i + 1, r.e});
      return rest.e > rest.b ? i : r.e;
    }
  }
  return r.e;
}

// 〔牵头单位：X；责任单位：Y〕 and friends. False when no unit label is in the range. A list
// with verbs in it (责任单位：X牵头，Y配合; 牵头单位：X、Y按职责分工负责) is read as assignments,
// units merely 负责 taking the label's role.
// `read_to`, when given: where the clause ends — r.e, or the full stop its last list was cut at,
// the task's words after it being no part of it.
bool read_labelled(const Text& t, Range r, UnitClause& clause, size_t* read_to = nullptr) {
  if (read_to) *read_to = r.e;
  struct Label {
    Range label;
    LabelKind kind;
    size_t list_start;
  };
  std::vector<Label> labels;
  int depth = 0;
  for (size_t i = r.b; i < r.e; ++i) {
    char32_t c = t.s[i];
    if (is_open(c)) ++depth;
    else if (is_close(c)) depth = std::max(0, depth - 1);
    else if (depth == 0 && (c == U'：' || c == U':')) {
      Range label = label_before(t, r.b, i);
      if (label.empty()) continue;
      labels.push_back({label, classify_label(simp(t, label)), i + 1});
    }
  }
  bool any = std::any_of(labels.begin(), labels.end(),
                         [](const Label& l) { return l.kind == LabelKind::Lead || l.kind == LabelKind::Responsible; });
  if (!any) return false;
  for (size_t k = 0; k < labels.size(); ++k) {
    size_t end = k + 1 < labels.size() ? labels[k + 1].label.b : r.e;
    if (labels[k].kind != LabelKind::Lead && labels[k].kind != LabelKind::Responsible) continue;
    UnitRole label_role = labels[k].kind == LabelKind::Lead ? UnitRole::Lead : UnitRole::Responsible;
    // 责任单位 (not 配合单位, 协办单位): the list the plan's first-listed rule speaks of.
    const bool responsible_list = label_role == UnitRole::Responsible && contains(simp(t, labels[k].label), U"责任");
    const size_t units_before = clause.units.size();
    // A label's list is one sentence: when the words after its full stop are the task's own
    // (责任单位：县水利局。6月底前完成方案…), the list is read up to that stop.
    const size_t sentence_end = list_sentence_end(t, {labels[k].list_start, end});
    UnitClause assigned;
    bool by_verbs = read_assignments(t, {labels[k].list_start, end}, assigned, /*bare_partners=*/true) && !assigned.units.empty();
    if (!by_verbs && sentence_end < end) {
      assigned = UnitClause{};
      by_verbs = read_assignments(t, {labels[k].list_start, sentence_end}, assigned, /*bare_partners=*/true) &&
                 !assigned.units.empty();
      if (by_verbs && read_to && k + 1 == labels.size()) *read_to = sentence_end + 1;
    }
    if (by_verbs) {
      // 责任单位：X负责，Y配合 / 责任单位：X，Y、Z配合: beside units that only take part, the ones
      // in charge lead them (resolve_roles), as outside a label.
      const bool beside_partners =
          responsible_list &&
          std::any_of(assigned.units.begin(), assigned.units.end(), [](const UnitMention& u) { return u.partner; }) &&
          std::none_of(assigned.units.begin(), assigned.units.end(), [](const UnitMention& u) { return u.role == UnitRole::Lead; });
      for (UnitMention& u : assigned.units)
        if (u.role == UnitRole::Assigned && !beside_partners) u.role = label_role;
      clause.units.insert(clause.units.end(), assigned.units.begin(), assigned.units.end());
      if (!assigned.date_text.empty() && clause.date_text.empty()) clause.date_text = assigned.date_text;
      // What the list says besides units: 列第一位为牵头单位, 具体任务均涉及X，下同.
      clause.first_listed_rule = clause.first_listed_rule || assigned.first_listed_rule;
      clause.inherited.insert(clause.inherited.end(), assigned.inherited.begin(), assigned.inherited.end());
    } else {
      // A list without verbs may still close with the rule or a closer: 责任单位：X、Y，Z；排在第一位的为
      // 牵头单位，下同. The list ends where they begin.
      const size_t list_end = list_end_before_rule(t, {labels[k].list_start, end}, clause);
      // The words after the stop are the task's, unless they close the list (以下…均需X落实).
      if (sentence_end < list_end && read_to && k + 1 == labels.size() && list_end == end) *read_to = sentence_end + 1;
      end = std::min(list_end, sentence_end);
      std::string date;
      auto names = split_list(t, {labels[k].list_start, end}, &date, nullptr);
      add_units(t, names, label_role, clause);
      if (!date.empty() && clause.date_text.empty()) clause.date_text = date;
    }
    if (responsible_list)
      for (size_t u = units_before; u < clause.units.size(); ++u)
        clause.units[u].under_responsible_label = clause.units[u].role == UnitRole::Responsible;
  }
  return true;
}

struct Verb {
  u32view word;
  UnitRole role;
};
constexpr Verb kVerbs[] = {
    {U"牵头负责", UnitRole::Lead},        {U"按职责分工负责", UnitRole::Assigned}, {U"按职责分工落实", UnitRole::Assigned},
    {U"按职能分工负责", UnitRole::Assigned}, {U"按职责负责", UnitRole::Assigned},  {U"分别负责", UnitRole::Assigned},
    {U"共同负责", UnitRole::Assigned},    {U"负责落实", UnitRole::Assigned},      {U"负责实施", UnitRole::Assigned},
    {U"具体负责", UnitRole::Assigned},    {U"负责", UnitRole::Assigned},          {U"牵头", UnitRole::Lead},
    {U"配合", UnitRole::Responsible},     {U"参与", UnitRole::Responsible},       {U"指导", UnitRole::Responsible},
    {U"参加", UnitRole::Responsible},  // X牵头，Y、Z参加: taking part, as 参与
    {U"协办", UnitRole::Responsible},     {U"协助", UnitRole::Responsible},       {U"协同", UnitRole::Responsible},
    {U"配合落实", UnitRole::Responsible}, {U"协助落实", UnitRole::Responsible},   {U"具体落实", UnitRole::Assigned},
    // The lead as a role taken (X为牵头单位, X负总责, X主责) and the others' roles alike.
    {U"为牵头单位", UnitRole::Lead},      {U"为牵头部门", UnitRole::Lead},        {U"为责任单位", UnitRole::Responsible},
    {U"为配合单位", UnitRole::Responsible}, {U"为配合部门", UnitRole::Responsible}, {U"为协办单位", UnitRole::Responsible},
    {U"为参与单位", UnitRole::Responsible}, {U"牵头抓总", UnitRole::Lead},        {U"负总责", UnitRole::Lead},
    {U"主责", UnitRole::Lead},            {U"主办", UnitRole::Lead},
};

// The plan's first-listed rule, however worded: 列第一位者为牵头单位, 排在第一位的部门为牵头部门,
// 列第一位为牵头或汇总单位, 列第一位的责任单位为牵头单位, 排名第一的为牵头单位, 排在首位的为牵头单位.
// A verb closes a piece as written or with a complement after it: 牵头落实, 配合实施,
// 负责推进, 牵头督导, 牵头组织. The complement's length, or npos when the piece does not end with the verb.
size_t verb_complement(u32view s, u32view verb) {
  if (ends_with(s, verb)) return 0;
  for (u32view complement : {U"落实", U"实施", U"推进", U"办理", U"督导", U"组织", U"协调", U"推动"})
    if (ends_with(s, complement) && ends_with(s.substr(0, s.size() - complement.size()), verb)) return complement.size();
  return u32view::npos;
}

// How units share a verb, said just before it (X、Y分别牵头, X、Y共同负责): no part of a name.
size_t adverb_before(u32view s) {
  for (u32view adverb : {U"分别", U"共同", U"联合", U"各自"})
    if (ends_with(s, adverb) && s.size() > adverb.size() + 1) return adverb.size();
  return 0;
}

// The place comes before 牵头: 牵头提升首位度 is a task's words.
bool states_first_listed(u32view s) {
  const size_t lead = s.find(U"牵头");
  if (lead == u32view::npos) return false;
  for (u32view w : {U"第一位", U"排名第一", U"排第一", U"列第一", U"首位", U"第一个"})
    if (s.substr(0, lead).find(w) != u32view::npos) return true;
  return false;
}

// Words that close an inherited unit's sentence and assign nothing: 不再列出, 不再做分工.
bool no_more_listing(u32view s) {
  for (u32view w : {U"不再列出", U"不再一一列出", U"不再重复列出", U"不再做分工", U"不再分工", U"不再单独列出"})
    if (s == w) return true;
  return false;
}

// 以下均需试点城市政府落实 → 试点城市政府; 具体任务均涉及相关市（州）人民政府（，不再做分工，下同）
// → 相关市（州）人民政府: a unit every task involves, said once.
bool read_inherited(const Text& t, Range piece, UnitClause& clause) {
  u32view s = simp(t, piece);
  // 以下 and a few words naming the work before 均需/均由: 以下各项工作均需X落实, 以下工作任务均由X负责.
  u32 spelled;
  if (starts_with(s, U"以下") || starts_with(s, U"下列")) {
    for (u32view all : {U"均需", U"均由", U"均为", U"均涉及", U"都需", U"均要"}) {
      size_t at = s.find(all);
      if (at != u32view::npos && at <= 8) {
        spelled = u32(s.substr(0, at + all.size()));
        break;
      }
    }
  }
  for (u32view head : {u32view(spelled), u32view(U"以下均需"), u32view(U"以下均由"), u32view(U"以下均为"),
                       u32view(U"以下各项均由"), u32view(U"以下任务均需"), u32view(U"具体任务均涉及"),
                       u32view(U"各项任务均涉及"), u32view(U"以下任务均涉及"), u32view(U"以下均涉及"),
                       u32view(U"任务均涉及")}) {
    if (head.empty() || !starts_with(s, head)) continue;
    size_t from = piece.b + head.size();
    // 涉及 speaks of this task as well as the later ones.
    if (contains(head, U"涉及")) {
      std::vector<Range> names = split_list(t, {from, piece.e}, nullptr, nullptr);
      for (Range r : names) clause.inherited.push_back(name_of(t, r));
      add_units(t, names, UnitRole::Responsible, clause);
      return true;
    }
    for (u32view tail : {U"负责落实", U"配合落实", U"协助落实", U"落实", U"负责", U"配合"}) {
      size_t at = u32view(t.s).substr(from, piece.e - from).find(tail);
      if (at == u32view::npos) continue;
      for (Range r : split_list(t, {from, from + at}, nullptr, nullptr))
        clause.inherited.push_back(name_of(t, r));
      return true;
    }
    return true;
  }
  return false;
}

// （X牵头，Y配合）, （X、Y负责。列第一位者为牵头单位，下同）, （X会同Y负责）.
// `bare_partners`: the range is a unit clause's content (a bracket's, a unit label's list), where a
// lead's partners may be listed with no verb; `cut`: its bracket never closes (the page was cut in it).
bool read_assignments(const Text& t, Range r, UnitClause& clause, bool bare_partners, bool cut) {
  // A clause cut with its page may end in a name cut short (…，省工业和信息化厅、省): it and its
  // mark are no part of the list.
  if (cut && r.e > r.b) {
    size_t k = r.e;
    while (k > r.b && !is_list_mark(t.s[k - 1])) --k;
    const Range tail = trim(t, {k, r.e});
    if (k > r.b && !tail.empty() && !has_suffix(name_simp(t, tail))) r.e = k - 1;
  }
  std::vector<Range> pending;
  bool any = false;
  int depth = 0;
  size_t piece_start = r.b;
  auto piece = [&](Range p) -> bool {
    p = trim(t, p);
    if (p.empty()) return true;
    u32view s = simp(t, p);
    if (states_first_listed(s)) {
      clause.first_listed_rule = true;
      any = true;
      // The rule in a note after a unit (X（列第一位为牵头单位）、Y负责): the units are read too.
      if (states_first_listed(outside_brackets(s))) return true;
    }
    if (s == U"下同" || no_more_listing(s)) return true;
    // An exception to the rule that follows (除标注“分别牵头”外，列第一位为牵头单位) names no unit.
    if (starts_with(s, U"除") && ends_with(s, U"外")) return true;
    if (read_inherited(t, p, clause)) {
      any = true;
      return true;
    }
    if (date_piece(s)) {
      clause.date_text = to_utf8(u32view(t.o).substr(p.b, p.e - p.b));
      return true;
    }
    // A labelled time or note among the assignments (X牵头；完成时限：2024年底前; 备注：…):
    // its value is the clause's date when it is one, never a unit.
    if (size_t colon = s.find_first_of(U"：:"); colon != u32view::npos) {
      Range label = label_before(t, p.b, p.b + colon);
      if (label.b == p.b && classify_label(simp(t, label)) == LabelKind::Other) {
        Range value = trim(t, {p.b + colon + 1, p.e});
        if (!value.empty() && clause.date_text.empty() && date_piece(simp(t, value)))
          clause.date_text = to_utf8(u32view(t.o).substr(value.b, value.e - value.b));
        return true;
      }
    }
    // X牵头 2024年底前: a date set apart by a space only.
    if (size_t space = s.find_last_of(U" \u3000"); space != u32view::npos && date_piece(simp(t, trim(t, {p.b + space + 1, p.e})))) {
      Range date = trim(t, {p.b + space + 1, p.e});
      if (clause.date_text.empty()) clause.date_text = to_utf8(u32view(t.o).substr(date.b, date.e - date.b));
      p = trim(t, {p.b, p.b + space});
      s = simp(t, p);
    }
    for (const Verb& verb : kVerbs) {
      const size_t complement = verb_complement(s, verb.word);
      if (complement == u32view::npos) continue;
      Range before{p.b, p.e - complement - verb.word.size()};
      before.e -= adverb_before(simp(t, before));
      // 分管副省长、协管副秘书长负责: the leaders in charge, no unit; the clause reads on.
      if (pending.empty() && !before.empty()) {
        bool leaders = true, any_name = false;
        int d = 0;
        size_t from = before.b;
        for (size_t i = before.b; i <= before.e && leaders; ++i) {
          if (i < before.e && is_open(t.s[i])) ++d;
          else if (i < before.e && is_close(t.s[i])) d = std::max(0, d - 1);
          if (i < before.e && (d > 0 || !is_list_mark(t.s[i]))) continue;
          Range name = trim(t, {from, i});
          if (!name.empty()) {
            any_name = true;
            leaders = leader_title(simp(t, name));
          }
          from = i + 1;
        }
        if (leaders && any_name) return true;
      }
      size_t with = u32view(t.s).substr(before.b, before.e - before.b).find(U"会同");
      bool implausible = false;
      if (with != u32view::npos) {
        auto leads = split_list(t, {before.b, before.b + with}, nullptr, &implausible);
        auto others = split_list(t, {before.b + with + 2, before.e}, nullptr, &implausible);
        if (implausible || leads.empty()) return false;
        for (Range u : pending) leads.insert(leads.begin(), u);
        add_units(t, leads, UnitRole::Lead, clause);
        add_units(t, others, UnitRole::Responsible, clause);
      } else {
        auto names = split_list(t, before, nullptr, &implausible);
        if (implausible) return false;
        bool partner_verb = false;
        for (u32view partner : {U"配合", U"参与", U"参加", U"协助", U"协办", U"协同", U"配合落实", U"协助落实"})
          partner_verb = partner_verb || verb.word == partner;
        // X，Y配合: X, set apart before the units that take part, is the one they work with,
        // not one of them; it is in charge as with 负责.
        if (partner_verb && !names.empty() && !pending.empty()) {
          add_units(t, pending, UnitRole::Assigned, clause);
          pending.clear();
        }
        names.insert(names.begin(), pending.begin(), pending.end());
        if (names.empty()) return false;
        add_units(t, names, verb.role, clause);
        if (partner_verb)
          for (size_t k = clause.units.size() - names.size(); k < clause.units.size(); ++k) clause.units[k].partner = true;
      }
      pending.clear();
      any = true;
      return true;
    }
    bool implausible = false;
    auto names = split_list(t, p, nullptr, &implausible);
    if (implausible || names.empty()) return false;
    pending.insert(pending.end(), names.begin(), names.end());
    return true;
  };
  for (size_t i = r.b; i <= r.e; ++i) {
    char32_t c = i < r.e ? t.s[i] : U'。';
    if (is_open(c)) ++depth;
    else if (is_close(c)) depth = std::max(0, depth - 1);
    if (depth > 0 && i < r.e) continue;
    if (c == U'，' || c == U',' || c == U'。' || c == U'；' || c == U';') {
      if (!piece({piece_start, i})) return false;
      piece_start = i + 1;
    }
  }
  // X牵头，Y、Z with the partners' verb left out (as a 责任单位 list writes them, 省发展改革委牵头，省工业和
  // 信息化厅、省统计局): after a lead, the offices left at the clause's end take part.
  if (!pending.empty()) {
    if (!bare_partners) return false;
    const bool has_lead = std::any_of(clause.units.begin(), clause.units.end(),
                                      [](const UnitMention& u) { return u.role == UnitRole::Lead; });
    const bool offices =
        std::all_of(pending.begin(), pending.end(), [&](Range n) { return has_suffix(name_simp(t, n)); });
    if (!has_lead || !offices) return false;
    add_units(t, pending, UnitRole::Responsible, clause);
    for (size_t k = clause.units.size() - pending.size(); k < clause.units.size(); ++k) clause.units[k].partner = true;
  }
  return any;
}

// （X、Y，2024年12月底前） closing a task's paragraph: a list of units with no verb, each an
// office by its name's ending (局, 委, 中心, 政府…; a place alone, 北京市, is a scope), and
// perhaps a date. They are in charge as with 负责.
bool read_bare_list(const Text& t, Range r, UnitClause& clause) {
  static constexpr u32view kPlaceOnly[] = {U"市", U"区", U"县", U"省", U"城市", U"地区", U"镇", U"乡镇", U"街道", U"）", U")"};
  std::string date;
  bool implausible = false;
  std::vector<Range> names = split_list(t, r, &date, &implausible);
  if (implausible || names.empty()) return false;
  for (Range n : names) {
    const u32 name = name_simp(t, n);
    if (!has_suffix(name)) return false;
    for (u32view place : kPlaceOnly)
      if (ends_with(name, place) && !ends_with(name, U"政府）") && !ends_with(name, U"政府)")) return false;
  }
  add_units(t, names, UnitRole::Assigned, clause);
  clause.date_text = date;
  return true;
}

bool read_clause_content(const Text& t, Range r, UnitClause& clause) {
  if (read_labelled(t, r, clause)) return true;
  UnitClause attempt;
  if (!read_assignments(t, r, attempt, /*bare_partners=*/true, clause.unclosed)) return false;
  clause.units = std::move(attempt.units);
  clause.first_listed_rule = attempt.first_listed_rule;
  clause.inherited = std::move(attempt.inherited);
  clause.date_text = std::move(attempt.date_text);
  return true;
}

size_t byte_offset(const Text& t, size_t index) { return to_utf8(u32view(t.o).substr(0, index)).size(); }

// 由市住建局牵头，市自然资源局、市城管局按职责分工配合，各区负责落实 in running text: the
// units before 牵头 lead; the units of the next clause, when it ends with a verb of taking
// part, are responsible; so are those of a clause after that ends with a verb of carrying
// out (负责落实, 具体负责, 组织实施). 牵头 must end its clause: 建立由农业农村部牵头的协调机制 and 由一家
// 牵头部门统一受理 assign nothing.
void read_by_lead(const Text& t, const std::vector<Range>& outside, std::vector<UnitClause>& clauses) {
  auto clause_end = [&](size_t from, size_t end) {
    while (from < end && u32view(U"，,；;。").find(t.s[from]) == u32view::npos) ++from;
    return from;
  };
  for (Range part : outside) {
    for (size_t at = part.b; at < part.e; ++at) {
      if (t.s[at] != U'由') continue;
      size_t lead_end = u32view(t.s).substr(at + 1, std::min<size_t>(40, part.e - at - 1)).find(U"牵头");
      if (lead_end == u32view::npos) continue;
      Range lead = {at + 1, at + 1 + lead_end};
      size_t after = lead.e + 2;
      if (after < part.e && u32view(U"，,；;。").find(t.s[after]) == u32view::npos) continue;
      if (contains(simp(t, lead), U"会同")) continue;  // read_by_with's
      bool implausible = false;
      auto leads = split_list(t, lead, nullptr, &implausible);
      if (implausible || leads.empty() ||
          !std::all_of(leads.begin(), leads.end(), [&](Range r) { return has_suffix(name_simp(t, r)); }))
        continue;
      UnitClause clause;
      clause.begin = byte_offset(t, at);
      clause.end = byte_offset(t, after);
      add_units(t, leads, UnitRole::Lead, clause);
      // The clause after `from` (a comma there), when it is units and one of `verbs`: the
      // units join the clause, responsible, and the clause reaches to its end.
      size_t from = after;
      auto read_next = [&](std::initializer_list<u32view> verbs, bool offices_only) {
        if (from >= part.e || (t.s[from] != U'，' && t.s[from] != U',')) return;
        size_t end = clause_end(from + 1, part.e);
        Range piece = trim(t, {from + 1, end});
        u32view next = simp(t, piece);
        for (u32view verb : verbs) {
          if (!ends_with(next, verb)) continue;
          Range others = piece;
          others.e -= verb.size();
          others.e -= adverb_before(simp(t, others));
          bool implausible_names = false;
          auto names = split_list(t, others, nullptr, &implausible_names);
          if (implausible_names || names.empty()) return;
          if (offices_only && !std::all_of(names.begin(), names.end(), [&](Range r) { return has_suffix(name_simp(t, r)); }))
            return;
          add_units(t, names, UnitRole::Responsible, clause);
          clause.end = byte_offset(t, end);
          from = end;
          return;
        }
      };
      // 由A牵头，B、C配合: the partners.
      read_next({U"按职责分工配合", U"配合", U"参与", U"参加", U"协同", U"协助", U"协办"}, false);
      // …，D负责落实: the units that carry it out, after the lead (and the partners): responsible,
      // since the lead is named. Only names of units (各县（市、区）, 县住建局) before the verb:
      // 由A牵头，确保责任落实 is the task's words.
      read_next({U"按职责分工负责落实", U"按职责分工负责", U"负责组织实施", U"负责落实", U"负责实施", U"具体负责",
                 U"具体落实", U"抓好落实", U"组织实施", U"负责"},
                true);
      clauses.push_back(std::move(clause));
      at = after;
    }
  }
}

// A sentence of its own made only of assignments, closing the paragraph (or being all of it,
// a line under the task): 县大数据中心牵头，各部门配合。 — the clause offices write without brackets. Every piece must be units with a
// verb (or a date), so a sentence of the task's own words is never read as one.
void read_closing_sentence(const Text& t, const std::vector<Range>& outside, std::vector<UnitClause>& clauses) {
  if (outside.empty()) return;
  Range last = outside.back();
  size_t end = last.e;
  while (end > last.b && (is_space(t.s[end - 1]) || t.s[end - 1] == U'。' || t.s[end - 1] == U'；')) --end;
  if (end <= last.b || last.e != t.s.size()) return;
  size_t begin = end;
  while (begin > last.b && t.s[begin - 1] != U'。' && t.s[begin - 1] != U'；' && t.s[begin - 1] != U'！') --begin;
  UnitClause clause;
  if (!read_assignments(t, {begin, end}, clause) || clause.units.empty()) return;
  // Offices, each by its name's ending: 组织政策宣讲，县委宣传部负责 is the task's words before a unit.
  for (const UnitMention& u : clause.units) {
    const std::string name = to_simplified(u.name);
    if (!has_suffix(to_u32(name)) || opens_with_task_verb(name)) return;
  }
  clause.begin = byte_offset(t, begin);
  clause.end = byte_offset(t, last.e);
  clauses.push_back(std::move(clause));
}

// 由A会同B、C等部门…: A leads, B and C take part.
void read_by_with(const Text& t, const std::vector<Range>& outside, std::vector<UnitClause>& clauses) {
  for (Range part : outside) {
    for (size_t at = part.b; at < part.e; ++at) {
      if (t.s[at] != U'由') continue;
      size_t with = u32view(t.s).substr(at + 1, std::min<size_t>(24, part.e - at - 1)).find(U"会同");
      if (with == u32view::npos) continue;
      Range lead = {at + 1, at + 1 + with};
      u32view lead_s = simp(t, lead);
      if (!plausible_unit(lead_s) || !has_suffix(lead_s)) continue;
      for (char32_t c : lead_s)
        if (is_list_mark(c)) goto next;
      {
        size_t from = lead.e + 2, end = from;
        while (end < part.e && u32view(U"，,。；;").find(t.s[end]) == u32view::npos) ++end;
        u32view rest = u32view(t.s).substr(from, end - from);
        size_t stop = rest.size();
        for (u32view w : {U"等", U"负责", U"研究", U"制定", U"提出", U"组织", U"共同", U"按", U"落实", U"开展", U"推进",
                          U"实施", U"做好", U"加强", U"建立", U"统筹", U"抓紧", U"进一步", U"认真", U"尽快"}) {
          size_t w_at = rest.find(w);
          if (w_at != u32view::npos && w_at > 0) stop = std::min(stop, w_at);
        }
        UnitClause clause;
        clause.begin = byte_offset(t, at);
        clause.end = byte_offset(t, end);
        add_units(t, {lead}, UnitRole::Lead, clause);
        bool implausible = false;
        add_units(t, split_list(t, {from, from + stop}, nullptr, &implausible), UnitRole::Responsible, clause);
        clauses.push_back(std::move(clause));
        at = end;
      }
    next:;
    }
  }
}

// 由市、县人民政府负责 in running text: the units between 由 and 负责 carry the work out, as
// （X负责） says (Assigned: the plan's first-listed rule may make the first of them the lead);
// 由X牵头负责 makes them the lead. Only a list of offices' names stands between the two, with
// no mark but 、 (and 和/及 inside the list); 由于, 理由, and 由X负责的… (a mechanism described,
// 建立由县政府负责的…机制) or 由X负责人… (a person) assign nothing. 由X会同Y and 由X牵头，Y配合
// are read_by_with's and read_by_lead's. Where 由…负责 is a clause of its own it leaves the
// task's words; where the work follows it (由X负责组织实施) the sentence stays whole.
void read_by_assigned(const Text& t, const std::vector<Range>& outside, std::vector<UnitClause>& clauses) {
  auto clause_mark = [](char32_t c) { return u32view(U"，,。；;：:！？").find(c) != u32view::npos; };
  for (Range part : outside) {
    for (size_t at = part.b; at < part.e; ++at) {
      if (t.s[at] != U'由') continue;
      if (at > part.b && u32view(U"自理经缘事来").find(t.s[at - 1]) != u32view::npos) continue;
      if (at + 1 < part.e && t.s[at + 1] == U'于') continue;
      size_t verb = u32view::npos;
      for (size_t i = at + 1; i + 1 < part.e && i <= at + 40; ++i) {
        if (clause_mark(t.s[i])) break;
        if (t.s[i] == U'负' && t.s[i + 1] == U'责') {
          verb = i;
          break;
        }
      }
      if (verb == u32view::npos) continue;
      const size_t after = verb + 2;
      if (after < part.e && (t.s[after] == U'的' || t.s[after] == U'人')) continue;
      Range units{at + 1, verb};
      UnitRole role = UnitRole::Assigned;
      if (ends_with(simp(t, units), U"牵头")) {
        role = UnitRole::Lead;
        units.e -= 2;
      } else if (ends_with(simp(t, units), U"具体")) {
        units.e -= 2;
      }
      units.e -= adverb_before(simp(t, units));
      if (contains(simp(t, units), U"会同") || contains(simp(t, units), U"牵头")) continue;
      bool implausible = false;
      std::vector<Range> names = split_list(t, units, nullptr, &implausible);
      if (implausible || names.empty()) continue;
      bool offices = true;
      for (Range n : names) {
        const u32 name = name_simp(t, n);
        offices = offices && plausible_unit(name) && has_suffix(name) && !generic_name(name) &&
                  !opens_with_task_verb(to_utf8(name));
      }
      if (!offices) continue;
      UnitClause clause;
      const bool own_clause = (at == part.b || clause_mark(t.s[at - 1]) || is_space(t.s[at - 1])) &&
                              (after >= part.e || clause_mark(t.s[after]) || is_space(t.s[after]));
      clause.begin = byte_offset(t, at);
      clause.end = own_clause ? byte_offset(t, after) : clause.begin;
      clause.in_prose = true;
      add_units(t, names, role, clause);
      clauses.push_back(std::move(clause));
      at = after;
    }
  }
}

// 推进证照联办，区行政审批局负责，区市场监管局配合。 — the division of work written into a task's
// sentence: its last pieces (between ，) are each units with a verb (or a date), the pieces
// before them the task's words. They must divide the work — a unit that leads (X牵头), or two
// pieces that give roles (X负责，Y配合) — and every unit be an office by its name's ending that
// opens with none of the verbs of a task's words (确保各部门配合 is the task's words), so that a
// sentence of the task's own is never read as one. The pieces leave the task's words.
void read_sentence_assignments(const Text& t, const std::vector<Range>& outside, std::vector<UnitClause>& clauses) {
  auto offices = [](const UnitClause& c) {
    for (const UnitMention& u : c.units) {
      const u32 name = to_u32(to_simplified(u.name));
      if (!plausible_unit(name) || !has_suffix(name) || generic_name(name) || opens_with_task_verb(to_utf8(name))) return false;
    }
    return !c.units.empty();
  };
  for (Range part : outside) {
    size_t sentence_start = part.b;
    for (size_t i = part.b; i <= part.e; ++i) {
      if (i < part.e && u32view(U"。！？；;").find(t.s[i]) == u32view::npos) continue;
      Range sentence{sentence_start, i};
      sentence_start = i + 1;
      std::vector<Range> pieces;
      int depth = 0;
      size_t from = sentence.b;
      for (size_t j = sentence.b; j <= sentence.e; ++j) {
        const char32_t c = j < sentence.e ? t.s[j] : U'，';
        if (is_open(c)) ++depth;
        else if (is_close(c)) depth = std::max(0, depth - 1);
        if ((depth > 0 && j < sentence.e) || (c != U'，' && c != U',')) continue;
        if (!trim(t, {from, j}).empty()) pieces.push_back({from, j});
        from = j + 1;
      }
      size_t first = pieces.size(), with_units = 0;
      bool lead = false;
      while (first > 0) {
        const Range p = trim(t, pieces[first - 1]);
        if (date_piece(simp(t, p))) {
          --first;
          continue;
        }
        UnitClause one;
        if (!read_assignments(t, p, one) || !offices(one)) break;
        ++with_units;
        for (const UnitMention& u : one.units) lead = lead || u.role == UnitRole::Lead;
        --first;
      }
      while (first < pieces.size() && date_piece(simp(t, trim(t, pieces[first])))) ++first;  // a date opens the task's words
      if (first == pieces.size() || (!lead && with_units < 2)) continue;
      UnitClause clause;
      const Range run{pieces[first].b, pieces.back().e};
      if (!read_assignments(t, run, clause) || !offices(clause)) continue;
      clause.begin = byte_offset(t, trim(t, run).b);
      clause.end = byte_offset(t, run.e);
      clause.in_prose = true;
      clauses.push_back(std::move(clause));
    }
  }
}

}  // namespace

bool states_first_listed_rule(std::string_view sentence) {
  const u32 s = to_u32(to_simplified(sentence));
  size_t from = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && u32view(U"，,。；;！").find(s[i]) == u32view::npos) continue;
    u32view piece = u32view(s).substr(from, i - from);
    from = i + 1;
    // Prose says what the place makes a unit (…为牵头单位), not only that it leads: 各牵头单位要… is no rule.
    size_t made = std::min(piece.find(U"为牵头"), piece.find(U"是牵头"));
    if (made != u32view::npos && states_first_listed(piece.substr(0, made + 3))) return true;
  }
  return false;
}

bool has_unit_suffix(std::string_view name) { return has_suffix(to_u32(to_simplified(name))); }

LeadDefault stated_lead_default(std::string_view sentence) {
  if (states_first_listed_rule(sentence)) return LeadDefault::FirstListed;
  const u32 s = to_u32(to_simplified(sentence));
  // Each consequence — the units … (即|均|就)为牵头单位, 即为牵头部门, 即牵头单位 — with the condition
  // before it in its sentence.
  auto rule_at = [&](u32view whole, size_t made) {
    const u32view condition = whole.substr(0, made);
    // The condition is the clause that ends at the last ， before the consequence: 无牵头单位的，
    // 责任单位即为…, also as a note in a bracket (特别是牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要…).
    const size_t comma = condition.find_last_of(U"，,");
    if (comma == u32view::npos) return LeadDefault::None;
    const size_t opens = condition.substr(0, comma).find_last_of(U"，,（(：:");
    const size_t from = opens == u32view::npos ? 0 : opens + 1;
    const u32view when = condition.substr(from, comma - from), subject = condition.substr(comma + 1);
    if (!ends_with(when, U"的")) return LeadDefault::None;
    // The subject names the listed units, or none (…的，即为牵头单位): never a place or a person.
    bool units_subject = subject.empty();
    for (u32view w : {U"单位", U"部门", U"即", U"均", U"该", U"其"}) units_subject = units_subject || contains(subject, w);
    if (!units_subject) return LeadDefault::None;
    for (u32view w : {U"只有一个", U"仅有一个", U"只有1个", U"仅有1个", U"仅一个", U"仅1个", U"只列一个", U"仅列一个",
                      U"只列1个", U"仅列1个", U"为一个", U"为1个", U"单一"})
      if (contains(when, w)) return LeadDefault::SoleListed;
    const size_t lead = when.find(U"牵头");
    if (lead == u32view::npos) return LeadDefault::None;
    for (u32view w : {U"无", U"未", U"没有", U"不设", U"不列", U"不单独"})
      if (contains(when.substr(0, lead), w)) return LeadDefault::AllListed;
    return LeadDefault::None;
  };
  size_t from = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && u32view(U"。；;！").find(s[i]) == u32view::npos) continue;
    const u32view whole = u32view(s).substr(from, i - from);
    from = i + 1;
    for (u32view w : {U"为牵头单位", U"为牵头部门", U"即牵头单位", U"即牵头部门", U"是牵头单位", U"是牵头部门"})
      for (size_t made = whole.find(w); made != u32view::npos; made = whole.find(w, made + 1))
        if (made > 0)
          if (LeadDefault rule = rule_at(whole, made); rule != LeadDefault::None) return rule;
  }
  return LeadDefault::None;
}

bool opens_with_task_verb(std::string_view simplified) {
  static constexpr std::string_view kVerbs[] = {
      "建设", "建立", "建成", "推进", "推动", "推行", "推广", "组建", "成立", "设立", "完善", "打造", "开展", "实施",
      "加强", "加快", "提升", "提高", "优化", "新建", "改建", "扩建", "改造", "整治", "培育", "落实", "健全", "创建",
      "规范", "深化", "强化", "编制", "制定", "出台", "完成", "实现", "做好", "抓好", "组织", "开发", "发展", "壮大",
      "引进", "举办", "召开", "启动", "持续", "全面", "积极", "稳步", "支持", "鼓励", "引导", "保障", "促进", "扩大",
      "争取", "探索", "构建", "筹建", "谋划", "申报", "创新", "清理", "治理", "巩固", "拓展", "配合", "协助", "牵头",
      "确保", "督促", "统筹", "协调", "加大", "严格", "及时", "主动", "认真", "动员", "带动", "围绕", "坚持", "依托",
      "充分", "切实", "进一步"};
  for (std::string_view v : kVerbs)
    if (simplified.substr(0, v.size()) == v) return true;
  return false;
}

// 【牵头单位】X【责任单位】Y: a label set in brackets instead of before a colon. The
// simplified copy, where keywords are read, gets the colon form (position for position).
// Whether the bracket at `open` stands first in the paragraph, after its item number only:
// 1.【县发改局】推进… names the item's units before its words.
static bool opens_item(const Text& t, size_t open) {
  if (t.s[open] != U'【' && t.s[open] != U'〔' && t.s[open] != U'[') return false;
  size_t b = 0;
  while (b < open && is_space(t.s[b])) ++b;
  if (b == open) return true;
  ItemNumber number = read_item_number(to_utf8(u32view(t.s).substr(b, open - b)));
  return number.style != NumberStyle::None && number.body == to_utf8(u32view(t.s).substr(b, open - b)).size();
}

static void unbracket_labels(Text& t) {
  for (size_t i = 0; i < t.s.size(); ++i) {
    if (t.s[i] != U'【' && t.s[i] != U'[' && t.s[i] != U'［') continue;
    size_t close = u32view(t.s).find_first_of(U"】]］", i + 1);
    if (close == u32view::npos || close - i > 10) continue;
    // A label has its list after it; 【牵头】 after a name and before 、 or the end is that
    // unit's note (区农业农村局【牵头】、区住建局).
    size_t next = close + 1;
    while (next < t.s.size() && is_space(t.s[next])) ++next;
    if (next == t.s.size() || is_list_mark(t.s[next]) || is_close(t.s[next]) || t.s[next] == U'。') continue;
    LabelKind kind = classify_label(u32view(t.s).substr(i + 1, close - i - 1));
    if (kind != LabelKind::Lead && kind != LabelKind::Responsible && kind != LabelKind::Other) continue;
    t.s[i] = U' ';
    t.s[close] = U'：';
  }
}

// Where an item's units open it, before its own number is cut off: the index after the number.
static size_t after_item_number(const Text& t) {
  size_t b = 0;
  while (b < t.s.size() && is_space(t.s[b])) ++b;
  std::string rest = to_utf8(u32view(t.o).substr(b));
  ItemNumber number = read_item_number(rest);
  if (number.style != NumberStyle::None) b += to_u32(std::string_view(rest).substr(0, number.body)).size();
  while (b < t.s.size() && is_space(t.s[b])) ++b;
  return b;
}

// [b, e) is nothing but a list of units' names (党政办, 城管中队及各社区).
static bool only_units(const Text& t, Range r, std::vector<Range>& names) {
  if (r.empty() || r.e - r.b > 40) return false;
  bool implausible = false;
  names = split_list(t, r, nullptr, &implausible);
  if (implausible || names.empty()) return false;
  for (Range n : names) {
    u32 name = name_simp(t, n);
    if (!plausible_unit(name) || !has_suffix(name) || generic_name(name)) return false;
  }
  return true;
}

// 1.县城管局：负责…, 街道党政办:牵头…, 各社区：配合…: the units of a division of work set
// before the item's words by a colon, the verb after it giving their role.
static void read_units_before_colon(const Text& t, std::vector<UnitClause>& clauses) {
  size_t b = after_item_number(t);
  size_t colon = u32view(t.s).find_first_of(U"：:", b);
  if (colon == u32view::npos) return;
  const size_t begin = byte_offset(t, b);
  for (const UnitClause& c : clauses)
    if (c.begin <= byte_offset(t, colon)) return;
  size_t v = colon + 1;
  while (v < t.s.size() && is_space(t.s[v])) ++v;
  u32view verb = u32view(t.s).substr(v);
  UnitRole role;
  if (starts_with(verb, U"牵头")) role = UnitRole::Lead;
  else if (starts_with(verb, U"负责") || starts_with(verb, U"主要负责")) role = UnitRole::Assigned;
  else if (starts_with(verb, U"配合") || starts_with(verb, U"协助")) role = UnitRole::Responsible;
  else return;
  std::vector<Range> names;
  if (!only_units(t, {b, colon}, names)) return;
  UnitClause clause;
  add_units(t, names, role, clause);
  clause.begin = begin;
  clause.end = byte_offset(t, colon + 1);
  clauses.push_back(std::move(clause));
}

// The bracket at `open` is a note on the last item of a list of units, part of its name:
// 责任单位：市卫健委等，各县（市、区）政府（管委会） — the item before it, back to a list mark or a
// label's colon, ends like a unit's name. A bracket of units after a task's words
// (…完成改造1000公里（市住建局、市城管局）) is no such note.
static bool notes_list_item(const Text& t, size_t open) {
  size_t b = open;
  int depth = 0;
  while (b > 0) {
    const char32_t c = t.s[b - 1];
    if (is_close(c)) ++depth;
    else if (is_open(c)) depth = std::max(0, depth - 1);
    else if (depth == 0 && (is_list_mark(c) || c == U'：' || c == U':' || c == U'。')) break;
    --b;
  }
  if (b == 0 || t.s[b - 1] == U'。') return false;
  const u32view item = simp(t, trim(t, {b, open}));
  return plausible_unit(item) && has_suffix(item) && !opens_with_task_verb(to_utf8(item));
}

std::vector<UnitClause> find_unit_clauses(std::string_view paragraph) {
  Text t = both_forms(paragraph);
  unbracket_labels(t);
  std::vector<UnitClause> clauses;
  std::vector<Range> outside;
  size_t outside_from = 0;
  for (size_t i = 0; i < t.s.size(); ++i) {
    if (!is_open(t.s[i])) continue;
    int depth = 0;
    size_t close = t.s.size();
    for (size_t j = i; j < t.s.size(); ++j) {
      if (is_open(t.s[j])) ++depth;
      else if (is_close(t.s[j]) && --depth == 0) {
        close = j;
        break;
      }
    }
    UnitClause clause;
    clause.unclosed = close == t.s.size();
    size_t content_end = clause.unclosed ? t.s.size() : close;
    // A bracket closing the paragraph may list its units bare.
    size_t after = close + 1;
    while (after < t.s.size() && (is_space(t.s[after]) || t.s[after] == U'。' || t.s[after] == U'；')) ++after;
    const bool closes_paragraph = (!clause.unclosed && after == t.s.size()) || opens_item(t, i);
    const bool read = read_clause_content(t, {i + 1, content_end}, clause) ||
                      (closes_paragraph && !notes_list_item(t, i) && read_bare_list(t, {i + 1, content_end}, clause));
    // The first-listed rule as a unit's note inside a list (责任单位：县发改局（首位单位为牵头单位，
    // 下同）、县财政局): part of the list, read with it.
    const bool note_in_list = read && !clause.unclosed && clause.units.empty() && clause.inherited.empty() &&
                              clause.first_listed_rule && i > 0 && !is_space(t.s[i - 1]) &&
                              u32view(U"，,。；;：:").find(t.s[i - 1]) == u32view::npos && close + 1 < t.s.size() &&
                              u32view(U"、，,").find(t.s[close + 1]) != u32view::npos;
    // A bracket that never closes runs to where the text was cut (a page's prefix: （牵头单位：区发改局；
    // 责任单位：区财): its last name is read only if it ends as a unit's name does.
    if (read && clause.unclosed && !clause.units.empty() && !has_unit_suffix(clause.units.back().name)) clause.units.pop_back();
    if (read && !note_in_list) {
      outside.push_back({outside_from, i});
      clause.begin = byte_offset(t, i);
      clause.end = byte_offset(t, clause.unclosed ? content_end : close + 1);
      clauses.push_back(std::move(clause));
      i = content_end;
      outside_from = std::min(t.s.size(), content_end + 1);
    } else if (!clause.unclosed) {
      i = close;  // brackets that are part of the text (各县（市、区）)
    }
  }
  outside.push_back({outside_from, t.s.size()});
  // A label outside brackets, at the start or after a sentence: 责任单位：X.
  std::vector<Range> still_outside;
  for (Range part : outside) {
    bool found = false;
    for (size_t i = part.b; i < part.e && !found; ++i) {
      if (t.s[i] != U'：' && t.s[i] != U':') continue;
      Range label = label_before(t, part.b, i);
      if (label.empty()) continue;
      LabelKind kind = classify_label(simp(t, label));
      if (kind != LabelKind::Lead && kind != LabelKind::Responsible) continue;
      bool starts_sentence = label.b == 0 || (label.b > 0 && u32view(U"。；;，, \u3000").find(t.s[label.b - 1]) != u32view::npos);
      if (!starts_sentence) continue;
      UnitClause clause;
      size_t read_to = part.e;
      if (read_labelled(t, {label.b, part.e}, clause, &read_to)) {
        clause.begin = byte_offset(t, label.b);
        clause.end = byte_offset(t, read_to);
        clauses.push_back(std::move(clause));
        still_outside.push_back({part.b, label.b});
        if (read_to < part.e) still_outside.push_back({read_to, part.e});
        found = true;
      }
    }
    if (!found) still_outside.push_back(part);
  }
  read_units_before_colon(t, clauses);
  read_by_with(t, still_outside, clauses);
  read_by_lead(t, still_outside, clauses);
  // 由X负责 and a division of work inside a sentence speak for the task only where it states its
  // units nowhere else (…由区党群工作部负责。…（责任单位：区直各部门）: the bracket's units).
  if (clauses.empty()) read_by_assigned(t, still_outside, clauses);
  if (clauses.empty()) read_closing_sentence(t, still_outside, clauses);
  if (clauses.empty()) read_sentence_assignments(t, still_outside, clauses);
  std::sort(clauses.begin(), clauses.end(), [](const UnitClause& a, const UnitClause& b) { return a.begin < b.begin; });
  return clauses;
}

std::vector<std::string> split_unit_list(std::string_view list, std::string* date_text) {
  Text t = both_forms(list);
  std::vector<std::string> names;
  for (Range r : split_list(t, {0, t.s.size()}, date_text, nullptr)) names.push_back(name_of(t, r));
  return names;
}

std::vector<UnitMention> read_unit_cell(std::string_view cell, UnitRole role) {
  Text t = both_forms(cell);
  UnitClause clause;
  if (read_clause_content(t, {0, t.s.size()}, clause) && !clause.units.empty()) {
    resolve_roles(clause, false);
    return clause.units;
  }
  return read_unit_list(cell, role);
}

std::vector<UnitMention> read_unit_list(std::string_view list, UnitRole role) {
  Text t = both_forms(list);
  UnitClause clause;
  add_units(t, split_list(t, {0, t.s.size()}, nullptr, nullptr), role, clause);
  return clause.units;
}

// 一、县示范区管委会牵头工作（8项）: a heading, its number cut off, that groups the tasks
// under it by their lead. Only the whole heading counts: the units, 牵头, at most a word for the
// work (工作, 任务, 事项, 的工作) and a count of the items (（8项）, （共12项）). A heading that
// goes on after 牵头 (建立部门牵头工作机制, 强化部门牵头抓总) leads nothing.
std::vector<std::string> heading_lead_units(std::string_view heading) {
  Text t = both_forms(heading);
  Range r = trim(t, {0, t.s.size()});
  // The count: (8项), （共12项）, (合计5项).
  if (!r.empty() && is_close(t.s[r.e - 1])) {
    size_t open = u32view(t.s).substr(0, r.e).find_last_of(U"（(");
    if (open != u32view::npos && open >= r.b) {
      u32view inside = u32view(t.s).substr(open + 1, r.e - open - 2);
      for (u32view lead : {U"共", U"合计", U"计"})
        if (starts_with(inside, lead)) inside.remove_prefix(lead.size());
      bool count = ends_with(inside, U"项") && inside.size() >= 2;
      for (size_t i = 0; count && i + 1 < inside.size(); ++i)
        count = (inside[i] >= U'0' && inside[i] <= U'9') || u32view(U"一二三四五六七八九十百").find(inside[i]) != u32view::npos;
      if (!count) return {};
      r.e = open;
    }
  }
  r = trim(t, r);
  for (u32view work : {U"的工作任务", U"的工作", U"的任务", U"工作任务", U"工作", U"任务", U"事项"})
    if (ends_with(simp(t, r), work)) {
      r.e -= work.size();
      break;
    }
  if (!ends_with(simp(t, r), U"牵头")) return {};
  r.e -= std::u32string_view(U"牵头").size();
  r = trim(t, r);
  if (r.empty()) return {};
  std::vector<std::string> names;
  for (Range n : split_list(t, r, nullptr, nullptr)) {
    u32 name = name_simp(t, n);
    if (!plausible_unit(name) || !has_suffix(name) || generic_name(name)) return {};
    names.push_back(name_of(t, n));
  }
  return names;
}

std::vector<UnitMention> read_unit_title(std::string_view item) {
  Text t = both_forms(item);
  size_t b = after_item_number(t);
  if (b == 0) return {};  // no number: a line of names, not an item
  Range r = trim(t, {b, t.s.size()});
  std::vector<Range> names;
  if (!only_units(t, r, names)) return {};
  UnitClause clause;
  add_units(t, names, UnitRole::Assigned, clause);
  return clause.units;
}

bool is_unit_line(std::string_view paragraph) {
  auto clauses = find_unit_clauses(paragraph);
  if (clauses.empty()) return false;
  u32 text = to_u32(paragraph);
  size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && (is_space(text[e - 1]) || text[e - 1] == U'。')) --e;
  size_t byte_b = to_utf8(u32view(text).substr(0, b)).size(), byte_e = to_utf8(u32view(text).substr(0, e)).size();
  return clauses.front().begin <= byte_b && clauses.back().end >= byte_e;
}

void resolve_roles(UnitClause& clause, bool first_listed_rule) {
  bool has_lead = std::any_of(clause.units.begin(), clause.units.end(), [](const UnitMention& u) { return u.role == UnitRole::Lead; });
  bool first = first_listed_rule && !has_lead;
  const bool beside_partners = !first_listed_rule && !has_lead &&
                               std::any_of(clause.units.begin(), clause.units.end(), [](const UnitMention& u) { return u.partner; });
  for (UnitMention& u : clause.units) {
    if (first && u.under_responsible_label) {
      u.role = UnitRole::Lead;
      first = false;
    }
    if (u.role != UnitRole::Assigned) continue;
    u.role = first || beside_partners ? UnitRole::Lead : UnitRole::Responsible;
    first = false;
  }
}

}  // namespace plancheck
