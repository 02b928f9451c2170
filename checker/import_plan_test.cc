// import_plan: a plan's text → plan XML, case by case on short texts in the two seed
// styles. The whole seeds are compared with fixtures/plans/ in tests/cli_import_test.cc.
#include "import_plan.h"

#include <random>
#include <sstream>

#include <catch2/catch.hpp>

#include "document.h"
#include "engine.h"
#include "import_report.h"
#include "import_test_util.h"
#include "plan_review.h"
#include "schema.h"

using namespace plancheck;

namespace {

std::string text(const pugi::xml_document& xml, const char* xpath) {
  auto all = texts(xml, xpath);
  return all.empty() ? "<none>" : all.front();
}

// A table row of one-line cells, in columns 1, 2, … as a reader gives them.
std::vector<SourceCell> row(std::vector<std::string> cells) {
  std::vector<SourceCell> out;
  for (size_t i = 0; i < cells.size(); ++i) out.push_back({cells[i], static_cast<int>(i + 1), 1, false});
  return out;
}

std::vector<int> warning_lines(const PlanImport& result) {
  std::vector<int> lines;
  for (const ImportWarning& w : result.warnings) lines.push_back(w.line);
  return lines;
}

// Seed 004's style: 〔牵头单位：…；责任单位：…〕, a word broken across lines, a list closed
// by "]", the budget and the milestone in an unnumbered 保障措施 paragraph.
const char* const kLiaochengStyle =
    "中共某区委办公室文件\n"                                     // 1
    "\n"                                                         // 2
    "某办发〔2023〕7号\n"                                         // 3
    "\n"                                                         // 4
    "中共某区委办公室\n"                                          // 5
    "某区管理委员会办公室\n"                                      // 6
    "2023年5月30日\n"                                            // 7
    "\n"                                                         // 8
    "（此件公开发布）\n"                                          // 9
    "\n"                                                         // 10
    "某区铸牢中华民族共同体意识示范区创建工作实施方案\n"          // 11
    "\n"                                                         // 12
    "一、总体要求\n"                                              // 13
    "\n"                                                         // 14
    "1. 意识深入人心。引导全区各族群众牢固树立共同体理念。\n"     // 15
    "\n"                                                         // 16
    "二、主要任务\n"                                              // 17
    "\n"                                                         // 18
    "（一）构建大宣教格局\n"                                      // 19
    "\n"                                                         // 20
    "1. 建设教育实践基地。加强基地建设，2023年11月底前打造至少1处市级铸牢中华民族共同体意识教育实践基地。〔牵头单位：区政工部、区经济发\n"  // 21
    "\n"                                                         // 22
    "展局；责任单位：区社保中心，各镇（街道）]\n"                // 23
    "\n"                                                         // 24
    "三、保障措施\n"                                              // 25
    "\n"                                                         // 26
    "（一）强化工作保障。把示范创建工作经费列入同级财政预算予以保障。各部门要高标准推进，2023年11月底前要取得阶段性成果。\n";  // 27

// Seed 003's style: （责任单位：…） only, numbers running on under 保障措施, a task of one
// sentence, a yearly deadline, a budget clause inside a task, a prefixed unit name.
const char* const kBenxiStyle =
    "\n"
    "某高党政办发〔2021〕35号\n"
    "某高新区党政综合办公室印发《关于\n"
    "\n"
    "开展创建工作的实施方案》的通知\n"
    "\n"
    "各街道党工委：\n"
    "    经党工委同意，现将方案印发给你们。\n"
    "\n"
    "                       某高新区党政综合办公室\n"
    "                               2021年7月28日\n"
    "\n"
    "关于开展创建工作\n"
    "\n"
    "的实施方案\n"
    "\n"
    "    一、工作任务\n"
    "\n"
    "    （一）持续深化教育\n"
    "    1.推动教育常态化。以每年9月的宣传月为载体，开展宣传。（责任单位：组织人事部、党群工作部）\n"
    "    2.完善村规民约，加强清真食品管理。（责任单位：党群工作部）\n"
    "　　二、保障措施\n"
    "\n"
    "　　3.加强组织领导。全区创建工作由区党群工作部负责。创建工作经费纳入各级政府年度预算。（责任单位：区直各部门、各街道）\n";

}  // namespace

TEST_CASE("import_plan: 004's style, header to milestone", "[import]") {
  PlanImport result;
  import_plan(kLiaochengStyle, result);
  REQUIRE(result.ok);
  const auto& xml = result.xml;
  CHECK(text(xml, "/plan/@id") == "某办发〔2023〕7号");
  CHECK(text(xml, "/plan/@issued") == "2023-05-30");
  CHECK(text(xml, "/plan/title") == "某区铸牢中华民族共同体意识示范区创建工作实施方案");
  CHECK(text(xml, "/plan/issuer") == "中共某区委办公室");  // the first line of the signature
  // 一、总体要求 holds no task: no section. The goal numbered 1 is not a task.
  CHECK(texts(xml, "/plan/section/@title") == std::vector<std::string>{"二、主要任务"});
  CHECK(texts(xml, "/plan/section/section/@title") == std::vector<std::string>{"（一）构建大宣教格局"});
  CHECK(texts(xml, "//task/@id") == std::vector<std::string>{"1"});
  CHECK(text(xml, "//task/title") == "建设教育实践基地");
  CHECK(text(xml, "//task/text") ==
        "加强基地建设，2023年11月底前打造至少1处市级铸牢中华民族共同体意识教育实践基地。");
  // 区经济发 / 展局 joined; the list closed by "]" read all the same.
  CHECK(texts(xml, "//task/lead") == std::vector<std::string>{"区政工部", "区经济发展局"});
  CHECK(texts(xml, "//task/responsible") == std::vector<std::string>{"区社保中心", "各镇（街道）"});
  CHECK(text(xml, "//task/deadline") == "2023-11-30");
  CHECK(text(xml, "//task/deadline/@text") == "2023年11月底前");
  // The metric leaves out the plan's theme, which the title shares.
  CHECK(text(xml, "//task/target/@metric") == "市级教育实践基地");
  CHECK(text(xml, "//task/target/@min") == "1");
  CHECK(text(xml, "//task/target/@unit") == "处");
  CHECK(text(xml, "//task/target/@text") == "至少1处");
  CHECK(texts(xml, "/plan/budget/@text") == std::vector<std::string>{"把示范创建工作经费列入同级财政预算予以保障"});
  CHECK(text(xml, "/plan/budget/@required") == "true");
  CHECK(text(xml, "/plan/milestone/@date") == "2023-11-30");
  CHECK(text(xml, "/plan/milestone/@text") == "2023年11月底前要取得阶段性成果");
  CHECK(texts(xml, "/plan/units/unit/@name") ==
        std::vector<std::string>{"区政工部", "区经济发展局", "区社保中心", "各镇（街道）"});
  CHECK(texts(xml, "/plan/units/unit[@collective='true']/@name") == std::vector<std::string>{"各镇（街道）"});
  // The goal is not silently dropped: a warning names its line.
  CHECK(warning_lines(result) == std::vector<int>{15});
}

TEST_CASE("import_plan: 003's style, responsible units only, numbers running on", "[import]") {
  PlanImport result;
  import_plan(kBenxiStyle, result);
  REQUIRE(result.ok);
  const auto& xml = result.xml;
  CHECK(text(xml, "/plan/@id") == "某高党政办发〔2021〕35号");
  CHECK(text(xml, "/plan/@issued") == "2021-07-28");
  CHECK(text(xml, "/plan/title") == "关于开展创建工作的实施方案");
  CHECK(text(xml, "/plan/issuer") == "某高新区党政综合办公室");
  CHECK(xml.select_nodes("//task/lead").empty());
  CHECK(texts(xml, "/plan/section[@title='二、保障措施']/task/@id") == std::vector<std::string>{"3"});
  CHECK(text(xml, "//task[@id='1']/deadline/@recurs") == "yearly");
  CHECK(text(xml, "//task[@id='1']/deadline/@month") == "9");
  CHECK(text(xml, "//task[@id='1']/deadline") == "");
  // One sentence: it is the title and the text.
  CHECK(text(xml, "//task[@id='2']/title") == "完善村规民约，加强清真食品管理");
  CHECK(text(xml, "//task[@id='2']/text") == "完善村规民约，加强清真食品管理。");
  CHECK(texts(xml, "//task[@id='3']/budget/@text") == std::vector<std::string>{"创建工作经费纳入各级政府年度预算"});
  CHECK(xml.select_nodes("/plan/budget").empty());
  CHECK(xml.select_nodes("/plan/milestone").empty());
  // 区党群工作部 in task 3's text is the listed 党群工作部.
  CHECK(texts(xml, "/plan/units/unit[@name='党群工作部']/alias") == std::vector<std::string>{"区党群工作部"});
  CHECK(xml.select_nodes("/plan/units/unit[@name='组织人事部']/alias").empty());
  CHECK(result.warnings.empty());
}

TEST_CASE("import_plan: structure it does not read is a warning on its line", "[import]") {
  const std::string header = "某办发〔2023〕7号\n中共某区委办公室\n2023年5月30日\n某区工作实施方案\n二、主要任务\n";  // lines 1-5
  PlanImport result;
  import_plan(header +
                  "1. 甲任务。内容。〔牵头单位：区政工部；配合单位：区财政局〕\n"  // 6: 配合单位 is a responsible label
                  "2. 乙任务。内容。〔牵头单位：区政工部、区文明办\n"               // 7: not closed
                  "2. 丙任务。内容。〔牵头单位：区政工部〕\n"                       // 8: number repeated
                  "3. 丁任务。安排专项资金，单独编制预算。〔责任单位：区财政局〕\n",  // 9: 预算 not as required
              result);
  REQUIRE(result.ok);
  REQUIRE(warning_lines(result) == std::vector<int>{7, 8});
  CHECK(result.warnings[0].zh.find("括号没有闭合") != std::string::npos);
  CHECK(result.warnings[1].en.find("repeats line 7") != std::string::npos);
  CHECK(result.warnings[1].place.line == 8);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区财政局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"区政工部", "区文明办"});
  CHECK(result.xml.select_nodes("//budget").empty());
}

TEST_CASE("import_plan: a target names its metric before the figure, as most plans write it", "[import]") {
  PlanImport result;
  import_plan("某政办〔2024〕3号\n某县人民政府办公室\n2024年3月1日\n某县营商环境工作方案\n"
              "1. 提速审批。审批时限压缩至15个工作日以内，网上办理率达到90%以上。（县政务服务中心牵头）\n"
              "2. 稳定就业。登记失业率控制在4%以内，建成就业驿站不少于6个。（县人社局牵头）\n"
              "3. 优化服务。推行帮办代办。（县政务服务中心牵头）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/target/@metric") == std::vector<std::string>{"审批时限", "网上办理率"});
  CHECK(texts(result.xml, "//task[@id='1']/target/@max") == std::vector<std::string>{"15"});
  CHECK(texts(result.xml, "//task[@id='1']/target/@unit") == std::vector<std::string>{"个工作日", "%"});
  CHECK(texts(result.xml, "//task[@id='1']/target/@min") == std::vector<std::string>{"90"});
  CHECK(text(result.xml, "//task[@id='2']/target[1]/@metric") == "登记失业率");
  CHECK(result.xml.select_nodes("//task[@id='2']/target").size() == 2);
  CHECK(result.xml.select_nodes("//task[@id='3']/target").empty());
  CHECK(result.warnings.empty());
}

TEST_CASE("import_plan: 牵头单位 in the task's own words is not its unit list", "[import]") {
  PlanImport result;
  import_plan("某办发〔2023〕7号\n某区办公室\n2023年5月30日\n某区工作实施方案\n"
              "1. 甲任务。由牵头单位统筹推进。〔牵头单位：区政工部〕\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/text") == std::vector<std::string>{"由牵头单位统筹推进。"});
  CHECK(texts(result.xml, "//task/lead") == std::vector<std::string>{"区政工部"});
  CHECK(result.warnings.empty());
}

TEST_CASE("import_plan: a plan without 文号 or date is still read, with a warning; text not UTF-8 is not", "[import]") {
  PlanImport result;
  import_plan("某区工作实施方案\n1. 甲任务。〔牵头单位：区政工部〕\n", result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/lead") == std::vector<std::string>{"区政工部"});
  CHECK_FALSE(texts(result.xml, "/plan/@id").empty());
  bool said_id = false, said_date = false;
  for (const ImportWarning& w : result.warnings) {
    said_id = said_id || w.zh.find("文号") != std::string::npos;
    said_date = said_date || w.en.find("issue date") != std::string::npos;
  }
  CHECK(said_id);
  CHECK(said_date);

  import_plan("某办发〔2023〕7号\n\xff\xfe\n", result);
  CHECK_FALSE(result.ok);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].line == 2);
}

TEST_CASE("import_plan and import_report: random pieces of plans never crash, and what they make is schema-valid",
          "[import][robustness]") {
  // Pieces of the structures the importers read, put together at random: brackets that
  // do not close, numbers in odd places, headings with no body, budget words with no verb.
  const std::vector<std::string> pieces = {
      "\n", "\n\n", "某办发〔2023〕7号\n", "2023年5月30日\n", "某区工作实施方案\n", "一、", "（一）", "二、主要任务\n",
      "1. ", "2.", "12、", "1.5万", "甲任务。", "至少", "建设", "1处", "市级基地", "，", "。", "；", "〔", "〕", "]", "（",
      "）", "牵头单位：", "责任单位：", "配合单位：", "区政工部", "、", "各镇（街道）", "经费", "列入", "预算", "每年9月",
      "2023年11月底前", "要取得阶段性成果", "\u3000", " ", "某市民族事务委员会\n", "用四项工程\n", "(本版文字)", "*", "<&>\"'"};
  init_xml_library();
  SchemaSet schemas(data_dir() + "/schemas");
  std::mt19937 random(20231120);
  auto validate = [&](pugi::xml_document& xml) {
    std::ostringstream out;
    xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    LoadError error;
    auto doc = Document::parse(out.str(), "<random>", LoadLimits{}, &error);
    REQUIRE(doc);
    std::vector<Finding> findings;
    schemas.validate(*doc, "en", findings);
    for (const Finding& f : findings) FAIL_CHECK(f.message << "\n" << out.str());
  };
  int plans = 0, reports = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text = "某办发〔2023〕7号\n2023年5月30日\n某区工作实施方案\n";
    size_t count = random() % 60;
    for (size_t i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
    PlanImport plan;
    import_plan(text, plan);
    if (plan.ok) {
      ++plans;
      validate(plan.xml);
    }
    ReportImport report;
    import_report(text, {"某办发〔2023〕7号", "区政工部", "2023-11-20"}, report);
    if (report.ok) {
      ++reports;
      validate(report.xml);
    }
  }
  CHECK(plans == 300);  // every one has a 文号 and a date
  CHECK(reports > 250);
}

TEST_CASE("import_plan: the task level is the numbering that carries units, found per document", "[import][grammar]") {
  PlanImport result;
  import_plan("市政府办公室关于印发某工作方案的通知\n某政办发〔2024〕3号\n"
              "一、基本原则\n（一）坚持统筹推进。\n（二）坚持问题导向。\n"
              "二、重点任务\n"
              "（一）优化审批服务。推行并联审批。（市行政审批局、市住建局负责，列第一位者为牵头单位，下同）\n"
              "具体措施：\n"
              "1．2024年底前建成统一平台。（市大数据局牵头，各县（市、区）人民政府按职责分工负责）\n"
              "2．清理证明事项。（市司法局负责）\n"
              "（二）加强监管执法。开展联合检查。（市市场监管局、市公安局负责）\n"
              "1．推行信用监管。（市发展改革委负责）\n"
              "市政府办公室\n2024年3月1日\n",
              result);
  REQUIRE(result.ok);
  const auto& xml = result.xml;
  // 基本原则 （一）（二） carry no units: not tasks. Items and measures both carry them.
  CHECK(texts(xml, "//task/@id") == std::vector<std::string>{"(一)", "(一)1", "(一)2", "(二)", "(二)1"});
  CHECK(texts(xml, "//task[@id='(一)']/lead") == std::vector<std::string>{"市行政审批局"});
  CHECK(texts(xml, "//task[@id='(一)']/responsible") == std::vector<std::string>{"市住建局"});
  CHECK(texts(xml, "//task[@id='(一)1']/responsible") == std::vector<std::string>{"各县（市、区）人民政府"});
  CHECK(text(xml, "//task[@id='(一)1']/deadline") == "2024-12-31");
  // The first-listed rule holds for later clauses: a single unit is the lead.
  CHECK(texts(xml, "//task[@id='(一)2']/lead") == std::vector<std::string>{"市司法局"});
  CHECK(texts(xml, "//task[@id='(二)']/lead") == std::vector<std::string>{"市市场监管局"});
}

