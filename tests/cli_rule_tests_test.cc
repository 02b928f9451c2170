// Writing rules through the real CLI: `plancheck test`, `new-rule`, `explain`, the rule
// folder in examples/rules, and errors that name the rule author's own file and line.
#include <cstdio>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli.h"

using namespace plancheck_test;
using nlohmann::json;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* const kPlan = R"(<?xml version="1.0" encoding="UTF-8"?>
<plan xmlns="urn:plancheck:plan:1" id="P1" issued="2023-05-30">
  <task id="3"><title>基地</title><lead>区政工部</lead></task>
  <task id="4"><title>宣传</title><lead>区政工部</lead></task>
</plan>
)";

// Tasks 3 and 4, both done; only task 4 has evidence (its line is 5).
const char* const kReport = R"(<?xml version="1.0" encoding="UTF-8"?>
<report xmlns="urn:plancheck:report:1" plan="P1" unit="区政工部" submitted="2023-11-20">
  <task ref="3" status="done"><lead>区政工部</lead></task>
  <task ref="4" status="done"><lead>区政工部</lead>
    <evidence href="a.txt">照片</evidence></task>
</report>
)";

// A rule folder with one rule, `done-without-evidence`, firing on task 3 of kReport (line 3).
std::string rule_folder_with_case(const std::string& case_toml) {
  std::string dir = make_temp_dir("rule-tests");
  write_file(dir + "/rules/done-without-evidence.lua", R"(return {
  id = "done-without-evidence", severity = "warning", summary = "done, no evidence",
  check = function(report)
    for _, task in ipairs(report:select("/report/task[@status='done'][not(evidence)]")) do
      pc.emit{ at = task, message = "任务 " .. task:attr("ref") .. " 没有佐证" }
    end
  end,
}
)");
  write_file(dir + "/rules/tests/plan.xml", kPlan);
  write_file(dir + "/rules/tests/one/report.xml", kReport);
  write_file(dir + "/rules/tests/one/case.toml", case_toml);
  return dir;
}

// A folder holding one rule file `name`.lua with `source`.
std::string rule_folder(const std::string& name, const std::string& source) {
  std::string dir = make_temp_dir("rule-error");
  write_file(dir + "/" + name + ".lua", source);
  return dir;
}

// `plancheck check --format json` of a clean plan-004 report with the rules in `dir`.
json check_with_rules(const std::string& dir, CliRun* run_out = nullptr) {
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "--format",
                        "json", "--rules", dir, "fixtures/reports/004/wenmingban-2023-11.xml"});
  if (run_out) *run_out = run;
  INFO(run.out << run.err);
  REQUIRE(run.exit_code <= 1);
  return json::parse(run.out);
}

json rule_errors(const json& doc) {
  json found = json::array();
  for (const json& f : doc["findings"])
    if (f["rule"] == "rule-error") found.push_back(f);
  return found;
}

}  // namespace

TEST_CASE("plancheck test: the cases of examples/rules pass", "[cli][rule-tests]") {
  CliRun run = run_cli({"test", "--rules", "examples/rules"});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "✓ evidence-for-done/fires"));
  CHECK(contains(run.out, "✓ progress-written/passes"));
  CHECK(contains(run.out, "4 个用例：4 个通过，0 个失败"));
}

