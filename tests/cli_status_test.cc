// `plancheck status` through the real binary, on fixtures/status/004: several units, several
// periods per unit, at two as-of dates (see fixtures/status/004/EXPECTED.md).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utf8proc.h>

#include "cli.h"

using namespace plancheck_test;
using nlohmann::json;

namespace {

const std::string kPlan004 = "fixtures/plans/004-liaocheng.xml";
const std::string kReports = "fixtures/status/004";
const std::string kPlanId = "聊江委办发〔2023〕5号";

json status_json(const std::string& as_of, int expected_exit = -1) {
  CliRun run = run_cli({"status", "--plan", kPlan004, "--as-of", as_of, "--format", "json", kReports});
  INFO(run.err);
  if (expected_exit >= 0) CHECK(run.exit_code == expected_exit);
  return json::parse(run.out);
}

const json& cell(const json& doc, const std::string& task, const std::string& unit) {
  for (const json& c : doc["cells"])
    if (c["task"] == task && c["unit"] == unit) return c;
  FAIL("no cell for task " << task << " and " << unit);
  throw;
}

std::string report(const std::string& name) { return kReports + "/" + name; }

const std::vector<std::string> kUnitsWithoutReport = {
    "区住建局", "区农业农村局", "区经济发展局", "区发展与统计服务中心",
    "区财政局", "市自然资源和规划局度假区分局", "区卫计局", "区社会发展局"};

// Columns on a terminal, computed here independently of the code under test.
size_t columns(const std::string& text) {
  size_t width = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t code = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &code);
    REQUIRE(n > 0);
    width += static_cast<size_t>(utf8proc_charwidth(code));
    p += n;
    left -= n;
  }
  return width;
}

struct Token {
  std::string text;
  size_t start = 0, end = 0;  // display columns
  size_t byte_end = 0;
};

std::vector<Token> tokens_of(const std::string& line) {
  std::vector<Token> tokens;
  size_t at = 0;
  while (at < line.size()) {
    if (line[at] == ' ') {
      ++at;
      continue;
    }
    size_t stop = line.find(' ', at);
    if (stop == std::string::npos) stop = line.size();
    Token token;
    token.text = line.substr(at, stop - at);
    token.start = columns(line.substr(0, at));
    token.end = token.start + columns(token.text);
    token.byte_end = stop;
    tokens.push_back(token);
    at = stop;
  }
  return tokens;
}

// The matrix of the text view: from the header row (first word 单位) through the last
// per-task total row (first word 临期).
std::vector<std::vector<Token>> matrix_rows(const std::string& out) {
  std::vector<std::vector<Token>> rows;
  std::istringstream lines(out);
  std::string line;
  bool inside = false;
  while (std::getline(lines, line)) {
    std::vector<Token> tokens = tokens_of(line);
    if (tokens.empty()) continue;
    if (tokens[0].text == "单位") inside = true;
    if (!inside) continue;
    rows.push_back(tokens);
    if (tokens[0].text == "临期") break;
  }
  return rows;
}

const std::vector<Token>& row_of(const std::vector<std::vector<Token>>& rows, const std::string& first) {
  for (const auto& row : rows)
    if (row[0].text == first) return row;
  FAIL("no row " << first);
  throw;
}

// The row's words from column `from` on (after the unit name and the task cells).
std::vector<std::string> words(const std::vector<Token>& row, size_t from, size_t count) {
  std::vector<std::string> out;
  for (size_t i = from; i < from + count && i < row.size(); ++i) out.push_back(row[i].text);
  return out;
}

}  // namespace

