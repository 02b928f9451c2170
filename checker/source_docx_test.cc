#include <zip.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "docx_numbering.h"
#include "source_test_util.h"

using namespace plancheck;
using namespace plancheck_test;

namespace {

// A zip made in memory with libzip: each part deflated, or stored (`store`: as a hostile
// author writes a part to pass the compression-ratio guard).
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& parts, bool encrypt = false,
                     bool* encrypted = nullptr, bool store = false) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(zip);
  zip_source_keep(buffer);
  for (const auto& part : parts) {
    zip_source_t* data = zip_source_buffer(zip, part.second.data(), part.second.size(), 0);
    zip_int64_t index = zip_file_add(zip, part.first.c_str(), data, ZIP_FL_OVERWRITE);
    REQUIRE(index >= 0);
    if (store) REQUIRE(zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) == 0);
    if (encrypt) {
      bool ok = zip_file_set_encryption(zip, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, "secret") == 0;
      if (encrypted) *encrypted = ok;
    }
  }
  REQUIRE(zip_close(zip) == 0);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string bytes(static_cast<size_t>(size), '\0');
  zip_source_read(buffer, &bytes[0], static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

// A paragraph Word numbers in list `num` at level `level` (0-8).
std::string numbered_paragraph(int num, int level, const std::string& text) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(num) +
         "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

const char* kDocumentStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

}  // namespace

TEST_CASE("source docx: paragraphs, a soft break, a heading, tracked changes and a merged-cell table", "[source]") {
  SourceDocument doc;
  std::string error;
  REQUIRE(read_source(source_fixture("merged-table.docx"), &doc, &error));
  CHECK(doc.format == SourceFormat::Docx);
  REQUIRE(doc.blocks.size() == 6);
  CHECK(doc.blocks[0].text == "某县2023年重点工作任务分工方案");
  CHECK(doc.blocks[0].heading_level == 0);  // the Title style is no heading
  CHECK(doc.blocks[1].text == "一、推进老旧小区改造");
  CHECK(doc.blocks[1].heading_level == 1);
  CHECK(doc.blocks[2].text == "完成老旧小区改造12个。\n（牵头单位：县住建局；责任单位：各乡镇）");
  // Deleted text is skipped, inserted text kept.
  CHECK(doc.blocks[3].text == "2023年11月底前完成。");
  CHECK(doc.blocks[3].place.paragraph == 4);
  const SourceBlock& table = doc.blocks[4];
  REQUIRE(table.kind == SourceBlock::Kind::Table);
  CHECK(table.place.table == 1);
  REQUIRE(table.table.rows.size() == 4);
  CHECK(table.table.rows[1][2].text == "县住建局");
  CHECK_FALSE(table.table.rows[1][2].continued);
  CHECK(table.table.rows[2][2].text == "县住建局");  // vMerge: continues the cell above
  CHECK(table.table.rows[2][2].continued);
  REQUIRE(table.table.rows[3].size() == 1);
  CHECK(table.table.rows[3][0].span == 3);  // gridSpan
  CHECK(table.table.rows[3][0].text == "二、保障措施");
  CHECK(doc.blocks[5].place.paragraph == 5);  // paragraphs are counted outside tables
  CHECK(metadata(doc, "title") == "重点工作任务分工方案");
  std::vector<SourcePlace> places;
  std::string text = source_plain_text(doc, &places);
  CHECK(text.find("背街小巷整治\n二、保障措施\n") != std::string::npos);  // the merged cell once
}

TEST_CASE("source docx: not a Word document, a zip without document.xml, bad XML: clear errors", "[source]") {
  SourceDocument doc;
  std::string error;
  CHECK_FALSE(read_source(source_fixture("no-document.docx"), &doc, &error));
  CHECK(error.find("word/document.xml") != std::string::npos);
  CHECK_FALSE(read_source(source_fixture("not-a-zip.docx"), &doc, &error));
  CHECK(error.find("不是 zip") != std::string::npos);
  SourceReadError e;
  std::string broken = make_zip({{"word/document.xml", std::string(kDocumentStart) + "<w:p><w:r><w:t>未闭合"}});
  CHECK_FALSE(read_source_bytes(broken, "broken.docx", {}, &doc, &e));
  CHECK(e.zh.find("不是有效的 XML") != std::string::npos);
  // A DOCTYPE declaring an entity is not expanded (pugixml reads no DTD).
  std::string entity = make_zip({{"word/document.xml",
                                  "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" +
                                      std::string(kDocumentStart).substr(21) + "<w:p><w:r><w:t>甲&x;乙</w:t></w:r></w:p></w:body></w:document>"}});
  if (read_source_bytes(entity, "entity.docx", {}, &doc, &e)) CHECK(all_text(doc).find("root:") == std::string::npos);
}