TEST_CASE("import_plan: label lines after a task, sub-items inside it, and a Word table", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年重点任务分解方案\n2024年2月1日\n"
              "1.完善应急预案\n（1）修订预案。\n（2）开展演练。\n（责任单位：县应急局、各乡镇）\n"
              "2.加强队伍建设\n牵头单位：县人社局\n责任单位：县财政局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县应急局", "各乡镇"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县人社局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县财政局"});

  SourceDocument doc = text_source("某区2024年重点工作任务分解表\n2024年1月10日\n", "table.docx");
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  table.table.rows = {row({"序号", "重点任务", "牵头单位", "配合单位", "完成时限"}),
                      {SourceCell{"一、营商环境", 1, 5, false}},
                      row({"1", "推行一网通办", "区政务中心", "区司法局、区大数据局", "2024年6月底前"}),
                      row({"2", "压减审批时限", "区审批局", "各街道", "年底前"})};
  doc.blocks.push_back(table);
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//section/@title") == std::vector<std::string>{"一、营商环境"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区政务中心"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区司法局", "区大数据局"});
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-06-30");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-12-31");  // the plan's year
}

TEST_CASE("import_plan: a task's steps with their dates: the last is its deadline", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年重点工作任务分解方案\n某办发〔2024〕5号\n某县人民政府办公室\n2024年2月2日\n二、重点任务\n"
              "1.修缮文物保护单位。完成修缮5处。\n牵头单位：县文旅局\n时间节点：5月底前完成勘察设计，10月底前完工验收\n"
              "2.建设充电桩。新建充电桩200个。（县发改局牵头，2024年4月底前选址，2024年9月底前建成）\n"
              "3.开展义诊。（县卫健局牵头，每年6月开展，2024年8月底前总结）\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-10-31");  // past the comma under the label
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-09-30");
  CHECK(result.xml.select_nodes("//task[@id='3']/deadline").empty());  // a yearly month beside a date
  REQUIRE(result.warnings.size() == 3);
  CHECK(result.warnings[0].zh.find("以最晚的 2024-10-31 为完成时限") != std::string::npos);
  CHECK(result.warnings[2].zh.find("未定完成时限") != std::string::npos);
}

TEST_CASE("import_plan: a date without a year before the plan was issued is next year's", "[import][grammar]") {
  PlanImport result;
  import_plan("某县关于做好冬春农田水利建设工作的实施方案\n某办发〔2023〕30号\n某县人民政府办公室\n2023年11月20日\n"
              "1.开展河道清淤。（县水利局牵头，3月底前完成）\n2.修缮灌溉渠。（县农业农村局牵头，年底前完成）\n"
              "3.发放补贴。（县财政局牵头，春节前完成）\n4.整修机井。（县水利局牵头，2023年10月底前完成）\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-03-31");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2023-12-31");
  CHECK(text(result.xml, "//task[@id='3']/deadline") == "2024-02-09");  // 春节 2024 is 2月10日
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"县财政局"});
  CHECK(text(result.xml, "//task[@id='4']/deadline") == "2023-10-31");  // a year written stays
  // A title naming the plan's year: its dates take that year, whenever it was issued.
  import_plan("某县2024年农田水利建设工作方案\n某办发〔2023〕31号\n某县人民政府办公室\n2023年11月20日\n"
              "1.开展河道清淤。（县水利局牵头，3月底前完成）\n",
              result);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-03-31");
  // The same when the title's year is the issue year: a month gone by is that year's, not the next.
  import_plan("某镇2023年度安全检查工作计划\n某镇人民政府\n2023年2月20日\n"
              "1.检查烟花爆竹经营点。（镇安监站负责，1月底前完成）\n",
              result);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2023-01-31");
}

TEST_CASE("import_plan: numbering that restarts at two levels gives ids told apart by both", "[import][grammar]") {
  const std::string header = "某县2024年乡村振兴重点工作安排\n某办发〔2024〕2号\n某县农业农村局\n2024年2月2日\n";
  PlanImport result;
  import_plan(header +
                  "一、总体要求\n（一）指导思想。坚持农业农村优先发展。\n"
                  "二、产业发展\n（一）稳定粮食生产\n1.落实播种面积。（县农业农村局牵头）\n2.推广良种。（县农技中心牵头）\n"
                  "（二）壮大特色产业\n1.建设茶叶基地。（县林业局牵头）\n"
                  "三、乡村建设\n（一）改善人居环境\n1.推进厕所改造。（县农业农村局牵头，各乡镇配合）\n",
              result);
  REQUIRE(result.ok);
  // （一）1 stands twice among the tasks: the section's number tells them apart.
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"二(一)1", "二(一)2", "二(二)1", "三(一)1"});
  CHECK(result.warnings.empty());
  // Where the parent's number is enough, the id stays short, though （一） restarts under 一、 and 二、.
  import_plan(header +
                  "一、总体要求\n（一）指导思想。坚持农业农村优先发展。\n"
                  "二、重点任务\n（一）稳定粮食生产\n1.落实播种面积。（县农业农村局牵头）\n"
                  "（二）壮大特色产业\n1.建设茶叶基地。（县林业局牵头）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"(一)1", "(二)1"});
}

TEST_CASE("import_plan: a task written over several rows under a merged 序号 is one task", "[import][grammar]") {
  SourceDocument doc = text_source("某政办〔2024〕2号\n某县2024年为民办实事分工方案\n2024年1月8日\n", "table.docx");
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  auto cell = [](std::string text, int column, bool continued = false) { return SourceCell{std::move(text), column, 1, continued}; };
  // 序号 and 重点任务 merged down over their measures (Word vMerge: the text repeats); one
  // measure row leaves both blank instead; the last row is a task of its own.
  table.table.rows = {
      {cell("序号", 1), cell("重点任务", 2), cell("具体措施", 3), cell("牵头单位", 4), cell("配合单位", 5), cell("完成时限", 6)},
      {cell("1", 1), cell("建设口袋公园", 2), cell("新建公园12个", 3), cell("县住建局", 4), cell("县自然资源局", 5), cell("2024年9月底前", 6)},
      {cell("1", 1, true), cell("建设口袋公园", 2, true), cell("配套建设健身步道", 3), cell("县住建局", 4), cell("县体育局", 5), cell("2024年9月底前", 6)},
      {cell("", 1), cell("", 2), cell("完善夜间照明", 3), cell("县城管局", 4), cell("", 5), cell("2024年9月底前", 6)},
      {cell("2", 1), cell("改造农贸市场", 2), cell("改造市场3个", 3), cell("县商务局", 4), cell("各乡镇", 5), cell("2024年6月底前", 6)},
      {cell("2", 1, true), cell("改造农贸市场", 2, true), cell("推行智慧称重", 3), cell("县市场监管局", 4), cell("", 5), cell("2024年11月底前", 6)}};
  doc.blocks.push_back(table);
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(text(result.xml, "//task[@id='1']/title") == "建设口袋公园");
  CHECK(text(result.xml, "//task[@id='1']/text") == "新建公园12个\n配套建设健身步道\n完善夜间照明");
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县住建局", "县城管局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县自然资源局", "县体育局"});
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-09-30");
  // Measures due at different dates: the task is done with the last, and a warning says so.
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-11-30");
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县商务局", "县市场监管局"});
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].zh.find("任务 2 写了多个日期") != std::string::npos);
}

TEST_CASE("import_plan: a task table without a 序号 column numbers its rows in order; a contact list is no task table", "[import][grammar]") {
  SourceDocument doc = text_source("某政办〔2024〕6号\n某县2024年营商环境重点任务清单\n2024年3月1日\n", "list.docx");
  auto table = [](int number, std::vector<std::vector<std::string>> rows) {
    SourceBlock b;
    b.kind = SourceBlock::Kind::Table;
    b.place.table = number;
    for (const auto& texts : rows) {
      std::vector<SourceCell> row;
      for (size_t i = 0; i < texts.size(); ++i) row.push_back({texts[i], static_cast<int>(i + 1), 1, false});
      b.table.rows.push_back(row);
    }
    return b;
  };
  doc.blocks.push_back(table(1, {{"重点任务", "牵头单位", "配合单位", "完成时限"},
                                 {"推行企业开办一日办结，开办时间压缩至1个工作日以内", "县市场监管局", "县税务局", "2024年6月底前"},
                                 {"推行涉企事项免申即享", "县发改局", "县财政局", "2024年9月底前"}}));
  doc.blocks.push_back(table(2, {{"责任单位", "联系人", "联系电话"}, {"县市场监管局", "张伟", "0635-1234567"}}));
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(text(result.xml, "//task[@id='2']/title") == "推行涉企事项免申即享");
  CHECK(text(result.xml, "//task[@id='1']/target/@metric") == "开办时间");  // a table's task has targets too
  CHECK(text(result.xml, "//task[@id='1']/target/@max") == "1");
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县发改局"});
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-09-30");
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].zh == "任务表没有序号栏：各行按顺序编号为任务 1–2");
  CHECK(result.warnings[0].place.table == 1);
}

TEST_CASE("import_plan: a bar-ruled text table of what, when and who is a task list without 序号 or a task header", "[import][grammar]") {
  SourceDocument doc = text_source(
      "青石乡2019年度防汛工作计划\n"
      "为做好今年防汛工作，特制定本计划。\n"
      "一、排查安排表\n"
      "排查对象 | 时间安排 | 责任单位 |\n"
      "山塘水库 | 4月份 | 水利站 派出所 |\n"
      "地质灾害点 | 5月份 | 国土所 |\n"
      "二、工作要求\n"
      "（一）各责任单位要按照时间安排制定排查方案。\n"
      "（二）每月25日前向乡防汛办报送排查情况。\n"
      "青石乡人民政府\n"
      "2019年3月5日\n",
      "plan.txt");
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  // The table's two rows are the tasks; the requirements under it are none.
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(text(result.xml, "//task[@id='1']/title") == "山塘水库");
  CHECK(texts(result.xml, "//task[@id='1']/*[self::lead or self::responsible]") == std::vector<std::string>{"水利站", "派出所"});
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2019-05-31");
}

TEST_CASE("import_plan: a page's metadata rows in the bars above a task table are no header of it", "[import][grammar]") {
  // Must apply: a page sets its metadata in the same bars right above the task table (索引号 | …
  // | 发文日期 | …): the header is the first row that names the task columns (序号 | … | 责任单位).
  SourceDocument doc = text_source(
      "索引号 | 001122/2021-00045 | 公开方式 | 主动公开 |\n"
      "发布单位 | 镇政府 | 发文日期 | 2021-04-02 |\n"
      "序号 | 实事项目 | 实施计划 | 责任单位 | 配合单位 |\n"
      "1 | 改造镇区排水管网3公里。 | 5月底前开工；10月底前完工。 | 建设办 | 财政所、各村 |\n"
      "2 | 新建村级养老服务站2个。 | 9月底前建成。 | 社会事务办 | 民政所 |\n",
      "plan.txt");
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"建设办", "财政所", "各村"});
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2021-10-31");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2021-09-30");
  CHECK(text(result.xml, "/plan/@issued") == "2021-04-02");
  // Near miss: a table whose first row names its columns keeps it as its header, even with a
  // row below that looks like a header again (the rows are read as written).
  doc = text_source(
      "序号 | 实事项目 | 责任单位 |\n"
      "1 | 改造镇区排水管网3公里。 | 建设办 |\n"
      "序号 | 实事项目 | 责任单位 |\n"
      "2 | 新建村级养老服务站2个。 | 社会事务办 |\n",
      "plan.txt");
  PlanImport again;
  import_plan(doc, PlanImportOptions{}, again);
  REQUIRE(again.ok);
  CHECK(text(again.xml, "//task[@id='1']/responsible") == "建设办");
  CHECK(text(again.xml, "//task[@id='2']/responsible") == "社会事务办");
}

TEST_CASE("import_plan: a bar table's rows that lost or padded cells are set into its columns by what they hold", "[import][grammar]") {
  // Must apply: a header of two rows whose spanning cell (年度计划 over 投资 / 形象进度 / 完成比例)
  // the page writes once and pads at the row's end; the rows give every cell, so each falls two
  // columns right of its name in the first header row, and row 2 lost its empty cells at the end.
  SourceDocument doc = text_source(
      "序号 | 项目名称 | 建设内容 | 总投资 | 年度计划 | 责任单位 | 配合单位 | 备注 | | |\n"
      "投资 | 形象进度 | 完成比例 | | | | | | | |\n"
      "1 | 镇区污水管网改造 | 改造主干管网3公里 | 500 | 300 | 完工 | 100% | 镇建设办 | 镇财政所 | |\n"
      "2 | 文化礼堂新建 | 新建村级文化礼堂2个 | 200 | 200 | 建成 | 100% | 镇社会事务办 |\n"
      "3 | 农贸市场提升 | 改造摊位80个 | 150 | 150 | 投用 | 100% | 镇市场监管所 | 镇建设办 | |\n",
      "plan.txt");
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"镇建设办", "镇财政所"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"镇社会事务办"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"镇市场监管所", "镇建设办"});
  CHECK(text(result.xml, "//task[@id='1']/text").find("镇建设办") == std::string::npos);
  // Near miss: a table read right by position in most rows (rows 1 and 3 drop their empty 备注)
  // whose units column is empty in one row, a unit's name in the 备注 beside it: by position,
  // that row has no unit.
  doc = text_source(
      "序号 | 项目名称 | 建设内容 | 责任单位 | 备注 |\n"
      "1 | 镇区道路改造 | 改造道路2公里 | 镇建设办 |\n"
      "2 | 文化礼堂新建 | 新建2个 | | 镇文化站 |\n"
      "3 | 农田水利修缮 | 修缮渠道5公里 | 镇农办 |\n",
      "plan.txt");
  PlanImport kept;
  import_plan(doc, PlanImportOptions{}, kept);
  REQUIRE(kept.ok);
  CHECK(texts(kept.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"镇建设办"});
  CHECK(texts(kept.xml, "//task[@id='2']/responsible").empty());
  CHECK(texts(kept.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"镇农办"});
  // Near miss: a row with one cell more than the header, a note after its unit: read by position.
  doc = text_source(
      "序号 | 实事项目 | 责任单位 |\n"
      "1 | 改造镇区排水管网3公里。 | 建设办 | 已列入预算 |\n"
      "2 | 新建村级养老服务站2个。 | 社会事务办 |\n",
      "plan.txt");
  PlanImport noted;
  import_plan(doc, PlanImportOptions{}, noted);
  REQUIRE(noted.ok);
  CHECK(texts(noted.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"建设办"});
  CHECK(texts(noted.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"社会事务办"});
}

TEST_CASE("import_plan: a bar in a sentence and a table of figures make no task table", "[import][grammar]") {
  SourceDocument doc = text_source(
      "青石乡2019年防汛工作方案\n"
      "一、主要指标\n"
      "指标 | 2018年 | 2019年 |\n"
      "山塘水库 | 12 | 15 |\n"
      "地质灾害点 | 3 | 4 |\n"
      "二、重点任务\n"
      "（一）加固山塘水库。由乡水利站负责，2019年5月底前完成。\n"
      "（二）排查地质灾害点（见附表|排查清单）。由乡国土所负责。\n"
      "青石乡人民政府\n"
      "2019年3月5日\n",
      "plan.txt");
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"(一)", "(二)"});
  CHECK(texts(result.xml, "//task[@id='(一)']/*[self::lead or self::responsible]") == std::vector<std::string>{"乡水利站"});
}