TEST_CASE("status JSON as of 2023-11-20: latest reports, history, missing units, upcoming", "[cli][status]") {
  json doc = status_json("2023-11-20", 0);  // nothing overdue: exit 0 under the default --fail-on error
  CHECK(doc["as_of"] == "2023-11-20");
  CHECK(doc["plans"] == json::array({kPlanId}));
  CHECK(doc["cells"].size() == 53);  // every task × unit it names, collective names left out

  const json& zgb3 = cell(doc, "3", "区政工部");
  CHECK(zgb3["plan"] == kPlanId);
  CHECK(zgb3["role"] == "lead");
  CHECK(zgb3["state"] == "in-progress");
  CHECK(zgb3["report"] == report("zhenggongbu-2023-11.xml"));
  CHECK(zgb3["deadline"] == "2023-11-30");
  CHECK(zgb3["due_soon"] == true);
  CHECK(zgb3["overdue"] == false);
  REQUIRE(zgb3["history"].size() == 1);
  CHECK(zgb3["history"][0]["report"] == report("zhenggongbu-2023-09.xml"));
  CHECK(zgb3["history"][0]["state"] == "not-started");

  const json& wmb3 = cell(doc, "3", "区文明办");
  CHECK(wmb3["state"] == "done");
  CHECK(wmb3["due_soon"] == false);  // never for a done cell

  // 区　社保中心 (ideographic space) is 区社保中心; its November report leaves task 3 out.
  const json& sb3 = cell(doc, "3", "区社保中心");
  CHECK(sb3["role"] == "responsible");
  CHECK(sb3["state"] == "missing");
  CHECK(sb3["report"] == report("shebao-2023-11.xml"));
  CHECK(sb3["due_soon"] == true);
  REQUIRE(sb3["history"].size() == 1);
  CHECK(sb3["history"][0]["state"] == "in-progress");
  CHECK(cell(doc, "6", "区社保中心")["state"] == "done");

  CHECK(cell(doc, "14", "区政工部")["state"] == "missing");
  CHECK(cell(doc, "14", "区政工部")["history"][0]["state"] == "in-progress");
  CHECK(cell(doc, "6", "区政工部")["state"] == "blocked");
  CHECK(cell(doc, "2", "区教体中心")["state"] == "blocked");

  // zongzhiban-2023-q3.xml sorts after zongzhiban-2023-11.xml but was submitted earlier.
  const json& zzb11 = cell(doc, "11", "区综治办");
  CHECK(zzb11["state"] == "done");
  CHECK(zzb11["report"] == report("zongzhiban-2023-11.xml"));
  CHECK(zzb11["history"][0]["report"] == report("zongzhiban-2023-q3.xml"));
  CHECK(zzb11["history"][0]["state"] == "in-progress");

  CHECK(cell(doc, "8", "市公安局度假区分局")["report"] == report("gongan-2023-09.xml"));
  const json& nyj5 = cell(doc, "5", "区农业农村局");
  CHECK(nyj5["state"] == "missing");
  CHECK(nyj5["report"].is_null());
  CHECK(nyj5["history"].empty());
  CHECK(nyj5["deadline"].is_null());

  for (const json& c : doc["cells"]) {
    CHECK(c["unit"] != "各镇（街道）");
    CHECK(c["unit"] != "凤凰街道");
    CHECK(c["overdue"] == false);
  }
  CHECK(doc["units_without_report"] == json(kUnitsWithoutReport));  // 区卫计局's report cites 99号

  REQUIRE(doc["upcoming"].size() == 2);
  CHECK(doc["upcoming"][0]["date"] == "2023-11-30");
  CHECK(doc["upcoming"][0]["task"] == "3");
  CHECK(doc["upcoming"][0]["text"] == "2023年11月底前");
  CHECK(doc["upcoming"][0]["days_left"] == 10);
  CHECK(doc["upcoming"][1]["date"] == "2023-11-30");
  CHECK(doc["upcoming"][1]["task"].is_null());
  CHECK(doc["upcoming"][1]["text"] == "2023年11月底前要取得阶段性成果");
}

TEST_CASE("status JSON as of 2023-12-01: task 3 is overdue where not done, nothing ahead", "[cli][status]") {
  json doc = status_json("2023-12-01", 1);  // overdue cells fail the run
  CHECK(cell(doc, "3", "区政工部")["overdue"] == true);
  CHECK(cell(doc, "3", "区政工部")["due_soon"] == false);
  CHECK(cell(doc, "3", "区社保中心")["overdue"] == true);  // a missing cell can be overdue
  CHECK(cell(doc, "3", "区文明办")["overdue"] == false);   // done
  int overdue = 0;
  for (const json& c : doc["cells"]) overdue += c["overdue"].get<bool>() ? 1 : 0;
  CHECK(overdue == 2);
  CHECK(doc["units_without_report"] == json(kUnitsWithoutReport));
  CHECK(doc["upcoming"].empty());
}

