#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "import_text.h"
#include "source_test_util.h"

using namespace plancheck;
using namespace plancheck_test;

TEST_CASE("source pdf: lines re-joined into paragraphs by layout, running header and page numbers dropped", "[source]") {
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("cjk-plan.pdf"), &doc, &error));
  CHECK(doc.format == SourceFormat::Pdf);
  // The title, 12 numbered paragraphs of three lines each, the date.
  REQUIRE(doc.blocks.size() == 14);
  CHECK(doc.blocks[0].text == "某县2023年重点工作任务分工方案");
  CHECK(doc.blocks[1].text ==
        "1.推进第1项重点工作，2023年11月30日前完成5G基站建设10个，各乡镇按职责分工负责，县住建局牵头，"
        "县财政局、县自然资源局配合，确保各项任务按期保质完成并于每季度末报送工作进展情况。");
  CHECK(doc.blocks[1].place.page == 1);
  CHECK(doc.blocks[1].place.paragraph == 2);
  CHECK(doc.blocks.back().text == "2023年3月1日");
  CHECK(doc.blocks.back().place.page == 2);
  const std::string text = all_text(doc);
  CHECK(text.find("某县人民政府办公室文件") == std::string::npos);
  CHECK(text.find("- 1 -") == std::string::npos);
  CHECK(text.find("- 2 -") == std::string::npos);
}

TEST_CASE("source pdf: a CID-keyed font reads, and a paragraph's wrapped line joins without a space", "[source]") {
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("cid-font.pdf"), &doc, &error));
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[0].text == "一、2023年11月30日前完成5G基站建设120个，县住建局牵头，县财政局配合，确保各项任务按期完成。");
  CHECK(doc.blocks[1].text == "二、各乡镇按职责分工负责。");
}

TEST_CASE("source pdf: a heading nearly as wide as the column, indented like its paragraph, stands alone", "[source]") {
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("heading-indent.pdf"), &doc, &error));
  REQUIRE(doc.blocks.size() == 4);
  CHECK(doc.blocks[0].text == "一、统筹推进城乡供水设施改造提升和保障工作");
  CHECK(doc.blocks[1].text.rfind("（一）完成老旧供水管网改造", 0) == 0);
  CHECK(doc.blocks[2].text == "二、持续加强农村供水工程运行管护和应急保障");
  CHECK(doc.blocks[3].text == "（二）建立县级统管机制，落实管护经费。（县水利局负责）");
}

TEST_CASE("source pdf: a centred title's last line, a change of type size and a line set to the right", "[source]") {
  // tests/data/sources/make.py 5g: a 22 pt title over two lines, the 文号 in 16 pt under it,
  // a signature and a longer date set to the right, a one-line title over an indented line.
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("centred-title.pdf"), &doc, &error));
  std::vector<std::string> texts;
  for (const SourceBlock& block : doc.blocks) texts.push_back(block.text);
  const std::vector<std::string> expected = {
      "某县人民政府办公室关于印发优化营商环境重点任务分工方案的通知",  // was two: 营商环 / 境重点…
      "某政办发〔2021〕3号",
      "各乡镇人民政府，县政府各部门：现将《优化营商环境重点任务分工方案》印发给你们，请结合实际认真贯彻执行。",
      "县政府办",  // was 县政府办2021年4月10日: the date under it starts further left, by less than 3 characters
      "2021年4月10日",
      "某县优化营商环境重点任务分工方案",  // was glued to the paragraph under it (22 pt over 16 pt)
      "为进一步优化营商环境，结合我县实际，制定本方案。"};
  CHECK(texts == expected);
}

