#include "metric_items.h"

#include <algorithm>
#include <iterator>

#include "metric_text.h"
#include "numerals.h"

namespace plancheck {

using namespace metric_text;

namespace {

using U32 = std::u32string;

constexpr size_t kMostItemHeadingChars = 30;

// The parts a paragraph enumerates (一是…。二是…；三是…): where each begins, and its label.
// A part opens the text or follows a clause mark. Figures under two parts are of two things,
// as figures under two numbered items are (Quantity::item).
std::vector<std::pair<size_t, U32>> enumerated_parts(const U32& chars) {
  std::vector<std::pair<size_t, U32>> parts;
  for (size_t i = 0; i + 1 < chars.size(); ++i) {
    if (chars[i + 1] != U'是' || (i > 0 && !is_clause_mark(chars[i - 1]) && chars[i - 1] != U'（' && chars[i - 1] != U'）'))
      continue;
    if (is_part_numeral(chars[i]))
      parts.emplace_back(i, U32(1, chars[i]) + U'是');
  }
  // One 一是 alone enumerates nothing (a list has a second part), unless it opens the text:
  // then the paragraph is one part of a list that runs over paragraphs (一是…。 / 二是…。).
  if (parts.size() == 1 && parts[0].first == 0) return parts;
  if (parts.size() < 2) parts.clear();
  return parts;
}

// The items a paragraph numbers inside itself, each opening a sentence (市定重点项目共5个，…。
// 1、总投资15亿元的华信国资电缆项目。…。2、总投资12亿元的煤制气项目。…), the first maybe opening the
// paragraph: where each begins, and its number. Numbered 1, 2, 3… in order, two at least; a
// number inside a sentence (投资2、8亿元, 立项、1、2亿元) opens nothing. Figures under two items are
// of two things.
std::vector<std::pair<size_t, U32>> numbered_items_inside(const U32& chars) {
  std::vector<std::pair<size_t, U32>> items;
  int expected = 1;
  for (size_t i = 0; i + 1 < chars.size(); ++i) {
    if ((i > 0 && !is_sentence_end(chars[i - 1])) || !is_digit(chars[i])) continue;
    size_t end = i;
    int value = 0;
    while (end < chars.size() && is_digit(chars[end]) && end - i < 2) {
      const char32_t d = chars[end];
      value = value * 10 + static_cast<int>(d >= U'０' ? d - U'０' : d - U'0');
      ++end;
    }
    if (end >= chars.size() || (chars[end] != U'、' && chars[end] != U'．') || value != expected) continue;
    items.emplace_back(i, U32(chars.data() + i, end + 1 - i));
    ++expected;
  }
  if (items.size() < 2) items.clear();
  return items;
}

}  // namespace

bool is_part_numeral(char32_t c) {
  constexpr char32_t kPartNumerals[] = {U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十'};
  return std::find(std::begin(kPartNumerals), std::end(kPartNumerals), c) != std::end(kPartNumerals);
}

// The heading of the list item `text` is (1、光电子信息产业加快增长，… → 光电子信息产业加快增长):
// the words after its number up to a clause mark; empty when `text` opens with no number.
// A quoted name opening the heading is part of it (1、“一山”即鹿泉区区域绿化工程，… →
// “一山”即鹿泉区区域绿化工程): the item is named by it. `number` is read_item_number(text).
std::string item_heading(std::string_view text, const ItemNumber& number) {
  if (number.style == NumberStyle::None || number.into_digits) return {};
  std::string heading;
  size_t chars = 0;
  char32_t closer = 0;  // the closing mark of a quoted name that opens the heading
  for (size_t at = number.body; at < text.size() && chars < kMostItemHeadingChars; ++chars) {
    const CodePoint cp = decode_code_point(text, at);
    if (closer != 0) {
      if (cp.value == closer) closer = 0;
    } else if (chars == 0 && is_opener(cp.value)) {
      for (char32_t c : {U'”', U'」', U'』', U'’', U'》', U'】', U'）', U')', U'〕', U'〉', U']'})
        if (opener_of(c) == cp.value) closer = c;
    } else if (is_clause_mark(cp.value) || is_opener(cp.value) || opener_of(cp.value)) {
      break;
    }
    heading.append(text.substr(at, cp.length));
    at += cp.length;
  }
  return closer != 0 ? std::string() : heading;
}

std::vector<std::pair<size_t, std::u32string>> paragraph_parts(std::string_view text, const std::u32string& chars) {
  // Most texts enumerate nothing: a byte search says so before a pass over the characters.
  std::vector<std::pair<size_t, U32>> parts =
      text.find("是") != std::string_view::npos ? enumerated_parts(chars) : std::vector<std::pair<size_t, U32>>{};
  if (parts.empty() && (text.find("、") != std::string_view::npos || text.find("．") != std::string_view::npos))
    parts = numbered_items_inside(chars);
  return parts;
}

}  // namespace plancheck
