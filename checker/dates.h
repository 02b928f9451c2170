// Dates and deadlines as Chinese plans write them: 2023年11月底前, 年底前, 三季度末,
// 9月中旬, 每年9月, 二〇二三年十一月底前, and open-ended wording (持续推进) with no deadline.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plancheck {

struct Date {
  int year = 0, month = 0, day = 0;

  bool valid() const;
  std::string iso() const;                 // 2023-11-30
  long days() const;                       // days since 1970-01-01 (proleptic Gregorian)
  static Date from_days(long days);
  static std::optional<Date> parse_iso(std::string_view text);  // YYYY-MM-DD only
  static Date end_of_month(int year, int month);
  Date add_days(long n) const { return from_days(days() + n); }
  friend bool operator==(const Date& a, const Date& b) { return a.days() == b.days(); }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) { return a.days() < b.days(); }
  friend bool operator<=(const Date& a, const Date& b) { return a.days() <= b.days(); }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator>=(const Date& a, const Date& b) { return b <= a; }
};

// Days from a to b (positive when b is later).
inline long days_between(const Date& a, const Date& b) { return b.days() - a.days(); }

enum class DeadlineKind {
  None,       // no date wording at all
  Date,       // a dated deadline; `last` is the last day it allows (inclusive)
  Recurring,  // 每年9月: due at the end of `month` every year
  OpenEnded,  // 即日起, 长期坚持, 持续推进: wording that sets no deadline
};

struct Deadline {
  DeadlineKind kind = DeadlineKind::None;
  Date first;        // first day of the period the wording names (2023年11月 → 2023-11-01)
  Date last;         // last day: the deadline (2023年11月底前 → 2023-11-30)
  int month = 0;     // Recurring: the month (每年9月 → 9)
  std::string text;  // the wording as written
};
// 底/末 (11月底, 三季度末) name the end of a period: `last` is its last day and `first`
// stays its first day. 上旬/中旬/下旬 are days 1-10/11-20/21-end, 月初 days 1-5,
// 年初 January-February (JioNLP's conventions). A written date followed by 起
// (2023年6月起) is OpenEnded with `first` set. Recurring deadlines leave first/last unset.
// Two-digit years follow JioNLP: the reference's century, except that in the 2000s a
// year more than ten past the reference's is last century's (ref 2021: 24年 → 2024,
// 三三年 → 1933); a bare two-digit year (24年) only stands as the whole text.
// X前 is the end of X (2025年前 → 2025-12-31). Before a holiday is the day before it
// (2025年春节前 → 2025-01-28, 国庆节前, 元旦前: the next one); before an event whose date
// the words do not give (2024年汛期前, 中考前) is OpenEnded, not the year's end. 今年/本年度, 明年, 去年/上年度 count from
// the reference year.

// Whether date wording names its year: 2024年, 二〇二四年, 24年, 今年, 明年, 本年度 — not 年底 or
// 6月 alone, whose year the reader supplies.
bool names_year(std::string_view wording);

// A date written in figures at byte `at` of `text`, as tables and forms write limits:
// 2023.12, 2023.6.30, 2023/12/31, 2023-12 (full-width ．／－ too). The year is four digits
// from 1900 to 2099, not part of a longer number; the month 1–12; the day 1–31 when one
// follows (day 0: none). `end` is the byte after the last field read.
struct FigureDate {
  int year = 0, month = 0, day = 0;
  size_t end = 0;
};
std::optional<FigureDate> read_figure_date(std::string_view text, size_t at);

// Reads a deadline that is the whole of `text` (an ISO date, or Chinese wording).
// `ref_year` is the year for wording that names none (the plan's issue year).
// Unreadable text gives kind None.
Deadline read_deadline(std::string_view text, int ref_year);

// The first occurrence of a recurring deadline on or after `from`:
// 每年9月 from 2023-10-01 → 2024-09-30. A dated deadline gives its `last`; other
// kinds give an invalid Date.
Date next_occurrence(const Deadline& recurring, const Date& from);

// Every deadline expression in running text (a plan task's paragraph), in order,
// with byte offsets. Open-ended wording is included with kind OpenEnded.
// `deadline.text` is the matched wording.
struct DeadlineMatch {
  Deadline deadline;
  size_t offset = 0, length = 0;
  // The wording sets a limit rather than naming a date: it ends in 前/以前/之前/止/
  // 内/底/末 (2023年11月底前, 年内, 三季度末) or is recurring (每年9月). A plain date
  // (2021年以来 reads as 2021年) may only be a reference to the past; importers prefer these.
  bool is_deadline_wording = false;
};
std::vector<DeadlineMatch> find_deadlines(std::string_view text, int ref_year);

// The same, starting no reading inside the byte ranges `skip` ([begin, end), sorted): the
// figures of a text, which are never dates, when only the dates around them are wanted.
std::vector<DeadlineMatch> find_deadlines(std::string_view text, int ref_year,
                                          const std::vector<std::pair<size_t, size_t>>& skip);

}  // namespace plancheck