TEST_CASE("source pdf: a figure wrapped to a line's start is no item number; a first-line indent comes once; typed 　 stays", "[source]") {
  // tests/data/sources/make.py 5h: 增长 / 16.1%，… (read_item_number sees 16. there), and a
  // one-line title set with the first-line indent of the paragraph under it.
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("wrapped-figure.pdf"), &doc, &error));
  REQUIRE(doc.blocks.size() == 4);
  CHECK(doc.blocks[0].text == "x区农业农村局2021年工作总结和2022年工作计划");  // was glued to the paragraph
  CHECK(doc.blocks[1].text == "今年以来全区完成地区生产总值较上年同期增长16.1%，分别高于全省和全市十个百分点和七个百分点。");  // was cut at 16.1%
  // An ideographic space typed between names stays, as in the text file (was 各乡镇县财政局县住建局);
  // letter-spacing between single characters is no space.
  CHECK(doc.blocks[2].text == "（牵头单位：县民政局；责任单位：各乡镇　县财政局　县住建局）");
  CHECK(doc.blocks[3].text == "签发人张三");
}

TEST_CASE("source pdf: a ruled table over two pages is one table, cells whole, header once, rows on their page", "[source]") {
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("long-table.pdf"), &doc, &error));
  std::vector<const SourceBlock*> tables;
  for (const SourceBlock& block : doc.blocks)
    if (block.kind == SourceBlock::Kind::Table) tables.push_back(&block);
  REQUIRE(tables.size() == 1);
  const SourceTable& table = tables[0]->table;
  REQUIRE(table.rows.size() == 41);  // the header, then 40 tasks: page 2's repeated header dropped
  REQUIRE(table.rows[0].size() == 5);
  CHECK(table.rows[0][3].text == "进展情况");
  for (size_t r = 1; r < table.rows.size(); ++r) {
    INFO("row " << r + 1);
    REQUIRE(table.rows[r].size() == 5);
    CHECK(table.rows[r][0].text == std::to_string(r));
    CHECK(table.rows[r][0].column == 1);
    // The progress cell wraps over lines; it comes back as one text.
    CHECK(table.rows[r][3].text == "已完成第" + std::to_string(r) + "批次改造，累计投入资金" + std::to_string(r * 3) +
                                       "万元，群众满意度调查已开展。");
  }
  // 完成情况 of tasks 3 and 4 is one cell merged down: the second row continues it.
  CHECK(table.rows[3][4].text == "推进中");
  CHECK_FALSE(table.rows[3][4].continued);
  CHECK(table.rows[4][4].continued);
  // Places: row 2 on page 1, the last row on page 2.
  CHECK(cell_place(*tables[0], 1).page == 1);
  CHECK(cell_place(*tables[0], 40).page == 2);
  CHECK(describe_place(cell_place(*tables[0], 40, 4), "zh") == "第2页 表1 第41行 第4列");
  // The text after the table is a paragraph of its own.
  CHECK(doc.blocks.back().kind == SourceBlock::Kind::Paragraph);
  CHECK(doc.blocks.back().text == "二、存在问题");
}