TEST_CASE("import_plan: a column of the office that scores or checks the work names no unit of the task", "[import][grammar]") {
  SourceDocument doc = text_source("某县2021年乡村振兴任务清单\n2021年9月16日\n", "list.docx");
  SourceBlock b;
  b.kind = SourceBlock::Kind::Table;
  b.place.table = 1;
  b.table.rows = {row({"序号", "考核内容", "责任部门", "评分部门"}), row({"1", "粮食播种面积稳定", "县农业农村局", "市农业农村局"}),
                  row({"2", "渔业增加值增长", "县海洋与渔业局", "市海洋渔业局"})};
  doc.blocks.push_back(b);
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/*[self::lead or self::responsible]") == std::vector<std::string>{"县农业农村局"});
  CHECK(text(result.xml, "//task[@id='2']/text").find("市海洋渔业局") == std::string::npos);
  // Near miss: 考核内容 is the task's words, not an office (a header without 单位 or 部门).
  CHECK(text(result.xml, "//task[@id='2']/title") == "渔业增加值增长");
}

TEST_CASE("import_plan: a table row numbered 一 with words only heads the tasks under it", "[import][grammar]") {
  SourceDocument doc = text_source("某政办〔2024〕10号\n某县2024年重点工作任务分解方案\n2024年3月1日\n", "sections.docx");
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  table.table.rows = {row({"序号", "重点任务", "牵头单位", "完成时限"}), row({"一", "优化营商环境", "", ""}),
                      row({"1", "推行一网通办", "县政务服务中心", "2024年6月底前"}), row({"二、", "保障改善民生", "", ""}),
                      row({"2", "新增托育托位", "县卫健局", "2024年12月底前"}),
                      // A row numbered 三 that names its unit is a task all the same.
                      row({"三", "整治人居环境", "县农业农村局", "2024年12月底前"})};
  doc.blocks.push_back(table);
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//section/@title") == std::vector<std::string>{"一、优化营商环境", "二、保障改善民生"});
  CHECK(texts(result.xml, "//section[2]/task/@id") == std::vector<std::string>{"2", "三"});
  CHECK(result.warnings.empty());
}

TEST_CASE("import_plan: a 工作目标 column's figures are what the task must reach", "[import][grammar]") {
  SourceDocument doc = text_source("某政办〔2024〕8号\n某县2024年民生实事项目分工方案\n2024年3月1日\n", "goals.docx");
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  table.table.rows = {row({"序号", "项目名称", "工作目标", "牵头单位"}),
                      row({"1", "新增普惠托位", "新增普惠托位800个", "县卫健局"}),
                      row({"2", "改造燃气管道", "改造老旧燃气管道120公里，同比增长20%", "县住建局"}),
                      row({"3", "建设口袋公园", "新建口袋公园不少于10个", "县城管局"})};
  doc.blocks.push_back(table);
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/target/@metric") == std::vector<std::string>{"新增普惠托位"});
  CHECK(texts(result.xml, "//task[@id='1']/target/@min") == std::vector<std::string>{"800"});
  // The rate of growth beside it is no target of its own.
  CHECK(texts(result.xml, "//task[@id='2']/target/@text") == std::vector<std::string>{"120公里"});
  CHECK(texts(result.xml, "//task[@id='3']/target/@text") == std::vector<std::string>{"不少于10个"});
  // Outside a 目标 column a plain figure describes the task: no target.
  import_plan("某政办〔2024〕9号\n某县2024年民生实事项目分工方案\n2024年3月1日\n"
              "1.新增普惠托位。新增普惠托位800个。（县卫健局牵头）\n",
              result);
  CHECK(result.xml.select_nodes("//target").empty());
}

TEST_CASE("import_plan: a table flattened one cell per line reads as the table", "[import][grammar]") {
  PlanImport result;
  import_plan("某区2023年目标任务分解表\n2023年1月5日\n"
              "序号\n\n预期目标\n\n责任单位\n\n1\n\n地区生产总值增长6%\n\n区发展改革委\n\n2\n\n一般公共预算收入增长5%\n\n区财政局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"区财政局"});
  CHECK(result.xml.select_nodes("//budget").empty());  // a revenue target, not a budget requirement
}

TEST_CASE("import_plan: a 完成时限 cell that names a month or a day is the task's deadline", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年重点项目清单\n2024年2月1日\n"
              "序号\n项目名称\n牵头单位\n完成时限\n"
              "1\n县城污水管网改造\n县住建局\n2024年12月\n"
              "2\n农贸市场升级\n县商务局\n2024年9月30日\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-12-31", "2024-09-30"});
  CHECK(texts(result.xml, "//task/deadline/@text") == std::vector<std::string>{"2024年12月", "2024年9月30日"});
}

TEST_CASE("import_plan: a value under a time label in a task's clause is its deadline, whatever the wording",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某区2024年数字政府建设工作要点\n2024年2月20日\n一、重点任务\n"
              "1.归集电子证照。（责任单位：区数据局；完成时限：2024年第三季度）\n"
              "2.迁移政务云。（责任单位：区数据局；完成时间：2024年11月30日）\n"
              "3.培训数字素养。（责任单位：区人社局；时间节点：上半年）\n"
              "4.开放公共数据。（责任单位：区数据局；完成时限：持续推进）\n"
              "5.评价营商环境，2024年底前形成报告。（责任单位：区发改局；完成时限：另行通知）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3", "4", "5"});
  // 4 is ongoing by its label: no deadline, even though nothing else is dated; 5's label
  // names no date, so its words decide.
  CHECK(texts(result.xml, "//task[deadline]/@id") == std::vector<std::string>{"1", "2", "3", "5"});
  CHECK(texts(result.xml, "//task/deadline") ==
        std::vector<std::string>{"2024-09-30", "2024-11-30", "2024-06-30", "2024-12-31"});
}

TEST_CASE("import_plan: a 责任单位 cell that marks its lead with （牵头） gives the task its lead", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年营商环境重点任务清单\n2024年4月1日\n"
              "序号\n重点任务\n责任单位\n完成时限\n"
              "1\n压缩企业开办时间\n县市场监管局（牵头）、县税务局\n2024年6月底前\n"
              "2\n推行联合审批\n县住建局、县自然资源局\n2024年第三季度\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县市场监管局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县税务局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead").empty());
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-06-30", "2024-09-30"});
}

TEST_CASE("import_plan: label lines under a task, a time label last, each read whole", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年政务公开工作要点\n2024年2月1日\n一、重点任务\n"
              "1.加强政策解读。围绕重大政策开展解读。\n牵头单位：县政府办公室\n责任单位：县直各部门\n完成时限：2024年第二季度\n"
              "2.做好信息公开年报。\n责任单位：县政府办公室\n时间要求：每年1月31日前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县直各部门"});
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2024-06-30"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县政府办公室"});
  CHECK(texts(result.xml, "//task[@id='2']/deadline/@month") == std::vector<std::string>{"1"});
}

TEST_CASE("import_plan: a 责任单位 cell with labels or verbs inside gives lead and responsible units", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年重点工作任务分解表\n2024年3月1日\n"
              "序号\n工作任务\n责任单位\n完成时限\n"
              "1\n优化营商环境\n牵头单位：县市场监管局；配合单位：县税务局、县公安局\n2024年6月底前\n"
              "2\n推进项目建设\n县发改局牵头，县住建局配合\n2024年12月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县市场监管局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县税务局", "县公安局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县发改局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县住建局"});
}

TEST_CASE("import_plan: a decomposition table's 序号 1-1, 2.3, ４、 are task ids", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年重点工作任务清单\n2024年3月1日\n"
              "序号\n重点任务\n牵头单位\n完成时限\n"
              "1-1\n压缩企业开办时间\n县市场监管局\n2024年6月底前\n"
              "2.3\n推行联合审批\n县住建局\n2024年9月底前\n"
              "４、\n落实就业政策\n县人社局\n2024年12月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1-1", "2.3", "4"});
}

TEST_CASE("import_plan: the first-listed rule under a 责任单位 line holds from its task on; 分别牵头 names leads",
          "[import][grammar]") {
  const std::string head = "某县2024年政府工作报告重点工作责任分解\n2024年3月1日\n一、主要预期目标\n";
  const std::string tasks =
      "1.地区生产总值增长6%。\n责任单位：县发改局\n"
      "2.固定资产投资增长8%。\n责任单位：县发改局、县住建局、县交通局RULE\n"
      "3.城乡居民收入稳步增长。\n责任单位：县人社局、县农业农村局分别牵头\n"
      "4.粮食产量保持稳定。\n责任单位：县农业农村局\n"
      "5.外资利用稳中有进。\n配合单位：县商务局\n";
  auto with_rule = [&](const std::string& rule) {
    std::string t = tasks;
    t.replace(t.find("RULE"), 4, rule);
    PlanImport result;
    import_plan(head + t, result);
    REQUIRE(result.ok);
    return result;
  };
  PlanImport result = with_rule("（除注明“分别牵头”外，排在首位的为牵头单位，下同）");
  CHECK(texts(result.xml, "//task[@id='1']/lead").empty());  // before the rule is stated
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县发改局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县发改局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县住建局", "县交通局"});
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"县人社局", "县农业农村局"});
  CHECK(texts(result.xml, "//task[@id='4']/lead") == std::vector<std::string>{"县农业农村局"});
  CHECK(texts(result.xml, "//task[@id='5']/lead").empty());  // a 配合单位 list is not the rule's list
  // Near miss: without the rule, 责任单位 lists name no lead; 分别牵头 still does.
  result = with_rule("");
  CHECK(texts(result.xml, "//task[@id='2']/lead").empty());
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县发改局", "县住建局", "县交通局"});
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"县人社局", "县农业农村局"});
  CHECK(texts(result.xml, "//task[@id='4']/lead").empty());
}

TEST_CASE("import_plan: units every task involves, said once in a clause, join that task and the later ones",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某省现代物流体系建设实施方案\n2024年5月6日\n一、健全物流网络\n"
              "（一）完善枢纽布局。建设一批物流枢纽。〔责任单位：省发展改革委、省交通运输厅按职责分工负责。各项任务均涉及各市（州）人民政府，不再做分工，下同。〕\n"
              "（二）发展冷链物流。补齐冷链设施短板。〔责任单位：省商务厅〕\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='(一)']/responsible") ==
        std::vector<std::string>{"省发展改革委", "省交通运输厅", "各市（州）人民政府"});
  CHECK(texts(result.xml, "//task[@id='(二)']/responsible") == std::vector<std::string>{"省商务厅", "各市（州）人民政府"});
  CHECK(texts(result.xml, "//task/lead").empty());
}

TEST_CASE("import_plan: a 主要责任单位 column leads beside a 协同配合单位 column; a 责任单位 column does not", "[import][grammar]") {
  PlanImport result;
  import_plan("某区2024年重点工作任务分解表\n2024年3月1日\n"
              "序号\n重点工作任务\n主要责任单位\n协同配合单位\n"
              "1\n新建改建幼儿园3所。\n区教育局\n区财政局、区住建局。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区教育局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区财政局", "区住建局"});
  // Near miss: 责任单位 and 配合单位 columns name no lead.
  result = PlanImport{};
  import_plan("某区2024年重点工作任务分解表\n2024年3月1日\n"
              "序号\n重点工作任务\n责任单位\n配合单位\n"
              "1\n新建改建幼儿园3所。\n区教育局\n区财政局、区住建局。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead").empty());
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区教育局", "区财政局", "区住建局"});
}

TEST_CASE("import_plan: a task table ruled with bars in a text file reads as the table", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年民生实事分解表\n2024年2月1日\n"
              "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
              "| 1 | 新建公办幼儿园2所 | 县教育局 | 县财政局、县自然资源局 | 2024年8月底前 |\n"
              "| 2 | 改造农村公路40公里 | 县交通局 | 各乡镇 | 长期坚持 |\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县教育局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县财政局", "县自然资源局"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-08-31"});  // 长期坚持 is no date
}

TEST_CASE("import_plan: the first-listed rule said once in the notice or a table's note holds for every task", "[import][grammar]") {
  const std::string tasks =
      "一、重点任务\n"
      "1.加强财政管理。推进预算绩效管理。（县财政局、县审计局负责）\n"
      "2.推进社会救助。落实低保政策。\n责任单位：县民政局、县财政局\n"
      "3.优化税收服务。推行电子发票。（牵头单位：县税务局；责任单位：县财政局）\n";
  auto import = [](const std::string& text) {
    PlanImport result;
    import_plan(text, result);
    REQUIRE(result.ok);
    return result;
  };
  PlanImport result = import("某县2024年重点工作任务分解方案\n2024年3月1日\n各乡镇，县直各单位：\n"
                             "现将方案印发给你们。各项任务的责任单位中排在第一位的为牵头单位。\n" + tasks);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县财政局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县审计局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县民政局"});
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"县税务局"});  // its own lead
  // Near miss: a notice that speaks of leads but states no rule.
  result = import("某县2024年重点工作任务分解方案\n2024年3月1日\n各乡镇，县直各单位：\n"
                  "现将方案印发给你们。各牵头单位要加强统筹，按时报送进展。\n" + tasks);
  CHECK(texts(result.xml, "//task[@id='1']/lead").empty());
  CHECK(texts(result.xml, "//task[@id='2']/lead").empty());

  // A table's note after it: the first unit of a 责任单位 cell leads; a 配合单位 cell's never does.
  result = import("某县2024年民生实事分解表\n2024年2月1日\n"
                  "| 序号 | 重点任务 | 责任单位 | 配合单位 |\n"
                  "| 1 | 新建公办幼儿园2所 | 县教育局、县财政局 | 各乡镇 |\n"
                  "| 2 | 改造农村公路40公里 |  | 县交通局 |\n"
                  "注：责任单位中列第一位的为牵头单位。\n");
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县教育局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县财政局", "各乡镇"});
  CHECK(texts(result.xml, "//task[@id='2']/lead").empty());
}

TEST_CASE("import_plan: a month or quarter with the work's completion right after it is the task's limit", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年营商环境工作方案\n2024年3月1日\n一、重点任务\n"
              "1.优化纳税服务。（县税务局牵头，2024年第三季度完成）\n"
              "2.建设便民服务站。9月建成乡镇便民服务站10个。（县政务服务中心负责）\n"
              "3.开展专项整治。第三季度开展涉企收费检查。（县市场监管局负责）\n"
              "4.推进污水管网改造。2026年完成全县老旧管网改造。（县住建局负责）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2024-09-30"});
  CHECK(texts(result.xml, "//task[@id='2']/deadline") == std::vector<std::string>{"2024-09-30"});
  // Near misses: a quarter the work happens in, and a bare year, name no limit.
  CHECK(texts(result.xml, "//task[@id='3']/deadline").empty());
  CHECK(texts(result.xml, "//task[@id='4']/deadline").empty());
}

TEST_CASE("import_plan: a page's metadata ruled with bars is no task table; the numbered measures stay the tasks",
          "[import][grammar]") {
  PlanImport result;
  import_plan("索引号: | 000123/2024-001 | 信息分类: | 通知 |\n"
              "发布日期: | 2024-05-06 | 有效性: | 有效 |\n"
              "某县关于加强农村供水保障的实施意见\n2024年5月6日\n"
              "一、加强水源保护。2024年底前完成水源地划定。\n"
              "二、改造供水管网。2025年6月底前完成老旧管网改造。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"一", "二"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-12-31", "2025-06-30"});
}

TEST_CASE("import_plan: a header of two rows, 责任单位 spanning 牵头单位 | 配合单位, names the columns below it",
          "[import][grammar]") {
  auto cell = [](std::string text, int column, int span = 1, bool continued = false) {
    return SourceCell{std::move(text), column, span, continued};
  };
  auto import = [](std::vector<std::vector<SourceCell>> rows) {
    SourceDocument doc = text_source("某区2024年重点工作任务分解表\n2024年3月1日\n", "table.docx");
    SourceBlock table;
    table.kind = SourceBlock::Kind::Table;
    table.place.table = 1;
    table.table.rows = std::move(rows);
    doc.blocks.push_back(table);
    PlanImport result;
    import_plan(doc, PlanImportOptions{}, result);
    REQUIRE(result.ok);
    return result;
  };
  PlanImport result = import({
      {cell("序号", 1), cell("重点工作任务", 2), cell("责任单位", 3, 2), cell("完成时限", 5)},
      {cell("序号", 1, 1, true), cell("重点工作任务", 2, 1, true), cell("牵头单位", 3), cell("配合单位", 4), cell("完成时限", 5, 1, true)},
      {cell("1", 1), cell("新建社区食堂5个", 2), cell("区民政局", 3), cell("区财政局、各街道", 4), cell("2024年10月底前", 5)},
  });
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区民政局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区财政局", "各街道"});
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2024-10-31"});
  // Near miss: a spanning header over data rows, with no row of names under it: the first
  // row under the header is a task, and both columns it spans are 责任单位.
  result = import({
      {cell("序号", 1), cell("重点工作任务", 2), cell("责任单位", 3, 2), cell("完成时限", 5)},
      {cell("1", 1), cell("新建社区食堂5个", 2), cell("区民政局", 3), cell("区财政局", 4), cell("2024年10月底前", 5)},
  });
  CHECK(texts(result.xml, "//task[@id='1']/lead").empty());
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区民政局", "区财政局"});
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2024-10-31"});
}

TEST_CASE("import_plan: a task's sub-items ①（1） without units of their own keep its unit lines after them",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年乡村振兴重点任务清单\n2024年3月5日\n二、重点任务\n"
              "1.推进农村改厕。完成户厕改造1500户，其中：\n①上半年完成600户；\n②下半年完成900户。\n"
              "责任单位：县农业农村局、各乡镇人民政府\n完成时限：2024年12月底前\n"
              "2.整治村庄环境。清理垃圾500吨。\n"
              "各乡镇要建立长效机制，确保整治成效。\n"
              "3.建设美丽庭院。创建示范户300户。\n责任单位：县妇联\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县农业农村局", "各乡镇人民政府"});
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2024-12-31"});
  CHECK(texts(result.xml, "//milestone").empty());
  // Near miss: an unnumbered sentence after a self-contained task is no part of the next one's units.
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"县妇联"});
}

TEST_CASE("import_plan: bare levels in a 、-list take the organ of the level after them (市、县（区）人民政府)",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某市2024年冬春农田水利建设实施方案\n2024年10月8日\n一、重点任务\n"
              "1.修缮小型灌区。整修渠道120公里。（牵头单位：市水利局；责任单位：各县（区）、乡（镇）人民政府）\n"
              "2.落实建设资金。足额安排配套资金。（责任单位：市、县两级财政部门）\n"
              "3.开展冬修检查。组织检查两轮。（责任单位：各县（区）、高新区管委会）\n"
              "4.清淤山塘水库。清淤30万立方米。（责任单位：市水利局、市农业农村局，市、县（区）人民政府）\n"
              "5.培训管护人员。培训800人次。（责任单位：各县（区）、市人社局）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"市水利局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") ==
        std::vector<std::string>{"各县（区）人民政府", "各乡（镇）人民政府"});  // 各 counts every level
  // A count of levels (两级) is no part of the names and counts the levels listed.
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"市财政部门", "县财政部门"});
  // Near misses: 高新区管委会 names a unit of its own, so 各县（区） stays as written; items that
  // name their units keep them; a list going up a level (县 then 市) shares nothing.
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"各县（区）", "高新区管委会"});
  CHECK(texts(result.xml, "//task[@id='4']/responsible") ==
        std::vector<std::string>{"市水利局", "市农业农村局", "市人民政府", "县（区）人民政府"});
  CHECK(texts(result.xml, "//task[@id='5']/responsible") == std::vector<std::string>{"各县（区）", "市人社局"});
}

TEST_CASE("import_plan: 由A牵头，B配合，C负责落实 in running text: C is responsible, and the clause leaves the text",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年秸秆综合利用工作方案\n2024年4月2日\n一、工作任务\n"
              "1.推广机械化还田。由县农业农村局牵头，县财政局、县生态环境分局配合，各乡镇负责落实。9月底前完成还田面积2万亩。\n"
              "2.建设收储站点。新建收储点6个，由县发改局牵头，县自然资源局配合，确保年底前投入使用。\n"
              "3.开展禁烧巡查。由县生态环境分局牵头，各乡镇具体负责，10月底前完成。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县农业农村局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") ==
        std::vector<std::string>{"县财政局", "县生态环境分局", "各乡镇"});
  // The cut clause leaves one mark, not "，各乡镇负责落实。" nor a stray "。".
  CHECK(texts(result.xml, "//task[@id='1']/text") == std::vector<std::string>{"9月底前完成还田面积2万亩。"});
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"县生态环境分局"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"各乡镇"});
  CHECK(texts(result.xml, "//task[@id='3']/text") == std::vector<std::string>{"10月底前完成。"});
  // Near miss: 确保… after the partners is the task's words, not units; it stays, after one comma.
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县自然资源局"});
  CHECK(texts(result.xml, "//task[@id='2']/text") == std::vector<std::string>{"新建收储点6个，确保年底前投入使用。"});
  for (const std::string& t : texts(result.xml, "//task/text")) CHECK(t.rfind("，", 0) != 0);
}

TEST_CASE("import_plan: a task table without 序号, one cell per line, writes a merged cell once; the row below takes it",
          "[import][grammar]") {
  // 工作任务 merged over its two measures; the second measure's 牵头单位 and 完成时限 merged with the
  // first's (only its 责任单位 is written); a later row repeats the lead above with no 责任单位.
  const std::string head =
      "某县2024年就业服务提升工作方案\n2024年3月5日\n一、重点任务\n各单位按下表抓好落实。\n附件\n";
  const std::string table =
      "工作任务\n具体措施\n牵头单位\n责任单位\n完成时限\n"
      "开展零工市场建设\n"
      "在县城建成零工市场1处，设置求职登记和岗位发布窗口。\n县人社局\n县住建局、县市场监管局\n2024年8月底前\n"
      "每个乡镇设立零工驿站，开展线上岗位推送。\n各乡镇\n"
      "加强职业技能培训\n"
      "全年开展订单式培训2000人次。\n县人社局\n县教育局\n2024年11月底前\n"
      "组织技能大赛一次。\n县人社局\n2024年10月底前\n";
  PlanImport result;
  import_plan(head + table, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(text(result.xml, "//task[@id='1']/title") == "开展零工市场建设");
  CHECK(text(result.xml, "//task[@id='1']/text") ==
        "在县城建成零工市场1处，设置求职登记和岗位发布窗口。\n每个乡镇设立零工驿站，开展线上岗位推送。");
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县人社局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") ==
        std::vector<std::string>{"县住建局", "县市场监管局", "各乡镇"});
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-08-31");
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县人社局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县教育局"});
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-11-30");  // the later of its two measures
  // Without 工作任务 and merged 牵头单位 across tasks: every row is a task, the lone unit cell
  // under a merged lead is its 责任单位, and a 一、 line before a task's words heads its rows.
  import_plan("某县2024年河道整治方案\n2024年3月5日\n"
              "重点任务\n牵头单位\n配合单位\n完成时限\n"
              "一、河道清淤\n清理县城段河道淤泥\n县水利局\n县城管局\n2024年5月底前\n"
              "拆除河道两岸违建\n县自然资源局\n2024年6月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//section/@title") == std::vector<std::string>{"一、河道清淤"});
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县水利局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县自然资源局"});
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-06-30");

  // The table ends before the plan's next section and its prose; the unit over the date line signs it.
  import_plan("某县2024年河道整治方案\n某水发〔2024〕2号\n一、重点任务\n"
              "重点任务\n牵头单位\n配合单位\n完成时限\n"
              "清理县城段河道淤泥\n县水利局\n县城管局\n2024年5月底前\n"
              "拆除河道两岸违建\n县自然资源局\n各乡镇\n2024年6月底前\n"
              "二、保障措施\n加强组织领导，定期调度工作进展。\n县水利局\n2024年3月5日\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});

  // Near misses, read as before: running text whose lines are short, a list of names, a table of
  // figures, a contact list. None is a task table.
  const std::string plain = "某镇2024年防汛工作方案\n2024年4月1日\n";
  for (const std::string& body :
       {std::string("一、工作任务\n汛前任务重\n时间紧\n各村要早安排\n二、责任单位\n镇水利站\n镇应急办\n三、完成时限\n2024年5月底前\n"),
        std::string("防汛工作人员名单\n镇应急办\n镇水利站\n镇派出所\n张明\n李强\n"),
        std::string("主要指标\n单位\n完成时间\n降雨量\n毫米\n2024年6月\n"),
        std::string("项目名称\n责任单位\n联系人\n联系电话\n堤防加固\n镇水利站\n王明\n12345678\n"
                    "排涝泵站维修\n镇应急办\n李强\n23456789\n")}) {
    PlanImport near;
    import_plan(plain + body, near);
    REQUIRE(near.ok);
    CHECK(near.xml.select_nodes("//task[lead or responsible]").empty());
    for (const ImportWarning& w : near.warnings) CHECK(w.zh.find("任务表没有序号栏") == std::string::npos);
  }
}

TEST_CASE("import_plan: a task table one cell per line with its rulings as lines between the cells", "[import][grammar]") {
  // Rulings down (│) part the cells, across (────) the rows; two │ with nothing between hold an
  // empty 配合单位, so the unit before them is the row's own lead.
  PlanImport result;
  import_plan("某区2024年背街小巷整治方案\n2024年2月20日\n"
              "│工作任务│\n├────┼────┤\n│牵头单位│\n├────┼────┤\n│配合单位│\n├────┼────┤\n│完成时限│\n"
              "──────────\n"
              "修补破损人行道\n│\n区住建局\n│\n区城管局、各街道办事处\n│\n2024年7月底前\n"
              "──────────\n"
              "规范沿街店铺招牌\n│\n区城管局\n│\n│\n2024年9月底前\n"
              "──────────\n"
              "二、保障措施\n所需经费由区财政统筹。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区住建局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区城管局", "各街道办事处"});
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-07-31");
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"区城管局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible").empty());
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-09-30");
  // A 序号 table with its rulings as lines reads as without them.
  import_plan("某区2024年背街小巷整治方案\n2024年2月20日\n"
              "序号\n│\n重点任务\n│\n牵头单位\n────────\n1\n│\n修补破损人行道\n│\n区住建局\n────────\n"
              "2\n│\n规范沿街店铺招牌\n│\n区城管局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/lead") == std::vector<std::string>{"区住建局", "区城管局"});

  // Near miss: rulings around a table of figures, and a ruling between paragraphs of prose.
  PlanImport near;
  import_plan("某区2023年经济运行情况\n2024年1月10日\n"
              "指标名称\n│\n单位\n│\n完成时间\n────────\n地区生产总值\n│\n亿元\n│\n2023年12月\n"
              "────────\n一、总体情况\n全年经济运行平稳。\n──────────\n二、下步安排\n区发改局要加强监测。\n",
              near);
  REQUIRE(near.ok);
  CHECK(near.xml.select_nodes("//task[lead or responsible]").empty());
  for (const ImportWarning& w : near.warnings) CHECK(w.zh.find("任务表没有序号栏") == std::string::npos);
}

TEST_CASE("import_plan: 牵头负责领导/牵头责任单位/协同责任单位 lines, and a 完成时限 line after a line closed by 。",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某市2024年重点工作及责任分解\n2024年2月20日\n一、主要预期目标\n"
              "1.城镇新增就业2万人。\n牵头负责领导：李某。\n牵头责任单位：市人社局。\n协同责任单位：市教育局、市财政局等。\n"
              "完成时限：2024年11月30日\n"
              "2.粮食播种面积稳定。\n牵头负责领导：赵某。\n牵头责任单位：市农业农村局。\n协同责任单位：各县、市、区政府。\n"
              "全市粮食生产要在10月底前完成秋收。\n"
              "3.外贸进出口稳中提质。\n部门分工：市商务局牵头，市税务局配合。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"市人社局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"市教育局", "市财政局"});
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2024-11-30"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"市农业农村局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"各县、市、区政府"});
  // Near miss: a sentence after the task's unit lines is no label line; it stays outside the task.
  CHECK(texts(result.xml, "//task[@id='2']/deadline").empty());
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"市商务局"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"市税务局"});
  CHECK(texts(result.xml, "//task/lead[.='李某']").empty());
}

TEST_CASE("import_plan: a list grouped under headings that name each group's lead", "[import]") {
  PlanImport result;
  import_plan("某县人民政府办公室\n2025年4月2日\n2025年某县重点工作任务清单\n"
              "一、县农业农村局牵头工作（2项）\n"
              "1.新建高标准农田2万亩。\n"
              "2.培育家庭农场30家。\n"
              "二、县工信局牵头工作（共2项）\n"
              "3.推动技改项目12个竣工投产。\n"
              "4.新增规上工业企业8家。（县商务局牵头，各乡镇配合）\n"
              "三、坚持县委统一领导、政府牵头\n"
              "5.落实领导包联制度。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3", "4", "5"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县农业农村局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县农业农村局"});
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"县工信局"});
  // A task's own lead stands; the heading's is not added beside it.
  CHECK(texts(result.xml, "//task[@id='4']/lead") == std::vector<std::string>{"县商务局"});
  // A heading that is no group of a lead ends the one before it.
  CHECK(texts(result.xml, "//task[@id='5']/lead").empty());
}

TEST_CASE("import_plan: a division of work written unit by unit", "[import]") {
  PlanImport result;
  import_plan("某镇人民政府\n2024年2月20日\n某镇人居环境整治工作方案\n四、职责分工\n"
              "（一）镇村建办\n"
              "负责整治方案制定和督查考核，2024年4月底前完成方案。\n"
              "（二）镇财政所\n"
              "负责整治经费的筹措和拨付。\n"
              "（三）宣传氛围\n"
              "镇宣传办负责制作宣传展板。\n"
              "（四）镇派出所：配合拆除违章搭建。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"(一)", "(二)", "(三)", "(四)"});
  CHECK(texts(result.xml, "//task[@id='(一)']/responsible") == std::vector<std::string>{"镇村建办"});
  CHECK(texts(result.xml, "//task[@id='(一)']/deadline") == std::vector<std::string>{"2024-04-30"});
  CHECK(texts(result.xml, "//task[@id='(一)']/text") == std::vector<std::string>{"负责整治方案制定和督查考核，2024年4月底前完成方案。"});
  CHECK(texts(result.xml, "//task[@id='(二)']/responsible") == std::vector<std::string>{"镇财政所"});
  // A title of words is no unit, whatever the paragraph after it says.
  CHECK(texts(result.xml, "//task[@id='(三)']/responsible").empty());
  CHECK(texts(result.xml, "//task[@id='(四)']/responsible") == std::vector<std::string>{"镇派出所"});
}

TEST_CASE("import_plan: a table's column of people names no unit", "[import]") {
  PlanImport result;
  import_plan("某县人民政府办公室\n2024年3月5日\n2024年某县民生实事分解表\n"
              "序号\t民生实事\t牵头领导\t牵头单位\t责任单位\t责任人\n"
              "1\t改造老旧小区6个。\t王副县长\t县住建局\t县财政局\t赵明\n"
              "2\t新建城市书房3处。\t李副县长\t县文旅局\t县教体局\t钱亮\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县住建局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县财政局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县教体局"});
  // Near miss: a column of units and their people together still lists units.
  PlanImport mixed;
  import_plan("某县人民政府办公室\n2024年3月5日\n2024年某县民生实事分解表\n"
              "序号\t民生实事\t责任单位及责任人\n"
              "1\t改造老旧小区6个。\t县住建局\n"
              "2\t新建城市书房3处。\t县文旅局\n",
              mixed);
  REQUIRE(mixed.ok);
  CHECK(texts(mixed.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县住建局"});
}

TEST_CASE("import_plan: a table one cell per line with a column of people", "[import]") {
  PlanImport result;
  import_plan("2024年某区重点任务责任分解表\n序号\n重点任务\n牵头单位\n配合单位\n责任人\n"
              "1\n建成区级养老服务中心。\n区民政局\n区卫健委\n周平\n"
              "2\n新增公办幼儿园学位600个。\n区教育局\n区住建局\n吴静\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区民政局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区卫健委"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"区住建局"});
  // The people of the 责任人 column are no units.
  CHECK(texts(result.xml, "//unit/@name") == std::vector<std::string>{"区民政局", "区卫健委", "区教育局", "区住建局"});
}

TEST_CASE("import_plan: a note that tasks without a lead are led by their listed units", "[import][grammar]") {
  const std::string table =
      "序号\t重点任务\t牵头单位\t责任单位\t完成时限\n"
      "1\t开展村庄清洁行动\t县农业农村局\t各乡镇人民政府\t2025年6月底前\n"
      "2\t治理农村生活污水\t\t县生态环境分局、县住建局\t2025年10月底前\n";
  PlanImport result;
  import_plan("某县2025年农村人居环境整治任务分工方案\n2025年2月10日\n" + table + "注：无牵头单位的，责任单位即为牵头单位。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县农业农村局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"各乡镇人民政府"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县生态环境分局", "县住建局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible").empty());
  // The note in the notice, on 牵头单位 in a sentence of its own.
  import_plan("某县2025年农村人居环境整治任务分工方案\n2025年2月10日\n"
              "各责任单位要细化措施，特别是牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要制订推进方案。\n" + table,
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县生态环境分局", "县住建局"});
  // Near miss: without the note the task has no lead.
  import_plan("某县2025年农村人居环境整治任务分工方案\n2025年2月10日\n" + table, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='2']/lead").empty());

  // A unit listed alone leads; two listed are left as they are.
  import_plan("某县2025年文旅融合工作方案\n2025年3月3日\n只有一个责任单位的，该单位即为牵头单位。\n一、重点任务\n"
              "1.办好乡村文化节。举办节会3场。（责任单位：县文旅局）\n"
              "2.建设研学基地。建成基地2处。（责任单位：县教育局、县文旅局）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县文旅局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead").empty());
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县教育局", "县文旅局"});
}

TEST_CASE("import_plan: 由…负责 and X负责，Y配合 in a task's sentences", "[import][grammar]") {
  PlanImport result;
  import_plan("某省2024年农村公路提质工作方案\n2024年3月5日\n一、主要任务\n"
              "1.实施路面改造。完成改造1000公里，由各市、县人民政府负责。\n"
              "2.推行联合验收，省交通运输厅负责，省财政厅配合，10月底前完成。\n"
              "3.建设养护站点。建成站点50个。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"各市人民政府", "各县人民政府"});
  CHECK(text(result.xml, "//task[@id='1']/text") == "完成改造1000公里。");
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"省交通运输厅"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"省财政厅"});
  CHECK(text(result.xml, "//task[@id='2']/title") == "推行联合验收");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-10-31");
}

TEST_CASE("import_plan: a date without a year takes the nearest year the plan states for it", "[import][grammar]") {
  PlanImport result;
  import_plan("某市城市更新三年行动方案\n2024年11月20日\n"
              "一、2025年重点任务\n"
              "1.启动片区改造。6月底前完成方案编制。（责任单位：市住建局）\n"
              "2.推进管网更新。2025年3月底前开工，三季度完成。（责任单位：市城管局）\n"
              "二、2026年重点任务\n"
              "3.完成片区改造。9月底前全部完工。（责任单位：市住建局）\n"
              "三、保障措施\n"
              "4.加强督导。每季度通报一次。（责任单位：市督查室）\n"
              "5.开展评估。6月底前完成中期评估。（责任单位：市发改委）\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2025-06-30");  // the heading's year
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2025-09-30");  // the year stated before it
  CHECK(text(result.xml, "//task[@id='3']/deadline") == "2026-09-30");
  // Near miss: under a heading without a year, the issue year, a date before the issue rolled to the next.
  CHECK(text(result.xml, "//task[@id='5']/deadline") == "2025-06-30");

  // A table's section row naming a year does the same for the rows under it.
  SourceDocument doc = text_source("某市城市更新三年行动任务清单\n2024年11月20日\n", "list.docx");
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  table.table.rows = {row({"序号", "重点任务", "牵头单位", "完成时限"}),
                      {SourceCell{"一、2026年任务", 1, 4, false}},
                      row({"1", "完成老旧小区改造", "市住建局", "6月底前"}),
                      {SourceCell{"二、长期任务", 1, 4, false}},
                      row({"2", "开展城市体检", "市住建局", "3月底前"})};
  doc.blocks.push_back(table);
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2026-06-30");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2025-03-31");  // no year above it: after the issue date
}

TEST_CASE("import_plan: a unit every later task has, said after a label's plain list, is no unit of the list",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某县稳定外贸外资若干措施\n2023年4月6日\n一、财税支持\n"
              "1.设立外贸发展资金。安排资金500万元。（责任单位：县商务局、县财政局等有关部门，各乡镇人民政府、县经开区管委会。"
              "以下措施均需各乡镇人民政府、县经开区管委会落实，不再单独列出）\n"
              "2.扩大出口信用保险。承保规模增长10%。（责任单位：县商务局、县金融服务中心）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") ==
        std::vector<std::string>{"县商务局", "县财政局", "各乡镇人民政府", "县经开区管委会"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") ==
        std::vector<std::string>{"县商务局", "县金融服务中心", "各乡镇人民政府", "县经开区管委会"});
}

TEST_CASE("import_plan: items numbered on across headings keep their own numbers; numbers restarting take the heading's",
          "[import][grammar]") {
  // A 实施意见 whose project items run 1.–6. straight through its （一）（二） and 三、 headings: each number
  // names one item of the whole plan, as the offices cite it (第5项), so no heading goes before it.
  PlanImport result;
  import_plan("某市人才发展工程实施意见\n2022年8月1日\n"
              "一、总体目标\n"
              "1.目标。五年内引进各类人才1万名。\n"
              "二、实施重点项目\n"
              "（一）产业人才项目。实施如下项目：\n"
              "2.紧缺人才开发。（牵头单位：市发改委，配合单位：市人社局，各区、县级市）\n"
              "3.企业家培养。（牵头单位：市委组织部，配合单位：市国资委）\n"
              "（二）科技人才项目。实施如下项目：\n"
              "4.青年科技人才扶持。（牵头单位：市科技局，配合单位：各区、县级市）\n"
              "三、支撑体系\n"
              "（一）服务保障。实施如下项目：\n"
              "5.人才公寓建设。（牵头单位：市住建局，配合单位：市自然资源局）\n"
              "6.人才信息平台。（牵头单位：市人社局）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3", "4", "5", "6"});
  CHECK(text(result.xml, "//task[@id='4']/lead") == "市科技局");
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"市人社局", "各区、县级市"});

  // Near miss: measures numbered again from 1. under each heading still need the heading to tell them apart.
  import_plan("某市人才发展工程实施意见\n2022年8月1日\n"
              "（一）产业人才项目\n"
              "1.紧缺人才开发。（牵头单位：市发改委）\n"
              "2.企业家培养。（牵头单位：市委组织部）\n"
              "（二）科技人才项目\n"
              "1.青年科技人才扶持。（牵头单位：市科技局）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"(一)1", "(一)2", "(二)1"});
}

TEST_CASE("import_plan: a period as a time limit ends the task at its last date, in the year its first date names",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某县2023年重点工作任务分工方案\n2023年2月1日\n一、重点任务\n"
              "1.整治农村道路。责任单位：县交通运输局。完成时限：2024年1月至6月\n"
              "2.改造老旧小区。责任单位：县住建局。完成时限：2024年3月—11月底\n"
              "3.建设污水管网。责任单位：县水利局。完成时限：2023年11月-3月\n"
              "4.开展专项检查。责任单位：县市场监管局。完成时限：2023年4月-2024年6月\n"
              // Near miss: two limits of two steps are no period; the last is still the deadline, with a warning.
              "5.修订管理办法。6月底前形成初稿，10月底前印发。责任单位：县司法局。\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2024-06-30");
  CHECK(text(result.xml, "//task[@id='1']/deadline/@text") == "2024年1月至6月");  // quoted whole: its year is written
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-11-30");
  CHECK(text(result.xml, "//task[@id='3']/deadline") == "2024-03-31");  // the months wrap into the next year
  CHECK(text(result.xml, "//task[@id='4']/deadline") == "2024-06-30");
  CHECK(text(result.xml, "//task[@id='5']/deadline") == "2023-10-31");
  // A period's start is no step of the task: only task 5 is warned of several dates.
  int several = 0;
  for (const ImportWarning& w : result.warnings)
    if (w.zh.find("多个日期") != std::string::npos) {
      ++several;
      CHECK(w.zh.find("任务 5") != std::string::npos);
    }
  CHECK(several == 1);
}

TEST_CASE("import_plan: 承办单位, 实施单位 and 协同单位 columns name who does the work, as the labels do",
          "[import][grammar]") {
  // A county's task list with a column of the leader who oversees the work and one of the person in charge:
  // only the 承办单位 and 协办单位 columns name units, and neither of them names a lead.
  PlanImport result;
  import_plan("某县2023年政府工作报告任务分解一览表\n2023年4月1日\n"
              "序号\t工作任务\t包抓领导\t承办单位\t协办单位\t责任人\t完成时限\n"
              "1\t新建标准化厂房10万平方米\t张某\t县工信局\t县自然资源局、县住建局\t李某\t2023年12月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead").empty());
  CHECK(texts(result.xml, "//task[@id='1']/responsible") ==
        std::vector<std::string>{"县工信局", "县自然资源局", "县住建局"});
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2023-12-31");

  result = PlanImport{};
  import_plan("某区2023年民生实事任务一览表\n2023年3月1日\n"
              "序号\t实事项目\t牵头单位\t实施单位\t协同单位\t完成时间\n"
              "1\t新建公办幼儿园3所\t区教体局\t各街道办事处\t区财政局\t2023年9月\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区教体局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"各街道办事处", "区财政局"});
  // Near miss: a column of how the work is carried out (实施步骤) is the task's words, not units.
  result = PlanImport{};
  import_plan("某区2023年民生实事任务一览表\n2023年3月1日\n"
              "序号\t实事项目\t实施步骤\t牵头单位\t完成时间\n"
              "1\t新建公办幼儿园3所\t先选址后建设\t区教体局\t2023年9月\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible").empty());
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区教体局"});
}

TEST_CASE("import_plan: a note in brackets inside a time label's value stays in the value", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2023年营商环境提升任务分工方案\n2023年2月1日\n一、重点任务\n"
              "1.压缩开办时间。责任单位：县市场监管局。完成时限：2023年6月底前（阶段性），2023年12月底前（全面完成）\n"
              "2.推行帮办代办。（责任单位：县行政审批局；完成时限：2023年9月底前（初见成效））\n"
              // Near miss: the bracket the label stands in still ends the value; the words after it are the task's.
              "3.规范中介服务。（责任单位：县发改局；完成时限：2023年5月底前）后续长期坚持。\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2023-12-31");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2023-09-30");
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县行政审批局"});
  CHECK(text(result.xml, "//task[@id='3']/deadline") == "2023-05-31");
}

TEST_CASE("import_plan: a 类别 column merged down its kind's rows groups the tasks; the task is the words beside it",
          "[import][grammar]") {
  SourceDocument doc = text_source("某县2024年政府工作报告目标任务分工表\n2024年3月28日\n", "tasks.docx");
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  auto cell = [](std::string text, int column, bool continued = false) { return SourceCell{std::move(text), column, 1, continued}; };
  table.table.rows = {{cell("类别", 1), cell("任务内容", 2), cell("牵头领导", 3), cell("责任单位", 4)},
                      {cell("经济发展", 1), cell("新开工重点项目50个", 2), cell("张某", 3), cell("县发改局", 4)},
                      {cell("经济发展", 1, true), cell("规上工业增加值增长6%", 2), cell("李某", 3), cell("县工信局", 4)},
                      {cell("民生保障", 1), cell("新增城镇就业3000人", 2), cell("王某", 3), cell("县人社局", 4)}};
  doc.blocks.push_back(table);
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  // Three tasks, numbered in order, each titled by its own words, not by its kind.
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(result.xml, "//task/title") ==
        std::vector<std::string>{"新开工重点项目50个", "规上工业增加值增长6%", "新增城镇就业3000人"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县工信局"});

  // Near miss: a task cell merged down with nothing else but measures beside it still continues its task.
  SourceDocument doc2 = text_source("某县2024年重点任务分工表\n2024年3月28日\n", "tasks.docx");
  table.table.rows = {{cell("重点任务", 1), cell("具体措施", 2), cell("责任单位", 3)},
                      {cell("优化营商环境", 1), cell("压缩开办时间", 2), cell("县市场监管局", 3)},
                      {cell("优化营商环境", 1, true), cell("推行帮办代办", 2), cell("县行政审批局", 3)}};
  doc2.blocks.push_back(table);
  result = PlanImport{};
  import_plan(doc2, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县市场监管局", "县行政审批局"});
}

TEST_CASE("import_plan: the task's words after a label's list stay its words", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2023年重点工作任务分工方案\n2023年2月1日\n一、重点任务\n"
              "1.推进污水管网建设。责任单位：县水利局。6月底前完成方案，12月底前全面完成。\n"
              "2.推进老旧小区改造。牵头单位：县住建局；配合单位：县城管局。确保年底前完成改造任务。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县水利局"});
  CHECK(text(result.xml, "//task[@id='1']/text").find("12月底前全面完成") != std::string::npos);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2023-12-31");
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县城管局"});
  CHECK(text(result.xml, "//task[@id='2']/text").find("确保年底前完成改造任务") != std::string::npos);
}

TEST_CASE("import_plan: a time limit written in figures (2023.12, 2023.6.30, 2023/9/30) is read as the date", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2023年重点任务清单\n2023年2月1日\n"
              "序号\t重点任务\t责任单位\t完成时限\n"
              "1\t建成县级物流中心\t县商务局\t2023.12\n"
              "2\t完成河道清淤\t县水利局\t2023.6.30\n"
              "3\t建成智慧停车平台\t县城管局\t2023/9/30\n"
              "4\t完成学校改造\t县教育局\t2023.10-2024.3\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2023-12-31");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2023-06-30");
  CHECK(text(result.xml, "//task[@id='3']/deadline") == "2023-09-30");
  CHECK(text(result.xml, "//task[@id='4']/deadline") == "2024-03-31");  // a period in figures: its end
  // Under a time label in a task's line too.
  result = PlanImport{};
  import_plan("某县2023年重点工作任务分工方案\n2023年2月1日\n一、重点任务\n"
              "1.推进物流中心建设。责任单位：县商务局。完成时限：2023.11\n"
              // Near miss: figures with a point in running text are figures, not a date.
              "2.扩大有效投资。全年完成投资2023.5亿元。责任单位：县发改局。\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2023-11-30");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "<none>");
}

TEST_CASE("import_plan: a 责任单位 column whose header notes the first-listed rule leads with its first unit",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某县2023年重点任务清单\n2023年2月1日\n"
              "序号\t重点任务\t责任单位（排在第一位的为牵头单位）\t完成时限\n"
              "1\t建设县级物流园\t县发改局、县财政局、县商务局\t2023年12月底前\n"
              "2\t改造农贸市场\t县市场监管局\t2023年6月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县发改局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县财政局", "县商务局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县市场监管局"});
  // Near miss: a note of what the column holds is no rule, and the column still names no lead.
  result = PlanImport{};
  import_plan("某县2023年重点任务清单\n2023年2月1日\n"
              "序号\t重点任务\t责任单位（含配合单位）\t完成时限\n"
              "1\t建设县级物流园\t县发改局、县财政局\t2023年12月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead").empty());
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县发改局", "县财政局"});
}

TEST_CASE("import_plan: a column headed by two roles (牵头单位/配合单位) splits its cells at the slash", "[import][grammar]") {
  PlanImport result;
  import_plan("某县2023年重点任务清单\n2023年2月1日\n"
              "序号\t重点任务\t牵头单位/配合单位\t完成时限\n"
              "1\t建设县级物流园\t县发改局/县财政局、县商务局\t2023年12月底前\n"
              "2\t改造农贸市场\t县市场监管局\t2023年6月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"县发改局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县财政局", "县商务局"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"县市场监管局"});  // no slash: the first role
  CHECK(texts(result.xml, "//task[@id='2']/responsible").empty());
  // Near miss: a slash between two words of one kind (完成时限/进度) splits nothing.
  result = PlanImport{};
  import_plan("某县2023年重点任务清单\n2023年2月1日\n"
              "序号\t重点任务\t责任单位\t完成时限/进度\n"
              "1\t建设县级物流园\t县发改局\t2023年12月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2023-12-31");
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县发改局"});
}

TEST_CASE("import_plan: a bracket of time alone closing a task is its limit; a span of years ends with its last year",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年重点工作方案\n2024年2月1日\n一、重点任务\n"
              "1.实施城市更新行动。每年改造老旧小区10个。（县住建局牵头，各乡镇配合）（2023—2025年）\n"
              "2.开展经济普查。（县统计局负责）（2024年6月底）\n"
              "3.推进普查登记。2024年3月底前启动。（县统计局负责）（2024年9月底）\n"
              // Near miss: a span after words names what the words name (a plan's years), not the task's limit.
              "4.编制城市更新三年行动计划（2023—2025年）。（县住建局负责）\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2025-12-31");
  CHECK(texts(result.xml, "//task[@id='1']/deadline/@text") == std::vector<std::string>{"2023—2025年"});
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-06-30");
  CHECK(text(result.xml, "//task[@id='3']/deadline") == "2024-09-30");  // the time column, not a step
  CHECK(text(result.xml, "//task[@id='4']/deadline") == "<none>");
}

TEST_CASE("import_plan: a limit that names no date (全年, 长期坚持) sets no deadline and the review says it was read",
          "[import][grammar][review]") {
  PlanImport result;
  import_plan("某县2024年营商环境提升工作方案\n2024年3月1日\n一、重点任务\n"
              "1.推进审批提速。责任单位：县行政审批局。完成时限：全年\n"
              "2.优化纳税服务。6月底前出台办法。责任单位：县税务局。完成时间：长期坚持\n"
              "3.推进常态化巡查。（县城管局负责，全年）\n"
              "4.报送统计数据。责任单位：县统计局。完成时限：每年年底前\n"
              // Near miss: no limit at all is no note.
              "5.规范收费公示。责任单位：县发改局\n"
              "6.调度项目进展。责任单位：县发改局。完成时限：每季度末\n"
              "7.实施三年行动。责任单位：县住建局。完成时限：2024—2025年\n",
              result);
  REQUIRE(result.ok);
  for (const char* id : {"1", "2", "3", "5"})
    CHECK(text(result.xml, ("//task[@id='" + std::string(id) + "']/deadline").c_str()) == "<none>");
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"县城管局"});
  CHECK(texts(result.xml, "//task[@id='4']/deadline/@month") == std::vector<std::string>{"12"});
  nlohmann::json review = plan_review_json(result.xml, result.warnings, "zh", result.task_lines, result.review_notes);
  REQUIRE(review["tasks"].size() == 7);
  auto holds = [&](size_t task, const std::string& words) {
    for (const auto& u : review["tasks"][task]["unsure"])
      if (u.get<std::string>().find(words) != std::string::npos) return true;
    return false;
  };
  CHECK(holds(0, "完成时限“全年”不是日期"));
  CHECK(holds(1, "完成时限“长期坚持”不是日期"));
  CHECK(holds(2, "完成时限“全年”不是日期"));
  CHECK_FALSE(holds(3, "不是日期"));
  CHECK_FALSE(holds(4, "不是日期"));
  // Due every quarter: no single deadline, and the review says why.
  CHECK(text(result.xml, "//task[@id='6']/deadline") == "<none>");
  CHECK(holds(5, "完成时限“每季度末”按期重复"));
  // A span of years under the label: due at its last year's end, quoted as written.
  CHECK(text(result.xml, "//task[@id='7']/deadline") == "2025-12-31");
  CHECK(texts(result.xml, "//task[@id='7']/deadline/@text") == std::vector<std::string>{"2024—2025年"});
}

TEST_CASE("import_plan: the review says where the year of a date written without one came from", "[import][review]") {
  PlanImport result;
  import_plan("某县2024年重点工作方案\n2024年3月1日\n一、重点任务\n"
              "1.完善应急预案。（县应急局牵头，县公安局配合，2025年3月底前启动，三季度完成）\n"
              "2.建成驿站。（县民政局负责，6月底前）\n"
              "二、2025年重点任务\n"
              "3.建成物流园区。（县商务局负责，6月底前）\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/deadline") == "2025-09-30");
  CHECK(text(result.xml, "//task[@id='2']/deadline") == "2024-06-30");
  CHECK(text(result.xml, "//task[@id='3']/deadline") == "2025-06-30");
  nlohmann::json review = plan_review_json(result.xml, result.warnings, "zh", result.task_lines, result.review_notes);
  REQUIRE(review["tasks"].size() == 3);
  auto unsure = [&](size_t task) {
    std::string all;
    for (const auto& u : review["tasks"][task]["unsure"]) all += u.get<std::string>() + "|";
    return all;
  };
  CHECK(unsure(0).find("“三季度”未写年份，按本任务前文所写年份（2025年）") != std::string::npos);
  CHECK(unsure(0).find("按方案年份") == std::string::npos);
  // Near miss: the plan's own year keeps the review's note.
  CHECK(unsure(1).find("“6月底前”未写年份，按方案年份") != std::string::npos);
  CHECK(unsure(2).find("“6月底前”未写年份，按所在标题所写年份（2025年）") != std::string::npos);
  CHECK(unsure(2).find("按方案年份") == std::string::npos);
  // Without the importer's notes (a plan XML read back) the review says what it can.
  nlohmann::json bare = plan_review_json(result.xml, result.warnings, "zh", result.task_lines);
  CHECK(bare["tasks"][2]["unsure"].dump().find("按方案年份") != std::string::npos);
}

TEST_CASE("import_plan: a table one cell per line whose rows leave an empty cell out, a header cell broken over two lines",
          "[import][grammar]") {
  // As a web page gives a 重点工作 table with a narrow 区本级任务数 column, often empty.
  PlanImport result;
  import_plan("某区2024年重点工作责任分解\n2024年3月1日\n"
              "序号\n重点工作\n区本级\n任务数\n责任单位\n"
              "1\n地区生产总值增长6%。\n区发改局\n"
              "2\n争取专项债额度15亿元。\n12亿元\n区财政局*、区发改局\n"
              "3\n推进重大建设项目300个以上。\n150个\n区发改局\n"
              "4\n单位生产总值能耗完成上级下达的目标任务。\n区发改局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区发改局"});
  CHECK(texts(result.xml, "//task[@id='4']/responsible") == std::vector<std::string>{"区发改局"});
  // The star marks the lead among the units of the cell.
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"区财政局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"区发改局"});
  // Near miss: a row whose last cell is no unit stays unread rather than shifted.
  result = PlanImport{};
  import_plan("某区2024年重点工作责任分解\n2024年3月1日\n"
              "序号\n重点工作\n区本级\n任务数\n责任单位\n"
              "1\n地区生产总值增长6%。\n区发改局\n"
              "2\n争取专项债额度15亿元。\n12亿元\n"
              "3\n推进重大建设项目300个以上。\n150个\n区发改局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1"});
}

TEST_CASE("import_plan: a paragraph whose number a wrong encoding spoiled is another item, not the task above",
          "[import][grammar]") {
  // A mirror site's page: the item numbers of some items turned to noise (?。ǘ┩ for （二）).
  PlanImport result;
  import_plan("某市2006年重点工作事项\n某市人民政府办公厅\n2006年4月28日\n一、产业体系\n"
              "（一）加快建设汽车产业基地。（牵头单位：市经贸委；配合单位：市发改委、市规划局）\n"
              "?。ǘ┩推进石化基地建设。（牵头单位：市发改委；配合单位：市经贸委、黄埔区政府）\n"
              "（三）加快物流园区建设。（牵头单位：市交委；配合单位：市经贸委）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"(一)", "(三)"});
  CHECK(texts(result.xml, "//task[@id='(一)']/lead") == std::vector<std::string>{"市经贸委"});
  CHECK(texts(result.xml, "//task[@id='(一)']/responsible") == std::vector<std::string>{"市发改委", "市规划局"});
  bool said = false;
  for (const ImportWarning& w : result.warnings) said = said || w.zh.find("段首是乱码") != std::string::npos;
  CHECK(said);
  // Near miss: an unnumbered paragraph of the task's own words with its clause still joins it.
  result = PlanImport{};
  import_plan("某市2006年重点工作事项\n某市人民政府办公厅\n2006年4月28日\n一、产业体系\n"
              "（一）加快建设汽车产业基地。\n"
              "推进整车项目落地。（牵头单位：市经贸委；配合单位：市发改委）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='(一)']/lead") == std::vector<std::string>{"市经贸委"});
}

TEST_CASE("import_plan: a heading row of a table one cell per line may carry a note of its section's leaders",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某区2023年目标任务责任分解表\n2023年1月30日\n"
              "序号\n\n目标任务\n\n牵头单位\n\n责任单位\n\n"
              "一、经济发展、财政金融、营商环境、交通运输、安全生产等方面的主要工作目标（牵头领导：张三、李四）\n\n"
              "1\n\n地区生产总值增长8%。\n\n区发改局\n\n区统计局\n\n"
              "2\n\n一般公共预算收入增长6%。\n\n区财政局\n\n区税务局\n",
              result);
  REQUIRE(result.ok);
  // The heading is no task, the leaders it names are people, and the rows under it are read.
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区发改局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"区税务局"});
  // Near miss: a numbered sentence (。) ends the table: the lines after it are no row of it.
  PlanImport prose;
  import_plan("某区2023年目标任务责任分解表\n2023年1月30日\n"
              "序号\n\n目标任务\n\n牵头单位\n\n责任单位\n\n"
              "1\n\n地区生产总值增长8%。\n\n区发改局\n\n区统计局\n\n"
              "二、各单位要细化目标任务，逐项列出工作清单，每季度末报送进展情况。\n\n2\n\n区发改局\n",
              prose);
  REQUIRE(prose.ok);
  CHECK(texts(prose.xml, "//task/@id") == std::vector<std::string>{"1"});
}

TEST_CASE("import_plan: a printed page's number copied with the text is dropped, not read into a title or a list",
          "[import]") {
  PlanImport result;
  import_plan("某区人民政府办公室\n2019年4月16日\n— 2 —\n某区贯彻落实《关于加强街道工作的意见》的\n任务分解方案\n"
              "一、加强基层党建\n1.完善街道党工委领导体制机制，优化决策程序。\n牵头单位：区委组织部\n"
              "协办单位：区委编办、各街道党工\n委\n— 3 —\n2.构建区域化党建工作体系。\n牵头单位：区委组织部\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区委编办", "各街道党工委"});
  CHECK(texts(result.xml, "/plan/title") == std::vector<std::string>{"某区贯彻落实《关于加强街道工作的意见》的任务分解方案"});
}

TEST_CASE("import_plan: a flattened table's header cells broken over two lines are joined to the rows' width",
          "[import][grammar]") {
  // A township's table of key work with narrow 责任领导 / 责任科室 columns: the page writes each
  // header word on a line of its own (责任 / 领导), one cell a line.
  PlanImport result;
  import_plan("某镇2024年度重点工作计划\n"
              "序号\n重点工作\n责任\n领导\n责任\n科室\n年度目标\n任务\n"
              "1\n农村公路养护\n李某某\n交通管理站\n完成养护里程20公里。\n"
              "2\n垃圾分类示范村创建\n王某某\n环境卫生所\n新建示范村3个。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"交通管理站"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"环境卫生所"});
  CHECK(texts(result.xml, "//task[@id='1']/title") == std::vector<std::string>{"农村公路养护"});
  // Near miss: the same header lines before rows of another width are not forced into it.
  result = PlanImport{};
  import_plan("某镇2024年度重点工作计划\n"
              "序号\n重点工作\n责任\n领导\n责任\n科室\n年度目标\n任务\n"
              "1\n农村公路养护\n交通管理站\n"
              "2\n垃圾分类示范村创建\n环境卫生所\n",
              result);
  REQUIRE(result.ok);
  CHECK(result.xml.select_nodes("//task/responsible").empty());
}

TEST_CASE("import_plan: a sorting column before 序号, a merged cell and a units cell over two lines in a flattened table",
          "[import][grammar]") {
  // A 任务清单 whose first column (考核项目) sorts the rows and is written once before them; its
  // 考核指标 cell spans rows, so later rows leave it out; one 责任部门 cell lists two units on two
  // lines, and a 评分部门 column (the office that scores) follows it.
  PlanImport result;
  import_plan("2022年某县生态建设任务清单\n"
              "考核项目\n序号\n考核指标\n考核内容\n年度目标\n责任部门\n评分部门\n"
              "生态保护\n1\n守住生态底线\n森林覆盖率\n稳定\n县林业局\n县自然资源局\n市林业局\n"
              "2\n湿地保护率\n50%\n县林业局\n市林业局\n"
              "3\n河湖水质达标率\n100%\n县水利局\n市水利局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(result.xml, "//section/@title") == std::vector<std::string>{"生态保护"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县林业局", "县自然资源局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县林业局"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"县水利局"});
  // The row's own words title it; the merged 考核指标 stays in its text.
  CHECK(texts(result.xml, "//task[@id='2']/title") == std::vector<std::string>{"湿地保护率"});
  CHECK(result.xml.select_nodes("//*[.='市林业局']").empty());
  // Near miss: a row that ends in no unit is not shifted to make it fit; the table stops there.
  result = PlanImport{};
  import_plan("2022年某县生态建设任务清单\n"
              "考核项目\n序号\n考核指标\n考核内容\n年度目标\n责任部门\n评分部门\n"
              "生态保护\n1\n守住生态底线\n森林覆盖率\n稳定\n县林业局\n市林业局\n"
              "2\n湿地保护率\n50%\n稳定\n"
              "3\n河湖水质达标率\n100%\n县水利局\n市水利局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1"});
}

TEST_CASE("import_plan: a flattened row short of its last cells keeps its units in the order written",
          "[import][grammar]") {
  // The first row of a 分解表 whose 责任单位 and 责任人 cells are empty and left out: its one unit
  // is the lead, the first units column, when no row stands above to merge one from.
  PlanImport result;
  import_plan("2023年区政府工作目标任务落实责任分解表\n"
              "序号\n目标任务\n牵头单位\n责任单位\n责任人\n"
              "1\n地区生产总值增长8%。\n区发改局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"区发改局"});
  // Near miss: a short row whose last line is a person (责任人), not a unit, is not read.
  result = PlanImport{};
  import_plan("2023年区政府工作目标任务落实责任分解表\n"
              "序号\n目标任务\n牵头单位\n责任单位\n责任人\n"
              "1\n地区生产总值增长8%。\n张某\n",
              result);
  REQUIRE(result.ok);
  CHECK(result.xml.select_nodes("//task/lead").empty());
}

TEST_CASE("import_plan: a task table whose columns wide spaces set apart", "[import][grammar]") {
  PlanImport result;
  import_plan("某镇2024年安全生产重点工作方案\n某镇人民政府\n2024年3月1日\n"
              "序号    工作任务                  责任单位        完成时限\n"
              "1       排查燃气管道隐患          镇安监办        2024年6月底前\n"
              "2       整治消防通道堵塞          镇综合执法队    2024年9月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"镇综合执法队"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-06-30", "2024-09-30"});
  // Near miss: the signature of two issuers set apart by spaces stays the signature.
  result = PlanImport{};
  import_plan("某镇2024年安全生产重点工作方案\n某镇党委办公室    某镇人民政府办公室\n2024年3月1日\n"
              "1.排查燃气管道隐患。（责任单位：镇安监办）\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1"});
  CHECK(texts(result.xml, "/*/@issued") == std::vector<std::string>{"2024-03-01"});
}

