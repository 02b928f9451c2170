// `plancheck lint-plan` and the plan-lint rules (rules.md, "Plan lint") through the real
// binary; `check` runs the same rules once per loaded plan.
#include <catch2/catch.hpp>

#include "cli.h"
#include "json_findings.h"

using namespace plancheck_test;

namespace {

std::string write_plan(const std::string& hint, const std::string& body) {
  std::string path = make_temp_dir(hint) + "/plan.xml";
  write_file(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<plan xmlns=\"urn:plancheck:plan:1\" id=\"某办发〔2023〕7号\" issued=\"2023-05-30\">\n" +
                       body + "</plan>\n");
  return path;
}

std::vector<std::string> tasks_of(const std::vector<JsonFinding>& findings) {
  std::vector<std::string> out;
  for (const JsonFinding& f : findings) out.push_back(f.task);
  return out;
}

}  // namespace

TEST_CASE("lint-plan on plan 003: every task lacks a lead, all but task 4 a deadline", "[cli][plan-lint]") {
  CliRun run = run_cli({"lint-plan", "--format", "json", "fixtures/plans/003-benxi.xml"});
  CHECK(run.exit_code == 0);  // warnings and infos do not fail by default
  CHECK(json_findings(run, {"plan-task-lead"}).size() == 15);
  auto deadline = json_findings(run, {"plan-task-deadline"});
  CHECK(tasks_of(deadline) ==
        std::vector<std::string>{"1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"});
  CHECK(json_findings(run, {"plan-budget"}).empty());  // task 12 requires a budget
  CHECK(json_findings(run).size() == 29);
  CHECK(run_cli({"lint-plan", "--fail-on", "warning", "fixtures/plans/003-benxi.xml"}).exit_code == 1);
}

TEST_CASE("lint-plan on plan 004: only the 13 tasks without a deadline", "[cli][plan-lint]") {
  CliRun run = run_cli({"lint-plan", "--format", "json", "fixtures/plans/004-liaocheng.xml"});
  CHECK(run.exit_code == 0);
  auto findings = json_findings(run);
  CHECK(findings.size() == 13);
  CHECK(json_findings(run, {"plan-task-deadline"}).size() == 13);
}

TEST_CASE("plan-lint rules fire, and stay silent on their near-misses", "[cli][plan-lint]") {
  std::string fires = write_plan("lint-fires",
                                 "  <task id=\"1\"><title>甲</title><responsible>区财政局</responsible></task>\n"
                                 "  <task id=\"2\"><title>乙</title><lead>\u3000</lead></task>\n");
  CliRun run = run_cli({"lint-plan", "--format", "json", fires});
  CHECK(tasks_of(json_findings(run, {"plan-task-lead"})) == std::vector<std::string>{"1", "2"});
  CHECK(tasks_of(json_findings(run, {"plan-task-deadline"})) == std::vector<std::string>{"1", "2"});
  auto budget = json_findings(run, {"plan-budget"});
  REQUIRE(budget.size() == 1);
  CHECK(budget[0].line == 2);
  auto lead = json_findings(run, {"plan-task-lead"});
  CHECK(lead[0].line == 3);
  CHECK(lead[0].message.find("区财政局") != std::string::npos);

  // A lead, a yearly deadline, a budget inside a task only: nothing to say.
  std::string silent = write_plan("lint-silent",
                                  "  <task id=\"1\"><lead>区政工部</lead>\n"
                                  "    <deadline text=\"每年9月\" recurs=\"yearly\" month=\"9\"/>\n"
                                  "    <budget required=\"true\" text=\"经费纳入预算\"/></task>\n");
  run = run_cli({"lint-plan", "--format", "json", silent});
  CHECK(run.exit_code == 0);
  CHECK(json_findings(run).empty());
}

TEST_CASE("lint-plan speaks English with --lang en, and text by default", "[cli][plan-lint]") {
  CliRun run = run_cli({"lint-plan", "--lang", "en", "fixtures/plans/003-benxi.xml"});
  CHECK(run.out.find("[plan-task-lead] task 1 “推动民族团结进步教育常态化” names no lead unit") != std::string::npos);
  run = run_cli({"lint-plan", "fixtures/plans/003-benxi.xml"});
  CHECK(run.out.find("fixtures/plans/003-benxi.xml:") != std::string::npos);
  CHECK(run.out.find("没有牵头单位") != std::string::npos);
}

TEST_CASE("lint-plan: a plan that cannot be read is exit 2", "[cli][plan-lint]") {
  CHECK(run_cli({"lint-plan", "fixtures/malformed/not-well-formed.xml"}).exit_code == 2);
  CHECK(run_cli({"lint-plan", "fixtures/plans/no-such-plan.xml"}).exit_code == 2);
  CHECK(run_cli({"lint-plan"}).exit_code == 2);
}

TEST_CASE("check runs the plan-lint rules once per loaded plan, pointing into the plan", "[cli][plan-lint]") {
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/003-benxi.xml", "--plan", "fixtures/plans/004-liaocheng.xml",
                        "--as-of", "2021-11-10", "--format", "json", "fixtures/reports/003"});
  auto lead = json_findings(run, {"plan-task-lead"});
  CHECK(lead.size() == 15);  // not once per report
  for (const JsonFinding& f : lead) CHECK(f.file == "fixtures/plans/003-benxi.xml");
  CHECK(json_findings(run, {"plan-task-deadline"}).size() == 14 + 13);
}
