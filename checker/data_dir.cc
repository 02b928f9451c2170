#include "data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include <unistd.h>

#ifndef PLANCHECK_INSTALL_DATA_DIR
#define PLANCHECK_INSTALL_DATA_DIR "/usr/share/plancheck"
#endif

namespace fs = std::filesystem;

namespace plancheck {

namespace {

bool has_rule_pack(const fs::path& dir) {
  std::error_code ec;
  return !dir.empty() && fs::is_directory(dir / "rules", ec);
}

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

// The folder the build tree's `plancheck-home` names, or empty.
fs::path build_tree_home(const fs::path& exe_dir) {
  if (exe_dir.empty()) return {};
  std::ifstream marker(exe_dir / "plancheck-home");
  std::string line;
  if (!marker || !std::getline(marker, line)) return {};
  return line;
}

}  // namespace

std::string data_dir() {
  if (const char* home = std::getenv("PLANCHECK_HOME"); home && *home) {
    if (has_rule_pack(home)) return home;
    throw LocalizedError(std::string("PLANCHECK_HOME=") + home +
                             " 中没有规则包 rules/：请把它设为 plancheck 的数据目录（内含 rules/ 与 schemas/），或取消设置",
                         std::string("PLANCHECK_HOME=") + home +
                             " holds no rule pack rules/: set it to plancheck's data folder (with rules/ and "
                             "schemas/) or unset it");
  }
  fs::path exe_dir = executable_dir();
  std::vector<fs::path> candidates;
  if (fs::path built = build_tree_home(exe_dir); !built.empty()) candidates.push_back(built);
  if (!exe_dir.empty()) candidates.push_back((exe_dir / ".." / "share" / "plancheck").lexically_normal());
  candidates.push_back(PLANCHECK_INSTALL_DATA_DIR);
  std::string tried;
  for (const fs::path& candidate : candidates) {
    if (has_rule_pack(candidate)) return candidate.string();
    tried += (tried.empty() ? "" : ", ") + candidate.string();
  }
  throw LocalizedError("找不到 plancheck 的规则包（已查找 " + tried +
                           "）：未加载任何规则，无法检查。请安装 plancheck 软件包，或把环境变量 PLANCHECK_HOME "
                           "设为含 rules/ 与 schemas/ 的目录",
                       "cannot find plancheck's rule pack (looked in " + tried +
                           "): no rule loaded, nothing can be checked. Install the plancheck package, or set "
                           "PLANCHECK_HOME to a folder holding rules/ and schemas/");
}

std::string shown_data_path(const std::string& path) {
  if (path.empty()) return path;
  std::error_code ec;
  fs::path file = fs::weakly_canonical(path, ec);
  if (ec) return path;
  fs::path home;
  try {
    home = fs::weakly_canonical(data_dir(), ec);
  } catch (const LocalizedError&) {
    return path;
  }
  if (ec) return path;
  // Run in the data folder itself (the source tree): `rules/x.lua` is what the user types.
  if (path[0] != '/' && fs::weakly_canonical(fs::current_path(ec), ec) == home) return path;
  fs::path relative = file.lexically_relative(home);
  if (relative.empty() || (*relative.begin() != "rules" && *relative.begin() != "schemas")) return path;
  return "plancheck:" + relative.generic_string();
}

}  // namespace plancheck
