// What a supervisor, a rule author and a CI job see around the findings, through the
// real binary: argument and rule errors in Chinese (English with --lang en) with
// did-you-mean; the plan's own notes apart from the units'; units merged by the plan's
// name; the status page in HTML; SARIF for code scanning; GBK files read; new-rule's
// .luacheckrc.
#include <cstdlib>
#include <filesystem>
#include <regex>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

const std::string kPlan004 = "fixtures/plans/004-liaocheng.xml";

std::pair<int, std::string> run_shell(const std::string& command) {
  std::string log = make_temp_dir("shell") + "/log";
  int status = std::system((command + " >" + log + " 2>&1").c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(log)};
}

// A report of 区社保中心 on plan 004 with `unit` as written and one task.
std::string small_report(const std::string& unit, const std::string& encoding = "UTF-8") {
  return "<?xml version=\"1.0\" encoding=\"" + encoding +
         "\"?>\n<report xmlns=\"urn:plancheck:report:1\" plan=\"聊江委办发〔2023〕5号\" unit=\"" + unit +
         "\" submitted=\"2023-11-16\">\n"
         "  <task ref=\"6\" status=\"in-progress\">\n"
         "    <lead>区教体中心</lead>\n"
         "    <deadline>2023年12月底前</deadline>\n"
         "    <progress>举办专场招聘会2场。</progress>\n"
         "  </task>\n"
         "  <task ref=\"99\" status=\"done\">\n"
         "    <lead>区社保中心</lead>\n"
         "    <progress>本地没有这个任务。</progress>\n"
         "  </task>\n"
         "</report>\n";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("argument errors speak Chinese, English with --lang en, and suggest the name meant", "[cli][messages]") {
  SECTION("a required option") {
    CliRun run = run_cli({"check", "fixtures/reports/004"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "缺少必需的选项 --plan"));
    CHECK_FALSE(has(run.err, "is required"));
    CliRun en = run_cli({"check", "--lang", "en", "fixtures/reports/004"});
    CHECK(has(en.err, "missing the required option --plan"));
  }
  SECTION("a required positional") {
    CliRun run = run_cli({"check", "--plan", kPlan004});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "缺少进展报告文件或目录"));
  }
  SECTION("a misspelt subcommand") {
    CliRun run = run_cli({"chek", "--plan", kPlan004});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "没有子命令“chek”，你是不是要用 check？"));
    CHECK(has(run_cli({}).err, "缺少子命令"));
  }
  SECTION("a misspelt option") {
    CliRun run = run_cli({"check", "--plan", kPlan004, "--asof", "2023-11-20", "fixtures/reports/004"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "check 没有选项 --asof，你是不是要用 --as-of？"));
    CliRun en = run_cli({"check", "--lang=en", "--plan", kPlan004, "--asof", "2023-11-20", "fixtures/reports/004"});
    CHECK(has(en.err, "check has no option --asof (did you mean --as-of?)"));
  }
  SECTION("a value out of range is one short line") {
    CliRun run = run_cli({"check", "--plan", kPlan004, "-j", "-1", "fixtures/reports/004"});
    CHECK(run.exit_code == 2);
    INFO(run.err);
    CHECK(has(run.err, "须为不小于 0 的数，收到 -1"));
    CHECK(run.err.size() < 200);
  }
  SECTION("a value not among the choices") {
    CliRun run = run_cli({"check", "--plan", kPlan004, "--format", "sarf", "fixtures/reports/004"});
    CHECK(has(run.err, "你是不是要用 sarif？"));
  }
  SECTION("a file that is not there") {
    CliRun run = run_cli({"check", "--plan", "no/such-plan.xml", "fixtures/reports/004"});
    CHECK(has(run.err, "--plan：文件不存在：no/such-plan.xml"));
  }
}

