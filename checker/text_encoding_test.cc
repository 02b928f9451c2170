#include "text_encoding.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("decode_text keeps UTF-8 and converts GBK", "[encoding]") {
  std::string out;
  TextEncoding enc;
  REQUIRE(decode_text("\xEF\xBB\xBF牵头单位", &out, &enc));
  CHECK(out == "牵头单位");
  CHECK(enc == TextEncoding::Utf8);
  // 牵头单位 in GBK.
  REQUIRE(decode_text("\xC7\xA3\xCD\xB7\xB5\xA5\xCE\xBB", &out, &enc));
  CHECK(out == "牵头单位");
  CHECK(enc == TextEncoding::Gb18030);
  size_t bad = 0;
  CHECK_FALSE(decode_text(std::string("ab\xFF\xFF\xFF", 5), &out, &enc, &bad));
  CHECK(bad == 2);
  CHECK(is_gb_label("GBK"));
  CHECK_FALSE(is_gb_label("utf-8"));
}