TEST_CASE("source docx: a zip bomb is refused before it is inflated", "[source]") {
  // 4 MiB of one repeated run deflates to a few KiB: past the size limit, and an absurd ratio.
  std::string huge = kDocumentStart;
  while (huge.size() < (size_t{4} << 20)) huge += "<w:p><w:r><w:t>重复</w:t></w:r></w:p>";
  huge += "</w:body></w:document>";
  std::string bomb = make_zip({{"word/document.xml", huge}});
  CHECK(bomb.size() < huge.size() / 100);
  SourceDocument doc;
  SourceReadError error;
  SourceReadOptions small;
  small.max_unpacked_bytes = size_t{1} << 20;
  CHECK_FALSE(read_source_bytes(bomb, "bomb.docx", small, &doc, &error));
  CHECK(error.zh.find("压缩炸弹") != std::string::npos);
  CHECK_FALSE(read_source_bytes(bomb, "bomb.docx", {}, &doc, &error));  // within the size limit, but 1000×
  CHECK(error.zh.find("压缩比异常") != std::string::npos);
}

TEST_CASE("source docx: an encrypted zip is refused", "[source]") {
  bool encrypted = false;
  std::string zip = make_zip({{"word/document.xml", std::string(kDocumentStart) + "</w:body></w:document>"}}, true, &encrypted);
  if (!encrypted) {
    WARN("libzip here cannot write AES entries; encrypted .docx not tested");
    return;
  }
  SourceDocument doc;
  SourceReadError error;
  CHECK_FALSE(read_source_bytes(zip, "locked.docx", {}, &doc, &error));
  CHECK(error.zh.find("已加密") != std::string::npos);
}

TEST_CASE("source docx: each corpus rendering holds exactly the characters of its text", "[source][corpus]") {
  int compared = for_each_corpus_rendering(".docx", [](const SourceDocument& doc, const std::string& expected) {
    CHECK(without_spaces(source_plain_text(doc)) == without_spaces(expected));
  });
  if (compared >= 0) CHECK(compared >= 10);
}

TEST_CASE("source docx: Word's automatic numbering is read as the labels Word shows", "[source]") {
  // Level 0 一、, level 1 （一）, level 2 1.; list 2 numbers a table's 序号 column; list 3
  // uses list 1's definition restarted at 1; a bullet list has no label.
  const std::string numbering =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
      "</w:lvlOverride></w:num>"
      "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>"
      "</w:numbering>";
  const auto numbered = numbered_paragraph;
  auto cell = [](const std::string& paragraph) { return "<w:tc>" + paragraph + "</w:tc>"; };
  std::string body = numbered(1, 0, "主要任务") + numbered(1, 1, "推进数据共享") + numbered(1, 2, "建成平台。") +
                     numbered(1, 2, "") +  // an empty line Word still counts
                     numbered(1, 2, "接入系统。") + numbered(1, 1, "强化安全") + numbered(1, 2, "开展检查。") +
                     numbered(1, 0, "保障措施") + numbered(4, 0, "要点") +
                     "<w:tbl><w:tr>" + cell("<w:p><w:r><w:t>序号</w:t></w:r></w:p>") +
                     cell("<w:p><w:r><w:t>任务</w:t></w:r></w:p>") + "</w:tr><w:tr>" + cell(numbered(2, 0, "")) +
                     cell("<w:p><w:r><w:t>建设平台</w:t></w:r></w:p>") + "</w:tr><w:tr>" + cell(numbered(2, 0, "")) +
                     cell("<w:p><w:r><w:t>开展培训</w:t></w:r></w:p>") + "</w:tr></w:tbl>" + numbered(3, 0, "另起一列");
  std::string bytes = make_zip({{"word/document.xml", kDocumentStart + body + "</w:body></w:document>"},
                                {"word/numbering.xml", numbering}});
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(bytes, "numbered.docx", {}, &doc, &error));
  std::vector<std::string> texts;
  for (const SourceBlock& block : doc.blocks)
    if (block.kind == SourceBlock::Kind::Paragraph) texts.push_back(block.text);
  CHECK(texts == std::vector<std::string>{"一、主要任务", "（一）推进数据共享", "1.建成平台。", "3.接入系统。",
                                          "（二）强化安全", "1.开展检查。", "二、保障措施", "要点", "1 另起一列"});
  const SourceBlock* table = nullptr;
  for (const SourceBlock& block : doc.blocks)
    if (block.kind == SourceBlock::Kind::Table) table = &block;
  REQUIRE(table);
  REQUIRE(table->table.rows.size() == 3);
  CHECK(table->table.rows[1][0].text == "1");
  CHECK(table->table.rows[2][0].text == "2");
}