TEST_CASE("rule authors get Chinese load errors, the sandbox named, and did-you-mean on the API", "[cli][messages]") {
  std::string dir = make_temp_dir("author-errors");
  write_file(dir + "/rules/wrong-name.lua",
             "return { id = 'other-name', severity = 'error', summary = 'x', check = function() end }\n");
  CliRun load = run_cli({"rules", "--rules", dir + "/rules"});
  CHECK(load.exit_code == 2);
  CHECK(has(load.err, "规则编号（id）“other-name”必须与文件名“wrong-name”相同"));

  std::filesystem::remove(dir + "/rules/wrong-name.lua");
  write_file(dir + "/rules/typo-emit.lua",
             "return { id = 'typo-emit', severity = 'error', summary = 'x',\n"
             "  check = function(report, plan)\n    pc.emitt{ message = 'x' }\n  end }\n");
  write_file(dir + "/rules/reads-file.lua",
             "return { id = 'reads-file', severity = 'error', summary = 'x',\n"
             "  check = function(report, plan)\n    io.open('/etc/passwd')\n  end }\n");
  write_file(dir + "/rules/typo-method.lua",
             "return { id = 'typo-method', severity = 'error', summary = 'x',\n"
             "  check = function(report, plan)\n    report:root():atr('unit')\n  end }\n");
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--rules", dir + "/rules",
                        "fixtures/reports/004/zhenggongbu-2023-11.xml"});
  INFO(run.out);
  CHECK(has(run.out, "你是不是要用 emit？"));
  CHECK(has(run.out, "你是不是要用 attr？"));
  CHECK(has(run.out, "io 已被沙箱移除"));
  CHECK_FALSE(has(run.out, "undeclared global 'io'"));
}

TEST_CASE("a misspelt rule in case.toml is named with its line and the rule meant", "[cli][messages]") {
  std::string dir = make_temp_dir("case-typo");
  write_file(dir + "/cases/typo/case.toml",
             "as_of = 2023-11-20\nplans = [\"" + PLANCHECK_FIXTURE(kPlan004) +
                 "\"]\n\n[[expect]]\nrule = \"task-knwon\"\nfile = \"report.xml\"\n");
  write_file(dir + "/cases/typo/report.xml", small_report("区社保中心"));
  CliRun run = run_cli({"test", dir + "/cases"});
  INFO(run.out);
  CHECK(run.exit_code != 0);
  CHECK(has(run.out, "case.toml:5: 没有名为 task-knwon 的规则，你是不是要用 task-known？"));
}

TEST_CASE("a waiver for a rule that does not exist is a warning that names the rule meant", "[cli][messages]") {
  std::string dir = make_temp_dir("waiver-typo");
  write_file(dir + "/waivers.toml",
             "[[waiver]]\nrule = \"deadline-overdeu\"\nunit = \"区政工部\"\nreason = \"延期已批准\"\n"
             "approved_by = \"张三\"\nexpires = 2099-12-31\n");
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--waivers", dir + "/waivers.toml",
                        "--format", "json", "fixtures/reports/004/zhenggongbu-2023-11.xml"});
  auto doc = nlohmann::json::parse(run.out);
  bool found = false;
  for (const auto& f : doc["findings"])
    if (f["rule"] == "waiver-unused") {
      found = true;
      CHECK(f["severity"] == "warning");
      CHECK(has(f["message"], "豁免所指的规则 deadline-overdeu 不存在，你是不是要用 deadline-overdue？"));
    }
  CHECK(found);
}

TEST_CASE("the plan's own findings are apart: never failing a unit, counted apart, --fail-on-plan to count them",
          "[cli][plan-findings]") {
  // Plan 003 has tasks without a deadline (plan-task-deadline, info) and without a lead.
  std::vector<std::string> args = {"check", "--plan", "fixtures/plans/003-benxi.xml", "--as-of", "2023-11-20",
                                   "--fail-on", "info", "fixtures/reports/003"};
  auto json_args = args;
  json_args.insert(json_args.end(), {"--format", "json"});
  auto doc = nlohmann::json::parse(run_cli(json_args).out);
  int plan_findings = 0, report_findings = 0;
  for (const auto& f : doc["findings"]) (f["about"] == "plan" ? plan_findings : report_findings)++;
  REQUIRE(plan_findings > 0);
  CHECK(doc["plan_summary"]["info"].get<int>() + doc["plan_summary"]["warning"].get<int>() +
            doc["plan_summary"]["error"].get<int>() == plan_findings);
  CHECK(doc["summary"]["info"].get<int>() + doc["summary"]["warning"].get<int>() +
            doc["summary"]["error"].get<int>() == report_findings);
  // Skipped files (EXPECTED.md, the attachments) have no kind: value(), not [] on a const object.
  for (const auto& file : doc["files"])
    if (file.value("kind", "") == "plan") CHECK(file["verdict"] == "accepted");

  CliRun text = run_cli(args);
  size_t plan_heading = text.out.find("方案自身的问题（");
  REQUIRE(plan_heading != std::string::npos);
  // Every plan finding comes after the heading, every report finding before it.
  CHECK(text.out.find("[plan-task-deadline]") > plan_heading);
  CHECK(has(text.out, "方案   fixtures/plans/003-benxi.xml"));
  CHECK_FALSE(has(text.out, "不通过 fixtures/plans/003-benxi.xml"));
  CHECK(has(text.out, "；方案自身："));

  CliRun lint = run_cli({"lint-plan", "fixtures/plans/003-benxi.xml", "--fail-on", "info"});
  CHECK(lint.exit_code == 1);  // lint-plan judges the plan: its findings count
  CliRun html = run_cli({"check", "--plan", "fixtures/plans/003-benxi.xml", "--as-of", "2023-11-20", "--format",
                         "html", "fixtures/reports/003"});
  CHECK(has(html.out, "<h2 id=\"plan-findings\">方案自身的问题</h2>"));
  std::smatch m;
  REQUIRE(std::regex_search(html.out, m, std::regex(R"(<b id="count-rejected">(\d+)</b> / (\d+))")));
  int reports = 0;
  for (const auto& file : doc["files"]) reports += file.value("kind", "") == "report" ? 1 : 0;
  CHECK(std::stoi(m[2]) == reports);  // the plan is not among the files judged

  CliRun junit = run_cli({"check", "--plan", "fixtures/plans/003-benxi.xml", "--as-of", "2023-11-20", "--format",
                          "junit", "fixtures/reports/003"});
  pugi::xml_document xml;
  REQUIRE(xml.load_string(junit.out.c_str()));
  pugi::xml_node plan_suite = xml.select_node("//testsuite[@name='fixtures/plans/003-benxi.xml']").node();
  REQUIRE(plan_suite);
  CHECK(plan_suite.attribute("failures").as_int() == 0);
  CHECK(plan_suite.attribute("skipped").as_int() == plan_findings);
}

