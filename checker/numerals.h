// Chinese numerals: 一千三百六十一, 两千, 二〇二三, 十一, 百, 壹贰叁 → numbers.
// Shared by the date reader (二〇二三年十一月) and the quantity reader (两千余人).
#pragma once
#include <optional>
#include <string_view>

namespace plancheck {

// Reads a whole string that is one number written in Chinese numerals, Arabic digits,
// or a mix of both (10.1万, 1百01). Returns nullopt when the string is not one number
// (empty, 一一 in positional misuse, 百十一, trailing text). Full-width digits count.
std::optional<double> read_number(std::string_view text);

// Reads digit-by-digit years such as 二〇二三 / 二零二三 / 2023 → 2023.
std::optional<int> read_digit_sequence(std::string_view text);

// Length in bytes of the longest prefix of `text` that read_number() accepts,
// and its value. 0 when none. Used to scan running text.
struct NumberPrefix { double value = 0; size_t length = 0; };
NumberPrefix read_number_prefix(std::string_view text);
// A prefix never includes the 元/角/分 tail that read_number() allows (壹拾壹元壹角):
// running text keeps 元 as the unit of the figure.

// The 角/分 tail after 元: 壹角壹分 → 0.11, 三毛 → 0.3, 整/正 → 0. Length 0 when none.
NumberPrefix read_yuan_fraction(std::string_view text);

// One code point of UTF-8 text at byte `offset`; invalid bytes read as U+FFFD, length 1.
// Accepts exactly what utf8proc_iterate accepts (no overlong forms, surrogates or values
// past U+10FFFF). The figure reader, the repeat finder and the UTF-8 check of every file
// decode every code point, so ASCII and three-byte characters (nearly all of a Chinese
// text) are decoded inline; two- and four-byte forms and invalid bytes out of line.
struct CodePoint { char32_t value = 0; size_t length = 0; };
CodePoint decode_other_code_point(std::string_view text, size_t offset);
inline CodePoint decode_code_point(std::string_view text, size_t offset) {
  if (offset < text.size()) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + offset;
    if (s[0] < 0x80) return {s[0], 1};
    if ((s[0] & 0xF0) == 0xE0 && text.size() - offset >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
        !(s[0] == 0xE0 && s[1] < 0xA0) &&  // overlong: below U+0800
        !(s[0] == 0xED && s[1] > 0x9F))    // a surrogate
      return {char32_t((s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F)), 3};
  }
  return decode_other_code_point(text, offset);
}

// A CJK ideograph: the unified ideographs (U+4E00–U+9FFF), their extensions A (U+3400–U+4DBF)
// and B on (U+20000–U+3FFFF), and the compatibility ideographs (U+F900–U+FAFF).
constexpr bool is_ideograph(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

// A character that names a level of government after a place's name (大同市, 某县, 纳入省、市…):
// 省 市 县 区 州 镇 乡 村, in simplified and traditional characters. Masks (_市, ××镇) and the
// figure describer (省、市重点项目, 县重点项目) read the same list.
constexpr bool is_level_of_government(char32_t c) {
  switch (c) {
    case U'省': case U'市': case U'县': case U'縣': case U'区': case U'區': case U'州': case U'镇':
    case U'鎮': case U'乡': case U'鄉': case U'村':
      return true;
    default:
      return false;
  }
}

// Whether a CJK ideograph U+4000–U+9FFF starts at byte `offset`: E4–E9 and two
// continuation bytes, always a valid code point (no overlong form, no surrogate), which
// decode_code_point would read the same. The scans over every text pass these inline.
inline bool ideograph_at(std::string_view text, size_t offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + offset;
  return text.size() - offset >= 3 && s[0] >= 0xE4 && s[0] <= 0xE9 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80;
}

// A code point that can be part of a number: Arabic and full-width digits, Chinese
// and financial digits, 十百千万亿 and their capitals, 廿. Exactly the code points the
// number reader takes as a digit, unit or scale (numerals_test checks every one).
// constexpr: the figure reader builds its table of code points to stop at from it.
constexpr bool is_numeral_char(char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return true;
  switch (c) {
    case U'零': case U'〇': case U'一': case U'壹': case U'幺': case U'二': case U'贰':
    case U'貳': case U'两': case U'兩': case U'三': case U'叁': case U'參': case U'叄':
    case U'四': case U'肆': case U'五': case U'伍': case U'六': case U'陆': case U'陸':
    case U'七': case U'柒': case U'八': case U'捌': case U'九': case U'玖': case U'十':
    case U'拾': case U'百': case U'佰': case U'千': case U'仟': case U'万': case U'萬':
    case U'亿': case U'億': case U'廿':
      return true;
    default:
      return false;
  }
}

}  // namespace plancheck
