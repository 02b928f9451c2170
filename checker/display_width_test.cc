#include "display_width.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("display width counts CJK and full-width forms as two columns", "[display_width]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("区政工部") == 8);
  CHECK(display_width("各镇（街道）") == 12);        // full-width brackets are wide
  CHECK(display_width("聊江委办发〔2023〕5号") == 21);  // 〔〕 wide, digits narrow
  CHECK(display_width("e\xCC\x81") == 1);           // e + combining acute accent
  CHECK(display_width("\xFF\xFE") == 2);            // not UTF-8: one column a byte
}

TEST_CASE("padding goes by display width, not bytes", "[display_width]") {
  CHECK(pad_right("完成", 6) == "完成  ");
  CHECK(pad_left("完成", 6) == "  完成");
  CHECK(pad_right("abc", 2) == "abc");
  CHECK(display_width(pad_right("区文明办", 20)) == 20);
}
