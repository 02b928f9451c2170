// plancheck: check progress reports (进展报告) against their implementation plan (实施方案).
#include <cstdio>
#include <iostream>

#include <spdlog/spdlog.h>

#include "atomic_file.h"
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
};

// The --lang of the command line, for errors thrown before or outside a command's own
// handling (no rule pack, an output that could not be written).
std::string language_of(int argc, char** argv) {
  std::string lang = "zh";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) lang = argv[i + 1];
    else if (arg.rfind("--lang=", 0) == 0) lang = arg.substr(7);
  }
  return lang;
}

}  // namespace

int main(int argc, char** argv) {
  spdlog::set_pattern("plancheck: %v");
  CLI::App app{"plancheck — 对照实施方案检查进展报告 (check progress reports against their plan)", "plancheck"};
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION);
  app.require_subcommand(1);
  install_signal_handlers();
  int exit_code = 0;
  for (AddTool add : kTools) add(app, &exit_code);
  try {
    app.parse(argc, argv);
    finish_stdout();  // what a command printed reached its destination, or exit 2
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    if (code != 0) return 2;  // cli.md: bad arguments are exit status 2
    try {
      finish_stdout();  // --help > /dev/full
    } catch (const LocalizedError& error) {
      std::cerr << "plancheck: " << error.message(language_of(argc, argv)) << "\n";
      return 2;
    }
    return 0;
  } catch (const LocalizedError& e) {
    std::cerr << "plancheck: " << e.message(language_of(argc, argv)) << "\n";
    return 2;
  } catch (const RuleLoadError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "plancheck: " << e.what() << "\n";
    return 2;
  }
  return exit_code;
}
