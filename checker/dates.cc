#include "dates.h"

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <utility>

namespace plancheck {
namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// ---- UTF-8 ------------------------------------------------------------------

struct Char {
  char32_t code = 0;
  size_t size = 0;  // 0 at the end of the text
};

// Malformed bytes read as U+FFFD one byte at a time, so scanning always advances.
Char char_at(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {};
  const auto lead = static_cast<unsigned char>(text[pos]);
  size_t size = lead < 0x80           ? 1
                : (lead >> 5) == 0x6  ? 2
                : (lead >> 4) == 0xE  ? 3
                : (lead >> 3) == 0x1E ? 4
                                      : 0;
  if (size == 0 || pos + size > text.size()) return {0xFFFD, 1};
  char32_t code = size == 1 ? lead : lead & (0x7F >> size);
  for (size_t i = 1; i < size; ++i) {
    const auto next = static_cast<unsigned char>(text[pos + i]);
    if ((next & 0xC0) != 0x80) return {0xFFFD, 1};
    code = (code << 6) | (next & 0x3F);
  }
  return {code, size};
}

Char char_before(std::string_view text, size_t pos) {
  size_t start = pos;
  while (start > 0 && pos - start < 4) {
    --start;
    if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) break;
  }
  return start < pos ? char_at(text.substr(0, pos), start) : Char{};
}

bool starts_with_at(std::string_view text, size_t pos, std::string_view word) {
  return text.substr(pos, word.size()) == word;
}

// The first of `words` found at `pos` (list longer words first); its size, or 0.
size_t match_any(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    if (starts_with_at(text, pos, word)) return word.size();
  return 0;
}

bool is_space(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x00A0 || c == 0x3000;
}

// ---- Numbers ------------------------------------------------------------------
// Dates are read by the form of their numbers, not only by value, so numerals.h (which
// reads 二三 and 二十三 alike, and 两千 or 1百01 too) is not used: a year is a run of 2 or 4
// digits (二〇二三, 23; 二十三年 is a duration), a month or day 1-2 digits or 一…三十一.

int arabic_digit(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);  // full width
  return -1;
}

