// A task's time limit where it is written as no single date: wording that sets none (长期坚持,
// 持续推进, 全年, 常态化开展) and a bracket of time alone closing the task (…配合）（2023—2025年）).
// import-plan reads the dates themselves with dates.h; these say where the limit stands and
// whether it names a date at all.
#pragma once
#include <string>
#include <string_view>

namespace plancheck {

// The limit wording `value` (a 完成时限 label's value or cell, the last piece of a unit clause)
// sets no date: the work goes on (长期坚持, 持续推进, 常态化开展, 即日起) or runs through the year
// (全年, 全年度, 贯穿全年, 常年), or is to be done at once (立行立改, 即知即改). A year before it
// (2024年全年) names a date: false.
bool open_ended_limit(std::string_view value);

// The limit wording `value` recurs within the year (每季度末, 每月底前, 每半年), which a plan's
// yearly deadline cannot say: no single deadline.
bool recurs_within_year(std::string_view value);

// A bracket holding only a time that closes a task's paragraph, right after a full stop or
// another bracket (its unit clause): …各乡镇配合）（2023—2025年）, 开展普查。（2024年6月底）. That is
// the task's time column set in brackets: its limit, as a 完成时限 cell is. Returns the bracket's
// content as written, "" when the paragraph does not end so. A bracket after words
// (制定三年行动计划（2023—2025年）。) names what the words name, not the task's time.
std::string closing_time_bracket(std::string_view text);

// The content of a span of years as the date reader reads a period: 2023—2025年 →
// 2023年—2025年 (the first year's 年 is left out when both are written). Other text as it is.
std::string span_of_years_as_period(std::string_view content);

// The last piece (after its last ，；) of a bracket closing the paragraph, however it opens:
// （县城管局负责，全年） → 全年. "" when the paragraph does not end in a bracket.
std::string closing_bracket_last_piece(std::string_view text);

}  // namespace plancheck