TEST_CASE("source pdf: a scan, an encrypted file and a damaged file are clear errors", "[source]") {
  SourceDocument doc;
  std::string error;
  CHECK_FALSE(read_source(source_fixture("scanned.pdf"), &doc, &error));
  CHECK(error == "PDF 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 文件");
  CHECK_FALSE(read_source(source_fixture("encrypted.pdf"), &doc, &error));
  CHECK(error.find("已加密") != std::string::npos);
  SourceReadError e;
  CHECK_FALSE(read_source_bytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage", "bad.pdf", {}, &doc, &e));
  CHECK_FALSE(e.zh.empty());
}

TEST_CASE("source pdf: the corpus PDFs lose and invent no character", "[source][corpus]") {
  int compared = for_each_corpus_rendering(".pdf", [](const SourceDocument& doc, const std::string& expected) {
    std::string got = without_spaces(source_plain_text(doc));
    std::string want = without_spaces(expected);
    // The same characters in every rendering; in order too where no table's reading order intervenes.
    std::string sorted_got = got, sorted_want = want;
    std::sort(sorted_got.begin(), sorted_got.end());
    std::sort(sorted_want.begin(), sorted_want.end());
    CHECK(sorted_got == sorted_want);
    bool has_table = false;
    for (const SourceBlock& block : doc.blocks) has_table = has_table || block.kind == SourceBlock::Kind::Table;
    if (!has_table) CHECK(got == want);
  });
  if (compared >= 0) CHECK(compared >= 5);
}

static std::vector<std::string> row_texts(const std::vector<SourceCell>& row) {
  std::vector<std::string> out;
  for (const SourceCell& cell : row) out.push_back(cell.text);
  return out;
}

// The table of three-line-table.pdf and no-rules-table.pdf, and the text around it.
static void check_report_table(const char* fixture) {
  INFO(fixture);
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture(fixture), &doc, &error));
  std::vector<const SourceBlock*> tables;
  for (const SourceBlock& block : doc.blocks)
    if (block.kind == SourceBlock::Kind::Table) tables.push_back(&block);
  // The 抄送 / 印发 block between two rules is text, not a second table.
  REQUIRE(tables.size() == 1);
  const SourceTable& table = tables[0]->table;
  REQUIRE(table.rows.size() == 6);
  CHECK(row_texts(table.rows[0]) == std::vector<std::string>{"序号", "重点任务", "牵头单位", "进展情况", "完成情况"});
  // Wrapped cells centred in their rows come back whole, each in its own row.
  for (size_t r = 1; r < table.rows.size(); ++r) {
    INFO("row " << r + 1);
    const std::string n = std::to_string(r);
    CHECK(row_texts(table.rows[r]) ==
          std::vector<std::string>{n, "推进第" + n + "项重点任务", "县住建局",
                                   "已完成第" + n + "批次改造，累计投入资金" + std::to_string(r * 3) + "万元，群众满意度调查已开展，整改问题" + n + "个。",
                                   r % 2 ? "已完成" : "推进中"});
  }
  // The centred title stands apart from the paragraph under it.
  CHECK(doc.blocks[0].text == "某县住建局关于重点任务推进情况的报告");
  CHECK(doc.blocks[1].text == "县政府督查室：现将有关情况报告如下。");
  CHECK(all_text(doc).find("抄送：县委办公室，县人大常委会办公室。") != std::string::npos);
}

TEST_CASE("source pdf: a 三线表 (no column rules) is a table, its columns found from the words", "[source]") {
  check_report_table("three-line-table.pdf");
}

TEST_CASE("source pdf: a table with no rules at all, its rows run together by poppler, comes apart by its columns", "[source]") {
  check_report_table("no-rules-table.pdf");
}

TEST_CASE("source pdf: a footnote in small type at the foot of a page is no part of the sentence running on to the next",
          "[source][pdf]") {
  // footnote-page.pdf (tests/probes/word18/make_fixtures.py): item 5 breaks over pages 1 and 2,
  // a 9 pt footnote `1 本方案所称…` between its halves. Near misses at the foot of page 2, in
  // small type too: a 版记 line (抄送：…) and an item `1.` — neither opens with a footnote number.
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("footnote-page.pdf"), &doc, &error));
  const std::string text = all_text(doc);
  CHECK(text.find("本方案所称有关部门") == std::string::npos);
  auto item5 = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                            [](const SourceBlock& b) { return b.text.rfind("5.推进第5项", 0) == 0; });
  REQUIRE(item5 != doc.blocks.end());
  CHECK(item5->text.find("（牵头单位：县发展改革局；责任单位：各乡镇人民政府）") != std::string::npos);
  CHECK(text.find("抄送：县委办公室") != std::string::npos);
  CHECK(text.find("1.本表由各乡镇于每月5日前报送。") != std::string::npos);
  CHECK(std::any_of(doc.notes.begin(), doc.notes.end(), [](const auto& n) { return n.first.find("脚注") != std::string::npos; }));
}

