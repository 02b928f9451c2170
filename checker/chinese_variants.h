// Traditional characters read as simplified ones, for recognising keywords only: a plan
// printed in 國務院辦公廳's characters says 牽頭單位 and 負責 where the grammar looks for
// 牵头单位 and 负责, while its unit names must stay as written (國土資源部).
//
// The conversion keeps one code point per code point, so a position found in the
// simplified copy is the same position in the original: OpenCC's t2s on the whole text
// when that keeps the length (it almost always does), else character by character.
#pragma once
#include <string>
#include <string_view>

#include "utf32.h"  // to_u32 / to_utf8, which the grammar uses with it

namespace plancheck {

// `utf8` with traditional characters replaced by simplified ones, code point for code
// point (the result has exactly as many code points as the input). Text that is already
// simplified comes back unchanged. Invalid UTF-8 comes back as it is.
std::string to_simplified(std::string_view utf8);

// Whether `utf8` is written in traditional characters: of the characters common in running
// text that only one script writes (個/个, 國/国, 會/会, 區/区, 縣/县, 為/为 …), the first it holds is a
// traditional one. A scan of the bytes that stops at the first such character, so a caller
// can leave the many simplified texts alone before to_simplified, which runs OpenCC.
bool has_traditional_characters(std::string_view utf8);

// Bytes [begin, end) of `simplified` (= to_simplified(original)) as the same code points of
// `original`: a name or wording found in the copy, as the document writes it.
std::string original_span(std::string_view original, std::string_view simplified, size_t begin, size_t end);

// `utf8` without the pinyin a mirror site writes in brackets after a character (序號(hào),
// 責(zé)任單位): a bracket, ( or （, right after an ideograph, holding one to seven Latin letters of
// which one at least bears a tone mark ((EN), (PDF) and 经开区(JK) are no glosses). `glossed`, when
// given, says whether any was taken out.
std::string without_pinyin_glosses(std::string_view utf8, bool* glossed = nullptr);

}  // namespace plancheck
