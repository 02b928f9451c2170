#include "dates.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

using plancheck::Date;
using plancheck::Deadline;
using plancheck::DeadlineKind;
using plancheck::DeadlineMatch;
using plancheck::find_deadlines;
using plancheck::next_occurrence;
using plancheck::read_deadline;

namespace {

Date iso(const char* text) {
  auto date = Date::parse_iso(text);
  REQUIRE(date);
  return *date;
}

std::string kind_name(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::None:
      return "None";
    case DeadlineKind::Date:
      return "Date";
    case DeadlineKind::Recurring:
      return "Recurring";
    case DeadlineKind::OpenEnded:
      return "OpenEnded";
  }
  return "?";
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The one seed file whose name starts with `prefix` (fixtures/seeds/004_e2df….txt).
std::string read_seed(const std::string& prefix) {
  const auto dir = std::filesystem::path(PLANCHECK_SOURCE_DIR) / "fixtures" / "seeds";
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return read_file(entry.path());
  FAIL("no seed " << prefix);
  return {};
}

// The line of `text` that contains `needle`.
std::string line_with(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  const size_t begin = text.rfind('\n', at) + 1;  // npos + 1 == 0 on the first line
  const size_t end = text.find('\n', at);
  return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

}  // namespace

// ---- Date arithmetic ------------------------------------------------------------

TEST_CASE("days since the epoch, proleptic Gregorian", "[dates]") {
  struct Case {
    const char* date;
    long days;
  };
  const Case cases[] = {
      {"1970-01-01", 0},     {"1969-12-31", -1},      {"2000-01-01", 10957},
      {"2000-03-01", 11017}, {"1900-03-01", -25508},  {"1600-02-29", -135081},
      {"2023-11-30", 19691}, {"0001-01-01", -719162}, {"9999-12-31", 2932896},
  };
  for (const Case& c : cases) {
    INFO(c.date);
    CHECK(iso(c.date).days() == c.days);
    CHECK(Date::from_days(c.days) == iso(c.date));
    CHECK(Date::from_days(c.days).iso() == c.date);
  }
}

TEST_CASE("from_days and days round-trip, one day at a time", "[dates]") {
  Date previous = Date::from_days(-719163);
  for (long days = -719162; days <= 2932896; days += 1) {
    const Date date = Date::from_days(days);
    if (!date.valid() || date.days() != days || days_between(previous, date) != 1) {
      FAIL("day " << days << " reads as " << date.iso());
    }
    previous = date;
  }
  CHECK(previous.iso() == "9999-12-31");
}

TEST_CASE("end_of_month knows leap years", "[dates]") {
  struct Case {
    int year, month;
    const char* last;
  };
  const Case cases[] = {
      {2024, 2, "2024-02-29"}, {2023, 2, "2023-02-28"}, {2000, 2, "2000-02-29"},
      {1900, 2, "1900-02-28"}, {2100, 2, "2100-02-28"}, {2023, 1, "2023-01-31"},
      {2023, 4, "2023-04-30"}, {2023, 9, "2023-09-30"}, {2023, 12, "2023-12-31"},
  };
  for (const Case& c : cases) {
    INFO(c.year << "-" << c.month);
    CHECK(Date::end_of_month(c.year, c.month).iso() == c.last);
  }
  CHECK_FALSE(Date::end_of_month(2023, 13).valid());
  CHECK_FALSE(Date::end_of_month(2023, 0).valid());
}

TEST_CASE("parse_iso is strict YYYY-MM-DD with a real date", "[dates]") {
  const char* good[] = {"2023-11-30", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"};
  for (const char* text : good) {
    INFO(text);
    auto date = Date::parse_iso(text);
    REQUIRE(date);
    CHECK(date->iso() == text);
  }
  const char* bad[] = {
      "",           "2023-11-3",      "2023-1-30",      "23-11-30",   "2023/11/30",
      "20231130",   " 2023-11-30",    "2023-11-30 ",    "2023-02-29", "1900-02-29",
      "2023-13-01", "2023-00-10",     "2023-04-31",     "2023-11-00", "0000-01-01",
      "2023-11-3a", "２０２３-11-30", "2023年11月30日",
  };
  for (const char* text : bad) {
    INFO(text);
    CHECK_FALSE(Date::parse_iso(text));
  }
}

TEST_CASE("valid, comparisons, add_days and days_between", "[dates]") {
  CHECK(Date{2024, 2, 29}.valid());
  CHECK_FALSE(Date{2023, 2, 29}.valid());
  CHECK_FALSE(Date{}.valid());
  CHECK_FALSE(Date{0, 1, 1}.valid());
  CHECK_FALSE(Date{10000, 1, 1}.valid());
  CHECK(iso("2023-12-31").add_days(1).iso() == "2024-01-01");
  CHECK(iso("2024-02-28").add_days(1).iso() == "2024-02-29");
  CHECK(iso("2023-03-01").add_days(-1).iso() == "2023-02-28");
  CHECK(days_between(iso("2023-11-20"), iso("2023-11-30")) == 10);
  CHECK(days_between(iso("2023-11-30"), iso("2023-11-20")) == -10);
  CHECK(days_between(iso("2023-01-01"), iso("2024-01-01")) == 365);
  CHECK(days_between(iso("2024-01-01"), iso("2025-01-01")) == 366);
  CHECK(iso("2023-11-30") < iso("2023-12-01"));
  CHECK(iso("2023-11-30") >= iso("2023-11-30"));
  CHECK(iso("2023-11-30") != iso("2023-11-29"));
}

// ---- read_deadline --------------------------------------------------------------

TEST_CASE("read_deadline reads every form the formats page lists, and more", "[dates]") {
  struct Case {
    const char* text;
    int ref_year;
    const char* first;
    const char* last;
  };
  const Case cases[] = {
      // formats.md, "Chinese wording that the libraries must read"
      {"2023年11月底前", 2023, "2023-11-01", "2023-11-30"},
      {"11月底前", 2023, "2023-11-01", "2023-11-30"},
      {"2023年11月30日前", 2023, "2023-11-30", "2023-11-30"},
      {"2023年11月", 2022, "2023-11-01", "2023-11-30"},
      {"年底前", 2023, "2023-01-01", "2023-12-31"},
      {"年内", 2023, "2023-01-01", "2023-12-31"},
      {"上半年", 2023, "2023-01-01", "2023-06-30"},
      {"下半年", 2023, "2023-07-01", "2023-12-31"},
      {"第三季度", 2023, "2023-07-01", "2023-09-30"},
      {"三季度末", 2023, "2023-07-01", "2023-09-30"},
      {"9月中旬", 2023, "2023-09-11", "2023-09-20"},
      {"二〇二三年十一月底前", 2020, "2023-11-01", "2023-11-30"},
      // more of the same families
      {"2023-11-30", 2020, "2023-11-30", "2023-11-30"},
      {"三季度", 2023, "2023-07-01", "2023-09-30"},
      {"一季度", 2024, "2024-01-01", "2024-03-31"},
      {"第四季度", 2023, "2023-10-01", "2023-12-31"},
      {"首季度", 2023, "2023-01-01", "2023-03-31"},
      {"Q2", 2023, "2023-04-01", "2023-06-30"},
      {"9月上旬", 2023, "2023-09-01", "2023-09-10"},
      {"9月下旬", 2023, "2023-09-21", "2023-09-30"},
      {"2月下旬", 2024, "2024-02-21", "2024-02-29"},
      {"9月底", 2023, "2023-09-01", "2023-09-30"},
      {"9月末", 2023, "2023-09-01", "2023-09-30"},
      {"十二月月底", 2023, "2023-12-01", "2023-12-31"},
      {"8月初", 2023, "2023-08-01", "2023-08-05"},
      {"9月份", 2023, "2023-09-01", "2023-09-30"},
      {"二零二三年", 2020, "2023-01-01", "2023-12-31"},
      {"二○二三年十二月三十一日", 2020, "2023-12-31", "2023-12-31"},
      {"2023年度", 2020, "2023-01-01", "2023-12-31"},
      {"2023年底前", 2020, "2023-01-01", "2023-12-31"},
      {"2023年末", 2020, "2023-01-01", "2023-12-31"},
      {"2023年前", 2020, "2023-01-01", "2023-12-31"},
      {"2024年内", 2020, "2024-01-01", "2024-12-31"},
      // The year, then 年底/年内 said of it again.
      {"2024年年底前", 2020, "2024-01-01", "2024-12-31"},
      {"2024年年内", 2020, "2024-01-01", "2024-12-31"},
      {"二〇二四年年末", 2020, "2024-01-01", "2024-12-31"},
      {"2023年上半年", 2020, "2023-01-01", "2023-06-30"},
      {"2023年三季度末", 2020, "2023-07-01", "2023-09-30"},
      {"2023年前三季度", 2020, "2023-01-01", "2023-09-30"},
      {"2023年前十一个月", 2020, "2023-01-01", "2023-11-30"},
      {"2023年初", 2020, "2023-01-01", "2023-02-28"},
      {"12月30号", 2023, "2023-12-30", "2023-12-30"},
      {"2023年11月30日以前", 2020, "2023-11-30", "2023-11-30"},
      {"2023年11月30日之前", 2020, "2023-11-30", "2023-11-30"},
      {"2023年11月30日止", 2020, "2023-11-30", "2023-11-30"},
      {"2023年11月底为止", 2020, "2023-11-01", "2023-11-30"},
      {"２０２３年１１月底前", 2020, "2023-11-01", "2023-11-30"},
      {"2024年2月底", 2023, "2024-02-01", "2024-02-29"},
      {"2023年2月底", 2023, "2023-02-01", "2023-02-28"},
      {"2024年2月29日", 2023, "2024-02-29", "2024-02-29"},
      {"  2023年11月底前\u3000", 2023, "2023-11-01", "2023-11-30"},
      {" 2023-11-30\n", 2023, "2023-11-30", "2023-11-30"},
      // two-digit years, as JioNLP completes them
      {"24年", 2021, "2024-01-01", "2024-12-31"},
      {"三三年", 2021, "1933-01-01", "1933-12-31"},
      {"九七年", 1999, "1997-01-01", "1997-12-31"},
      {"03年2月28日", 2021, "2003-02-28", "2003-02-28"},
      {"23年11月底前", 2023, "2023-11-01", "2023-11-30"},
      {"98年4月", 1997, "1998-04-01", "1998-04-30"},
      // years named relative to the reference
      {"今年内", 2023, "2023-01-01", "2023-12-31"},
      {"本年度", 2023, "2023-01-01", "2023-12-31"},
      {"明年底前", 2023, "2024-01-01", "2024-12-31"},
      {"去年三季度", 2023, "2022-07-01", "2022-09-30"},
      {"上年度", 2023, "2022-01-01", "2022-12-31"},
  };
  for (const Case& c : cases) {
    INFO(c.text << " (ref " << c.ref_year << ")");
    const Deadline deadline = read_deadline(c.text, c.ref_year);
    CHECK(kind_name(deadline.kind) == "Date");
    CHECK(deadline.first.iso() == c.first);
    CHECK(deadline.last.iso() == c.last);
  }
}

TEST_CASE("read_deadline: recurring and open-ended wording", "[dates]") {
  struct Case {
    const char* text;
    DeadlineKind kind;
    int month;
  };
  const Case cases[] = {
      {"每年9月", DeadlineKind::Recurring, 9},   {"每年九月", DeadlineKind::Recurring, 9},
      {"每年9月份", DeadlineKind::Recurring, 9}, {"每年11月底前", DeadlineKind::Recurring, 11},
      {"每年年底", DeadlineKind::Recurring, 12}, {"即日起", DeadlineKind::OpenEnded, 0},
      {"长期坚持", DeadlineKind::OpenEnded, 0},  {"持续推进", DeadlineKind::OpenEnded, 0},
      {"长期", DeadlineKind::OpenEnded, 0},      {"常态化推进", DeadlineKind::OpenEnded, 0},
      {"常态化", DeadlineKind::OpenEnded, 0},    {"持续开展", DeadlineKind::OpenEnded, 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Deadline deadline = read_deadline(c.text, 2023);
    CHECK(kind_name(deadline.kind) == kind_name(c.kind));
    CHECK(deadline.month == c.month);
    CHECK(deadline.text == c.text);
  }
  // A date with 起 sets a start, not a deadline.
  const Deadline since = read_deadline("2023年6月起", 2023);
  CHECK(kind_name(since.kind) == "OpenEnded");
  CHECK(since.first.iso() == "2023-06-01");
  CHECK_FALSE(since.last.valid());
}

TEST_CASE("read_deadline: before a holiday is the day before it; before an undated event, no deadline", "[dates]") {
  CHECK(read_deadline("2025年春节前", 2024).last.iso() == "2025-01-28");
  CHECK(read_deadline("春节前", 2024).last.iso() == "2024-02-09");
  CHECK(read_deadline("2025年元旦前", 2024).last.iso() == "2024-12-31");
  CHECK(read_deadline("元旦前", 2024).last.iso() == "2024-12-31");  // the next 元旦
  CHECK(read_deadline("国庆节前", 2024).last.iso() == "2024-09-30");
  CHECK(read_deadline("2024年秋季开学前", 2024).last.iso() == "2024-08-31");
  // 汛期 and 中考 fall on dates the words do not give: not the year's end.
  for (const char* text : {"2024年汛期前", "2025年中考前", "2024年端午节前"}) {
    INFO(text);
    CHECK(kind_name(read_deadline(text, 2024).kind) == "OpenEnded");
  }
  CHECK(kind_name(read_deadline("2031年春节前", 2030).kind) == "OpenEnded");  // beyond the table
  // A year before other words stays a year: 前期 is no event.
  auto found = find_deadlines("2024年完成前期工作", 2024);
  REQUIRE(found.size() == 1);
  CHECK(found[0].deadline.text == "2024年");
  CHECK(kind_name(read_deadline("春节期间", 2024).kind) == "None");
}

TEST_CASE("read_deadline: near misses and garbage read as None", "[dates]") {
  const char* cases[] = {
      "",
      "   ",
      "13月",
      "0月",
      "2023年13月",
      "2023年2月30日",
      "2023年2月29日",
      "2100年2月29日",
      "9月31日",
      "12月32日",
      "0年",
      "3年",
      "0000年",
      "3年内",
      "一年内",
      "24年前",
      "五季度",
      "第0季度",
      "Q5",
      "2023-02-29",
      "2023-11-30x",
      "月底",
      "年",
      "每年",
      "每年13月",
      "明天",
      "尽快",
      "2023年11月底前完成",
      "11月底前后",
      "abc",
      "\xff\xfe",
      "2023\xe5",
      "年年年",
      "长期以来",
      "二〇二三",
      "前年底",
      "次年内",
      "三个季度",
      "2023年11月31日",
      "二〇二三年十三月",
  };
  for (const char* text : cases) {
    INFO("[" << text << "]");
    const Deadline deadline = read_deadline(text, 2023);
    CHECK(kind_name(deadline.kind) == "None");
  }
}

TEST_CASE("read_deadline uses the reference year only when no year is written", "[dates]") {
  CHECK(read_deadline("11月底前", 2019).last.iso() == "2019-11-30");
  CHECK(read_deadline("2月底", 2024).last.iso() == "2024-02-29");
  CHECK(read_deadline("2023年11月底前", 2019).last.iso() == "2023-11-30");
  CHECK(kind_name(read_deadline("11月底前", 0).kind) == "None");
}

// ---- next_occurrence ------------------------------------------------------------

TEST_CASE("next_occurrence: the first end of the month on or after a date", "[dates]") {
  struct Case {
    const char* wording;
    const char* from;
    const char* expected;
  };
  const Case cases[] = {
      {"每年9月", "2023-10-01", "2024-09-30"},        {"每年9月", "2023-09-30", "2023-09-30"},
      {"每年9月", "2023-09-01", "2023-09-30"},        {"每年9月", "2023-01-01", "2023-09-30"},
      {"每年2月", "2023-03-01", "2024-02-29"},        {"每年2月", "2024-02-29", "2024-02-29"},
      {"每年12月", "2023-12-31", "2023-12-31"},       {"每年1月", "2023-02-01", "2024-01-31"},
      {"2023年11月底前", "2024-05-01", "2023-11-30"},
  };
  for (const Case& c : cases) {
    INFO(c.wording << " from " << c.from);
    CHECK(next_occurrence(read_deadline(c.wording, 2023), iso(c.from)).iso() == c.expected);
  }
  CHECK_FALSE(next_occurrence(read_deadline("持续推进", 2023), iso("2023-01-01")).valid());
  CHECK_FALSE(next_occurrence(Deadline{}, iso("2023-01-01")).valid());
}

// ---- find_deadlines --------------------------------------------------------------

namespace {

struct Expected {
  const char* text;
  const char* kind;
  const char* last;  // "" when the kind has none
  bool is_deadline_wording;
};

void check_matches(const std::string& paragraph, int ref_year,
                   const std::vector<Expected>& expected) {
  const std::vector<DeadlineMatch> matches = find_deadlines(paragraph, ref_year);
  REQUIRE(matches.size() == expected.size());
  size_t search_from = 0;
  for (size_t i = 0; i < matches.size(); ++i) {
    const DeadlineMatch& match = matches[i];
    INFO(expected[i].text);
    const size_t at = paragraph.find(expected[i].text, search_from);
    CHECK(match.offset == at);
    CHECK(match.length == std::string_view(expected[i].text).size());
    CHECK(paragraph.substr(match.offset, match.length) == match.deadline.text);
    CHECK(match.deadline.text == expected[i].text);
    CHECK(kind_name(match.deadline.kind) == expected[i].kind);
    CHECK((match.deadline.last.valid() ? match.deadline.last.iso() : "") == expected[i].last);
    CHECK(match.is_deadline_wording == expected[i].is_deadline_wording);
    search_from = match.offset + match.length;
  }
}

}  // namespace

TEST_CASE("find_deadlines in seed 004's task 3 and its 保障措施", "[dates]") {
  const std::string seed = read_seed("004_");
  check_matches(line_with(seed, "3. 建设有影响力的教育实践基地"), 2023,
                {{"2023年11月底前", "Date", "2023-11-30", true}});
  check_matches(line_with(seed, "（二）强化工作保障"), 2023,
                {{"2023年11月底前", "Date", "2023-11-30", true}});
  CHECK(line_with(seed, "（二）强化工作保障").find("2023年11月底前要取得阶段性成果") !=
        std::string::npos);
}

TEST_CASE("find_deadlines in seed 003's task 4: 每年9月", "[dates]") {
  const std::string seed = read_seed("003_");
  check_matches(line_with(seed, "4.广泛开展民族团结进步宣传活动"), 2021,
                {{"每年9月", "Recurring", "", true}});
  const auto matches = find_deadlines(line_with(seed, "4.广泛开展民族团结进步宣传活动"), 2021);
  CHECK(matches.at(0).deadline.month == 9);
}

TEST_CASE("find_deadlines: running text", "[dates]") {
  struct Case {
    const char* paragraph;
    std::vector<Expected> expected;
  };
  const Case cases[] = {
      {"…体验基地。2023年11月底前打造至少1处市级…",
       {{"2023年11月底前", "Date", "2023-11-30", true}}},
      {"以每年9月的民族团结进步宣传月为载体", {{"每年9月", "Recurring", "", true}}},
      {"2021年以来，各单位持续推进创建工作，三季度末前完成验收，年内全面完成。",
       {{"2021年", "Date", "2021-12-31", false},
        {"持续推进", "OpenEnded", "", false},
        {"三季度末前", "Date", "2023-09-30", true},
        {"年内", "Date", "2023-12-31", true}}},
      {"自2020-05-26起至2020-05-29止",
       {{"2020-05-26起", "OpenEnded", "", false}, {"2020-05-29止", "Date", "2020-05-29", true}}},
      {"于二〇二三年十一月底前上报，十一月三十日前汇总",
       {{"二〇二三年十一月底前", "Date", "2023-11-30", true},
        {"十一月三十日前", "Date", "2023-11-30", true}}},
      // Numbers that are no dates: durations, counts, parts of longer numbers.
      {"连续3年内完成，近10年来，一年内，用5年时间，一周两月，培训1361期，20231年，长期以来", {}},
      {"举办123月活动", {}},
      {"用三个季度时间，力争年底前完成，较上年同期增长，往年底数不清",
       {{"年底前", "Date", "2023-12-31", true}, {"上年", "Date", "2022-12-31", false}}},
      {"计划2023年13月完成", {}},
  };
  for (const Case& c : cases) {
    INFO(c.paragraph);
    check_matches(c.paragraph, 2023, c.expected);
  }
}

TEST_CASE("find_deadlines never fails on malformed UTF-8", "[dates]") {
  const std::string bytes[] = {"\xe5\xb9",
                               "2023\xe5\xb9\xb4\xff"
                               "11月",
                               std::string("20\0"
                                           "23年",
                                           7),
                               "\xe4\xb8\x80\xe5", "年\x80\x80底前"};
  for (const std::string& text : bytes) {
    CHECK_NOTHROW(find_deadlines(text, 2023));
    CHECK_NOTHROW(read_deadline(text, 2023));
  }
  CHECK(find_deadlines("2023\xff"
                       "11月底前",
                       2023)
            .at(0)
            .deadline.text == "11月底前");
}

// ---- JioNLP's time parser test cases ------------------------------------------

namespace {

// Why a case is not read: whole categories...
const std::map<std::string, std::string> kSkippedCategories = {
    {"range", "a span between two dates (至, 到, —); a deadline reader reads one expression"},
    {"enumeration", "a list of days (9月10号，11号…), not one deadline"},
    {"week_of_month", "weeks: the reader has no week concept"},
    {"nth_weekday_of_month", "weekdays: the reader has no week concept"},
    {"week_of_year", "weeks: the reader has no week concept"},
    {"since", "X起 names a start, not an end: read as OpenEnded, checked in its own test"},
    {"day", "a bare day (30日) needs the reference month; deadlines have only a reference year"},
};

// ...and single inputs.
const std::map<std::string, std::string> kSkippedInputs = {
    {"3月8号", "run with ret_future; a deadline uses the plan's year, not the next future date"},
    {"10月8号", "run with ret_future; a deadline uses the plan's year, not the next future date"},
    {"4月前4天", "first N days of a month: a duration, not deadline wording"},
};

int reference_year(const nlohmann::json& test) {
  const auto& reference = test["reference"];
  if (!reference.is_string()) return 2000;  // wall clock; the expected value names its year
  return std::stoi(reference.get<std::string>().substr(0, 4));
}

}  // namespace

TEST_CASE("JioNLP time cases: the end of the named period is the deadline", "[dates][jionlp]") {
  const auto path =
      std::filesystem::path(PLANCHECK_SOURCE_DIR) / "tests/data/chinese-tests/jionlp-time.json";
  const nlohmann::json tests = nlohmann::json::parse(read_file(path));
  REQUIRE(tests.is_array());
  int passed = 0, skipped = 0;
  for (const auto& test : tests) {
    const std::string input = test["input"];
    const std::string category = test["category"];
    if (kSkippedCategories.count(category) || kSkippedInputs.count(input)) {
      ++skipped;
      continue;
    }
    const int ref_year = reference_year(test);
    INFO(input << " [" << category << "] ref " << ref_year);
    // JioNLP ignores the words after a date (1季度中国经营状况); a whole-text reader does
    // not, so such cases go through the running-text finder.
    const bool trailing_text = test.value("note", "").find("trailing text") != std::string::npos;
    const Deadline deadline = trailing_text ? find_deadlines(input, ref_year).at(0).deadline
                                            : read_deadline(input, ref_year);
    const std::string expected_end = test["expected_end"].get<std::string>().substr(0, 10);
    CHECK(kind_name(deadline.kind) == "Date");
    CHECK(deadline.last.iso() == expected_end);
    if (deadline.last.iso() == expected_end) ++passed;
  }
  CHECK(passed + skipped == static_cast<int>(tests.size()));
  REQUIRE(passed >= 48);
}

TEST_CASE("JioNLP since cases read as open-ended from their start", "[dates][jionlp]") {
  const auto path =
      std::filesystem::path(PLANCHECK_SOURCE_DIR) / "tests/data/chinese-tests/jionlp-time.json";
  const nlohmann::json tests = nlohmann::json::parse(read_file(path));
  int seen = 0;
  for (const auto& test : tests) {
    if (test["category"] != "since") continue;
    ++seen;
    const std::string input = test["input"];
    INFO(input);
    const Deadline deadline = read_deadline(input, reference_year(test));
    CHECK(kind_name(deadline.kind) == "OpenEnded");
    CHECK(deadline.first.iso() == test["expected_start"].get<std::string>().substr(0, 10));
  }
  REQUIRE(seen >= 1);
}

TEST_CASE("random wording: no crash, matches in bounds and in order, dates valid", "[dates]") {
  const std::vector<std::string> pieces = {
      "2023", "23", "0",        "1",    "9",      "12",   "13",   "31",   "-",    "年",   "月",
      "日",   "号", "底",       "末",   "前",     "以前", "内",   "起",   "上旬", "下旬", "季度",
      "第",   "首", "后",       "个",   "上半年", "每年", "〇",   "二",   "十",   "一",   "三",
      "两",   "Q",  "持续推进", "长期", "，",     " ",    "\xe5", "\xff", "２"};
  std::mt19937 random(20231130);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), length(0, 12);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t n = length(random); n > 0; --n) text += pieces[pick(random)];
    INFO("[" << text << "]");
    const Deadline whole = read_deadline(text, 2023);
    if (whole.kind == DeadlineKind::Date) {
      REQUIRE(whole.first.valid());
      REQUIRE(whole.last.valid());
      REQUIRE(whole.first <= whole.last);
    }
    size_t previous_end = 0;
    for (const DeadlineMatch& match : find_deadlines(text, 2023)) {
      REQUIRE(match.offset >= previous_end);
      REQUIRE(match.length > 0);
      REQUIRE(match.offset + match.length <= text.size());
      REQUIRE(text.substr(match.offset, match.length) == match.deadline.text);
      if (match.deadline.kind == DeadlineKind::Date)
        REQUIRE(match.deadline.first <= match.deadline.last);
      previous_end = match.offset + match.length;
    }
  }
}

