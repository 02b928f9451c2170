#include "rule_types.h"

#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace plancheck {

std::string display_path(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  fs::path cwd = fs::current_path(ec);
  if (ec) return path;
  fs::path relative = absolute.lexically_normal().lexically_relative(cwd);
  if (relative.empty() || *relative.begin() == "..") return path;
  return relative.string();
}

std::vector<RuleSource> discover_rules(const std::vector<std::string>& dirs) {
  std::map<std::string, std::string> path_by_id;  // sorted by id; later folders win
  for (const std::string& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".lua") continue;
      path_by_id[entry.path().stem().string()] = display_path(entry.path().string());
    }
  }
  std::vector<RuleSource> sources;
  for (auto& [id, path] : path_by_id) sources.push_back({id, path});
  return sources;
}

}  // namespace plancheck
