#include "page_folio.h"

#include <string>

namespace plancheck {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Leading and trailing runs of `marks` (dashes of every width) cut from `s`; how many were cut at each end.
std::u32string strip_dashes(std::u32string s, int* before, int* after) {
  const std::u32string marks = U"-—–－‐―─━";
  *before = *after = 0;
  while (!s.empty() && marks.find(s.front()) != std::u32string::npos) s.erase(0, 1), ++*before;
  while (!s.empty() && marks.find(s.back()) != std::u32string::npos) s.pop_back(), ++*after;
  return s;
}

std::u32string decode_without_spaces(std::string_view line) {
  std::u32string out;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + static_cast<size_t>(n) > line.size()) return {};
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(line[i + static_cast<size_t>(k)]) & 0x3F);
    i += static_cast<size_t>(n);
    if (cp == U' ' || cp == U'\t' || cp == 0x3000 || cp == 0xA0) continue;
    out.push_back(cp);
  }
  return out;
}

bool all_digits(const std::u32string& s) {
  if (s.empty() || s.size() > 3) return false;  // a year between dashes is no page
  for (char32_t c : s)
    if (!(c < 0x80 && is_digit(static_cast<char>(c)))) return false;
  return true;
}

// 第3页, 第 3 页 共 10 页, 共10页第3页, 第3页，共10页.
bool page_of_pages(const std::u32string& s) {
  std::u32string shape;
  for (char32_t c : s) {
    const bool digit = c < 0x80 && is_digit(static_cast<char>(c));
    if (digit && !shape.empty() && shape.back() == U'#') continue;
    shape.push_back(digit ? U'#' : c);
  }
  return shape == U"第#页" || shape == U"第#页共#页" || shape == U"第#页，共#页" || shape == U"第#页,共#页" ||
         shape == U"共#页第#页";
}

}  // namespace

bool is_page_folio(std::string_view line) {
  std::u32string s = decode_without_spaces(line);
  if (s.empty()) return false;
  int before = 0, after = 0;
  std::u32string inner = strip_dashes(s, &before, &after);
  if (before > 0 && after > 0 && all_digits(inner)) return true;
  return page_of_pages(s);
}

}  // namespace plancheck