TEST_CASE("import_plan: a flattened project list's header names a place and an amount; bars close its cells",
          "[import][grammar]") {
  // A county's 民生实事 list as a page gives it: each cell on a line closed by a bar, a bar
  // alone between rows, and columns for where the project is and what it costs.
  PlanImport result;
  import_plan("某县人民政府关于印发某县2024年十件民生实事项目的通知\n某县人民政府\n2024年4月2日\n"
              "|\n序号 |\n项目名称 |\n建设地点 |\n建设内容 |\n年度投资金额 (万元) |\n责任单位 |\n|\n"
              "1 |\n城北小学门前道路建设项目 |\n城关街道 |\n建成道路1公里。 |\n300 |\n县住建局 |\n|\n"
              "2 |\n高标准农田建设项目 |\n东河镇 |\n整治田块500亩。 |\n4930 |\n县农业农村局 |\n|\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task[@id='1']/title") == std::vector<std::string>{"城北小学门前道路建设项目"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县农业农村局"});
  // Near miss: in a table without 序号 a first task cell that speaks of investment is a cell,
  // not one more column's name.
  result = PlanImport{};
  import_plan("某县2024年重点工作方案\n某县人民政府\n2024年4月2日\n"
              "工作任务\n责任单位\n完成时限\n"
              "摸清投资底数\n县发改局\n2024年6月底前\n"
              "建成农贸市场\n县商务局\n2024年9月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/responsible") == std::vector<std::string>{"县发改局", "县商务局"});
}

