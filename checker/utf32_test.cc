#include "utf32.h"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <string>

using namespace plancheck;

TEST_CASE("append_utf8 writes every code point as utf8proc does", "[utf32]") {
  // The inline forms must not drift from the library's (surrogates and values past
  // U+10FFFF included: utf8proc writes the first as three bytes and the second as none).
  size_t differing = 0;
  for (char32_t c = 0; c <= 0x110001; ++c) {
    utf8proc_uint8_t buffer[4];
    utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
    std::string ours;
    append_utf8(c, &ours);
    if (ours != std::string(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n))) ++differing;
  }
  CHECK(differing == 0);
  CHECK(to_utf8(U"县级a\u00e9😀") == "县级a\u00e9😀");
}
