// Figures written in Chinese reports: 1361期, 超过27万人次, 6.29亿元, 95%, 至少1处,
// 两千余人, and masked placeholders (*期, *.*万人次, 连续*年) left in templates.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "masks.h"

namespace plancheck {

// What a qualifier around the number says about the true value.
enum class Approx {
  Exact,    // 1361期
  Over,     // 超过27万人次, 1100余次, 8466多万元: more than the value
  About,    // 约30万次
  Under,    // 近30万次, 不到: a little less than the value
  AtLeast,  // 至少1处, 不少于
  AtMost,   // 最多, 不超过
};
const char* approx_name(Approx a);  // "exact", "over", "about", "under", "at-least", "at-most"

struct Quantity {
  double value = 0;             // scaled: 27万人次 → 270000; 6.29亿元 → 629000000; 95% → 95
  Approx approx = Approx::Exact;
  std::string unit;             // the measure word after the number, scale removed: 人次, 元, 期, %
  bool masked = false;          // a `*` placeholder, never a number (value is 0)
  size_t offset = 0;            // byte offset of the figure (qualifier included) in the text read
  size_t length = 0;            // byte length of the figure
  std::string text;             // the figure as written: 超过27万人次
  double rounding = 0;          // ± the figure's rounding: Arabic digits before 万/亿 are
                                // rounded to their last digit (27万 → 5000, 6.29亿 → 500000)
  std::string subject;          // find_quantities only: the words the figure is stated of, back
                                // to a punctuation mark or the figure before (see figure_subject)
  // find_quantities only, see metrics.h: what the figure measures.
  std::string metric;           // the subject without scope words and verbs, then the counted noun
  std::string counted;          // the noun after the measure word: 86名矿工遇难 → 矿工遇难
  std::string verb;             // the two characters before the figure, 的 dropped: 上线的165项 → 上线
  std::string state;            // what its clause says of the counted things after their noun:
                                // 1个项目已完工 → 已完工 (3个项目已开工 counts other projects)
  std::vector<std::string> places;  // place, level and year words of its clause: 大同市, 1995年
  std::string time;             // the dates and periods its sentence names before it, in order,
                                // "|" between: 截至9月底… → 9月底; 国庆假期… → 国庆; 今年/全年 → 本年
  std::string topic;            // the things its sentence opened by counting, when it states
                                // something else of them: 省重点项目2个，总投资20亿元 → 省重点项目
  std::string item;             // the heading of the list item its text is: 1、光电子信息产业加快
                                // 增长，…产值113亿元 → 光电子信息产业加快增长
  std::string whole;            // the metric of a figure stated before it in its sentence that its own
                                // metric names with words added: 公共财政收入14.5亿元，…；地方公共
                                // 财政收入8.06亿元 → 公共财政收入 (the sentence lists one, then another)
  std::string head;             // the metric of the first figure of its sentence (up to 。 or ；) when
                                // it is not that first: 第一产业增加值26.4亿元，…，增加值增长4.6% →
                                // 第一产业增加值 for 4.6%; else ""
  std::string share_of;         // the total that a share said right after the figure is of, as its
                                // clause names it: 镇有残疾人1048人，占残疾人总数的28.1% → 占残疾人总数的;
                                // else ""
  std::string share_of_figure;  // for that share's own figure (28.1%), the figure it is the share of
                                // (1048人); else ""
  std::string base;             // for a growth or decline, what it is against: 同比 (the same period a
                                // year before), 以来 (a time long past its sentence names: “十三五”以来
                                // 累计上升…); else ""
  std::string view;             // the view its sentence opens by naming: 从累计增速看，有7个行业… → 累计增速
                                // (从月度增速看，有4个行业… counts other things: figures of two views differ)
  int role = 0;                 // a FigureRole (metrics.h)
};

// Reads a string that is exactly one figure (surrounding spaces allowed).
std::optional<Quantity> read_quantity(std::string_view text);

// The words right before byte `offset` of `text`, back to the last punctuation mark or
// to byte `from` (the end of the figure before), ASCII white space trimmed: what the
// figure measures. 自治区级民族团结进步示范单位4个 → 自治区级民族团结进步示范单位.
std::string_view figure_subject(std::string_view text, size_t offset, size_t from);

// Finds every figure in running text, in order, each with its subject. Numbers that are dates (2023年11月),
// ordinals (第三), or parts of names are not figures. Masked figures are included
// with masked = true; a `*` that does not stand for a number (视察*重要讲话) is not.
// Without `with_metrics` the metric fields stay empty (describe_metrics fills them later):
// what a figure measures costs most of the reading, and a figure whose measure word no
// other figure shares is compared with nothing.
std::vector<Quantity> find_quantities(std::string_view text, bool with_metrics = true);
// The same, given the masks of `text` as find_masks gives them (found once for the rules
// that read both: placeholder-figure, masked-word, conflicting-figures).
std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Mask>& masks, bool with_metrics);

// Byte length of the measure word (量词) at byte `at` of `text`, the longest that matches
// (人次 before 人); 0 when none. 年 is none: after a number it dates things.
size_t measure_word_at(std::string_view text, size_t at);

// Whether a reported value agrees with another statement of the same figure,
// given the qualifiers of both (超过27万 agrees with 280000, not with 250000).
bool quantities_agree(const Quantity& a, const Quantity& b);

}  // namespace plancheck