TEST_CASE("import_plan: a flattened table's column after 序号 names the work whatever its name; a unit cell over lines",
          "[import][grammar]") {
  // A county's 民生实事 list: the words column is headed by what the rows are (民生实事), a 责任单位
  // cell lists its units one per line, and one row holds two works with their times sharing a unit.
  PlanImport result;
  import_plan("某县人民政府办公室关于2016年民生实事的通知\n某县人民政府办公室\n2016年2月26日\n"
              "序号\n民生实事\n责任单位\n完成时限\n"
              "1\n建设湿地公园。\n县水务局\n县住建局\n12月底前\n"
              "2\n新建人行天桥。\n县住建局\n9月底前\n"
              "3\n开工建设养老院。\n县民政局\n5月底前\n建成老年大学。\n12月底前\n"
              "4\n新建农贸市场。\n县商务局\n12月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县水务局", "县住建局"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"县民政局"});
  CHECK(texts(result.xml, "//task/deadline") ==
        std::vector<std::string>{"2016-12-31", "2016-09-30", "2016-12-31", "2016-12-31"});
  CHECK(texts(result.xml, "//task[@id='3']/text")[0].find("建成老年大学") != std::string::npos);
  // Near miss: a numbered section row between the header and the rows is no column's name.
  result = PlanImport{};
  import_plan("某县人民政府办公室关于2016年民生实事的通知\n某县人民政府办公室\n2016年2月26日\n"
              "序号\n一、城乡建设\n1\n建设湿地公园。\n",
              result);
  REQUIRE(result.ok);
  CHECK(result.xml.select_nodes("//task/responsible").empty());
}

