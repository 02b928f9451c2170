// Hostile and broken documents through every command (trust19): never a crash, never silence,
// never clean. The inputs are made here or kept in tests/data/hostile/ (made by
// tests/probes/trust19/make_hostile.py, which also makes the large ones the matrix measures).
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

const std::string kPlan = "fixtures/plans/004-liaocheng.xml";
const std::string kGood = "fixtures/status/004/shebao-2023-11.xml";

std::string hostile(const std::string& name) { return PLANCHECK_FIXTURE("tests/data/hostile/" + name); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("status reads a Word report as check does, never as XML", "[cli][trust19]") {
  // Before: every .docx, PDF, web page or text file given to status was parsed as XML
  // ("不是有效的 UTF-8 字节"), so a folder of the units' Word reports could not be seen at all.
  CliRun run = run_cli({"status", "--plan", kPlan, "--as-of", "2023-11-20", "--format", "json",
                        "fixtures/reports/word/jiaoti-2023-11.docx"});
  INFO(run.err);
  CHECK(run.exit_code != 2);
  CHECK_FALSE(has(run.err, "UTF-8"));
  nlohmann::json status = nlohmann::json::parse(run.out);
  bool reported = false;
  for (const auto& cell : status["cells"])
    if (cell["unit"] == "区教体中心" && cell["state"] != "missing") reported = true;
  CHECK(reported);
}

TEST_CASE("status: a broken Word file is named with the reader's reason, the other reports still counted",
          "[cli][trust19]") {
  CliRun run = run_cli({"status", "--plan", kPlan, "--as-of", "2023-11-20", "--lang", "en", "--format", "json",
                        hostile("truncated.docx"), kGood});
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "truncated.docx:1:1: not a valid Word document"));
  CHECK_FALSE(has(run.err, "UTF-8"));
  bool counted = false;  // shebao's report of task 6 is still in the matrix
  nlohmann::json status = nlohmann::json::parse(run.out);
  for (const auto& cell : status["cells"])
    if (cell["unit"] == "区社保中心" && cell["task"] == "6" && cell["state"] != "missing") counted = true;
  CHECK(counted);
  // A document found in a folder that is no report (the plan as .docx) is skipped and named.
  std::string dir = make_temp_dir("status-folder");
  std::filesystem::copy_file(PLANCHECK_FIXTURE(kGood), dir + "/shebao.xml");
  write_file(dir + "/方案.txt", "关于印发某县重点工作任务分工方案的通知\n一、推进老旧小区改造\n");
  CliRun folder = run_cli({"status", "--plan", kPlan, "--as-of", "2023-11-20", dir});
  INFO(folder.out << folder.err);
  CHECK(folder.exit_code != 2);
  CHECK(has(folder.err, "方案.txt：已跳过，读来不像进展报告"));  // as check words it
}

TEST_CASE("an empty file of any kind is refused as empty, by every reader", "[cli][trust19]") {
  // Before: "named .docx but not a zip", "not a PDF", or for text and web pages "no 报送单位" —
  // a reason about the content of a file that has none.
  for (const char* name : {"zero.docx", "zero.pdf", "zero.txt", "zero.html"}) {
    INFO(name);
    CliRun check = run_cli({"check", "--plan", kPlan, "--as-of", "2023-11-20", hostile(name), kGood});
    CHECK(check.exit_code == 2);
    CHECK(has(check.out, std::string(name) + ":1:1: 文件为空（0 字节）"));
    CHECK(has(check.out, "shebao-2023-11.xml"));  // the other report is still checked
    CliRun plan = run_cli({"import-plan", "--review", "none", "--lang", "en", hostile(name)});
    CHECK(plan.exit_code == 2);
    CHECK(has(plan.err, "the file is empty (0 bytes)"));
    CHECK(plan.out.empty());
  }
}