TEST_CASE("docx numbering formats", "[source]") {
  CHECK(DocxNumbering::format_number(11, "chineseCounting") == "十一");
  CHECK(DocxNumbering::format_number(20, "chineseCountingThousand") == "二十");
  CHECK(DocxNumbering::format_number(105, "chineseCounting") == "一百零五");
  CHECK(DocxNumbering::format_number(3, "decimalEnclosedCircle") == "③");
  CHECK(DocxNumbering::format_number(2, "chineseLegalSimplified") == "贰");
  CHECK(DocxNumbering::format_number(28, "upperLetter") == "AB");
  CHECK(DocxNumbering::format_number(14, "lowerRoman") == "xiv");
  CHECK(DocxNumbering::format_number(7, "decimalFullWidth") == "７");
}

TEST_CASE("source docx: paragraphs of tab-separated cells are a table, as the same lines in a text file", "[source]") {
  // A table typed with tabs in Word (render.py writes a text line's tabs so): two or more
  // paragraphs in a row, each with a tab between words, are a table; a lone tab (签发人：<tab>…)
  // stays a paragraph, with a space for its tab, and tables after are numbered on.
  auto p = [](const std::string& text) {
    std::string runs;
    size_t at = 0;
    for (size_t tab; (tab = text.find('\t', at)) != std::string::npos; at = tab + 1)
      runs += "<w:r><w:t>" + text.substr(at, tab - at) + "</w:t></w:r><w:r><w:tab/></w:r>";
    return "<w:p>" + runs + "<w:r><w:t>" + text.substr(at) + "</w:t></w:r></w:p>";
  };
  std::string body = std::string(kDocumentStart) + p("某县2024年重点工作任务分工方案") + p("签发人：\t张三") +
                     p("现将方案印发给你们。") + p("序号\t重点任务\t牵头单位\t完成时限") + p("1\t推进老旧小区改造\t县住建局\t2024年10月底前") +
                     p("2\t建设口袋公园10个\t县城管局\t2024年11月底前") + p("所需经费列入县级财政年度预算。") +
                     "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
                     "</w:body></w:document>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(make_zip({{"word/document.xml", body}}), "tabs.docx", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 6);
  CHECK(doc.blocks[1].text == "签发人： 张三");
  const SourceBlock& table = doc.blocks[3];
  REQUIRE(table.kind == SourceBlock::Kind::Table);
  CHECK(table.place.table == 1);
  REQUIRE(table.table.rows.size() == 3);
  REQUIRE(table.table.rows[1].size() == 4);
  CHECK(table.table.rows[1][2].text == "县住建局");
  CHECK(table.table.rows[2][3].column == 4);
  CHECK(doc.blocks[4].place.paragraph == 7);  // Word's paragraphs, counted as before
  CHECK(doc.blocks[5].place.table == 2);
  // The same lines in a text file read alike.
  std::string text = "某县2024年重点工作任务分工方案\n签发人：\t张三\n现将方案印发给你们。\n序号\t重点任务\t牵头单位\t完成时限\n"
                     "1\t推进老旧小区改造\t县住建局\t2024年10月底前\n2\t建设口袋公园10个\t县城管局\t2024年11月底前\n";
  SourceDocument txt = text_source(text, "tabs.txt");
  REQUIRE(txt.blocks.size() == 4);
  REQUIRE(txt.blocks[3].kind == SourceBlock::Kind::Table);
  for (size_t r = 0; r < 3; ++r)
    for (size_t c = 0; c < 4; ++c) CHECK(txt.blocks[3].table.rows[r][c].text == table.table.rows[r][c].text);
}

