// The items and parts of a paragraph a figure can be stated under (rules.md, "A figure's subject
// is the metric it measures"): figures under two numbered list items, two parts 一是…二是…, or
// two items a paragraph numbers inside itself are of two things (Quantity::item). Read by
// describe_metrics (checker/metrics.h).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "plan_numbering.h"

namespace plancheck {

// The heading of the list item `text` is (1、光电子信息产业加快增长，… → 光电子信息产业加快增长):
// the words after its number up to a clause mark; empty when `text` opens with no number. A
// quoted name opening the heading is part of it (1、“一山”即鹿泉区区域绿化工程，… → “一山”即鹿泉区
// 区域绿化工程). `number` is read_item_number(text).
std::string item_heading(std::string_view text, const ItemNumber& number);

// Where each part or item of the paragraph `text` (its characters `chars`) begins, and its
// label: the parts it enumerates (一是…。二是…；三是… → 一是, 二是, 三是; one 一是 alone only when it
// opens the text), else the items it numbers inside itself, each opening a sentence and
// numbered 1, 2, 3… in order (。1、…。2、… → 1、, 2、; not 投资2、8亿元). Empty when there are none.
std::vector<std::pair<size_t, std::u32string>> paragraph_parts(std::string_view text, const std::u32string& chars);

// Whether `c` is a Chinese numeral that numbers parts and phases (一是, 二期): 一 to 十.
bool is_part_numeral(char32_t c);

}  // namespace plancheck