TEST_CASE("import_plan: short lines between a flattened header and its first row are header cells whatever their words",
          "[import][grammar]") {
  // Must apply: a progress table's last columns (是否完成 / 备忘) name no known column and do not
  // join the cells before them: each is a column, and the rows, short of them, are set by kind.
  PlanImport result;
  import_plan("某区2022年为民实事推进表\n某区人民政府办公室\n2022年3月1日\n"
              "序号\n实事项目\n牵头单位\n协同单位\n是否完成\n备忘\n"
              "7\n新建口袋公园5个。\n区城管局\n各街道\n是\n"
              "8\n改造农贸市场2个。\n区商务局\n区市场监管局\n否\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"7", "8"});
  CHECK(texts(result.xml, "//task/lead") == std::vector<std::string>{"区城管局", "区商务局"});
  CHECK(texts(result.xml, "//task/responsible") == std::vector<std::string>{"各街道", "区市场监管局"});
  // Must apply: a cell broken before its bracket (总投资 / （万元）) and one after a year alone
  // (2022年 / 目标进度): the bracket ends the cell before, the year opens the one after.
  result = PlanImport{};
  import_plan("某区2022年为民实事推进表\n某区人民政府办公室\n2022年3月1日\n"
              "序号\n项目\n责任单位\n总投资\n（万元）\n2022年\n目标进度\n"
              "1\n新建口袋公园5个。\n区城管局\n300\n9月底前建成\n"
              "2\n改造农贸市场2个。\n区商务局\n800\n11月底前完工\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task/responsible") == std::vector<std::string>{"区城管局", "区商务局"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2022-09-30", "2022-11-30"});
  // Near miss: a numbered section line before the first row heads a section, no column.
  result = PlanImport{};
  import_plan("某区2022年为民实事推进表\n某区人民政府办公室\n2022年3月1日\n"
              "序号\n实事项目\n责任单位\n一、城建\n"
              "1\n新建口袋公园5个。\n区城管局\n",
              result);
  REQUIRE(result.ok);
  CHECK(result.xml.select_nodes("//task[@id='1']/responsible[.='一、城建']").empty());
}

TEST_CASE("import_plan: steps numbered inside a cell, each opening with its month, keep their number out of the date",
          "[import][grammar]") {
  // Must apply: 1.4月底前 is step 1 by the end of April, 3.11月底前 step 3 by the end of
  // November (not March 11th); the task's deadline is its last step.
  PlanImport result;
  import_plan("序号 | 实事项目 | 实施计划 | 责任单位 |\n"
              "1 | 新建幼儿园3所。 | 1.4月底前主体完工。 2.8月底前竣工。 3.11月底前交付使用。 | 教育局 |\n"
              "2 | 改造老旧小区5个。 | 工期约3.5个月，9月底前完工。 | 住建局 |\n"
              "某区人民政府办公室\n2022年3月1日\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2022-11-30"});
  // Near miss: a figure with a point before 个月 is a length of time, no step.
  CHECK(texts(result.xml, "//task[@id='2']/deadline") == std::vector<std::string>{"2022-09-30"});
}

TEST_CASE("import_plan: a flattened row of several works, a unit name broken over two lines, a time written as a sentence",
          "[import][grammar]") {
  // Must apply: row 1 lists two works (its 项目 cell merged over them), up to three times the
  // header's width of lines before row 2's number; 区城市更新 / 服务中心 is one unit broken by a
  // narrow column (it opens with a level word and with the next line makes one name); row 2's
  // time is a sentence (3月开工，年内完成主体。), the one words line too many: it is the time.
  PlanImport result;
  import_plan("某区2022年民生实事任务分解表\n某区人民政府办公室\n2022年2月10日\n"
              "序号\n项目\n责任单位\n建设内容\n目标进度\n"
              "1\n改善出行条件\n区城市更新\n服务中心\n改造支路3条。\n10月底前完工\n"
              "区交通局\n新增公交线路2条。\n6月底前开通\n"
              "2\n建设保障住房\n区住建局\n新建保障性租赁住房500套。\n3月开工，年内完成主体。\n"
              "3\n提升防洪能力\n区水利局\n整治河道5公里。\n9月底前完工\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区城市更新服务中心", "区交通局"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2022-10-31", "2022-12-31", "2022-09-30"});
  // Near miss: a words line before a unit line is no broken name (具备通车条件 / 区交通局).
  result = PlanImport{};
  import_plan("某区2022年民生实事任务分解表\n某区人民政府办公室\n2022年2月10日\n"
              "序号\n项目\n责任单位\n建设内容\n目标进度\n"
              "1\n改善出行条件\n区住建局\n改造支路3条。\n10月底前\n具备通车条件\n区交通局\n新增公交线路2条。\n6月底前\n"
              "2\n提升防洪能力\n区水利局\n整治河道5公里。\n9月底前完工\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区住建局", "区交通局"});
}

TEST_CASE("import_plan: a label line naming the leader in charge (主管领导：) under a task's units line is no unit list",
          "[import][grammar]") {
  // The lines of an item's labels run together when read (责任单位：县商务局主管领导：李某某): the
  // leader's label is read as itself, so the units before it stay whole and the person is no unit.
  PlanImport result;
  import_plan("某县2024年重点工作方案\n某县人民政府\n2024年3月1日\n"
              "1.新建农贸市场2个。\n责任单位：县商务局\n主管领导：李某某\n完成时限：2024年12月底前\n"
              "2.建成污水处理厂二期。\n责任单位：县住建局\n主要责任人：张某某\n完成时限：2024年10月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县商务局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"县住建局"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-12-31", "2024-10-31"});
  // Near miss: a unit whose name ends in 领导小组 stays a unit.
  result = PlanImport{};
  import_plan("某县2024年重点工作方案\n某县人民政府\n2024年3月1日\n"
              "1.迎接国家卫生县城复审。\n责任单位：县创卫工作领导小组办公室\n完成时限：2024年12月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县创卫工作领导小组办公室"});
}

