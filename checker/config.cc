#include "config.h"

#include "suggest.h"

#include <algorithm>
#include <filesystem>

#include "suggest.h"
#include "toml_reading.h"

namespace fs = std::filesystem;

namespace plancheck {

std::string find_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (ec) return "";
  for (; !dir.empty(); dir = dir.parent_path()) {
    fs::path candidate = dir / "plancheck.toml";
    std::error_code missing;  // a folder without one is the usual case, not an error
    if (fs::is_regular_file(candidate, missing)) return display_path(candidate.string());
    if (dir == dir.parent_path()) break;
  }
  return "";
}

namespace {

// A path written in the config is relative to the config file's folder.
std::string beside(const std::string& config_path, const std::string& path) {
  fs::path p(path);
  if (p.is_absolute()) return path;
  fs::path dir = fs::path(config_path).parent_path();
  return display_path((dir.empty() ? p : dir / p).lexically_normal().string());
}

void note_rule_ids(Config& config, const toml::table& table, const char* key) {
  if (const toml::array* ids = table[key].as_array())
    for (const toml::node& id : *ids)
      if (id.is_string()) config.rule_id_where.emplace(*id.value<std::string>(), toml_where(config.path, id.source()));
}

}  // namespace

Config load_config(const std::string& path) {
  Config config;
  config.path = path;
  toml::table root = parse_toml_file(path);
  require_known_keys(path, root, {"lang", "fail-on", "due-soon-days", "waivers", "baseline", "rules", "severity"}, "");

  config.lang = toml_string(path, root, "lang");
  if (config.lang && *config.lang != "zh" && *config.lang != "en")
    toml_fail(path, root.get("lang")->source(), "lang 应为 zh 或 en (lang must be zh or en)");
  config.fail_on = toml_string(path, root, "fail-on");
  if (config.fail_on && *config.fail_on != "never") {
    Severity ignored;
    if (!parse_severity(*config.fail_on, &ignored))
      toml_fail(path, root.get("fail-on")->source(),
                "fail-on 应为 error、warning、info 或 never (fail-on must be error, warning, info or never)");
  }
  if (const toml::node* days = root.get("due-soon-days")) {
    std::optional<int64_t> value = days->value<int64_t>();
    if (!days->is_integer() || !value || *value < 0 || *value > 3660)
      toml_fail(path, days->source(), "due-soon-days 应为 0 到 3660 的整数 (due-soon-days must be a whole number of days)");
    config.due_soon_days = static_cast<int>(*value);
  }
  if (auto waivers = toml_string(path, root, "waivers")) config.waivers = beside(path, *waivers);
  if (auto baseline = toml_string(path, root, "baseline")) config.baseline = beside(path, *baseline);

  if (const toml::node* rules_node = root.get("rules")) {
    const toml::table* rules = rules_node->as_table();
    if (!rules) toml_fail(path, rules_node->source(), "[rules] 应为表 (expected a table)");
    require_known_keys(path, *rules, {"folders", "enable", "disable"}, "rules.");
    for (const std::string& folder : toml_strings(path, *rules, "folders")) {
      std::string dir = beside(path, folder);
      std::error_code ec;
      if (!fs::is_directory(dir, ec))
        toml_fail(path, rules->get("folders")->source(), "规则目录不存在 (no such rule folder): " + dir);
      config.rule_dirs.push_back(dir);
    }
    config.enable = toml_strings(path, *rules, "enable");
    config.disable = toml_strings(path, *rules, "disable");
    note_rule_ids(config, *rules, "enable");
    note_rule_ids(config, *rules, "disable");
  }
  if (const toml::node* severity_node = root.get("severity")) {
    const toml::table* severity = severity_node->as_table();
    if (!severity) toml_fail(path, severity_node->source(), "[severity] 应为表 (expected a table)");
    for (const auto& [key, value] : *severity) {
      std::optional<std::string> name = value.value<std::string>();
      Severity level;
      if (!value.is_string() || !parse_severity(*name, &level))
        toml_fail(path, value.source(),
                  "severity." + std::string(key.str()) + " 应为 error、warning 或 info (must be error, warning or info)");
      config.severity[std::string(key.str())] = level;
      config.rule_id_where.emplace(std::string(key.str()), toml_where(path, key.source()));
    }
  }
  return config;
}

void check_rule_ids(const Config& config, const std::set<std::string>& rule_ids, const std::set<std::string>& host_ids) {
  auto fail = [&](const std::string& id) {
    auto where = config.rule_id_where.find(id);
    std::vector<std::string> known(rule_ids.begin(), rule_ids.end());
    known.insert(known.end(), host_ids.begin(), host_ids.end());
    std::string suggestion = closest_name(id, known);
    throw TomlFileError((where == config.rule_id_where.end() ? config.path : where->second) + ": 没有编号为“" + id +
                        "”的规则" + did_you_mean(suggestion, "zh") + " (unknown rule id " + id +
                        did_you_mean(suggestion, "en") + ")");
  };
  for (const std::vector<std::string>* ids : {&config.enable, &config.disable})
    for (const std::string& id : *ids)
      if (!rule_ids.count(id)) fail(id);
  for (const auto& entry : config.severity)
    if (!rule_ids.count(entry.first) && !host_ids.count(entry.first)) fail(entry.first);
}

std::set<std::string> disabled_rules(const Config& config, const std::vector<RuleSource>& rules) {
  std::set<std::string> disabled(config.disable.begin(), config.disable.end());
  if (!config.enable.empty())
    for (const RuleSource& rule : rules)
      if (std::find(config.enable.begin(), config.enable.end(), rule.id) == config.enable.end())
        disabled.insert(rule.id);
  return disabled;
}

void apply_severities(const Config& config, std::vector<Finding>& findings, std::vector<RuleInfo>& rules) {
  for (Finding& f : findings)
    if (auto it = config.severity.find(f.rule); it != config.severity.end()) f.severity = it->second;
  for (RuleInfo& rule : rules)
    if (auto it = config.severity.find(rule.id); it != config.severity.end()) rule.severity = it->second;
}

}  // namespace plancheck
