// `plancheck status`: the task × unit matrix of where the units stand, as of a date.
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "atomic_file.h"
#include "engine.h"
#include "status.h"
#include "tools.h"

namespace plancheck {

namespace {

struct StatusCommand {
  CommonOptions common;
  std::vector<std::string> plans;
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
};

// The matrix and what status could not read (`file:line:column: reason`, exit status 2;
// everything else is still shown). The reports are read as `check` reads them — XML, Word,
// PDF, a web page or text; in a folder, evidence a report cites and files that are no report
// are passed over (cli.md) — and no rule runs on them.
struct StatusInputs {
  StatusResult status;
  std::vector<std::string> errors;
  // Documents found in a folder and judged by their content not to be reports: named on
  // standard error (as `check` does), since a unit's report titled unlike one would show as 缺.
  std::vector<SkippedFile> not_reports;
};

StatusInputs read_and_compute(const StatusCommand& c) {
  CheckOptions options;
  options.plan_paths = c.plans;
  options.inputs = c.inputs;
  options.settings = run_settings(c.common);
  options.load_limits = load_limits(c.common);
  options.plan_rules = false;
  options.status = true;
  options.reports_for_status_only = true;
  CheckResult result = run_check(options);
  StatusInputs inputs;
  for (const FileStatus& file : result.files)
    if (!file.checked) inputs.errors.push_back(file.error);
  for (const SkippedFile& file : result.skipped)
    if (file.by_content) inputs.not_reports.push_back(file);
  if (result.status) inputs.status = std::move(*result.status);
  return inputs;
}

int status_exit_code(const StatusResult& status, bool could_not_read, const FailOn& fail_on) {
  if (could_not_read) return 2;
  for (const StatusCell& cell : status.cells)
    if (auto severity = cell_severity(cell); severity && fail_on.fails(*severity)) return 1;
  return 0;
}

void write_view(std::ostream& out, const std::string& format, const StatusResult& status,
                const std::vector<std::string>& errors, const StatusOutputOptions& options) {
  if (format == "json") {
    write_status_json(out, status, options);
    return;
  }
  if (format == "html") {
    write_status_page_html(out, status, errors, options);
    return;
  }
  for (const std::string& error : errors) out << error << "\n";
  if (!errors.empty()) out << "\n";
  write_status_text(out, status, options);
}

int run_status_command(const StatusCommand& c) {
  StatusInputs inputs = read_and_compute(c);
  const StatusResult& status = inputs.status;

  StatusOutputOptions output;
  output.lang = c.common.lang;
  if (c.output.empty()) {
    const char* no_color = std::getenv("NO_COLOR");
    output.color = c.format == "text" && isatty(STDOUT_FILENO) && !(no_color && *no_color);
    write_view(std::cout, c.format, status, inputs.errors, output);
    finish_stdout();  // throws WriteError: exit status 2 with the reason
  } else {
    write_file_atomically(c.output, [&](std::ostream& file) { write_view(file, c.format, status, inputs.errors, output); });
  }
  // Unreadable files and notes go to standard error too unless the terminal view showed them.
  if (c.format != "text" || !c.output.empty()) {
    for (const std::string& error : inputs.errors) std::cerr << error << "\n";
    for (const StatusNote& note : status.notes)
      std::cerr << note.path << ":" << note.at.line << ":" << note.at.column << ": "
                << (output.lang == "en" ? note.en : note.zh) << "\n";
  }
  for (const SkippedFile& file : inputs.not_reports)
    std::cerr << file.path << (output.lang == "en" ? ": skipped, " : "：已跳过，") << file.reason << "\n";
  FailOn fail_on;
  FailOn::parse(c.fail_on, &fail_on);
  return status_exit_code(status, !inputs.errors.empty(), fail_on);
}

}  // namespace

void add_status_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<StatusCommand>();
  CLI::App* sub = app.add_subcommand(
      "status", "任务 × 单位矩阵：谁报了什么、什么即将到期 (task × unit matrix: who reported what, what is due)");
  sub->add_option("--plan", command->plans, "实施方案 XML，可多次给出 (plan XML; repeatable)")
      ->required()
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  add_run_options(sub, command->common);
  sub->add_option("--format", command->format, "输出格式 (output format)")
      ->check(CLI::IsMember({"text", "json", "html"}))
      ->capture_default_str();
  add_output_option(sub, command->output);
  sub->add_option("--fail-on", command->fail_on,
                  "逾期为错误，缺报与临期为警告；达到此严重度即以 1 退出 (overdue = error, missing/due soon = warning)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  sub->add_option("reports", command->inputs, "进展报告文件或目录 (report files or folders)")->required();
  sub->callback([command, exit_code] { *exit_code = run_status_command(*command); });
}

}  // namespace plancheck
