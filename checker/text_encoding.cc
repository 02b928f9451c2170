#include "text_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>

#include "import_text.h"
#include "numerals.h"

namespace plancheck {

namespace {

// The offset of the first byte that is not UTF-8, or npos when all of `s` is.
size_t first_non_utf8(std::string_view s) {
  for (size_t at = 0; at < s.size();) {
    CodePoint cp = decode_code_point(s, at);
    if (cp.value == 0xFFFD && cp.length == 1 && s.compare(at, 3, "\xEF\xBF\xBD") != 0) return at;
    at += cp.length;
  }
  return std::string_view::npos;
}

// GB18030 → UTF-8 with iconv; false at the first byte sequence it cannot read.
bool convert_gb18030(std::string_view bytes, std::string* out, size_t* bad_offset) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  out->reserve(bytes.size() * 3 / 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char buffer[16384];
  bool ok = true;
  while (in_left > 0) {
    char* dst = buffer;
    size_t dst_left = sizeof buffer;
    size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    out->append(buffer, dst - buffer);
    if (r == static_cast<size_t>(-1) && errno != E2BIG) {
      ok = false;
      if (bad_offset) *bad_offset = bytes.size() - in_left;
      break;
    }
  }
  iconv_close(cd);
  return ok;
}

}  // namespace

bool decode_text(std::string_view bytes, std::string* utf8, TextEncoding* detected, size_t* bad_offset) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const size_t utf8_break = first_non_utf8(bytes);
  if (utf8_break == std::string_view::npos) {
    utf8->assign(bytes);
    if (detected) *detected = TextEncoding::Utf8;
    return true;
  }
  size_t gb_break = 0;
  if (!convert_gb18030(bytes, utf8, &gb_break)) {
    // Neither reads the whole text: the later break is where the likelier encoding fails
    // (a UTF-8 file with one stray byte, or a GBK file with one).
    if (bad_offset) *bad_offset = std::max(utf8_break, gb_break);
    return false;
  }
  if (detected) *detected = TextEncoding::Gb18030;
  return true;
}

bool is_gb_label(std::string_view name) {
  const std::string lower = ascii_lower(name);
  return lower == "gbk" || lower == "gb2312" || lower == "gb18030" || lower == "cp936" || lower == "x-gbk" ||
         lower == "windows-936" || lower == "euc-cn";
}

}  // namespace plancheck
