#include "report_source.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "plan.h"

using namespace plancheck;

namespace {

// Plan 004's tasks 1-3 with their titles: enough to match rows by number and by title.
const char* const kPlan = R"(<?xml version="1.0" encoding="UTF-8"?>
<plan xmlns="urn:plancheck:plan:1" id="测委发〔2023〕1号" issued="2023-05-30">
  <title>示范区创建工作实施方案</title>
  <task id="1"><title>加强党政干部铸牢中华民族共同体意识教育</title><lead>区政工部</lead></task>
  <task id="2"><title>深化各族师生铸牢中华民族共同体意识教育</title><lead>区教体中心</lead></task>
  <task id="3"><title>建设有影响力的教育实践基地</title><lead>区政工部</lead>
    <deadline text="2023年11月底前">2023-11-30</deadline></task>
</plan>)";

std::unique_ptr<Plan> test_plan() {
  LoadError error;
  auto doc = Document::parse(kPlan, "plan.xml", LoadLimits{}, &error);
  REQUIRE(doc);
  return std::make_unique<Plan>(std::move(doc));
}

SourceBlock paragraph(int number, const std::string& text, int heading = 0) {
  SourceBlock b;
  b.text = text;
  b.place.paragraph = number;
  b.heading_level = heading;
  return b;
}

SourceBlock table(int number, const std::vector<std::vector<std::string>>& rows) {
  SourceBlock b;
  b.kind = SourceBlock::Kind::Table;
  b.place.table = number;
  for (const auto& texts : rows) {
    std::vector<SourceCell> row;
    int column = 1;
    for (const std::string& text : texts) row.push_back({text, column++, 1, false});
    b.table.rows.push_back(row);
  }
  return b;
}

const std::vector<std::string> kHeader = {"序号", "重点任务", "牵头单位", "进展情况", "完成情况", "完成时限", "经费来源", "佐证材料"};

SourceDocument word_report(std::vector<std::vector<std::string>> rows, bool signature = true) {
  SourceDocument doc;
  doc.path = "reports/jiaoti.docx";
  doc.format = SourceFormat::Docx;
  doc.blocks.push_back(paragraph(1, "区教体中心关于示范区创建工作进展情况的报告"));
  doc.blocks.push_back(paragraph(2, "现将有关任务进展情况报告如下。"));
  doc.blocks.push_back(paragraph(3, "一、重点任务推进情况"));
  rows.insert(rows.begin(), kHeader);
  doc.blocks.push_back(table(1, rows));
  doc.blocks.push_back(paragraph(4, "二、存在问题"));
  doc.blocks.push_back(paragraph(5, "课程资源还需进一步丰富。"));
  if (signature) {
    doc.blocks.push_back(paragraph(6, "区教体中心"));
    doc.blocks.push_back(paragraph(7, "2023年11月18日"));
  }
  return doc;
}

struct Converted {
  std::unique_ptr<Plan> plan = test_plan();
  ReportConversion result;
  pugi::xml_document xml;
};

void convert(const SourceDocument& doc, Converted& c, ReportSourceOptions options = {}) {
  options.plans = {c.plan.get()};
  convert_report(doc, doc.path, options, &c.result);
  if (c.result.ok) REQUIRE(c.xml.load_string(c.result.xml.c_str()));
}

std::string attr(const pugi::xml_document& xml, const char* xpath) {
  return xml.select_node(xpath).attribute().value();
}

std::string text(const pugi::xml_document& xml, const char* xpath) {
  return xml.select_node(xpath).node().text().get();
}

}  // namespace

TEST_CASE("report_source: a task table becomes tasks, with lead, deadline, status, budget, evidence", "[report_source]") {
  Converted c;
  convert(word_report({{"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部、区文明办", "培训560人次。", "推进中", "",
                        "区级财政预算2万元", ""},
                       {"3", "建设有影响力的教育实践基地", "区政工部", "基地已命名。", "已完成", "2023年12月底前", "未列入预算",
                        "揭牌照片"}}),
          c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 2);
  CHECK(attr(c.xml, "/report/@plan") == "测委发〔2023〕1号");
  CHECK(attr(c.xml, "/report/@unit") == "区教体中心");     // the 落款
  CHECK(attr(c.xml, "/report/@submitted") == "2023-11-18");
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "1");
  CHECK(attr(c.xml, "/report/task[1]/@status") == "in-progress");
  CHECK(c.xml.select_nodes("/report/task[1]/lead").size() == 2);
  CHECK(attr(c.xml, "/report/task[1]/budget/@source") == "区级财政预算");
  CHECK(attr(c.xml, "/report/task[1]/budget/@amount") == "20000");
  CHECK(attr(c.xml, "/report/task[2]/@status") == "done");
  CHECK(text(c.xml, "/report/task[2]/deadline") == "2023年12月底前");
  CHECK(attr(c.xml, "/report/task[2]/budget/@included") == "false");
  // Evidence described, not a file: it is in the report itself.
  CHECK(attr(c.xml, "/report/task[2]/evidence/@href") == "jiaoti.docx");
  CHECK(text(c.xml, "/report/task[2]/evidence") == "揭牌照片");
  // Prose: the numbered headings are paragraphs of their own and open no section, as in a
  // text file; the 落款 is not a paragraph.
  CHECK(c.xml.select_nodes("/report/narrative/section").empty());
  // The title is the first paragraph, read by the mask rules.
  CHECK(text(c.xml, "/report/narrative/p[1]") == "区教体中心关于示范区创建工作进展情况的报告");
  CHECK(text(c.xml, "/report/narrative/p[4]") == "二、存在问题");
  CHECK(text(c.xml, "/report/narrative/p[5]") == "课程资源还需进一步丰富。");
  CHECK(c.result.xml.find("<p>区教体中心</p>") == std::string::npos);
  CHECK(c.result.notes.empty());
}

TEST_CASE("report_source: each element maps back to its cell or paragraph", "[report_source]") {
  Converted c;
  convert(word_report({{"2", "深化各族师生铸牢中华民族共同体意识教育", "区政工部", "开设专题课。", "进行中", "", "区级财政预算", ""}}), c);
  REQUIRE(c.result.ok);
  REQUIRE(c.result.document);
  pugi::xml_node lead = c.result.document->root().child("task").child("lead");
  const PlaceMark* mark = place_at(c.result, c.result.document->position_of(lead));
  REQUIRE(mark);
  CHECK(mark->place.table == 1);
  CHECK(mark->place.row == 2);
  CHECK(mark->place.column == 3);
  CHECK(describe_place(mark->place, "zh", mark->column_name) == "表1 第2行 牵头单位");
  // A finding at the lead's text gets that place.
  Finding f;
  SourcePosition at = c.result.document->position_in_text(lead, 3);
  f.line = at.line, f.column = at.column;
  place_finding(c.result, "zh", f);
  CHECK(f.place_text == "表1 第2行 牵头单位");
  pugi::xml_node p;
  for (pugi::xml_node k : c.result.document->root().child("narrative").children("p"))
    if (std::string(k.text().get()) == "课程资源还需进一步丰富。") p = k;
  REQUIRE(std::string(p.text().get()) == "课程资源还需进一步丰富。");
  mark = place_at(c.result, c.result.document->position_of(p));
  REQUIRE(mark);
  CHECK(describe_place(mark->place, "zh") == "第5段");
}

