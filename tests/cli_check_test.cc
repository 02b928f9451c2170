// `plancheck check` through the real binary: exit codes, formats, bad input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

const std::string kPlan004 = "fixtures/plans/004-liaocheng.xml";

std::string report_xml(const std::string& body, const std::string& unit = "区政工部",
                       const std::string& submitted = "2023-11-20") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<report xmlns=\"urn:plancheck:report:1\" plan=\"聊江委办发〔2023〕5号\" unit=\"" + unit +
         "\" submitted=\"" + submitted + "\">\n" + body + "</report>\n";
}

}  // namespace

TEST_CASE("a malformed report among good ones: exit 2, its position, and the good ones still checked", "[cli]") {
  std::string dir = make_temp_dir("malformed");
  write_file(dir + "/a-good.xml", report_xml("  <task ref=\"99\" status=\"done\"><lead>区政工部</lead></task>\n"));
  write_file(dir + "/b-broken.xml", report_xml("  <task ref=\"3\" status=\"done\">\n    <lead>区政工部</lead>\n"));
  write_file(dir + "/c-good.xml", report_xml("  <task ref=\"98\" status=\"done\"><lead>区政工部</lead></task>\n"));
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", dir});
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("b-broken.xml:") != std::string::npos);
  CHECK(run.out.find("not well-formed") != std::string::npos);
  // Both good reports still get their findings.
  CHECK(run.out.find("a-good.xml:3:9: 错误 [task-known]") != std::string::npos);
  CHECK(run.out.find("c-good.xml:3:9: 错误 [task-known]") != std::string::npos);
}

TEST_CASE("JSON output has the fields of cli.md", "[cli][json]") {
  std::string dir = make_temp_dir("json");
  write_file(dir + "/r.xml", report_xml("  <task ref=\"99\" status=\"done\"><lead>区政工部</lead></task>\n"));
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "json", dir + "/r.xml"});
  REQUIRE(run.exit_code == 1);
  auto doc = nlohmann::json::parse(run.out);
  CHECK(doc["tool"]["name"] == "plancheck");
  CHECK(doc["as_of"] == "2023-11-20");
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][1]["status"] == "checked");
  REQUIRE(!doc["findings"].empty());
  for (const auto& f : doc["findings"]) {
    for (const char* key : {"rule", "severity", "file", "line", "column", "task", "unit", "message", "suggestion"})
      CHECK(f.contains(key));
    CHECK(f["line"].get<int>() >= 1);
    CHECK(f["column"].get<int>() >= 1);
  }
  CHECK(doc["summary"]["error"].get<int>() >= 1);
}

TEST_CASE("bad arguments are exit status 2", "[cli]") {
  CHECK(run_cli({"check", "--plan", kPlan004}).exit_code == 2);  // no report
  CHECK(run_cli({"check", "--plan", kPlan004, "--format", "yaml", "fixtures"}).exit_code == 2);
  CHECK(run_cli({"check", "--plan", kPlan004, "--as-of", "2023-13-40", "fixtures"}).exit_code == 2);
  CHECK(run_cli({"frobnicate"}).exit_code == 2);
}

TEST_CASE("check --timing prints each rule's time on stderr, slowest first, and leaves stdout as it is", "[cli][timing]") {
  std::vector<std::string> args{"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20",
                                "--format", "json", "fixtures/reports/004"};
  CliRun plain = run_cli(args);
  args.insert(args.begin() + 1, "--timing");
  CliRun timed = run_cli(args);
  INFO(timed.err);
  CHECK(timed.exit_code == plain.exit_code);
  CHECK(timed.out == plain.out);  // the JSON on stdout is untouched
  CHECK(timed.err.rfind("规则耗时（所有工作线程合计）：\n", 0) == 0);
  CliRun rules = run_cli({"rules", "--format", "json"});
  for (const char* id : {"task-coverage", "conflicting-figures", "duplicate-passage", "plan-task-lead"})
    CHECK(count_of(timed.err, std::string("\n") + id + " ") == 1);
  // Slowest first: the milliseconds column never grows down the table.
  double previous = 1e9;
  size_t start = timed.err.find('\n', timed.err.find('\n') + 1) + 1;  // after the title and the header
  int rows = 0;
  while (start < timed.err.size()) {
    size_t end = timed.err.find('\n', start);
    std::string line = timed.err.substr(start, end - start);
    double ms = std::stod(line.substr(line.find_first_of("0123456789", line.find(' '))));
    CHECK(ms <= previous);
    previous = ms;
    ++rows;
    start = end + 1;
  }
  CHECK(rows == count_of(rules.out, "\"id\""));
}
