// `plancheck import-plan` and `plancheck import-report`: text as people write it, turned
// into the XML the checker reads. The output is validated against schemas/ before it is
// written; warnings name the input's lines on standard error.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "atomic_file.h"
#include "engine.h"
#include "import_output.h"
#include "import_plan.h"
#include "import_report.h"
#include "plan.h"
#include "plan_review.h"
#include "report_source.h"
#include "source_document.h"
#include "schema.h"
#include "tools.h"

namespace plancheck {

namespace {

struct ImportCommand {
  std::string input;
  std::string output;
  std::string lang = "zh";
};

// Writes `xml` to -o FILE or standard output; 0, or 2 with the reason on standard error.
int write_imported(const ImportCommand& c, const std::string& xml) {
  std::string problems = imported_schema_problems(xml, c.lang);
  if (!problems.empty()) {
    std::cerr << c.input << ": "
              << (c.lang == "en" ? "the imported XML does not validate against its schema:\n"
                                 : "导入结果未通过模式校验：\n")
              << problems;
    return 2;
  }
  if (c.output.empty()) {
    write_stdout(xml);  // throws WriteError: exit status 2 with the reason
    return 0;
  }
  write_file_atomically(c.output, xml);  // whole or untouched; throws WriteError
  return 0;
}

void add_import_options(CLI::App* sub, ImportCommand& c, const char* input_help) {
  sub->add_option("input", c.input, input_help)->required();
  add_output_option(sub, c.output);
  sub->add_option("--lang", c.lang, "提示语言 (message language)")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
}

// import-plan's own options on top of the common ones.
struct PlanCommand {
  ImportCommand common;
  PlanImportOptions plan;
  std::string review = "table";  // table | json | none: what is shown on standard error
  std::string review_json;       // --review-json FILE: the review as JSON, written to FILE
};

// A warning with its place: "plan.txt:31: 警告: …" for a text file (an editor jumps there),
// "plan.docx: 第12段: 警告: …" / "表1 第4行" for a document whose places are not lines.
void print_source_warnings(const SourceDocument& doc, const std::vector<ImportWarning>& warnings,
                           const std::string& lang) {
  const char* label = lang == "en" ? "warning" : "警告";
  for (const ImportWarning& w : warnings) {
    std::cerr << doc.path;
    bool by_line = doc.format == SourceFormat::Text && w.place.table == 0 && w.line > 0;
    std::string place = by_line ? std::string() : describe_place(w.place, lang);
    if (by_line)
      std::cerr << ":" << w.line;
    else if (!place.empty())
      std::cerr << ": " << place;
    std::cerr << ": " << label << ": " << w.message(lang) << "\n";
  }
}

int run_import_plan(const PlanCommand& command) {
  const ImportCommand& c = command.common;
  SourceDocument doc;
  SourceReadError error;
  if (!read_source_document(c.input, SourceReadOptions{}, &doc, &error)) {
    std::cerr << c.input << ": " << error.message(c.lang) << "\n";
    return 2;
  }
  for (const auto& [zh, en] : doc.notes)
    std::cerr << c.input << ": " << (c.lang == "en" ? "note: " + en : "说明：" + zh) << "\n";
  PlanImport result;
  import_plan(doc, command.plan, result);
  print_source_warnings(doc, result.warnings, c.lang);
  if (!result.ok) return 2;
  size_t tasks = result.xml.select_nodes("//task").size();
  if (tasks == 0) {
    // A plan of no task checks nothing: every report against it would be judged on nothing.
    std::cerr << c.input << ": "
              << (c.lang == "en"
                      ? "no task found: no numbered task (一、 （一） 1.) and no task table; this does not read as a "
                        "plan, and no plan XML was written"
                      : "没有读出任何任务：文中没有编号的任务（一、（一）1.）或任务表，不像实施方案；未写出方案 XML")
              << "\n";
    return 2;
  }
  // The review is made before serialize_imported() puts the declaration and comment in front.
  std::string table = command.review == "table" ? plan_review_table(result.xml, result.warnings, c.lang, result.task_lines, result.review_notes) : std::string();
  nlohmann::json json;
  if (command.review == "json" || !command.review_json.empty()) json = plan_review_json(result.xml, result.warnings, c.lang, result.task_lines, result.review_notes);
  int status = write_imported(c, serialize_imported(result.xml, c.input, "import-plan"));
  if (status != 0) return status;
  if (!command.review_json.empty()) {
    write_file_atomically(command.review_json, json.dump(2) + "\n");  // whole or untouched; throws WriteError
  }
  if (command.review == "table") std::cerr << table;
  if (command.review == "json") std::cerr << json.dump(2) << "\n";
  std::cerr << c.input << ": "
            << (c.lang == "en" ? "imported " + std::to_string(tasks) + " tasks, " +
                                     std::to_string(result.warnings.size()) + " warnings"
                               : "导入任务 " + std::to_string(tasks) + " 项，警告 " +
                                     std::to_string(result.warnings.size()) + " 条")
            << "\n";
  return 0;
}

}  // namespace

void add_import_plan_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<PlanCommand>();
  CLI::App* sub = app.add_subcommand("import-plan", "把实施方案转成方案 XML (a plan → plan XML)");
  add_import_options(sub, command->common,
                     "实施方案：文本（UTF-8/GBK）、网页、.docx、PDF 等 (the plan: text, web page, .docx, PDF…)");
  auto check_date = [](const std::string& text) {
    return Date::parse_iso(text) ? std::string() : "expected a date YYYY-MM-DD, got " + text;
  };
  sub->add_option("--id", command->plan.id, "方案编号，文中没有文号时用 (the plan's id when it has no 文号)");
  sub->add_option("--issued", command->plan.issued, "成文日期 YYYY-MM-DD (the issue date)")->check(check_date);
  sub->add_option("--review", command->review,
                  "在标准错误上显示核对表：table、json 或 none (the review shown on standard error)")
      ->check(CLI::IsMember({"table", "json", "none"}))
      ->capture_default_str();
  sub->add_option("--review-json", command->review_json, "把核对表以 JSON 写入文件 (write the review as JSON to FILE)");
  sub->callback([command, exit_code] { *exit_code = run_import_plan(*command); });
}

