#include "display_width.h"

#include <utf8proc.h>

namespace plancheck {

size_t display_width(std::string_view text) {
  size_t width = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t code = 0;
    utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code);
    if (used <= 0) {  // not UTF-8: one column for the byte, as terminals show a replacement
      ++width;
      ++bytes;
      --left;
      continue;
    }
    width += static_cast<size_t>(utf8proc_charwidth(code));
    bytes += used;
    left -= used;
  }
  return width;
}

std::string pad_right(std::string_view text, size_t width) {
  size_t have = display_width(text);
  std::string out(text);
  if (have < width) out.append(width - have, ' ');
  return out;
}

std::string pad_left(std::string_view text, size_t width) {
  size_t have = display_width(text);
  std::string out = have < width ? std::string(width - have, ' ') : std::string();
  out.append(text);
  return out;
}

}  // namespace plancheck