TEST_CASE("source docx: a text box's paragraphs are read once, after the paragraph that anchors it", "[source]") {
  // Word writes a box twice: the DrawingML shape and a VML fallback for older readers.
  const std::string box =
      "<w:txbxContent><w:p><w:r><w:t>备注：数据截至20XX年6月底。</w:t></w:r></w:p></w:txbxContent>";
  const std::string document =
      std::string(kDocumentStart) +
      "<w:p><w:r><w:t>粮食产量2.1万吨。</w:t></w:r><w:r><mc:AlternateContent "
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\">"
      "<w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
      "<wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:txbx>" + box +
      "</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape "
      "xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>" + box +
      "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
      // Near miss: a picture (a drawing with no text box) adds nothing, and a box in deleted
      // text is deleted with it.
      "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"/>"
      "</w:drawing></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\">"
      "<v:textbox><w:txbxContent><w:p><w:r><w:t>删去的框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:del>"
      "<w:r><w:t>下半年继续抓好秋粮生产。</w:t></w:r></w:p></w:body></w:document>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(make_zip({{"word/document.xml", document}}), "box.docx", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 3);
  CHECK(doc.blocks[0].text == "粮食产量2.1万吨。");
  CHECK(doc.blocks[1].text == "备注：数据截至20XX年6月底。");
  CHECK(doc.blocks[1].place.paragraph == 2);
  CHECK(doc.blocks[2].text == "下半年继续抓好秋粮生产。");
}

TEST_CASE("source docx: hidden text (w:vanish) is not read; a vanish turned off is", "[source]") {
  // A template's instruction set as hidden text (字体 > 隐藏) and left in: Word neither shows nor
  // prints it. Near miss: <w:vanish w:val="0"/> (a style's hiding turned off) is shown text.
  const std::string document =
      std::string(kDocumentStart) +
      "<w:p><w:r><w:t>完成老旧小区改造12个。</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
      "<w:t>（牵头单位：区财政局，此处填写责任单位）</w:t></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>（牵头单位：区住建局）</w:t></w:r>"
      "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的插入</w:t></w:r></w:ins></w:p>"
      "</w:body></w:document>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(make_zip({{"word/document.xml", document}}), "hidden.docx", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[0].text == "完成老旧小区改造12个。");
  CHECK(doc.blocks[1].text == "（牵头单位：区住建局）");
}

TEST_CASE("source docx: Word counts a list per abstract numbering; lvlRestart 0 keeps a level counting", "[source]") {
  // Paragraphs pasted from another file come with a w:num of their own on the same abstractNum:
  // Word goes on counting (一、二、三、), it does not start again. A level with lvlRestart 0
  // (1. 2. 3. running on across the （一）（二） above it, as tasks 1–21 of a 意见 are numbered)
  // never restarts. Near misses: a w:num with a startOverride restarts the list where it is
  // first used, and a level without lvlRestart restarts under each new item above it.
  const std::string numbering =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"0\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%3.\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
      "</w:lvlOverride></w:num>"
      "</w:numbering>";
  const auto numbered = numbered_paragraph;
  std::string body = numbered(1, 0, "总体要求") + numbered(1, 1, "拓展市场") + numbered(1, 2, "甲。") +
                     numbered(1, 2, "乙。") + numbered(2, 1, "提升功能") + numbered(2, 2, "丙。") +
                     numbered(2, 0, "保障措施") + numbered(1, 1, "加强领导") + numbered(3, 0, "附则");
  std::string bytes = make_zip({{"word/document.xml", kDocumentStart + body + "</w:body></w:document>"},
                                {"word/numbering.xml", numbering}});
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(bytes, "pasted.docx", {}, &doc, &error));
  std::vector<std::string> texts;
  for (const SourceBlock& block : doc.blocks) texts.push_back(block.text);
  CHECK(texts == std::vector<std::string>{"一、总体要求", "（一）拓展市场", "1.甲。", "2.乙。", "（二）提升功能",
                                          "3.丙。", "二、保障措施", "（一）加强领导", "一、附则"});
}

