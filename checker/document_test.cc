// Positions in a document. A file without '&' and '\r' is parsed in place, so pugixml's
// '\0' terminators overwrite bytes (a '\n' after a name, the '<' after a text, the '='
// after an attribute name); a file with them is parsed from a copy. Each case here puts
// a position just past such a byte, in both kinds of file.
#include "document.h"

#include <algorithm>

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include "engine.h"
#include "schema.h"

using namespace plancheck;

namespace {

std::unique_ptr<Document> parse(const std::string& xml) {
  LoadError error;
  auto doc = Document::parse(xml, "test.xml", LoadLimits{}, &error);
  INFO(error.to_string());
  REQUIRE(doc);
  return doc;
}

std::string at(SourcePosition position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

// The position of the first `needle` in `element`'s text, as a rule's pc.emit offset gives it.
std::string text_position(const Document& doc, pugi::xml_node element, const std::string& needle) {
  size_t index = text_of(element).find(needle);
  REQUIRE(index != std::string::npos);
  return at(doc.position_in_text(element, index));
}

}  // namespace

TEST_CASE("document: a line broken right after an element's name still counts", "[document]") {
  // In place, the '\n' after "<a" becomes the name's terminator.
  auto doc = parse("<r>\n<a\nb=\"1\">x</a><c/></r>");
  pugi::xml_node a = doc->root().child("a");
  CHECK(at(doc->position_of(a)) == "2:1");
  CHECK(at(doc->position_of(a.attribute("b"))) == "3:1");
  CHECK(at(doc->position_of(doc->root().child("c"))) == "3:12");
  CHECK(doc->offset_of_line(3) == 7);
}

TEST_CASE("document: columns after CJK text count characters, in place", "[document]") {
  auto doc = parse("<r>\n  <p>中文“引号”<b/>后面的目标</p>\n</r>\n");
  pugi::xml_node p = doc->root().child("p");
  CHECK(at(doc->position_of(p)) == "2:3");
  CHECK(at(doc->position_of(p.child("b"))) == "2:12");
  // A text finding after a node: the text's '<' before it was overwritten by the parse.
  CHECK(text_position(*doc, p, "后") == "2:16");
  CHECK(text_position(*doc, p, "目标") == "2:19");
  CHECK(text_position(*doc, p, "中文") == "2:6");
}

TEST_CASE("document: text over several lines, in place", "[document]") {
  auto doc = parse("<r><p>第一行\n第二行目标</p></r>");
  CHECK(text_position(*doc, doc->root().child("p"), "目标") == "2:4");
}

TEST_CASE("document: attribute positions after CJK values and terminators, in place", "[document]") {
  auto doc = parse("<r a=\"中文\" b=\"x\">\n  <task ref=\"3\"\n        status=\"done\"/></r>");
  CHECK(at(doc->position_of(doc->root().attribute("b"))) == "1:11");
  pugi::xml_node task = doc->root().child("task");
  CHECK(at(doc->position_of(task.attribute("ref"))) == "2:9");
  CHECK(at(doc->position_of(task.attribute("status"))) == "3:9");
}

TEST_CASE("document: a file with entities keeps text positions as written", "[document]") {
  auto doc = parse("<r>\n<p>a&amp;b&#x4E2D;中目标<q/>后文</p>\n</r>");
  pugi::xml_node p = doc->root().child("p");
  CHECK(text_of(p) == "a&b中中目标后文");
  CHECK(text_position(*doc, p, "b") == "2:10");
  CHECK(text_position(*doc, p, "目标") == "2:20");
  CHECK(at(doc->position_of(p.child("q"))) == "2:22");
  CHECK(text_position(*doc, p, "后") == "2:26");
}

TEST_CASE("document: an entity in one attribute moves no other position", "[document]") {
  auto doc = parse("<r a=\"x&quot;y\" b=\"中\">\n<p>目标</p></r>");
  CHECK(doc->root().attribute("a").value() == std::string("x\"y"));
  CHECK(at(doc->position_of(doc->root().attribute("b"))) == "1:17");
  CHECK(text_position(*doc, doc->root().child("p"), "目标") == "2:4");
}

TEST_CASE("document: a CRLF file keeps lines and text positions as written", "[document]") {
  auto doc = parse("<r>\r\n<p>第一行\r\n第二行目标</p>\r\n<q\r\n a=\"1\"/></r>\r\n");
  pugi::xml_node p = doc->root().child("p");
  CHECK(text_of(p) == "第一行\n第二行目标");
  CHECK(text_position(*doc, p, "目标") == "3:4");
  CHECK(at(doc->position_of(doc->root().child("q"))) == "4:1");
  CHECK(at(doc->position_of(doc->root().child("q").attribute("a"))) == "5:2");
}

TEST_CASE("document: a file cut off after CJK characters is refused at its end", "[document]") {
  // pugixml zeroes the file's last byte while it parses, here the last byte of 文, and
  // reports the error at the end of the file: the column must count 文 once.
  LoadError error;
  CHECK_FALSE(Document::parse("<r>\n<p a=\"x\" 中文", "cut.xml", LoadLimits{}, &error));
  CHECK(at(error.at) == "2:12");
}

TEST_CASE("document: schema errors point at the element and attribute named, in place", "[document][schema]") {
  // One line with two tasks: the second has no ref and a bad status. The parse has
  // overwritten the ' ' and '=' around each attribute name.
  auto doc = parse(
      "<report xmlns=\"urn:plancheck:report:1\" plan=\"P\" unit=\"区政工部\" submitted=\"2023-11-20\">"
      "<task ref=\"1\" status=\"done\"><lead>区政工部</lead></task>"
      "<task status=\"finished\"><lead>区政工部</lead></task></report>\n");
  init_xml_library();
  SchemaSet schemas(data_dir() + "/schemas");
  std::vector<Finding> findings;
  schemas.validate(*doc, "en", findings);
  std::vector<std::string> positions;
  for (const Finding& f : findings) positions.push_back(std::to_string(f.line) + ":" + std::to_string(f.column));
  // <report …> is 83 characters and the first task 52, so the second task starts at 136.
  // A search of the line for "<task" and " status=" would find the first task's.
  std::sort(positions.begin(), positions.end());
  CHECK(positions == std::vector<std::string>{"1:136", "1:142"});
}

TEST_CASE("document: every three-byte sequence is judged as utf8proc judges it", "[document]") {
  // The check passes most three-byte characters without decoding them: it must accept and
  // refuse exactly what utf8proc_iterate does, for every lead byte E0–EF and second byte.
  for (int lead = 0xE0; lead <= 0xEF; ++lead)
    for (int second = 0; second <= 0xFF; ++second)
      for (int third : {0x41, 0x7F, 0x80, 0xBF, 0xC0}) {
        if (second == 0 || second == '<' || second == '&' || second == '\r') continue;  // not the UTF-8 check's
        if (third == '<') continue;
        const std::string bytes{static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third)};
        utf8proc_int32_t code = 0;
        const auto read = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data()), 3, &code);
        bool valid = read == 3;
        if (read > 0 && read < 3) {  // a shorter character, then the rest: valid when the rest is ASCII
          valid = true;
          for (auto b = static_cast<size_t>(read); b < 3; ++b) valid = valid && static_cast<unsigned char>(bytes[b]) < 0x80;
        }
        LoadError error;
        const bool parsed = Document::parse("<r>" + bytes + "</r>", "u.xml", LoadLimits{}, &error) != nullptr;
        INFO(std::hex << lead << " " << second << " " << third << ": " << error.reason);
        if (!parsed) CHECK(error.reason.find("invalid UTF-8") != std::string::npos);
        CHECK(parsed == valid);
      }
}