TEST_CASE("report_source: rows are matched by number, else by title; an unsure match is a note", "[report_source]") {
  Converted c;
  convert(word_report({{"", "建设有影响力的教育实践基地", "区政工部", "推进中。", "推进中", "", "区级财政预算", ""},
                       {"99", "开展读书月活动", "区教体中心", "推荐读物。", "已完成", "", "区级财政预算", ""},
                       {"", "其他工作", "区教体中心", "完成交办事项。", "已完成", "", "区级财政预算", ""},
                       {"1", "建设有影响力的教育实践基地", "区政工部", "x。", "推进中", "", "区级财政预算", ""}}),
          c);
  REQUIRE(c.result.ok);
  // By title; a number the plan lacks is kept (task-known reports it); the rest are asked about.
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "3");
  CHECK(attr(c.xml, "/report/task[2]/@ref") == "99");
  CHECK(c.result.tasks == 2);
  REQUIRE(c.result.notes.size() == 2);
  CHECK(c.result.notes[0].rule == "report-task-match");
  CHECK(c.result.notes[0].place.row == 4);
  CHECK(c.result.notes[0].zh.find("其他工作") != std::string::npos);
  CHECK(c.result.notes[1].place.row == 5);  // number 1, but the title is task 3's
  CHECK(c.result.notes[1].zh.find("序号 1") != std::string::npos);
}

TEST_CASE("report_source: a ragged row is a warning with its place, read by position", "[report_source]") {
  SourceDocument doc = word_report({{"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训。", "推进中", "", "区级财政预算", ""}});
  doc.blocks[3].table.rows[1].resize(5);  // lost its last three cells
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  REQUIRE(c.result.notes.size() == 1);
  CHECK(c.result.notes[0].rule == "report-table");
  CHECK(describe_place(c.result.notes[0].place, "zh") == "表1 第2行");
  CHECK(c.result.notes[0].zh.find("5 列") != std::string::npos);
  CHECK(attr(c.xml, "/report/task/@status") == "in-progress");
}

TEST_CASE("report_source: unit and date from labels, the file name, or the options; never a guess", "[report_source]") {
  SourceDocument doc;
  doc.path = "in/区财政局-2023-11-20.docx";
  doc.format = SourceFormat::Docx;
  doc.blocks.push_back(paragraph(1, "工作进展情况"));
  doc.blocks.push_back(paragraph(2, "今年以来，我局落实经费保障，累计拨付资金235万元。"));
  {
    Converted c;
    convert(doc, c);
    REQUIRE(c.result.ok);
    CHECK(attr(c.xml, "/report/@unit") == "区财政局");
    CHECK(attr(c.xml, "/report/@submitted") == "2023-11-20");
  }
  doc.blocks.insert(doc.blocks.begin() + 1, paragraph(2, "报送单位：区社保中心　　报送日期：2023年11月16日"));
  {
    Converted c;
    convert(doc, c);
    REQUIRE(c.result.ok);
    CHECK(attr(c.xml, "/report/@unit") == "区社保中心");
    CHECK(attr(c.xml, "/report/@submitted") == "2023-11-16");
    CHECK(c.result.xml.find("报送单位") == std::string::npos);
  }
  doc.blocks.erase(doc.blocks.begin() + 1);
  doc.path = "in/report.docx";
  {
    Converted c;
    convert(doc, c);
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.error.zh.find("找不到报送单位") != std::string::npos);
  }
  {
    Converted c;
    ReportSourceOptions options;
    options.unit = "区财政局";
    convert(doc, c, options);
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.error.zh.find("找不到报送日期") != std::string::npos);
    options.submitted = "2023-11-20";
    convert(doc, c, options);
    CHECK(c.result.ok);
  }
}

TEST_CASE("report_source: form fields as offices fill them: notes, ASCII marks, dots, closed-up spaces",
          "[report_source]") {
  const std::pair<const char*, const char*> kLines[] = {
      {"报送单位（盖章）：区社保中心　　报送时间：2023年11月16日", "区社保中心"},
      {"报送单位:区社保中心,报送日期:2023年11月16日", "区社保中心"},
      {"填报单位：区社保中心 填报人：王五 联系电话：12345678 填报日期：2023.11.16", "区社保中心"},
      // The reader closed up the spaces between the fields.
      {"填报单位：区委办公室联系人：王五填报日期：2023/11/16联系电话：123", "区委办公室"},
  };
  for (const auto& [line, unit] : kLines) {
    SourceDocument doc;
    doc.path = "in/report.docx";
    doc.format = SourceFormat::Docx;
    doc.blocks.push_back(paragraph(1, "工作进展情况"));
    doc.blocks.push_back(paragraph(2, line));
    doc.blocks.push_back(paragraph(3, "今年以来，我们落实经费保障，累计拨付资金235万元。"));
    Converted c;
    convert(doc, c);
    REQUIRE(c.result.ok);
    CHECK(attr(c.xml, "/report/@unit") == unit);
    CHECK(attr(c.xml, "/report/@submitted") == "2023-11-16");
  }
}

TEST_CASE("report_source: a 责任单位 column gives the lead its note marks, else the first listed", "[report_source]") {
  SourceDocument doc;
  doc.path = "reports/jiaoti.docx";
  doc.format = SourceFormat::Docx;
  doc.blocks.push_back(paragraph(1, "区教体中心关于示范区创建工作进展情况的报告"));
  doc.blocks.push_back(table(1, {{"序号", "工作任务", "责任单位", "进展情况"},
                                 {"2", "深化各族师生铸牢中华民族共同体意识教育", "区社保中心、区教体中心（牵头）", "已完成"},
                                 {"3", "建设有影响力的教育实践基地", "区政工部区社保中心", "推进中"}}));
  doc.blocks.push_back(paragraph(2, "区教体中心"));
  doc.blocks.push_back(paragraph(3, "2023年11月18日"));
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  CHECK(text(c.xml, "/report/task[@ref='2']/lead") == "区教体中心");
  // Two names the reader ran together: the first is the lead.
  CHECK(text(c.xml, "/report/task[@ref='3']/lead") == "区政工部");
}

TEST_CASE("report_source: a 序号 the plan writes otherwise ((一) for 1 or 一) is the plan's task", "[report_source]") {
  const char* plan_xml = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<plan xmlns="urn:plancheck:plan:1" id="测委发〔2023〕2号" issued="2023-05-30">
  <title>示范区创建工作实施方案</title>
  <task id="(一)"><title>加强党政干部铸牢中华民族共同体意识教育</title><lead>区政工部</lead></task>
  <task id="(二)"><title>建设有影响力的教育实践基地</title><lead>区政工部</lead></task>
</plan>)xml";
  LoadError error;
  Converted c;
  c.plan = std::make_unique<Plan>(Document::parse(plan_xml, "plan.xml", LoadLimits{}, &error));
  SourceDocument doc;
  doc.path = "reports/zhenggongbu.docx";
  doc.format = SourceFormat::Docx;
  doc.blocks.push_back(paragraph(1, "区政工部关于示范区创建工作进展情况的报告"));
  doc.blocks.push_back(table(1, {{"序号", "重点任务", "牵头单位", "进展情况"},
                                 {"1", "干部教育", "区政工部", "已完成"},  // titles too short to match alone
                                 {"二", "基地", "区政工部", "推进中"}}));
  doc.blocks.push_back(paragraph(2, "区政工部"));
  doc.blocks.push_back(paragraph(3, "2023年11月18日"));
  convert(doc, c);
  REQUIRE(c.result.ok);
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "(一)");
  CHECK(attr(c.xml, "/report/task[2]/@ref") == "(二)");
  // 1-1 of a decomposition is no plain number: not task (一).
  doc.blocks[1] = table(1, {{"序号", "重点任务", "牵头单位", "进展情况"}, {"1-1", "干部教育", "区政工部", "已完成"}});
  Converted d;
  d.plan = std::make_unique<Plan>(Document::parse(plan_xml, "plan.xml", LoadLimits{}, &error));
  convert(doc, d);
  REQUIRE(d.result.ok);
  CHECK(attr(d.xml, "/report/task[1]/@ref") == "1-1");
}

