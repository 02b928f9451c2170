// plancheck.toml: a project's standing choices for `check` (rules on and off, severity
// changes, due-soon days, extra rule folders, --fail-on, language, waivers file), found
// in the current folder or a parent, or named with --config. Flags override it.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "finding.h"
#include "rule_types.h"

namespace plancheck {

struct Config {
  std::string path;  // the file read; empty when there is none
  std::optional<std::string> lang, fail_on, waivers, baseline;  // paths resolved against the file's folder
  std::optional<int> due_soon_days;
  std::vector<std::string> rule_dirs;       // [rules] folders, resolved against the file's folder
  std::vector<std::string> enable;          // [rules] enable: when given, only these rules run
  std::vector<std::string> disable;         // [rules] disable
  std::map<std::string, Severity> severity; // [severity] rule-id = "warning"
  std::map<std::string, std::string> rule_id_where;  // rule id → file:line:column, for errors
};

// plancheck.toml in `start` or the nearest parent that has one; empty when none does.
std::string find_config(const std::string& start);

// Reads a config file; throws TomlFileError (toml_reading.h) naming the file, line and
// column of a syntax error, an unknown key or a bad value.
Config load_config(const std::string& path);

// Throws TomlFileError naming the first rule id the config mentions that is no rule:
// enable and disable take `rule_ids` (the Lua rules); [severity] also `host_ids`
// (schema, rule-error, …).
void check_rule_ids(const Config& config, const std::set<std::string>& rule_ids, const std::set<std::string>& host_ids);

// The rules not to run: `disable`, and when `enable` is given, every rule not in it.
std::set<std::string> disabled_rules(const Config& config, const std::vector<RuleSource>& rules);

// The [severity] remaps, applied to the findings and to the rules' declared severities.
void apply_severities(const Config& config, std::vector<Finding>& findings, std::vector<RuleInfo>& rules);

}  // namespace plancheck
