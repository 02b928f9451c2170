// `plancheck import-plan` as a supervisor uses it on a plan as published: no 文号 (a warning,
// not a refusal), --id / --issued, the review table on standard error, the review as JSON.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

// A district's plan as a web page prints it: title, the notice's signature and date, the
// plan's own title, numbered tasks with their unit lists; no 文号 anywhere.
const char* const kNoNumberPlan =
    "某区人民政府办公室关于印发某区2024年便民服务工作方案的通知\n"  // 1
    "各街道办事处，区政府各部门：\n"                                  // 2
    "现将《某区2024年便民服务工作方案》印发给你们，请认真执行。\n"    // 3
    "某区人民政府办公室\n"                                            // 4
    "2024年2月6日\n"                                                  // 5
    "某区2024年便民服务工作方案\n"                                    // 6
    "一、主要任务\n"                                                  // 7
    "1. 推行证照联办。6月底前实现十类证照一窗联办。〔牵头单位：区行政审批局；责任单位：区市场监管局、区卫健局〕\n"  // 8
    "2. 建设街道便民驿站。2024年11月底前建成驿站20个。〔牵头单位：区民政局；责任单位：各街道办事处〕\n";            // 9

std::string write_plan(const std::string& dir) {
  std::string path = dir + "/plan.txt";
  write_file(path, kNoNumberPlan);
  return path;
}

}  // namespace

TEST_CASE("import-plan: a plan with no 文号 is imported with a derived id and a warning on its line",
          "[cli][import][review]") {
  std::string dir = make_temp_dir("import-no-number");
  std::string plan = write_plan(dir);
  CliRun run = run_cli({"import-plan", plan, "-o", dir + "/plan.xml"});
  REQUIRE(run.exit_code == 0);
  std::string xml = read_file(dir + "/plan.xml");
  CHECK(xml.find("id=\"某区便民服务工作方案（2024）\" issued=\"2024-02-06\"") != std::string::npos);
  CHECK(run.err.find("plan.txt:6: 警告: 没有找到文号") != std::string::npos);
  CHECK(run.err.find("导入任务 2 项") != std::string::npos);
  // lint-plan reads what was written.
  CHECK(run_cli({"lint-plan", dir + "/plan.xml"}).exit_code == 0);
}

TEST_CASE("import-plan: --id and --issued take the place of what the document lacks", "[cli][import][review]") {
  std::string dir = make_temp_dir("import-id");
  CliRun run = run_cli({"import-plan", write_plan(dir), "--id", "某区便民〔2024〕1号", "--issued", "2024-02-07"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("id=\"某区便民〔2024〕1号\" issued=\"2024-02-07\"") != std::string::npos);
  CHECK(run.err.find("没有找到文号") == std::string::npos);
  CHECK(run_cli({"import-plan", write_plan(dir), "--issued", "2024-2-7"}).exit_code == 2);  // not YYYY-MM-DD
}

TEST_CASE("import-plan: the review table is printed on standard error, aligned, with what to check",
          "[cli][import][review]") {
  std::string dir = make_temp_dir("import-review");
  CliRun run = run_cli({"import-plan", write_plan(dir), "-o", dir + "/plan.xml"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.find("核对表：某区2024年便民服务工作方案") != std::string::npos);
  CHECK(run.err.find("编号") != std::string::npos);
  CHECK(run.err.find("牵头单位") != std::string::npos);
  // Task 1's deadline names no year: the row says so.
  CHECK(run.err.find("2024-06-30（6月底前）") != std::string::npos);
  CHECK(run.err.find("“6月底前”未写年份，按方案年份") != std::string::npos);
  CHECK(run.err.find("2024-11-30（2024年11月底前）") != std::string::npos);
  // Every row's second column starts at the same display column as the header's.
  std::istringstream lines(run.err);
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line))
    if (line.rfind("1 ", 0) == 0 || line.rfind("2 ", 0) == 0 || line.rfind("编号", 0) == 0) rows.push_back(line);
  REQUIRE(rows.size() == 3);
  auto column_of_title = [](const std::string& row) { return row.find_first_not_of(' ', row.find(' ')); };
  CHECK(column_of_title(rows[1]) == column_of_title(rows[2]));
  CHECK(run.out.empty());  // the XML went to the file

  CliRun en = run_cli({"import-plan", "--lang", "en", write_plan(dir), "-o", dir + "/plan-en.xml"});
  CHECK(en.err.find("Review: ") != std::string::npos);
  CHECK(en.err.find("deadline (wording)") != std::string::npos);

  CliRun quiet = run_cli({"import-plan", "--review", "none", write_plan(dir), "-o", dir + "/plan-q.xml"});
  CHECK(quiet.err.find("核对表") == std::string::npos);
}

TEST_CASE("import-plan: the review as JSON, to a file or on standard error", "[cli][import][review]") {
  std::string dir = make_temp_dir("import-review-json");
  CliRun run = run_cli({"import-plan", write_plan(dir), "-o", dir + "/plan.xml", "--review-json", dir + "/review.json"});
  REQUIRE(run.exit_code == 0);
  nlohmann::json review = nlohmann::json::parse(read_file(dir + "/review.json"));
  CHECK(review["id"] == "某区便民服务工作方案（2024）");
  CHECK(review["issued"] == "2024-02-06");
  REQUIRE(review["tasks"].size() == 2);
  CHECK(review["tasks"][0]["id"] == "1");
  CHECK(review["tasks"][0]["leads"] == nlohmann::json::array({"区行政审批局"}));
  CHECK(review["tasks"][0]["responsible"] == nlohmann::json::array({"区市场监管局", "区卫健局"}));
  CHECK(review["tasks"][0]["deadline"]["date"] == "2024-06-30");
  CHECK(review["tasks"][0]["deadline"]["text"] == "6月底前");
  CHECK(review["tasks"][0]["deadline"]["year_supplied"] == true);
  CHECK(review["tasks"][1]["unsure"].empty());
  REQUIRE_FALSE(review["warnings"].empty());
  CHECK(review["warnings"][0]["place"] == "第6行");

  CliRun json = run_cli({"import-plan", "--review", "json", write_plan(dir), "-o", dir + "/plan2.xml"});
  REQUIRE(json.exit_code == 0);
  size_t open = json.err.find("{\n");
  REQUIRE(open != std::string::npos);
  size_t close = json.err.find("\n}\n", open);
  REQUIRE(close != std::string::npos);
  CHECK(nlohmann::json::parse(json.err.substr(open, close + 2 - open))["tasks"].size() == 2);
}

TEST_CASE("import-plan: a file it cannot read is exit 2 with the reason, and no XML", "[cli][import]") {
  std::string dir = make_temp_dir("import-unreadable");
  CliRun run = run_cli({"import-plan", dir + "/nowhere.txt", "-o", dir + "/plan.xml"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("nowhere.txt: 无法读取文件") != std::string::npos);
  CHECK(run.out.empty());
}
