#include "masks.h"

#include <cstring>

#include "numerals.h"
#include "quantities.h"

namespace plancheck {

namespace {

enum class Family { None, Star, Letter, Times, Circle, Square, Blank };

constexpr Family family_of(char32_t c) {
  switch (c) {
    case U'*': case U'＊': return Family::Star;
    case U'x': case U'X': case U'ｘ': case U'Ｘ': return Family::Letter;
    case U'×': return Family::Times;
    case U'○': return Family::Circle;
    case U'□': return Family::Square;
    case U'_': case U'＿': return Family::Blank;
    default: return Family::None;
  }
}

constexpr bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
constexpr bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
constexpr bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00a0';
}
// Chinese punctuation: 、。，；：“”‘’（）《》【】〔〕…—
constexpr bool is_cjk_punctuation(char32_t c) {
  return (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F) ||
         (c >= 0xFF01 && c <= 0xFF0F && c != U'＊') || (c >= 0xFF1A && c <= 0xFF20) || c == 0xFF08 ||
         c == 0xFF09 || (c >= 0x2018 && c <= 0x201F) || c == 0x2014 || c == 0x2026;
}
// A Chinese digit next to ○ makes it a zero: 二○○五年.
constexpr bool is_chinese_digit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': case U'一': case U'二': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'十':
      return true;
    default:
      return false;
  }
}
// Marks next to a Latin letter that make it part of a code, a file name or an address.
constexpr bool joins_code(char32_t c) {
  switch (c) {
    case U'-': case U'_': case U'/': case U'\\': case U'.': case U'@': case U':': case U'#':
    case U'&': case U'=': case U'+': case U'－': case U'—':
      return true;
    default:
      return false;
  }
}

// Words written with a Latin X: X光, X射线 (an X-ray), X线, X型, X轴… never a mask.
constexpr std::string_view kLetterWords[] = {"光", "射线", "线", "型", "形", "轴", "染色体", "波段", "刀", "战警"};

// Measure words a mask may stand before that are no measure words of a stated figure:
// 连续*年, x级以上, 20XX年, ××岁; 修补路面20__㎡ (a figure in ㎡ is left uncompared: a task's
// planned area and the area built are both written bare).
constexpr std::string_view kMaskOnlyMeasureWords[] = {"年", "级", "岁", "届", "层", "号", "周", "月", "日", "㎡"};

constexpr std::string_view kScales[] = {"万", "萬", "亿", "億", "千", "百", "十"};

// Nouns that begin with a measure word: after marks they are what a masked name names
// (**项目, XX人员, **家庭), not the measure word of a masked figure.
constexpr std::string_view kNounsAfterMasks[] = {"项目", "人员", "人民", "家庭", "名称", "部门", "期间",
                                                  "条例", "组织", "片区", "所在", "门户",
                                                  // a paper or yearbook of a masked place: __日报, XX年鉴
                                                  "日报", "时报", "周刊", "周报", "月刊", "年鉴",
                                                  // an organ or award of a masked place: xx人大, XX人社局
                                                  "人大", "人社", "人防", "人居",
                                                  // a masked hospital's department: *市*区*眼科医院
                                                  "眼科"};

bool starts_with_at(std::string_view text, size_t at, std::string_view word) {
  return at <= text.size() && text.size() - at >= word.size() && text.compare(at, word.size(), word) == 0;
}

