// `plancheck status`: the task × unit matrix of where the units stand, as of a date.
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "atomic_file.h"
#include "input_files.h"
#include "plan.h"
#include "report_source.h"
#include "source_document.h"
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

// What status read: the plans, the reports, and `file:line:column: reason` for each file
// it could not read (exit status 2; everything else is still shown).
struct StatusInputs {
  PlanSet plans;
  std::vector<std::unique_ptr<Document>> reports;
  std::vector<std::string> errors;
  std::vector<std::string> skipped;  // documents found in a folder that do not read as reports
};

// A report written in Word, PDF, a web page or text, converted to report XML as `check` does
// (report_source.h). Null with *error when it cannot be read; null with *skipped set when a
// file found in a folder does not read as a report (the plan's .docx beside the reports).
std::unique_ptr<Document> load_source_report(const InputFile& input, const StatusCommand& c, const PlanSet& plans,
                                             const LoadLimits& limits, std::string* error, bool* skipped) {
  const bool en = c.common.lang == "en";
  SourceReadOptions read_options;
  read_options.max_file_bytes = limits.max_file_bytes;
  SourceDocument source;
  SourceReadError read_error;
  if (!read_source_document(input.path, read_options, &source, &read_error)) {
    *error = LoadError{input.path, {1, 1}, read_error.message(c.common.lang)}.to_string();
    return nullptr;
  }
  if (!input.named && !reads_as_report(source)) {
    *skipped = true;
    return nullptr;
  }
  ReportSourceOptions convert;
  for (const auto& plan : plans.all()) convert.plans.push_back(plan.get());
  convert.command = "status";
  convert.limits = limits;
  ReportConversion conversion;
  convert_report(source, input.path, convert, &conversion);
  if (!conversion.ok || !conversion.document) {
    *error = LoadError{input.path, {1, 1}, (en ? "cannot read as a report: " : "无法读作进展报告：") +
                                               conversion.error.message(c.common.lang)}
                 .to_string();
    return nullptr;
  }
  return std::move(conversion.document);
}

StatusInputs load_inputs(const StatusCommand& c) {
  StatusInputs inputs;
  const bool en = c.common.lang == "en";
  LoadLimits limits = load_limits(c.common);
  for (const std::string& path : c.plans) {
    LoadError error;
    std::unique_ptr<Document> doc = Document::load(path, limits, &error);
    if (doc && doc->kind() != DocumentKind::Plan)
      error = {path, doc->position_of(doc->root()),
               en ? std::string("not a plan: the root element should be plan in ") + kPlanNamespace
                  : std::string("不是实施方案：根元素应为 ") + kPlanNamespace + " 中的 plan"};
    if (doc && doc->kind() == DocumentKind::Plan) inputs.plans.add(std::make_unique<Plan>(std::move(doc)));
    else inputs.errors.push_back(error.to_string());
  }
  InputSet found = discover_inputs(c.inputs);
  for (const UnreadableInput& folder : found.unreadable)
    inputs.errors.push_back(folder.path + ": " + (en ? "cannot read the folder: " : "无法读取文件夹：") + folder.reason);
  for (const InputFile& input : found.reports) {
    const std::string& path = input.path;
    LoadError error;
    std::unique_ptr<Document> doc;
    if (is_source_report_path(path)) {
      // Word, PDF, web page, text: read as `check` reads them, never as XML.
      std::string reason;
      bool skipped = false;
      doc = load_source_report(input, c, inputs.plans, limits, &reason, &skipped);
      if (!doc) {
        if (skipped) inputs.skipped.push_back(path);
        else inputs.errors.push_back(reason);
        continue;
      }
    } else {
      doc = Document::load(path, limits, &error);
    }
    if (!doc) {
      inputs.errors.push_back(error.to_string());
    } else if (doc->kind() == DocumentKind::Report) {
      inputs.reports.push_back(std::move(doc));
    } else if (doc->kind() != DocumentKind::Plan) {  // a plan among the reports is passed over
      error = {path, doc->position_of(doc->root()),
               en ? std::string("not a progress report: the root element should be report in ") + kReportNamespace
                  : std::string("不是进展报告：根元素应为 ") + kReportNamespace + " 中的 report"};
      inputs.errors.push_back(error.to_string());
    }
  }
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
  RunSettings settings = run_settings(c.common);
  StatusInputs inputs = load_inputs(c);
  std::vector<const Document*> reports;
  for (const auto& doc : inputs.reports) reports.push_back(doc.get());
  StatusOptions options;
  options.as_of = settings.as_of;
  options.due_soon_days = settings.due_soon_days;
  StatusResult status = compute_status(inputs.plans, reports, options);

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
  // Documents in a folder passed over as not reports: named, never counted (as `check --verbose`).
  for (const std::string& path : inputs.skipped)
    std::cerr << path << ": "
              << (output.lang == "en" ? "skipped: does not read as a progress report" : "已跳过：读来不像进展报告")
              << "\n";
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
  sub->add_option("--output,-o", command->output, "写入文件而非标准输出 (write to FILE)");
  sub->add_option("--fail-on", command->fail_on,
                  "逾期为错误，缺报与临期为警告；达到此严重度即以 1 退出 (overdue = error, missing/due soon = warning)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  sub->add_option("reports", command->inputs, "进展报告文件或目录 (report files or folders)")->required();
  sub->callback([command, exit_code] { *exit_code = run_status_command(*command); });
}

}  // namespace plancheck
