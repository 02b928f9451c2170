// `plancheck import-plan` and `plancheck import-report`: text as people write it, turned
// into the XML the checker reads. The output is validated against schemas/ before it is
// written; warnings name the input's lines on standard error.
#include <fstream>
#include <iostream>
#include <sstream>

#include "atomic_file.h"
#include "engine.h"
#include "import_plan.h"
#include "import_report.h"
#include "schema.h"
#include "tools.h"

namespace plancheck {

namespace {

struct ImportCommand {
  std::string input;
  std::string output;
  std::string lang = "zh";
};

bool read_whole_file(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  *text = bytes.str();
  return static_cast<bool>(in) || in.eof();
}

void print_warnings(const std::string& path, const std::vector<ImportWarning>& warnings, const std::string& lang) {
  const char* label = lang == "en" ? "warning" : "警告";
  for (const ImportWarning& w : warnings)
    std::cerr << path << ":" << w.line << ": " << label << ": " << w.message(lang) << "\n";
}

// The document as UTF-8 XML with its declaration and a comment naming where it came from.
std::string serialize(pugi::xml_document& xml, const std::string& source, const char* command) {
  pugi::xml_node comment = xml.prepend_child(pugi::node_comment);
  comment.set_value(xml_comment_text(std::string("plancheck ") + command + " " + source).c_str());
  pugi::xml_node declaration = xml.prepend_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

// Validates what the importer made against its schema, so a file that `check` would
// refuse is never written. Returns the schema's complaints, one per line.
std::string schema_problems(const std::string& xml, const std::string& lang) {
  init_xml_library();
  LoadError error;
  std::unique_ptr<Document> doc = Document::parse(xml, "<import>", LoadLimits{}, &error);
  if (!doc) return error.to_string();
  SchemaSet schemas(data_dir() + "/schemas");
  std::vector<Finding> findings;
  schemas.validate(*doc, lang, findings);
  std::string problems;
  for (const Finding& f : findings) problems += std::to_string(f.line) + ":" + std::to_string(f.column) + ": " + f.message + "\n";
  return problems;
}

// Writes `xml` to -o FILE or standard output; 0, or 2 with the reason on standard error.
int write_imported(const ImportCommand& c, const std::string& xml) {
  std::string problems = schema_problems(xml, c.lang);
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

bool read_input(const ImportCommand& c, std::string* text) {
  if (read_whole_file(c.input, text)) return true;
  std::cerr << c.input << ": " << (c.lang == "en" ? "cannot read the file" : "无法读取文件") << "\n";
  return false;
}

void add_import_options(CLI::App* sub, ImportCommand& c, const char* input_help) {
  sub->add_option("input", c.input, input_help)->required();
  sub->add_option("-o,--output", c.output, "写入文件而非标准输出 (write to FILE)");
  sub->add_option("--lang", c.lang, "提示语言 (message language)")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
}

int run_import_plan(const ImportCommand& c) {
  std::string text;
  if (!read_input(c, &text)) return 2;
  PlanImport result;
  import_plan(text, result);
  print_warnings(c.input, result.warnings, c.lang);
  if (!result.ok) return 2;
  size_t tasks = result.xml.select_nodes("//task").size();
  int status = write_imported(c, serialize(result.xml, c.input, "import-plan"));
  if (status == 0)
    std::cerr << c.input << ": "
              << (c.lang == "en" ? "imported " + std::to_string(tasks) + " tasks, " +
                                       std::to_string(result.warnings.size()) + " warnings"
                                 : "导入任务 " + std::to_string(tasks) + " 项，警告 " +
                                       std::to_string(result.warnings.size()) + " 条")
              << "\n";
  return status;
}

}  // namespace

void add_import_plan_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<ImportCommand>();
  CLI::App* sub = app.add_subcommand("import-plan", "把实施方案的文本转成方案 XML (a plan's text → plan XML)");
  add_import_options(sub, *command, "实施方案文本文件 (the plan as UTF-8 text)");
  sub->callback([command, exit_code] { *exit_code = run_import_plan(*command); });
}

void add_import_report_tool(CLI::App& app, int* exit_code) {
  struct ReportCommand {
    ImportCommand common;
    ReportImportOptions report;
  };
  auto command = std::make_shared<ReportCommand>();
  CLI::App* sub = app.add_subcommand(
      "import-report", "把文字材料包装成带 narrative 的进展报告 XML (a prose report → report XML)");
  add_import_options(sub, command->common, "报告文本文件 (the report as UTF-8 text)");
  sub->add_option("--plan", command->report.plan, "报告所对应方案的文号 (the plan's id)")->required();
  sub->add_option("--unit", command->report.unit, "报送单位 (the reporting unit)")->required();
  sub->add_option("--submitted", command->report.submitted, "报送日期 YYYY-MM-DD (submission date)")
      ->required()
      ->check([](const std::string& text) {
        return Date::parse_iso(text) ? std::string() : "expected a date YYYY-MM-DD, got " + text;
      });
  sub->callback([command, exit_code] {
    const ImportCommand& c = command->common;
    std::string text;
    if (!read_input(c, &text)) {
      *exit_code = 2;
      return;
    }
    ReportImport result;
    import_report(text, command->report, result);
    print_warnings(c.input, result.warnings, c.lang);
    if (!result.ok) {
      *exit_code = 2;
      return;
    }
    *exit_code = write_imported(c, serialize(result.xml, c.input, "import-report"));
    if (*exit_code == 0)
      std::cerr << c.input << ": "
                << (c.lang == "en" ? "imported " + std::to_string(result.paragraphs) + " paragraphs in " +
                                         std::to_string(result.sections) + " sections"
                                   : "导入段落 " + std::to_string(result.paragraphs) + " 段，分节 " +
                                         std::to_string(result.sections) + " 个")
                << "\n";
  });
}

}  // namespace plancheck
