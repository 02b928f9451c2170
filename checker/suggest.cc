#include "suggest.h"

#include <algorithm>

namespace plancheck {

std::string closest_name(const std::string& typed, const std::vector<std::string>& known) {
  if (typed.empty()) return "";
  // Leading dashes of an option do not count towards its length.
  size_t letters = typed.size() - std::min(typed.find_first_not_of('-'), typed.size());
  size_t allowed = std::clamp<size_t>(letters / 3, 1, 3);
  std::string best;
  size_t best_distance = allowed + 1;
  for (const std::string& name : known) {
    if (name == typed) return "";  // it is known: nothing to suggest
    size_t distance = edit_distance(typed, name);
    if (distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  if (!best.empty()) return best;
  std::string prefixed;
  for (const std::string& name : known)
    if (typed.size() >= 2 && name.compare(0, typed.size(), typed) == 0) {
      if (!prefixed.empty()) return "";  // ambiguous
      prefixed = name;
    }
  return prefixed;
}

std::string did_you_mean(const std::string& suggestion, const std::string& lang) {
  if (suggestion.empty()) return "";
  return lang == "en" ? " (did you mean " + suggestion + "?)" : "，你是不是要用 " + suggestion + "？";
}

}  // namespace plancheck
