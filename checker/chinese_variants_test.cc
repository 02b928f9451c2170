// chinese_variants: keywords in traditional characters become simplified, position for position.
#include "chinese_variants.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("to_simplified: traditional keywords read as simplified, one code point each", "[variants]") {
  std::string traditional = "(牽頭單位:州行政審批服務局;責任單位:州司法局)";
  std::string simplified = to_simplified(traditional);
  CHECK(simplified == "(牵头单位:州行政审批服务局;责任单位:州司法局)");
  CHECK(to_u32(simplified).size() == to_u32(traditional).size());
}

TEST_CASE("to_simplified: simplified text, Latin text and pinyin come back unchanged", "[variants]") {
  CHECK(to_simplified("由发展改革委会同农业部负责") == "由发展改革委会同农业部负责");
  CHECK(to_simplified("plan 2020") == "plan 2020");
  std::string with_pinyin = "湘西經(jīng)開區(qū)管委會";
  CHECK(to_u32(to_simplified(with_pinyin)).size() == to_u32(with_pinyin).size());
  CHECK(to_simplified(with_pinyin).find("(jīng)") != std::string::npos);
}

TEST_CASE("to_u32 and to_utf8 round-trip, and bad bytes become U+FFFD", "[variants]") {
  CHECK(to_utf8(to_u32("一、总体要求①")) == "一、总体要求①");
  CHECK(to_u32("\xff" "a") == std::u32string{0xFFFD, U'a'});
}

TEST_CASE("a text is taken as traditional when the first character only one script writes is traditional",
          "[variants]") {
  CHECK(has_traditional_characters("第一產業增加值增長4.6%"));
  CHECK(has_traditional_characters("上半年全區實現地區生產總值"));
  CHECK_FALSE(has_traditional_characters("第一产业增加值增长4.6%"));
  CHECK_FALSE(has_traditional_characters("2023年 Q3 100%"));  // neither script's mark: left alone
  // The first such character decides: a simplified report quoting a traditional name later stays as it is.
  CHECK_FALSE(has_traditional_characters("全县工作人员赴澳門學習"));
  CHECK(has_traditional_characters("縣政府工作人员"));
}