TEST_CASE("document: invalid UTF-8 is refused at its first byte, wherever it stands", "[document]") {
  // Where the error is reported for `bad` after `prefix` in a <r> element; "" when it parses.
  auto refused_at = [](const std::string& prefix, const std::string& bad) {
    LoadError error;
    if (Document::parse("<r>" + prefix + bad + "</r>", "u.xml", LoadLimits{}, &error)) return std::string();
    CHECK(error.reason.find("invalid UTF-8") != std::string::npos);
    return at(error.at);
  };
  // Valid: one to four bytes, the edges of each range, after ASCII runs of every length.
  for (std::string prefix : {"", "a", "abcdefg", "abcdefgh", "abcdefghijklmno"}) {
    INFO(prefix);
    CHECK(refused_at(prefix, "\xC2\x80\xDF\xBF") == "");              // U+0080, U+07FF
    CHECK(refused_at(prefix, "\xE0\xA0\x80\xED\x9F\xBF\xEF\xBF\xBD") == "");  // U+0800, U+D7FF, U+FFFD
    CHECK(refused_at(prefix, "中文\xF0\x90\x80\x80\xF4\x8F\xBF\xBF") == "");   // U+10000, U+10FFFF
    std::string column = std::to_string(4 + prefix.size());            // the bad byte's column
    CHECK(refused_at(prefix, "\xC0\xAF") == "1:" + column);             // overlong '/'
    CHECK(refused_at(prefix, "\xE0\x9F\xBF") == "1:" + column);         // overlong, below U+0800
    CHECK(refused_at(prefix, "\xED\xA0\x80") == "1:" + column);         // a surrogate
    CHECK(refused_at(prefix, "\xF4\x90\x80\x80") == "1:" + column);     // past U+10FFFF
    CHECK(refused_at(prefix, "\xE4\xB8") == "1:" + column);             // cut short before '<'
    CHECK(refused_at(prefix, "\xB8\xAD") == "1:" + column);             // a continuation byte alone
    CHECK(refused_at(prefix, "\xD6\xD0\xCE\xC4") == "1:" + column);     // 中文 in GBK
  }
  LoadError error;
  CHECK_FALSE(Document::parse("<r>中\xE4\xB8", "end.xml", LoadLimits{}, &error));  // cut short at the end
  CHECK(at(error.at) == "1:5");
}