TEST_CASE("examples/rules adds a rule and replaces a default one", "[cli][rule-tests]") {
  auto rules = [](const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"rules", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    CliRun run = run_cli(args);
    REQUIRE(run.exit_code == 0);
    std::map<std::string, json> by_id;
    for (const json& rule : json::parse(run.out)) {
      CHECK(by_id.count(rule["id"]) == 0);  // each id once
      by_id[rule["id"]] = rule;
    }
    return by_id;
  };
  auto pack = rules({});
  auto extended = rules({"--rules", "examples/rules"});
  REQUIRE(pack.count("evidence-for-done"));
  CHECK(pack["evidence-for-done"]["path"] == "rules/evidence-for-done.lua");
  CHECK(pack.count("progress-written") == 0);
  CHECK(extended["evidence-for-done"]["path"] == "examples/rules/evidence-for-done.lua");
  CHECK(extended["evidence-for-done"]["severity"] == "warning");
  CHECK(extended["progress-written"]["path"] == "examples/rules/progress-written.lua");
  CHECK(extended.size() == pack.size() + 1);

  // The replacing rule's case fails against the default rule: the case runs the rule --rules gives.
  CliRun default_rule = run_cli({"test", "examples/rules/tests/evidence-for-done/fires"});
  CHECK(default_rule.exit_code == 1);
  CHECK(contains(default_rule.out, "✗ fires"));
}

TEST_CASE("plancheck test: a failing case exits 1 and shows expected against found", "[cli][rule-tests]") {
  // The finding is at line 3; the case says line 4 and forgets nothing else.
  std::string dir = rule_folder_with_case(R"(description = "任务 3 已完成却没有佐证"
as_of = 2023-11-20

[[expect]]
rule = "done-without-evidence"
file = "report.xml"
task = "3"
line = 4
)");
  CliRun run = run_cli({"test", "--rules", dir + "/rules"});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.out, "✗ one — 任务 3 已完成却没有佐证"));
  CHECK(contains(run.out, "- 期望但没有出现：[done-without-evidence] report.xml 任务 3 第 4 行"));
  CHECK(contains(run.out, "case.toml 第 4 行"));
  CHECK(contains(run.out, "最接近的：report.xml:3:3，第 3 行，而非第 4 行"));
  CHECK(contains(run.out, "+ 出现但没有期望：report.xml:3:3 [done-without-evidence] 任务 3：任务 3 没有佐证"));
  CHECK(contains(run.out, "1 个用例：0 个通过，1 个失败"));

  CliRun english = run_cli({"test", "--lang", "en", "--rules", dir + "/rules"});
  CHECK(english.exit_code == 1);
  CHECK(contains(english.out, "- expected, not found: [done-without-evidence] report.xml task 3 line 4"));
  CHECK(contains(english.out, "closest: report.xml:3:3, line 3, not 4"));
  CHECK(contains(english.out, "1 case(s): 0 passed, 1 failed"));
}

TEST_CASE("plancheck test: the right line passes, and an extra finding fails an exact case", "[cli][rule-tests]") {
  std::string passing = rule_folder_with_case(R"(as_of = 2023-11-20
[[expect]]
rule = "done-without-evidence"
file = "report.xml"
task = "3"
line = 3
message = "没有佐证"
[[expect_not]]
rule = "done-without-evidence"
task = "4"
)");
  CliRun run = run_cli({"test", "--rules", passing + "/rules"});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "✓ one"));

  // Nothing expected: the finding on task 3 is unexpected.
  std::string nothing = rule_folder_with_case("as_of = 2023-11-20\nrules = [\"done-without-evidence\"]\n");
  CliRun strict = run_cli({"test", "--rules", nothing + "/rules"});
  CHECK(strict.exit_code == 1);
  CHECK(contains(strict.out, "+ 出现但没有期望：report.xml:3:3"));

  // exact = false: only [[expect_not]] limits what may appear.
  std::string loose = rule_folder_with_case(
      "as_of = 2023-11-20\nexact = false\n[[expect_not]]\nrule = \"done-without-evidence\"\ntask = \"3\"\n");
  CliRun forbidden = run_cli({"test", "--rules", loose + "/rules"});
  CHECK(forbidden.exit_code == 1);
  CHECK(contains(forbidden.out, "! 不应出现：report.xml:3:3 [done-without-evidence] 任务 3"));
}