TEST_CASE("the plan's findings fail the run only with --fail-on-plan", "[cli][plan-findings]") {
  // Every report rule disabled: what is left are the plan's own findings.
  std::string disabled;
  for (const auto& rule : nlohmann::json::parse(run_cli({"rules", "--format", "json"}).out))
    if (rule["kind"] == "report") disabled += (disabled.empty() ? "\"" : ", \"") + rule["id"].get<std::string>() + "\"";
  std::string dir = make_temp_dir("fail-on-plan");
  write_file(dir + "/plancheck.toml", "[rules]\ndisable = [" + disabled + "]\n");
  std::vector<std::string> args = {"check", "--config", dir + "/plancheck.toml", "--plan",
                                   "fixtures/plans/003-benxi.xml", "--as-of", "2023-11-20", "--fail-on", "info",
                                   "fixtures/reports/003"};
  CliRun without = run_cli(args);
  INFO(without.out << without.err);
  REQUIRE(has(without.out, "方案自身的问题（"));
  CHECK(without.exit_code == 0);
  args.insert(args.begin() + 1, "--fail-on-plan");
  CHECK(run_cli(args).exit_code == 1);
}

TEST_CASE("units are merged by the plan's name for them, tasks shown with their title", "[cli][units]") {
  std::string dir = make_temp_dir("merged-units");
  write_file(dir + "/a.xml", small_report("区社保中心"));
  write_file(dir + "/b.xml", small_report("区　社保中心"));
  CliRun html = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "html", dir});
  INFO(html.err);
  std::string units = html.out.substr(html.out.find("<table id=\"units\">"));
  units = units.substr(0, units.find("</table>"));
  CHECK(count_of(units, "<tr data-unit=") == 1);
  CHECK(has(units, "<tr data-unit=\"区社保中心\"><td>区社保中心</td><td>2</td>"));
  // 按任务汇总 names a task by number and title.
  std::string tasks = html.out.substr(html.out.find("<table id=\"tasks\">"));
  tasks = tasks.substr(0, tasks.find("</table>"));
  CHECK(std::regex_search(tasks, std::regex("<td>6“[^”]+”</td>")));
  // The words a supervisor reads: 位置 in words, the rule's summary with its id, 通过/不通过.
  CHECK(std::regex_search(html.out, std::regex("<td>第8行 第\\d+列</td>")));
  CHECK(has(html.out, "报告中的任务编号在实施方案中不存在<span class=\"rule-id\">task-known</span>"));
  CHECK_FALSE(has(html.out, "accepted</span>"));
  CHECK_FALSE(has(html.out, "rejected</span>"));
  CHECK_FALSE(has(html.out, "&lt;task ref="));  // no raw markup quoted under a finding
  // The 需要关注 list of the text view.
  CHECK(has(html.out, "<section id=\"attention\">"));
}

