#include "numerals.h"

#include <utf8proc.h>

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

std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += char(c);
  } else if (c < 0x800) {
    s += char(0xC0 | c >> 6);
    s += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += char(0xE0 | c >> 12);
    s += char(0x80 | (c >> 6 & 0x3F));
    s += char(0x80 | (c & 0x3F));
  } else {
    s += char(0xF0 | c >> 18);
    s += char(0x80 | (c >> 12 & 0x3F));
    s += char(0x80 | (c >> 6 & 0x3F));
    s += char(0x80 | (c & 0x3F));
  }
  return s;
}

std::string repeat(const std::string& part, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += part;
  return out;
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

TEST_CASE("runs longer than the reader keeps on the stack read whole", "[numerals]") {
  CHECK(read_number(repeat("一二三四五六七八九〇", 4)) == Approx(1.2345678901234568e39));
  const std::string grouped = "1" + repeat(",000", 12) + "元";
  CHECK(read_number_prefix(grouped).length == grouped.size() - std::string("元").size());
  CHECK(read_number_prefix(grouped).value == Approx(1e36));
  // Forty 十 are no number; the longest prefix that is one is the first 十.
  CHECK(read_number_prefix(repeat("十", 40)).value == 10);
  CHECK(read_number_prefix(repeat("十", 40)).length == std::string("十").size());
}

TEST_CASE("decode_code_point reads what utf8proc reads", "[numerals]") {
  // Every lead and second byte, with third and fourth bytes at the edges of what a
  // continuation byte is, whole and cut short: overlong forms, surrogates, values past
  // U+10FFFF and truncated sequences all read as U+FFFD of length 1.
  const unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  long compared = 0;
  for (unsigned b0 = 0; b0 < 256; ++b0)
    for (unsigned b1 = 0; b1 < 256; ++b1)
      for (unsigned char b2 : edges)
        for (unsigned char b3 : edges) {
          const unsigned char bytes[] = {(unsigned char)b0, (unsigned char)b1, b2, b3};
          for (size_t length = 1; length <= 4; ++length) {
            utf8proc_int32_t value = 0;
            auto read = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(length), &value);
            plancheck::CodePoint expected = read > 0
                ? plancheck::CodePoint{char32_t(value), size_t(read)}
                : plancheck::CodePoint{0xFFFD, 1};
            auto cp = plancheck::decode_code_point(
                std::string_view(reinterpret_cast<const char*>(bytes), length), 0);
            if (cp.value != expected.value || cp.length != expected.length) {
              INFO("bytes " << b0 << " " << b1 << " " << int(b2) << " " << int(b3) << ", length " << length);
              CHECK(cp.value == expected.value);
              CHECK(cp.length == expected.length);
            }
            ++compared;
          }
        }
  CHECK(compared == 256L * 256 * 11 * 11 * 4);
  // Past the end of the text there is nothing to read.
  CHECK(plancheck::decode_code_point("ab", 2).value == 0xFFFD);
  CHECK(plancheck::decode_code_point("ab", 2).length == 1);
}

TEST_CASE("is_numeral_char is exactly the code points the number reader takes", "[numerals]") {
  // A digit or unit reads alone (三, 百, 幺); a scale reads after a digit (一万). Points,
  // signs and separators do neither.
  int numerals = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates have no UTF-8
    const std::string s = utf8(c);
    const bool reads = read_number_prefix(s).length > 0 ||
                       read_number_prefix("一" + s).length > std::string("一").size();
    if (reads != plancheck::is_numeral_char(c)) {
      INFO("U+" << std::hex << unsigned(c));
      CHECK(reads == plancheck::is_numeral_char(c));
    }
    numerals += reads;
  }
  CHECK(numerals == 58);
}