size_t before(std::string_view text, size_t end) {  // start of the code point that ends at `end`
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

char32_t code_point_before(std::string_view text, size_t end) {
  return end == 0 ? 0 : decode_code_point(text, before(text, end)).value;
}
char32_t code_point_at(std::string_view text, size_t at) {
  return at >= text.size() ? 0 : decode_code_point(text, at).value;
}

// The nearest code point before `end` / from `at` on that is no space.
char32_t non_space_before(std::string_view text, size_t end) {
  while (end > 0) {
    size_t start = before(text, end);
    char32_t c = decode_code_point(text, start).value;
    if (!is_space(c)) return c;
    end = start;
  }
  return 0;
}
char32_t non_space_at(std::string_view text, size_t at) {
  while (at < text.size()) {
    CodePoint cp = decode_code_point(text, at);
    if (!is_space(cp.value)) return cp.value;
    at += cp.length;
  }
  return 0;
}

bool opens_text(std::string_view text, size_t at) { return non_space_before(text, at) == 0; }

// Whether a figure ends at `end`: a digit, or a measure word after one (3.2亿元, 45个, 12%).
bool figure_ends_at(std::string_view text, size_t end) {
  size_t start = end;
  for (int chars = 0; chars < 4 && start > 0; ++chars) {
    start = before(text, start);
    if (measure_word_at(text, start) == end - start) return is_digit(code_point_before(text, start)) ||
                                                                  is_numeral_char(code_point_before(text, start));
  }
  return is_digit(code_point_before(text, end));
}

// A footnote's star: right after a figure or a closing mark, before a clause mark or the
// end (完成投资3.2亿元*，), or the note that explains it (注：*为快报数).
bool is_footnote_star(std::string_view text, size_t begin, size_t end, size_t marks) {
  if (marks > 3) return false;
  const char32_t previous = code_point_before(text, begin), next_word = non_space_at(text, end);
  const bool closes_clause = next_word == 0 || next_word == U'，' || next_word == U'。' || next_word == U'；' ||
                             next_word == U'、' || next_word == U'）' || next_word == U')';
  if (closes_clause && (figure_ends_at(text, begin) || previous == U'》' || previous == U'”' || previous == U'）'))
    return true;
  for (std::string_view note : {"注：", "注:", "说明：", "备注："})
    if (begin >= note.size() && text.compare(begin - note.size(), note.size(), note) == 0) return true;
  return false;
}

// Whether a single letter at [begin, end) is one of a list of Latin letters (X、Y两条道路,
// A、B、X三类): names, not a blank.
bool in_letter_list(std::string_view text, size_t begin, size_t end) {
  // A lone letter other than the mark itself: x、x、x are three blanks, not three names.
  const char32_t self = code_point_at(text, begin);
  auto lone_letter = [&](size_t at) {
    const char32_t c = code_point_at(text, at);
    return is_ascii_letter(c) && c != self && !is_ascii_letter(code_point_at(text, at + 1)) &&
           !is_ascii_letter(code_point_before(text, at));
  };
  const char32_t next = code_point_at(text, end), previous = code_point_before(text, begin);
  if ((next == U'、' || next == U'和' || next == U'与') && lone_letter(end + 3)) return true;
  return (previous == U'、' || previous == U'和' || previous == U'与') && begin >= 4 && lone_letter(begin - 4);
}

// Characters of a code name written in Latin letters and digits: 531X, 1+N+X, 4+X.
constexpr bool in_code_name(char32_t c) {
  return is_ascii_letter(c) || is_digit(c) || c == U'+' || c == U'＋' || c == U'-' || c == U'·';
}

// Whether [begin, end) is inside a quoted name of nothing but letters, digits and joins
// (“531X”工程, “1+N+X”模式): the name of a programme, not a blank left in it.
bool in_quoted_code_name(std::string_view text, size_t begin, size_t end) {
  for (;; begin = before(text, begin)) {
    if (begin == 0) return false;
    const char32_t c = code_point_before(text, begin);
    if (c == U'“' || c == U'「' || c == U'"') break;
    if (!in_code_name(c)) return false;
  }
  for (; end < text.size(); end += decode_code_point(text, end).length) {
    const char32_t c = code_point_at(text, end);
    if (c == U'”' || c == U'」' || c == U'"') return true;
    if (!in_code_name(c)) return false;
  }
  return false;
}

// The dot between a month and a day in an event's name: 7·20, 3・21, 5•12.
constexpr bool is_date_dot(char32_t c) { return c == U'·' || c == U'・' || c == U'•' || c == U'‧'; }

// Whether the run [begin, end) holds such a dot: “X·XX” is a masked date, not a code name.
bool has_date_dot(std::string_view text, size_t begin, size_t end) {
  for (size_t at = begin; at < end; at += decode_code_point(text, at).length)
    if (is_date_dot(code_point_at(text, at))) return true;
  return false;
}

size_t mask_measure_word_at(std::string_view text, size_t at);
bool marks_end_in_figure(std::string_view text, size_t at, Family family = Family::Letter);

// Whether the digits from `at` on end in a measure word (9人 of 20xx9人), not in letters.
bool number_ends_in_measure_word(std::string_view text, size_t at) {
  while (at < text.size() && is_digit(code_point_at(text, at))) at += decode_code_point(text, at).length;
  return mask_measure_word_at(text, at) > 0;
}

// A date written with slashes or dashes whose digits are masked in part or whole
// (201X/X/XX, 20XX-XX-XX, XXXX.XX.XX): a year of four digits or marks, then a month and a day
// of one or two, one separator between. Returns the token's [begin, end) when the run of
// marks at `pos` lies in one, else {0, 0}. Not a date: a code with letters besides x/X.
std::pair<size_t, size_t> masked_date_token(std::string_view text, size_t pos) {
  auto date_char = [](char32_t c) { return is_digit(c) || c == U'x' || c == U'X'; };
  size_t begin = pos;
  while (begin > 0 && date_char(code_point_before(text, begin))) begin = before(text, begin);
  if (is_ascii_letter(code_point_before(text, begin))) return {0, 0};
  size_t at = begin;
  auto group = [&](size_t least, size_t most) {
    size_t n = 0;
    while (at < text.size() && n < most && date_char(static_cast<unsigned char>(text[at]))) ++at, ++n;
    return n >= least;
  };
  if (!group(4, 4)) return {0, 0};
  const char separator = at < text.size() ? text[at] : 0;
  if (separator != '/' && separator != '-' && separator != '.') return {0, 0};
  ++at;
  if (!group(1, 2) || at >= text.size() || text[at] != separator) return {0, 0};
  ++at;
  if (!group(1, 2)) return {0, 0};
  if (at < text.size() && (is_ascii_letter(code_point_at(text, at)) || is_digit(code_point_at(text, at)))) return {0, 0};
  if (pos < begin || pos >= at) return {0, 0};
  return {begin, at};
}

// x.城区学校建设: a list number left as x, opening the text or a sentence, before a point
// and the item's words.
bool is_list_number(std::string_view text, size_t begin, size_t end) {
  const CodePoint point = decode_code_point(text, end);
  if (end >= text.size() || (point.value != U'.' && point.value != U'．')) return false;
  if (!is_ideograph(code_point_at(text, end + point.length))) return false;
  const char32_t previous = non_space_before(text, begin);
  return previous == 0 || previous == U'。' || previous == U'；' || previous == U'：';
}

// 安办字[x1]74号, 《关于x2年度重点项目…》: one letter and one digit where a year stands — alone in a
// 文号's bracket before its number, or right before 年 — are a year whose first digits are masked (2021
// written x1, as 20xx writes it with two marks): a masked word, as 〔XXXX〕 is. Not after a digit or a
// letter (3x2米: a size), nor before a point (x1.5倍: a multiplication), nor anywhere else (宝马X1, X1型:
// a model's name). Returns the end of the letter and its digit, or 0.
size_t year_masked_to_last_digit(std::string_view text, size_t begin, size_t end, size_t marks) {
  if (marks != 1 || end + 1 >= text.size() || !is_digit(static_cast<unsigned char>(text[end]))) return 0;
  const size_t after = end + 1;  // past the one digit
  const char32_t previous = code_point_before(text, begin), next = code_point_at(text, after);
  if (is_digit(previous) || is_ascii_letter(previous) || is_digit(next)) return 0;
  if (next == U'年') return after;
  char32_t closer = 0;
  switch (previous) {
    case U'[': closer = U']'; break;
    case U'〔': closer = U'〕'; break;
    case U'(': closer = U')'; break;
    case U'（': closer = U'）'; break;
    case U'【': closer = U'】'; break;
    default: return 0;
  }
  if (next != closer) return 0;
  size_t at = after + decode_code_point(text, after).length;
  const size_t digits_from = at;
  while (at < text.size() && is_digit(static_cast<unsigned char>(text[at]))) ++at;
  return at > digits_from && (starts_with_at(text, at, "号") || starts_with_at(text, at, "號")) ? after : 0;
}

// 较去年同期下降[X]%, 签订责任书[X]份, 面积控制在[XX]万公顷以内: marks alone in square brackets ([ ], 【 】, ［ ］),
// right before a measure word (a scale may come first), are a template's blank for a figure — its brackets
// set it apart to be filled in. Not after a Latin letter or a digit (A[X]型, 3[X]: a code's part). Fills
// `mask` (the marks, the figure from the opening bracket through its measure word) and returns true when so.
bool read_bracketed_blank(std::string_view text, size_t begin, size_t end, Mask& mask) {
  if (begin == 0 || end >= text.size()) return false;
  const size_t opener_at = before(text, begin);
  char32_t closer = 0;
  switch (decode_code_point(text, opener_at).value) {
    case U'[': closer = U']'; break;
    case U'【': closer = U'】'; break;
    case U'［': closer = U'］'; break;
    default: return false;
  }
  const CodePoint after_marks = decode_code_point(text, end);
  if (after_marks.value != closer) return false;
  const char32_t previous = code_point_before(text, opener_at);
  if (is_ascii_letter(previous) || is_digit(previous)) return false;
  size_t at = end + after_marks.length;
  for (std::string_view scale : kScales)
    if (starts_with_at(text, at, scale)) {
      at += scale.size();
      break;
    }
  const size_t unit = mask_measure_word_at(text, at);
  if (unit == 0) return false;
  mask.offset = begin;
  mask.length = end - begin;
  mask.figure = true;
  mask.figure_offset = opener_at;
  mask.unit = std::string(text.substr(at, unit));
  if (mask.unit == "％") mask.unit = "%";
  mask.figure_end = at + unit;
  return true;
}

// Whether `text` sets its figures apart by spaces, as a PDF's text layer does (今年 2 月建成,
// 2021 年): a run of digits with a space on each side and Chinese after. Where it does, marks
// so set apart before Chinese words are a masked name (xx 区交通运输局); elsewhere (由 xx 负责)
// they may be anything.
// A template that sets its blanks apart so (辖 XX 个行政村，总面积 XX 平方千米) does too: two runs of
// two Latin marks or more so set apart are enough (one, 由 xx 负责, is not).
bool sets_figures_apart(std::string_view text) {
  size_t spaced_marks = 0;
  for (size_t at = text.find(' '); at != std::string_view::npos && at + 2 < text.size(); at = text.find(' ', at + 1)) {
    size_t end = at + 1;
    while (end < text.size() && is_digit(static_cast<unsigned char>(text[end]))) ++end;
    const bool digits = end > at + 1;
    if (!digits)
      while (end < text.size() && (text[end] == 'x' || text[end] == 'X')) ++end;
    const bool spaced_before_words =
        end > at + 1 && end + 1 < text.size() && text[end] == ' ' && is_ideograph(code_point_at(text, end + 1));
    if (spaced_before_words && digits) return true;
    if (spaced_before_words && end - at > 2 && ++spaced_marks == 2) return true;
  }
  return false;
}

// Whether two marks or more opening a text stand before a place's level (××镇XX年度村镇建设工作总结,
// **区委区政府督查室, XX街道): a masked place's name, not a list item's bullet (×× 加强领导, ××抓好…).
bool names_a_place_opening(std::string_view text, size_t end, size_t marks) {
  return marks >= 2 && (is_level_of_government(code_point_at(text, end)) || starts_with_at(text, end, "街道"));
}

// Whether a star opening a text stands for a count (*个协调小组共召开会议*次, *名干部参加培训): a
// measure word of counted things right after it, then the counted noun. A bullet is followed by
// a space or by words (* 加强领导, *项目名称, *个人信息: a noun that begins with a measure word).
bool star_opens_a_count(std::string_view text, size_t end) {
  const size_t measure = measure_word_at(text, end);
  if (measure == 0 || !is_ideograph(code_point_at(text, end + measure))) return false;
  for (std::string_view noun : kNounsAfterMasks)
    if (starts_with_at(text, end, noun)) return false;
  for (std::string_view noun : {"个人", "个体", "个别", "个性", "次要", "次序", "件事", "家长", "家乡", "户口", "场所"})
    if (starts_with_at(text, end, noun)) return false;
  return true;
}

// Whether the run of marks [begin, end) of `family` stands for something (see masks.h).
// 中共_市_区委, 对照_县文化生态工程实施方案, 以_、_龙头企业为重点: one underscore between
// Chinese words is a masked name when a level of government follows it (_市, _县, _区) or
// when it is an item of a list alone (_、_); between other words (工作_安排) it joins them.
bool one_blank_names_a_place(std::string_view text, size_t begin, size_t end) {
  const char32_t previous = code_point_before(text, begin), next = code_point_at(text, end);
  // (Text from the search store has half-width punctuation: ,_村 as ，_村.)
  const bool after_words = previous == 0 || is_ideograph(previous) || is_cjk_punctuation(previous) ||
                           previous == U',' || previous == U';' || previous == U':' || previous == U'(';
  if (!after_words || !(is_ideograph(next) || is_cjk_punctuation(next))) return false;
  return is_level_of_government(next) || previous == U'、' || next == U'、';
}

// Whether a star stands in a run of Latin letters and ASCII symbols (X*)DpbWd, T}'*Gry: a forum copy's
// anti-copy noise, a code, a password): one side is a letter or a symbol, the other no Chinese. A star
// that masks a Chinese word has Chinese on one side at least (视察*重要讲话, ,*区, 案例*,). Brackets and
// quotes are not counted as symbols: half-width ones stand for 《》 and “” (印发<**>县…办法).
bool star_in_latin_run(char32_t previous, char32_t next) {
  auto latin = [](char32_t c) {
    constexpr std::u32string_view kBracketsAndQuotes = U"<>()[]{}\"'";
    return is_ascii_letter(c) || (c > U' ' && c < 0x7F && !is_digit(c) && c != U'*' &&
                                  kBracketsAndQuotes.find(c) == std::u32string_view::npos);
  };
  auto chinese = [](char32_t c) { return is_ideograph(c) || is_cjk_punctuation(c); };
  return (latin(previous) && !chinese(next)) || (latin(next) && !chinese(previous));
}

bool is_mask(std::string_view text, size_t begin, size_t end, Family family, size_t marks) {
  const char32_t previous = code_point_before(text, begin), next = code_point_at(text, end);
  const char32_t previous_word = non_space_before(text, begin), next_word = non_space_at(text, end);
  auto numeric = [](char32_t c) { return is_digit(c) || is_numeral_char(c); };
  switch (family) {
    case Family::Star:
      if (opens_text(text, begin) && !names_a_place_opening(text, end, marks) && !star_opens_a_count(text, end))
        return false;  // a list marker
      if (is_footnote_star(text, begin, end, marks)) return false;
      if (star_in_latin_run(previous, next)) return false;
      return !((is_digit(previous) || is_space(previous)) && (is_digit(next) || is_space(next)));  // 3 * 4
    case Family::Times:
      // ××年上半年以来 opening a text: two marks right before a measure word are a masked
      // figure; one mark, or marks before words, open a list item.
      if (opens_text(text, begin) && !(marks >= 2 && mask_measure_word_at(text, end) > 0) &&
          !names_a_place_opening(text, end, marks))
        return false;
      // 3×4, 1920 × 1080, a×b: a sign between two operands.
      return !((numeric(previous_word) || is_ascii_letter(previous_word)) &&
               (numeric(next_word) || is_ascii_letter(next_word)));
    case Family::Circle:
    case Family::Square:
      if (opens_text(text, begin) || is_space(previous) || is_space(next)) return false;  // bullet, check box
      return family != Family::Circle || !(is_chinese_digit(previous) || is_chinese_digit(next) ||
                                            is_digit(previous) || is_digit(next));
    case Family::Blank:
      // 20__年, 20____年: a blank after a number's first digits, right before its measure word,
      // stands for the digits left out (as 20xx年 does).
      if (marks >= 2 && is_digit(previous) && !is_digit(next) && !is_ascii_letter(next) &&
          mask_measure_word_at(text, end) > 0)
        return true;
      // 在校学生_人, 入学率_%, 提高_个百分点: one underscore between Chinese words and a measure
      // word is a figure's blank that a copy closed up to one mark; between words (以_新时代,
      // 工作_安排) or in a file name (report_2023) it stays a joining mark.
      // (A text from the search store has its punctuation half-width: ,_分以上 as ，_分以上.)
      if (marks == 1 && one_blank_names_a_place(text, begin, end)) return true;
      if (marks == 1)
        return (previous == 0 || is_ideograph(previous) || is_cjk_punctuation(previous) || previous == U',' ||
                previous == U';' || previous == U':' || previous == U'(') &&
               !is_digit(next) && !is_ascii_letter(next) && mask_measure_word_at(text, end) > 0;
      // 在___领导下, 完成投资____亿元: a blank left to fill in. A line of them alone is a rule or
      // a place to sign.
      if (is_ascii_letter(previous) || is_digit(previous) || is_ascii_letter(next) || is_digit(next))
        return false;
      return !(opens_text(text, begin) && next_word == 0);
    case Family::Letter: {
      if (marks <= 2 && is_list_number(text, begin, end)) return true;
      // x月-x月: a dash after a word (not a letter or digit) joins a range, not a code.
      const bool range_after_word = (previous == U'-' || previous == U'—' || previous == U'～' || previous == U'~') &&
                                    begin >= 2 && is_ideograph(code_point_before(text, before(text, begin)));
      if (is_ascii_letter(previous) || (joins_code(previous) && !range_after_word)) return false;
      // 20xx9人: marks between digits of a number before a measure word are masked digits; one letter
      // alone between digits is a multiplication or a size (3x2米, 2x4车道).
      if (is_digit(previous) && is_digit(next) && number_ends_in_measure_word(text, end)) return marks >= 2;
      // 《关于印发“xx”三年行动方案》: marks alone in quotes are a masked name; 黔府办发(XX)50号,
      // 某政办〔XXXX〕8号: marks alone in a 文号's bracket are its masked year.
      if (marks >= 2 && ((previous == U'“' && next == U'”') || (previous == U'「' && next == U'」'))) return true;
      if (marks >= 2 &&
          ((previous == U'(' && next == U')') || (previous == U'（' && next == U'）') ||
           (previous == U'〔' && next == U'〕') || (previous == U'[' && next == U']')) &&
          is_ideograph(code_point_before(text, before(text, begin)))) {  // a bracket before: begin > 0
        size_t at = end + decode_code_point(text, end).length;
        const size_t digits_from = at;
        while (at < text.size() && is_digit(static_cast<unsigned char>(text[at]))) ++at;
        if (at > digits_from && (starts_with_at(text, at, "号") || starts_with_at(text, at, "號"))) return true;
      }
      // 退耕还林 xx 亩: where a text sets its figures apart by spaces (as text taken from a PDF
      // does: 面积 92.6 万亩), a mask so set apart, after Chinese words, before a measure word —
      // with a point and more marks in it too (总投资 xx.x 亿元, 投资 x.xx 亿), or with its measure
      // word right after it (目标的 xxx%).
      // (A text from the search store has its punctuation half-width: ,xx 区 as ，xx 区.)
      auto clause_mark = [](char32_t c) {
        return is_cjk_punctuation(c) || c == U',' || c == U';' || c == U':' || c == U'(';
      };
      if ((previous == 0 || previous == U' ' || clause_mark(previous)) &&
          (previous_word == 0 || is_ideograph(previous_word) || clause_mark(previous_word))) {
        size_t after = end;  // past .x / .xx
        if (after + 1 < text.size() && text[after] == '.' && family_of(code_point_at(text, after + 1)) == Family::Letter) {
          ++after;
          while (after < text.size() && family_of(code_point_at(text, after)) == Family::Letter)
            after += decode_code_point(text, after).length;
        }
        const bool spaced_before_measure = after < text.size() && text[after] == ' ' && marks_end_in_figure(text, after + 1);
        const bool measure_right_after = after == end && mask_measure_word_at(text, end) > 0;
        // xx 区交通运输局, xxx 国道: two marks or more so set apart before Chinese words are a
        // masked name.
        const bool spaced_before_words = after == end && marks >= 2 && next == U' ' && is_ideograph(next_word) &&
                                         sets_figures_apart(text);
        if (spaced_before_measure || measure_right_after || spaced_before_words) {
          const size_t word_at = measure_right_after ? end : after + 1;
          for (std::string_view word : kLetterWords)
            if (starts_with_at(text, word_at, word)) return false;  // X 光, X射线
          return true;
        }
      }
      // 全X3次召开…会议: after 全 (全市, 全县) the marks stand for the place's name, and the count
      // after them is the clause's own figure, not the digits of a code (宝马X3, 4+X).
      if (previous == U'全' && is_digit(next) && number_ends_in_measure_word(text, end)) return true;
      if (is_ascii_letter(next) || is_digit(next) || joins_code(next)) return false;
      if (in_quoted_code_name(text, begin, end) && !has_date_dot(text, begin, end)) return false;
      if (marks == 1 && in_letter_list(text, begin, end)) return false;
      if (marks == 1)
        for (std::string_view word : kLetterWords)
          if (starts_with_at(text, end, word)) return false;
      // Among Chinese text (or after a digit: 4X件); a lone x in Latin text is a letter.
      return is_ideograph(previous) || is_ideograph(next) || is_cjk_punctuation(previous) ||
             is_cjk_punctuation(next) || is_digit(previous);
    }
    case Family::None: break;
  }
  return false;
}

// The measure word at `at` that a masked figure may stand before, or 0.
size_t mask_measure_word_at(std::string_view text, size_t at) {
  if (size_t n = measure_word_at(text, at)) return n;
  for (std::string_view word : kMaskOnlyMeasureWords)
    if (starts_with_at(text, at, word)) return word.size();
  // _分以上考生_人: a score bound (分 before 以上, 以下, 及以上); 分 alone is a word's start (部分,
  // 分析, 分别) as often as a score, a minute or a cent.
  if (starts_with_at(text, at, "分"))
    for (std::string_view bound : {"以上", "以下", "及以上", "及以下"})
      if (starts_with_at(text, at + std::string_view("分").size(), bound)) return std::string_view("分").size();
  return 0;
}

// Whether the marks of `family` from `at` on (the x's after the point of x.x, the second end
// of x-x月) end in a scale or a measure word: a masked figure (x.x%, X.X亿元, x.x万亩, x-x月),
// not part of a code or address.
bool marks_end_in_figure(std::string_view text, size_t at, Family family) {
  while (at < text.size() && family_of(code_point_at(text, at)) == family) at += decode_code_point(text, at).length;
  for (std::string_view scale : kScales)
    if (starts_with_at(text, at, scale)) return true;
  return mask_measure_word_at(text, at) > 0;
}

size_t digits_before(std::string_view text, size_t end) {
  while (end > 0) {
    size_t start = before(text, end);
    char32_t c = decode_code_point(text, start).value;
    if (!is_digit(c) && !(c == U'.' && start > 0 && is_digit(code_point_before(text, start)))) break;
    end = start;
  }
  return end;
}

// Reads what makes the marks at [begin, end) a figure; fills `mask` and returns true when it is one.
bool read_figure(std::string_view text, Mask& mask, Family family) {
  size_t pos = mask.offset + mask.length;
  // More digits, points and marks of the figure: 4X, 1X.5, X.X
  while (pos < text.size()) {
    CodePoint cp = decode_code_point(text, pos);
    if (is_digit(cp.value) || family_of(cp.value) == family) {
      pos += cp.length;
    } else if ((cp.value == U'.' || cp.value == U'．') && pos + cp.length < text.size()) {
      char32_t after = code_point_at(text, pos + cp.length);
      if (!is_digit(after) && family_of(after) != family) break;
      pos += cp.length;
    } else {
      break;
    }
  }
  // 退耕还林 xx 亩, 总投资 xx.x 亿元: a figure set apart by spaces has one before its measure word too.
  if (family == Family::Letter && pos + 1 < text.size() && text[pos] == ' ' &&
      (mask.offset == 0 || text[mask.offset - 1] == ' ') && marks_end_in_figure(text, pos + 1))
    ++pos;
  const size_t number_end = pos;
  const size_t begin = digits_before(text, mask.offset);
  auto take = [&](std::string_view word) {
    if (!starts_with_at(text, pos, word)) return false;
    pos += word.size();
    return true;
  };
  bool over = take("余") || take("多");
  for (bool scaled = true; scaled;) {
    scaled = false;
    for (std::string_view scale : kScales) scaled = scaled || take(scale);
  }
  over = take("余") || take("多") || over;
  size_t unit = mask_measure_word_at(text, pos);
  // **项目, XX人员, **家庭: a noun that begins with a measure word follows a masked name.
  for (std::string_view noun : kNounsAfterMasks)
    if (unit && starts_with_at(text, pos, noun)) unit = 0;
  // **2023年: a complete year after the marks is a year; the marks stand for a name before it.
  if (number_end > mask.offset + mask.length && digits_before(text, mask.offset) == mask.offset) {
    size_t digits = 0;
    for (size_t at = mask.offset + mask.length; at < number_end && is_digit(code_point_at(text, at)); ++at) ++digits;
    if (digits == 4 && starts_with_at(text, number_end, "年")) return false;
  }
  // 全X3次: after 全 (全市, 全县) the marks stand for the place's name, the digits after them for
  // the clause's own count.
  if (number_end > mask.offset + mask.length && code_point_before(text, mask.offset) == U'全') return false;
  // XXXX万、XX亿: a scale makes a number even where the measure word is left out (人口超过XXXX万).
  const size_t scale_at = number_end + (starts_with_at(text, number_end, "余") || starts_with_at(text, number_end, "多") ? 3 : 0);
  bool scaled_number = false;
  for (std::string_view scale : {"万", "萬", "亿", "億"}) scaled_number = scaled_number || starts_with_at(text, scale_at, scale);
  bool inside_number = begin < mask.offset || number_end > mask.offset + mask.length || scaled_number;
  bool ordinal = mask.offset > 0 && code_point_before(text, mask.offset) == U'第';
  // 工农业产值之比为××:××, 男女比例X:X: the terms of a ratio, on either side of its colon, are numbers.
  auto ratio_term = [&](char32_t c) { return is_digit(c) || family_of(c) == family; };
  auto is_colon = [](char32_t c) { return c == U':' || c == U'：'; };
  const char32_t after = code_point_at(text, number_end);
  const bool ratio =
      (is_colon(after) && ratio_term(code_point_at(text, number_end + decode_code_point(text, number_end).length))) ||
      (is_colon(code_point_before(text, begin)) && ratio_term(code_point_before(text, before(text, begin))));
  if (!unit && !inside_number && !ordinal && !ratio) return false;
  mask.figure = true;
  mask.figure_offset = begin;
  if (unit) {
    mask.unit = std::string(text.substr(pos, unit));
    if (mask.unit == "％") mask.unit = "%";
    if (mask.unit == "圆") mask.unit = "元";
    mask.figure_end = pos + unit;
  } else {
    mask.figure_end = scaled_number ? pos : number_end;
  }
  mask.over = over;
  return true;
}

// A space that fills a blank on a form: not a line break.
constexpr bool is_blank_space(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\u00a0' || c == U'\t'; }

// The closing bracket of a blank opened by `c`, or 0.
constexpr char32_t blank_closer(char32_t c) {
  switch (c) {
    case U'(': return U')';
    case U'（': return U'）';
    case U'[': return U']';
    case U'【': return U'】';
    default: return 0;
  }
}

// Whether `text` joins the lines of a page with runs of spaces, as a page's copy does (苗  木生长,
// 森林抚  育面积): three runs or more of two spaces or more between two ideographs, where what follows
// is no measure word (a form's blanks are: 完成投资    亿元). There a run before a measure word
// (生态功能等  级) is a line's end too, not a blank.
bool joins_lines_with_spaces(std::string_view text) {
  size_t breaks = 0;
  for (size_t at = text.find("  "); at != std::string_view::npos; at = text.find("  ", at)) {
    size_t after = at;
    while (after < text.size() && text[after] == ' ') ++after;
    if (is_ideograph(code_point_before(text, at)) && is_ideograph(code_point_at(text, after)) &&
        measure_word_at(text, after) == 0 && ++breaks == 3)
      return true;
    at = after;
  }
  return false;
}

// A form's blank for a number, right before a measure word: empty brackets (完成投资（    ）
// 亿元, 增长（ ）%, 培训【 】人次) or two or more spaces after a word (完成投资    亿元，). The
// measure word must end a phrase, not a table's column (地区生产总值    亿元    120: a
// heading and its unit, the cells apart by spaces), and no digit may stand before the blank.
// After spaces the measure word must also end its clause: spaces are how paragraphs run
// together are indented too (…工作部署　　根据…, 本, 对, 天: words, not measure words).
bool read_blank_figure(std::string_view text, size_t pos, Mask& mask) {
  // Past the blank spaces from `at` on; `count` gets how many there were.
  auto past_spaces = [&](size_t at, size_t* count) {
    for (CodePoint cp; at < text.size() && is_blank_space((cp = decode_code_point(text, at)).value); at += cp.length)
      ++*count;
    return at;
  };
  const CodePoint first = decode_code_point(text, pos);
  size_t after = pos + first.length, spaces = 0;
  bool spaced = false;  // a blank of spaces, not brackets
  if (char32_t closer = blank_closer(first.value)) {
    after = past_spaces(after, &spaces);
    if (code_point_at(text, after) != closer) return false;
    after = past_spaces(after + decode_code_point(text, after).length, &spaces);
  } else if (is_blank_space(first.value)) {
    spaced = true;
    if (!is_ideograph(code_point_before(text, pos))) return false;
    after = past_spaces(after, &spaces);
    if (spaces == 0) return false;  // one space is no blank: two or more are
    // 抚育任务  13.6667万亩: a number after the spaces fills them.
    if (is_digit(code_point_at(text, after))) return false;
  } else {
    return false;
  }
  if (is_digit(code_point_before(text, pos))) return false;
  Mask blank;
  blank.offset = pos;
  blank.length = after - pos;
  if (!read_figure(text, blank, Family::Blank) || blank.unit.empty() || blank.figure_offset != pos) return false;
  // What follows the measure word: a column's spaces or a figure make it a table's unit.
  const size_t end = blank.figure_end;
  if (end < text.size()) {
    const char32_t next = code_point_at(text, end);
    if (is_digit(next) || (spaced && is_ideograph(next))) return false;
    if (is_blank_space(next) && is_blank_space(code_point_at(text, end + decode_code_point(text, end).length)))
      return false;
  }
  if (spaced && joins_lines_with_spaces(text)) return false;
  mask = blank;
  return true;
}

// A percentage whose number was left out (城镇登记失业率控制在%，同比分别上升.%和.%): a per cent
// sign right after a word (or a bare point after one), or after the 、 that follows another
// percentage of a list (…的%、52%、%、55%), in running prose — the sign then ends
// its clause or takes a qualifier. Not: a unit label (（%）, 单位：%), a column heading (增速%)
// in a text with no comma or full stop.
bool read_missing_percent(std::string_view text, size_t pos, Mask& mask) {
  const CodePoint sign = decode_code_point(text, pos);
  if (sign.value != U'%' && sign.value != U'％') return false;
  size_t begin = pos;
  char32_t previous = code_point_before(text, pos);
  if (previous == U'.' || previous == U'．') {
    begin = before(text, pos);
    previous = code_point_before(text, begin);
  }
  // 分别占全年任务的%、52%、%、55%: in a list of percentages, a sign right after the 、 that
  // follows another is one whose number was left out too.
  const bool listed = (previous == U'、' || previous == U'，') && begin == pos &&
                      (code_point_before(text, before(text, pos)) == U'%' || code_point_before(text, before(text, pos)) == U'％');
  if (!is_ideograph(previous) && !listed) return false;
  const size_t end = pos + sign.length;
  const char32_t next = code_point_at(text, end);
  const bool ends_clause = next == 0 || next == U'，' || next == U'。' || next == U'；' || next == U'、' ||
                           next == U'和' || next == U'）' || next == U')';
  bool qualified = false;
  for (std::string_view word : {"以上", "以下", "以内", "左右"}) qualified = qualified || starts_with_at(text, end, word);
  if (!ends_clause && !qualified) return false;
  if (text.find("，") == std::string_view::npos && text.find("。") == std::string_view::npos) return false;
  mask.offset = begin;
  mask.length = end - begin;
  mask.figure = true;
  mask.figure_offset = begin;
  mask.figure_end = end;
  mask.unit = "%";
  return true;
}

}  // namespace

bool is_mask_mark(char32_t c) { return family_of(c) != Family::None; }

namespace {

// Whether a mark's UTF-8 can start with byte `b`: *, x, X, _, and the lead bytes of ＊ｘＸ＿
// (EF BC/BD), × (C3 97), ○ □ (E2 96/97). None is a continuation byte, so such a byte is
// always where the decoder starts a code point, whatever comes before it.
constexpr bool starts_mark(unsigned char b) {
  switch (b) {
    case '*': case 'x': case 'X': case '_': case 0xC3: case 0xE2: case 0xEF: return true;
    case '%': return true;  // a percentage with its number left out
    // A form's blank: ( [ and a space, （ (EF BC), 【 and the ideographic space (E3 80), NBSP (C2 A0).
    case '(': case '[': case ' ': case '\t': case 0xE3: case 0xC2: return true;
    default: return false;
  }
}

// Of the bytes starts_mark lets through for a form's blank, those that can open one here:
// E3 only as 【 or the ideographic space (not 。、《》), C2 only as NBSP, a space only before
// another. Every other punctuation mark is passed a byte at a time without decoding it.
bool may_open_blank_here(std::string_view text, size_t pos) {
  const auto byte = [&](size_t at) { return at < text.size() ? static_cast<unsigned char>(text[at]) : 0u; };
  switch (byte(pos)) {
    case 0xE3: return byte(pos + 1) == 0x80 && (byte(pos + 2) == 0x80 || byte(pos + 2) == 0x90);
    case 0xC2: return byte(pos + 1) == 0xA0;
    case ' ': case '\t': {
      const unsigned next = byte(pos + 1);
      return next == ' ' || next == '\t' || next == 0xE3 || next == 0xC2;
    }
    default: return true;
  }
}

}  // namespace

bool may_hold_mask(std::string_view text) {
  for (char c : text)
    if (starts_mark(static_cast<unsigned char>(c))) return true;
  return false;
}

std::vector<Mask> find_masks(std::string_view text) {
  std::vector<Mask> found;
  for (size_t pos = 0; pos < text.size();) {
    // No mark starts before the next byte one can start with: past the others without
    // decoding them (every text a figure rule reads is scanned here), a CJK ideograph at
    // a time, anything else a byte at a time.
    if (ideograph_at(text, pos)) {
      pos += 3;
      continue;
    }
    if (!starts_mark(static_cast<unsigned char>(text[pos])) || !may_open_blank_here(text, pos)) {
      ++pos;
      continue;
    }
    CodePoint cp = decode_code_point(text, pos);
    Family family = family_of(cp.value);
    if (family == Family::None) {
      Mask blank;
      if (read_blank_figure(text, pos, blank) || read_missing_percent(text, pos, blank)) {
        found.push_back(blank);
        pos = blank.figure_end;
        continue;
      }
      pos += cp.length;
      continue;
    }
    size_t end = pos, marks = 0;
    bool dated = false, ranged = false;
    for (;;) {
      CodePoint next = decode_code_point(text, end);
      if (end < text.size() && family_of(next.value) == family) {
        end += next.length;
        ++marks;
        continue;
      }
      // *.*: a masked decimal is one run; x.x too, but only before a figure's scale or
      // measure word (x.x%, x.x万亩), never in an address (www.xx.cn).
      if (end < text.size() && (next.value == U'.' || next.value == U'．') && end + next.length < text.size() &&
          family_of(code_point_at(text, end + next.length)) == family &&
          (family != Family::Letter || marks_end_in_figure(text, end + next.length))) {
        end += next.length;
        continue;
      }
      // x-x月, *～*个: a masked range (1-6月 left blank) is one run before a measure word.
      if (end < text.size() && (next.value == U'-' || next.value == U'－' || next.value == U'—' ||
                                next.value == U'~' || next.value == U'～' || next.value == U'至') &&
          marks > 0 && !ranged && family_of(code_point_at(text, end + next.length)) == family &&
          marks_end_in_figure(text, end + next.length, family)) {
        end += next.length;
        ranged = true;
        continue;
      }
      // *·**: a masked event date (“7·20”暴雨, “3·21”事故), month and day joined by a dot.
      if (end < text.size() && is_date_dot(next.value) && marks > 0 && marks <= 2 && !dated &&
          family_of(code_point_at(text, end + next.length)) == family) {
        end += next.length;
        dated = true;
        continue;
      }
      break;
    }
    if (family == Family::Letter) {
      // 201X/X/XX: a masked date is one figure, its separators no codes.
      if (auto [token_begin, token_end] = masked_date_token(text, pos); token_end > 0) {
        Mask mask;
        mask.offset = pos;
        mask.length = end - pos;
        mask.figure = true;
        mask.figure_offset = token_begin;
        mask.figure_end = token_end;
        found.push_back(mask);
        pos = token_end;
        continue;
      }
    }
    if (family != Family::Blank) {
      Mask blank;
      if (read_bracketed_blank(text, pos, end, blank)) {
        found.push_back(blank);
        pos = blank.figure_end;
        continue;
      }
    }
    if (family == Family::Letter)
      if (const size_t year_end = year_masked_to_last_digit(text, pos, end, marks)) {
        Mask mask;  // [x1], x2年度: a masked year, a word
        mask.offset = pos;
        mask.length = year_end - pos;
        found.push_back(mask);
        pos = year_end;
        continue;
      }
    if (is_mask(text, pos, end, family, marks)) {
      Mask mask;
      mask.offset = pos;
      mask.length = end - pos;
      const bool figure = read_figure(text, mask, family);
      if (!figure && family == Family::Blank && marks == 1 && !one_blank_names_a_place(text, pos, end)) {  // 工作_人员
        pos = end;
        continue;
      }
      if (!figure && (dated || (family == Family::Letter && is_list_number(text, pos, end)))) {
        // a date stands for numbers, whatever follows; so does a list number (x.城区学校建设)
        mask.figure = true;
        mask.figure_offset = pos;
        mask.figure_end = end;
      }
      found.push_back(mask);
      pos = mask.figure ? std::max(end, mask.figure_end) : end;
    } else {
      pos = end;
    }
  }
  return found;
}

}  // namespace plancheck