TEST_CASE("source docx: an altChunk of HTML (an OA system's export) is read where it stands; another kind is an error",
          "[source]") {
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId5\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" Target=\"afchunk.%s\"/>"
      "</Relationships>";
  auto with_target = [&](const std::string& ext) {
    std::string r = rels;
    r.replace(r.find("%s"), 2, ext);
    return r;
  };
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
      "<w:p><w:r><w:t>某县2024年重点工作任务分工方案</w:t></w:r></w:p><w:altChunk r:id=\"rId5\"/>"
      "<w:p><w:r><w:t>2024年3月1日</w:t></w:r></w:p></w:body></w:document>";
  const std::string html =
      "<html><head><meta charset=\"utf-8\"></head><body><p>一、推进老旧小区改造（牵头单位：县住建局）</p>"
      "<p>二、完善养老服务（牵头单位：县民政局）</p></body></html>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(make_zip({{"word/document.xml", document}, {"word/_rels/document.xml.rels", with_target("htm")},
                                      {"word/afchunk.htm", html}}),
                            "chunk.docx", {}, &doc, &error));
  std::vector<std::string> texts;
  for (const SourceBlock& b : doc.blocks) texts.push_back(b.text);
  CHECK(texts == std::vector<std::string>{"某县2024年重点工作任务分工方案", "一、推进老旧小区改造（牵头单位：县住建局）",
                                          "二、完善养老服务（牵头单位：县民政局）", "2024年3月1日"});
  CHECK(doc.blocks[3].place.paragraph == 4);
  // A web archive (.mht) chunk is not read: an error, never an import of the title and date alone.
  CHECK_FALSE(read_source_bytes(make_zip({{"word/document.xml", document},
                                          {"word/_rels/document.xml.rels", with_target("mht")},
                                          {"word/afchunk.mht", "MIME-Version: 1.0\r\n"}}),
                                "chunk.docx", {}, &doc, &error));
  CHECK(error.zh.find("altChunk（word/afchunk.mht）") != std::string::npos);
}

TEST_CASE("source docx: a table's header row typed again further down is no row of it", "[source]") {
  // Where Word's 标题行重复 was not used, the header is typed again to head the part on the next
  // page. Near miss: a row that repeats only some of the header's cells (a 序号 cell with text
  // under it) stays a row.
  auto row = [](const std::vector<std::string>& cells) {
    std::string out = "<w:tr>";
    for (const std::string& c : cells) out += "<w:tc><w:p><w:r><w:t>" + c + "</w:t></w:r></w:p></w:tc>";
    return out + "</w:tr>";
  };
  const std::string document = std::string(kDocumentStart) + "<w:tbl>" + row({"序号", "工作任务", "责任单位"}) +
                               row({"1", "推进老旧小区改造", "县住建局"}) + row({"序号", "工作任务", "责任单位"}) +
                               row({"2", "完善养老服务", "县民政局"}) + row({"序号", "工作任务", "县财政局"}) +
                               "</w:tbl></w:body></w:document>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(make_zip({{"word/document.xml", document}}), "header.docx", {}, &doc, &error));
  REQUIRE(doc.blocks.size() == 1);
  const auto& rows = doc.blocks[0].table.rows;
  REQUIRE(rows.size() == 4);
  CHECK(rows[1][0].text == "1");
  CHECK(rows[2][0].text == "2");
  CHECK(rows[3][2].text == "县财政局");
}

TEST_CASE("source docx: headers, footers, footnotes, comments and field codes are no text; a field's result is",
          "[source]") {
  // What Word and WPS files carry around the body: a header with the issuer, a footer `— PAGE —`,
  // a footnote and a reviewer's comment anchored in a paragraph, a HYPERLINK field around a 《…》.
  // Only the body's own text is read, and of a field only what it shows (its result).
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  const std::string document =
      std::string(kDocumentStart) +
      "<w:p><w:r><w:t>一、指导思想</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
      "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>（牵头单位：县住建局）</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
      "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
      "<w:p><w:r><w:t>根据</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK "
      "\"http://www.gov.cn/\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>《实施意见》"
      "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>制定本方案。</w:t></w:r></w:p>"
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></w:sectPr></w:body></w:document>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(
      make_zip({{"word/document.xml", document},
                {"word/header1.xml", "<w:hdr " + w + "><w:p><w:r><w:t>某县人民政府办公室</w:t></w:r></w:p></w:hdr>"},
                {"word/footer1.xml", "<w:ftr " + w + "><w:p><w:r><w:t>— </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r>"
                                     "<w:t>3</w:t></w:r></w:fldSimple><w:r><w:t> —</w:t></w:r></w:p></w:ftr>"},
                {"word/footnotes.xml", "<w:footnotes " + w + "><w:footnote w:id=\"1\"><w:p><w:r><w:t>本方案所称有关部门"
                                       "</w:t></w:r></w:p></w:footnote></w:footnotes>"},
                {"word/comments.xml", "<w:comments " + w + "><w:comment w:id=\"0\"><w:p><w:r><w:t>请增加县财政局"
                                      "</w:t></w:r></w:p></w:comment></w:comments>"}}),
      "around.docx", {}, &doc, &error));
  std::vector<std::string> texts;
  for (const SourceBlock& b : doc.blocks) texts.push_back(b.text);
  CHECK(texts == std::vector<std::string>{"一、指导思想", "（牵头单位：县住建局）", "根据《实施意见》制定本方案。"});
}

