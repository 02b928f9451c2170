// Did-you-mean: the known name closest to what was typed, for subcommands, options,
// rule ids and the rule API. Always computed from the real list the caller holds, never
// from a list of typical typos.
#pragma once
#include <string>
#include <vector>

namespace plancheck {

// Edit distance with transpositions (optimal string alignment), in bytes: names are ASCII.
size_t edit_distance(const std::string& a, const std::string& b);

// The name of `known` closest to `typed`, or "" when none is close enough: within a
// third of the typed length (at least 1, at most 3 edits), or the only name that
// `typed` is a prefix of. Ties go to the first in `known`.
std::string closest_name(const std::string& typed, const std::vector<std::string>& known);

// "，你是不是要用 X？" / " (did you mean X?)", or "" when `suggestion` is empty.
std::string did_you_mean(const std::string& suggestion, const std::string& lang);

}  // namespace plancheck
