#include "numerals.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <string>

using plancheck::read_digit_sequence;
using plancheck::read_number;
using plancheck::read_number_prefix;

namespace {

nlohmann::json load_chinese_tests(const std::string& name) {
  std::ifstream in(std::string(PLANCHECK_SOURCE_DIR) + "/tests/data/chinese-tests/" + name);
  REQUIRE(in.good());
  return nlohmann::json::parse(in);
}

bool has_sign_or_point(const std::string& digits) {
  return digits.find_first_of("-.") != std::string::npos;
}

}  // namespace

TEST_CASE("cn2an numbers read in every mode the upstream test asserts", "[numerals][vendor]") {
  int passed = 0, skipped_transforms = 0;
  for (const auto& c : load_chinese_tests("cn2an-numbers.json")) {
    const std::string input = c["input"];
    // Rewriting whole sentences (二零零一年三月四日 → 2001年3月4日) is the job of the date and
    // quantity readers, not of a number reader: their figures are tested there.
    if (c["kind"] == "text_transform") {
      ++skipped_transforms;
      continue;
    }
    INFO("input: " << input << " mode: " << c["mode"]);
    if (c["mode"] == "direct") {
      // Direct mode keeps leading zeros (零零三 → "003"); we compare the value it stands for.
      const std::string digits = c["expected"];
      if (has_sign_or_point(digits)) {
        auto value = read_number(input);
        REQUIRE(value);
        CHECK(*value == Approx(std::stod(digits)));
      } else {
        auto value = read_digit_sequence(input);
        REQUIRE(value);
        CHECK(*value == std::stoi(digits));
      }
    } else {
      auto value = read_number(input);
      REQUIRE(value);
      CHECK(*value == Approx(c["expected"].get<double>()).epsilon(1e-12));
    }
    ++passed;
  }
  CHECK(skipped_transforms == 26);
  CHECK(passed >= 139);  // 90 strict + 30 normal + 12 smart + 7 direct
}

TEST_CASE("cn2an strict-mode rejections: rejected unless smart reading accepts them",
          "[numerals][vendor]") {
  std::map<std::string, double> smart_values;
  for (const auto& c : load_chinese_tests("cn2an-numbers.json"))
    if (c["kind"] == "number" && (c["mode"] == "normal" || c["mode"] == "smart"))
      smart_values[c["input"]] = c["expected"].get<double>();

  int rejected = 0, accepted_as_smart = 0;
  for (const auto& c : load_chinese_tests("cn2an-errors.json")) {
    const std::string input = c["input"];
    INFO("input: '" << input << "'");
    auto value = read_number(input);
    auto smart = smart_values.find(input);
    if (smart != smart_values.end()) {
      REQUIRE(value);
      CHECK(*value == Approx(smart->second));
      ++accepted_as_smart;
    } else {
      CHECK_FALSE(value);
      ++rejected;
    }
  }
  CHECK(rejected == 15);
  CHECK(accepted_as_smart == 42);
}

TEST_CASE("numbers as progress reports write them", "[numerals]") {
  CHECK(read_number("一千三百六十一") == 1361);
  CHECK(read_number("两千") == 2000);
  CHECK(read_number("百") == 100);
  CHECK(read_number("二〇二三") == 2023);
  CHECK(read_number("１２") == 12);
  CHECK(read_number("６.２９亿") == Approx(6.29e8));
  CHECK(read_number("23.5万") == Approx(235000));
  CHECK(read_number("3千万亿") == Approx(3e15));
  CHECK(read_number("82，225.00") == Approx(82225));
  CHECK(read_number("廿") == 20);
  CHECK(read_number("壹佰捌拾壹圆柒角") == Approx(181.7));
}

TEST_CASE("strings that are not one number", "[numerals]") {
  for (const char* text : {"", "万", "亿", "十一十二", "百十一", "一千零", "零一百", "两两", "1一",
                           "10百", "1,23", "12,3456", "三块", "一一百", "1百200", "负", "点"}) {
    INFO(text);
    CHECK_FALSE(read_number(text));
  }
}

TEST_CASE("digit-by-digit years", "[numerals]") {
  CHECK(read_digit_sequence("二〇二三") == 2023);
  CHECK(read_digit_sequence("二零二三") == 2023);
  CHECK(read_digit_sequence("2023") == 2023);
  CHECK(read_digit_sequence("２０２３") == 2023);
  CHECK_FALSE(read_digit_sequence("二千零二十三"));  // positional, not digit by digit
  CHECK_FALSE(read_digit_sequence("2〇23"));          // one script per year
  CHECK_FALSE(read_digit_sequence(""));
}

TEST_CASE("number prefixes in running text", "[numerals]") {
  auto prefix = [](std::string_view text) {
    auto p = read_number_prefix(text);
    return std::pair<double, std::string_view>(p.value, text.substr(0, p.length));
  };
  CHECK(prefix("1361期") == std::pair<double, std::string_view>(1361, "1361"));
  CHECK(prefix("27万人次") == std::pair<double, std::string_view>(270000, "27万"));
  CHECK(prefix("6.29亿元") == std::pair<double, std::string_view>(6.29e8, "6.29亿"));
  CHECK(prefix("两千余人") == std::pair<double, std::string_view>(2000, "两千"));
  // The 元 stays with the figure as its unit.
  CHECK(prefix("壹拾壹元整") == std::pair<double, std::string_view>(11, "壹拾壹"));
  // A full stop after a list number is no decimal point.
  CHECK(prefix("1.加强") == std::pair<double, std::string_view>(1, "1"));
  // 十四五 is a plan's name: only 十四 reads, and 五 is left over.
  CHECK(prefix("十四五规划") == std::pair<double, std::string_view>(14, "十四"));
  // A comma between clauses does not group thousands.
  CHECK(prefix("9个，自治区级") == std::pair<double, std::string_view>(9, "9"));
  CHECK(prefix("3，500人") == std::pair<double, std::string_view>(3500, "3，500"));
  CHECK(prefix("廿二日") == std::pair<double, std::string_view>(22, "廿二"));
  CHECK(read_number_prefix("负责").length == 0);
  CHECK(read_number_prefix("万人").length == 0);
  CHECK(read_number_prefix("重点").length == 0);
}

TEST_CASE("coins after 元", "[numerals]") {
  CHECK(plancheck::read_yuan_fraction("壹角壹分").value == Approx(0.11));
  CHECK(plancheck::read_yuan_fraction("三毛钱").value == Approx(0.3));
  CHECK(plancheck::read_yuan_fraction("整").length == 3);
  CHECK(plancheck::read_yuan_fraction("分别").length == 0);
}