TEST_CASE("source docx: a paragraph or a table row deleted with tracked changes is gone, and not counted", "[source]") {
  // Task 2 deleted, mark and all, with 修订 on: Word shows 1. and 2. (the third numbered 2.). A row
  // of a table deleted so (w:trPr/w:del) is gone too. Near misses: an empty numbered paragraph not
  // deleted is still counted, a paragraph whose mark alone is deleted keeps its text, an inserted row stays.
  const std::string numbering =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  auto deleted = [](const std::string& text, bool mark_only = false) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:del w:id=\"9\" "
           "w:author=\"a\"/></w:rPr></w:pPr>" +
           (mark_only ? "<w:r><w:t>" + text + "</w:t></w:r>"
                      : "<w:del w:id=\"8\" w:author=\"a\"><w:r><w:delText>" + text + "</w:delText></w:r></w:del>") +
           "</w:p>";
  };
  auto row = [](const std::string& mark, const std::string& a, const std::string& b) {
    return "<w:tr>" + (mark.empty() ? std::string() : "<w:trPr><w:" + mark + " w:id=\"7\" w:author=\"a\"/></w:trPr>") +
           "<w:tc><w:p><w:r><w:t>" + a + "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" + b + "</w:t></w:r></w:p></w:tc></w:tr>";
  };
  const std::string body = numbered_paragraph(1, 0, "推进老旧小区改造。") + deleted("完善养老服务。") +
                           numbered_paragraph(1, 0, "加强组织领导。") + numbered_paragraph(1, 0, "") +
                           deleted("抓好督促落实。", true) + "<w:tbl>" + row("", "序号", "任务") + row("", "1", "改造") +
                           row("del", "2", "养老") + row("ins", "2", "督查") + "</w:tbl>";
  SourceDocument doc;
  SourceReadError error;
  REQUIRE(read_source_bytes(make_zip({{"word/document.xml", kDocumentStart + body + "</w:body></w:document>"},
                                      {"word/numbering.xml", numbering}}),
                            "tracked.docx", {}, &doc, &error));
  std::vector<std::string> texts;
  const SourceBlock* table = nullptr;
  for (const SourceBlock& b : doc.blocks)
    if (b.kind == SourceBlock::Kind::Table) table = &b;
    else texts.push_back(b.text);
  CHECK(texts == std::vector<std::string>{"1.推进老旧小区改造。", "2.加强组织领导。", "4.抓好督促落实。"});
  REQUIRE(table);
  REQUIRE(table->table.rows.size() == 3);
  CHECK(table->table.rows[2][1].text == "督查");
}

TEST_CASE("source docx: a part nested past 256 levels is refused, never a crash; tables 20 deep are read whole",
          "[source][trust19]") {
  // Before: content controls nested 100,000 deep in a table cell overflowed the stack (SIGSEGV
  // in check, import-report and import-plan), and a table nested more than 8 deep was dropped
  // in silence.
  const std::string cell_start = "<w:tbl><w:tr><w:tc>", cell_end = "</w:tc></w:tr></w:tbl>";
  auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  std::string sdt;
  for (int i = 0; i < 100000; ++i) sdt += "<w:sdt><w:sdtContent>";
  sdt += paragraph("最里面的文字");
  for (int i = 0; i < 100000; ++i) sdt += "</w:sdtContent></w:sdt>";
  std::string deep = std::string(kDocumentStart) + paragraph("报告") + cell_start + sdt + cell_end + "</w:body></w:document>";
  SourceDocument doc;
  SourceReadError error;
  CHECK_FALSE(read_source_bytes(make_zip({{"word/document.xml", deep}}, false, nullptr, true), "deep.docx", {}, &doc, &error));
  CHECK(error.zh == "Word 文档的 word/document.xml 嵌套过深（元素套叠超过 256 层，Word 不会这样保存），已拒绝读取");

  // Near miss: tables nested 20 deep (60 levels of elements) are read to the innermost cell.
  std::string tables;
  for (int i = 0; i < 20; ++i) tables += cell_start;
  tables += paragraph("最里面的文字");
  for (int i = 0; i < 20; ++i) tables += cell_end;
  std::string nested = std::string(kDocumentStart) + paragraph("报告") + tables + "</w:body></w:document>";
  SourceDocument read;
  REQUIRE(read_source_bytes(make_zip({{"word/document.xml", nested}}), "nested.docx", {}, &read, &error));
  CHECK(all_text(read).find("最里面的文字") != std::string::npos);
}
