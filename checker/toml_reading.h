// Reading plancheck's TOML files (plancheck.toml, waivers) strictly: every error names
// the file, line and column, and a key the reader does not know is an error, not a
// silently ignored typo.
#pragma once
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <toml++/toml.h>

namespace plancheck {

// A TOML file that cannot be used: exit status 2, with `file:line:column: reason`.
class TomlFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline std::string toml_where(const std::string& file, const toml::source_region& at) {
  return file + ":" + std::to_string(at.begin.line) + ":" + std::to_string(at.begin.column);
}

[[noreturn]] inline void toml_fail(const std::string& file, const toml::source_region& at, const std::string& why) {
  throw TomlFileError(toml_where(file, at) + ": " + why);
}

inline toml::table parse_toml_file(const std::string& path) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    toml_fail(path, e.source(), std::string("TOML 语法错误 (TOML syntax): ") + std::string(e.description()));
  }
}

// Throws naming the first key of `table` that is not in `known`.
inline void require_known_keys(const std::string& file, const toml::table& table, const std::set<std::string>& known,
                               const std::string& context) {
  for (const auto& [key, value] : table)
    if (!known.count(std::string(key.str())))
      toml_fail(file, key.source(),
                "未知的配置项“" + context + std::string(key.str()) + "” (unknown key " + context +
                    std::string(key.str()) + ")");
}

// The string at `key`, or throws naming the key when it is there with another type.
inline std::optional<std::string> toml_string(const std::string& file, const toml::table& table, const char* key) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (!node->is_string()) toml_fail(file, node->source(), std::string("“") + key + "”应为字符串 (expected a string)");
  return node->value<std::string>();
}

// A list of strings at `key` (empty when absent).
inline std::vector<std::string> toml_strings(const std::string& file, const toml::table& table, const char* key) {
  std::vector<std::string> out;
  const toml::node* node = table.get(key);
  if (!node) return out;
  const toml::array* array = node->as_array();
  if (!array) toml_fail(file, node->source(), std::string("“") + key + "”应为字符串数组 (expected a list of strings)");
  for (const toml::node& item : *array) {
    if (!item.is_string())
      toml_fail(file, item.source(), std::string("“") + key + "”应为字符串数组 (expected a list of strings)");
    out.push_back(*item.value<std::string>());
  }
  return out;
}

}  // namespace plancheck