TEST_CASE("a document of blank paragraphs holds nothing to check: exit 2, never clean", "[cli][trust19]") {
  std::string dir = make_temp_dir("blank-doc");
  write_file(dir + "/blank-2023-11-20.txt", "\n   \n\xE3\x80\x80\xE3\x80\x80\n\t\n");
  CliRun run = run_cli({"check", "--plan", kPlan, "--as-of", "2023-11-20", "--unit", "区教体中心",
                        dir + "/blank-2023-11-20.txt"});
  CHECK(run.exit_code == 2);
  CHECK(has(run.out, "文件中没有文字（只有空白），无法检查"));
  // Near miss: one visible character after the blank lines is text, read as usual.
  write_file(dir + "/one.txt", "\n   \n区教体中心关于11月工作情况的报告\n");
  CliRun one = run_cli({"import-report", "--plan", kPlan, "--submitted", "2023-11-20", dir + "/one.txt"});
  CHECK_FALSE(has(one.err, "没有文字"));
}

TEST_CASE("a paragraph over 1 MB is refused naming its line; the importers never walk it", "[cli][trust19]") {
  // Before: a 200 MB paragraph took check 53 s and 1.5 GB, and import-plan past two minutes.
  std::string dir = make_temp_dir("long-paragraph");
  const std::string sentence = "已在全区中小学开展主题班会120场，覆盖学生3.2万人；";
  std::string line, short_line;
  while (line.size() < (size_t{3} << 20) / 2) line += sentence;
  while (short_line.size() < (size_t{200} << 10)) short_line += sentence;
  write_file(dir + "/long.txt", "区教体中心关于2023年11月重点任务推进情况的报告\n报送单位：区教体中心\n\n" + line + "\n");
  CliRun run = run_cli({"check", "--plan", kPlan, "--as-of", "2023-11-20", dir + "/long.txt", kGood});
  CHECK(run.exit_code == 2);
  CHECK(has(run.out, "long.txt:1:1: 第4行过长（约 2 MB，一段最多 1 MB），不是正常的正文，已拒绝读取"));
  CHECK(has(run.out, "shebao-2023-11.xml"));
  CliRun plan = run_cli({"import-plan", "--review", "none", "--lang", "en", dir + "/long.txt"});
  CHECK(plan.exit_code == 2);
  CHECK(has(plan.err, "line 4 is too long (about 2 MB; at most 1 MB a paragraph)"));
  // Near miss: a long paragraph under the limit (200 KB) is read.
  write_file(dir + "/200k.txt", "区教体中心关于2023年11月重点任务推进情况的报告\n报送单位：区教体中心\n\n" +
                                    short_line + "\n");
  CliRun ok = run_cli({"import-report", "--plan", kPlan, "--submitted", "2023-11-20", dir + "/200k.txt"});
  CHECK_FALSE(has(ok.err, "过长"));
}

TEST_CASE("import-plan of a document with no task is exit 2 and writes nothing", "[cli][trust19]") {
  // Before: exit 0 and a <plan> with no task, against which every report checks nothing.
  std::string dir = make_temp_dir("no-task-plan");
  write_file(dir + "/letter.txt", "关于报送材料的通知\n各单位：\n请于本周五前报送上月工作情况。\n某县人民政府办公室\n2023年5月30日\n");
  CliRun run = run_cli({"import-plan", "--review", "none", dir + "/letter.txt", "-o", dir + "/plan.xml"});
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "letter.txt: 没有读出任何任务"));
  CHECK_FALSE(std::filesystem::exists(dir + "/plan.xml"));
  // Near miss: one numbered task is a plan.
  write_file(dir + "/plan.txt", "关于印发某县重点工作任务分工方案的通知\n某政办发〔2023〕7号\n一、推进老旧小区改造\n"
                                "（牵头单位：县住建局）2023年11月底前完成。\n");
  CHECK(run_cli({"import-plan", "--review", "none", dir + "/plan.txt", "-o", dir + "/plan.xml"}).exit_code == 0);
}

TEST_CASE("import-plan --review-json on a full device: exit 2 with the reason", "[cli][trust19]") {
  // Before: the review went through an ofstream whose failure at close was never seen: exit 0.
  std::string dir = make_temp_dir("review-json-full");
  write_file(dir + "/plan.txt", "关于印发某县重点工作任务分工方案的通知\n某政办发〔2023〕7号\n一、推进老旧小区改造\n"
                                "（牵头单位：县住建局）2023年11月底前完成。\n");
  CliRun run = run_cli({"import-plan", "--review", "none", dir + "/plan.txt", "-o", dir + "/plan.xml",
                        "--review-json", "/dev/full"});
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "/dev/full"));
}

