// UTF-8 text as code points, for grammars that count and slice by character (the plan
// importer's clause positions, the readers' spacing). Decoding is numerals.h's
// decode_code_point, the project's one decoder: an invalid byte reads as U+FFFD.
#pragma once
#include <string>
#include <string_view>

namespace plancheck {

std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);
void append_utf8(char32_t code_point, std::string* out);
void append_utf8(std::u32string_view text, std::string* out);

}  // namespace plancheck