// Digits as years write them one by one: 二〇二三, 二零二三, 二○二三.
int chinese_digit(char32_t c) {
  if (c == U'零' || c == U'○') return 0;
  const size_t at = std::u32string_view(U"〇一二三四五六七八九").find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

// A match may not start inside a number: 十一月 is not 一月, 2023 not 023.
bool is_numeral(char32_t c) {
  return arabic_digit(c) >= 0 || chinese_digit(c) >= 0 ||
         std::u32string_view(U".十百千万亿两几半多余*＊").find(c) != std::u32string_view::npos;
}

struct Number {
  int value = 0;
  int digits = 0;  // length of a digit run; 0 for 十一
  size_t end = 0;
};

// A run of digits of one script; nullopt when none or too long for any date field.
std::optional<Number> read_digit_run(std::string_view text, size_t pos, int (*digit)(char32_t)) {
  Number number{0, 0, pos};
  for (Char c = char_at(text, pos); c.size; c = char_at(text, number.end)) {
    const int value = digit(c.code);
    if (value < 0) break;
    if (++number.digits > 4) return std::nullopt;
    number.value = number.value * 10 + value;
    number.end += c.size;
  }
  if (number.digits == 0) return std::nullopt;
  return number;
}

// 1-99 in Chinese: 三, 十, 十一, 二十, 三十一; 两 only in a count (前两个季度), never in a
// name (一周两月 is no February).
std::optional<Number> read_chinese_number(std::string_view text, size_t pos, bool counting) {
  auto unit_digit = [counting](char32_t c) {
    return counting && c == U'两' ? 2 : chinese_digit(c);
  };
  Number number{0, 0, pos};
  Char c = char_at(text, pos);
  int units = c.size ? unit_digit(c.code) : -1;
  if (units > 0) {
    number.end += c.size;
    c = char_at(text, number.end);
  } else {
    units = 0;
  }
  if (c.code == U'十') {
    const int tens = units == 0 ? 1 : units;
    number.end += c.size;
    c = char_at(text, number.end);
    units = c.size ? unit_digit(c.code) : -1;
    if (units > 0) {
      number.end += c.size;
    } else {
      units = 0;
    }
    number.value = tens * 10 + units;
  } else {
    if (units == 0) return std::nullopt;
    number.value = units;
  }
  return number;
}

// 1-2 Arabic digits or a Chinese number.
std::optional<Number> read_small_number(std::string_view text, size_t pos, bool counting) {
  if (auto arabic = read_digit_run(text, pos, arabic_digit))
    return arabic->digits <= 2 ? arabic : std::nullopt;
  return read_chinese_number(text, pos, counting);
}

// A month, day or quarter number.
std::optional<Number> read_field(std::string_view text, size_t pos) {
  return read_small_number(text, pos, false);
}

std::optional<Number> read_count(std::string_view text, size_t pos) {
  return read_small_number(text, pos, true);
}

int complete_two_digit_year(int two_digits, int ref_year) {
  int century = ref_year / 100 * 100;
  // JioNLP's reading: in the 2000s, a year more than ten past the reference's is
  // last century's (ref 2021: 24年 → 2024, 三三年 → 1933).
  if (century == 2000 && two_digits > ref_year % 100 + 10) century -= 100;
  return century + two_digits;
}

// ---- Readings -----------------------------------------------------------------

// What a reading requires of the text after it.
enum class Needs {
  Nothing,
  TextEnd,       // 24年, 四月十三: too ambiguous to stand inside a sentence
  WithinSuffix,  // 年 with no number only as 年内
};

struct Reading {
  DeadlineKind kind = DeadlineKind::Date;
  Date first, last;
  int month = 0;
  size_t end = 0;
  bool marks_end = false;  // 底/末
  Needs needs = Needs::Nothing;
};

enum class SuffixKind { None, Before, Within, Approximate, Since };

struct Suffix {
  SuffixKind kind = SuffixKind::None;
  size_t size = 0;
};

Suffix read_suffix(std::string_view text, size_t pos) {
  struct Entry {
    std::string_view word;
    SuffixKind kind;
  };
  static const Entry kSuffixes[] = {
      {"以前", SuffixKind::Before}, {"之前", SuffixKind::Before},      {"前", SuffixKind::Before},
      {"为止", SuffixKind::Before}, {"止", SuffixKind::Before},        {"以内", SuffixKind::Within},
      {"内", SuffixKind::Within},   {"左右", SuffixKind::Approximate}, {"起", SuffixKind::Since},
  };
  for (const Entry& entry : kSuffixes)
    if (starts_with_at(text, pos, entry.word)) return {entry.kind, entry.word.size()};
  return {};
}

struct Parsed {
  Deadline deadline;
  size_t end = 0;
  bool is_deadline_wording = false;
};

// Collects the readings that start at one position and keeps the longest valid one.
class Readings {
 public:
  explicit Readings(std::string_view text) : text_(text) {}

  void offer(Reading reading) {
    if (reading.kind == DeadlineKind::Date && !(reading.first.valid() && reading.last.valid()))
      return;
    Suffix suffix =
        reading.kind == DeadlineKind::OpenEnded ? Suffix{} : read_suffix(text_, reading.end);
    if (reading.kind == DeadlineKind::Recurring && suffix.kind != SuffixKind::Before) suffix = {};
    if (reading.needs == Needs::TextEnd && reading.end != text_.size()) return;
    if (reading.needs == Needs::WithinSuffix && suffix.kind != SuffixKind::Within) return;
    const size_t end = reading.end + suffix.size;
    if (best_ && best_->end >= end) return;

    Parsed parsed;
    parsed.end = end;
    parsed.deadline.kind =
        suffix.kind == SuffixKind::Since ? DeadlineKind::OpenEnded : reading.kind;
    parsed.deadline.first = reading.first;
    if (suffix.kind != SuffixKind::Since) parsed.deadline.last = reading.last;
    parsed.deadline.month = reading.month;
    parsed.is_deadline_wording = reading.kind == DeadlineKind::Recurring || reading.marks_end ||
                                 suffix.kind == SuffixKind::Before ||
                                 suffix.kind == SuffixKind::Within;
    best_ = std::move(parsed);
  }

  // A field is written but impossible (13月, 2月30日): nothing at this position is a date,
  // not even the valid part before it.
  void reject() { rejected_ = true; }

  std::optional<Parsed> take(size_t start) {
    if (rejected_) return std::nullopt;
    if (best_) best_->deadline.text = std::string(text_.substr(start, best_->end - start));
    return std::move(best_);
  }

 private:
  std::string_view text_;
  std::optional<Parsed> best_;
  bool rejected_ = false;
};

Reading dated(int year, int first_month, int first_day, int last_month, int last_day, size_t end) {
  Reading reading;
  reading.first = {year, first_month, first_day};
  reading.last = {year, last_month, last_day};
  reading.end = end;
  return reading;
}

Reading months(int year, int first_month, int last_month, size_t end) {
  return dated(year, first_month, 1, last_month, days_in_month(year, last_month), end);
}

// N月 and what narrows it: 11月, 9月份, 11月30日, 9月中旬, 8月初, 11月底, 十二月月底.
void read_month(std::string_view text, size_t pos, int year, Readings& readings) {
  auto month = read_field(text, pos);
  if (!month || !starts_with_at(text, month->end, "月")) return;
  const int m = month->value;
  if (m < 1 || m > 12) return readings.reject();
  size_t end = month->end + std::string_view("月").size();
  end += match_any(text, end, {"份"});
  readings.offer(months(year, m, m, end));

  if (auto day = read_field(text, end)) {
    const size_t marker = match_any(text, day->end, {"日", "号", "號"});
    Reading reading = dated(year, m, day->value, m, day->value, day->end + marker);
    if (marker > 0 && !reading.last.valid()) return readings.reject();
    // 1月3 with no 日 is a date only where nothing follows it.
    if (marker == 0) reading.needs = Needs::TextEnd;
    readings.offer(reading);
  }
  const int last_day = days_in_month(year, m);
  if (size_t size = match_any(text, end, {"上旬"}))
    readings.offer(dated(year, m, 1, m, 10, end + size));
  if (size_t size = match_any(text, end, {"中旬"}))
    readings.offer(dated(year, m, 11, m, 20, end + size));
  if (size_t size = match_any(text, end, {"下旬"}))
    readings.offer(dated(year, m, 21, m, last_day, end + size));
  if (size_t size = match_any(text, end, {"月初", "初"}))
    readings.offer(dated(year, m, 1, m, 5, end + size));
  if (size_t size = match_any(text, end, {"月底", "月末", "底", "末"})) {
    Reading reading = months(year, m, m, end + size);
    reading.marks_end = true;
    readings.offer(reading);
  }
}

// 第三季度, 三季度, 1季度, 首季度, Q3, and 三季度末.
void read_quarter(std::string_view text, size_t pos, int year, Readings& readings) {
  int quarter = 0;
  size_t end = 0;
  if (size_t first_quarter = match_any(text, pos, {"首季度"})) {
    quarter = 1;
    end = pos + first_quarter;
  } else if (size_t letter = match_any(text, pos, {"Q", "q"})) {
    const Char digit = char_at(text, pos + letter);
    quarter = arabic_digit(digit.code);
    end = pos + letter + digit.size;
    end += match_any(text, end, {"季度"});
  } else {
    const size_t ordinal = match_any(text, pos, {"第"});
    auto number = read_field(text, pos + ordinal);
    if (!number) return;
    // 第三个季度 is the third quarter; 三个季度 is nine months' time.
    end = number->end + (ordinal ? match_any(text, number->end, {"个"}) : 0);
    const size_t word = match_any(text, end, {"季度"});
    if (word == 0) return;
    quarter = number->value;
    end += word;
  }
  if (quarter < 1 || quarter > 4) return;
  Reading reading = months(year, quarter * 3 - 2, quarter * 3, end);
  if (size_t size = match_any(text, end, {"末", "底"})) {
    reading.end += size;
    reading.marks_end = true;
  }
  readings.offer(reading);
}

// Parts of a year that need the year written: 前两个季度, 前十一个月, 后三月, 首月, 第8个月.
void read_months_of_year(std::string_view text, size_t pos, int year, Readings& readings) {
  if (size_t size = match_any(text, pos, {"首月"})) {
    readings.offer(months(year, 1, 1, pos + size));
    return;
  }
  const size_t lead = match_any(text, pos, {"前", "后", "第"});
  if (lead == 0) return;
  const std::string_view which = text.substr(pos, lead);
  auto count = read_count(text, pos + lead);
  if (!count) return;
  const size_t unit_at = count->end + match_any(text, count->end, {"个"});
  const int n = count->value;
  if (size_t quarters = match_any(text, unit_at, {"季度"}); quarters && which == "前" && n <= 4) {
    readings.offer(months(year, 1, n * 3, unit_at + quarters));
  } else if (size_t month_word = match_any(text, unit_at, {"月份", "月"}); month_word && n <= 12) {
    const size_t end = unit_at + month_word;
    if (which == "前") readings.offer(months(year, 1, n, end));
    if (which == "后") readings.offer(months(year, 13 - n, 12, end));
    if (which == "第") readings.offer(months(year, n, n, end));
  }
}

// After 年: 底, 末, 初, 伊始.
void read_year_edge(std::string_view text, size_t pos, int year, Readings& readings) {
  if (size_t size = match_any(text, pos, {"底", "末"})) {
    Reading reading = months(year, 1, 12, pos + size);
    reading.marks_end = true;
    readings.offer(reading);
  }
  if (size_t size = match_any(text, pos, {"初"})) readings.offer(months(year, 1, 2, pos + size));
  if (size_t size = match_any(text, pos, {"伊始"})) readings.offer(months(year, 1, 1, pos + size));
}

// 春节 (the first day of the lunar year), from the published calendars. A year outside the
// table gives no date: better no deadline than a wrong one.
std::optional<Date> spring_festival(int year) {
  static const Date kDays[] = {
      {2010, 2, 14}, {2011, 2, 3},  {2012, 1, 23}, {2013, 2, 10}, {2014, 1, 31}, {2015, 2, 19}, {2016, 2, 8},
      {2017, 1, 28}, {2018, 2, 16}, {2019, 2, 5},  {2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1},  {2023, 1, 22},
      {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},  {2028, 1, 26}, {2029, 2, 13}, {2030, 2, 3},
  };
  for (const Date& d : kDays)
    if (d.year == year) return d;
  return std::nullopt;
}

// Before a holiday or an event of the year: 春节前, 2025年元旦前, 国庆节前, 秋季开学前. The
// deadline is the day before it. Written without a year, 元旦 is the next one (元旦前 in a
// plan of 2024 is 2024-12-31). Only with 前: 春节期间 sets no deadline.
void read_holiday(std::string_view text, size_t pos, int year, bool year_written, Readings& readings) {
  struct Holiday {
    std::string_view word;
    int month, day;  // 0: 春节, from the table
  };
  static const Holiday kHolidays[] = {
      {"春节", 0, 0},     {"元旦", 1, 1},     {"五一", 5, 1},     {"劳动节", 5, 1}, {"七一", 7, 1},
      {"建党节", 7, 1},   {"八一", 8, 1},     {"建军节", 8, 1},   {"国庆节", 10, 1}, {"国庆", 10, 1},
      {"秋季开学", 9, 1}, {"秋季学期开学", 9, 1},
  };
  for (const Holiday& h : kHolidays) {
    size_t size = match_any(text, pos, {h.word});
    if (size == 0) continue;
    size_t end = pos + size;
    if (read_suffix(text, end).kind != SuffixKind::Before) return;
    int y = year + (h.month == 1 && !year_written ? 1 : 0);
    std::optional<Date> day = h.month ? std::optional<Date>(Date{y, h.month, h.day}) : spring_festival(y);
    if (!day) return;
    Date before = day->add_days(-1);
    Reading reading;
    reading.first = reading.last = before;
    reading.end = end;
    readings.offer(reading);
    return;
  }
}

// 2024年汛期前, 2025年中考前: a year and an event whose date the words do not give. It sets
// no deadline (the year's end would be months too late), and is longer than the year alone,
// which would otherwise be read.
// The event is a noun of a season, a holiday or a meeting (汛期, 雨季, 中考, 秋收, 端午节,
// 两会, 开学), so that 2024年完成前期工作 stays a year and its words.
void read_year_event(std::string_view text, size_t pos, Readings& readings) {
  constexpr int kMostEventChars = 6;
  static const std::u32string_view kEventEnds = U"期季考收节会学汛";
  size_t at = pos;
  char32_t last = 0;
  for (int chars = 0; chars <= kMostEventChars && at < text.size(); ++chars) {
    if (chars > 0 && kEventEnds.find(last) != std::u32string_view::npos &&
        read_suffix(text, at).kind == SuffixKind::Before) {
      Reading reading;
      reading.kind = DeadlineKind::OpenEnded;
      reading.end = at + read_suffix(text, at).size;
      readings.offer(reading);
      return;
    }
    const Char c = char_at(text, at);
    if (c.code < 0x4E00 || c.code > 0x9FFF || chinese_digit(c.code) >= 0) return;  // words only
    last = c.code;
    at += c.size;
  }
}

// Periods that stand with or without a written year: 上半年, 三季度, 11月底.
void read_period(std::string_view text, size_t pos, int year, Readings& readings) {
  if (size_t size = match_any(text, pos, {"上半年"}))
    readings.offer(months(year, 1, 6, pos + size));
  if (size_t size = match_any(text, pos, {"下半年"}))
    readings.offer(months(year, 7, 12, pos + size));
  read_quarter(text, pos, year, readings);
  read_month(text, pos, year, readings);
}

// 2023年, 二〇二三年, 23年, 2023年度, 明年: the year and where its word ends.
struct WrittenYear {
  int year = 0;
  bool two_digits = false;
  size_t end = 0;
};

// 今年, 明年, 上年度: years named relative to the reference year.
std::optional<WrittenYear> read_relative_year(std::string_view text, size_t pos, int ref_year) {
  struct Entry {
    std::string_view word;
    int offset;
  };
  static const Entry kRelativeYears[] = {
      {"今年", 0},  {"本年度", 0},  {"本年", 0},  {"明年", 1},
      {"去年", -1}, {"上年度", -1}, {"上年", -1},
  };
  for (const Entry& entry : kRelativeYears)
    if (starts_with_at(text, pos, entry.word))
      return WrittenYear{ref_year + entry.offset, false, pos + entry.word.size()};
  return std::nullopt;
}

// A 年 after these is some other year (前年底, 次年内, 往年, 每年) or years (近年, 多年):
// 年底 and 年内 mean the reference year only without them.
bool names_other_year(char32_t before) {
  static const std::u32string_view kOtherYear = U"去前后明次来上下往同近新历逐多周常成每翌隔";
  return kOtherYear.find(before) != std::u32string_view::npos;
}

std::optional<WrittenYear> read_year(std::string_view text, size_t pos, int ref_year) {
  auto digits = read_digit_run(text, pos, arabic_digit);
  if (!digits) digits = read_digit_run(text, pos, chinese_digit);
  if (!digits) return read_relative_year(text, pos, ref_year);
  if (digits->digits != 4 && digits->digits != 2) return std::nullopt;
  const size_t word = match_any(text, digits->end, {"年度", "年"});
  if (word == 0) return std::nullopt;
  const bool two_digits = digits->digits == 2;
  const int year = two_digits ? complete_two_digit_year(digits->value, ref_year) : digits->value;
  return WrittenYear{year, two_digits, digits->end + word};
}

void read_dated(std::string_view text, size_t pos, int ref_year, Readings& readings) {
  if (auto date = Date::parse_iso(text.substr(pos, 10))) {
    // Part of a longer run of digits is no ISO date.
    if (arabic_digit(char_at(text, pos + 10).code) < 0)
      readings.offer(dated(date->year, date->month, date->day, date->month, date->day, pos + 10));
  }
  if (auto year = read_year(text, pos, ref_year)) {
    Reading whole = months(year->year, 1, 12, year->end);
    // 24年前 is "24 years ago" far more often than "before 2024".
    if (year->two_digits) whole.needs = Needs::TextEnd;
    readings.offer(whole);
    read_year_edge(text, year->end, year->year, readings);
    // 2024年年底前, 2024年年内: the year, then 年底/年内 said of it.
    if (size_t again = match_any(text, year->end, {"年"})) {
      Reading within = months(year->year, 1, 12, year->end + again);
      within.needs = Needs::WithinSuffix;
      readings.offer(within);
      read_year_edge(text, year->end + again, year->year, readings);
    }
    read_months_of_year(text, year->end, year->year, readings);
    read_period(text, year->end, year->year, readings);
    read_holiday(text, year->end, year->year, /*year_written=*/true, readings);
    read_year_event(text, year->end, readings);
  }
  if (size_t size = match_any(text, pos, {"年"});
      size && !names_other_year(char_before(text, pos).code)) {
    Reading within = months(ref_year, 1, 12, pos + size);
    within.needs = Needs::WithinSuffix;
    readings.offer(within);
    read_year_edge(text, pos + size, ref_year, readings);
  }
  read_period(text, pos, ref_year, readings);
  read_holiday(text, pos, ref_year, /*year_written=*/false, readings);
}

// 每年9月, 每年9月底前, 每年年底.
void read_recurring(std::string_view text, size_t pos, Readings& readings) {
  const size_t prefix = match_any(text, pos, {"每年"});
  if (prefix == 0) return;
  Reading reading;
  reading.kind = DeadlineKind::Recurring;
  if (size_t size = match_any(text, pos + prefix, {"年底", "年末", "底", "末"})) {
    reading.month = 12;
    reading.end = pos + prefix + size;
  } else {
    auto month = read_field(text, pos + prefix);
    if (!month || month->value < 1 || month->value > 12 || !starts_with_at(text, month->end, "月"))
      return;
    reading.month = month->value;
    reading.end = month->end + std::string_view("月").size();
    reading.end += match_any(text, reading.end, {"份"});
    reading.end += match_any(text, reading.end, {"月底", "月末", "底", "末"});
  }
  readings.offer(reading);
}

// Wording that sets no deadline at all.
void read_open_ended(std::string_view text, size_t pos, Readings& readings) {
  const size_t size =
      match_any(text, pos,
                {"即日起", "长期坚持", "长期推进", "长期开展", "持续推进", "持续开展", "持续实施",
                 "常态化推进", "常态化开展", "常态化", "长期"});
  // 长期以来 ("for a long time now") looks back, not forward.
  if (size == 0 || starts_with_at(text, pos + size, "以来")) return;
  Reading reading;
  reading.kind = DeadlineKind::OpenEnded;
  reading.end = pos + size;
  readings.offer(reading);
}

std::optional<Parsed> read_at(std::string_view text, size_t pos, int ref_year) {
  Readings readings(text);
  read_open_ended(text, pos, readings);
  read_recurring(text, pos, readings);
  read_dated(text, pos, ref_year, readings);
  return readings.take(pos);
}

}  // namespace