TEST_CASE("a folder's link to nothing and loop of links are named, never passed over", "[cli][trust19]") {
  // Before: a dangling or looping link named like a report was neither read, skipped nor
  // named: a folder of such links alone was "no report found", and beside a report, silence.
  std::string dir = make_temp_dir("folder-links");
  std::filesystem::copy_file(PLANCHECK_FIXTURE(kGood), dir + "/shebao.xml");
  REQUIRE(symlink("gone.xml", (dir + "/dangling.xml").c_str()) == 0);
  REQUIRE(symlink("loop-b.xml", (dir + "/loop-a.xml").c_str()) == 0);
  REQUIRE(symlink("loop-a.xml", (dir + "/loop-b.xml").c_str()) == 0);
  REQUIRE(mkfifo((dir + "/pipe.xml").c_str(), 0644) == 0);  // never opened: it would block the run
  CliRun run = run_cli({"check", "--plan", kPlan, "--as-of", "2023-11-20", "--verbose", dir});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 2);
  CHECK(has(run.out, "dangling.xml:1:1"));
  CHECK(has(run.out, "loop-a.xml:1:1"));
  CHECK(has(run.out, "shebao.xml"));
  CHECK(has(run.out + run.err, "pipe.xml"));
}

TEST_CASE("a .doc named on the command line is converted, never parsed as XML", "[cli][trust19]") {
  // Before: check read it as report XML: "不是有效的 UTF-8 字节".
  CliRun run = run_cli({"check", "--plan", kPlan, "--as-of", "2023-11-20", "tests/data/sources/merged-table.doc"});
  INFO(run.out << run.err);
  CHECK_FALSE(has(run.out + run.err, "UTF-8"));
  CHECK(run.exit_code == 2);  // a plan's table, not a report: named as such, with the reason
}

TEST_CASE("a file named with a leading - is read as an option: the error says how to name it", "[cli][trust19]") {
  std::string dir = make_temp_dir("dash-name");
  std::filesystem::copy_file(PLANCHECK_FIXTURE(kGood), dir + "/-shebao.xml");
  CliRun run = run_cli({"check", "--plan", PLANCHECK_FIXTURE(kPlan), "--as-of", "2023-11-20", "-shebao.xml"}, dir);
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "“-shebao.xml”是文件吗？以 - 开头的文件名请写作 ./-shebao.xml，或放在 -- 之后"));
  // Written so, it is checked.
  CHECK(run_cli({"check", "--plan", PLANCHECK_FIXTURE(kPlan), "--as-of", "2023-11-20", "./-shebao.xml"}, dir).exit_code != 2);
  CHECK(run_cli({"check", "--plan", PLANCHECK_FIXTURE(kPlan), "--as-of", "2023-11-20", "--", "-shebao.xml"}, dir).exit_code != 2);
  // Near miss: a misspelt option that names no file gets no such hint.
  CliRun option = run_cli({"check", "--plan", PLANCHECK_FIXTURE(kPlan), "-shebao", "./-shebao.xml"}, dir);
  CHECK_FALSE(has(option.err, "是文件吗"));
}

TEST_CASE("a web page nested past libxml2's 256 levels loses no text in silence", "[cli][trust19]") {
  // libxml2's HTML parser stops at depth 256 ("Excessive depth in document") and, recovering,
  // keeps what came before: source_html.cc refuses the page rather than lose the rest.
  std::string dir = make_temp_dir("deep-html");
  // A report page whose second paragraph sits `depth` <div>s deep, a third after them.
  auto import_nested = [&](int depth) {
    std::string page = "<html><head><meta charset=\"utf-8\"></head><body><p>区教体中心关于2023年11月重点任务推进情况的报告</p>";
    for (int i = 0; i < depth; ++i) page += "<div>";
    page += "<p>深处的段落</p>";
    for (int i = 0; i < depth; ++i) page += "</div>";
    const std::string path = dir + "/deep" + std::to_string(depth) + ".html";
    write_file(path, page + "<p>之后的段落：已完成120场。</p></body></html>");
    return run_cli({"import-report", "--plan", kPlan, "--unit", "区教体中心", "--submitted", "2023-11-20", path});
  };
  CliRun run = import_nested(300);
  // Refused, naming the depth; a page nested less deep is read to its end.
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "嵌套过深"));
  CliRun ok = import_nested(100);
  CHECK(has(ok.out, "之后的段落"));
}
