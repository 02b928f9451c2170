// Figures that contradict each other within one scope of text (rules.md, "Text"):
// 自治区级民族团结进步示范单位4个 … 自治区级民族团结进步示范单位14个. What
// conflicting-figures reports; the per-figure work is here so that a 100 MB report does
// not push every figure through Lua.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "quantities.h"

namespace plancheck {

// A figure that cannot be true together with an earlier statement of the same subject.
struct FigureConflict {
  size_t text = 0, figure = 0;                  // the later figure: texts[text], figures[text][figure]
  size_t earlier_text = 0, earlier_figure = 0;  // the first earlier figure it contradicts
};

// Subjects name one thing when they are equal, or when one ends with the other and the
// shorter still has `min_subject_chars` characters (not 资金, not 活动: six by default).
// Two figures conflict when they name one thing in one measure word and pc.agree's
// quantities_agree says they cannot both hold. Each figure is compared with the first
// figure of each earlier subject that may name its thing, and reported once, against the
// earliest of them it contradicts. Masked figures and figures with no subject state nothing.
//
// `figures[i]` are the figures of the i-th text of the scope, as find_quantities gives
// them (with their subjects). `charge(n)` is told of every n comparisons; when it returns
// false the search stops and what was found so far is returned.
std::vector<FigureConflict> find_conflicting_figures(const std::vector<const std::vector<Quantity>*>& figures,
                                                     size_t min_subject_chars,
                                                     const std::function<bool(uint64_t)>& charge);

// The last `chars` characters of UTF-8 `s`, or all of it when it is shorter.
std::string_view last_characters(std::string_view s, size_t chars);

}  // namespace plancheck
