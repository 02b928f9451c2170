#include "utf32.h"

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

namespace {

// UTF-8 bytes of `c` into `out` (room for 4), their count returned. Byte for byte what
// utf8proc_encode_char writes, inline (utf32_test compares every code point): the figure
// descriptions encode a few words per figure. Past U+10FFFF, nothing.
size_t encode(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | c >> 6);
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | c >> 12);
    out[1] = static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  if (c < 0x110000) {
    out[0] = static_cast<char>(0xF0 | c >> 18);
    out[1] = static_cast<char>(0x80 | (c >> 12 & 0x3F));
    out[2] = static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out[3] = static_cast<char>(0x80 | (c & 0x3F));
    return 4;
  }
  return 0;
}

}  // namespace

void append_utf8(char32_t code_point, std::string* out) {
  char buffer[4];
  out->append(buffer, encode(code_point, buffer));
}

void append_utf8(std::u32string_view text, std::string* out) {
  char buffer[4];
  size_t bytes = 0;
  for (char32_t c : text) bytes += encode(c, buffer);  // sized first: one allocation at most
  size_t at = out->size();
  out->resize(at + bytes);
  for (char32_t c : text) at += encode(c, out->data() + at);
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  append_utf8(text, &out);
  return out;
}

}  // namespace plancheck
