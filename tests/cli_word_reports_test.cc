// Reports as units write them (Word, PDF, text) through the real binary: the same findings as
// their XML twin, each at its table cell or paragraph; bad files named, the rest checked.
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli.h"
#include "docx_comments.h"

using namespace plancheck_test;

namespace {

const std::string kPlan = "fixtures/plans/004-liaocheng.xml";
const std::set<std::string> kTaskRules = {"lead-unit-matches", "lead-unit-named", "deadline-matches", "deadline-stated",
                                          "deadline-due-soon", "deadline-overdue", "budget-included", "evidence-for-done",
                                          "task-known", "target-met"};

nlohmann::json check_json(const std::vector<std::string>& files) {
  std::vector<std::string> args = {"check", "--no-config", "--plan", kPlan, "--as-of", "2023-11-20", "--format", "json"};
  args.insert(args.end(), files.begin(), files.end());
  CliRun run = run_cli(args);
  INFO(run.err);
  return nlohmann::json::parse(run.out);
}

// The Word/PDF reader is the readers' work (source_docx.cc, source_pdf.cc); before it is
// merged a .docx reads as bytes that are not text.
bool reader_for(const std::string& file) {
  CliRun run = run_cli({"import-report", file, "--plan", kPlan});
  if (run.err.find("UTF-8") != std::string::npos) {
    WARN("no reader for " + file + " in this build: skipped");
    return false;
  }
  return true;
}

using Key = std::tuple<std::string, std::string, std::string>;  // rule, task, severity

std::multiset<Key> task_findings(const nlohmann::json& doc, const std::string& file) {
  std::multiset<Key> keys;
  for (const auto& f : doc["findings"])
    if (f["file"] == file && kTaskRules.count(f["rule"].get<std::string>()))
      keys.insert({f["rule"], f["task"].is_null() ? "" : f["task"].get<std::string>(), f["severity"]});
  return keys;
}

std::string place_of(const nlohmann::json& doc, const std::string& file, const std::string& rule, const std::string& task) {
  for (const auto& f : doc["findings"])
    if (f["file"] == file && f["rule"] == rule && (task.empty() || f["task"] == task) && f.contains("place"))
      return f["place"]["text"];
  return "";
}

// `pages`: the page each place names in a PDF ("第2页 表1 第5行"); none for Word.
void same_as_twin(const std::string& report, const std::map<std::string, int>& pages = {}) {
  const std::string twin = "fixtures/reports/word-xml/jiaoti-2023-11.xml";
  nlohmann::json doc = check_json({report, twin});
  std::multiset<Key> expected = task_findings(doc, twin);
  REQUIRE(expected.size() >= 6);
  CHECK(task_findings(doc, report) == expected);
  auto at = [&](const std::string& place) {
    auto page = pages.find(place);
    return page == pages.end() ? place : "第" + std::to_string(page->second) + "页 " + place;
  };
  CHECK(place_of(doc, report, "lead-unit-matches", "2") == at("表1 第3行 牵头单位"));
  CHECK(place_of(doc, report, "deadline-matches", "3") == at("表1 第4行 完成时限"));
  CHECK(place_of(doc, report, "budget-included", "6") == at("表1 第6行 经费来源"));
  CHECK(place_of(doc, report, "budget-included", "7") == at("表1 第5行"));
  CHECK(place_of(doc, report, "task-known", "99") == at("表1 第8行"));
  CHECK(place_of(doc, report, "report-task-match", "") == at("表1 第9行"));
  // The twin, an XML report, has no place.
  for (const auto& f : doc["findings"])
    if (f["file"] == twin) CHECK_FALSE(f.contains("place"));
}

}  // namespace

TEST_CASE("word reports: a .docx task table gives its XML twin's findings, at their cells", "[cli][word]") {
  const std::string report = "fixtures/reports/word/jiaoti-2023-11.docx";
  if (!reader_for(report)) return;
  same_as_twin(report);
  // Text output: the place after the position.
  CliRun run = run_cli({"check", "--no-config", "--plan", kPlan, "--as-of", "2023-11-20", report});
  CHECK(run.out.find(report + ":") != std::string::npos);
  CHECK(run.out.find("(表1 第3行 牵头单位) 错误 [lead-unit-matches]") != std::string::npos);
}

