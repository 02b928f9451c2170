// `plancheck test [--rules DIR]... [CASES_DIR]...`: run rule test cases (rule_tests.h).
#include <iostream>

#include "cli_errors.h"
#include "rule_tests.h"
#include "tools.h"

namespace plancheck {

namespace {

struct TestCommand {
  std::vector<std::string> rule_dirs;
  std::vector<std::string> case_roots;
  std::string lang = "zh";
};

std::string words(const TestCommand& c, const std::string& zh, const std::string& en) {
  return c.lang == "en" ? en : zh;
}

int run_test_command(const TestCommand& c) {
  std::vector<std::string> dirs = rule_dirs_with(c.rule_dirs);
  RunSettings settings;
  // Every rule loads first, so a syntax error stops the run (exit 2) as it does for check.
  LuaHost all_rules(discover_rules(dirs), dirs, settings);

  // By default: the cases of the rule folders given, or of the built-in pack.
  std::vector<std::string> roots = c.case_roots;
  if (roots.empty()) roots = default_case_roots(c.rule_dirs.empty() ? std::vector<std::string>{dirs.front()} : c.rule_dirs);
  if (roots.empty()) {
    std::cerr << words(c, "plancheck: 没有找到测试用例：请给出用例目录，或把用例放在规则目录的 tests/ 下",
                       "plancheck: no test cases: name a cases folder, or put cases under tests/ in the rule folder")
              << "\n";
    return 2;
  }
  int passed = 0, failed = 0, broken = 0;
  for (const std::string& root : roots) {
    for (const std::string& dir : find_case_dirs(root)) {
      RuleTestCase test_case;
      CaseOutcome outcome;
      try {
        test_case = load_rule_test_case(dir, root);
        outcome = run_rule_test_case(test_case, c.rule_dirs);
      } catch (const std::exception& e) {  // CaseFileError, RuleLoadError: the case cannot run
        ++broken;
        std::cout << "✗ " << display_path(dir) << "\n    "
                  << (dynamic_cast<const RuleLoadError*>(&e) ? describe_rule_load_error(e.what(), c.lang) : e.what())
                  << "\n";
        continue;
      }
      if (outcome.passed()) {
        ++passed;
        std::cout << "✓ " << test_case.name << "\n";
        continue;
      }
      ++failed;
      std::cout << "✗ " << test_case.name;
      if (!test_case.description.empty()) std::cout << " — " << test_case.description;
      std::cout << "\n" << describe_failure(test_case, outcome, c.lang);
    }
  }
  int total = passed + failed + broken;
  if (total == 0) {
    std::cerr << words(c, "plancheck: 用例目录中没有 case.toml", "plancheck: no case.toml in the cases folders") << "\n";
    return 2;
  }
  std::cout << "\n"
            << words(c, std::to_string(total) + " 个用例：" + std::to_string(passed) + " 个通过，" +
                            std::to_string(failed) + " 个失败" +
                            (broken ? "，" + std::to_string(broken) + " 个无法运行" : ""),
                     std::to_string(total) + " case(s): " + std::to_string(passed) + " passed, " +
                         std::to_string(failed) + " failed" +
                         (broken ? ", " + std::to_string(broken) + " could not run" : ""))
            << "\n";
  return broken ? 2 : failed ? 1 : 0;
}

}  // namespace

void add_test_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<TestCommand>();
  CLI::App* sub = app.add_subcommand("test", "运行规则测试用例 (run rule test cases)");
  sub->add_option("--rules", command->rule_dirs, "加载另一个规则目录；默认运行其 tests/ 下的用例 (add a rule folder)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingDirectory);
  sub->add_option("--lang", command->lang, "语言 (language)")->check(CLI::IsMember({"zh", "en"}));
  sub->add_option("cases", command->case_roots,
                  "用例目录（含 case.toml 的文件夹，或其上级）；默认为规则目录下的 tests/ (cases folders)")
      ->check(CLI::ExistingDirectory);
  sub->callback([command, exit_code] { *exit_code = run_test_command(*command); });
}

}  // namespace plancheck