TEST_CASE("names_year: a date in figures writes its year, a month and day alone do not", "[dates]") {
  CHECK(plancheck::names_year("2024-06-30"));
  CHECK(plancheck::names_year("2024年6月底前"));
  CHECK_FALSE(plancheck::names_year("6月底前"));
  CHECK_FALSE(plancheck::names_year("06-30"));
  CHECK_FALSE(plancheck::names_year("12345-6"));  // a longer run of digits is no year
}

TEST_CASE("dates: a date whose figures a PDF's text layer set apart by spaces (2024 年 6 月底前)", "[dates]") {
  std::vector<DeadlineMatch> m = find_deadlines("各单位要于 2024 年 6 月底前完成自查，2024 年 12 月 31 日前全面完成。", 2023);
  REQUIRE(m.size() == 2);
  CHECK(m[0].deadline.last.iso() == "2024-06-30");
  CHECK(m[1].deadline.last.iso() == "2024-12-31");
  // Its place is that of the words as written, spaces and all.
  const std::string text = "各单位要于 2024 年 6 月底前完成自查";
  m = find_deadlines(text, 2023);
  REQUIRE(m.size() == 1);
  CHECK(text.substr(m[0].offset, m[0].length) == "2024 年 6 月底前");
  CHECK(read_deadline("2024 年 9 月 30 日", 2023).last.iso() == "2024-09-30");
  CHECK(plancheck::names_year("2024 年 6 月底前"));
  // Near misses: a figure before another measure word is no date; a spaced figure before words
  // other than 年月日 stays apart; three spaces are no gap a PDF leaves.
  CHECK(find_deadlines("完成投资 2024 万元", 2023).empty());
  CHECK(find_deadlines("共 12 项任务", 2023).empty());
  CHECK(read_deadline("2024    年", 2023).kind == DeadlineKind::None);
}
