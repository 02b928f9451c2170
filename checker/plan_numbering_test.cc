// plan_numbering: the numbering styles of plans and runs of consecutive numbers.
#include "plan_numbering.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("read_item_number: every style plans number their parts in", "[numbering]") {
  struct Case {
    const char* text;
    NumberStyle style;
    int value;
    const char* id;
  };
  for (const Case& c : {Case{"三、保障措施", NumberStyle::ChineseComma, 3, "三"},
                        Case{"（十二）加强督查。", NumberStyle::ParenChinese, 12, "(十二)"},
                        Case{"(二十)完善机制", NumberStyle::ParenChinese, 20, "(二十)"},
                        Case{"4.强化考核", NumberStyle::ArabicDot, 4, "4"},
                        Case{"11．推进改革", NumberStyle::ArabicDot, 11, "11"},
                        Case{"2、建立台账", NumberStyle::ArabicComma, 2, "2"},
                        Case{"（3）开展演练", NumberStyle::ParenArabic, 3, "(3)"},
                        Case{"5）开展检查", NumberStyle::ArabicParen, 5, "5)"},
                        Case{"12)完善台账", NumberStyle::ArabicParen, 12, "12)"},
                        Case{"②加强培训", NumberStyle::Circled, 2, "②"},
                        // Other forms of the same styles.
                        Case{"⑶开展演练", NumberStyle::ParenArabic, 3, "(3)"},
                        Case{"⒀开展演练", NumberStyle::ParenArabic, 13, "(13)"},
                        Case{"二）加强督查", NumberStyle::ParenChinese, 2, "(二)"},
                        Case{"三．保障措施", NumberStyle::ChineseComma, 3, "三"},
                        Case{"四.保障措施", NumberStyle::ChineseComma, 4, "四"}}) {
    ItemNumber n = read_item_number(c.text);
    CHECK(n.style == c.style);
    CHECK(n.value == c.value);
    CHECK(n.id == c.id);
  }
  CHECK(read_item_number("2023年5月30日").style == NumberStyle::None);
  CHECK(read_item_number("2023）年报").style == NumberStyle::None);  // a year in a bracket, not item 2023
  CHECK(read_item_number("各地区要加强领导。").style == NumberStyle::None);
  CHECK(read_item_number("一是加强领导").style == NumberStyle::None);  // an enumeration in running text
  CHECK(read_item_number("二.5倍").style == NumberStyle::None);
  CHECK(read_item_number("（市、区）人民政府").style == NumberStyle::None);
  // A year right after the mark opens the item's words.
  ItemNumber dated = read_item_number("1．2021年6月底前完成清理");
  CHECK(dated.style == NumberStyle::ArabicDot);
  CHECK_FALSE(dated.into_digits);
}

TEST_CASE("read_item_number: long runs of spaces and a long paragraph read as a short one", "[numbering]") {
  const std::string spaces(40, ' '), wide = "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000";
  std::string body;
  for (int i = 0; i < 200; ++i) body += "全面推进各项工作";
  ItemNumber indented = read_item_number(spaces + wide + "（二）" + spaces + body);
  CHECK(indented.style == NumberStyle::ParenChinese);
  CHECK(indented.value == 2);
  CHECK(indented.body == spaces.size() + wide.size() + std::string("（二）").size() + spaces.size());
  ItemNumber far_mark = read_item_number("3" + spaces + "、" + body);
  CHECK(far_mark.style == NumberStyle::None);  // a figure and its words, not item 3
  ItemNumber year = read_item_number("2．" + wide + "2025年底前" + body);
  CHECK(year.style == NumberStyle::ArabicDot);
  CHECK(read_item_number(wide + "二" + wide + wide + "、" + body).style == NumberStyle::None);
  CHECK(read_item_number(spaces + spaces + "十二、" + body).value == 12);
}

TEST_CASE("number_runs: restarts make new runs; a number run into digits is an item only in sequence", "[numbering]") {
  std::vector<ItemNumber> items;
  for (const char* t : {"1.目标甲", "2.目标乙", "1.任务甲", "2.任务乙", "3.5G网络覆盖", "1.5万人次以上"})
    items.push_back(read_item_number(t));
  std::vector<int> runs = number_runs(items);
  CHECK(runs[0] == runs[1]);
  CHECK(runs[2] != runs[0]);
  CHECK(runs[2] == runs[3]);
  CHECK(items[4].style == NumberStyle::ArabicDot);  // 3.5G after 2: item 3
  CHECK(runs[4] == runs[3]);
  CHECK(items[5].style == NumberStyle::None);  // 1.5万 after 3: a figure
}