TEST_CASE("report_source: several plans: the one the report names by its id", "[report_source]") {
  Converted c;
  LoadError error;
  std::string other_xml = kPlan;
  other_xml.replace(other_xml.find("测委发〔2023〕1号"), std::string("测委发〔2023〕1号").size(), "测委发〔2023〕2号");
  auto other = std::make_unique<Plan>(Document::parse(other_xml, "other.xml", LoadLimits{}, &error));
  SourceDocument doc = word_report({});
  ReportSourceOptions options;
  options.plans = {c.plan.get(), other.get()};
  convert_report(doc, doc.path, options, &c.result);
  CHECK_FALSE(c.result.ok);
  CHECK(c.result.error.zh.find("无法确定报告对应哪份实施方案") != std::string::npos);
  doc.blocks[1].text = "按照《实施方案》（测委发〔2023〕2号）要求，现将进展情况报告如下。";
  convert_report(doc, doc.path, options, &c.result);
  REQUIRE(c.result.ok);
  CHECK(c.result.plan == other.get());
  // No 文号, the plan's title in 《》: the one plan of that title.
  std::string titled_xml = other_xml;
  titled_xml.replace(titled_xml.find("<title>示范区创建工作实施方案</title>"), std::string("<title>示范区创建工作实施方案</title>").size(),
                     "<title>某区2023年民生实事分工方案</title>");
  auto titled = std::make_unique<Plan>(Document::parse(titled_xml, "titled.xml", LoadLimits{}, &error));
  options.plans = {c.plan.get(), titled.get()};
  doc.blocks[1].text = "按照《某区2023年民生实事分工方案》要求，现将进展情况报告如下。";
  convert_report(doc, doc.path, options, &c.result);
  REQUIRE(c.result.ok);
  CHECK(c.result.plan == titled.get());
  // A title both plans share names neither.
  doc.blocks[1].text = "按照《示范区创建工作实施方案》要求，现将进展情况报告如下。";
  options.plans = {c.plan.get(), other.get()};
  convert_report(doc, doc.path, options, &c.result);
  CHECK_FALSE(c.result.ok);
}

TEST_CASE("report_source: a document found in a folder reads as a report by its title, table or 报送单位",
          "[report_source][folder]") {
  auto doc_of = [](const std::string& path, std::vector<SourceBlock> blocks) {
    SourceDocument doc;
    doc.path = path;
    doc.blocks = std::move(blocks);
    return doc;
  };
  auto titled = [&](const std::string& title, const std::string& path = "a.docx") {
    return reads_as_report(doc_of(path, {paragraph(1, title), paragraph(2, "按照方案要求，现将有关情况报告如下。")}));
  };
  // Report titles, whatever else they mention: the head noun is the last kind word.
  CHECK(titled("区财政局关于《示范区创建工作实施方案》落实情况的报告"));
  CHECK(titled("县住建局2024年上半年重点任务进展"));
  CHECK(titled("关于老旧小区改造工作的汇报"));
  CHECK(titled("市场监管局2023年度工作总结"));
  CHECK(titled("重点任务推进台账"));
  // A title over two lines, as offices set long ones.
  CHECK(reads_as_report(doc_of("a.pdf", {paragraph(1, "区教体中心关于铸牢中华民族共同体意识"),
                                         paragraph(2, "示范区创建工作进展情况的报告"),
                                         paragraph(3, "区委办公室：")})));
  // Plans, notices and attachments.
  CHECK_FALSE(titled("关于印发《示范区创建工作实施方案》的通知"));
  CHECK_FALSE(titled("某县2023年重点工作任务分工方案"));
  CHECK_FALSE(titled("关于建立工作情况报告制度的通知"));
  CHECK_FALSE(titled("附件2 基地建设名单"));
  CHECK_FALSE(titled("推进会会议纪要"));
  // No kind word in the title: the file name decides, then a task table or a 报送单位 line.
  CHECK(titled("老旧小区改造", "区住建局-进展情况-2023-11.docx"));
  CHECK_FALSE(titled("老旧小区改造", "照片说明.docx"));
  CHECK(reads_as_report(doc_of("x.docx", {paragraph(1, "老旧小区改造"),
                                          table(1, {{"序号", "重点任务", "进展情况"}, {"1", "改造小区", "已完成"}})})));
  CHECK(reads_as_report(doc_of("x.txt", {paragraph(1, "老旧小区改造"), paragraph(2, "报送单位：县住建局")})));
  CHECK_FALSE(reads_as_report(doc_of("x.docx", {paragraph(1, "老旧小区改造"),
                                                table(1, {{"小区", "户数"}, {"东区", "120"}})})));
  CHECK_FALSE(reads_as_report(doc_of("x.docx", {})));
}

TEST_CASE("report_source: rows under a merged or blank 序号 and task cell go on with the task above", "[report_source]") {
  SourceDocument doc = word_report({{"3", "建设有影响力的教育实践基地", "区政工部", "展陈布置完毕。", "已完成", "", "", ""},
                                    {"3", "建设有影响力的教育实践基地", "区文明办", "讲解员培训过半。", "推进中", "", "", ""},
                                    {"", "", "", "揭牌仪式待定。", "未开展", "", "", ""},
                                    {"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训560人次。", "已完成", "", "", ""}});
  // Word's vMerge: the second row's 序号 and task cells continue the first's (their text repeats).
  auto& rows = doc.blocks[3].table.rows;
  rows[2][0].continued = rows[2][1].continued = true;
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 2);
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "3");
  CHECK(attr(c.xml, "/report/task[1]/@status") == "in-progress");  // one measure done, one not
  CHECK(c.xml.select_nodes("/report/task[1]/progress").size() == 3);
  CHECK(c.xml.select_nodes("/report/task[1]/lead").size() == 2);
  CHECK(attr(c.xml, "/report/task[2]/@ref") == "1");
  CHECK(attr(c.xml, "/report/task[2]/@status") == "done");
  CHECK(c.result.notes.empty());
}

TEST_CASE("report_source: the unit from a title that opens with it, a line in brackets, or a sealed 落款", "[report_source]") {
  auto unit_of = [](std::vector<std::string> lines) {
    SourceDocument doc;
    doc.path = "reports/report.docx";
    doc.format = SourceFormat::Docx;
    int n = 0;
    for (const std::string& line : lines) doc.blocks.push_back(paragraph(++n, line));
    Converted c;
    ReportSourceOptions options;
    options.submitted = "2023-11-18";
    convert(doc, c, options);
    return c.result.ok ? attr(c.xml, "/report/@unit") : "(" + c.result.error.zh + ")";
  };
  CHECK(unit_of({"区教体中心2023年第三季度重点工作推进情况", "一、总体情况", "培训教师560人次。"}) == "区教体中心");
  CHECK(unit_of({"2023年第三季度重点工作推进情况", "（区教体中心）", "一、总体情况", "培训教师560人次。"}) == "区教体中心");
  CHECK(unit_of({"关于示范区创建工作进展情况的报告", "培训教师560人次。", "区教体中心（盖章）", "2023年11月18日"}) ==
        "区教体中心");
  // A title that opens with a year names no unit; a sentence is no title.
  CHECK(unit_of({"2023年第三季度重点工作推进情况", "培训教师560人次。"}).rfind("(找不到报送单位", 0) == 0);
}

// A report in prose, as units write one in Word: headings that repeat the plan's tasks under
// the report's own numbers, the intro saying the tasks are the unit's own to lead.
SourceDocument prose_report(const std::string& intro, const std::vector<std::string>& body) {
  SourceDocument doc;
  doc.path = "reports/prose.docx";
  doc.format = SourceFormat::Docx;
  int n = 0;
  doc.blocks.push_back(paragraph(++n, "区教体中心关于示范区创建重点任务推进情况的报告"));
  doc.blocks.push_back(paragraph(++n, intro));
  for (const std::string& text : body) doc.blocks.push_back(paragraph(++n, text));
  doc.blocks.push_back(paragraph(++n, "区教育体育中心"));
  doc.blocks.push_back(paragraph(++n, "2023年11月18日"));
  return doc;
}

