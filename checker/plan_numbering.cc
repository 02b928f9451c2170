#include "plan_numbering.h"

#include <map>

#include "chinese_variants.h"
#include "numerals.h"

namespace plancheck {

int style_rank(NumberStyle style) {
  switch (style) {
    case NumberStyle::ChineseComma: return 1;
    case NumberStyle::ParenChinese: return 2;
    case NumberStyle::ArabicDot:
    case NumberStyle::ArabicComma: return 3;
    case NumberStyle::ParenArabic: return 4;
    case NumberStyle::ArabicParen: return 4;
    case NumberStyle::Circled: return 5;
    case NumberStyle::None: break;
  }
  return 0;
}

namespace {

int digit_of(char32_t c) {
  static const std::u32string_view digits = U"〇一二三四五六七八九";
  if (c == U'零') return 0;
  size_t at = digits.find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0; }
bool is_open(char32_t c) { return c == U'（' || c == U'('; }
bool is_close(char32_t c) { return c == U'）' || c == U')'; }
bool is_arabic(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
int arabic_value(char32_t c) { return c <= U'9' ? static_cast<int>(c - U'0') : static_cast<int>(c - U'０'); }

// Byte length of the first `chars` code points of `text`.
size_t byte_length(std::u32string_view text, size_t chars) { return to_utf8(text.substr(0, chars)).size(); }

// The characters a number at the paragraph's start can reach: its leading spaces, then at
// least kNumberReach more, ending past any run of spaces (each scan below stops at a
// non-space or at the end, so it stops at the same character as in the whole paragraph).
// The figure rules ask this of every text; decoding the whole text each time cost more
// than the rest of their item headings.
std::u32string number_reach(std::string_view paragraph) {
  constexpr size_t kNumberReach = 24;  // 4 numerals, a mark, a year of 5 and room to spare
  std::u32string out;
  size_t counted = 0;
  for (size_t pos = 0; pos < paragraph.size();) {
    const CodePoint cp = decode_code_point(paragraph, pos);
    pos += cp.length;
    out.push_back(cp.value);
    if (is_space(cp.value)) continue;
    if (++counted >= kNumberReach) break;
  }
  return out;
}

}  // namespace

int chinese_numeral_value(std::u32string_view s) {
  if (s.empty() || s.size() > 3) return 0;
  size_t ten = s.find(U'十');
  if (ten == std::u32string_view::npos) {
    if (s.size() != 1) return 0;
    int d = digit_of(s[0]);
    return d > 0 ? d : 0;
  }
  int tens = 1, ones = 0;
  if (ten == 1) {
    tens = digit_of(s[0]);
    if (tens <= 0) return 0;
  } else if (ten != 0) {
    return 0;
  }
  if (ten + 1 < s.size()) {
    if (ten + 2 != s.size()) return 0;
    ones = digit_of(s[ten + 1]);
    if (ones <= 0) return 0;
  }
  return tens * 10 + ones;
}

ItemNumber read_item_number(std::string_view paragraph) {
  ItemNumber item;
  const std::u32string text = number_reach(paragraph);
  size_t pos = 0;
  while (pos < text.size() && is_space(text[pos])) ++pos;
  if (pos >= text.size()) return item;
  size_t start = pos;
  auto finish = [&](NumberStyle style, int value, std::u32string id, size_t end) {
    while (end < text.size() && is_space(text[end])) ++end;
    item.style = style;
    item.value = value;
    item.id = to_utf8(id);
    item.body = byte_length(text, end);
    return item;
  };
  char32_t first = text[pos];
  if (first >= U'①' && first <= U'⑳') return finish(NumberStyle::Circled, static_cast<int>(first - U'①') + 1, std::u32string(1, first), pos + 1);
  // ⑴…⒇, one character each (WPS and older Word write them): （1） in another form.
  if (first >= U'⑴' && first <= U'⒇') {
    int value = static_cast<int>(first - U'⑴') + 1;
    return finish(NumberStyle::ParenArabic, value, U"(" + to_u32(std::to_string(value)) + U")", pos + 1);
  }
  if (is_open(first)) {
    size_t p = pos + 1;
    while (p < text.size() && is_space(text[p])) ++p;
    size_t numerals = p;
    while (p < text.size() && digit_of(text[p]) >= 0 && p - numerals < 4) ++p;
    if (p < text.size() && text[p] == U'十') {
      while (p < text.size() && (digit_of(text[p]) >= 0 || text[p] == U'十') && p - numerals < 4) ++p;
    }
    std::u32string_view chinese = std::u32string_view(text).substr(numerals, p - numerals);
    size_t q = p;
    while (q < text.size() && is_space(text[q])) ++q;
    if (!chinese.empty() && q < text.size() && is_close(text[q])) {
      int value = chinese_numeral_value(chinese);
      if (value > 0) return finish(NumberStyle::ParenChinese, value, U"(" + std::u32string(chinese) + U")", q + 1);
    }
    p = numerals;
    int value = 0;
    size_t digits = 0;
    while (p < text.size() && is_arabic(text[p]) && digits < 3) {
      value = value * 10 + arabic_value(text[p]);
      ++p;
      ++digits;
    }
    while (p < text.size() && is_space(text[p])) ++p;
    if (digits > 0 && value > 0 && p < text.size() && is_close(text[p]))
      return finish(NumberStyle::ParenArabic, value, U"(" + std::u32string(to_u32(std::to_string(value))) + U")", p + 1);
    return item;
  }
  if (digit_of(first) > 0 || first == U'十') {
    size_t p = pos;
    while (p < text.size() && (digit_of(text[p]) >= 0 || text[p] == U'十') && p - pos < 4) ++p;
    std::u32string_view chinese = std::u32string_view(text).substr(pos, p - pos);
    int value = chinese_numeral_value(chinese);
    if (value <= 0 || p >= text.size()) return item;
    // 一、 and, less often, 一． / 一. in its place; 一） / 一) for （一）.
    if (text[p] == U'、' || text[p] == U'．' || (text[p] == U'.' && !(p + 1 < text.size() && is_arabic(text[p + 1]))))
      return finish(NumberStyle::ChineseComma, value, std::u32string(chinese), p + 1);
    if (text[p] == U'）' || text[p] == U')')
      return finish(NumberStyle::ParenChinese, value, U"(" + std::u32string(chinese) + U")", p + 1);
    return item;
  }
  if (is_arabic(first)) {
    size_t p = pos;
    int value = 0;
    while (p < text.size() && is_arabic(text[p])) {
      if (p - start >= 3) return item;  // 2023年: a year, not a number
      value = value * 10 + arabic_value(text[p]);
      ++p;
    }
    if (value <= 0 || p >= text.size()) return item;
    char32_t mark = text[p];
    NumberStyle style = mark == U'.' || mark == U'．' ? NumberStyle::ArabicDot
                        : mark == U'、'              ? NumberStyle::ArabicComma
                        : mark == U'）' || mark == U')' ? NumberStyle::ArabicParen
                                                     : NumberStyle::None;
    if (style == NumberStyle::None) return item;
    if (style == NumberStyle::ArabicParen) return finish(style, value, to_u32(std::to_string(value) + ")"), p + 1);
    if (p + 1 < text.size() && is_arabic(text[p + 1])) {
      // 1．2020年底前…: a year after the mark opens the item's words; 1.5万 or 7.5G does not.
      size_t q = p + 1;
      while (q < text.size() && is_arabic(text[q])) ++q;
      bool year = q - (p + 1) == 4 && q < text.size() && text[q] == U'年';
      item.into_digits = !year;
    }
    return finish(style, value, to_u32(std::to_string(value)), p + 1);
  }
  return item;
}

std::vector<int> number_runs(std::vector<ItemNumber>& items) {
  std::vector<int> runs(items.size(), -1);
  std::map<NumberStyle, std::pair<int, int>> latest;  // style → {run, last value}
  int next_run = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    ItemNumber& item = items[i];
    if (item.style == NumberStyle::None) continue;
    auto it = latest.find(item.style);
    // A number written twice (2. 2.) is a slip inside the run, not a restart.
    bool repeated = it != latest.end() && item.value == it->second.second && item.value > 1 && !item.into_digits;
    bool continues = it != latest.end() && (item.value == it->second.second + 1 || repeated);
    if (item.into_digits && !continues && item.value != 1) {
      item.style = NumberStyle::None;  // 1.5万 at a paragraph's start: a figure
      continue;
    }
    if (item.into_digits && !continues && it != latest.end()) {
      item.style = NumberStyle::None;
      continue;
    }
    if (continues) {
      runs[i] = it->second.first;
      it->second.second = item.value;
    } else {
      runs[i] = next_run;
      latest[item.style] = {next_run, item.value};
      ++next_run;
    }
  }
  return runs;
}

}  // namespace plancheck