TEST_CASE("import_plan: a flattened header of two rows — 责任单位 over 牵头单位 and 配合单位 written after the first row",
          "[import][grammar]") {
  PlanImport result;
  import_plan("某县2024年重点工作任务分工方案\n某县人民政府\n2024年3月1日\n"
              "序号\n重点任务\n责任单位\n完成时限\n牵头单位\n配合单位\n"
              "1\n建成污水处理厂二期\n县住建局\n县财政局\n2024年6月底前\n"
              "2\n新建农贸市场\n县商务局\n县市场监管局\n2024年9月底前\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task/lead") == std::vector<std::string>{"县住建局", "县商务局"});
  CHECK(texts(result.xml, "//task/responsible") == std::vector<std::string>{"县财政局", "县市场监管局"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-06-30", "2024-09-30"});
  // Near miss: rows as wide as the header read it as written (a 牵头单位 and a 配合单位 column
  // beside a 责任单位 one); nothing moves.
  result = PlanImport{};
  import_plan("某县2024年重点工作任务分工方案\n某县人民政府\n2024年3月1日\n"
              "序号\n重点任务\n责任单位\n完成时限\n牵头单位\n配合单位\n"
              "1\n建成污水处理厂二期\n县住建局\n2024年6月底前\n县发改局\n县财政局\n"
              "2\n新建农贸市场\n县商务局\n2024年9月底前\n县发改局\n县市场监管局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-06-30", "2024-09-30"});
  CHECK(texts(result.xml, "//task/lead") == std::vector<std::string>{"县发改局", "县发改局"});
}

TEST_CASE("import_plan: items without numbers, each followed by its label lines, are the tasks in order",
          "[import][grammar]") {
  // A list of 实事 as a newspaper gives it: the item's sentence, then who leads it (a person),
  // the unit, the person answerable and the schedule, each on a label line; no item numbered.
  PlanImport result;
  import_plan("某市2012年十件实事任务分解\n某市人民政府办公厅\n2012年3月1日\n"
              "新增中小学学位2万个。\n主管领导：王某\n责任单位：市教育局\n主要责任人：赵某\n"
              "进度安排：6月底前完成基建；12月底前全部落实。\n"
              "新建社区卫生服务站10个。\n主管领导：王某\n责任单位：市卫健委\n主要责任人：钱某\n"
              "进度安排：9月底前全部建成。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task/responsible") == std::vector<std::string>{"市教育局", "市卫健委"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2012-12-31", "2012-09-30"});
  CHECK(result.xml.select_nodes("//*[.='王某' or .='赵某' or .='钱某']").empty());
  // Near miss: where numbered items carry the units, an unnumbered paragraph before a label
  // line is no task of its own.
  result = PlanImport{};
  import_plan("某市2012年十件实事任务分解\n某市人民政府办公厅\n2012年3月1日\n"
              "1.新增中小学学位2万个。\n责任单位：市教育局\n"
              "新建社区卫生服务站10个。\n责任单位：市卫健委\n"
              "2.新建公园3个。\n责任单位：市园林局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  // Near miss: one such paragraph is no list.
  result = PlanImport{};
  import_plan("某市2012年卫生工作安排\n某市人民政府办公厅\n2012年3月1日\n"
              "新建社区卫生服务站10个。\n责任单位：市卫健委\n",
              result);
  REQUIRE(result.ok);
  CHECK(result.xml.select_nodes("//task").empty());
}

TEST_CASE("import_plan: a label a mirror site wrote with pinyin after its characters reads as the label",
          "[import][grammar]") {
  // 責(zé)任單位:… — the pinyin in brackets after a character, as mirror sites of government pages
  // write it; only the label loses it, the unit after the colon keeps its spelling as written.
  PlanImport result;
  import_plan("某市2012年十件實事任務分解\n某市人民政府辦公廳\n2012年3月1日\n"
              "1.新增中小學學位2萬個。\n責(zé)任單位:市教育局\n進(jìn)度安排:12月底前全部落實(shí)。\n"
              "2.新建社區衛生服務站10個。\n責(zé)任單位:經(jīng)開區(qū)管委會\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"市教育局"});
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2012-12-31"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"經(jīng)開區(qū)管委會"});
  // Near miss: a bracket of capitals after a label's word is no pinyin (备注(EN):…) and stays.
  result = PlanImport{};
  import_plan("某市2012年十件实事任务分解\n某市人民政府办公厅\n2012年3月1日\n"
              "1.新增中小学学位2万个。（责任单位：市教育局）\n说明(EN):见附件。\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"市教育局"});
}

TEST_CASE("import_plan: the label lines right under a task of several sentences are its own", "[import][grammar]") {
  // An item of two sentences, then the leader in charge, the unit and the schedule, each on a line.
  PlanImport result;
  import_plan("某县2024年重点工作方案\n某县人民政府\n2024年3月1日\n"
              "1.建成污水处理厂二期。日处理能力达到2万吨。\n主管领导：张某某\n责任单位：县住建局\n"
              "进度安排：10月底前建成。\n"
              "2.新建农贸市场2个。\n责任单位：县商务局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县住建局"});
  CHECK(texts(result.xml, "//task[@id='1']/deadline") == std::vector<std::string>{"2024-10-31"});
  // Near miss: a paragraph of running text after such an item is not its label line.
  result = PlanImport{};
  import_plan("某县2024年重点工作方案\n某县人民政府\n2024年3月1日\n"
              "1.建成污水处理厂二期。日处理能力达到2万吨。\n主管领导：张某某\n"
              "全县各单位要于10月底前报送进展情况。\n"
              "2.新建农贸市场2个。\n责任单位：县商务局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/deadline").empty());
}

TEST_CASE("import_plan: a notice whose tasks are in an attachment says so when no task is read", "[import][grammar]") {
  PlanImport notice;
  import_plan("各镇人民政府，县政府各部门：\n"
              "现将《2024年重点工作任务分解表》印发给你们，请各牵头单位对照任务分工抓好落实。\n"
              "附件：2024年重点工作任务分解表\n"
              "某县人民政府办公室\n"
              "2024年2月20日\n",
              notice);
  REQUIRE(notice.ok);
  CHECK(notice.task_lines.empty());
  bool named = false;
  for (const ImportWarning& w : notice.warnings)
    named = named || (w.zh.find("任务在附件“2024年重点工作任务分解表”里") != std::string::npos && w.line == 3);
  CHECK(named);
  // Near miss: the attachment printed in the same file after the notice gives its tasks, and no such warning.
  PlanImport whole;
  import_plan("各镇人民政府，县政府各部门：\n"
              "现将《2024年重点工作任务分解表》印发给你们，请认真贯彻落实。\n"
              "附件：2024年重点工作任务分解表\n"
              "某县人民政府办公室\n"
              "2024年2月20日\n"
              "2024年重点工作任务分解表\n"
              "1. 建成便民服务驿站10个。（牵头单位：县民政局）\n"
              "2. 完成农村公路提档升级50公里。（牵头单位：县交通运输局）\n",
              whole);
  REQUIRE(whole.ok);
  CHECK(whole.task_lines.size() == 2);
  for (const ImportWarning& w : whole.warnings) CHECK(w.zh.find("任务在附件") == std::string::npos);
}

TEST_CASE("import_plan: a project list's 起止年限 column is its time; a span is due at its end", "[import][grammar]") {
  PlanImport result;
  import_plan("某区2024年城建重点项目计划\n2024年1月20日\n"
              "| 序号 | 项目名称 | 建设起止年限 | 责任单位 |\n"
              "| 1 | 背街小巷整治 | 2024.02-2024.10 | 区城管局 |\n"
              "| 2 | 雨污分流改造 | 2024年3月-11月 | 区水务局 |\n"
              "| 3 | 口袋公园建设 | 2024.4—2024.9 | 区园林中心 |\n"
              "| 4 | 停车场建设 | 2024.06 | 区住建局 |\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/deadline") ==
        std::vector<std::string>{"2024-10-31", "2024-11-30", "2024-09-30", "2024-06-30"});  // 4: one month, its end
  // Near miss: a building's service life is no time of the work.
  PlanImport life;
  import_plan("某区2024年城建重点项目计划\n2024年1月20日\n"
              "| 序号 | 项目名称 | 设计使用年限 | 责任单位 |\n"
              "| 1 | 背街小巷整治 | 50年 | 区城管局 |\n",
              life);
  REQUIRE(life.ok);
  CHECK(texts(life.xml, "//task/deadline").empty());
}

TEST_CASE("import_plan: a soft line break between two ideographs wraps a word, not two units", "[import][grammar]") {
  SourceDocument doc = text_source("某省2024年内河航运工作方案\n2024年1月5日\n一、重点任务\n", "plan.docx");
  auto paragraph = [&](const std::string& text) {
    SourceBlock b;
    b.kind = SourceBlock::Kind::Paragraph;
    b.text = text;
    doc.blocks.push_back(b);
  };
  paragraph("1.疏浚主航道。落实省航务中\n心部署的疏浚计划。（牵头单位：省港\n航管理局）");
  paragraph("2.整治支线航道。（责任单位：省财政厅\n省水利厅）");  // near miss: one unit a line
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  table.table.rows = {row({"序号", "重点任务", "牵头单位", "配合单位"}),
                      row({"3", "建设智慧航\n道平台", "省大\n数据中心", "省财政厅\n省港航管理局"})};
  doc.blocks.push_back(table);
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/text").find("省航务中心部署") != std::string::npos);
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"省港航管理局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"省财政厅", "省水利厅"});
  CHECK(text(result.xml, "//task[@id='3']/text").find("智慧航道平台") != std::string::npos);
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"省大数据中心"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"省财政厅", "省港航管理局"});
}

