#include <catch2/catch.hpp>

#include "source_test_util.h"

using namespace plancheck;
using namespace plancheck_test;

TEST_CASE("source html: a saved GB2312 gov page gives its article only, with headings, breaks and a table", "[source]") {
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("gov-page.html"), &doc, &error));
  CHECK(doc.format == SourceFormat::Html);
  CHECK(has_note(doc, "已从 GB18030 转换为 UTF-8"));
  const std::string text = all_text(doc);
  // The chrome is gone: navigation, breadcrumb, share buttons, footer, script.
  for (const char* chrome : {"首页", "当前位置", "分享到", "微信", "打印本页", "关闭窗口", "版权所有", "欢迎您", "tracker"})
    CHECK(text.find(chrome) == std::string::npos);
  REQUIRE(doc.blocks.size() >= 5);
  CHECK(doc.blocks[0].text == "某县2023年重点工作任务分工方案");
  CHECK(doc.blocks[0].heading_level == 1);
  CHECK(doc.blocks[2].text == "一、推进老旧小区改造");
  CHECK(doc.blocks[2].heading_level == 2);
  // <br> is a line break inside the paragraph; spaces typed around figures stay, as a text
  // file keeps them, and the 　　 indent opening the paragraph goes.
  CHECK(doc.blocks[3].text == "完成老旧小区改造 12 个，惠及居民 3000 户。2023 年 11 月底前完成。\n（牵头单位：县住建局；责任单位：各乡镇）");
  CHECK(doc.blocks[3].place.paragraph == 4);
  CHECK(doc.blocks[3].place.line > 20);  // the element's line in the saved file
  const SourceBlock& table = doc.blocks.back();
  REQUIRE(table.kind == SourceBlock::Kind::Table);
  REQUIRE(table.table.rows.size() == 4);
  CHECK(table.table.rows[0][2].text == "牵头单位");
  // rowspan: the lead cell continues into row 3; colspan: the section row spans 4 columns.
  REQUIRE(table.table.rows[2].size() == 4);
  CHECK(table.table.rows[2][2].text == "县住建局");
  CHECK(table.table.rows[2][2].continued);
  CHECK(table.table.rows[2][3].text == "2023年12月底前");
  CHECK(table.table.rows[2][3].column == 4);
  CHECK(table.table.rows[3][0].span == 4);
  // Metadata: <meta>, <title>, and the page's labelled rows outside the article.
  CHECK(metadata(doc, "ArticleTitle") == "某县2023年重点工作任务分工方案");
  CHECK(metadata(doc, "PubDate") == "2023-03-02 09:30");
  CHECK(metadata(doc, "title") == "某县2023年重点工作任务分工方案_某县人民政府");
  CHECK(metadata(doc, "发文字号") == "某政办发〔2023〕7号");
  CHECK(metadata(doc, "成文日期") == "2023年03月01日");
}

TEST_CASE("source html: the body is the container densest in text, not the link-heavy sidebar", "[source]") {
  std::string links;
  for (int i = 0; i < 30; ++i) links += "<p><a href=\"/n" + std::to_string(i) + "\">关于做好全县安全生产工作的通知第" + std::to_string(i) + "号</a></p>";
  const std::string page =
      "<html><head><meta charset=\"utf-8\"><title>方案</title></head><body>"
      "<div class=\"list\">" + links + "</div>"
      "<div class=\"text\"><p>一、各乡镇要高度重视，切实加强组织领导，确保各项任务落到实处。</p>"
      "<p>二、县财政局负责落实工作经费，列入年度财政预算，保障工作顺利开展。</p></div>"
      "<div class=\"list2\">" + links + "</div></body></html>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(page, "page.html", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[0].text == "一、各乡镇要高度重视，切实加强组织领导，确保各项任务落到实处。");
  CHECK(doc.blocks[1].place.paragraph == 2);
}

TEST_CASE("source html: a page with no text is an error, not an empty document", "[source]") {
  SourceDocument doc;
  SourceReadError error;
  CHECK_FALSE(read_source_bytes("<html><head><title>x</title></head><body><script>var a;</script></body></html>",
                                "empty.html", {}, &doc, &error));
  CHECK(error.zh.find("没有找到正文") != std::string::npos);
}

TEST_CASE("source html: a task table with long cells is part of the article, not the article", "[source]") {
  // One row's cells hold more text than the title and the signature around the table: the
  // row must not be taken for the article (the title and the 落款 would be lost).
  const std::string page =
      "<html><head><meta charset=\"utf-8\"></head><body>"
      "<p>县农业农村局关于乡村振兴重点任务推进情况的报告</p>"
      "<table><tr><td>序号</td><td>任务名称</td><td>进展情况</td></tr>"
      "<tr><td>1</td><td>实施农村人居环境整治提升行动</td><td>已完成户厕改造一千二百户，生活垃圾收运体系覆盖全部行政村</td></tr>"
      "<tr><td>2</td><td>推进高标准农田建设</td><td>完成建设三万五千亩</td></tr></table>"
      "<p>县农业农村局</p><p>2024年11月5日</p></body></html>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(page, "report.html", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 4);
  CHECK(doc.blocks[0].text == "县农业农村局关于乡村振兴重点任务推进情况的报告");
  CHECK(doc.blocks[1].kind == SourceBlock::Kind::Table);
  CHECK(doc.blocks[1].table.rows.size() == 3);
  CHECK(doc.blocks[3].text == "2024年11月5日");
}

