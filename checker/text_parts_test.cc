// text_parts: the scopes and parts the text rules compare within (rules.md, "Scope of
// text rules"), found once per report.
#include "text_parts.h"

#include <catch2/catch.hpp>

#include "document.h"

using namespace plancheck;

namespace {

std::unique_ptr<Document> report_of(const std::string& body) {
  LoadError error;
  auto doc = Document::parse("<report>" + body + "</report>", "r.xml", LoadLimits{}, &error);
  REQUIRE(doc);
  return doc;
}

// Each part as its pieces' texts joined by " | ".
std::vector<std::string> parts_as_text(const Document& doc) {
  std::vector<std::string> out;
  for (const TextPart& part : text_parts(doc)) {
    std::string joined;
    for (const TextPiece& piece : part) {
      if (!joined.empty()) joined += " | ";
      joined += text_of(piece.node).substr(piece.base, piece.length);
    }
    out.push_back(joined);
  }
  return out;
}

}  // namespace

TEST_CASE("scopes: each task's progress, the narrative's own paragraphs, each section; tasks first",
          "[text-parts]") {
  auto doc = report_of(
      "<narrative><p>总述</p><section><p>一节</p><section><p>小节</p></section></section></narrative>"
      "<task ref='1'><progress>任务一进展</progress><progress>续</progress></task>"
      "<task ref='2'><lead>无进展</lead></task>");
  CHECK(parts_as_text(*doc) == std::vector<std::string>{"任务一进展 | 续", "总述", "一节", "小节"});
}

TEST_CASE("parts: an attachment and what follows a signature date are parts of their own", "[text-parts]") {
  // A letter signed with a date in Chinese numerals, then its attachment.
  auto signed_letter = report_of(
      "<narrative><p>现将有关情况报告如下。</p><p>某某局</p><p>二〇二三年十一月三十日</p>"
      "<p>附件1：分项情况</p><p>完成培训 3 场。</p></narrative>");
  CHECK(parts_as_text(*signed_letter) ==
        std::vector<std::string>{"现将有关情况报告如下。 | 某某局 | 二〇二三年十一月三十日", "附件1：分项情况 | 完成培训 3 场。"});

  // The signature date run into the next document in one paragraph: the break is after
  // the date, past the spaces; the piece after it starts at its byte offset.
  auto run_together = report_of("<narrative><p>特此报告。 二〇〇四年十月十日  转发的报告正文</p></narrative>");
  auto parts = text_parts(*run_together);
  REQUIRE(parts.size() == 2);
  CHECK(parts[1][0].base == std::string("特此报告。 二〇〇四年十月十日  ").size());
  CHECK(parts_as_text(*run_together) == std::vector<std::string>{"特此报告。 二〇〇四年十月十日  ", "转发的报告正文"});

  // A short signature line ending with a date in digits ends a part too.
  auto digit_signature = report_of("<narrative><p>正文</p><p>国土资源部2004年10月10日</p><p>另一份</p></narrative>");
  CHECK(parts_as_text(*digit_signature) == std::vector<std::string>{"正文 | 国土资源部2004年10月10日", "另一份"});
}

TEST_CASE("parts: near misses stay in one part", "[text-parts]") {
  // A date in running text (digits, long sentence), a year alone, 附件 not at the start,
  // a three-digit year in Chinese numerals.
  auto doc = report_of(
      "<narrative><p>我们于2023年11月30日召开了专题会议，会议研究部署了下一阶段民族团结进步创建工作的重点任务和分工安排</p>"
      "<p>二〇二三年工作要点</p><p>详见附件。</p><p>〇二三年十月一日</p><p>后文</p></narrative>");
  CHECK(parts_as_text(*doc).size() == 1);
}

TEST_CASE("chinese_date_ends: four-digit year, month, day in numerals", "[text-parts]") {
  std::string s = "于二〇〇四年十一月四日和二○二三年廿月";
  auto ends = chinese_date_ends(s);
  REQUIRE(ends.size() == 1);
  CHECK(s.substr(0, ends[0]) == "于二〇〇四年十一月四日");
  CHECK(chinese_date_ends("二〇〇四年十一月").empty());     // no day
  CHECK(chinese_date_ends("二〇〇四年一二三月四日").empty());  // three month numerals
}