TEST_CASE("report_source: prose headings that repeat a plan task's title are that task", "[report_source]") {
  Converted c;
  convert(prose_report("现将我中心牵头的任务推进情况报告如下：",
                       {"一、深化各族师生铸牢中华民族共同体意识教育", "在全区中小学开设专题课程，已覆盖学校18所。",
                        "完成时限：2023年12月底前", "二、建设有影响力的教育实践基地。已建成基地2个，任务已完成。",
                        "三、关于加强党政干部铸牢中华民族共同体意识教育的推进情况：举办专题培训班3期。",
                        "四、存在问题", "课程资源还需进一步丰富。"}),
          c);
  REQUIRE(c.result.ok);
  pugi::xml_node report = c.xml.child("report");
  // The report's 一、二 are the plan's tasks 2 and 3: matched by title, not by number.
  pugi::xml_node first = report.find_child_by_attribute("task", "ref", "2");
  REQUIRE(first);
  CHECK(std::string(first.child_value("progress")) == "在全区中小学开设专题课程，已覆盖学校18所。");
  CHECK(std::string(first.child_value("deadline")) == "2023年12月底前");
  CHECK(std::string(first.child_value("lead")) == "区教体中心");  // 我中心牵头 and the plan's name
  CHECK(std::string(first.attribute("status").value()) == "in-progress");
  pugi::xml_node second = report.find_child_by_attribute("task", "ref", "3");
  REQUIRE(second);
  CHECK(std::string(second.attribute("status").value()) == "done");
  CHECK(std::string(second.child_value("progress")) == "已建成基地2个，任务已完成。");
  // A heading that wraps the task in 关于…的推进情况 and goes on after a colon.
  pugi::xml_node third = report.find_child_by_attribute("task", "ref", "1");
  REQUIRE(third);
  CHECK(std::string(third.child_value("progress")) == "举办专题培训班3期。");
  CHECK(c.result.tasks == 3);
  // 存在问题 stays in the narrative, and so does the intro.
  std::string narrative;
  for (pugi::xpath_node p : report.select_nodes("narrative//p")) narrative += p.node().child_value();
  CHECK(narrative.find("课程资源还需进一步丰富") != std::string::npos);
  // Signed with the full name under a title with the plan's: the plan's, with a note.
  CHECK(std::string(report.attribute("unit").value()) == "区教体中心");
  bool noted = false;
  for (const ReportNote& n : c.result.notes) noted = noted || n.rule == "report-unit";
  CHECK(noted);
}

TEST_CASE("report_source: near misses: a heading like two tasks, a report's own parts, no claim to lead",
          "[report_source]") {
  Converted c;
  convert(prose_report("现将有关情况报告如下：",
                       {"一、铸牢中华民族共同体意识教育", "开展各类活动12场。", "二、下一步工作打算",
                        "三、建设有影响力的教育实践基地", "基地建设正在推进。"}),
          c);
  REQUIRE(c.result.ok);
  pugi::xml_node report = c.xml.child("report");
  // Alike to tasks 1 and 2 both: no task, the text stays narrative.
  CHECK_FALSE(report.find_child_by_attribute("task", "ref", "1"));
  CHECK_FALSE(report.find_child_by_attribute("task", "ref", "2"));
  pugi::xml_node task = report.find_child_by_attribute("task", "ref", "3");
  REQUIRE(task);
  CHECK_FALSE(task.child("lead"));  // the intro claims no task: lead-unit-named will say so
  CHECK(c.result.tasks == 1);
}

namespace {

SourceDocument table_report(const std::vector<std::string>& header, std::vector<std::vector<std::string>> rows) {
  SourceDocument doc = word_report({});
  rows.insert(rows.begin(), header);
  for (SourceBlock& b : doc.blocks)
    if (b.kind == SourceBlock::Kind::Table) b = table(1, rows);
  return doc;
}

}  // namespace

TEST_CASE("report_source: a 督查 table — 重点工作 is the task, 1-9月完成情况 the progress, 是否达到序时进度 neither",
          "[report_source]") {
  const std::vector<std::string> header = {"序号", "重点工作", "牵头单位", "完成时限", "1-9月完成情况", "是否达到序时进度", "备注"};
  Converted c;
  convert(table_report(header, {{"3", "建设有影响力的教育实践基地", "区政工部", "2023年11月底前",
                                 "基地已建成并挂牌，开展研学活动12场。", "是", ""},
                                {"2", "深化各族师生铸牢中华民族共同体意识教育", "区教体中心", "", "已完成", "是", ""}}),
          c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 2);
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "3");
  CHECK(attr(c.xml, "/report/task[1]/@status") == "done");
  CHECK(text(c.xml, "/report/task[1]/progress") == "基地已建成并挂牌，开展研学活动12场。");  // not 是
  // A 完成情况 cell that is only a status word is no progress.
  CHECK(attr(c.xml, "/report/task[2]/@status") == "done");
  CHECK_FALSE(c.xml.select_node("/report/task[2]/progress"));
  CHECK(c.result.notes.empty());

  // The 重点工作 cell is read: a number whose task is another is asked about, not paired.
  Converted wrong;
  convert(table_report(header, {{"1", "建设有影响力的教育实践基地", "区政工部", "", "基地已建成。", "是", ""}}), wrong);
  REQUIRE(wrong.result.ok);
  CHECK(wrong.result.tasks == 0);
  REQUIRE(wrong.result.notes.size() == 1);
  CHECK(wrong.result.notes[0].rule == "report-task-match");
}

TEST_CASE("report_source: a 序号 that counts the rows 1, 2, 3 while the titles are other tasks' is the row's count",
          "[report_source]") {
  const std::vector<std::string> header = {"序号", "工作任务", "牵头单位", "进展情况"};
  // A unit lists its own tasks, numbered as its rows: the titles say which plan tasks they are.
  Converted c;
  convert(table_report(header, {{"1", "深化各族师生铸牢中华民族共同体意识教育", "区教体中心", "已完成。"},
                                {"2", "建设有影响力的教育实践基地", "区政工部", "推进中。"},
                                {"3", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "推进中。"}}),
          c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 3);
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "2");
  CHECK(attr(c.xml, "/report/task[2]/@ref") == "3");
  CHECK(attr(c.xml, "/report/task[3]/@ref") == "1");
  CHECK(c.result.notes.empty());
  // Near miss: numbers that do not run 1, 2, 3 are the plan's; a row whose title is another
  // task's is asked about, as before.
  Converted plan_numbers;
  convert(table_report(header, {{"2", "深化各族师生铸牢中华民族共同体意识教育", "区教体中心", "已完成。"},
                                {"1", "建设有影响力的教育实践基地", "区政工部", "推进中。"}}),
          plan_numbers);
  REQUIRE(plan_numbers.result.ok);
  CHECK(plan_numbers.result.tasks == 1);
  REQUIRE(plan_numbers.result.notes.size() == 1);
  CHECK(plan_numbers.result.notes[0].rule == "report-task-match");
  // Near miss: a count whose titles agree with their numbers stays as it is.
  Converted agrees;
  convert(table_report(header, {{"1", "加强党政干部教育", "区政工部", "推进中。"},
                                {"2", "深化各族师生教育", "区教体中心", "推进中。"}}),
          agrees);
  CHECK(attr(agrees.xml, "/report/task[1]/@ref") == "1");
  CHECK(attr(agrees.xml, "/report/task[2]/@ref") == "2");
}