TEST_CASE("status exit status follows --fail-on over overdue, missing and due-soon cells", "[cli][status]") {
  auto exit_of = [](const std::string& as_of, const std::string& fail_on) {
    return run_cli({"status", "--plan", kPlan004, "--as-of", as_of, "--fail-on", fail_on, kReports}).exit_code;
  };
  CHECK(exit_of("2023-11-20", "error") == 0);
  CHECK(exit_of("2023-11-20", "warning") == 1);  // missing and due-soon cells
  CHECK(exit_of("2023-12-01", "error") == 1);
  CHECK(exit_of("2023-12-01", "never") == 0);
}

TEST_CASE("status text: totals per unit and per task at two as-of dates", "[cli][status]") {
  CliRun before = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", kReports});
  CHECK(before.exit_code == 0);
  auto rows = matrix_rows(before.out);
  REQUIRE(rows.size() == 1 + 15 + 7);  // header, 15 units, 7 per-task total rows
  const size_t tasks = 14;
  CHECK(words(rows[0], 1 + tasks, 7) ==
        std::vector<std::string>{"完", "进", "未", "阻", "缺", "逾", "临"});
  const auto& zgb = row_of(rows, "区政工部");
  CHECK(zgb[3].text == "进*");  // task 3: in progress, due soon
  CHECK(zgb[2].text == "-");      // task 2 does not name 区政工部
  CHECK(words(zgb, 1 + tasks, 7) == std::vector<std::string>{"4", "7", "0", "1", "1", "0", "1"});
  CHECK(words(row_of(rows, "区农业农村局"), 1 + tasks, 7) ==
        std::vector<std::string>{"0", "0", "0", "0", "1", "0", "0"});
  // Task 3 (column 3): 文明办 done, 政工部 in progress, 社保中心 missing; two due soon.
  CHECK(row_of(rows, "已完成")[3].text == "1");
  CHECK(row_of(rows, "进行中")[3].text == "1");
  CHECK(row_of(rows, "缺报")[3].text == "1");
  CHECK(row_of(rows, "逾期")[3].text == "0");
  CHECK(row_of(rows, "临期")[3].text == "2");
  CHECK(row_of(rows, "缺报")[5].text == "5");  // task 5: six units, only 区政工部 reported
  CHECK(before.out.find("各镇（街道）、区直各部门") != std::string::npos);  // collective names, shown as such
  CHECK(before.out.find("任务未单列的报送单位：凤凰街道") != std::string::npos);
  CHECK(before.out.find("没有报告的单位（8）：区住建局、区农业农村局") != std::string::npos);
  CHECK(before.out.find("所引方案未载入的报告：fixtures/status/004/weiji-2023-11.xml (聊江委办发〔2023〕99号)") !=
        std::string::npos);
  CHECK(before.out.find("2023-11-30  还剩 10 天  任务 3  2023年11月底前") != std::string::npos);
  CHECK(before.out.find("共 53 个单元格：") != std::string::npos);

  CliRun after = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-12-01", kReports});
  CHECK(after.exit_code == 1);
  rows = matrix_rows(after.out);
  CHECK(row_of(rows, "区政工部")[3].text == "进!");
  CHECK(row_of(rows, "区社保中心")[3].text == "缺!");  // missing and overdue
  CHECK(words(row_of(rows, "区政工部"), 1 + tasks, 7) ==
        std::vector<std::string>{"4", "7", "0", "1", "1", "1", "0"});
  CHECK(row_of(rows, "逾期")[3].text == "2");
  CHECK(row_of(rows, "临期")[3].text == "0");
  CHECK(after.out.find("即将到来的期限与里程碑：无") != std::string::npos);
}

TEST_CASE("status text: the matrix lines up by display width with Chinese names", "[cli][status]") {
  CliRun run = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", kReports});
  auto rows = matrix_rows(run.out);
  REQUIRE(rows.size() > 2);
  const std::vector<Token>& header = rows[0];
  bool bytes_would_differ = false;
  for (const auto& row : rows) {
    REQUIRE(row.size() <= header.size());
    CHECK(row[0].start == header[0].start);  // unit names aligned left
    for (size_t c = 1; c < row.size(); ++c) {
      INFO("row " << row[0].text << ", column " << c << " (" << row[c].text << ")");
      CHECK(row[c].end == header[c].end);  // counts and states aligned right
      if (row[c].byte_end != header[c].byte_end) bytes_would_differ = true;
    }
  }
  // Chinese in the rows makes byte offsets disagree: this test could tell padding by bytes.
  CHECK(bytes_would_differ);
}