TEST_CASE("status --format html is a page with the attention list and the matrix", "[cli][status][html]") {
  CliRun run = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "html", "fixtures/status/004"});
  INFO(run.err);
  CHECK(run.exit_code != 2);
  CHECK(run.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(has(run.out, "Content-Security-Policy"));
  CHECK(has(run.out, "<section id=\"attention\">"));
  CHECK(has(run.out, "<table class=\"status-matrix\""));
  CHECK(has(run.out, "<table id=\"upcoming\">"));
  CHECK(has(run.out, "</html>"));
  CliRun text = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", "fixtures/status/004"});
  CHECK(has(text.out, "进行中"));
  CHECK_FALSE(has(text.out, "推进中"));
}

TEST_CASE("SARIF for code scanning: tool URI, rule help, fingerprints that survive a line move, base-relative URIs",
          "[cli][sarif]") {
  std::string dir = make_temp_dir("sarif-scan");
  std::filesystem::create_directories(dir + "/repo/reports");
  write_file(dir + "/repo/reports/a.xml", small_report("区社保中心"));
  write_file(dir + "/repo/reports/broken.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:plancheck:report:1\">\n  <task ref=\"1\">\n"
             "  </tsak>\n</report>\n");
  std::string plan = PLANCHECK_FIXTURE(kPlan004);
  auto sarif_of = [&](const std::string& cwd, const std::string& reports) {
    CliRun run = run_cli({"check", "--plan", plan, "--as-of", "2023-11-20", "--format", "sarif", reports}, cwd);
    return nlohmann::json::parse(run.out);
  };
  // Typed as ../reports from a sub-folder: the URI is still relative to %SRCROOT%, without ../
  std::filesystem::create_directories(dir + "/repo/ci");
  auto doc = sarif_of(dir + "/repo", "reports");
  const auto& run = doc["runs"][0];
  CHECK(run["tool"]["driver"]["informationUri"].get<std::string>().rfind("https://", 0) == 0);
  CHECK(run["tool"]["driver"]["version"] == run["tool"]["driver"]["semanticVersion"]);
  for (const auto& rule : run["tool"]["driver"]["rules"]) CHECK(rule.contains("help"));
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].get<std::string>().rfind("file:///", 0) == 0);
  std::map<std::string, std::string> fingerprints;
  for (const auto& result : run["results"]) {
    const auto& location = result["locations"][0]["physicalLocation"]["artifactLocation"];
    std::string uri = location.value("uri", "");
    if (uri.rfind("file:///", 0) == 0) {  // the plan, given by an absolute path outside the root
      CHECK_FALSE(location.contains("uriBaseId"));
      continue;
    }
    CHECK(location.value("uriBaseId", "") == "%SRCROOT%");
    CHECK(uri.rfind("reports/", 0) == 0);
    fingerprints[result["ruleId"].get<std::string>() + result["message"]["text"].get<std::string>()] =
        result["partialFingerprints"]["plancheckFinding/v1"];
  }
  REQUIRE_FALSE(fingerprints.empty());
  // The malformed file's notification points where its message says.
  const auto& notes = run["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  std::string text = notes[0]["message"]["text"];
  const auto& region = notes[0]["locations"][0]["physicalLocation"]["region"];
  CHECK(has(text, ":" + std::to_string(region["startLine"].get<int>()) + ":" +
                      std::to_string(region["startColumn"].get<int>()) + ":"));
  CHECK(region["startLine"] == 4);

  auto from_ci = sarif_of(dir + "/repo/ci", "../reports");
  for (const auto& result : from_ci["runs"][0]["results"]) {
    std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    CHECK(uri.find("..") == std::string::npos);
  }

  // Two blank lines more at the top: every finding moves down, no fingerprint changes.
  std::string moved = small_report("区社保中心");
  moved.insert(moved.find('\n') + 1, "\n\n");
  write_file(dir + "/repo/reports/a.xml", moved);
  auto after = sarif_of(dir + "/repo", "reports");
  int compared = 0;
  for (const auto& result : after["runs"][0]["results"]) {
    auto key = result["ruleId"].get<std::string>() + result["message"]["text"].get<std::string>();
    if (!fingerprints.count(key)) continue;
    CHECK(result["partialFingerprints"]["plancheckFinding/v1"] == fingerprints[key]);
    ++compared;
  }
  CHECK(compared > 0);
}

