#include "check_controls.h"

#include <memory>

#include "baseline.h"
#include "toml_reading.h"
#include "waivers.h"

namespace plancheck {

void add_control_options(CLI::App* command, RunControls& c) {
  command->add_option("--config", c.config_path, "配置文件，默认当前目录或上级目录中的 plancheck.toml (config file)")
      ->check(CLI::ExistingFile);
  command->add_flag("--no-config", c.no_config, "不读取 plancheck.toml (ignore plancheck.toml)");
  command->add_option("--waivers", c.waivers, "豁免文件 TOML (waivers file)");
  command->add_option("--baseline", c.baseline, "只报告基线之外的新问题 (fail only on findings not in FILE)");
  command->add_option("--write-baseline", c.write_baseline, "把本次的问题记为基线 (record today's findings in FILE)");
}

ConfiguredRun configure_run(const RunControls& controls, const CLI::App& command, CommonOptions& common,
                            std::string& fail_on) {
  ConfiguredRun run;
  std::string path = controls.config_path;
  if (path.empty() && !controls.no_config) path = find_config(".");
  if (!path.empty()) run.config = load_config(path);
  const Config& config = run.config;
  if (config.lang && !command.count("--lang")) common.lang = *config.lang;
  if (config.fail_on && !command.count("--fail-on")) fail_on = *config.fail_on;
  if (config.due_soon_days && !command.count("--due-soon-days")) common.due_soon_days = *config.due_soon_days;
  common.rule_dirs.insert(common.rule_dirs.begin(), config.rule_dirs.begin(), config.rule_dirs.end());

  std::vector<RuleSource> sources = discover_rules(rule_dirs_with(common.rule_dirs));
  std::set<std::string> rule_ids, host_ids;
  for (const RuleSource& source : sources) rule_ids.insert(source.id);
  for (const RuleInfo& rule : rules_for_output(CheckResult{})) host_ids.insert(rule.id);
  check_rule_ids(config, rule_ids, host_ids);
  run.disabled = disabled_rules(config, sources);
  return run;
}

void finish_run(const ConfiguredRun& run, const RunControls& controls, const RunSettings& settings, CheckResult& result) {
  apply_severities(run.config, result.findings, result.rules);
  std::string waivers = !controls.waivers.empty() ? controls.waivers : run.config.waivers.value_or("");
  if (!waivers.empty()) {
    std::vector<std::string> known;  // for did-you-mean on a waiver's rule
    for (const RuleInfo& rule : rules_for_output(result)) known.push_back(rule.id);
    apply_waivers(load_waivers(waivers), settings.as_of, settings.lang, result.findings, known);
  }
  std::string baseline = !controls.baseline.empty() ? controls.baseline : run.config.baseline.value_or("");
  std::unique_ptr<BaselineLock> lock;
  if (!controls.write_baseline.empty()) {
    lock = std::make_unique<BaselineLock>(controls.write_baseline);
    write_baseline(controls.write_baseline, result.findings, settings.lang);
    baseline = controls.write_baseline;
  }
  if (!baseline.empty()) apply_baseline(baseline, settings.lang, result.findings);
}

}  // namespace plancheck
