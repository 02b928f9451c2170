#include "text_encoding.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>
#include <vector>

#include "import_text.h"

namespace plancheck {

namespace {

bool valid_utf8(std::string_view s) {
  std::vector<TextLine> ignored;
  int bad_line = 0;
  return split_lines(s, &ignored, &bad_line);
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
  if (valid_utf8(bytes)) {
    utf8->assign(bytes);
    if (detected) *detected = TextEncoding::Utf8;
    return true;
  }
  if (!convert_gb18030(bytes, utf8, bad_offset)) return false;
  if (detected) *detected = TextEncoding::Gb18030;
  return true;
}

bool is_gb_label(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "gbk" || lower == "gb2312" || lower == "gb18030" || lower == "cp936" || lower == "x-gbk" ||
         lower == "windows-936" || lower == "euc-cn";
}

}  // namespace plancheck