// The PDF's table has narrow columns (every cell wraps) and runs onto page 2, cutting task
// 3's row in two: read by its rules (pdf_grid.h), it is the Word table again, each row on
// its own page.
TEST_CASE("word reports: the same report printed to PDF gives the same findings", "[cli][word][pdf]") {
  const std::string report = "fixtures/reports/word/jiaoti-2023-11.pdf";
  if (!reader_for(report)) return;
  same_as_twin(report, {{"表1 第3行 牵头单位", 1},
                        {"表1 第4行 完成时限", 1},
                        {"表1 第5行", 2},
                        {"表1 第6行 经费来源", 2},
                        {"表1 第8行", 2},
                        {"表1 第9行", 2}});
}

TEST_CASE("word reports: a folder is searched for Word and text reports; plans, attachments and evidence skipped",
          "[cli][word][folder]") {
  const std::string docx = "fixtures/reports/word/jiaoti-2023-11.docx";
  if (!reader_for(docx)) return;
  std::string dir = make_temp_dir("word-folder");
  std::filesystem::create_directories(dir + "/区教体中心");
  std::filesystem::copy_file(PLANCHECK_FIXTURE(docx), dir + "/区教体中心/进展.DOCX");
  // A prose report in text: its title says it is a report, its 落款 gives unit and date.
  write_file(dir + "/caizheng.txt",
             "区财政局关于落实实施方案工作情况的报告\n\n一、总体情况\n\n我局按照方案分工，统筹安排资金，各项工作有序推进。\n\n"
             "区财政局\n2023年11月18日\n");
  // The plan as it was sent round, and an attachment: in the folder, not reports.
  write_file(dir + "/通知.txt", "关于印发《实施方案》的通知\n\n各镇街、区直各部门：\n\n现将方案印发给你们，请认真贯彻落实。\n");
  write_file(dir + "/区财政局/附件2.txt", "附件2\n\n基地建设名单\n\n一、凤凰街道基地。\n");
  // An XML report whose evidence is a text that, read alone, would pass for a report.
  write_file(dir + "/区财政局/report.xml",
             "<report xmlns=\"urn:plancheck:report:1\" plan=\"聊江委办发〔2023〕5号\" unit=\"区财政局\" "
             "submitted=\"2023-11-18\">\n  <task ref=\"1\" status=\"in-progress\">\n    <progress>推进中。</progress>\n"
             "    <evidence href=\"minutes.txt\">会议纪要</evidence>\n  </task>\n</report>\n");
  write_file(dir + "/区财政局/minutes.txt", "区财政局工作进展汇报\n\n已召开推进会。\n\n区财政局\n2023年11月10日\n");

  CliRun run = run_cli({"check", "--no-config", "--plan", kPlan, "--as-of", "2023-11-20", "--format", "json", dir});
  INFO(run.err);
  nlohmann::json doc = nlohmann::json::parse(run.out);
  std::map<std::string, std::string> status;
  for (const auto& f : doc["files"]) status[f["path"]] = f["status"];
  CHECK(status[dir + "/区教体中心/进展.DOCX"] == "checked");
  CHECK(status[dir + "/caizheng.txt"] == "checked");
  CHECK(status[dir + "/区财政局/report.xml"] == "checked");
  CHECK(status[dir + "/通知.txt"] == "skipped");
  CHECK(status[dir + "/区财政局/附件2.txt"] == "skipped");
  CHECK(status[dir + "/区财政局/minutes.txt"] == "skipped");
  std::map<std::string, std::string> reason;
  for (const auto& f : doc["files"])
    if (f.contains("reason")) reason[f["path"]] = f["reason"];
  CHECK(reason[dir + "/区财政局/minutes.txt"] == "是 " + dir + "/区财政局/report.xml 所引的佐证材料");
  CHECK(reason[dir + "/通知.txt"].rfind("读来不像进展报告", 0) == 0);
  // A document judged by its content is named on stderr even without --verbose (it might be
  // a report titled unlike one); the evidence only with --verbose.
  CHECK(count_of(run.err, dir + "/通知.txt：已跳过，读来不像进展报告") == 1);
  CHECK(count_of(run.err, "minutes.txt") == 0);
  // The Word report found in the folder is checked as when named: findings at its cells.
  CHECK(place_of(doc, dir + "/区教体中心/进展.DOCX", "lead-unit-matches", "2") == "表1 第3行 牵头单位");
  for (const auto& f : doc["findings"]) CHECK(f["file"] != dir + "/区财政局/minutes.txt");

  // Named on the command line, the same notice is not skipped: a file named must be a report.
  CliRun named = run_cli({"check", "--no-config", "--plan", kPlan, "--as-of", "2023-11-20", dir + "/通知.txt"});
  CHECK(named.exit_code == 2);
}

