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
struct CodePoint { char32_t value = 0; size_t length = 0; };
CodePoint decode_code_point(std::string_view text, size_t offset);

// A code point that can be part of a number: Arabic and full-width digits, Chinese
// and financial digits, 十百千万亿 and their capitals, 廿.
bool is_numeral_char(char32_t c);

}  // namespace plancheck
