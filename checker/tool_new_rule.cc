// `plancheck new-rule ID [--rules DIR]`: a rule file and a test case that fails until
// the rule is written.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>

#include "atomic_file.h"
#include "tools.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {

struct NewRuleCommand {
  std::string id;
  std::string dir = "rules";
  std::string lang = "zh";
};

std::string fill(std::string text, const std::string& id) {
  for (size_t at = text.find("@ID@"); at != std::string::npos; at = text.find("@ID@", at + id.size()))
    text.replace(at, 4, id);
  return text;
}

const char* const kRuleTemplate = R"text(-- @ID@: the rule, one Lua file named by its id. docs/rule-api.md lists what it can call;
-- its cases are in tests/@ID@/ beside this file, and `plancheck test` runs them.
return {
  id = "@ID@",
  severity = "warning",  -- "error" | "warning" | "info"
  summary = { zh = "@ID@ 发现的问题（一句话）", en = "what @ID@ finds, in one line" },
  description = {
    zh = "规则检查什么、为什么，依据方案的哪一条。",
    en = "What the rule checks, why, and which clause of the plan asks for it.",
  },
  check = function(report, plan)
    -- Emit one finding for each place where the report breaks the rule, for example:
    -- for _, task in ipairs(report:select("/report/task")) do
    --   pc.emit{ at = task, message = { zh = "任务 " .. task:attr("ref") .. " ……", en = "task ..." } }
    -- end
  end,
}
)text";

const char* const kPlanTemplate = R"text(<?xml version="1.0" encoding="UTF-8"?>
<!-- The plan that the cases of @ID@ are checked against: write here the part of your plan the rule is about. -->
<plan xmlns="urn:plancheck:plan:1" id="示例方案" issued="2023-01-01">
  <title>示例实施方案</title>
  <task id="1">
    <title>示例任务</title>
    <lead>示例单位</lead>
    <deadline text="2023年12月底前">2023-12-31</deadline>
  </task>
</plan>
)text";

const char* const kReportTemplate = R"text(<?xml version="1.0" encoding="UTF-8"?>
<!-- A report on which @ID@ must fire: make it show the defect the rule finds. -->
<report xmlns="urn:plancheck:report:1" plan="示例方案" unit="示例单位" submitted="2023-06-30">
  <task ref="1" status="in-progress">
    <lead>示例单位</lead>
    <deadline>2023-12-31</deadline>
    <progress>按计划推进。</progress>
  </task>
</report>
)text";

const char* const kCaseTemplate = R"text(# A case of @ID@. `plancheck test` checks the reports in this folder against the plan
# (a plan file here, or else the one in the folder above) as of the date below, runs
# only the rules this file names, and compares the findings with what it expects.
description = "@ID@ 在这份报告上应当报告问题 (the rule fires on this report)"
as_of = 2023-06-30

# A finding that must appear. Only the fields given are compared.
[[expect]]
rule = "@ID@"
file = "report.xml"
task = "1"
# line = 4          # the line the finding points at
# message = "……"    # a part of its message

# A finding that must not appear, written the same way:
# [[expect_not]]
# rule = "@ID@"
# task = "2"
)text";

int run_new_rule(const NewRuleCommand& c) {
  bool english = c.lang == "en";
  if (!std::regex_match(c.id, std::regex("[a-z][a-z0-9]*(-[a-z0-9]+)*"))) {
    std::cerr << (english ? "plancheck: a rule id is lower-case words joined by '-' (deadline-stated), got "
                          : "plancheck: 规则编号应为以 - 连接的小写英文单词（如 deadline-stated），而不是 ")
              << c.id << "\n";
    return 2;
  }
  fs::path dir(c.dir);
  fs::path cases = dir / "tests" / c.id;
  const std::pair<fs::path, const char*> files[] = {
      {dir / (c.id + ".lua"), kRuleTemplate},
      {cases / "plan.xml", kPlanTemplate},
      {cases / "fires" / "case.toml", kCaseTemplate},
      {cases / "fires" / "report.xml", kReportTemplate},
  };
  std::error_code ec;
  for (const auto& [path, text] : files)
    if (fs::exists(path, ec)) {
      std::cerr << "plancheck: " << path.generic_string()
                << (english ? " already exists; nothing was written" : " 已存在，未写入任何文件") << "\n";
      return 2;
    }
  for (const auto& [path, text] : files) {
    fs::create_directories(path.parent_path(), ec);
    write_file_atomically(path.string(), fill(text, c.id));  // throws WriteError: exit status 2
  }
  std::cout << (english ? "created:\n" : "已创建：\n");
  for (const auto& [path, text] : files) std::cout << "  " << path.generic_string() << "\n";
  // luacheck looks for .luacheckrc in the folder it runs in and its parents: a rule
  // folder outside the source tree gets the project's (the sandbox's globals and the pc
  // API), unless it has one already.
  fs::path luacheckrc = dir / ".luacheckrc", installed = fs::path(data_dir()) / ".luacheckrc";
  if (!fs::exists(luacheckrc, ec) && fs::is_regular_file(installed, ec)) {
    std::ifstream in(installed, std::ios::binary);
    std::ofstream out(luacheckrc, std::ios::binary);
    out << "-- " << (english ? "written by plancheck new-rule from " : "由 plancheck new-rule 复制自 ")
        << installed.generic_string() << (english ? "; run: luacheck ." : "；运行：luacheck .") << "\n"
        << in.rdbuf();
    if (out) std::cout << "  " << luacheckrc.generic_string() << "\n";
  }
  std::cout << (english ? "next: write the rule and its case, then run: plancheck test --rules "
                        : "下一步：写好规则和用例，然后运行 plancheck test --rules ")
            << c.dir << (english ? "\n(the new case fails until the rule finds the defect)\n"
                                 : "\n（在规则能发现问题之前，新用例不会通过）\n");
  return 0;
}

}  // namespace

void add_new_rule_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<NewRuleCommand>();
  CLI::App* sub = app.add_subcommand("new-rule", "生成规则文件和测试用例 (scaffold a rule and its test case)");
  sub->add_option("id", command->id, "规则编号，如 seminar-reported (rule id)")->required();
  sub->add_option("--rules", command->dir, "规则目录 (rule folder)")->capture_default_str();
  sub->add_option("--lang", command->lang, "语言 (language)")->check(CLI::IsMember({"zh", "en"}));
  sub->callback([command, exit_code] { *exit_code = run_new_rule(*command); });
}

}  // namespace plancheck
