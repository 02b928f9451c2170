// Unit names: normalization, group names, a plan's directory of units and aliases,
// and the "did you mean" suggestion. See units.h for the contract.
#include "units.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include "suggest.h"
#include "utf32.h"

namespace plancheck {
namespace {

// Whitespace that a unit name never means: every Unicode space separator (Zs: U+0020,
// U+00A0 NBSP, U+3000 ideographic space, U+2000..U+200A, ...), line and paragraph
// separators, the ASCII controls \t \n \v \f \r and U+0085, plus the invisible
// U+200B (zero-width space) and U+FEFF (BOM) that copying from Word documents leaves.
bool is_space(utf8proc_int32_t cp) {
  if (cp == 0x09 || cp == 0x0A || cp == 0x0B || cp == 0x0C || cp == 0x0D ||
      cp == 0x85 || cp == 0x200B || cp == 0xFEFF)
    return true;
  const utf8proc_category_t cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP;
}

// Brackets that NFKC leaves alone but people use interchangeably with [ ]:
// 〔〕 (document numbers), 【】, 〖〗. (［］ and （） are folded by NFKC itself.)
utf8proc_int32_t fold_bracket(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x3014: case 0x3010: case 0x3016: return '[';  // 〔 【 〖
    case 0x3015: case 0x3011: case 0x3017: return ']';  // 〕 】 〗
    default: return cp;
  }
}

// The fallback for text that is not valid UTF-8: the bytes as they are, without ASCII
// whitespace and without the byte sequences of NBSP (C2 A0) and U+3000 (E3 80 80).
// Neither C2 nor E3 can be a continuation byte, so no other character is cut.
std::string strip_spaces_bytes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 1;
      continue;
    }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

// Code points of a string; a byte that is not valid UTF-8 becomes one pseudo code point
// (negative, so it never equals a real one).
std::vector<utf8proc_int32_t> code_points(std::string_view s) {
  std::vector<utf8proc_int32_t> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      cp = -1 - static_cast<utf8proc_int32_t>(*p);
      n = 1;
    }
    out.push_back(cp);
    p += n;
    left -= n;
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// True when `longer` is `shorter` with a 区 or 市 in front (区党群工作部 / 党群工作部).
bool differs_by_prefix(std::string_view longer, std::string_view shorter) {
  for (std::string_view prefix : {std::string_view("区"), std::string_view("市")}) {
    if (starts_with(longer, prefix) && longer.substr(prefix.size()) == shorter) return true;
  }
  return false;
}

// The short form offices write a unit's name in (简称): its place name left to its level
// (临江市住房和城乡建设局 → 市住房和城乡建设局) and the usual shortenings of its body
// (住房和城乡建设局 → 住建局, 发展和改革委员会 → 发改委). Names are normalized first.
std::string short_form(std::string name) {
  struct Shortening {
    std::string_view full, brief;
  };
  static constexpr Shortening kShortenings[] = {
      {"住房和城乡建设", "住建"},   {"住房城乡建设", "住建"},     {"发展和改革委员会", "发改委"},
      {"发展改革委员会", "发改委"}, {"发展和改革局", "发改局"},   {"人力资源和社会保障", "人社"},
      {"卫生健康委员会", "卫健委"}, {"卫生和健康委员会", "卫健委"}, {"市场监督管理", "市场监管"},
      {"教育和体育", "教体"},       {"文化和旅游", "文旅"},       {"文化广电和旅游", "文广旅"},
      {"工业和信息化", "工信"},     {"交通运输", "交通"},         {"应急管理", "应急"},
      {"医疗保障", "医保"},         {"退役军人事务", "退役军人"}, {"自然资源和规划", "自然资源"},
      {"科学技术", "科技"},         {"农业农村", "农业农村"},     {"委员会", "委"},
  };
  // 临江市住建局 → 市住建局: a place name of two to four characters before its level.
  for (std::string_view level : {"市", "区", "县"}) {
    size_t at = name.find(level);
    if (at != std::string::npos && at >= 6 && at <= 12 && name.size() > at + level.size() + 6) {
      name.erase(0, at);
      break;
    }
  }
  for (const Shortening& s : kShortenings)
    for (size_t at = name.find(s.full); at != std::string::npos; at = name.find(s.full, at + s.brief.size()))
      name.replace(at, s.full.size(), s.brief);
  return name;
}

std::string normalize_uncached(std::string_view name) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
      static_cast<utf8proc_ssize_t>(name.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (n < 0) {
    std::free(mapped);
    return strip_spaces_bytes(name);
  }
  std::string out;
  out.reserve(static_cast<size_t>(n));
  const utf8proc_uint8_t* p = mapped;
  utf8proc_ssize_t left = n;
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t len = utf8proc_iterate(p, left, &cp);
    if (len <= 0) break;  // utf8proc_map's own output is valid UTF-8
    p += len;
    left -= len;
    if (is_space(cp)) continue;
    append_utf8(static_cast<char32_t>(fold_bracket(cp)), &out);
  }
  std::free(mapped);
  return out;
}

}  // namespace

