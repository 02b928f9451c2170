// Unit names (牵头单位, 责任单位) compared as people mean them: full-width and half-width
// forms, 〔〕 and [], spaces (ideographic ones too) are no difference; a plan's declared
// aliases name the same unit; group names (各镇（街道）) are no single unit.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plancheck {

// NFKC (utf8proc), brackets folded (〔〕【】 → []), every space removed.
std::string normalize_unit_name(std::string_view name);

// A group name that no single unit reports as: 各镇（街道）, 区直各部门, 各街道, 各有关部门.
bool is_collective_name(std::string_view name);

// The units a plan names, with their aliases (plan/units/unit) and collective flags.
class UnitDirectory {
 public:
  void add(std::string_view name, const std::vector<std::string>& aliases = {},
           bool collective = false);
  // The declared name that `name` means (itself, or the unit it is an alias of), after
  // normalization; nullopt when the directory does not know it.
  std::optional<std::string> canonical(std::string_view name) const;
  // True when a and b name the same unit (equal after normalization, or via aliases).
  bool same_unit(std::string_view a, std::string_view b) const;
  bool is_collective(std::string_view name) const;

 private:
  std::unordered_map<std::string, std::string> canonical_by_normalized_;
  std::unordered_map<std::string, bool> collective_by_canonical_;
};

// The candidate closest to `name`, for a "did you mean" suggestion: the same name
// without a 区/市 prefix, the same name in full and short (临江市住房和城乡建设局 / 市住建局),
// or a small edit distance in characters. nullopt when none is close.
std::optional<std::string> closest_unit(std::string_view name,
                                        const std::vector<std::string>& candidates);

}  // namespace plancheck
