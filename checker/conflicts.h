// Figures that contradict each other within one scope of text (rules.md, "Text"):
// 自治区级民族团结进步示范单位4个 … 自治区级民族团结进步示范单位14个. What
// conflicting-figures reports; the per-figure work is here so that a 100 MB report does
// not push every figure through Lua.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "quantities.h"

namespace plancheck {

// A figure that cannot be true together with an earlier statement of the same subject.
struct FigureConflict {
  size_t text = 0, figure = 0;                  // the later figure: texts[text], figures[text][figure]
  size_t earlier_text = 0, earlier_figure = 0;  // the first earlier figure it contradicts
};

// Two figures conflict when they state one metric (metrics.h: the metric named before them
// with scope words and verbs left out, then the noun they count) in one role (a level, a
// growth rate, a plan; values before or after a change, parts of a total and 分别 figures
// are never compared) and one measure word, their clauses name no different places or
// years, they are not stated of different things their sentences counted or under different
// list-item headings (topics_differ), a later one under an item is no smaller part of a short
// metric stated before any item, and pc.agree's quantities_agree says
// they cannot both hold. Metrics name one when
// metrics_name_one says so (`min_subject_chars`: how long a shorter name must be to stand
// for a longer one), or when both count the noun after one verb and one noun holds the
// other (上线155项政务服务事项 / 上线的165项服务). Each figure is compared with the first
// figure of each earlier metric, and reported once, against the earliest it contradicts.
// Masked figures state nothing.
//
// `figures[i]` are the figures of the i-th text of the scope, as find_quantities gives
// them (with their metrics). `charge(n)` is told of every n comparisons; when it returns
// false the search stops and what was found so far is returned.
//
// `topics`, when given, holds a topic number for each text (heading_topics): figures of
// texts under different topics are never compared.
std::vector<FigureConflict> find_conflicting_figures(const std::vector<const std::vector<Quantity>*>& figures,
                                                     size_t min_subject_chars,
                                                     const std::function<bool(uint64_t)>& charge,
                                                     const std::vector<size_t>* topics = nullptr);

// A scope's own headings divide it into topics: a report written as text keeps each
// numbered heading (一、“书香大陈”文化健身公园建设项目完成情况, （二）校舍维修改造项目) and
// each short unnumbered one (回顾2023年工作成果) as a text of its own, and what follows
// one, up to the next, is of what it names — two projects' 总投资 under two headings are
// two things. A heading is a text of at most 40 characters with no punctuation of running
// text that is numbered or states no figure (a short line of running text without its
// full stop, 全县完成投资5亿元, is no heading). For each text, the number of headings up to
// and including it: texts before the first heading are topic 0. A title opening the scope
// (its first text, more following, unnumbered, no clause mark in it but 、) is kTitleTopic.
constexpr size_t kTitleTopic = static_cast<size_t>(-1);
// A breakdown after a text ending with 其中：, each part a text opened by its name and count
// (省级6项，概算投资…。完成投资28.78亿元 / 市级5项，…): each part is a topic of its own from
// kFirstPartTopic on, compared with nothing outside it — not the whole before the colon, nor
// what the scope says before its first heading.
constexpr size_t kFirstPartTopic = kTitleTopic / 2;
constexpr bool is_part_topic(size_t topic) { return topic >= kFirstPartTopic && topic != kTitleTopic; }
//
// The year a scope names as its own follows the texts' topics, one element more, when it names
// one: the year its title names (某镇2023年工作总结, 2023年上半年工作总结), or, under a title that
// names none or no title, the year its first text opens with (2023年，我局…). A title naming two
// years (2022年工作总结和2023年工作计划), or one and a first text opening with another, names none.
// find_conflicting_figures reads 今年, 全年, 本年 (a time of 本年) as that year: 2023年全年完成投资
// 3.2亿元 and 今年完成投资3.6亿元 are one time's.
std::vector<size_t> heading_topics(const std::vector<std::string>& texts,
                                   const std::vector<const std::vector<Quantity>*>& figures);

// The last `chars` characters of UTF-8 `s`, or all of it when it is shorter.
std::string_view last_characters(std::string_view s, size_t chars);

}  // namespace plancheck
