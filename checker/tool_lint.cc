// `plancheck lint-plan`: the plan-lint rules (kind = "plan") alone, on one or more plans,
// through the same engine and output formats as `check`.
#include <iostream>

#include "tools.h"

namespace plancheck {

void add_lint_plan_tool(CLI::App& app, int* exit_code) {
  struct LintCommand {
    CommonOptions common;
    std::vector<std::string> plans;
    std::string format = "text";
    std::string output;
    std::string fail_on = "error";
  };
  auto command = std::make_shared<LintCommand>();
  CLI::App* sub = app.add_subcommand("lint-plan", "只运行方案检查规则 (run the plan-lint rules on plans)");
  sub->add_option("plans", command->plans, "实施方案 XML (plan XML files)")->required()->check(CLI::ExistingFile);
  add_rule_options(sub, command->common);
  sub->add_option("--lang", command->common.lang, "消息语言 (message language)")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  std::vector<std::string> formats;
  for (const OutputFormat& format : output_formats()) formats.push_back(format.name);
  sub->add_option("--format", command->format, "输出格式 (output format)")->check(CLI::IsMember(formats))->capture_default_str();
  add_output_option(sub, command->output);
  sub->add_option("--fail-on", command->fail_on, "达到此严重度即以 1 退出 (lowest severity that fails)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  sub->callback([command, exit_code] {
    const LintCommand& c = *command;
    CheckOptions options;
    options.plan_paths = c.plans;
    options.extra_rule_dirs = c.common.rule_dirs;
    options.settings = run_settings(c.common);
    options.report_rules = false;
    CheckResult result = run_check(options);
    OutputOptions output;
    output.lang = c.common.lang;
    FailOn::parse(c.fail_on, &output.fail_on);
    output.fail_on.plan = true;  // the plans are what lint-plan judges
    write_output(c.output, c.format, result, output);  // throws WriteError: exit status 2
    write_run_problems(result, c.format, c.output, false, c.common.lang == "en");
    *exit_code = exit_status(result, output.fail_on);
  });
}

}  // namespace plancheck