// ---- Date -------------------------------------------------------------------------

bool Date::valid() const {
  return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

std::string Date::iso() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
long Date::days() const {
  const long y = static_cast<long>(year) - (month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long day_of_year = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date Date::from_days(long days) {
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long day_of_era = z - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long shifted_month = (5 * day_of_year + 2) / 153;
  Date date;
  date.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  date.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2));
  return date;
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto field = [&](size_t from, size_t size) {
    int value = 0;
    for (size_t i = from; i < from + size; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const Date date{field(0, 4), field(5, 2), field(8, 2)};
  if (!date.valid()) return std::nullopt;
  return date;
}

Date Date::end_of_month(int year, int month) { return {year, month, days_in_month(year, month)}; }

// ---- Deadlines -------------------------------------------------------------------

namespace {

// A PDF's text layer often sets a figure apart from the words beside it by a space: 2024 年 6 月
// 底前, 2024 年 12 月 31 日前. A run of one or two spaces between a figure and 年/月/日/号, or after
// 年/月 before a figure, is no part of the date. `from[i]` is the byte of `text` that byte i of
// the copy was; nullopt when there is no such space.
struct SqueezedDates {
  std::string text;
  std::vector<size_t> from;
};

bool ascii_digit_at(std::string_view text, size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; }

std::optional<SqueezedDates> squeeze_date_spaces(std::string_view text) {
  if (text.find(' ') == std::string_view::npos) return std::nullopt;
  SqueezedDates out;
  bool any = false;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' && i > 0) {
      size_t end = i;
      while (end < text.size() && text[end] == ' ' && end - i < 3) ++end;
      const bool run = end - i <= 2 && !(end < text.size() && text[end] == ' ');
      const bool digit_before = ascii_digit_at(text, i - 1);
      const std::string_view after = text.substr(end);
      const bool word_after = after.substr(0, 3) == "年" || after.substr(0, 3) == "月" || after.substr(0, 3) == "日" ||
                              after.substr(0, 3) == "号";
      const std::string_view before = text.substr(0, i);
      const bool word_before = before.size() >= 3 && (before.substr(before.size() - 3) == "年" || before.substr(before.size() - 3) == "月");
      if (run && ((digit_before && word_after) || (word_before && ascii_digit_at(text, end)))) {
        any = true;
        i = end;
        continue;
      }
    }
    out.text += text[i];
    out.from.push_back(i);
    ++i;
  }
  if (!any) return std::nullopt;
  out.from.push_back(text.size());
  return out;
}

}  // namespace

Deadline read_deadline(std::string_view text, int ref_year) {
  while (!text.empty() && is_space(char_at(text, 0).code))
    text.remove_prefix(char_at(text, 0).size);
  while (!text.empty()) {
    const Char last = char_before(text, text.size());
    if (!is_space(last.code)) break;
    text.remove_suffix(last.size);
  }
  // 2024 年 6 月底前 as a PDF sets it: read without the spaces beside its figures.
  std::optional<SqueezedDates> squeezed = squeeze_date_spaces(text);
  if (squeezed) text = squeezed->text;
  auto parsed = read_at(text, 0, ref_year);
  if (!parsed || parsed->end != text.size()) {
    Deadline none;
    none.text = std::string(text);
    return none;
  }
  return std::move(parsed->deadline);
}

bool names_year(std::string_view wording) {
  for (std::string_view relative : {"今年", "明年", "本年", "去年", "上年", "次年"})
    if (wording.find(relative) != std::string_view::npos) return true;
  for (size_t at = wording.find("年"); at != std::string_view::npos; at = wording.find("年", at + 1)) {
    size_t figure_end = at;  // 2024 年, as a PDF sets it
    while (figure_end > 0 && wording[figure_end - 1] == ' ' && at - figure_end < 2) --figure_end;
    const char32_t before = char_before(wording, figure_end).code;
    if (arabic_digit(before) >= 0 || chinese_digit(before) >= 0) return true;
  }
  // A date in figures (2024-06-30, 2024.6) writes its year first.
  for (size_t at = 0; at < wording.size(); ++at)
    if (read_figure_date(wording, at)) return true;
  return false;
}

std::optional<FigureDate> read_figure_date(std::string_view text, size_t at) {
  auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  auto separator = [&](size_t i) -> size_t {  // its length in bytes, 0 for none
    if (i >= text.size()) return 0;
    if (text[i] == '.' || text[i] == '/' || text[i] == '-') return 1;
    for (std::string_view wide : {"．", "／", "－"})
      if (text.substr(i, wide.size()) == wide) return wide.size();
    return 0;
  };
  auto number = [&](size_t& i, int most_digits) {  // -1 when none, or when more digits follow
    int value = 0, n = 0;
    while (digit(i) && n < most_digits) value = value * 10 + (text[i++] - '0'), ++n;
    return n == 0 || digit(i) ? -1 : value;
  };
  if (!digit(at) || (at > 0 && digit(at - 1)) || !(text.substr(at, 2) == "19" || text.substr(at, 2) == "20"))
    return std::nullopt;
  FigureDate date;
  size_t i = at;
  date.year = number(i, 4);
  const size_t year_separator = date.year >= 1900 && i == at + 4 ? separator(i) : 0;
  if (year_separator == 0) return std::nullopt;
  i += year_separator;
  date.month = number(i, 2);
  if (date.month < 1 || date.month > 12) return std::nullopt;
  date.end = i;
  if (const size_t day_separator = separator(i); day_separator != 0 && digit(i + day_separator)) {
    size_t j = i + day_separator;
    if (const int day = number(j, 2); day >= 1 && day <= 31) {
      date.day = day;
      date.end = j;
    }
  }
  return date;
}

Date next_occurrence(const Deadline& deadline, const Date& from) {
  if (deadline.kind == DeadlineKind::Date) return deadline.last;
  if (deadline.kind != DeadlineKind::Recurring || deadline.month < 1 || deadline.month > 12)
    return {};
  const Date this_year = Date::end_of_month(from.year, deadline.month);
  return this_year >= from ? this_year : Date::end_of_month(from.year + 1, deadline.month);
}

namespace {

// Whether a reading can start at `c` followed by `next`, reader by reader in read_at: digits
// of both scripts and 十 (years, months, days, quarters: read_year, read_field; ISO dates),
// and the first two characters of the words the readers match (即日起 长期 持续 常态化; 每年;
// 今年 本年 明年 去年 上年; 年内 年底 年末 年初 年伊始; 上半年 下半年; 首季度 首月 Q1 第三季度;
// 春节 元旦 劳动节 建党节 建军节 国庆 秋季开学; 五一 七一 八一 start with digits). Elsewhere
// read_at is not tried: most of a report is no date, and trying every position was most of
// what describing a text's figures cost. Checked equal to trying every position on the
// corpus, the seeds, the JioNLP cases and 200,000 random strings of date characters.
#ifndef PLANCHECK_DATES_TRY_EVERY_POSITION  // the equivalence check builds without it
// The ideographs (U+4E00–U+9FFF) may_start_reading accepts in either switch below, as a
// bitmap: the scan passes every other ideograph, nearly all of a text, on one lookup. A
// case added to a switch must be added here too (else it is never reached).
class IdeographSet {
 public:
  constexpr explicit IdeographSet(std::u32string_view members) {
    for (char32_t c : members) bits_[(c - kFirst) / 64] |= uint64_t{1} << ((c - kFirst) % 64);
  }
  // Whether `c` is outside the ideographs, or one of the members.
  constexpr bool may_be(char32_t c) const {
    return c < kFirst || c > kLast || (bits_[(c - kFirst) / 64] >> ((c - kFirst) % 64) & 1);
  }

 private:
  static constexpr char32_t kFirst = 0x4E00, kLast = 0x9FFF;
  uint64_t bits_[(kLast - kFirst) / 64 + 1] = {};
};
constexpr IdeographSet kDateStarts{U"零一二三四五六七八九十即长持常每今本明去上下年首第春元劳建国秋"};

bool may_start_reading(std::string_view text, size_t pos, Char here) {
  const char32_t c = here.code;
  if (!kDateStarts.may_be(c)) return false;
  switch (c) {  // digits of both scripts, as arabic_digit and chinese_digit read them, and 十
    case U'〇': case U'零': case U'○': case U'一': case U'二': case U'三': case U'四': case U'五': case U'六':
    case U'七': case U'八': case U'九': case U'十':
      return true;
    default:
      if (arabic_digit(c) >= 0) return true;
      if (c < 0x4E00 && c != U'Q' && c != U'q') return false;  // no word starts below the ideographs
  }
  // The character after is decoded only for the few that start a word: the default case,
  // nearly every ideograph of a text, needs none (it was most of the time this filter took).
  auto next = [&] { return char_at(text, pos + here.size).code; };
  auto next_is = [&](std::u32string_view options) { return options.find(next()) != std::u32string_view::npos; };
  switch (c) {
    case U'即': return next() == U'日';
    case U'长': return next() == U'期';
    case U'持': return next() == U'续';
    case U'常': return next() == U'态';
    case U'每': case U'今': case U'本': case U'明': case U'去': return next() == U'年';
    case U'上': return next_is(U"年半");
    case U'下': return next() == U'半';
    case U'年': return next_is(U"内以底末初伊");
    case U'首': return next_is(U"季月");
    case U'第': case U'Q': case U'q': {
      const char32_t n = next();
      return arabic_digit(n) >= 0 || chinese_digit(n) >= 0 || n == U'十' || n == U'个';
    }
    case U'春': return next() == U'节';
    case U'元': return next() == U'旦';
    case U'劳': return next() == U'动';
    case U'建': return next_is(U"党军");
    case U'国': return next() == U'庆';
    case U'秋': return next() == U'季';
    default: return false;
  }
}
#else
bool may_start_reading(std::string_view, size_t, Char) { return true; }
#endif

}  // namespace

namespace {

std::vector<DeadlineMatch> find_deadlines_in(std::string_view text, int ref_year,
                                             const std::vector<std::pair<size_t, size_t>>& skip);

}  // namespace

std::vector<DeadlineMatch> find_deadlines(std::string_view text, int ref_year) { return find_deadlines(text, ref_year, {}); }

std::vector<DeadlineMatch> find_deadlines(std::string_view text, int ref_year,
                                          const std::vector<std::pair<size_t, size_t>>& skip) {
  // Read the dates set apart by spaces on a copy without them, their places given back in `text`.
  if (skip.empty()) {
    if (std::optional<SqueezedDates> squeezed = squeeze_date_spaces(text)) {
      std::vector<DeadlineMatch> matches = find_deadlines_in(squeezed->text, ref_year, skip);
      for (DeadlineMatch& m : matches) {
        const size_t begin = squeezed->from[m.offset];
        const size_t end = m.length == 0 ? begin : squeezed->from[m.offset + m.length - 1] + 1;
        m.offset = begin;
        m.length = end - begin;
        m.deadline.text = std::string(text.substr(begin, end - begin));  // the wording as written
      }
      return matches;
    }
  }
  return find_deadlines_in(text, ref_year, skip);
}

namespace {

std::vector<DeadlineMatch> find_deadlines_in(std::string_view text, int ref_year,
                                             const std::vector<std::pair<size_t, size_t>>& skip) {
  std::vector<DeadlineMatch> matches;
  size_t pos = 0, next_skip = 0;
  while (pos < text.size()) {
    while (next_skip < skip.size() && skip[next_skip].second <= pos) ++next_skip;
    if (next_skip < skip.size() && skip[next_skip].first <= pos) {
      pos = skip[next_skip].second;
      continue;
    }
    const auto lead = static_cast<unsigned char>(text[pos]);
#ifndef PLANCHECK_DATES_TRY_EVERY_POSITION
    // An ASCII byte other than a digit or Q starts nothing: passed without decoding.
    if (lead < 0x80 && !(lead >= '0' && lead <= '9') && lead != 'Q' && lead != 'q') {
      ++pos;
      continue;
    }
#endif
    // Three-byte characters (the ideographs, most of the text) decoded here, as char_at would.
    Char here;
    if (lead >= 0xE0 && lead < 0xF0 && pos + 2 < text.size() && (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(text[pos + 2]) & 0xC0) == 0x80)
      here = {static_cast<char32_t>((lead & 0x0F) << 12 | (static_cast<unsigned char>(text[pos + 1]) & 0x3F) << 6 |
                                    (static_cast<unsigned char>(text[pos + 2]) & 0x3F)),
              3};
    else
      here = char_at(text, pos);
    if (may_start_reading(text, pos, here) && (pos == 0 || !is_numeral(char_before(text, pos).code))) {
      if (auto parsed = read_at(text, pos, ref_year)) {
        matches.push_back(
            {std::move(parsed->deadline), pos, parsed->end - pos, parsed->is_deadline_wording});
        pos = parsed->end;
        continue;
      }
    }
    pos += here.size;
  }
  return matches;
}

}  // namespace

}  // namespace plancheck