TEST_CASE("plancheck test: a broken case names its line, and the other cases still run", "[cli][rule-tests]") {
  std::string dir = rule_folder_with_case(
      "as_of = 2023-11-20\n[[expect]]\nrule = \"done-without-evidence\"\ntask = \"3\"\n");
  write_file(dir + "/rules/tests/two/case.toml", "as_of = 2023-11-20\n[[expect]]\nrul = \"done-without-evidence\"\n");
  write_file(dir + "/rules/tests/three/case.toml", "as_of = 2023-11-20\n[[expect]]\nrule = \"no-such-rule\"\n");
  CliRun run = run_cli({"test", "--rules", dir + "/rules"});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 2);
  CHECK(contains(run.out, "✓ one"));
  CHECK(contains(run.out, "rules/tests/two/case.toml:3:1: "));
  CHECK(contains(run.out, "expect.rul"));
  CHECK(contains(run.out, "没有名为 no-such-rule 的规则"));
  CHECK(contains(run.out, "3 个用例：1 个通过，1 个失败，1 个无法运行"));
}

TEST_CASE("plancheck test: no cases is an error, not a pass", "[cli][rule-tests]") {
  std::string dir = make_temp_dir("no-cases");
  write_file(dir + "/rules/ok.lua", "return { id = 'ok', severity = 'info', summary = 's', check = function() end }\n");
  CliRun run = run_cli({"test", "--rules", dir + "/rules"});
  CHECK(run.exit_code == 2);
  CHECK(contains(run.err, "没有找到测试用例"));
}

TEST_CASE("new-rule scaffolds a rule and a case that fails until the rule is written", "[cli][rule-tests]") {
  std::string dir = make_temp_dir("new-rule");
  CliRun made = run_cli({"new-rule", "seminar-reported", "--rules", "myrules"}, dir);
  INFO(made.out << made.err);
  REQUIRE(made.exit_code == 0);
  for (const char* file : {"myrules/seminar-reported.lua", "myrules/tests/seminar-reported/plan.xml",
                           "myrules/tests/seminar-reported/fires/case.toml",
                           "myrules/tests/seminar-reported/fires/report.xml"}) {
    CHECK(contains(made.out, file));
    CHECK(!read_file(dir + "/" + file).empty());
  }
  CHECK(contains(read_file(dir + "/myrules/seminar-reported.lua"), "id = \"seminar-reported\""));

  // The scaffold loads, and its case fails: the rule does not fire yet.
  CliRun tested = run_cli({"test", "--rules", "myrules"}, dir);
  CHECK(tested.exit_code == 1);
  CHECK(contains(tested.out, "✗ seminar-reported/fires"));
  CHECK(contains(tested.out, "- 期望但没有出现：[seminar-reported] report.xml 任务 1"));

  // Written: the case passes.
  std::string rule = read_file(dir + "/myrules/seminar-reported.lua");
  std::string body = "    -- Emit one finding";
  REQUIRE(contains(rule, body));
  rule.insert(rule.find(body), "    pc.emit{ at = report:first('/report/task'), message = 'x' }\n");
  write_file(dir + "/myrules/seminar-reported.lua", rule);
  CHECK(run_cli({"test", "--rules", "myrules"}, dir).exit_code == 0);

  // Nothing is overwritten, and an id must be a rule id.
  CliRun again = run_cli({"new-rule", "seminar-reported", "--rules", "myrules"}, dir);
  CHECK(again.exit_code == 2);
  CHECK(contains(again.err, "myrules/seminar-reported.lua 已存在"));
  CHECK(run_cli({"new-rule", "Bad_Id", "--rules", "myrules"}, dir).exit_code == 2);
}

