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

}  // namespace plancheck
