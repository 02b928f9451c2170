// plancheck: check progress reports (进展报告) against their implementation plan (实施方案).
#include <cstdio>
#include <iostream>

#include <spdlog/spdlog.h>

#include "atomic_file.h"
#include "cli_errors.h"
#include "rule_types.h"
#include "tools.h"

using namespace plancheck;

namespace {

using AddTool = void (*)(CLI::App& app, int* exit_code);

// Every subcommand, in the order `plancheck --help` lists them.
const AddTool kTools[] = {
    add_check_tool,
    add_rules_tool,
    add_explain_tool,
    add_test_tool,
    add_new_rule_tool,
    add_import_plan_tool,
    add_import_report_tool,
    add_lint_plan_tool,
    add_status_tool,
    add_annotate_tool,
    add_serve_tool,
};

}  // namespace

int main(int argc, char** argv) {
  spdlog::set_pattern("plancheck: %v");
  CLI::App app{"plancheck — 对照实施方案检查进展报告 (check progress reports against their plan)", "plancheck"};
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION);
  app.require_subcommand(1);
  install_signal_handlers();
  int exit_code = 0;
  for (AddTool add : kTools) add(app, &exit_code);
  // Errors found while parsing come before --lang is read: look for it first.
  std::string lang = lang_from_argv(argc, argv);
  try {
    app.parse(argc, argv);
    finish_stdout();  // what a command printed reached its destination, or exit 2
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0) {
      std::cerr << describe_parse_error(app, e, argc, argv, lang);
      return 2;  // cli.md: bad arguments are exit status 2
    }
    app.exit(e);  // --help, --version
    try {
      finish_stdout();  // --help > /dev/full
    } catch (const LocalizedError& error) {
      std::cerr << "plancheck: " << error.message(lang) << "\n";
      return 2;
    }
    return 0;
  } catch (const LocalizedError& e) {
    std::cerr << "plancheck: " << e.message(lang) << "\n";
    return 2;
  } catch (const RuleLoadError& e) {
    std::cerr << describe_rule_load_error(e.what(), lang) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "plancheck: " << e.what() << "\n";
    return 2;
  }
  return exit_code;
}