TEST_CASE("word reports: bad files are named with exit 2, the others still checked", "[cli][word]") {
  if (!reader_for("fixtures/reports/word/jiaoti-2023-11.docx")) return;
  const std::string dir = "tests/data/word-bad";
  CliRun run = run_cli({"check", "--no-config", "--plan", kPlan, "--as-of", "2023-11-20", "--format", "json",
                        dir + "/not-a-zip.docx", dir + "/scan-2023-11.pdf", dir + "/ragged-2023-11.docx",
                        dir + "/区文明办-2023-11-17.docx"});
  CHECK(run.exit_code == 2);
  nlohmann::json doc = nlohmann::json::parse(run.out);
  std::map<std::string, std::string> status;
  for (const auto& f : doc["files"]) status[f["path"]] = f["status"];
  CHECK(status[dir + "/not-a-zip.docx"] == "error");
  CHECK(status[dir + "/scan-2023-11.pdf"] == "error");
  CHECK(status[dir + "/ragged-2023-11.docx"] == "checked");
  CHECK(status[dir + "/区文明办-2023-11-17.docx"] == "checked");
  CHECK(run.err.find("not-a-zip.docx") != std::string::npos);
  CHECK(place_of(doc, dir + "/ragged-2023-11.docx", "report-table", "") == "表1 第3行");
}

TEST_CASE("word reports: import-report writes what check reads; unit and date from the 落款", "[cli][word][import]") {
  const std::string report = "fixtures/reports/word/jiaoti-2023-11.docx";
  if (!reader_for(report)) return;
  CliRun run = run_cli({"import-report", report, "--plan", kPlan});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("unit=\"区教体中心\" submitted=\"2023-11-18\"") != std::string::npos);
  CHECK(run.out.find("<task ref=\"10\" status=\"not-started\">") != std::string::npos);
  CHECK(run.err.find("表1 第9行") != std::string::npos);
}

TEST_CASE("word reports: annotate gives every finding back as a comment at its place", "[cli][word][annotate]") {
  const std::string report = "fixtures/reports/word/jiaoti-2023-11.docx";
  if (!reader_for(report)) return;
  std::string out = make_temp_dir("annotate") + "/jiaoti-批注.docx";
  std::string before = read_file(PLANCHECK_FIXTURE(report));
  CliRun run = run_cli({"annotate", report, "--plan", kPlan, "--as-of", "2023-11-20", "-o", out});
  REQUIRE(run.exit_code == 0);
  CHECK(read_file(PLANCHECK_FIXTURE(report)) == before);
  nlohmann::json doc = check_json({report});
  size_t findings = 0;
  for (const auto& f : doc["findings"]) findings += f["file"] == report;
  std::vector<plancheck::AnchoredComment> comments;
  std::string error;
  REQUIRE(plancheck::read_docx_comments(out, &comments, &error));
  CHECK(comments.size() == findings);
  bool lead_on_cell = false;
  for (const auto& c : comments)
    if (c.text.find("[lead-unit-matches]") != std::string::npos && c.in_table && c.anchored_text == "区政工部")
      lead_on_cell = true;
  CHECK(lead_on_cell);
  // -o the report itself: refused.
  CHECK(run_cli({"annotate", report, "--plan", kPlan, "-o", report}).exit_code == 2);
}

TEST_CASE("text reports: a finding's place is its line, and XML reports have none", "[cli][word]") {
  std::string dir = make_temp_dir("text-report");
  write_file(dir + "/区社保中心.txt",
             "区社保中心关于示范区创建工作进展情况的报告\n\n一、工作进展\n今年以来，举办专场招聘会*场。\n\n区社保中心\n2023年11月16日\n");
  nlohmann::json doc = check_json({dir + "/区社保中心.txt", "fixtures/reports/004/wenlv-2023-11.xml"});
  CHECK(place_of(doc, dir + "/区社保中心.txt", "placeholder-figure", "") == "第4行");
  for (const auto& f : doc["findings"])
    if (f["file"] == "fixtures/reports/004/wenlv-2023-11.xml") CHECK_FALSE(f.contains("place"));
  // No unit and no date anywhere: exit 2, named; never a guess.
  write_file(dir + "/report.txt", "工作进展\n今年以来，举办专场招聘会2场。\n");
  CliRun run = run_cli({"check", "--no-config", "--plan", kPlan, dir + "/report.txt"});
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("找不到报送单位") != std::string::npos);
  CHECK(run_cli({"check", "--no-config", "--plan", kPlan, "--unit", "区社保中心", "--submitted", "2023-11-16",
                 "--as-of", "2023-11-20", dir + "/report.txt"})
            .exit_code != 2);
}

