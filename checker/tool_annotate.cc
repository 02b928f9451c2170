// `plancheck annotate REPORT.docx --plan PLAN.xml -o OUT.docx`: the unit's own Word document
// back, every finding of `check` as a comment (批注, author plancheck) on the paragraph or
// table cell it concerns, so the unit fixes its report where it wrote it. The original is
// never written; OUT is written whole or not at all (docx_comments.h).
#include <filesystem>
#include <iostream>

#include "docx_comments.h"
#include "finding_comments.h"
#include "tools.h"

namespace plancheck {

namespace {

struct AnnotateCommand {
  CommonOptions common;
  std::string input;
  std::vector<std::string> plans;
  std::string output;
  std::string unit, submitted;
};

int run_annotate(const AnnotateCommand& c) {
  const bool en = c.common.lang == "en";
  std::error_code ec;
  if (std::filesystem::exists(c.output, ec) && std::filesystem::equivalent(c.input, c.output, ec)) {
    std::cerr << "plancheck: " << (en ? "-o must not be the report itself: the original is never changed"
                                      : "-o 不能是报告本身：原文件不会被改动")
              << "\n";
    return 2;
  }
  CheckOptions options;
  options.plan_paths = c.plans;
  options.extra_rule_dirs = c.common.rule_dirs;
  options.inputs = {c.input};
  options.settings = run_settings(c.common);
  options.load_limits = load_limits(c.common);
  options.jobs = 1;
  options.plan_rules = false;  // the plan's own defects are not the unit's to fix
  options.report_unit = c.unit;
  options.report_submitted = c.submitted;
  CheckResult result = run_check(options);
  for (const FileStatus& file : result.files)
    if (!file.checked) {
      std::cerr << file.error << "\n";
      return 2;
    }
  std::vector<DocxComment> comments = finding_comments(result.findings, c.input, en);
  DocxCommentOptions comment_options;
  comment_options.date = options.settings.as_of.iso() + "T00:00:00Z";
  DocxCommentResult written;
  if (!add_docx_comments(c.input, c.output, comments, comment_options, &written)) {
    std::cerr << c.input << ": " << written.error << "\n";
    return 2;
  }
  std::cerr << c.output << ": "
            << (en ? std::to_string(comments.size()) + " comments (" + std::to_string(written.at_start) +
                         " on the first paragraph: they name no place)"
                   : "批注 " + std::to_string(comments.size()) + " 条（其中 " + std::to_string(written.at_start) +
                         " 条不涉及具体位置，批在首段）")
            << "\n";
  return 0;
}

}  // namespace

void add_annotate_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<AnnotateCommand>();
  CLI::App* sub = app.add_subcommand(
      "annotate", "把检查结果作为批注写回单位的 Word 报告 (the findings as comments in the unit's .docx)");
  sub->add_option("report", command->input, "Word 报告 .docx (the unit's report)")->required()->check(CLI::ExistingFile);
  sub->add_option("--plan", command->plans, "实施方案 XML (plan XML)")
      ->required()
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  sub->add_option("-o,--output", command->output, "写入的 .docx (the annotated copy)")->required();
  sub->add_option("--unit", command->unit, "报告未写明时的报送单位 (the unit, when the report names none)");
  sub->add_option("--submitted", command->submitted, "报告未写明时的报送日期 YYYY-MM-DD")
      ->check([](const std::string& text) {
        return Date::parse_iso(text) ? std::string() : "expected a date YYYY-MM-DD, got " + text;
      });
  add_rule_options(sub, command->common);
  add_run_options(sub, command->common);
  sub->callback([command, exit_code] { *exit_code = run_annotate(*command); });
}

}  // namespace plancheck