TEST_CASE("explain shows the description, the source and an example of each kind", "[cli][rule-tests]") {
  CliRun run = run_cli({"explain", "progress-written", "--rules", "examples/rules"});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(contains(run.out, "progress-written（警告）任务没有写进展"));
  CHECK(contains(run.out, "规则文件：examples/rules/progress-written.lua"));
  CHECK(contains(run.out, "只有空白的 progress 视为未写"));  // the description
  CHECK(contains(run.out, "触发的例子：examples/rules/tests/progress-written/fires"));
  CHECK(contains(run.out, "report.xml:5:5 [progress-written] 任务 3：任务 3 没有填写进展"));
  CHECK(contains(run.out, "<progress>　 </progress>"));  // the report it fires on
  CHECK(contains(run.out, "不触发的例子：examples/rules/tests/progress-written/passes"));
  CHECK(contains(run.out, "发现：无"));

  CliRun english = run_cli({"explain", "progress-written", "--rules", "examples/rules", "--lang", "en"});
  CHECK(contains(english.out, "progress-written (warning): a reported task has no progress text"));
  CHECK(contains(english.out, "Source: examples/rules/progress-written.lua"));

  // A replaced rule is explained from the folder that replaced it.
  CliRun replaced = run_cli({"explain", "evidence-for-done", "--rules", "examples/rules"});
  CHECK(contains(replaced.out, "规则文件：examples/rules/evidence-for-done.lua"));
  CHECK(contains(replaced.out, "触发的例子：examples/rules/tests/evidence-for-done/fires"));

  CliRun unknown = run_cli({"explain", "no-such-rule"});
  CHECK(unknown.exit_code == 2);
  CHECK(contains(unknown.err, "没有名为 no-such-rule 的规则"));
}

TEST_CASE("rule error: a syntax error names the rule file and line, exit 2", "[cli][rule-errors]") {
  std::string dir = rule_folder("broken", "return {\n  id = \"broken\",\n  severity = \"warning\"\n  summary = \"x\",\n}\n");
  CliRun checked = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--rules", dir,
                            "fixtures/reports/004/wenmingban-2023-11.xml"});
  CHECK(checked.exit_code == 2);
  CHECK(contains(checked.err, dir + "/broken.lua:4: '}' expected"));
  CliRun tested = run_cli({"test", "--rules", dir});
  CHECK(tested.exit_code == 2);
  CHECK(contains(tested.err, dir + "/broken.lua:4:"));
}

TEST_CASE("rule error: a runtime error is a rule-error at the failing line, with the rule's own traceback",
          "[cli][rule-errors]") {
  std::string dir = rule_folder("boom", R"(local function helper(t)
  return t.missing.field
end
return {
  id = "boom", severity = "warning", summary = "x",
  check = function(report)
    helper({})
  end,
}
)");
  json errors = rule_errors(check_with_rules(dir));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0]["file"] == dir + "/boom.lua");
  CHECK(errors[0]["line"] == 2);
  std::string message = errors[0]["message"];
  CHECK(contains(message, "boom.lua:2: attempt to index a nil value (field 'missing')"));
  CHECK(contains(message, dir + "/boom.lua:2: in function 'helper'"));
  CHECK(contains(message, dir + "/boom.lua:7: in function"));
  CHECK(!contains(message, "[C]"));  // no host frames
  CHECK(count_of(message, "\n  ") == 2);  // two frames, both the rule's
}

TEST_CASE("rule error: an undeclared global is an error at its line", "[cli][rule-errors]") {
  std::string reads = rule_folder("reads", R"(return {
  id = "reads", severity = "warning", summary = "x",
  check = function(report)
    local tasks = report:select("/report/task")
    return #tasks + countt
  end,
}
)");
  json read_errors = rule_errors(check_with_rules(reads));
  REQUIRE(read_errors.size() == 1);
  CHECK(read_errors[0]["line"] == 5);
  CHECK(contains(read_errors[0]["message"], "reads.lua:5: undeclared global 'countt'"));

  std::string writes = rule_folder("writes", R"(return {
  id = "writes", severity = "warning", summary = "x",
  check = function(report)
    count = #report:select("/report/task")
  end,
}
)");
  json write_errors = rule_errors(check_with_rules(writes));
  REQUIRE(write_errors.size() == 1);
  CHECK(write_errors[0]["line"] == 4);
  CHECK(contains(write_errors[0]["message"], "writes.lua:4: assignment to undeclared global 'count'"));

  // At load time the rule does not load: exit 2, and the message starts at the line.
  std::string top = rule_folder("top", "local x = 1\nhelper = function() return x end\n"
                                       "return { id = 'top', severity = 'info', summary = 's', check = function() end }\n");
  CliRun run = run_cli({"rules", "--rules", top});
  CHECK(run.exit_code == 2);
  CHECK(run.err.rfind(top + "/top.lua:2: assignment to undeclared global 'helper'", 0) == 0);
}

