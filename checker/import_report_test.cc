// import_report: prose → a report with a narrative, one section per speaking unit.
#include "import_report.h"

#include <catch2/catch.hpp>

#include "import_test_util.h"

using namespace plancheck;

namespace {

const ReportImportOptions kOptions{"某办发〔2023〕7号", "区政工部", "2023-11-20"};

}  // namespace

TEST_CASE("import_report: sections from unit headings, broken lines joined, the note kept apart", "[import]") {
  ReportImport result;
  import_report(
      "经验交流现场会发言摘登\n"
      "\n"
      "会议在赤峰市召开，各地作了发言。\n"
      "\n"
      "某市民族事务委员会\n"
      "\n"
      "用四项工程铸牢共同体意识\n"
      "\n"
      "举办培训班1361期，培训人员\n"
      "\n"
      "超过27万人次。\n"
      "\n"
      "某旗统战部\n"
      "\n"
      "全旗开展活动96次。\n"
      "\n"
      "(本版文字由自治区民委提供)\n",
      kOptions, result);
  REQUIRE(result.ok);
  const auto& xml = result.xml;
  CHECK(texts(xml, "/report/@plan") == std::vector<std::string>{"某办发〔2023〕7号"});
  CHECK(texts(xml, "/report/@unit") == std::vector<std::string>{"区政工部"});
  CHECK(texts(xml, "/report/@submitted") == std::vector<std::string>{"2023-11-20"});
  CHECK(texts(xml, "/report/narrative/section/@title") ==
        std::vector<std::string>{"某市民族事务委员会：用四项工程铸牢共同体意识", "某旗统战部"});
  CHECK(texts(xml, "/report/narrative/p") ==
        std::vector<std::string>{"经验交流现场会发言摘登", "会议在赤峰市召开，各地作了发言。", "(本版文字由自治区民委提供)"});
  CHECK(texts(xml, "/report/narrative/section[1]/p") ==
        std::vector<std::string>{"举办培训班1361期，培训人员超过27万人次。"});
  CHECK(texts(xml, "/report/narrative/section[2]/p") == std::vector<std::string>{"全旗开展活动96次。"});
  // The title is the narrative's first paragraph.
  CHECK(std::string(xml.child("report").child("narrative").first_child().name()) == "p");
  CHECK(result.sections == 2);
  CHECK(result.paragraphs == 5);
  CHECK(result.warnings.empty());
}

TEST_CASE("import_report: a heading with no text after it is a warning, and no text at all makes no report", "[import]") {
  ReportImport result;
  import_report("材料\n\n全年开展活动96次。\n\n某市民族事务委员会\n\n总结\n", kOptions, result);
  REQUIRE(result.ok);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].line == 5);
  CHECK(result.xml.select_nodes("//section").empty());

  import_report("\n\n", kOptions, result);
  CHECK_FALSE(result.ok);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].en == "no paragraph of text found");
}

TEST_CASE("import_report: a short unnumbered heading stands alone, a text broken into pieces stays joined", "[import]") {
  ReportImport result;
  import_report(
      "县文旅局年度工作报告\n"
      "各位代表：\n"
      "回顾本年度工作\n"
      "这一年来，全局上下围绕年初确定的目标任务，扎实推进各项工作，新建村级文化广场12个，举办惠民演出86场。\n"
      "明年工作打算\n"
      "明年将继续加大投入，计划新建村级文化广场20个，力争惠民演出达到100场以上，进一步丰富群众文化生活。\n",
      kOptions, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "/report/narrative/p") ==
        std::vector<std::string>{"县文旅局年度工作报告", "各位代表：", "回顾本年度工作",
                                 "这一年来，全局上下围绕年初确定的目标任务，扎实推进各项工作，新建村级文化广场12个，举办惠民演出86场。",
                                 "明年工作打算",
                                 "明年将继续加大投入，计划新建村级文化广场20个，力争惠民演出达到100场以上，进一步丰富群众文化生活。"});
  // A copy that breaks lines before figures: a figure with a point is no item number, and a line
  // opening with 。 ends the line before it.
  import_report("（三）网格化管理\n全年完成上级下派案件\n3312\n件，完成率达到\n99.8%\n。\n下半年将继续推进。\n", kOptions, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "/report/narrative/p") ==
        std::vector<std::string>{"（三）网格化管理", "全年完成上级下派案件3312件，完成率达到99.8%。", "下半年将继续推进。"});
  // A PDF's text layer broken into pieces of a few characters: none is a heading.
  import_report("前三季度，完成\n地区生产总值\nXX\n亿元，增长\n5%\n；财政收入\nXX\n万元。\n", kOptions, result);
  REQUIRE(result.ok);
  CHECK(texts(result.xml, "/report/narrative/p") ==
        std::vector<std::string>{"前三季度，完成地区生产总值XX亿元，增长5%；财政收入XX万元。"});
}
