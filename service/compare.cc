#include "compare.h"

#include <algorithm>
#include <map>
#include <string>

namespace plancheck::service {

namespace {

std::string key(const nlohmann::ordered_json& f) {
  auto text = [&](const char* name) {
    auto it = f.find(name);
    return it != f.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  return text("rule") + '\0' + text("task") + '\0' + text("message");
}

}  // namespace

VersionComparison compare_findings(const nlohmann::ordered_json& earlier, const nlohmann::ordered_json& later) {
  VersionComparison out;
  std::multimap<std::string, size_t> unmatched;  // earlier findings not yet matched, by key
  for (size_t i = 0; i < earlier.size(); ++i) unmatched.emplace(key(earlier[i]), i);
  for (const auto& f : later) {
    auto it = unmatched.find(key(f));
    if (it == unmatched.end()) {
      out.added.push_back(f);
    } else {
      out.open.push_back(f);
      unmatched.erase(it);
    }
  }
  std::vector<size_t> fixed;
  for (const auto& [k, i] : unmatched) fixed.push_back(i);
  std::sort(fixed.begin(), fixed.end());
  for (size_t i : fixed) out.fixed.push_back(earlier[i]);
  return out;
}

}  // namespace plancheck::service
