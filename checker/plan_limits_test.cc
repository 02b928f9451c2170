// plan_limits: a task's time limit written as no single date.
#include "plan_limits.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("plan_limits: a limit that goes on or runs through the year names no date", "[import][limits]") {
  for (const char* value : {"全年", "全年度", "贯穿全年", "长期坚持", "持续推进", "常态化开展", "即日起", "长期坚持。", "立行立改",
                            "立行立改并长期坚持"})
    CHECK(open_ended_limit(value));
  // Near misses: a year, a date, a frequency, and words that only mention the year.
  for (const char* value : {"2024年全年", "2024年12月底前", "年底前", "每年年底前", "全年完成新增城镇就业5000人以上的目标任务", "",
                            "立即组织开展全面排查，对发现的问题建立台账逐项整改销号"})
    CHECK_FALSE(open_ended_limit(value));
}

TEST_CASE("plan_limits: a bracket of time alone closing a task is its time column", "[import][limits]") {
  CHECK(closing_time_bracket("推进改造。（县住建局牵头，各乡镇配合）（2023—2025年）") == "2023—2025年");
  CHECK(closing_time_bracket("开展普查。（2024年6月底）") == "2024年6月底");
  CHECK(closing_time_bracket("开展普查。（2024年6月底）。\n") == "2024年6月底");
  CHECK(closing_time_bracket("开展普查。\n（2024年3月—11月底）") == "2024年3月—11月底");
  // Near misses: a period after words names what the words name (a plan's span), a bracket of
  // units is no time, and a bracket with a time among other words is a unit clause.
  CHECK(closing_time_bracket("制定城市更新三年行动计划（2023—2025年）") == "");
  CHECK(closing_time_bracket("推进改造。（县住建局负责）") == "");
  CHECK(closing_time_bracket("推进改造。（县住建局负责，2024年底前）") == "");
  CHECK(closing_time_bracket("推进改造。（2024年完成三个片区）") == "");
}

TEST_CASE("plan_limits: a span of years is read as a period, the last bracket piece is found", "[import][limits]") {
  CHECK(span_of_years_as_period("2023—2025年") == "2023年—2025年");
  CHECK(span_of_years_as_period("2023-2025年") == "2023年-2025年");
  CHECK(span_of_years_as_period("2024年6月底") == "2024年6月底");
  CHECK(span_of_years_as_period("2023—25") == "2023—25");
  CHECK(closing_bracket_last_piece("巡查。（县城管局负责，全年）") == "全年");
  CHECK(closing_bracket_last_piece("巡查。（县城管局负责）") == "县城管局负责");
  CHECK(closing_bracket_last_piece("巡查到位。") == "");
}

TEST_CASE("plan_limits: a limit due again within the year is no single deadline", "[import][limits]") {
  for (const char* value : {"每季度末", "每月底前", "每半年", "每个季度最后一个月"})
    CHECK(recurs_within_year(value));
  // Near misses: a yearly limit (a deadline of its own kind), a date, words about a frequency.
  for (const char* value : {"每年年底前", "2024年6月底前", "全年", "每季度开展一次联合检查并通报检查结果"})
    CHECK_FALSE(recurs_within_year(value));
}
