#include <algorithm>
#include <catch2/catch.hpp>

#include "source_readers.h"
#include "source_test_util.h"

using namespace plancheck;
using namespace plancheck_test;

TEST_CASE("source text: GBK is converted to UTF-8, one paragraph per line, with a note", "[source]") {
  SourceDocument doc;
  REQUIRE(read_source(source_fixture("gbk-plan.txt"), &doc));
  CHECK(doc.format == SourceFormat::Text);
  REQUIRE(doc.blocks.size() == 6);
  CHECK(doc.blocks[0].text == "关于印发某县2023年重点工作任务分工方案的通知");
  CHECK(doc.blocks[4].text == "（牵头单位：县住建局；责任单位：各乡镇）");
  CHECK(doc.blocks[4].place.line == 5);
  CHECK(doc.blocks[2].text.empty());  // empty lines kept so that line numbers stay the file's
  CHECK(has_note(doc, "已从 GB18030 转换为 UTF-8"));
}

TEST_CASE("source text: UTF-8 needs no note; binary bytes are refused naming the line", "[source]") {
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes("一、总体要求\n二、重点任务\n", "plan.txt", {}, &doc, &error));
  CHECK(doc.notes.empty());
  CHECK(doc.blocks.size() == 2);
  CHECK_FALSE(read_source_bytes(std::string("第一行\n\x01\x00\xFF\xFE", 14), "plan.txt", {}, &doc, &error));
  CHECK(error.zh.find("第2行") != std::string::npos);
}

TEST_CASE("source: the content decides, and an extension that promises otherwise is an error", "[source]") {
  SourceDocument doc;
  std::string error;
  CHECK_FALSE(read_source(source_fixture("not-a-zip.docx"), &doc, &error));
  CHECK(error.find("不是 Word 文档") != std::string::npos);
  SourceReadError e;
  CHECK_FALSE(read_source_bytes("一、总体要求\n", "plan.pdf", {}, &doc, &e));
  CHECK(e.zh.find("不是 PDF") != std::string::npos);
  // A web page saved as .txt is still a web page; a .doc that is really a web page too.
  REQUIRE(read_source_bytes("<html><body><p>一、总体要求和主要目标任务</p></body></html>", "page.txt", {}, &doc, &e));
  CHECK(doc.format == SourceFormat::Html);
  REQUIRE(read_source_bytes("<html><body><p>一、总体要求和主要目标任务</p></body></html>", "saved.doc", {}, &doc, &e));
  CHECK(doc.format == SourceFormat::Html);
  CHECK_FALSE(read_source_bytes(std::string(300, 'x'), "big.txt", SourceReadOptions{100}, &doc, &e));
  CHECK(e.zh.find("文件过大") != std::string::npos);
}

TEST_CASE("source: spaces typesetting puts around CJK text are closed, Latin word spaces kept", "[source]") {
  CHECK(close_cjk_spaces("2023 年 11 月 30 日前") == "2023年11月30日前");
  CHECK(close_cjk_spaces(" 建设 5G 基站 120 个 ") == "建设5G基站120个");
  CHECK(close_cjk_spaces("区 发 改 委 ， 区财政局") == "区发改委，区财政局");
  CHECK(close_cjk_spaces("Wi-Fi  hot spot 覆盖") == "Wi-Fi hot spot覆盖");
}

TEST_CASE("source_plain_text: a line per paragraph and per cell, merged cells once, with places", "[source]") {
  SourceDocument doc;
  SourceBlock heading;
  heading.text = "一、重点任务\n（牵头单位：县住建局）";
  heading.place.paragraph = 1;
  doc.blocks.push_back(heading);
  SourceBlock table;
  table.kind = SourceBlock::Kind::Table;
  table.place.table = 1;
  table.table.rows = {{{"序号", 1}, {"牵头单位", 2}}, {{"1", 1}, {"县住建局", 2}}, {{"2", 1}, {"县住建局", 2, 1, true}}};
  doc.blocks.push_back(table);
  std::vector<SourcePlace> places;
  std::string text = source_plain_text(doc, &places);
  CHECK(text == "一、重点任务\n（牵头单位：县住建局）\n序号\n牵头单位\n1\n县住建局\n2\n");
  REQUIRE(places.size() == 7);
  CHECK(places[1].paragraph == 1);
  CHECK(describe_place(places[5], "zh") == "表1 第2行 第2列");
  CHECK(describe_place(places[6], "zh") == "表1 第3行 第1列");
}