TEST_CASE("import_plan: a sentence with no date in a time column stays the task's words", "[import][grammar]") {
  PlanImport result;
  import_plan("某区2024年城建重点项目计划\n2024年1月20日\n"
              "| 序号 | 项目名称 | 完成时限 | 责任单位 |\n"
              "| 1 | 背街小巷整治 | 整治巷道12条，更换路灯300盏 | 区城管局 |\n"
              "| 2 | 雨污分流改造 | 长期坚持，常抓不懈 | 区水务局 |\n",
              result);
  REQUIRE(result.ok);
  CHECK(text(result.xml, "//task[@id='1']/text").find("更换路灯300盏") != std::string::npos);
  CHECK(texts(result.xml, "//task/deadline").empty());
  // Near miss: a limit written as no date is the limit, not words.
  CHECK(text(result.xml, "//task[@id='2']/text").find("长期坚持") == std::string::npos);
}

TEST_CASE("import_plan: a flattened row a line longer than its header joins a words cell a narrow column broke",
          "[import][grammar]") {
  // Must apply: the header's cells broken over lines (实施起 / 止年限, 资金 / 来源, 责任 / 单位) and
  // the first row's 项目名称 over two lines (乡村道路 / 硬化工程): the header is as wide as the
  // second row, and the first row's two short words lines are its name; its unit is the one in
  // 责任单位, not the 资金来源 beside it, and its span is due at its end.
  PlanImport result;
  import_plan("某县2024年为民办实事项目表\n某县人民政府\n2024年2月1日\n"
              "序号\n项目名称\n建设内容\n实施起\n止年限\n资金\n来源\n责任\n单位\n"
              "1\n乡村道路\n硬化工程\n硬化通村道路20公里，方便群众出行。\n2024.03-2024.10\n财政资金\n县交通运输局\n"
              "2\n农贸市场改造\n改造乡镇农贸市场3个。\n2024.02-2024.09\n社会投资\n县商务局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(result.xml, "//task/responsible") == std::vector<std::string>{"县交通运输局", "县商务局"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2024-10-31", "2024-09-30"});
  CHECK(text(result.xml, "//task[@id='1']/title").find("乡村道路硬化工程") != std::string::npos);
  // Near miss: a row a line longer whose extra line is a second unit (two units in 责任单位, one
  // a line) joins no words: both units are the row's.
  result = PlanImport{};
  import_plan("某县2024年为民办实事项目表\n某县人民政府\n2024年2月1日\n"
              "序号\n项目名称\n建设内容\n完成时限\n责任单位\n"
              "1\n校园改造\n改造中小学操场5处。\n2024年8月底\n县教育局\n县财政局\n"
              "2\n路灯更新\n更新城区路灯500盏。\n2024年10月底\n县城管局\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"县教育局", "县财政局"});
  CHECK(text(result.xml, "//task[@id='1']/title").find("校园改造改造") == std::string::npos);
}

TEST_CASE("import_plan: a table one cell a line closed by bars, its header set several cells a line", "[import][grammar]") {
  // Must apply: a page's table whose cells each end with a bar on a line of their own, while the
  // header's cells stand two and four to a line: the header lines are the table's columns.
  PlanImport result;
  import_plan("某开发区2023年第三季度重点任务公开承诺事项\n时间:2023-10-09\n"
              "序号 | 重点任务 |\n"
              "完成时间 | 责任人 | 责任部门 | 进展情况 |\n"
              "3 |\n"
              "推进标准厂房二期建设，完善园区配套设施。 |\n"
              "10月底前完成主体封顶 |\n"
              "张三 李四 |\n"
              "经发局 |\n"
              "主体施工已完成80%。 |\n"
              "4 |\n"
              "开展企业用工对接活动，保障企业用工需求。 |\n"
              "12月底前 |\n"
              "王五 |\n"
              "人社局 |\n"
              "已举办招聘会2场。 |\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"3", "4"});
  CHECK(texts(result.xml, "//task/responsible") == std::vector<std::string>{"经发局", "人社局"});
  CHECK(texts(result.xml, "//task/deadline") == std::vector<std::string>{"2023-10-31", "2023-12-31"});
  // Near miss: two lines of bars whose cells are a table's rows (numbers, units), not a header,
  // stay that table, read as before.
  result = PlanImport{};
  import_plan("某开发区2023年重点任务\n2023年3月1日\n"
              "| 序号 | 重点任务 | 责任部门 | 完成时间 |\n"
              "| 1 | 推进标准厂房二期建设。 | 经发局 | 10月底前 |\n"
              "2 |\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"经发局"});
}

TEST_CASE("import_plan: a table whose cells ran together is read by a row grammar", "[import][grammar][run-together]") {
  // Must apply: a converted file whose table lost every break between cells: the header run
  // together, then rows 1–3, each its number, its name, its words, the leader in charge, the lead
  // unit and the units helping, the next row's number right after the last unit. Row 2 lists two
  // works under one name, each with its leader and units; the site's page marks 1、 2、 open the
  // lines, the second in the middle of a unit's name.
  SourceDocument doc = text_source(
      "1、2024年为民办实事项目分解表序号实事名称工作内容分管县领导牵头单位协同单位1改善农村饮水提升改造供水站6座,"
      "新增受益人口1.2万人。李建国水利局城投公司各乡镇2提升城乡交通新开通公交线路3条。王红交通局公交公司完成国道沿线"
      "路灯改造20公里。赵一民住建局城东街道城西街\n"
      "2、道3扩大托育服务新增普惠托位300个,其中社区嵌入式托位120个。孙丽卫健局妇联教育局\n",
      "plan.txt");
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(result.xml, "//task[@id='1']/lead") == std::vector<std::string>{"水利局"});
  CHECK(texts(result.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"城投公司", "各乡镇"});
  CHECK(texts(result.xml, "//task[@id='2']/lead") == std::vector<std::string>{"交通局", "住建局"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") ==
        std::vector<std::string>{"公交公司", "城东街道", "城西街道"});
  CHECK(texts(result.xml, "//task[@id='3']/lead") == std::vector<std::string>{"卫健局"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible") == std::vector<std::string>{"妇联", "教育局"});
  // The leaders are people, no units; the figures (6座, 3条, 300个) open no row.
  CHECK(text(result.xml, "//task[@id='2']/text").find("王红") == std::string::npos);
  CHECK(texts(result.xml, "//units/unit/@name").size() == 11);
  // Near miss: prose listing units with 、 and a verb stays a unit clause of the prose reader.
  doc = text_source(
      "某县2024年教育工作要点\n"
      "1.改善办学条件,新建中学1所。教育局、民政局牵头,各乡镇配合。\n"
      "2.提升师资水平,培训教师500人次。教育局负责。\n",
      "plan.txt");
  PlanImport prose;
  import_plan(doc, PlanImportOptions{}, prose);
  REQUIRE(prose.ok);
  CHECK(texts(prose.xml, "//task[@id='1']/lead") == std::vector<std::string>{"教育局", "民政局"});
  CHECK(texts(prose.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"各乡镇"});
  // Near miss: a numbered list 1、2、 inside one cell, with figures, is no new row; rows go 1, 2.
  doc = text_source(
      "序号项目名称建设内容牵头单位配合单位1城区道路提升1、改造道路3条;2、新建停车场2处。住建局城管局交警大队"
      "2公园绿地建设新建口袋公园5个。园林局各街道\n",
      "plan.txt");
  PlanImport listed;
  import_plan(doc, PlanImportOptions{}, listed);
  REQUIRE(listed.ok);
  CHECK(texts(listed.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(listed.xml, "//task[@id='1']/lead") == std::vector<std::string>{"住建局"});
  CHECK(texts(listed.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"城管局", "交警大队"});
  CHECK(texts(listed.xml, "//task[@id='2']/lead") == std::vector<std::string>{"园林局"});
  // Must apply, in traditional characters: a lead cell of two units a 、 joins, a 社區 that opens a
  // longer name, a surname written 劉.
  doc = text_source(
      "序號項目名稱主要內容責任領導牽頭單位配合單位1改善辦學條件新建小學1所。張偉教育局、財政局各街道"
      "2完善養老服務新建養老服務站4個。劉洋民政局社區服務中心\n",
      "plan.txt");
  PlanImport trad;
  import_plan(doc, PlanImportOptions{}, trad);
  REQUIRE(trad.ok);
  CHECK(texts(trad.xml, "//task/@id") == std::vector<std::string>{"1", "2"});
  CHECK(texts(trad.xml, "//task[@id='1']/lead") == std::vector<std::string>{"教育局", "財政局"});
  CHECK(texts(trad.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"各街道"});
  CHECK(texts(trad.xml, "//task[@id='2']/lead") == std::vector<std::string>{"民政局"});
  CHECK(texts(trad.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"社區服務中心"});
  // Must apply: words whose cells end with no full stop (新建小学1所 / 张伟): the units are the run that
  // reaches the next row's number. Near miss: the last row, cut in its words, reads none of them as units.
  doc = text_source(
      "序号项目名称主要内容责任领导牵头单位配合单位1改善办学条件新建小学1所张伟教育局财政局"
      "2完善养老服务新建养老服务站4个刘洋民政局各街道3建设社区服务中心新建社区服务中心\n",
      "plan.txt");
  PlanImport bare;
  import_plan(doc, PlanImportOptions{}, bare);
  REQUIRE(bare.ok);
  CHECK(texts(bare.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(bare.xml, "//task[@id='1']/lead") == std::vector<std::string>{"教育局"});
  CHECK(texts(bare.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"财政局"});
  CHECK(texts(bare.xml, "//task[@id='2']/lead") == std::vector<std::string>{"民政局"});
  CHECK(texts(bare.xml, "//task[@id='3']/lead").empty());
  CHECK(texts(bare.xml, "//task[@id='3']/responsible").empty());
}

TEST_CASE("import_plan: a page prefix cut in its last row keeps what the row read and reads no cut name",
          "[import][grammar][cut]") {
  // Must apply: a flattened table whose last row an excerpt's mark cuts before its units: the
  // mark is no unit, and the cut row takes no cell from the row above (its deadline was lost to
  // the cut, not merged down).
  SourceDocument doc = text_source(
      "序号\n工作任务\n具体内容\n责任单位\n完成时限\n"
      "1\n建设社区食堂\n新建社区食堂4个\n区民政局\n2024年10月底前\n"
      "2\n改造背街小巷\n完成改造15条\n区城管局\n2024年11月底前\n"
      "3\n增设充电设施\n新增充电桩\n(摘录至此)\n",
      "plan.txt");
  PlanImport result;
  import_plan(doc, PlanImportOptions{}, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task/@id") == std::vector<std::string>{"1", "2", "3"});
  CHECK(texts(result.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"区城管局"});
  CHECK(texts(result.xml, "//task[@id='3']/responsible").empty());
  CHECK(texts(result.xml, "//task[@id='3']/deadline").empty());
  CHECK(texts(result.xml, "//units/unit/@name") == std::vector<std::string>{"区民政局", "区城管局"});
  // Must apply: a unit clause cut by the end of the text: the lead and the date read before the
  // cut are kept, the cut name (区财) is no unit; a whole name before the cut is read.
  doc = text_source(
      "某区2024年营商环境重点任务\n"
      "1.推行企业开办一日办结。(牵头单位:区市场监管局;责任单位:区税务局;完成时限:2024年6月底前)\n"
      "2.压缩工程建设项目审批时间。(牵头单位:区住建局;责任单位:区发改局、区财\n",
      "plan.txt");
  PlanImport clause;
  import_plan(doc, PlanImportOptions{}, clause);
  REQUIRE(clause.ok);
  CHECK(texts(clause.xml, "//task[@id='2']/lead") == std::vector<std::string>{"区住建局"});
  CHECK(texts(clause.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"区发改局"});
  // Near miss: a bracket that closes keeps every name, a short one too (团委).
  doc = text_source(
      "某区2024年青年工作要点\n"
      "1.开展青年志愿服务活动。(牵头单位:区文明办;责任单位:团委)\n"
      "2.建设青年驿站3个。(牵头单位:区人社局;责任单位:团委)\n",
      "plan.txt");
  PlanImport whole;
  import_plan(doc, PlanImportOptions{}, whole);
  REQUIRE(whole.ok);
  CHECK(texts(whole.xml, "//task[@id='2']/responsible") == std::vector<std::string>{"团委"});
  // Near miss: marks of elision are no units in a list either, nor words of a task.
  doc = text_source(
      "某区2024年重点任务\n"
      "1.推进老旧小区改造。(责任单位:区住建局、……)\n"
      "2.建设口袋公园。(责任单位:区城管局)\n"
      "（略）\n",
      "plan.txt");
  PlanImport elided;
  import_plan(doc, PlanImportOptions{}, elided);
  REQUIRE(elided.ok);
  CHECK(texts(elided.xml, "//task[@id='1']/responsible") == std::vector<std::string>{"区住建局"});
  CHECK(text(elided.xml, "//task[@id='2']/text").find("略") == std::string::npos);
}

TEST_CASE("import_plan: after a lead, a clause's partners may be listed with no verb; a clause cut with the page keeps them",
          "[import][grammar]") {
  // Must apply: （X牵头，Y、Z） in a bracket, 责任单位：X、Y牵头，Z、W on a label line (both before 牵头 lead), and a
  // bracket the page cut in its last name (…，省工信厅、省): the names before the cut take part, the cut one is none.
  PlanImport result;
  import_plan("某省人民政府关于落实重点工作分工的意见\n某政发〔2024〕2号\n一、稳增长\n"
              "（一）扩大有效投资。（省发展改革委牵头，省财政厅、省统计局）\n"
              "（二）压减一般性支出。\n责任单位：省政府办公厅、省财政厅牵头，省商务厅、省审计厅\n"
              "（三）稳定外贸。（省商务厅牵头，省工信厅、省\n",
              result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "//task[@id='(一)']/lead") == std::vector<std::string>{"省发展改革委"});
  CHECK(texts(result.xml, "//task[@id='(一)']/responsible") == std::vector<std::string>{"省财政厅", "省统计局"});
  CHECK(texts(result.xml, "//task[@id='(二)']/lead") == std::vector<std::string>{"省政府办公厅", "省财政厅"});
  CHECK(texts(result.xml, "//task[@id='(二)']/responsible") == std::vector<std::string>{"省商务厅", "省审计厅"});
  CHECK(texts(result.xml, "//task[@id='(三)']/lead") == std::vector<std::string>{"省商务厅"});
  CHECK(texts(result.xml, "//task[@id='(三)']/responsible") == std::vector<std::string>{"省工信厅"});
  // Near misses: names with no lead in the clause are no clause of this form (a list inside the task's words), and
  // a list that ends in words, not offices, is the task's own.
  PlanImport near;
  import_plan("某省人民政府关于落实重点工作分工的意见\n某政发〔2024〕2号\n一、稳增长\n"
              "（一）支持重点企业（如省投资集团、省交通集团）扩大投资。（省发展改革委负责）\n"
              "（二）培育新动能。（省科技厅牵头，推动企业创新）\n",
              near);
  REQUIRE(near.ok);
  CHECK(texts(near.xml, "//task[@id='(一)']/responsible") == std::vector<std::string>{"省发展改革委"});
  CHECK(texts(near.xml, "//task[@id='(二)']/responsible").empty());
}