TEST_CASE("the SARIF Multitool finds no error and no warning in plancheck's SARIF", "[cli][sarif][multitool]") {
  // Installed by scripts/install-deps.sh from npm (@microsoft/sarif-multitool, a
  // self-contained .NET build); SARIF_MULTITOOL names another copy.
  const char* configured = std::getenv("SARIF_MULTITOOL");
  std::string tool = configured && *configured
                         ? configured
                         : "/opt/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";
  if (!std::filesystem::exists(tool)) {
    WARN("SARIF Multitool not installed at " << tool << ": run scripts/install-deps.sh; the schema test still runs");
    return;
  }
  CliRun run = run_cli({"check", "--plan", kPlan004, "--plan", "fixtures/plans/003-benxi.xml", "--as-of",
                        "2023-11-20", "--format", "sarif", "fixtures"});
  std::string dir = make_temp_dir("multitool");
  write_file(dir + "/out.sarif", run.out);
  auto [status, log] = run_shell("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 " + tool + " validate --output " + dir +
                                 "/validation.sarif " + dir + "/out.sarif");
  INFO(log);
  REQUIRE(std::filesystem::exists(dir + "/validation.sarif"));
  auto validation = nlohmann::json::parse(read_file(dir + "/validation.sarif"));
  int errors = 0, warnings = 0;
  for (const auto& result : validation["runs"][0]["results"]) {
    std::string level = result.value("level", "warning");
    INFO(result["ruleId"] << ": " << result["message"].dump());
    CHECK(level != "error");
    CHECK(level != "warning");
    errors += level == "error";
    warnings += level == "warning";
  }
  CHECK(errors == 0);
  CHECK(warnings == 0);
}

TEST_CASE("a GBK report is read, converted, its places right, with a note", "[cli][encoding]") {
  std::string dir = make_temp_dir("gbk");
  write_file(dir + "/utf8.xml", small_report("区社保中心", "GBK"));
  auto [status, log] = run_shell("iconv -f UTF-8 -t GBK -o " + dir + "/gbk.xml " + dir + "/utf8.xml");
  REQUIRE(status == 0);
  std::filesystem::remove(dir + "/utf8.xml");
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "json", dir + "/gbk.xml"});
  INFO(run.out << run.err);
  CHECK(run.exit_code != 2);
  auto doc = nlohmann::json::parse(run.out);
  const auto& report = doc["files"][doc["files"].size() - 1];  // the plan comes first
  CHECK(report["status"] == "checked");
  CHECK(has(report.value("note", ""), "gbk"));
  bool task_known = false;
  for (const auto& f : doc["findings"])
    if (f["rule"] == "task-known") {
      task_known = true;
      CHECK(f["line"] == 8);  // <task ref="99">, as in the file
      CHECK(f["column"] == 9);  // its ref attribute
      CHECK(has(f["message"], "任务编号“99”"));
    }
  CHECK(task_known);
  CliRun text = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", dir + "/gbk.xml"});
  CHECK(has(text.out, "注：按声明的编码 gbk 读取并转换为 UTF-8"));
}

TEST_CASE("new-rule writes a .luacheckrc so that luacheck works in a fresh rule folder", "[cli][new-rule]") {
  if (std::system("command -v luacheck >/dev/null 2>&1") != 0) FAIL("luacheck is not installed: scripts/install-deps.sh");
  std::string dir = make_temp_dir("fresh-rules");
  CliRun made = run_cli({"new-rule", "seminar-reported", "--rules", dir + "/myrules"});
  INFO(made.out << made.err);
  REQUIRE(made.exit_code == 0);
  REQUIRE(std::filesystem::exists(dir + "/myrules/.luacheckrc"));
  auto [clean_status, clean_log] = run_shell("cd " + dir + "/myrules && luacheck --no-color seminar-reported.lua");
  INFO(clean_log);
  CHECK(clean_status == 0);
  // The rule API and the sandbox are known: a typo of pc.emit and io are reported.
  write_file(dir + "/myrules/bad.lua",
             "return { id = 'bad', check = function(report)\n  pc.emitt{}\n  io.open('x')\nend }\n");
  auto [bad_status, bad_log] = run_shell("cd " + dir + "/myrules && luacheck --no-color bad.lua");
  INFO(bad_log);
  CHECK(bad_status != 0);
  CHECK(has(bad_log, "emitt"));
  CHECK(has(bad_log, "io"));
  // A folder that has one keeps it.
  write_file(dir + "/mine/.luacheckrc", "std = 'lua54'\n");
  REQUIRE(run_cli({"new-rule", "other-rule", "--rules", dir + "/mine"}).exit_code == 0);
  CHECK(read_file(dir + "/mine/.luacheckrc") == "std = 'lua54'\n");
}
