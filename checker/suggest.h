// Did-you-mean: the known name closest to what was typed, for subcommands, options,
// rule ids and the rule API. Always computed from the real list the caller holds, never
// from a list of typical typos.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

namespace plancheck {

// Edit distance with transpositions (optimal string alignment) between two sequences:
// bytes of ASCII names here, code points of unit names in units.cc. Three rows of memory.
template <typename Sequence>
size_t edit_distance(const Sequence& a, const Sequence& b) {
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[b.size()];
}
inline size_t edit_distance(const std::string& a, const std::string& b) { return edit_distance<std::string>(a, b); }

// The name of `known` closest to `typed`, or "" when none is close enough: within a
// third of the typed length (at least 1, at most 3 edits), or the only name that
// `typed` is a prefix of. Ties go to the first in `known`.
std::string closest_name(const std::string& typed, const std::vector<std::string>& known);

// "，你是不是要用 X？" / " (did you mean X?)", or "" when `suggestion` is empty.
std::string did_you_mean(const std::string& suggestion, const std::string& lang);

}  // namespace plancheck