TEST_CASE("status: an unreadable report is exit 2 with its position, the rest still shown", "[cli][status]") {
  std::string dir = make_temp_dir("status-broken");
  write_file(dir + "/a.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<report xmlns=\"urn:plancheck:report:1\" plan=\"" + kPlanId +
                 "\" unit=\"区文明办\" submitted=\"2023-11-01\">\n"
                 "  <task ref=\"3\" status=\"done\"><lead>区政工部</lead></task>\n</report>\n");
  write_file(dir + "/b.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:plancheck:report:1\">\n  <task>\n");
  CliRun text = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", dir});
  CHECK(text.exit_code == 2);
  CHECK(text.out.find(dir + "/b.xml:") != std::string::npos);
  CHECK(row_of(matrix_rows(text.out), "区文明办")[3].text == "完");

  CliRun js = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "json", dir});
  CHECK(js.exit_code == 2);
  CHECK(js.err.find(dir + "/b.xml:") != std::string::npos);
  json doc = json::parse(js.out);
  CHECK(cell(doc, "3", "区文明办")["state"] == "done");
}

TEST_CASE("status --lang en uses English words in the matrix", "[cli][status]") {
  CliRun run = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-12-01", "--lang", "en", kReports});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("P!") != std::string::npos);
  CHECK(run.out.find("Units with no report (8): 区住建局, 区农业农村局") != std::string::npos);
  CHECK(run.out.find("Deadlines and milestones ahead: none") != std::string::npos);
}

TEST_CASE("check --format html has the status matrix as a section", "[cli][status][html]") {
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-12-01", "--format", "html", kReports});
  REQUIRE(run.out.find("<section id=\"status\">") != std::string::npos);
  // Task 3 of 区政工部: in progress and overdue, its history in the cell's title.
  size_t row = run.out.find("<tr data-unit=\"区政工部\"><td class=\"unit\">", run.out.find("<section id=\"status\">"));
  REQUIRE(row != std::string::npos);
  size_t task3 = run.out.find("data-task=\"3\"", row);
  REQUIRE(task3 != std::string::npos);
  std::string cell = run.out.substr(run.out.rfind("<td", task3), run.out.find("</td>", task3) - run.out.rfind("<td", task3));
  CHECK(cell.find("class=\"state-in-progress overdue\"") != std::string::npos);
  CHECK(cell.find("此前 2023-09-15 未开始") != std::string::npos);
  CHECK(cell.find(">进!") != std::string::npos);
  CHECK(run.out.find("没有报告的单位（8）：区住建局、") != std::string::npos);
  CHECK(count_of(run.out, "<tr data-unit=") >= 15);

  // Other formats do not compute it.
  CliRun json_run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-12-01", "--format", "json", kReports});
  CHECK(json_run.out.find("status-matrix") == std::string::npos);
}

TEST_CASE("status reads the reports check reads: Word and PDF, and passes over cited evidence", "[cli][status]") {
  // A unit's report written in Word (and the same as PDF) counts in the matrix as its XML would.
  CliRun word = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "json",
                         "fixtures/reports/word"});
  INFO(word.err);
  CHECK(word.exit_code == 0);
  json doc = json::parse(word.out);
  CHECK(cell(doc, "6", "区教体中心")["state"] == "done");
  CHECK(cell(doc, "1", "区教体中心")["state"] == "in-progress");
  // A folder whose attachments/ holds the .txt evidence its reports cite: no error, exit as the cells say.
  CliRun folder = run_cli({"status", "--plan", kPlan004, "--as-of", "2023-11-20", "fixtures/reports/004"});
  CHECK(folder.err.find("attachments") == std::string::npos);
  CHECK(folder.out.find("attachments") == std::string::npos);
  CHECK(folder.exit_code != 2);
}
