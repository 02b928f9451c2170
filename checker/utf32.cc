#include "utf32.h"

#include <utf8proc.h>

#include "numerals.h"

namespace plancheck {

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) {
    CodePoint cp = decode_code_point(utf8, pos);
    out.push_back(cp.value);
    pos += cp.length;
  }
  return out;
}

void append_utf8(char32_t code_point, std::string* out) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), buffer);
  out->append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) append_utf8(c, &out);
  return out;
}

}  // namespace plancheck
