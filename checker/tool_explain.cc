// `plancheck explain ID`: what a rule finds, a report it fires on and one it passes,
// both taken from the rule's own test cases and run as `plancheck test` would.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "rule_tests.h"
#include "tools.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {

struct ExplainCommand {
  std::string id;
  std::vector<std::string> rule_dirs;
  std::string lang = "zh";
};

constexpr int kWholeFileLines = 30;  // a longer report is shown around the lines that matter
constexpr int kContextLines = 4;

std::vector<std::string> lines_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The report with line numbers: all of it when short, else the lines around `focus`.
void print_excerpt(std::ostream& out, const std::string& path, const std::set<int>& focus) {
  std::vector<std::string> lines = lines_of(path);
  int count = static_cast<int>(lines.size());
  std::vector<bool> shown(count + 1, count <= kWholeFileLines);
  for (int line : focus)
    for (int n = std::max(1, line - kContextLines); n <= std::min(count, line + kContextLines); ++n) shown[n] = true;
  if (focus.empty())
    for (int n = 1; n <= std::min(count, kWholeFileLines); ++n) shown[n] = true;
  int width = static_cast<int>(std::to_string(count).size());
  bool gap = false;
  for (int n = 1; n <= count; ++n) {
    if (!shown[n]) {
      gap = true;
      continue;
    }
    if (gap) out << "    " << std::string(width, ' ') << "  …\n";
    gap = false;
    std::string number = std::to_string(n);
    out << "    " << std::string(width - number.size(), ' ') << number << "  " << lines[n - 1] << "\n";
  }
  if (gap) out << "    " << std::string(width, ' ') << "  …\n";
}

void print_example(std::ostream& out, const ExplainCommand& c, const RuleTestCase& test_case, bool fires) {
  bool english = c.lang == "en";
  out << "\n" << (fires ? (english ? "Fires on: " : "触发的例子：") : (english ? "Passes: " : "不触发的例子："))
      << display_path(test_case.dir) << "\n";
  if (!test_case.description.empty()) out << "  " << test_case.description << "\n";
  CaseOutcome outcome = run_rule_test_case(test_case, c.rule_dirs);
  if (!outcome.error.empty()) {
    out << "  " << outcome.error << "\n";
    return;
  }
  const std::vector<Finding>& findings = outcome.result.findings;
  // The report to show: the one the rule fires on, else the case's first report.
  std::string report;
  std::set<int> focus;
  for (size_t j = 0; j < findings.size(); ++j)
    if (findings[j].rule == c.id && (report.empty() || findings[j].file == report)) {
      report = findings[j].file;
      focus.insert(findings[j].line);
    }
  for (const FileStatus& file : outcome.result.files)
    if (report.empty() && file.kind == "report") report = file.path;
  if (!report.empty()) {
    out << "  " << fs::relative(report, test_case.dir).generic_string() << "\n";
    print_excerpt(out, report, focus);
  }
  out << "  " << (english ? "Findings:" : "发现：") << (findings.empty() ? (english ? " none" : "无") : "") << "\n";
  for (size_t j = 0; j < findings.size(); ++j)
    out << "    " << finding_line(findings[j], outcome.files_in_case[j], c.lang) << "\n";
}

int run_explain(const ExplainCommand& c) {
  bool english = c.lang == "en";
  std::vector<std::string> dirs = rule_dirs_with(c.rule_dirs);
  RunSettings settings;
  settings.lang = c.lang;
  LuaHost host(discover_rules(dirs), dirs, settings);
  const RuleInfo* rule = nullptr;
  for (const RuleInfo& info : host.rules())
    if (info.id == c.id) rule = &info;
  if (!rule) {
    std::cerr << "plancheck: " << (english ? "there is no rule " : "没有名为 ") << c.id
              << (english ? " (plancheck rules lists them)" : " 的规则（plancheck rules 列出全部规则）") << "\n";
    return 2;
  }
  auto pick = [english](const std::string& zh, const std::string& en) { return english && !en.empty() ? en : zh.empty() ? en : zh; };
  const char* severity = severity_name(rule->severity);
  std::string severity_shown = english ? severity
                               : rule->severity == Severity::Error   ? "错误"
                               : rule->severity == Severity::Warning ? "警告"
                                                                     : "提示";
  std::cout << rule->id << (english ? " (" + severity_shown + "): " : "（" + severity_shown + "）")
            << pick(rule->summary_zh, rule->summary_en) << "\n"
            << (english ? "Source: " : "规则文件：") << rule->path << "\n";
  std::string description = pick(rule->description_zh, rule->description_en);
  if (!description.empty()) std::cout << "\n" << description << "\n";

  // Examples come from the cases beside the rule's own file, so a replaced rule shows its own.
  std::string rule_dir = fs::path(rule->path).parent_path().string();
  const RuleTestCase* firing = nullptr;
  const RuleTestCase* passing = nullptr;
  std::vector<RuleTestCase> cases;
  for (const std::string& root : default_case_roots({rule_dir.empty() ? "." : rule_dir}))
    for (const std::string& dir : find_case_dirs(root)) {
      try {
        cases.push_back(load_rule_test_case(dir, root));
      } catch (const CaseFileError&) {
        continue;  // `plancheck test` reports a broken case; explain shows the good ones
      }
    }
  for (const RuleTestCase& test_case : cases) {
    if (!test_case.runs(c.id)) continue;
    if (test_case.expects_firing(c.id) && !firing) firing = &test_case;
    if (!test_case.expects_firing(c.id) && !passing) passing = &test_case;
  }
  if (firing) print_example(std::cout, c, *firing, true);
  if (passing) print_example(std::cout, c, *passing, false);
  if (!firing || !passing)
    std::cout << "\n"
              << (english ? "No case yet where the rule " : "还没有规则")
              << (!firing ? (english ? "fires" : "触发") : (english ? "passes" : "不触发"))
              << (english ? ": add one under " : "的用例：请在 ") << (fs::path(rule_dir) / "tests" / c.id).generic_string()
              << (english ? "/\n" : "/ 下添加\n");
  return 0;
}

}  // namespace

void add_explain_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<ExplainCommand>();
  CLI::App* sub = app.add_subcommand("explain", "说明一条规则，并给出触发与不触发的例子 (explain a rule, with examples)");
  sub->add_option("id", command->id, "规则编号 (rule id)")->required();
  sub->add_option("--rules", command->rule_dirs, "加载另一个规则目录 (add a rule folder)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingDirectory);
  sub->add_option("--lang", command->lang, "语言 (language)")->check(CLI::IsMember({"zh", "en"}));
  sub->callback([command, exit_code] { *exit_code = run_explain(*command); });
}

}  // namespace plancheck