TEST_CASE("source html: spaces typed between names in a cell stay; the page source's line breaks do not", "[source]") {
  const std::string page =
      "<html><head><meta charset=\"utf-8\"><title>分工方案</title></head><body><div class=\"text\">"
      "<p>一、各部门要高度重视，切实加强组织领导，确保各项任务落到实处，按期完成。</p>"
      "<table border=\"1\"><tr><td>序号</td><td>任务</td><td>配合单位</td></tr>"
      "<tr><td>1</td><td>推进老旧小区改造，完成改造小区30个，惠及居民一万余户。</td>"
      "<td> 区财政局 区城管局&nbsp;&nbsp;各街道　区民政局 </td></tr>"
      "<tr><td>2</td><td>建设口袋公园，新建口袋公园10个，方便群众就近休闲健身。</td><td>区自然资源\n   和规划局</td></tr>"
      "</table></div></body></html>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(page, "page.html", {}, &doc, &error));
  const SourceBlock& table = doc.blocks.back();
  REQUIRE(table.kind == SourceBlock::Kind::Table);
  REQUIRE(table.table.rows.size() == 3);
  CHECK(table.table.rows[1][2].text == "区财政局　区城管局　各街道　区民政局");
  CHECK(table.table.rows[2][2].text == "区自然资源和规划局");  // a line break in the page's source
  // Outside cells, spaces next to Chinese text still close: 。 一、 stays as written.
  CHECK(doc.blocks[0].text == "一、各部门要高度重视，切实加强组织领导，确保各项任务落到实处，按期完成。");
}

TEST_CASE("source html: a table whose cells hold paragraphs (a page saved by Word or LibreOffice) is part of the article", "[source]") {
  // LibreOffice writes a cell's text as <td><p>…</p></td> and centres the table in <center>:
  // the cells' paragraphs hold more text than the notice around the table, yet the article is
  // the body, with its title, 文号 and signature; the table is in it.
  std::string rows;
  for (int i = 1; i <= 6; ++i)
    rows += "<tr><td><p>" + std::to_string(i) + "</p></td><td><p>推行企业开办全程网上办理，压缩办理时限，实现一次提交、一窗发放、当日办结，降低企业开办成本。</p></td>"
            "<td><p>区市场监管局、区政务服务中心</p></td></tr>";
  const std::string page =
      "<html><head><meta charset=\"utf-8\"/><meta name=\"created\" content=\"2013-12-23T23:15:00\"/></head><body>"
      "<p align=\"center\"><font>区人民政府办公室关于印发优化营商环境重点任务分工方案的通知</font></p>"
      "<p align=\"center\">区政办发〔2021〕3号</p>"
      "<p>各街道办事处，区政府各部门：现将方案印发给你们，请认真贯彻执行。</p>"
      "<center><table><col width=\"30\"/><tr><td><p>序号</p></td><td><p>任务</p></td><td><p>责任单位</p></td></tr>" +
      rows + "</table></center><p align=\"right\">2021年4月10日</p></body></html>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(page, "lo.html", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 5);
  CHECK(doc.blocks[0].text == "区人民政府办公室关于印发优化营商环境重点任务分工方案的通知");
  CHECK(doc.blocks[1].text == "区政办发〔2021〕3号");
  REQUIRE(doc.blocks[3].kind == SourceBlock::Kind::Table);
  CHECK(doc.blocks[3].table.rows.size() == 7);
  CHECK(doc.blocks[4].text == "2021年4月10日");
}

TEST_CASE("source html: an ideographic space typed between names in a paragraph stays, as in a text file", "[source]") {
  // Outside a table cell an ideographic space (　) sets names apart just as inside one, and an
  // ASCII space typed on one line stays as one space, as in a text file; the page source's
  // line breaks (and the indent after them) close, and an indent of 　　 opening the paragraph
  // goes.
  const std::string page =
      "<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\">"
      "<p>　　2.建设便民驿站。2024年11月底前建成驿站20个。（牵头单位：县民政局；责任单位：各乡镇　县财政局　　县住建局）</p>"
      "<p>3.规范收费公示。\n  （牵头单位：县发改局；责任单位：县财政局 县市场监管局）</p></div></body></html>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(page, "page.html", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[0].text == "2.建设便民驿站。2024年11月底前建成驿站20个。（牵头单位：县民政局；责任单位：各乡镇　县财政局　县住建局）");
  CHECK(doc.blocks[1].text == "3.规范收费公示。（牵头单位：县发改局；责任单位：县财政局 县市场监管局）");
}

TEST_CASE("source html: a space typed beside a mask stays, as in the text the page was made from", "[source]") {
  // A template's figure set apart by a space (xx 亩), and the same as LibreOffice saves it, its
  // lines wrapped at the spaces typed (退耕还林\nxx\n亩), read as the text file reads them. Near
  // miss: a line break of the page source between two Chinese characters shows as nothing in
  // a browser (CSS Text), and white space at a paragraph's ends goes.
  const std::string page =
      "<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\">"
      "<p>新建高标准农田xx 亩，粮食产量增长&nbsp;&nbsp;&nbsp;&nbsp;%。</p>"
      "<p><font>全区今年完成退耕还林\n</font><font>xx\n</font><font>亩，占计划的101%。</font></p>"
      "<p>\n    <span>全年培育家庭</span>\n    <span>农场120家。</span>  </p></div></body></html>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(page, "page.html", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 3);
  CHECK(doc.blocks[0].text == "新建高标准农田xx 亩，粮食产量增长 %。");
  CHECK(doc.blocks[1].text == "全区今年完成退耕还林 xx 亩，占计划的101%。");
  CHECK(doc.blocks[2].text == "全年培育家庭农场120家。");
}