// import-report: a report as written (text, web page, Word, PDF) → report XML, by the same
// conversion `check` makes in memory (report_source.h).
namespace {

struct ReportCommand {
  ImportCommand common;
  std::string plan;  // a plan file (its tasks are matched by title too) or a plan's id
  std::string unit, submitted;
};

int run_import_report(const ReportCommand& command) {
  const ImportCommand& c = command.common;
  const bool en = c.lang == "en";
  ReportSourceOptions options;
  options.unit = command.unit;
  options.submitted = command.submitted;
  std::unique_ptr<Plan> plan;
  std::error_code ec;
  if (!command.plan.empty() && std::filesystem::is_regular_file(command.plan, ec)) {
    init_xml_library();
    LoadError error;
    std::unique_ptr<Document> doc = Document::load(command.plan, LoadLimits{}, &error);
    if (!doc || doc->kind() != DocumentKind::Plan) {
      std::cerr << (doc ? command.plan + ": " + (en ? "not a plan" : "不是实施方案") : error.to_string()) << "\n";
      return 2;
    }
    plan = std::make_unique<Plan>(std::move(doc));
    options.plans.push_back(plan.get());
  } else {
    options.plan_id = command.plan;
  }
  SourceDocument source;
  SourceReadError read_error;
  if (!read_source_document(c.input, SourceReadOptions{}, &source, &read_error)) {
    std::cerr << c.input << ": " << read_error.message(c.lang) << "\n";
    return 2;
  }
  ReportConversion result;
  convert_report(source, c.input, options, &result);
  for (const ReportNote& note : result.notes) {
    std::string where = describe_place(note.place, c.lang, note.column_name);
    std::cerr << c.input << ":" << (where.empty() ? "" : " " + where + ":") << " "
              << (note.severity == Severity::Error ? (en ? "error" : "错误") : (en ? "warning" : "警告")) << ": "
              << note.message(c.lang) << "\n";
  }
  if (!result.ok) {
    std::cerr << c.input << ": " << result.error.message(c.lang) << "\n";
    return 2;
  }
  int status = write_imported(c, result.xml);
  if (status == 0)
    std::cerr << c.input << ": "
              << (en ? "imported " + std::to_string(result.paragraphs) + " paragraphs in " +
                           std::to_string(result.sections) + " sections, " + std::to_string(result.tasks) + " tasks"
                     : "导入段落 " + std::to_string(result.paragraphs) + " 段，分节 " + std::to_string(result.sections) +
                           " 个，任务 " + std::to_string(result.tasks) + " 项")
              << "\n";
  return status;
}

}  // namespace

void add_import_report_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<ReportCommand>();
  CLI::App* sub = app.add_subcommand(
      "import-report", "把 Word/PDF/网页/文本报告转成进展报告 XML (a report as written → report XML)");
  add_import_options(sub, command->common, "报告文件 .docx .pdf .html .txt (the report)");
  sub->add_option("--plan", command->plan, "方案 XML 文件或其文号 (the plan file, or its id)");
  sub->add_option("--unit", command->unit, "报告未写明时的报送单位 (the unit, when the report names none)");
  sub->add_option("--submitted", command->submitted, "报告未写明时的报送日期 YYYY-MM-DD (the date, when it names none)")
      ->check([](const std::string& text) {
        return Date::parse_iso(text) ? std::string() : "expected a date YYYY-MM-DD, got " + text;
      });
  sub->callback([command, exit_code] { *exit_code = run_import_report(*command); });
}

}  // namespace plancheck