TEST_CASE("rule error: a wrong argument names the function and the argument", "[cli][rule-errors]") {
  auto error_of = [](const std::string& name, const std::string& call) {
    std::string dir = rule_folder(name, "return {\n  id = \"" + name + "\", severity = \"warning\", summary = \"x\",\n"
                                        "  check = function(report)\n    " + call + "\n  end,\n}\n");
    json errors = rule_errors(check_with_rules(dir));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]["line"] == 4);
    return errors[0]["message"].get<std::string>();
  };
  CHECK(contains(error_of("xpath", "report:select('/report/task[')"),
                 "xpath.lua:4: bad argument #1 to 'select' (invalid XPath '/report/task['"));
  CHECK(contains(error_of("deadline", "pc.deadline({})"),
                 "deadline.lua:4: bad argument #1 to 'deadline' (string expected, got table)"));
  CHECK(contains(error_of("emit", "pc.emit{ at = report:root(), message = 'm', severity = 'fatal' }"),
                 "emit.lua:4: pc.emit: severity must be"));
  // The usual slip, '.' for ':', says what to write instead.
  CHECK(contains(error_of("dot", "report:root().attr('plan')"),
                 "dot.lua:4: bad argument #1 to 'attr' (a node expected, got string (call methods with ':'"));
}

TEST_CASE(".luacheckrc declares exactly the pc table the rules see", "[cli][rule-tests]") {
  std::string dir = rule_folder("pc-keys", R"(return {
  id = "pc-keys", severity = "info", summary = "x",
  check = function(report)
    local keys = {}
    for key in pairs(pc) do keys[#keys + 1] = key end
    table.sort(keys)
    pc.emit{ at = report:root(), message = table.concat(keys, " ") }
  end,
}
)");
  std::set<std::string> host;
  json doc = check_with_rules(dir);
  for (const json& f : doc["findings"])
    if (f["rule"] == "pc-keys") {
      std::istringstream words(f["message"].get<std::string>());
      for (std::string word; words >> word;) host.insert(word);
    }
  REQUIRE(!host.empty());

  std::string config = read_file(PLANCHECK_FIXTURE(".luacheckrc"));
  size_t begin = config.find("pc = {");
  REQUIRE(begin != std::string::npos);
  size_t end = config.find("\n  },", begin);
  std::set<std::string> declared;
  for (size_t quote = config.find('"', begin); quote < end; quote = config.find('"', quote + 1)) {
    size_t close = config.find('"', quote + 1);
    declared.insert(config.substr(quote + 1, close - quote - 1));
    quote = close;
  }
  CHECK(declared == host);
}

TEST_CASE("luacheck with .luacheckrc reports what the sandbox would refuse", "[cli][rule-tests]") {
  std::string dir = rule_folder("sloppy", R"(return {
  id = "sloppy", severity = "info", summary = "x",
  check = function(report)
    local file = io.open("x")
    pc.emitt{ at = report:root(), message = tostring(file) }
  end,
}
)");
  std::string command = "cd " PLANCHECK_SOURCE_DIR " && luacheck --no-color " + dir + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  std::string out;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  int status = pclose(pipe);
  INFO(out);
  CHECK(status != 0);
  CHECK(contains(out, "sloppy.lua:4:18: accessing undefined variable 'io'"));
  CHECK(contains(out, "sloppy.lua:5:5: accessing undefined field 'emitt' of global 'pc'"));
}
