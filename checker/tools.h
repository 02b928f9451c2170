// The subcommands of the plancheck binary, one add_*_tool per command (ninja's tool
// table): each registers its options on `app` and, when chosen, sets *exit_code.
#pragma once
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "engine.h"
#include "lua_host.h"  // the CLI tools run rule hosts themselves (check, explain, test)
#include "output.h"

namespace plancheck {

void add_check_tool(CLI::App& app, int* exit_code);
void add_rules_tool(CLI::App& app, int* exit_code);
void add_test_tool(CLI::App& app, int* exit_code);      // tool_test_cases.cc
void add_new_rule_tool(CLI::App& app, int* exit_code);  // tool_new_rule.cc
void add_explain_tool(CLI::App& app, int* exit_code);   // tool_explain.cc
void add_import_plan_tool(CLI::App& app, int* exit_code);    // tool_import.cc
void add_import_report_tool(CLI::App& app, int* exit_code);  // tool_import.cc
void add_lint_plan_tool(CLI::App& app, int* exit_code);      // tool_lint.cc
void add_status_tool(CLI::App& app, int* exit_code);       // tool_status.cc
void add_annotate_tool(CLI::App& app, int* exit_code);     // tool_annotate.cc
void add_serve_tool(CLI::App& app, int* exit_code);        // tool_serve.cc: the submission service (service/)

// Options that several tools share.
struct CommonOptions {
  std::vector<std::string> rule_dirs;
  std::string as_of;       // YYYY-MM-DD; today when empty
  std::string lang = "zh";
  int due_soon_days = 14;
  uint64_t max_instructions = RuleLimits{}.instructions;
  double max_rule_seconds = RuleLimits{}.seconds;
  size_t max_rule_memory_mib = RuleLimits{}.memory_bytes >> 20;
  size_t max_file_mib = LoadLimits{}.max_file_bytes >> 20;
  int max_depth = LoadLimits{}.max_depth;
};

void add_rule_options(CLI::App* command, CommonOptions& options);  // --rules, limits
void add_run_options(CLI::App* command, CommonOptions& options);   // --as-of, --lang, --due-soon-days
void add_output_option(CLI::App* command, std::string& output);    // -o/--output FILE; - is standard output
// The settings the rules see; throws CLI::ValidationError on a bad --as-of.
RunSettings run_settings(const CommonOptions& options);
LoadLimits load_limits(const CommonOptions& options);
Date today();

// Writes to --output FILE (whole or not at all: atomic_file.h), or standard output when
// empty; colour only on a terminal. Throws WriteError, naming the reason.
void write_output(const std::string& path, const std::string& format, const CheckResult& result,
                  OutputOptions options);
// After the output: unreadable files and run problems on stderr when the output did not
// show them, and under --verbose each file skipped as not a report.
void write_run_problems(const CheckResult& result, const std::string& format, const std::string& output,
                        bool verbose, bool english);

}  // namespace plancheck
