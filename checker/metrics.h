// What a figure measures (rules.md, "A figure's subject is the metric it measures"): the
// metric named before it in its clause, the thing it counts after its measure word, the
// role of the figure (a level, a growth rate, a value before or after a change, a plan, a
// part of a total), and the places, levels and years its clause names. conflicting-figures
// compares figures by these, never by the words that happen to stand before a figure.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

struct Quantity;

// What a figure states about its metric. Only figures of one role are compared, and only
// Level, Growth, Decline and Planned figures at all.
enum class FigureRole {
  Level,         // 粮食总产量52万吨, 造成86名矿工遇难
  Growth,        // 同比增长7%, 高于目标1.8个百分点, 增加5个: a change, not a level
  Decline,       // 同比下降3%, 减少2个, 低于目标
  Before,        // 由100千瓦 / 从6个 / 原来的6个: the value before a change
  After,         // 提升到160千瓦, 减少到2个, 调整为8.5亿元: the value after it
  Planned,       // 计划 / 预计 / 目标 / 力争 / 可实现 / 拟: a projection, not what was done
  Part,          // 其中…, (含…): a part of a total stated next to it
  Distributive,  // 分别为3个、5个: one figure per subject named elsewhere
  Threshold,     // 20%以上的贫困村, 超过90%的省份, 亿元以上项目: a bound that names the things counted next
};
const char* figure_role_name(FigureRole role);  // "level", "growth", …

// Fills the metric fields of each of `figures` (find_quantities' figures of `text`, in order).
void describe_metrics(std::string_view text, std::vector<Quantity>& figures);

// Whether metric `a` and metric `b` (as describe_metrics gives them) name one metric:
// - equal;
// - or the shorter, of at least `min_chars` characters, ends the longer (民族团结进步示范单位 /
//   自治区级民族团结进步示范单位);
// - or the shorter, of at least `min_chars` characters, is the longer with words left out:
//   its characters are runs of two or more of the longer's, in order, and both end alike
//   (城市年节水量 / 城市平均年节水量; 原估算投资 / 项目原估算总投资).
bool metrics_name_one(std::string_view a, std::string_view b, size_t min_chars);

// Whether two clauses' place, level and year words say they are about different things:
// both name some, and none of one is found in the other's (大同市杏儿沟煤矿 / 阳泉煤业集团公司三矿;
// 2022年度 / 2023年度).
bool places_differ(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Whether two figures' topics or list items (Quantity::topic, Quantity::item) say they are
// about different things: both name one, and neither holds the other (省重点项目 / 市重点项目;
// 光电子信息产业… / 生物医药产业…).
bool topics_differ(const std::string& a, const std::string& b);

// Whether two figures hold at different times: both sentences name a date before them, and
// not the same one (截至6月底…85个 / 截至9月底…126个; 一季度 / 二季度).
bool times_differ(const std::string& a, const std::string& b);

}  // namespace plancheck