TEST_CASE("source text: lines of tab-separated cells are a table; a tab that indents is not", "[source]") {
  SourceDocument doc = text_source(
      "\t现将进展情况报告如下。\n"
      "序号\t重点任务\t牵头单位\t进展情况\n"
      "1\t改造老旧小区\t市住建局\t已完成改造126个小区。\n"
      "2\t新增托育托位\t\t新增普惠托位650个。\n"
      "临江市住房和城乡建设局\n",
      "report.txt");
  REQUIRE(doc.blocks.size() == 3);
  CHECK(doc.blocks[0].kind == SourceBlock::Kind::Paragraph);
  const SourceBlock& table = doc.blocks[1];
  REQUIRE(table.kind == SourceBlock::Kind::Table);
  CHECK(table.place.line == 2);
  REQUIRE(table.table.rows.size() == 3);
  CHECK(table.table.rows[1][1].text == "改造老旧小区");
  REQUIRE(table.table.rows[2].size() == 4);
  CHECK(table.table.rows[2][2].text.empty());  // an empty cell keeps the columns in place
  CHECK(table.table.rows[2][3].column == 4);
  CHECK(cell_place(table, 2, 4).line == 4);  // a row's place is its line
  CHECK(doc.blocks[2].text == "临江市住房和城乡建设局");
}

TEST_CASE("source text: lines ruled with bars are a table; one bar in a sentence is not", "[source]") {
  SourceDocument doc = text_source(
      "| 序号 | 重点任务 | 责任单位 |\n"
      "|---|:---|---|\n"
      "| 1 | 改造老旧小区 | 市住建局 |\n"
      "2 ｜ 新增托育托位 ｜ 市卫健委\n"
      "全年目标|已过半。\n",
      "plan.txt");
  REQUIRE(doc.blocks.size() == 2);
  const SourceBlock& table = doc.blocks[0];
  REQUIRE(table.kind == SourceBlock::Kind::Table);
  REQUIRE(table.table.rows.size() == 3);  // the Markdown rule is no row
  CHECK(table.table.rows[0][0].text == "序号");
  CHECK(table.table.rows[1][2].text == "市住建局");
  CHECK(table.table.rows[2][1].text == "新增托育托位");
  CHECK(doc.blocks[1].kind == SourceBlock::Kind::Paragraph);
  // Near miss: a single ruled line is no table.
  CHECK(text_source("| 序号 | 重点任务 |\n说明文字。\n", "plan.txt").blocks[0].kind == SourceBlock::Kind::Paragraph);
}

TEST_CASE("source text: columns set apart by wide spaces under a header line are a table", "[source]") {
  // A task table copied from a fixed-width page: no tab, no bar, the columns apart by runs of
  // spaces (ASCII or ideographic); a letter-spaced header word (目  标) is one cell; a row that
  // leaves a cell empty puts each of its cells under the header cell it starts nearest.
  SourceDocument doc;
  SourceReadError e;
  REQUIRE(read_source_bytes("重点任务分工\n"
                            "序号    目  标  任  务            责任单位        完成时限\n"
                            "1       排查燃气管道隐患          镇安监办        2024年6月底前\n"
                            "2       开展应急演练                              2024年11月底前\n"
                            "以上任务按期完成。\n",
                            "plan.txt", {}, &doc, &e));
  REQUIRE(doc.blocks.size() == 3);
  REQUIRE(doc.blocks[1].kind == SourceBlock::Kind::Table);
  const auto& rows = doc.blocks[1].table.rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][1].text == "目标任务");
  CHECK(rows[1][2].text == "镇安监办");
  REQUIRE(rows[2].size() == 3);
  CHECK(rows[2][2].text == "2024年11月底前");
  CHECK(rows[2][2].column == 4);
  CHECK(doc.blocks[2].text == "以上任务按期完成。");
  // Near misses: two issuers, a signature, a page's labels set apart by spaces are no table.
  REQUIRE(read_source_bytes("中共某县委办公室    某县人民政府办公室\n"
                            "2023年9月16日\n"
                            "索引号：  330522/2023-01775    发文时间：  2023-02-24\n"
                            "公开方式：   主动公开    公开时限：   长期公开\n",
                            "plan.txt", {}, &doc, &e));
  CHECK(std::none_of(doc.blocks.begin(), doc.blocks.end(),
                     [](const SourceBlock& b) { return b.kind == SourceBlock::Kind::Table; }));
}
