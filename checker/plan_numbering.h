// How plans number their parts, as a grammar: the styles (一、 （一） 1. 1、 （1） 1） ①), the
// value each number stands for, and runs of consecutive numbers in one style. Which level
// holds the tasks is not fixed by the style: import_plan finds it per document (the run
// whose items assign units).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

enum class NumberStyle {
  None,
  ChineseComma,  // 一、
  ParenChinese,  // （一） (一)
  ArabicDot,     // 1. 1．
  ArabicComma,   // 1、
  ParenArabic,   // （1） (1)
  ArabicParen,   // 1） 1)
  Circled,       // ①
};

// The conventional depth of a style (一、 is 1, ① is 5); 0 for None.
int style_rank(NumberStyle style);

struct ItemNumber {
  NumberStyle style = NumberStyle::None;
  int value = 0;           // 1 for 一、（一）1. （1）①
  std::string id;          // as the scorer and reports write it: 一, (一), 1, (1), ①
  size_t body = 0;         // byte offset of the words after the number
  bool into_digits = false;  // a digit follows the mark (7.5G基站建设, 1.5万): an item only in its sequence
};

// The number a paragraph opens with; style None when it opens with none.
ItemNumber read_item_number(std::string_view paragraph);

// The value of Chinese numerals 一 … 九十九 (十一, 二十, 二十三); 0 when not one.
int chinese_numeral_value(std::u32string_view numerals);

// Runs of consecutive numbers: items[i] continues the latest run of its style when its
// value is one more than that run's last; otherwise it starts a run. An item that runs
// into digits (7.5G) is an item only when it continues its run; otherwise its style is
// set to None. Returns each item's run (distinct numbers, in order of first item).
std::vector<int> number_runs(std::vector<ItemNumber>& items);

}  // namespace plancheck