TEST_CASE("import-report: a numbered heading is not glued onto the paragraph after it", "[cli][import]") {
  std::string dir = make_temp_dir("heading");
  write_file(dir + "/r.txt", "工作总结\n\n一、主要做法\n今年以来，我们开展培训3次。\n二、存在问题\n经费不足。\n");
  CliRun run = run_cli({"import-report", dir + "/r.txt", "--plan", "X", "--unit", "区财政局", "--submitted", "2023-11-20"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("<p>一、主要做法</p>") != std::string::npos);
  CHECK(run.out.find("<p>今年以来，我们开展培训3次。</p>") != std::string::npos);
  CHECK(run.out.find("一、主要做法今年") == std::string::npos);
}

TEST_CASE("web-page reports: a target is judged by the figure the progress cell states in its own words",
          "[cli][word][targets]") {
  // A county water bureau's table: the metric with a verb before it and its scope word left out
  // (已铺设供水管网 for 农村供水管网), 亿元 for a target in 万元, the measure word alone.
  std::string dir = make_temp_dir("targets-html");
  const std::string plan = "rules/tests/plan-targets-water.xml";
  auto row = [](const char* ref, const char* title, const char* lead, const char* progress, const char* status) {
    return std::string("<tr><td>") + ref + "</td><td>" + title + "</td><td>" + lead + "</td><td>" + progress +
           "</td><td>" + status + "</td></tr>\n";
  };
  write_file(dir + "/县水利局.html",
             "<html><head><meta charset=\"utf-8\"><title>县水利局关于2024年农村基础设施提升行动推进情况的报告</title></head>"
             "<body><h1>县水利局关于2024年农村基础设施提升行动推进情况的报告</h1>\n"
             "<p>报送单位：县水利局　报送日期：2024年12月20日</p>\n<table border=\"1\">\n"
             "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>进展情况</td><td>完成情况</td></tr>\n" +
                 row("1", "延伸农村供水管网", "县水利局", "截至12月，已铺设供水管网186公里，其中城区40公里。", "已完成") +
                 row("2", "完善农村公路网", "县交通运输局", "累计完成农村公路建设投资0.62亿元，同比增长8%。", "已完成") +
                 row("3", "建设乡镇污水处理站", "县住房城乡建设局", "已完成9座，另有2座正在调试。", "推进中") +
                 row("4", "农村供水管网建设（二期）", "县水利局", "全年新建农村供水管网80公里，累计完成120公里。", "推进中") +
                 "</table>\n<p>县水利局</p><p>2024年12月20日</p></body></html>\n");
  CliRun run = run_cli({"check", "--no-config", "--plan", plan, "--as-of", "2024-12-20", "--format", "json",
                        dir + "/县水利局.html"});
  INFO(run.err);
  nlohmann::json doc = nlohmann::json::parse(run.out);
  std::multiset<Key> found;
  std::map<std::string, std::string> message;
  for (const auto& f : doc["findings"]) {
    const std::string rule = f["rule"];
    if (rule != "target-met" && rule != "metric-for-target") continue;
    const std::string task = f["task"].is_null() ? "" : f["task"].get<std::string>();
    found.insert({rule, task, f["severity"]});
    message[rule + task] = f["message"];
  }
  // 186 公里 < 200: done, an error; 0.62亿元 = 6200万元 ≥ 5000 (the growth rate is no level);
  // 9座 < 10 in progress (the 2 being tested are others); 80 and 120 公里 both could be it: asked.
  CHECK(found == std::multiset<Key>{{"target-met", "1", "error"},
                                    {"target-met", "3", "warning"},
                                    {"metric-for-target", "4", "warning"}});
  CHECK(message["target-met1"].find("186公里") != std::string::npos);
  CHECK(message["metric-for-target4"].find("80公里、120公里") != std::string::npos);
  CHECK(place_of(doc, dir + "/县水利局.html", "target-met", "1") == "表1 第2行 进展情况");
}