TEST_CASE("source pdf: a CJK font without a ToUnicode map (glyph numbers for text) is an error naming the pages",
          "[source][pdf]") {
  // no-tounicode.pdf: footnote-page.pdf with its fonts' ToUnicode maps renamed away: poppler
  // reads !"#$%&'()… where the Chinese was. Never silence: an import of nothing would pass.
  SourceDocument doc;
  std::string error;
  CHECK_FALSE(read_source(source_fixture("no-tounicode.pdf"), &doc, &error));
  CHECK(error.find("PDF 第 1、2 页的文字读不出来") == 0);
  CHECK(error.find("ToUnicode") != std::string::npos);
  // Near miss: a page of figures, dates, a web address and English, with little Chinese, is text.
  SourceDocument figures;
  REQUIRE(read_source(source_fixture("figures-page.pdf"), &figures, &error));
  CHECK(all_text(figures).find("www.example.gov.cn/plan?id=7&year=2024.") != std::string::npos);
}

TEST_CASE("source pdf: a line broken mid-sentence (Shift+Enter) goes on in the next line at the margin", "[source][pdf]") {
  // softbr-page.pdf (tests/probes/word18/make_fixtures.py): Word soft breaks inside sentences, as in
  // a text pasted with the lines of its print: …公用事业、港 / 口 / 物流等领域…, …交 / 通运输部….
  // Near misses in block style (no first-line indent): a heading of one line, paragraphs ending in
  // 。, units one per paragraph: each stays a paragraph of its own.
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("softbr-page.pdf"), &doc, &error));
  std::vector<std::string> texts;
  for (const SourceBlock& b : doc.blocks) texts.push_back(b.text);
  CHECK(texts == std::vector<std::string>{
                     "（一）开展涉企收费专项治理，对公用事业、港口物流等领域涉企收费开展检查，整治转供电主体违法加价等行为。"
                     "（市场监管总局牵头，国家发展改革委、交通运输部、海关总署按职责分工负责）",
                     "（二）清理规范中小企业融资中的不合理附加费用，整治银行强制搭售产品等违规行为（银保监会、人民银行负责）",
                     "二、保障措施", "各地区要加强组织领导，确保各项措施落到实处，按要求报送进展情况。", "工作有序推进。",
                     "请各单位抓紧组织实施。", "县发展改革局", "县财政局"});
}

TEST_CASE("source pdf: a cell merged down across a page break gives its text to the row the next page opens with",
          "[source][pdf]") {
  // merged-across-pages.pdf (tests/probes/word18/make_fixtures.py): 指导部门 merged over rows 13–18,
  // the page breaking after row 17; Word and LibreOffice print the text on page 1 only. Near miss:
  // 备注 is blank in row 18 too, but blank in other rows as well: it stays blank.
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("merged-across-pages.pdf"), &doc, &error));
  const SourceBlock* table = nullptr;
  for (const SourceBlock& b : doc.blocks)
    if (b.kind == SourceBlock::Kind::Table && !table) table = &b;
  REQUIRE(table);
  auto cell = [&](const std::string& number, int column) {
    for (const auto& row : table->table.rows) {
      if (row.empty() || trim_spaces(row.front().text) != number) continue;
      for (const SourceCell& c : row)
        if (c.column == column) return trim_spaces(c.text);
    }
    return std::string("(none)");
  };
  CHECK(table->table.rows.size() == 41);
  CHECK(cell("17", 3) == "县住建局");
  CHECK(cell("18", 3) == "县住建局");
  CHECK(cell("19", 3) == "县教育局");
  CHECK(cell("18", 4).empty());
  CHECK(cell("17", 4) == "已完成");
}

TEST_CASE("source pdf: digits set letter-spaced (2 0 2 4 年 1 1 月) are one number", "[source][pdf]") {
  // spaced-digits.pdf (tests/probes/word18/make_fixtures.py): Word's 字符间距 加宽 6 pt on a deadline,
  // poppler gives a word per digit. Near miss: 3 and 5 set apart by a tab stay two numbers.
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("spaced-digits.pdf"), &doc, &error));
  REQUIRE(!doc.blocks.empty());
  CHECK(doc.blocks[0].text == "一、推进老旧小区改造，2024年11月30日前完成改造12个。（牵头单位：县住建局）");
  const std::string text = all_text(doc);
  CHECK(text.find("35") == std::string::npos);
  CHECK(text.find("5个指标按季度报送。") != std::string::npos);
}