// Rules compare the same few dozen plan names for every report, and NFKC through
// utf8proc costs far more than a hash lookup: short names are remembered per thread
// (bench/RESULTS.md has the numbers).
std::string normalize_unit_name(std::string_view name) {
  constexpr size_t kLongestRemembered = 128, kMostRemembered = 4096;
  if (name.size() > kLongestRemembered) return normalize_uncached(name);
  thread_local std::unordered_map<std::string, std::string> remembered;
  std::string key(name);
  auto found = remembered.find(key);
  if (found != remembered.end()) return found->second;
  if (remembered.size() >= kMostRemembered) remembered.clear();
  return remembered.emplace(std::move(key), normalize_uncached(name)).first->second;
}

bool is_collective_name(std::string_view name) {
  const std::string n = normalize_unit_name(name);
  static constexpr std::string_view kEach = "各";
  // 各镇(街道), 各街道, 各有关部门, 各部门, 各级党委, 各分支机构, 各单位 ...
  if (starts_with(n, kEach)) return true;
  // 区直各部门, 市直各单位, 县直各部门.
  if (n.find("直各") != std::string::npos) return true;
  // 机关各党支部, 驻区各中省直单位, 区各有关部门: 各 followed by a word for a group
  // of offices. 各 inside a real name is followed by something else (区各界联合会).
  static constexpr std::string_view kGroupWords[] = {
      "部门", "单位", "镇", "街道", "乡", "有关", "级", "党支部", "支部",
      "分支机构", "中省直", "局办", "科室", "委办局"};
  for (size_t pos = n.find(kEach); pos != std::string::npos; pos = n.find(kEach, pos + 1)) {
    const std::string_view rest = std::string_view(n).substr(pos + kEach.size());
    for (std::string_view word : kGroupWords) {
      if (starts_with(rest, word)) return true;
    }
  }
  return false;
}

void UnitDirectory::add(std::string_view name, const std::vector<std::string>& aliases,
                        bool collective) {
  const std::string key = normalize_unit_name(name);
  if (key.empty()) return;
  const std::string declared(name);
  // A declared name always means itself, even where an earlier unit listed it as an alias.
  canonical_by_normalized_[key] = declared;
  bool& flag = collective_by_canonical_[key];
  flag = flag || collective;
  for (const std::string& alias : aliases) {
    const std::string alias_key = normalize_unit_name(alias);
    if (alias_key.empty()) continue;
    // First declaration wins; an alias never takes over another unit's own name.
    canonical_by_normalized_.emplace(alias_key, declared);
  }
}

std::optional<std::string> UnitDirectory::canonical(std::string_view name) const {
  const auto it = canonical_by_normalized_.find(normalize_unit_name(name));
  if (it == canonical_by_normalized_.end()) return std::nullopt;
  return it->second;
}

bool UnitDirectory::same_unit(std::string_view a, std::string_view b) const {
  const std::string na = normalize_unit_name(a);
  const std::string nb = normalize_unit_name(b);
  if (na.empty() || nb.empty()) return false;
  if (na == nb) return true;
  const auto ia = canonical_by_normalized_.find(na);
  const auto ib = canonical_by_normalized_.find(nb);
  if (ia == canonical_by_normalized_.end() || ib == canonical_by_normalized_.end())
    return false;
  return normalize_unit_name(ia->second) == normalize_unit_name(ib->second);
}

// Collective when the plan declares it so, or when the name reads as a group name
// (a plan need not declare 各镇（街道） for it to be one).
bool UnitDirectory::is_collective(std::string_view name) const {
  if (is_collective_name(name)) return true;
  const auto it = canonical_by_normalized_.find(normalize_unit_name(name));
  if (it == canonical_by_normalized_.end()) return false;
  const auto flag = collective_by_canonical_.find(normalize_unit_name(it->second));
  return flag != collective_by_canonical_.end() && flag->second;
}

std::optional<std::string> closest_unit(std::string_view name,
                                        const std::vector<std::string>& candidates) {
  const std::string n = normalize_unit_name(name);
  if (n.empty()) return std::nullopt;
  const std::vector<utf8proc_int32_t> n_cps = code_points(n);
  const size_t max_distance = std::max<size_t>(1, n_cps.size() / 4);

  // Rank: 0 the same name, 1 the same name but for a 区/市 prefix, 2 + edit distance.
  // The smallest rank wins; among equals, the first candidate.
  std::optional<size_t> best_rank;
  const std::string* best = nullptr;
  for (const std::string& candidate : candidates) {
    const std::string c = normalize_unit_name(candidate);
    if (c.empty()) continue;
    size_t rank;
    if (c == n) {
      rank = 0;
    } else if (differs_by_prefix(c, n) || differs_by_prefix(n, c)) {
      rank = 1;
    } else if (const std::string sn = short_form(n), sc = short_form(c);
               sn == sc || differs_by_prefix(sn, sc) || differs_by_prefix(sc, sn)) {
      rank = 1;  // 临江市住房和城乡建设局 and 市住建局: one unit, written in full and short
    } else {
      const size_t d = edit_distance(n_cps, code_points(c));
      if (d > max_distance) continue;
      rank = 2 + d;
    }
    if (!best_rank || rank < *best_rank) {
      best_rank = rank;
      best = &candidate;
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

}  // namespace plancheck