TEST_CASE("report_source: a 备注 column's status word stands when the progress says none", "[report_source]") {
  const std::vector<std::string> header = {"序号", "目标任务", "责任单位", "工作进展", "备注"};
  Converted c;
  convert(table_report(header, {{"3", "建设有影响力的教育实践基地", "区政工部", "基地挂牌，组织参观12批次。", "已完成"},
                                {"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "举办培训班2期。", "区级重点"}}),
          c);
  REQUIRE(c.result.ok);
  CHECK(attr(c.xml, "/report/task[1]/@status") == "done");
  // Near miss: a 备注 of other words says nothing; the row is checked as in progress, with a warning.
  CHECK(attr(c.xml, "/report/task[2]/@status") == "in-progress");
  REQUIRE(c.result.notes.size() == 1);
  CHECK(c.result.notes[0].rule == "report-table");
  CHECK(c.result.notes[0].place.row == 3);
}

TEST_CASE("report_source: a prose task's progress that plans its completion by a date states its deadline",
          "[report_source]") {
  SourceDocument doc = word_report({});
  doc.blocks.erase(std::remove_if(doc.blocks.begin(), doc.blocks.end(),
                                  [](const SourceBlock& b) { return b.kind == SourceBlock::Kind::Table; }),
                   doc.blocks.end());
  doc.blocks.insert(doc.blocks.begin() + 3, paragraph(10, "（一）建设有影响力的教育实践基地", 0));
  doc.blocks.insert(doc.blocks.begin() + 4,
                    paragraph(11, "基地主体已建成，布展正在进行，预计11月底前全部完成。"));
  doc.blocks.insert(doc.blocks.begin() + 5, paragraph(12, "（二）加强党政干部铸牢中华民族共同体意识教育", 0));
  doc.blocks.insert(doc.blocks.begin() + 6, paragraph(13, "举办培训班2期，预计10月底前完成课程录制。"));
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  REQUIRE(c.result.tasks == 2);
  CHECK(attr(c.xml, "/report/task[@ref='3']/@status") == "in-progress");
  CHECK(text(c.xml, "/report/task[@ref='3']/deadline") == "11月底前");
  // Near miss: a step's date is not the task's deadline.
  CHECK_FALSE(c.xml.select_node("/report/task[@ref='1']/deadline"));
}

TEST_CASE("report_source: a next-step column's planned completion is the deadline when no 完成时限 is given",
          "[report_source]") {
  const std::vector<std::string> header = {"序号", "重点任务", "责任处室", "完成进度", "下一步工作措施"};
  Converted c;
  convert(table_report(header, {{"3", "建设有影响力的教育实践基地", "区政工部", "布展完成60%。", "确保11月底前全部完成。"},
                                {"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "举办培训班2期。",
                                 "预计10月底前完成课程录制。"}}),
          c);
  REQUIRE(c.result.ok);
  CHECK(text(c.xml, "/report/task[1]/deadline") == "11月底前");
  CHECK(c.xml.select_node("/report/task[1]/lead"));  // 责任处室 gives the lead
  // Near miss: a step's date in the next-step column is no deadline.
  CHECK_FALSE(c.xml.select_node("/report/task[2]/deadline"));
}

TEST_CASE("report_source: a status matrix — 完成情况 over 已完成 | 推进中 | 未启动, a row marking one", "[report_source]") {
  SourceDocument doc = word_report({});
  SourceBlock matrix;
  matrix.kind = SourceBlock::Kind::Table;
  matrix.place.table = 1;
  auto cell = [](const std::string& text, int column, int span = 1, bool continued = false) {
    return SourceCell{text, column, span, continued};
  };
  matrix.table.rows = {
      {cell("序号", 1), cell("重点任务", 2), cell("牵头单位", 3), cell("完成情况", 4, 3)},
      {cell("序号", 1, 1, true), cell("重点任务", 2, 1, true), cell("牵头单位", 3, 1, true), cell("已完成", 4),
       cell("推进中", 5), cell("未启动", 6)},
      {cell("1", 1), cell("加强党政干部铸牢中华民族共同体意识教育", 2), cell("区政工部", 3), cell("", 4), cell("√", 5),
       cell("", 6)},
      {cell("3", 1), cell("建设有影响力的教育实践基地", 2), cell("区政工部", 3), cell("✔", 4), cell("", 5), cell("", 6)},
      {cell("2", 1), cell("深化各族师生铸牢中华民族共同体意识教育", 2), cell("区教体中心", 3), cell("×", 4), cell("", 5),
       cell("●", 6)}};
  for (SourceBlock& b : doc.blocks)
    if (b.kind == SourceBlock::Kind::Table) b = matrix;
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 3);  // the sub-header row is no task
  CHECK(attr(c.xml, "/report/task[@ref='1']/@status") == "in-progress");
  CHECK(attr(c.xml, "/report/task[@ref='3']/@status") == "done");
  // Near miss: a cross under 已完成 marks nothing; the dot under 未启动 does.
  CHECK(attr(c.xml, "/report/task[@ref='2']/@status") == "not-started");
  CHECK(c.result.notes.empty());
}

TEST_CASE("report_source: a signature in full whose short form the plan uses is written as the plan names it",
          "[report_source]") {
  auto signed_by = [](const std::string& signer) {
    SourceDocument doc = word_report({{"3", "建设有影响力的教育实践基地", "区教体中心", "推进中。", "推进中", "", "", ""}}, false);
    doc.blocks[0].text = "关于示范区创建工作进展情况的报告";  // the title names no unit
    doc.blocks.push_back(paragraph(6, signer));
    doc.blocks.push_back(paragraph(7, "2023年11月18日"));
    return doc;
  };
  Converted c;
  convert(signed_by("区教育和体育服务中心"), c);
  REQUIRE(c.result.ok);
  CHECK(attr(c.xml, "/report/@unit") == "区教体中心");
  REQUIRE(c.result.notes.size() == 1);
  CHECK(c.result.notes[0].rule == "report-unit");
  // Near misses: a unit the plan does not name at all, and a name whose characters are not the
  // plan unit's in order, are left as signed.
  Converted other;
  convert(signed_by("区财政局"), other);
  CHECK(attr(other.xml, "/report/@unit") == "区财政局");
  Converted unordered;
  convert(signed_by("区体育和教育服务中心"), unordered);
  CHECK(attr(unordered.xml, "/report/@unit") == "区体育和教育服务中心");
}

TEST_CASE("report_source: a 落款 set on one line (unit, spaces, date), and a seal note after the date", "[report_source]") {
  auto ending = [](std::vector<std::string> lines) {
    SourceDocument doc = word_report({{"3", "建设有影响力的教育实践基地", "区政工部", "推进中。", "推进中", "", "", ""}}, false);
    doc.blocks[0].text = "关于示范区创建工作进展情况的报告";
    int n = 6;
    for (const std::string& line : lines) doc.blocks.push_back(paragraph(n++, line));
    return doc;
  };
  Converted one_line;
  convert(ending({"区政工部　　2023年11月18日"}), one_line);
  REQUIRE(one_line.result.ok);
  CHECK(attr(one_line.xml, "/report/@unit") == "区政工部");
  CHECK(attr(one_line.xml, "/report/@submitted") == "2023-11-18");
  Converted sealed;
  convert(ending({"区政工部", "2023年11月18日（盖章）"}), sealed);
  REQUIRE(sealed.result.ok);
  CHECK(attr(sealed.xml, "/report/@unit") == "区政工部");
  CHECK(attr(sealed.xml, "/report/@submitted") == "2023-11-18");
  // Near miss: a last sentence that ends in a date is no signature.
  Converted sentence;
  convert(ending({"以上工作将持续推进　　2023年11月18日"}), sentence);
  CHECK_FALSE(sentence.result.ok);  // neither unit nor date: the report says who it is from nowhere
}

TEST_CASE("report_source: a Word report's narrative reads as the same text in a .txt does", "[report_source]") {
  // One paragraph a line: the title set over three paragraphs, a numbered heading, a figure
  // in a title line (四起) that is no metric of the text, a text pasted from a PDF broken into
  // paragraphs mid-sentence, the 落款.
  const std::vector<std::string> lines = {"县应急管理局关于山西、安徽省",
                                          "四起煤矿瓦斯爆炸事故",
                                          "调查处理情况的报告",
                                          "一、事故调查情况",
                                          "经调查，3起事故均为瓦斯爆炸，已完成调查处理。",
                                          "二、整改落实情况",
                                          "已督促",
                                          "XX",
                                          "家企业完成整改，投入资金",
                                          "XX",
                                          "万元。",
                                          "县应急管理局",
                                          "2024年11月5日"};
  SourceDocument word;
  word.path = "reports/yingji.docx";
  word.format = SourceFormat::Docx;
  std::string plain;
  for (size_t i = 0; i < lines.size(); ++i) {
    word.blocks.push_back(paragraph(static_cast<int>(i + 1), lines[i]));
    plain += lines[i] + "\n";
  }
  auto narrative = [](const pugi::xml_document& xml) {
    std::vector<std::string> out;
    for (pugi::xpath_node n : xml.select_nodes("/report/narrative//*"))
      out.push_back(std::string(n.node().name()) + ":" + n.node().attribute("title").value() + n.node().text().get());
    return out;
  };
  Converted from_word, from_text;
  convert(word, from_word);
  convert(text_source(plain, "reports/yingji.txt"), from_text);
  REQUIRE(from_word.result.ok);
  REQUIRE(from_text.result.ok);
  CHECK(narrative(from_word.xml) == narrative(from_text.xml));
  // Headings known by their number open no section; the broken sentence is one paragraph.
  CHECK(from_word.xml.select_nodes("/report/narrative/section").empty());
  CHECK(text(from_word.xml, "/report/narrative/p[last()]") == "已督促XX家企业完成整改，投入资金XX万元。");
  // Its places are still the Word paragraphs: the broken sentence starts at the 7th.
  pugi::xml_node last = from_word.result.document->root().child("narrative").last_child();
  const PlaceMark* mark = place_at(from_word.result, from_word.result.document->position_of(last));
  REQUIRE(mark);
  CHECK(describe_place(mark->place, "zh") == "第7段");
}

// The unit and date a report without a 落款 is imported with (--unit, --submitted).
static ReportSourceOptions fallbacks() {
  ReportSourceOptions options;
  options.unit = "某单位";
  options.submitted = "2024-01-05";
  return options;
}

TEST_CASE("report_source: a styled Word report reads as its text: the title a paragraph, a styled heading one of its own",
          "[report_source]") {
  SourceDocument word;
  word.path = "reports/nongye.docx";
  word.format = SourceFormat::Docx;
  word.blocks.push_back(paragraph(1, "XX县农业农村局关于2023年"));
  word.blocks.push_back(paragraph(2, "农业农村工作的总结"));
  word.blocks.push_back(paragraph(3, "一、XX镇工作开展情况", 1));
  word.blocks.push_back(paragraph(4, "今年以来，全镇新建高标准农田1.2万亩，主要做法"));  // ends no sentence
  word.blocks.push_back(paragraph(5, "（一）产业发展", 2));
  word.blocks.push_back(paragraph(6, "全镇培育家庭农场120家。"));
  Converted c;
  convert(word, c, fallbacks());
  REQUIRE(c.result.ok);
  // The title's lines as one paragraph, as import-report joins a text's; the styled numbered
  // heading stands alone as a paragraph, opening no section, as the same line in a text does.
  CHECK(text(c.xml, "/report/narrative/p[1]") == "XX县农业农村局关于2023年 农业农村工作的总结");
  CHECK(text(c.xml, "/report/narrative/p[2]") == "一、XX镇工作开展情况");
  CHECK(c.xml.select_nodes("/report/narrative/section").empty());
  // Its style sets it apart from the paragraph before, which ends no sentence.
  CHECK(text(c.xml, "/report/narrative/p[3]") == "今年以来，全镇新建高标准农田1.2万亩，主要做法");
  CHECK(text(c.xml, "/report/narrative/p[4]") == "（一）产业发展");
  CHECK(text(c.xml, "/report/narrative/p[5]") == "全镇培育家庭农场120家。");
  pugi::xml_node title = c.result.document->root().child("narrative").child("p");
  const PlaceMark* mark = place_at(c.result, c.result.document->position_of(title));
  REQUIRE(mark);
  CHECK(describe_place(mark->place, "zh") == "第1段");
  mark = place_at(c.result, c.result.document->position_of(title.next_sibling("p")));
  REQUIRE(mark);
  CHECK(describe_place(mark->place, "zh") == "第3段");

  // A web page LibreOffice saved from Word loses Word's numbers (<ol><li><h1>XX镇工作开展情况):
  // the heading's style still ends the title, as its number would have. Near miss: a title
  // set over two lines of one style is one title, and so is an unstyled line under it.
  SourceDocument page;
  page.path = "reports/nongye.html";
  page.format = SourceFormat::Html;
  page.blocks.push_back(paragraph(1, "XX县农业农村局2023年", 1));
  page.blocks.push_back(paragraph(2, "上半年", 1));
  page.blocks.push_back(paragraph(7, "工作总结"));
  page.blocks.push_back(paragraph(3, "XX镇工作开展情况", 2));
  page.blocks.push_back(paragraph(4, "今年以来，全镇新建高标准农田1.2万亩。"));
  page.blocks.push_back(paragraph(5, "新增学位5万个，改造教室2万间", 2));
  page.blocks.push_back(paragraph(6, "省级财政补助资金下达5.4519亿元。"));
  Converted h;
  convert(page, h, fallbacks());
  REQUIRE(h.result.ok);
  CHECK(text(h.xml, "/report/narrative/p[1]") == "XX县农业农村局2023年 上半年 工作总结");
  // The heading stands alone, as its number would have made it in a text.
  CHECK(text(h.xml, "/report/narrative/p[2]") == "XX镇工作开展情况");
  CHECK(text(h.xml, "/report/narrative/p[3]") == "今年以来，全镇新建高标准农田1.2万亩。");
  // Near miss: a heading with a clause mark goes on in the next paragraph, as in a text.
  CHECK(text(h.xml, "/report/narrative/p[4]") == "新增学位5万个，改造教室2万间省级财政补助资金下达5.4519亿元。");

  // Near miss: a styled report that opens with running text has no title paragraph.
  SourceDocument untitled;
  untitled.path = "reports/nongye2.docx";
  untitled.format = SourceFormat::Docx;
  untitled.blocks.push_back(paragraph(1, "今年以来，全县农业生产总体平稳。"));
  untitled.blocks.push_back(paragraph(2, "一、粮食生产", 1));
  untitled.blocks.push_back(paragraph(3, "全县粮食播种面积稳定。"));
  Converted u;
  convert(untitled, u, fallbacks());
  REQUIRE(u.result.ok);
  CHECK(u.xml.select_nodes("/report/narrative/p").size() == 3);  // the text, the heading, the text
  CHECK(text(u.xml, "/report/narrative/p[1]") == "今年以来，全县农业生产总体平稳。");
}

TEST_CASE("report_source: a table of figures reads a cell a paragraph, never glued to the next cell or the text",
          "[report_source]") {
  SourceDocument word;
  word.path = "reports/zhibiao.docx";
  word.format = SourceFormat::Docx;
  word.blocks.push_back(paragraph(1, "今年以来，全县农业生产总体平稳。"));
  word.blocks.push_back(paragraph(2, "主要指标完成情况如下"));
  // A PDF cell wrapped over two lines is still one cell: its lines join.
  word.blocks.push_back(table(1, {{"指标", "完成值"}, {"粮食产量", "2.1万吨"}, {"粮食播种面积稳\n定在5.2万亩", "增长3%"}}));
  word.blocks.push_back(paragraph(3, "下半年继续抓好秋粮生产"));
  word.blocks.push_back(paragraph(4, "确保全年稳产。"));
  Converted c;
  convert(word, c, fallbacks());
  REQUIRE(c.result.ok);
  std::vector<std::string> ps;
  for (pugi::xpath_node n : c.xml.select_nodes("/report/narrative/p")) ps.push_back(n.node().text().get());
  // Near miss: two paragraphs that end no sentence outside the table still join, as in a text.
  CHECK(ps == std::vector<std::string>{"今年以来，全县农业生产总体平稳。", "主要指标完成情况如下", "指标", "完成值", "粮食产量", "2.1万吨",
                                       "粮食播种面积稳定在5.2万亩", "增长3%", "下半年继续抓好秋粮生产确保全年稳产。"});
}

namespace {

// A text file whose lines are paragraphs, as text_source gives them (an empty line a block).
SourceDocument text_lines(const std::vector<std::string>& lines) {
  SourceDocument doc;
  doc.path = "reports/区政工部-2023-11-20.txt";
  doc.format = SourceFormat::Text;
  int n = 0;
  for (const std::string& line : lines) {
    SourceBlock b;
    b.text = line;
    b.place.line = ++n;
    doc.blocks.push_back(b);
  }
  return doc;
}

}  // namespace

TEST_CASE("report_source: a task table flattened to a cell a line is read as the table it was", "[report_source]") {
  // A page copied as text: each cell on its own line, some with the rule after them, a lone
  // bar for an empty cell; the signature after the last row.
  Converted c;
  convert(text_lines({"区政工部任务推进情况", "序号 |", "重点任务 |", "责任单位 |", "完成情况 |", "备注 |",
                      "1 |", "加强党政干部铸牢中华民族共同体意识教育 |", "区政工部 |", "已完成 |", "|",
                      "3 |", "建设有影响力的教育实践基地 |", "区政工部 |", "推进中 |", "展陈布置完毕 |",
                      "区政工部", "2023年11月20日"}),
          c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 2);
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "1");
  CHECK(attr(c.xml, "/report/task[1]/@status") == "done");
  CHECK(attr(c.xml, "/report/task[2]/@ref") == "3");
  CHECK(attr(c.xml, "/report/task[2]/@status") == "in-progress");
  CHECK(text(c.xml, "/report/task[2]/lead") == "区政工部");
  CHECK(attr(c.xml, "/report/@submitted") == "2023-11-20");  // the 落款 is not a row
  CHECK(c.result.notes.empty());

  // Blank lines between the cells (a page whose cells were paragraphs) read the same.
  Converted blank;
  convert(text_lines({"序号", "", "重点任务", "", "进展情况", "", "1", "", "加强党政干部铸牢中华民族共同体意识教育", "",
                      "培训560人次，已完成。", "", "区政工部", "2023年11月20日"}),
          blank);
  REQUIRE(blank.result.ok);
  CHECK(blank.result.tasks == 1);
  CHECK(attr(blank.xml, "/report/task[1]/@status") == "done");

  // Near misses: lines that open with 序号 but name no progress, or no row numbered 1, stay text.
  Converted list;
  convert(text_lines({"序号", "重点任务", "责任单位", "1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部",
                      "区政工部", "2023年11月20日"}),
          list);
  REQUIRE(list.result.ok);
  CHECK(list.result.tasks == 0);
  Converted words;
  convert(text_lines({"序号", "重点任务", "完成情况", "各项任务均已按期推进，详见附表。", "区政工部", "2023年11月20日"}), words);
  REQUIRE(words.result.ok);
  CHECK(words.result.tasks == 0);
}

TEST_CASE("report_source: without a 进展 column, a figure done and the 备注 are the row's progress", "[report_source]") {
  const std::vector<std::string> header = {"序号", "项目名称", "责任单位", "目标任务", "1-8月实际完成情况", "完成率", "备注"};
  Converted c;
  convert(table_report(header, {{"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "600人次", "560", "93%", ""},
                                {"3", "建设有影响力的教育实践基地", "区政工部", "2个", "", "", "设备购进中"},
                                {"2", "深化各族师生铸牢中华民族共同体意识教育", "区教体中心", "12场", "12", "100%", ""}}),
          c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 3);
  CHECK(text(c.xml, "/report/task[1]/progress") == "560");
  CHECK(attr(c.xml, "/report/task[1]/@status") == "in-progress");  // the rate: 93 %
  CHECK(text(c.xml, "/report/task[2]/progress") == "设备购进中");
  CHECK(attr(c.xml, "/report/task[2]/@status") == "in-progress");
  CHECK(attr(c.xml, "/report/task[3]/@status") == "done");  // 100 %
  CHECK(c.result.notes.empty());

  // Near miss: with a 进展 column, the 备注 is no progress, and a status word is no figure.
  const std::vector<std::string> with_progress = {"序号", "项目名称", "责任单位", "进展情况", "完成情况", "备注"};
  Converted p;
  convert(table_report(with_progress, {{"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训560人次。", "已完成", "另见附件"}}), p);
  REQUIRE(p.result.ok);
  CHECK(c.xml.select_nodes("/report/task[1]/progress").size() == 1);
  CHECK(text(p.xml, "/report/task[1]/progress") == "培训560人次。");
}

TEST_CASE("report_source: a 责任单位 on a task's later rows names the row's unit, not another lead of the task",
          "[report_source]") {
  const std::vector<std::string> header = {"序号", "项目名称", "责任单位", "完成情况"};
  SourceDocument doc = table_report(header, {{"3", "建设有影响力的教育实践基地", "区政工部", "已完成"},
                                             {"", "", "区文明办", "推进中"}});
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 1);
  CHECK(c.xml.select_nodes("/report/task[1]/lead").size() == 1);
  CHECK(text(c.xml, "/report/task[1]/lead") == "区政工部");
  // Near miss: a first row naming no unit takes the later row's.
  Converted later;
  convert(table_report(header, {{"3", "建设有影响力的教育实践基地", "", "已完成"}, {"", "", "区文明办", "推进中"}}), later);
  REQUIRE(later.result.ok);
  CHECK(text(later.xml, "/report/task[1]/lead") == "区文明办");
}

TEST_CASE("report_source: a merged 序号 over a task cell set in lines is one task; a flattened line of it no row",
          "[report_source]") {
  const std::vector<std::string> header = {"序号", "工作任务", "责任单位", "进展情况", "目标完成情况"};
  // HTML rowspan: 序号 and the other cells run down; the task cell's second line is a row of its own.
  SourceDocument doc = table_report(header, {{"3", "建设有影响力的教育实践基地", "区政工部", "布展完成80%。", "顺利推进"},
                                             {"3", "新增讲解员10名", "区政工部", "布展完成80%。", "顺利推进"},
                                             {"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训560人次。", "已完成"}});
  auto& rows = doc.blocks[3].table.rows;
  rows[2][0].continued = rows[2][2].continued = rows[2][3].continued = rows[2][4].continued = true;
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 2);
  CHECK(c.xml.select_nodes("/report/task[1]/progress").size() == 1);
  CHECK(attr(c.xml, "/report/task[1]/@status") == "in-progress");
  CHECK(c.result.notes.empty());
  // A page flattened the same row to its one cell, slid into the 序号 column.
  Converted flat;
  convert(table_report(header, {{"3", "建设有影响力的教育实践基地", "区政工部", "布展完成80%。", "顺利推进"},
                                {"新增讲解员10名", "", "", "", ""},
                                {"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训560人次。", "已完成"}}),
          flat);
  REQUIRE(flat.result.ok);
  CHECK(flat.result.tasks == 2);
  CHECK(flat.result.notes.empty());
  // Near misses: a blank (not merged) 序号 with a new title is its own row, matched by title;
  // a group heading in the 序号 column ends the task above.
  Converted own;
  convert(table_report(header, {{"3", "建设有影响力的教育实践基地", "区政工部", "布展完成80%。", "顺利推进"},
                                {"", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训560人次。", "已完成"}}),
          own);
  REQUIRE(own.result.ok);
  CHECK(own.result.tasks == 2);
  CHECK(attr(own.xml, "/report/task[2]/@ref") == "1");
  // Near miss: a 序号 merged over rows that name other plan tasks numbers a group of tasks.
  SourceDocument grouped = table_report(header, {{"", "建设有影响力的教育实践基地", "区政工部", "布展完成80%。", "顺利推进"},
                                                 {"", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训560人次。", "已完成"}});
  grouped.blocks[3].table.rows[2][0].continued = true;
  Converted category;
  convert(grouped, category);
  REQUIRE(category.result.ok);
  CHECK(category.result.tasks == 2);
  CHECK(attr(category.xml, "/report/task[1]/@ref") == "3");
  CHECK(attr(category.xml, "/report/task[2]/@ref") == "1");
  Converted group;
  convert(table_report(header, {{"一、宣传教育", "", "", "", ""},
                                {"1", "加强党政干部铸牢中华民族共同体意识教育", "区政工部", "培训560人次。", "已完成"}}),
          group);
  REQUIRE(group.result.ok);
  CHECK(group.result.tasks == 1);
  CHECK(group.result.notes.empty());
}

TEST_CASE("report_source: a table of figures — the unit's own tasks, its figure done a metric in the header's measure",
          "[report_source]") {
  SourceDocument doc;
  doc.path = "reports/gongshi.html";
  doc.format = SourceFormat::Html;
  doc.blocks.push_back(paragraph(1, "区政工部2023年基地建设完成情况公示"));
  doc.blocks.push_back(paragraph(2, "现将我部牵头负责的基地建设完成情况公示如下："));
  doc.blocks.push_back(table(1, {{"指标名称", "全年任务目标(个)", "实际完成(个)", "完成进度"},
                                 {"建设有影响力的教育实践基地", "2", "2", "100%"}}));
  doc.blocks.push_back(paragraph(3, "区政工部"));
  doc.blocks.push_back(paragraph(4, "2023年11月20日"));
  Converted c;
  convert(doc, c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 1);
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "3");
  CHECK(attr(c.xml, "/report/task[1]/@status") == "done");
  CHECK(text(c.xml, "/report/task[1]/lead") == "区政工部");
  CHECK(attr(c.xml, "/report/task[1]/metric/@name") == "建设有影响力的教育实践基地");
  CHECK(attr(c.xml, "/report/task[1]/metric/@value") == "2");
  CHECK(attr(c.xml, "/report/task[1]/metric/@unit") == "个");
  // Flattened to a cell a line, without a 序号, it reads the same; the 落款 stays the signature.
  Converted lines;
  convert(text_lines({"现将我部牵头负责的基地建设完成情况公示如下：", "指标名称", "全年任务目标(个)", "实际完成(个)", "完成进度",
                      "建设有影响力的教育实践基地", "2", "2", "100%", "区政工部", "2023年11月20日"}),
          lines);
  REQUIRE(lines.result.ok);
  CHECK(lines.result.tasks == 1);
  CHECK(attr(lines.xml, "/report/task[1]/@status") == "done");
  CHECK(attr(lines.xml, "/report/@submitted") == "2023-11-20");
  // Near misses: no claim to lead, no lead; a header without its measure, no metric.
  Converted plain;
  doc.blocks[1].text = "现将基地建设完成情况公示如下：";
  doc.blocks[2] = table(1, {{"指标名称", "全年任务目标", "实际完成", "完成进度"}, {"建设有影响力的教育实践基地", "2", "2", "100%"}});
  convert(doc, plain);
  REQUIRE(plain.result.ok);
  CHECK_FALSE(plain.xml.select_node("/report/task[1]/lead"));
  CHECK_FALSE(plain.xml.select_node("/report/task[1]/metric"));
}

TEST_CASE("report_source: a flattened row of sub-rows under one number is one task, read row by row", "[report_source]") {
  // The name cell split in two on the page: the task's name over its sub-targets, each with
  // its unit, target, figure done and rate; flattened, the row runs past the header's width.
  Converted c;
  convert(text_lines({"序号 |", "项目名称 |", "责任单位 |", "目标任务 |", "完成情况 |", "完成率 |",
                      "3 |", "建设有影响力的教育实践基地 |",
                      "建成主展馆 |", "区政工部 |", "1个 |", "1 |", "100% |",
                      "开展研学活动 |", "区文明办 |", "20场 |", "12 |", "60% |",
                      "区政工部", "2023年11月20日"}),
          c);
  REQUIRE(c.result.ok);
  CHECK(c.result.tasks == 1);
  CHECK(attr(c.xml, "/report/task[1]/@ref") == "3");
  CHECK(attr(c.xml, "/report/task[1]/@status") == "in-progress");  // one sub-target done, one at 60 %
  CHECK(c.xml.select_nodes("/report/task[1]/lead").size() == 1);
  CHECK(text(c.xml, "/report/task[1]/lead") == "区政工部");
  CHECK(c.result.notes.empty());
  // Near miss: a row whose extra cells make no whole sub-rows keeps only its number and name.
  Converted odd;
  convert(text_lines({"序号 |", "项目名称 |", "责任单位 |", "完成情况 |",
                      "3 |", "建设有影响力的教育实践基地 |", "区政工部 |", "已完成 |", "照片 |", "台账 |", "简报 |",
                      "区政工部", "2023年11月20日"}),
          odd);
  REQUIRE(odd.result.ok);
  CHECK(odd.result.tasks == 1);
  CHECK_FALSE(odd.xml.select_node("/report/task[1]/lead"));
  REQUIRE_FALSE(odd.result.notes.empty());
  CHECK(odd.result.notes[0].rule == "report-table");
}

TEST_CASE("report_source: beside a schedule column the 进展 column is the progress and the last step the deadline",
          "[report_source]") {
  const std::vector<std::string> header = {"序号", "工作事项", "进度安排", "进展情况", "完成情况"};
  Converted c;
  convert(table_report(header, {{"3", "建设有影响力的教育实践基地", "①4月中旬前，完成选址。②8月底前，完成布展。③11月底前，建成开放。",
                                 "①已完成。4月12日完成选址。②布展方案已报审。", "达序推进"}}),
          c);
  REQUIRE(c.result.ok);
  CHECK(text(c.xml, "/report/task[1]/progress") == "①已完成。4月12日完成选址。②布展方案已报审。");
  CHECK(c.xml.select_nodes("/report/task[1]/deadline").size() == 1);
  CHECK(attr(c.xml, "/report/task[1]/@status") == "in-progress");
  CHECK(c.result.notes.empty());
  // Near miss: a 工作进度 column is what was done, read as the progress; no deadline is made up.
  Converted p;
  convert(table_report({"序号", "工作事项", "工作进度", "完成情况"},
                       {{"3", "建设有影响力的教育实践基地", "4月12日完成选址，布展方案已报审。", "推进中"}}),
          p);
  REQUIRE(p.result.ok);
  CHECK(text(p.xml, "/report/task[1]/progress") == "4月12日完成选址，布展方案已报审。");
  CHECK(p.xml.select_nodes("/report/task[1]/deadline").empty());
}
