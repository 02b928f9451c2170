#include "metrics.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "dates.h"
#include "metric_items.h"
#include "metric_text.h"
#include "numerals.h"
#include "plan_numbering.h"
#include "quantities.h"
#include "utf32.h"

namespace plancheck {

const char* figure_role_name(FigureRole role) {
  switch (role) {
    case FigureRole::Level: return "level";
    case FigureRole::Growth: return "growth";
    case FigureRole::Decline: return "decline";
    case FigureRole::Before: return "before";
    case FigureRole::After: return "after";
    case FigureRole::Planned: return "planned";
    case FigureRole::Part: return "part";
    case FigureRole::Distributive: return "distributive";
    case FigureRole::Threshold: return "threshold";
  }
  return "level";
}

namespace {

using U32 = std::u32string;
using U32View = std::u32string_view;

using namespace metric_text;  // is_sentence_end, is_clause_mark, opener_of, is_opener, is_digit

// Most characters before and after a figure are ideographs: the scans below take them
// without asking the mark tests, which hold for none of them.
// (Checked in slices: clang stops a constant evaluation after a million steps.)
constexpr bool no_ideograph_is_a_mark(char32_t from, char32_t to) {
  for (char32_t c = from; c <= to; ++c)
    if (is_clause_mark(c) || is_opener(c) || opener_of(c)) return false;
  return true;
}
#define PLANCHECK_NO_MARK_IN(from, to) \
  static_assert(no_ideograph_is_a_mark(from, to), "left_words, counted_noun and sentence_before pass ideographs unread")
PLANCHECK_NO_MARK_IN(0x3400, 0x3FFF);
PLANCHECK_NO_MARK_IN(0x4000, 0x4BFF);
PLANCHECK_NO_MARK_IN(0x4C00, 0x57FF);
PLANCHECK_NO_MARK_IN(0x5800, 0x63FF);
PLANCHECK_NO_MARK_IN(0x6400, 0x6FFF);
PLANCHECK_NO_MARK_IN(0x7000, 0x7BFF);
PLANCHECK_NO_MARK_IN(0x7C00, 0x87FF);
PLANCHECK_NO_MARK_IN(0x8800, 0x93FF);
PLANCHECK_NO_MARK_IN(0x9400, 0x9FFF);
PLANCHECK_NO_MARK_IN(0xF900, 0xFAFF);  // the marks are all below; extension B on lies past U+FFFF
#undef PLANCHECK_NO_MARK_IN

bool starts_with(U32View s, U32View w) { return s.size() >= w.size() && s.compare(0, w.size(), w) == 0; }
bool ends_with(U32View s, U32View w) {
  return s.size() >= w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0;
}
bool contains(U32View s, U32View w) { return s.find(w) != U32View::npos; }

// Words that change what a figure states. Longer words first where one ends another.
constexpr U32View kGrowthWords[] = {
    U"同比增长", U"比上年增长", U"年均增长", U"两年平均增长", U"三年平均增长", U"年平均增长", U"平均增长",
    U"同比增加", U"同比提高", U"同比上升",
    U"高于目标", U"高出", U"增长", U"增幅", U"增速", U"提高", U"上升", U"增加", U"增产",
};
constexpr U32View kDeclineWords[] = {
    U"同比下降", U"比上年下降", U"同比减少", U"同比降低", U"低于目标", U"下降", U"减少", U"降低", U"回落", U"降幅", U"减产",
};
// A change whose result the figure after 到/至/为 gives: 提升到160千瓦, 调整为8.5亿元.
constexpr U32View kChangeVerbs[] = {U"增", U"减", U"提高", U"提升", U"降", U"压缩", U"缩短", U"缩减",
                                    U"扩大", U"调整", U"变", U"上升", U"延长", U"升"};
constexpr U32View kResultMarks[] = {U"到", U"至", U"为"};
// The value before a change: 由100千瓦, 从6个, 由原来的6个.
constexpr U32View kBeforeWords[] = {U"由原来的", U"从原来的", U"原来的", U"原先的", U"由原先", U"由", U"从", U"原来", U"原先"};
// A projection or a capacity, not what was done.
constexpr U32View kPlanWords[] = {U"计划", U"预计", U"目标", U"力争", U"可实现", U"可达", U"预期", U"争取",
                                  U"有望", U"拟", U"规划", U"设计", U"将", U"能力", U"预算"};
// A part of a total stated next to it.
constexpr U32View kPartWords[] = {U"其中", U"包括", U"含"};
// Verbs whose object is the metric (国家有关部门已承诺负担原估算投资 → 原估算投资).
constexpr U32View kObjectVerbs[] = {U"负担", U"承担", U"安排", U"投入", U"拨付", U"下达", U"筹措", U"办理"};
// Scope and verb words that name no metric (全县粮食总产量 / 实现粮食总产量).
constexpr U32View kScopePrefixes[] = {U"全县", U"全市", U"全区", U"全省", U"全国", U"全旗", U"全镇", U"全乡",
                                      U"全州", U"全盟", U"全年", U"共计", U"合计", U"总计", U"累计", U"一共",
                                      U"共", U"实现", U"完成", U"达到", U"已经", U"已", U"目前", U"现有", U"鉴于",
                                      U"预计"};
constexpr U32View kCopulaSuffixes[] = {U"的", U"约为", U"为", U"是", U"达到", U"达", U"共计", U"合计", U"总计",
                                       U"累计", U"共有", U"共", U"有", U"实现", U"完成", U"已",
                                       // a level held: 失业率控制在5.5%以内, 参保率稳定在95%以上
                                       U"稳定在", U"保持在", U"控制在", U"维持在", U"平均"};
// Words that point back to something named before (其他22名相关责任人员: the others of the
// accident the paragraph is about): a subject of these alone names no metric of its own.
constexpr U32View kReferenceWords[] = {U"其他", U"其余", U"另有", U"另外", U"另", U"这", U"该", U"上述", U"此",
                                       U"这些", U"以上"};
// An increment, not a stock: 新增了228个 beside 共191个.
constexpr U32View kAddedWords[] = {U"新增", U"新建", U"新开工", U"新认定", U"新发展"};
// What a ratio is taken against: 占年计划的53.3%, 超时序进度3.5个百分点, 完成年度目标任务的50.1%,
// 进度超过去年同期1.1个百分点. Such a ratio is of the figure its sentence stated before it.
constexpr U32View kRatioReferences[] = {U"计划", U"目标", U"任务", U"进度", U"同期", U"上年", U"去年", U"年初", U"预算"};
bool is_ratio_unit(std::string_view unit) {
  return unit == "%" || unit == "％" || unit == "‰" || unit == "个百分点" || unit == "百分点" || unit == "倍";
}
// Measure words that count things (not amounts, lengths or ratios): a sentence that opens
// with such a count (省重点项目2个，总投资20亿元) states its other figures of those things.
bool counts_things(std::string_view unit) {
  if (unit.size() != 3) return false;  // each of them one ideograph (compared as views: no strlen a word)
  static constexpr std::string_view kCountingWords[] = {"个", "项", "家", "所", "座", "处", "条", "户", "名",
                                                        "人", "批", "宗", "件", "台", "辆", "套", "部", "栋",
                                                        "幢", "艘", "架", "间", "位", "支", "场", "类", "种",
                                                        "起", "笔", "例"};
  return std::find(std::begin(kCountingWords), std::end(kCountingWords), unit) != std::end(kCountingWords);
}
// A plan and nothing else: 完成年计划710亿元的89.4% after 地区生产总值635亿元 is that metric's
// plan, not a metric of its own. A year word may open it (年计划, 年度目标, 全年任务).
constexpr U32View kPlanYearWords[] = {U"本年度", U"年度", U"全年", U"本年", U"今年", U"年"};
constexpr U32View kPlanNouns[] = {U"计划", U"目标", U"任务", U"目标任务", U"计划任务", U"预期目标"};
// What was done with the things counted before it: 受理来信286件次，办结281件次 — the 办结 are
// of the letters, not a count of their own.
constexpr U32View kOutcomeVerbs[] = {U"办结", U"办理", U"结案", U"解决", U"化解", U"整改", U"销号", U"答复",
                                     U"回复", U"录用", U"签约", U"开工", U"竣工", U"验收", U"完成", U"审结",
                                     // what was done to the people counted before (排查入境人员169人，落实管控37人)
                                     U"管控", U"隔离", U"安置", U"救治"};
// Verbs a clause may name alone, its subject left to the clause before (城市低保新增276户，退出
// 374户；农村低保新增1487户，退出1029户).
constexpr U32View kClauseVerbs[] = {U"新增", U"新建", U"退出", U"调出", U"调入", U"取消", U"减少", U"增加",
                                    U"受理", U"办结", U"开工", U"竣工", U"签约", U"投产", U"清退", U"纳入"};
bool is_clause_verb(U32View words) {
  return std::find(std::begin(kClauseVerbs), std::end(kClauseVerbs), words) != std::end(kClauseVerbs);
}
bool names_only_an_outcome(U32View metric) {
  if (metric.substr(0, 1) == U"已") metric.remove_prefix(1);
  if (metric.substr(0, 2) == U"落实") metric.remove_prefix(2);  // 落实管控: carried out, the outcome
  for (U32View verb : kOutcomeVerbs)
    if (metric == verb) return true;
  return false;
}
// A share named with no whole and no part of its own (占30.7%, 占比80.0%, 比重为46.3%): the
// share of the count stated right before it (…类140件，占13.5%).
constexpr U32View kShareWords[] = {U"占", U"占比", U"比重", U"比例", U"所占比重", U"所占比例", U"占比重"};
bool names_only_a_share(U32View metric) {
  return std::find(std::begin(kShareWords), std::end(kShareWords), metric) != std::end(kShareWords);
}
// 占全市出口比重的55.5%, 占全省税收收入的23.6%: a share of a whole the clause names, but not of
// what; the subject is the figure stated before it, or a clause of its own before it.
bool names_a_share_of_a_whole(U32View metric) {
  return metric.size() >= 3 && metric[0] == U'占' && !names_only_a_share(metric);
}
// A subject this short after another figure of its sentence names an attribute of that
// figure's subject (存栏, 总产, 单产, 面积), not a metric of its own.
constexpr size_t kMostAttributeChars = 2;
// Spending verbs: a sentence opened by one alone (投资130万元对北陈社区进行改造) states the cost
// of the work it names after the figure.
constexpr U32View kSpendingVerbs[] = {U"投资", U"投入", U"投入资金", U"出资", U"耗资", U"筹资", U"筹措资金"};
bool is_spending_verb(U32View words) {
  return std::find(std::begin(kSpendingVerbs), std::end(kSpendingVerbs), words) != std::end(kSpendingVerbs);
}
// Words that are only a measure word (万亩, 亿元): the unit of a figure whose number could not be
// read (占任务数???万亩的107%), naming no metric.
bool names_only_a_measure_word(U32View metric) {
  while (!metric.empty() && (metric[0] == U'万' || metric[0] == U'亿' || metric[0] == U'千' || metric[0] == U'百'))
    metric.remove_prefix(1);
  if (metric.empty()) return false;
  const std::string s = to_utf8(metric);
  return measure_word_at(s, 0) == s.size();
}
// Whether `words` say a figure is one for each of the things the count before it counted
// (五个扶贫村各建立1个百亩以上示范园: `counted` 扶贫村, then 各): one per each, not a total.
bool each_of_counted(U32View words, const std::string& counted) {
  U32 each = to_u32(counted);
  if (const size_t at = each.find(U'各'); at != U32::npos) each.resize(at);  // the noun read on past 各
  if (each.empty()) return false;
  each += U'各';
  return words.size() > each.size() && words.substr(0, each.size()) == each;
}
// Where 由 or 从 begins a change's starting point dated before its value (由去年的, 从年初的,
// 由上年同期的), in the last 8 characters of `words`; npos when there is none.
size_t dated_start_of_change(U32View words) {
  const size_t from = words.size() > 8 ? words.size() - 8 : 0;
  for (size_t i = words.size(); i-- > from;)
    if (words[i] == U'由' || words[i] == U'从') {
      U32View dated = words.substr(i + 1);
      if (!dated.empty() && dated.back() == U'的') dated.remove_suffix(1);
      for (U32View t : {U32View(U"去年"), U32View(U"上年"), U32View(U"年初"), U32View(U"上年同期"), U32View(U"去年同期"),
                        U32View(U"上月"), U32View(U"年初时")})
        if (dated == t) return i;
      return U32View::npos;
    }
  return U32View::npos;
}

// The name of a project opening a sentence as a clause of its own, before the figure at `end`
// (第三幼儿园项目，占地面积…), or empty: no digit in it, and it ends with 项目 or 工程, or names
// a stretch or phase of one (西淠河治理独山翻板坝至西河口望江寺段，投资2577万元; 西淠河治理生态基础
// 工程一期，投资5463.56万元). A sentence that lists such projects after a colon (完成进度如下：
// 西淠河治理独山翻板坝工程，投资2395万元；…) is opened by the first after the colon.
U32View opening_project(const U32& chars, size_t start, size_t end) {
  for (size_t i = end; i-- > start;)
    if (chars[i] == U'：' || chars[i] == U':') {
      start = i + 1;
      break;
    }
  while (start < end && (chars[start] == U' ' || chars[start] == U'\u3000')) ++start;
  size_t stop = start;
  for (; stop < end && !is_clause_mark(chars[stop]); ++stop)
    if (is_digit(chars[stop])) return {};
  if (stop >= end || stop - start < 4 || stop - start > 30) return {};
  const U32View name(chars.data() + start, stop - start);
  if (ends_with(name, U"项目") || ends_with(name, U"工程")) return stop - start <= 20 ? name : U32View();
  // …段 (a road's or river's stretch, not 阶段), 一期/二期… (a phase).
  const char32_t before = name[name.size() - 2];
  if ((name.back() == U'段' && before != U'阶') ||
      (name.back() == U'期' && is_part_numeral(before)))
    return name;
  return {};
}
// The view a sentence opens by naming, in a clause of its own: 从累计增速看， / 从月度增速来看， /
// 分行业看， / 按经营地统计， → 累计增速, 月度增速, 行业, 经营地. At most 12 characters inside, no digit.
U32View opening_view(const U32& chars, size_t start, size_t end) {
  while (start < end && (chars[start] == U' ' || chars[start] == U'\u3000')) ++start;
  if (start >= end || (chars[start] != U'从' && chars[start] != U'分' && chars[start] != U'按')) return {};
  const char32_t opener = chars[start];
  size_t stop = start + 1;
  for (; stop < end && stop - start <= 16 && !is_clause_mark(chars[stop]); ++stop)
    if (is_digit(chars[stop])) return {};
  if (stop >= end || !is_clause_mark(chars[stop])) return {};
  U32View clause(chars.data() + start + 1, stop - start - 1);
  static constexpr U32View kSeen[] = {U"来看", U"看"}, kCounted[] = {U"统计", U"分"};
  for (U32View tail : opener == U'按' ? kCounted : kSeen)
    if (clause.size() > tail.size() && ends_with(clause, tail)) {
      clause.remove_suffix(tail.size());
      return clause.size() <= 12 ? clause : U32View();
    }
  return {};
}

// Whether a clause of its own in a figure's sentence, before the figure's clause, names the
// whole the figures after it are of (实到外资构成中，二产占70.46%；合同外资构成中，二产占74.93%:
// shares of two wholes): no digit in it, 4 to 12 characters, ending with 中 (not 其中, a part,
// nor 在…中, a circumstance).
bool names_a_whole(U32View clause) {
  if (clause.size() < 4 || clause.size() > 12 || clause.back() != U'中' || ends_with(clause, U"其中") || clause[0] == U'在')
    return false;
  for (char32_t c : clause)
    if (is_digit(c)) return false;
  return true;
}
// 31宗未开工项目中，省重点项目有6宗，市重点项目有7宗: a clause that counts things and ends with 中
// names the whole that the figures after it in its sentence are parts of, as 其中 does. No
// other digit in it (1-6月中 is a time). A 、 may join its words (14项市委、市政府重点工作中:
// ScopeClauses reads it whole), up to 30 characters; not a state (2个项目正在建设中).
bool names_a_counted_whole(U32View clause) {
  if (clause.empty() || clause.size() > 30 || clause.back() != U'中' || ends_with(clause, U"其中") ||
      contains(clause, U"在"))
    return false;
  size_t digits = 0;
  while (digits < clause.size() && is_digit(clause[digits])) ++digits;
  if (digits == 0 || clause.size() - digits < 4) return false;  // a measure word, a noun and 中
  for (size_t i = digits; i < clause.size(); ++i)
    if (is_digit(clause[i])) return false;
  return true;
}
// Whether a figure's words say only what state things are in: 已, 未, 尚未, 正在 or 均已, then a verb
// of at most three characters (已开工, 未开工, 尚未办结), nothing more.
bool names_only_a_state(U32View words) {
  for (U32View adverb : {U32View(U"尚未"), U32View(U"正在"), U32View(U"均已"), U32View(U"已"), U32View(U"未")})
    if (starts_with(words, adverb)) {
      const size_t verb = words.size() - adverb.size();
      return verb >= 1 && verb <= 3 && std::none_of(words.begin(), words.end(), [](char32_t c) { return is_digit(c); });
    }
  return false;
}
// The clauses of one sentence read once, left to right, for all the figures in it (a
// sentence of many figures was read again back to its start for each), for the last clause
// that `names` says names a whole (names_a_whole, names_a_counted_whole).
class ScopeClauses {
 public:
  // `joined`: a 、 joins a clause's words rather than ending the clause.
  explicit ScopeClauses(bool (*names)(U32View), bool joined = false) : names_(names), joined_(joined) {}
  // The last such clause in [start, end), where start is the sentence's and `end` the
  // figure's: one wholly before the figure's own clause.
  U32View before(const U32& chars, size_t start, size_t end) {
    if (start != start_ || end < scanned_) start_ = clause_begin_ = scanned_ = start, last_ = {};
    for (; scanned_ < end; ++scanned_)
      if (is_clause_mark(chars[scanned_]) && !(joined_ && chars[scanned_] == U'、')) {
        const U32View clause(chars.data() + clause_begin_, scanned_ - clause_begin_);
        if (names_(clause)) last_ = clause;
        clause_begin_ = scanned_ + 1;
      }
    return last_;
  }

 private:
  bool (*names_)(U32View);
  bool joined_;
  size_t start_ = U32View::npos, clause_begin_ = 0, scanned_ = 0;
  U32View last_;
};
// What a sum right before 开展, 用于 or 专项用于 is spent on, to the next clause mark (落实资金18.6亿元
// 开展农村饮水安全、… / 落实…资金18.1亿元开展中央财政小农水项目建设: two sums for two works), or empty.
U32View purpose_after(const U32& chars, size_t end, size_t next) {
  if (end == 0 || chars[end - 1] != U'元') return {};  // a sum of money: 万元, 亿元
  size_t at = end;
  for (U32View verb : {U32View(U"开展"), U32View(U"用于"), U32View(U"专项用于")})
    if (chars.compare(at, verb.size(), verb) == 0) {
      at += verb.size();
      size_t stop = at;
      while (stop < next && stop < chars.size() && !is_clause_mark(chars[stop]) && stop - at < 20) ++stop;
      return stop - at >= 2 ? U32View(chars.data() + at, stop - at) : U32View();
    }
  return {};
}
// 与上年相比, 同上年同期相比, 和2016年相比: a base of comparison framed by 与/同/和/跟 … 相比 (the
// form a 决算 说明 writes after each item: 财政拨款收入总计1516.64万元，与上年相比减少58.49万元).
bool names_a_base_to_compare_with(U32View metric) {
  if (metric.size() < 4 || !ends_with(metric, U"相比")) return false;
  const char32_t first = metric[0];
  return first == U'与' || first == U'同' || first == U'和' || first == U'跟';
}
// A metric that names only a rate and a base of comparison (增幅同比, 降幅比1-10月收窄, 比去年
// 同月, 较上年): the change of the metric stated before it, not a metric of its own.
bool names_only_a_comparison(U32View metric) {
  if (metric.empty()) return false;
  for (U32View rate : {U32View(U"增幅"), U32View(U"降幅"), U32View(U"增速"), U32View(U"涨幅"), U32View(U"降速")})
    if (starts_with(metric, rate)) {
      metric.remove_prefix(rate.size());
      break;
    }
  if (metric.empty()) return true;
  for (U32View gap : {U32View(U"高于"), U32View(U"低于"), U32View(U"快于"), U32View(U"慢于"), U32View(U"高出"), U32View(U"落后")})
    if (starts_with(metric, gap)) return true;
  return starts_with(metric, U"同比") || starts_with(metric, U"环比") || metric[0] == U'比' || metric[0] == U'较' ||
         metric == U"收窄" || metric == U"扩大" || names_a_base_to_compare_with(metric);
}
bool names_only_a_plan(U32View metric) {
  // 占任务数1.1万亩的107%, 为计划的: the plan a share is taken of.
  if (metric.size() > 1 && (metric[0] == U'占' || metric[0] == U'为')) metric.remove_prefix(1);
  if (metric.size() > 2 && metric.back() == U'数') metric.remove_suffix(1);
  for (U32View year : kPlanYearWords)
    if (metric.substr(0, year.size()) == year) {
      metric.remove_prefix(year.size());
      break;
    }
  for (U32View noun : kPlanNouns)
    if (metric == noun) return true;
  return false;
}

// Words of the counted noun that end it: 22名相关责任人员也分别受到… → 相关责任人员.
constexpr char32_t kCountedStops[] = {U'也', U'已', U'将', U'被', U'均', U'都', U'等', U'和', U'与', U'及', U'并',
                                      U'在', U'从', U'由', U'对', U'的', U'地', U'得', U'了', U'中', U'是', U'为'};
constexpr size_t kMostCountedChars = 8;
// Of those, the adverbs after which the clause says what state the counted things are in
// (1个项目已完工, 5个项目均已开工, 3名干部被免职), and three more that open a state only
// after a noun (4个项目正在推进, 2个项目尚未开工, 1个项目未开工, 9个事项仍在审查). 了 after a verb read into
// the noun opens what was done to the things (为633万名妇女进行了宫颈癌检查 / 为95.6万名妇女
// 进行了乳腺癌检查: two checks, not one count).
constexpr char32_t kStateAdverbs[] = {U'已', U'将', U'被', U'均', U'都', U'也', U'了'};
constexpr char32_t kStateOpeners[] = {U'正', U'尚', U'未', U'仍'};
constexpr size_t kMostStateChars = 6;
// Words that open a state right after a measure word, with no noun between (9个正在推进,
// 3个已完工, 2个尚未开工).
constexpr U32View kStatesAfterCount[] = {U"正在", U"已", U"均", U"尚未", U"仍在"};
// Periods a figure may be counted over, besides dates: 国庆假期接待游客156万人次 is not the
// year's 1200万人次.
constexpr U32View kPeriodWords[] = {U"全年", U"春节", U"元旦", U"清明", U"五一", U"劳动节", U"端午", U"中秋",
                                    U"国庆", U"暑期", U"暑假", U"寒假", U"假期", U"黄金周", U"小长假", U"汛期",
                                    U"本周", U"上周", U"本月", U"上月", U"当月", U"同期", U"以来",
                                    U"过去一年", U"过去五年", U"上一年", U"年内"};

// 五年来, 近三年, 过去五年, 这十年, 十年间: a span of years counted back from now, as a review (政府工作报告's
// 五年来 before its 过去一年) totals them — a period of its own, not the year's. A numeral (two or more
// years: 一年来 is the year) before 年, after 近/这/过去 or before 来/以来/间. Its extent from `at`, or 0;
// none inside another span (the 五 of 近五年, 十五年来).
bool is_numeral_of_years(char32_t c) {
  return c == U'两' || c == U'二' || c == U'三' || c == U'四' || c == U'五' || c == U'六' || c == U'七' || c == U'八' ||
         c == U'九' || c == U'十' || c == U'一';
}
size_t span_of_years_at(const U32& text, size_t at) {
  size_t i = at;
  if (text.compare(at, 2, U"过去") == 0) i += 2;
  else if (text[at] == U'近' || text[at] == U'这') ++i;
  const bool opened = i > at;
  if (!opened && at > 0 && (is_numeral_of_years(text[at - 1]) || text[at - 1] == U'近' || text[at - 1] == U'这' ||
                            text[at - 1] == U'去'))
    return 0;
  size_t j = i;
  while (j < text.size() && j - i < 3 && is_numeral_of_years(text[j])) ++j;
  if (j == i || j >= text.size() || text[j] != U'年' || (j == i + 1 && text[i] == U'一')) return 0;
  ++j;
  if (text.compare(j, 2, U"以来") == 0) return j + 2 - at;
  if (j < text.size() && (text[j] == U'来' || text[j] == U'间')) return j + 1 - at;
  return opened ? j - at : 0;
}

// “十三五”期间, 十二五时期, “九五”期间: a five-year plan's years, a span of its own as 五年来 is. Its extent from
// `at` (the plan's numeral), or 0.
size_t plan_period_at(const U32& text, size_t at) {
  size_t i = at;
  if (text[i] == U'九') ++i;
  else if (text[i] == U'十') {
    ++i;
    if (i < text.size() && (text[i] == U'一' || text[i] == U'二' || text[i] == U'三' || text[i] == U'四')) ++i;
  } else {
    return 0;
  }
  if (i >= text.size() || text[i] != U'五' || (at > 0 && (is_numeral_of_years(text[at - 1]) || text[at - 1] == U'第')))
    return 0;
  ++i;
  if (i < text.size() && (text[i] == U'”' || text[i] == U'〞' || text[i] == U'"' || text[i] == U'’' || text[i] == U'」'))
    ++i;
  if (text.compare(i, 2, U"期间") == 0 || text.compare(i, 2, U"时期") == 0) return i + 2 - at;
  return 0;
}

// The period word at `at`, or none: a quick test of the first character, then the words.
U32View period_word_at(const U32& text, size_t at) {
  if (size_t n = span_of_years_at(text, at); n > 0) return U32View(text.data() + at, n);
  if (size_t n = plan_period_at(text, at); n > 0) return U32View(text.data() + at, n);
  switch (text[at]) {  // the first characters of kPeriodWords
    case U'全': case U'春': case U'元': case U'清': case U'五': case U'劳': case U'端': case U'中': case U'国':
    case U'暑': case U'寒': case U'假': case U'黄': case U'小': case U'汛': case U'本': case U'上': case U'当':
    case U'同': case U'以': case U'过':
      break;
    case U'年':  // a year's 年 (2023年) is common: only 年内 starts so
      return text.compare(at, 2, U"年内") == 0 ? U32View(U"年内") : U32View();
    default:
      return {};
  }
  for (U32View w : kPeriodWords)
    if (text.compare(at, w.size(), w) == 0) return w;
  return {};
}

// 前5个月 at `at`: the months from the year's start, read as 1-5月 is (not 单5月 / 5月); the
// figure reader takes 5个月 there for a period too (quantities.cc names_a_period).
std::string first_months_at(const U32& text, size_t at) {
  if (text[at] != U'前') return {};
  const size_t end = std::min(text.size(), at + 6);
  size_t i = at + 1;
  while (i < end && i - at <= 2 && text[i] >= U'0' && text[i] <= U'9') ++i;
  if (i == at + 1 || i + 2 > end || text[i] != U'个' || text[i + 1] != U'月') return {};
  return "1-" + to_utf8(U32View(text).substr(at + 1, i - at - 1)) + "月";
}

// Whether a time read by period_of ends on a day (9月底, 6月末, 6月30日): a stock counted up to it,
// not a period counted over. 截至9月底，累计… and a next sentence's 累计… are one time.
bool names_a_day(const std::string& time) {
  for (const char* end : {"底", "末", "日"})
    if (time.size() >= 3 && time.compare(time.size() - 3, 3, end) == 0) return true;
  return false;
}

// Words of one year as one time: 今年, 全年, 本年度, 年内 → 本年; 去年, 上年, 过去一年 → 上年.
std::string year_word(std::string words) {
  for (const char* same : {"今年", "全年", "本年度", "本年", "年内"})
    if (words == same) return "本年";
  for (const char* same : {"去年", "上年", "上一年", "过去一年"})
    if (words == same) return "上年";
  // “十三五”期间, 十三五时期 → 十三五 (the quote closing the plan's name dropped too).
  for (const char* closing : {"期间", "时期"})
    if (words.size() > 6 && words.compare(words.size() - 6, 6, closing) == 0) {
      words.resize(words.size() - 6);
      while (words.size() > 3 && words.compare(words.size() - 3, 3, "五") != 0) {
        while (!words.empty() && (static_cast<unsigned char>(words.back()) & 0xC0) == 0x80) words.pop_back();
        if (!words.empty()) words.pop_back();  // the character's lead byte, or an ASCII quote
      }
      return words;
    }
  // 五年来, 过去五年, 近五年, 这五年, 五年间 → 五年: one span of years, however said.
  for (const char* opening : {"过去", "近", "这"})
    if (words.rfind(opening, 0) == 0 && words.size() > strlen(opening) + 3) {
      words.erase(0, strlen(opening));
      break;
    }
  for (const char* closing : {"以来", "来", "间"})
    if (words.size() > strlen(closing) + 3 && words.compare(words.size() - strlen(closing), strlen(closing), closing) == 0 &&
        words.compare(words.size() - strlen(closing) - 3, 3, "年") == 0) {
      words.resize(words.size() - strlen(closing));
      break;
    }
  return words;
}
// A date read as a time, with the months before it that make it a period from the year's
// start: 1-12月 is not 12月, nor 前三季度 三季度 (一季度 / 1-3月, 上半年 / 1-6月 / 1至6月份 and
// 前三季度 / 1-9月 are each one period).
std::string period_of(const U32& chars, size_t at, std::string word) {
  if (word.size() > 3 && word.compare(word.size() - 3, 3, "份") == 0) word.resize(word.size() - 3);
  auto range_mark = [](char32_t c) {
    return c == U'-' || c == U'－' || c == U'—' || c == U'–' || c == U'~' || c == U'～' || c == U'至' || c == U'到';
  };
  if (at >= 2 && range_mark(chars[at - 1]) && is_digit(chars[at - 2]) && !(at >= 3 && is_digit(chars[at - 3])) &&
      (chars[at - 2] == U'1' || chars[at - 2] == U'１')) {
    // 1-6月: up to the month's end; an end day (1-6月底) says no more.
    std::string month = word;
    if (month.size() > 3 && month.compare(month.size() - 3, 3, "底") == 0) month.resize(month.size() - 3);
    word = "1-" + month;
  } else if (at >= 1 && chars[at - 1] == U'前' && (word == "三季度" || word == "二季度")) {
    word = word == "三季度" ? "1-9月" : "1-6月";
  }
  if (word == "一季度" || word == "第一季度") return "1-3月";
  if (word == "上半年") return "1-6月";
  return word;
}

constexpr int kAnyYear = 2000;  // dates are compared as written: the year a bare month takes does not matter
constexpr size_t kMostLeftChars = 40;

// Place and level words: 大同市, 杏儿沟煤矿, 自治区级.
constexpr U32View kPlaceEnds[] = {U"省", U"市", U"县", U"区", U"镇", U"乡", U"村", U"旗", U"州", U"盟", U"级",
                                  U"矿", U"厂", U"公司", U"集团", U"街道", U"社区", U"平原", U"流域"};

// Whether some entry of kPlaceEnds starts with `c` (kept with the list).
constexpr bool starts_place_end(char32_t c) {
  switch (c) {
    case U'省': case U'市': case U'县': case U'区': case U'镇': case U'乡': case U'村': case U'旗': case U'州':
    case U'盟': case U'级': case U'矿': case U'厂': case U'公': case U'集': case U'街': case U'社': case U'平':
    case U'流':
      return true;
    default:
      return false;
  }
}
static_assert([] {
  for (U32View end : kPlaceEnds)
    if (!starts_place_end(end[0])) return false;
  return true;
}(), "starts_place_end must know the first character of every kPlaceEnds entry");

// A word list, with the characters its words start and end with as a filter (a set of
// their low ten bits): describe_metrics matches a dozen lists against the words before
// every figure, and most characters there start or end none of a list's words, so they
// are passed over without comparing the words one by one.
class WordList {
 public:
  template <size_t N>
  constexpr WordList(const U32View (&words)[N]) : words_(words), size_(N) {
    for (U32View w : words) add(firsts_, w.front()), add(lasts_, w.back());
  }
  // The first word of the list that ends `s` (longer words come first where one ends
  // another), or empty.
  U32View ending(U32View s) const {
    if (could_end(s))
      for (U32View w : *this)
        if (ends_with(s, w)) return w;
    return {};
  }
  // Whether some word could start or end `s`, by its first or last character alone.
  bool could_start(U32View s) const { return !s.empty() && in_set(firsts_, s.front()); }
  bool could_end(U32View s) const { return !s.empty() && in_set(lasts_, s.back()); }
  bool starts(U32View s) const {
    if (could_start(s))
      for (U32View w : *this)
        if (starts_with(s, w)) return true;
    return false;
  }
  // Whether some word of the list is in `s`.
  bool found_in(U32View s) const {
    for (size_t i = 0; i < s.size(); ++i)
      if (in_set(firsts_, s[i]))
        for (U32View w : *this)
          if (s.compare(i, w.size(), w) == 0) return true;
    return false;
  }
  // Whether `s` is a word of the list.
  bool has(U32View s) const { return could_start(s) && std::find(begin(), end(), s) != end(); }
  const U32View* begin() const { return words_; }
  const U32View* end() const { return words_ + size_; }

 private:
  using CharSet = uint64_t[16];  // by the low ten bits of a character
  static constexpr void add(CharSet& set, char32_t c) { set[(c & 1023) / 64] |= uint64_t{1} << (c % 64); }
  static constexpr bool in_set(const CharSet& set, char32_t c) { return set[(c & 1023) / 64] >> (c % 64) & 1; }
  const U32View* words_;
  size_t size_;
  CharSet firsts_ = {}, lasts_ = {};
};

constexpr WordList kGrowth{kGrowthWords}, kDecline{kDeclineWords}, kChange{kChangeVerbs}, kResult{kResultMarks},
    kBefore{kBeforeWords}, kPlan{kPlanWords}, kPart{kPartWords}, kObject{kObjectVerbs}, kScope{kScopePrefixes},
    kCopula{kCopulaSuffixes}, kReference{kReferenceWords}, kAdded{kAddedWords}, kRatioReference{kRatioReferences};

// The words before the figure at [begin) back to a clause mark, bracketed and quoted words
// left out (安徽芦岭煤矿“5·13”特大瓦斯爆炸事故造成 → 安徽芦岭煤矿特大瓦斯爆炸事故造成).
// `inside` tells whether the figure stands inside brackets it is not closed in. Into `out`,
// a buffer kept for every figure of the text.
void left_words(const U32& text, size_t begin, size_t from, U32& out, bool& inside) {
  out.clear();
  inside = false;
  size_t i = begin;
  // 增产 108%: one or two spaces a PDF's text layer set between the words and the figure are
  // no part of them (增产108% reads alike).
  if (i > from && text[i - 1] == U' ') --i;
  if (i > from && text[i - 1] == U' ') --i;
  while (i > from && out.size() < kMostLeftChars) {
    char32_t c = text[i - 1];
    if (is_ideograph(c)) {
      out.push_back(c);
      --i;
      continue;
    }
    // PM2.5, 1.5级: a point between digits is part of a name, not a clause mark.
    if (c == U'.' && i >= 2 && i < text.size() && is_digit(text[i - 2]) && is_digit(text[i])) {
      out.push_back(c);
      --i;
      continue;
    }
    // Ⅰ-Ⅲ类水质: a dash between two Roman numerals is a range of classes inside a name.
    if ((c == U'-' || c == U'—' || c == U'~' || c == U'～') && i >= 2 && i < text.size() &&
        is_roman_numeral(text[i - 2]) && is_roman_numeral(text[i])) {
      out.push_back(c);
      --i;
      continue;
    }
    // 列入省、市重点项目36宗: levels joined by 、 qualify one noun (省重点项目 and 市重点项目);
    // 、 between other words lists things (学校3所、幼儿园5所).
    if (c == U'、' && i >= 2 && i < text.size() && is_level_of_government(text[i]) &&
        (is_level_of_government(text[i - 2]) || text[i - 2] == U'级')) {
      out.push_back(c);
      --i;
      continue;
    }
    if (is_clause_mark(c)) break;
    if (is_opener(c)) {
      inside = true;
      break;
    }
    if (char32_t open = opener_of(c)) {
      size_t j = i - 1;
      int depth = 1;
      while (j > from && depth > 0) {
        --j;
        if (text[j] == c) ++depth;
        else if (text[j] == open) --depth;
      }
      if (depth > 0) break;  // never opened here: the clause starts after it
      i = j;
      continue;
    }
    out.push_back(c);
    --i;
  }
  std::reverse(out.begin(), out.end());
}

// Whether `c` ends the text's words at `i`: a clause mark, a bracket or a digit.
bool ends_words(char32_t c) {
  return !is_ideograph(c) && (is_clause_mark(c) || is_opener(c) || opener_of(c) || is_digit(c));
}

// The noun after the figure's end: 86名矿工遇难。→ 矿工遇难. Into `out`, as left_words. When
// an adverb of state or time ends the noun (已, 均, 正, 尚, 未 …), what follows it in the
// clause goes into `state`: 1个项目已完工，3个项目已开工，4个项目正在推进 count three sets of
// projects by what is said of them.
// The total a share said right after a figure is of, up to the share's own number:
// 1048人，占持证残疾人总数的28.1 → 占持证残疾人总数的, `share_end` set where that number would
// begin. The share opens with 占, in the figure's clause or the next, and names a total (总…, 全…,
// 比重, 比例) within 24 characters; else "".
std::string share_of_total_after(const U32& text, size_t end, size_t next_figure, size_t& share_end) {
  size_t i = end;
  if (i < text.size() && (text[i] == U'，' || text[i] == U',')) ++i;
  if (i >= text.size() || text[i] != U'占') return {};
  size_t j = i;
  while (j < text.size() && j < next_figure && j - i < 24 && !is_clause_mark(text[j]) &&
         !is_sentence_end(text[j]) && !is_digit(text[j]))
    ++j;
  const U32View clause = U32View(text).substr(i, j - i);
  share_end = j;
  const bool names_total = contains(clause, U"总") || contains(clause, U"全") || contains(clause, U"比重") ||
                           contains(clause, U"比例");
  return names_total && clause.size() >= 3 ? to_utf8(clause) : std::string();
}

// 涉及, 普及, 惠及…: a verb ending in 及, not the conjunction 及 (227件议案涉及的38个立法项目).
constexpr char32_t kVerbsBeforeJi[] = {U'涉', U'普', U'惠', U'波', U'危', U'提', U'触', U'顾', U'殃', U'累', U'遍'};
bool verb_ending_in_ji_at(const U32& text, size_t i) {
  return i + 1 < text.size() && text[i + 1] == U'及' &&
         std::find(std::begin(kVerbsBeforeJi), std::end(kVerbsBeforeJi), text[i]) != std::end(kVerbsBeforeJi);
}

// Reads a count's state from `i` to the end of its clause's words, stopping at the next figure.
// A state that reaches the next figure through 的 qualifies that figure (227件议案涉及的38个立法项目
// 已经审议通过 / 136件议案涉及的8个立法项目正在审议): the counted things are told apart by what the
// clause says of that figure, so the state goes on past its number to the clause's end.
void read_count_state(const U32& text, size_t i, size_t next_figure, U32& state) {
  for (; i < text.size() && i < next_figure && state.size() < kMostStateChars && !ends_words(text[i]); ++i)
    state.push_back(text[i]);
  if (i != next_figure || state.empty() || state.back() != U'的') return;
  while (i < text.size() && ((text[i] >= U'0' && text[i] <= U'9') || text[i] == U'.')) ++i;
  for (size_t taken = 0; i < text.size() && taken < 2 * kMostStateChars && !ends_words(text[i]); ++i, ++taken)
    state.push_back(text[i]);
}

void counted_noun(const U32& text, size_t end, size_t next_figure, U32& out, U32& state) {
  out.clear();
  state.clear();
  size_t i = end;
  // 15个项目主体完工，…；9个正在推进，…: a count whose clause goes on with a state and no noun
  // counts things in that state.
  for (U32View w : kStatesAfterCount)
    if (end + w.size() <= next_figure && text.compare(end, w.size(), w) == 0) {
      read_count_state(text, i, next_figure, state);
      return;
    }
  for (; i < text.size() && i < next_figure && out.size() < kMostCountedChars; ++i) {
    char32_t c = text[i];
    if (ends_words(c)) break;
    // 32个村的管网延伸工程 / 96个村的巩固提升工程: what stands after 的 tells the counts apart.
    if (c == U'的' && !out.empty()) {
      out.push_back(c);
      continue;
    }
    if (std::find(std::begin(kCountedStops), std::end(kCountedStops), c) != std::end(kCountedStops)) break;
    if (!out.empty() && verb_ending_in_ji_at(text, i)) {
      read_count_state(text, i, next_figure, state);
      return;
    }
    // 正, 尚, 未 open a predicate only after a noun (正式党员, 未成年人 are nouns).
    if (!out.empty() && std::find(std::begin(kStateOpeners), std::end(kStateOpeners), c) != std::end(kStateOpeners))
      break;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == U'的') out.pop_back();
  if (out.empty() || i >= text.size() || i >= next_figure) return;
  const char32_t stop = text[i];
  // 完成8个其他教育民生项目建设 / 15个其他教育民生项目主体完工: a noun read to its longest whose
  // clause goes on says what was done to the things, or what state they are in, after it.
  const bool goes_on = out.size() >= kMostCountedChars && !ends_words(stop) &&
                       std::find(std::begin(kCountedStops), std::end(kCountedStops), stop) == std::end(kCountedStops);
  if (!goes_on &&
      std::find(std::begin(kStateAdverbs), std::end(kStateAdverbs), stop) == std::end(kStateAdverbs) &&
      std::find(std::begin(kStateOpeners), std::end(kStateOpeners), stop) == std::end(kStateOpeners))
    return;
  read_count_state(text, i, next_figure, state);
}

// The sentence before a figure (back to a sentence end, 200 characters at most), read in
// one pass back from the figure.
struct Sentence {
  size_t size = 0;
  bool open_bracket = false;  // a bracket opened in it is open at the figure
  bool has_qizhong = false;   // it holds 其中
};
Sentence sentence_before(const U32& text, size_t begin) {
  Sentence sentence;
  size_t i = begin;
  for (size_t depth = 0; i > 0 && begin - i < 200; --i) {
    const char32_t c = text[i - 1];
    if (is_ideograph(c)) {
      if (c == U'其' && i < begin && text[i] == U'中') sentence.has_qizhong = true;
      continue;
    }
    if (is_sentence_end(c)) break;
    // Brackets, not quotes: (含新制定5件,修改4件) annotates a total, “…” does not.
    if (opener_of(c) && c != U'”' && c != U'’') {
      ++depth;
    } else if (is_opener(c) && c != U'“' && c != U'‘') {
      if (depth == 0) sentence.open_bracket = true;
      else --depth;
    }
  }
  sentence.size = begin - i;
  return sentence;
}


// Whether a place word is a year (1995年, 2022年度's 2022年): place_words gives years too.
bool is_year_word(const std::string& word) {
  return word.size() == 7 && std::all_of(word.begin(), word.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

// Regions that span provinces, named in national air, water and economy bulletins (京津冀及周边地区2+26城市,
// 长三角地区41个城市, 汾渭平原11个城市): places, though no place word of kPlaceEnds ends them (or one ends a
// fragment of them: 及周边地区). Longer names first where one starts another.
constexpr U32View kRegions[] = {U"京津冀及周边地区", U"京津冀", U"长三角", U"珠三角", U"汾渭平原", U"成渝"};
constexpr bool starts_region(char32_t c) { return c == U'京' || c == U'长' || c == U'珠' || c == U'汾' || c == U'成'; }
// The characters a region or a place (kPlaceEnds after two to four ideographs) opening `words` takes; 0 if
// none: 北京市优良天数比例为 → 3, 长三角 → 3.
size_t opening_place(U32View words) {
  if (!words.empty() && starts_region(words[0]))
    for (U32View r : kRegions)
      if (starts_with(words, r)) return r.size();
  for (size_t i = 2; i <= 4 && i < words.size(); ++i)
    if (starts_place_end(words[i]))
      for (U32View end : kPlaceEnds)
        if (end != U"级" && words.compare(i, end.size(), end) == 0) {
          for (size_t k = 0; k < i; ++k)
            if (!is_ideograph(words[k])) return 0;
          return i + end.size();
        }
  return 0;
}

// Whether words open with a verb, preposition or pronoun: what follows is no name (用于镇区…, 对县区…, 全市).
bool opens_with_a_function_word(U32View words) {
  static constexpr char32_t kOpeners[] = {U'用', U'对', U'在', U'为', U'以', U'的', U'和', U'及', U'与', U'将', U'是',
                                          U'比', U'较', U'占', U'全', U'各', U'本', U'我', U'该', U'其', U'向', U'从', U'到'};
  return !words.empty() && std::find(std::begin(kOpeners), std::end(kOpeners), words[0]) != std::end(kOpeners);
}

std::vector<std::string> place_words(U32View left) {
  std::vector<std::string> out;
  // 京津冀及周边地区, 长三角: a region, its place words inside it (及周边地区) not read apart.
  size_t region_at = U32View::npos, region_size = 0;
  for (size_t i = 0; i < left.size() && region_at == U32View::npos; ++i)
    if (starts_region(left[i]))
      for (U32View r : kRegions)
        if (left.compare(i, r.size(), r) == 0) {
          region_at = i, region_size = r.size();
          out.push_back(to_utf8(r));
          break;
        }
  // Years: 1995年, 2022年度.
  for (size_t i = 0; i + 4 < left.size() + 1; ++i) {
    if (i + 4 <= left.size() && is_digit(left[i]) && is_digit(left[i + 1]) && is_digit(left[i + 2]) &&
        is_digit(left[i + 3]) && (i == 0 || !is_digit(left[i - 1])) && i + 4 < left.size() && left[i + 4] == U'年')
      out.push_back(to_utf8(left.substr(i, 5)));
  }
  // A whole place is a scope too (全国民族团结进步示范单位 is not 旗级民族团结进步示范单位).
  for (size_t i = 0; i + 1 < left.size(); ++i)
    if (left[i] == U'全' && (i == 0 || !is_ideograph(left[i - 1])))
      for (U32View end : kPlaceEnds)
        if (end.size() == 1 && left[i + 1] == end[0] && end != U"级") out.push_back(to_utf8(left.substr(i, 2)));
  if (!left.empty() && left.substr(0, std::min<size_t>(left.size(), 2)) == U"全国") out.push_back(to_utf8(U"全国"));
  // A place or level: two to four ideographs before one of kPlaceEnds.
  for (size_t i = 0; i < left.size(); ++i) {
    if (!starts_place_end(left[i])) continue;  // most characters start none: skip the list
    for (U32View end : kPlaceEnds) {
      if (left.compare(i, end.size(), end) != 0) continue;
      size_t start = i;
      while (start > 0 && i - start < 4 && is_ideograph(left[start - 1])) --start;
      // 去年城镇新增就业: a year word before the name is a time, not part of a place.
      for (U32View year : {U32View(U"去年"), U32View(U"今年"), U32View(U"上年"), U32View(U"本年"), U32View(U"全年"),
                           U32View(U"明年")})
        if (i - start >= year.size() && left.compare(start, year.size(), year) == 0) start += year.size();
      // 市级, 县级: a level needs one character before it; a place name two (大同市, not 全市).
      const bool in_region = region_at != U32View::npos && i >= region_at && i < region_at + region_size;
      if (i - start >= (end == U"级" ? 1u : 2u) && !in_region)
        out.push_back(to_utf8(left.substr(start, i - start + end.size())));
      break;
    }
  }
  return out;
}

// Times that open a subject (1-6月预计完成产值, 上半年完成投资): the sentence's time, read
// apart (Quantity::time), not part of the metric.
constexpr U32View kOpeningTimes[] = {U"前三季度", U"第一季度", U"第二季度", U"第三季度", U"第四季度", U"一季度",
                                     U"二季度", U"三季度", U"四季度", U"上半年", U"下半年", U"今年以来",
                                     U"年初以来", U"本年度", U"今年", U"本年", U"年内", U"去年", U"上年",
                                     // “十三五”以来: the tail of a period whose name the quotes took.
                                     U"以来"};
size_t opening_time(U32View s) {
  for (U32View w : kOpeningTimes)
    if (starts_with(s, w)) return w.size();
  // 6月, 1-6月份, 1至9月
  auto digits = [&](size_t at) {
    size_t end = at;
    while (end < s.size() && ((s[end] >= U'0' && s[end] <= U'9') || (s[end] >= U'０' && s[end] <= U'９'))) ++end;
    return end;
  };
  size_t at = digits(0);
  if (at == 0) return 0;
  if (at < s.size() && (s[at] == U'-' || s[at] == U'－' || s[at] == U'至' || s[at] == U'~' || s[at] == U'—')) {
    const size_t end = digits(at + 1);
    if (end == at + 1) return 0;
    at = end;
  }
  if (at >= s.size() || s[at] != U'月') return 0;
  ++at;
  if (at < s.size() && s[at] == U'份') ++at;
  return at;
}

// Words for "now" that name no period and no metric, even as a whole subject (目前2个小区… /
// 截至目前，4个小区…: one count at one time).
constexpr U32View kNowWords[] = {U"截至目前", U"截止目前", U"到目前为止", U"目前", U"当前", U"至今", U"现已", U"已经", U"已",
                                 U"以来"};

U32View strip_scope(U32View s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (size_t n = opening_time(s); n > 0 && n < s.size()) {
      s.remove_prefix(n);
      changed = true;
    }
    if (kScope.could_start(s))
      for (U32View w : kScope)
        if (s.size() > w.size() && starts_with(s, w)) {
          s.remove_prefix(w.size());
          changed = true;
          break;
        }
    if (U32View w = kCopula.ending(s); !w.empty()) {
      s.remove_suffix(w.size());
      changed = true;
    }
  }
  for (U32View w : kNowWords)
    if (s == w) return {};
  return s;
}

// 全县重点项目中，已开工45个 … 截至9月底，全县重点项目已开工47个: a clause saying only what state some of a
// whole are in (names_only_a_state), after a clause naming that whole (names_a_whole: …中，), counts those
// of the whole in that state. Its metric is the whole's name, scope words left out, then its own (开工,
// 未开工): the 中 and the clause mark between do not change what is counted, and 重点项目开工 names one
// metric with 重点项目已开工 (metrics_name_one). The places the whole's clause names are the figure's, and
// the whole is no topic of it beside (a smaller count of a topic is that topic's part of a total).
void state_of_a_whole(U32View whole_clause, Quantity& q) {
  U32View noun = whole_clause.substr(0, whole_clause.size() - 1);  // less 中
  const std::vector<std::string> places = place_words(noun);
  noun = strip_scope(noun);
  if (noun.size() < 2) return;
  q.metric.insert(0, to_utf8(noun));
  q.topic.clear();  // the whole, named in its metric now: no part of some other figure's things
  for (const std::string& place : places)
    if (std::find(q.places.begin(), q.places.end(), place) == q.places.end()) q.places.push_back(place);
}

}  // namespace

namespace {

// `text` as characters, and where each figure begins and ends among them: the index of
// the character that holds its first byte, and of the one that holds the byte after its
// last (the end of the text past it). One pass over the text, not an index per byte.
struct TextChars {
  U32 chars;
  std::vector<size_t> begins, ends;  // by figure
  std::vector<size_t> dates;         // by date match: where it begins
};

TextChars text_chars(std::string_view text, const std::vector<Quantity>& figures, const std::vector<DeadlineMatch>& dates) {
  TextChars out;
  out.begins.resize(figures.size());
  out.ends.resize(figures.size());
  out.dates.resize(dates.size());
  // The byte offsets asked for, in rising order (sorted, in case a figure's qualifier
  // reaches back into the figure before it).
  std::vector<std::pair<size_t, size_t*>> asked;
  asked.reserve(2 * figures.size() + dates.size());
  for (size_t f = 0; f < figures.size(); ++f) {
    asked.emplace_back(std::min(figures[f].offset, text.size()), &out.begins[f]);
    asked.emplace_back(std::min(figures[f].offset + figures[f].length, text.size()), &out.ends[f]);
  }
  for (size_t d = 0; d < dates.size(); ++d) asked.emplace_back(std::min(dates[d].offset, text.size()), &out.dates[d]);
  auto by_offset = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (!std::is_sorted(asked.begin(), asked.end(), by_offset)) std::stable_sort(asked.begin(), asked.end(), by_offset);
  // Decoded run by run between the offsets asked for: the character holding an asked
  // byte is the next one when a run ends on it, the last one decoded when it ends past it.
  out.chars.resize(text.size());
  char32_t* chars = out.chars.data();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t count = 0, at = 0;
  for (size_t next = 0; next <= asked.size(); ++next) {
    const size_t stop = next < asked.size() ? asked[next].first : text.size();
    while (at < stop) {
      if (ideograph_at(text, at)) {  // most characters: decoded inline
        chars[count++] = (bytes[at] & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | (bytes[at + 2] & 0x3F);
        at += 3;
        continue;
      }
      const CodePoint cp = decode_code_point(text, at);
      chars[count++] = cp.value;
      at += cp.length;
    }
    if (next < asked.size()) *asked[next].second = at == stop ? count : count - 1;
  }
  out.chars.resize(count);
  return out;
}

}  // namespace

namespace {

// 同比上升1.5个百分点 / “十三五”以来累计上升21.6个百分点: a change is against a base — the same
// period a year before, or a time long past that its sentence names — and two bases are two
// changes. 今年以来 and 年初以来 name this year, whose change is read against the year before.
bool compares_with_a_year_before(U32View words) {
  for (U32View w : {U32View(U"同比"), U32View(U"同期"), U32View(U"比上年"), U32View(U"较上年"), U32View(U"比去年"),
                    U32View(U"较去年"), U32View(U"上年相比"), U32View(U"去年相比")})
    if (contains(words, w)) return true;
  return false;
}
// 环比上升6.9%, 比上月增长2%: a change against the period just before, not the year before.
bool compares_with_the_period_before(U32View words) {
  for (U32View w : {U32View(U"环比"), U32View(U"比上月"), U32View(U"较上月"), U32View(U"比上季"), U32View(U"较上季")})
    if (contains(words, w)) return true;
  return false;
}
// Whether [from, to) joins two items of one list: it opens and ends with 、 and holds no other clause mark
// (、 / 、死亡人数持平、). Read only between two figures of one clause.
bool joined_by_a_list(const U32& chars, size_t from, size_t to) {
  if (from >= to || to > chars.size() || chars[from] != U'、' || chars[to - 1] != U'、') return false;
  for (size_t i = from; i < to; ++i)
    if (chars[i] != U'、' && metric_text::is_clause_mark(chars[i])) return false;
  return true;
}
// Whether [from, to), the words between two figures of one sentence, holds a clause of four or more
// characters with no figure (，提交马德里商标国际注册申请件，): a thing named whose count is not given.
bool names_a_thing_between(const U32& chars, size_t from, size_t to) {
  size_t run = 0;
  for (size_t i = from; i < to && i < chars.size(); ++i) {
    if (metric_text::is_clause_mark(chars[i])) {
      if (run >= 4) return true;
      run = 0;
    } else {
      ++run;
    }
  }
  return false;
}
// The clause right before `clause_start` (after `from`), when it names a thing and how it fares with no
// figure (化工产业快速壮大, 汽车类商品稳定增长, 通讯器材类增势良好, 石油及制品类商品有所回落; a slice of
// offences or cases: 夜间酒驾多发, 公路查处数量大幅增长, 严重醉驾(…)占比下降): 4 to 16 characters, words in
// brackets not counted, ending with a word of trend or state. `from` is the end of the figure before or
// the sentence's start, so no figure is in it (20-49岁驾驶人 is read from 驾驶人: the mark - ends a clause).
// A clause with a digit left in it (血液酒精含量200以上…) is taken only with a word of a slice's frequency or
// share (多发, 占比下降), not with a trend word. Else empty.
U32View faring_subject_before(const U32& chars, size_t from, size_t clause_start) {
  if (clause_start == 0 || clause_start <= from + 1 || !metric_text::is_clause_mark(chars[clause_start - 1])) return {};
  size_t start = clause_start - 1;
  while (start > from && !metric_text::is_clause_mark(chars[start - 1])) --start;
  const U32View clause(chars.data() + start, clause_start - 1 - start);
  size_t outside = 0, depth = 0;
  bool digit = false;
  for (char32_t c : clause) {
    if (c == U'(' || c == U'（') ++depth;
    else if ((c == U')' || c == U'）') && depth > 0) --depth;
    else if (depth == 0) ++outside, digit = digit || is_digit(c);
  }
  if (outside < 4 || outside > 16 || depth != 0) return {};
  static constexpr U32View kFaring[] = {U"增长", U"壮大", U"良好", U"平稳", U"迅猛", U"走俏", U"回落", U"回升",
                                        U"稳定", U"较快", U"强劲", U"下滑", U"趋缓", U"向好", U"活跃", U"旺盛"};
  // 酒驾醉驾多发, 违法高发, 占比下降, 占比上升: how often a slice occurs, or its share, moves.
  static constexpr U32View kSliceFaring[] = {U"多发", U"高发", U"频发", U"突出", U"占比下降", U"占比上升",
                                             U"比例下降", U"比例上升"};
  for (U32View w : kSliceFaring)
    if (ends_with(clause, w)) return clause;
  if (digit) return {};
  for (U32View w : kFaring)
    if (ends_with(clause, w)) return clause;
  return {};
}
// Words a clause opens with that do, not name: its subject is the clause before (实现零售额, 完成产值;
// 查处38.7万起, 共破获…: what was done about a slice of offences).
bool opens_with_a_doing_verb(U32View words) {
  for (U32View w : {U32View(U"实现"), U32View(U"完成"), U32View(U"累计完成"), U32View(U"累计实现"), U32View(U"查处"),
                    U32View(U"共查处"), U32View(U"查获"), U32View(U"共查获"), U32View(U"破获"), U32View(U"共破获")})
    if (starts_with(words, w)) return true;
  return false;
}
// Verbs a clause opens with that leave its subject to a clause before: what was done, built or added
// (完成投资2380万元, 新增床位150张, 铺设管道25.6公里).
bool opens_with_a_work_verb(U32View words) {
  for (U32View w : {U32View(U"完成"), U32View(U"实现"), U32View(U"累计完成"), U32View(U"新增"), U32View(U"新建"),
                    U32View(U"建成"), U32View(U"铺设"), U32View(U"投入"), U32View(U"已完成"), U32View(U"共完成")})
    if (starts_with(words, w)) return true;
  return false;
}
// The project or campaign a clause of the figure's sentence (from `from`), before the figure's own clause, makes its
// subject (金钟水利枢纽大坝工程通过竣工验收，完成投资2380万元 / “幸福家园”一期工程基本竣工，新增床位150张 /
// …引水配套工程基本完成全线征迁工作，铺设管道25.6公里，完成投资15000万元): the nearest clause back to the
// sentence's start with no digit, 4 to 30 characters, that names a thing of two characters or more
// ending in 工程, 项目 or 行动 and then what it did or how it stands. The name, else empty.
U32View project_subject_before(const U32& chars, size_t from, size_t clause_start) {
  static constexpr U32View kProjectNouns[] = {U"工程", U"项目", U"行动"};
  for (size_t end = clause_start; end > from + 1 && metric_text::is_clause_mark(chars[end - 1]);) {
    size_t start = end - 1;
    while (start > from && !metric_text::is_clause_mark(chars[start - 1])) --start;
    const U32View clause(chars.data() + start, end - 1 - start);
    bool digit = false;
    for (char32_t c : clause) digit = digit || is_digit(c);
    if (!digit && clause.size() >= 4 && clause.size() <= 30)
      for (U32View noun : kProjectNouns)
        if (const size_t at = clause.find(noun); at != U32View::npos && at >= 2 && at + noun.size() < clause.size())
          return clause.substr(0, at + noun.size());
    end = start;
  }
  return {};
}
// 督察通知20份，涉及违规事项539件 / 月度重点督办6份，涉及违规事项41件: words that open a clause to say what a
// counted set holds or involves.
bool opens_with_what_a_set_involves(U32View words) {
  for (U32View w : {U32View(U"涉及"), U32View(U"共涉及"), U32View(U"包括"), U32View(U"包含"), U32View(U"共包括")})
    if (starts_with(words, w) && words.size() > w.size()) return true;
  return false;
}
// Whether [from, to), between a figure and the words of the next, is the rest of the first figure's clause
// and one clause mark (份，, 份通知，): the next clause follows the first's figure directly.
bool next_clause_after(const U32& chars, size_t from, size_t to) {
  if (from >= to || to > chars.size() || to - from > 8 || !metric_text::is_clause_mark(chars[to - 1])) return false;
  for (size_t i = from; i + 1 < to; ++i)
    if (metric_text::is_clause_mark(chars[i]) || is_digit(chars[i])) return false;
  return true;
}
// The subjects a sentence names each before a colon (城市低保：…300.1元/月，农村低保：…154.33元/月): for each
// colon in [from, to), the colon's position and the words from the clause mark or colon before it, 2 to
// 12 characters with no digit.
void colon_heads(const U32& chars, size_t from, size_t to, std::vector<std::pair<size_t, U32View>>& out) {
  out.clear();
  size_t start = from;
  for (size_t i = from; i < to; ++i) {
    const char32_t c = chars[i];
    if (c == U'：' || c == U':') {
      const size_t size = i - start;
      bool digit = false;
      for (size_t k = start; k < i; ++k) digit = digit || is_digit(chars[k]);
      if (size >= 2 && size <= 12 && !digit) out.emplace_back(i, U32View(chars.data() + start, size));
    }
    if (metric_text::is_clause_mark(c)) start = i + 1;
  }
}
constexpr U32View kConjunctions[] = {U"和", U"及", U"与", U"或", U"以及", U"和的"};
bool names_only_a_conjunction(U32View metric) {
  return std::find(std::begin(kConjunctions), std::end(kConjunctions), metric) != std::end(kConjunctions);
}
bool names_a_time_since(const U32& chars, size_t start, size_t end) {
  const U32View sentence(chars.data() + start, end - start);
  for (size_t at = sentence.find(U"以来"); at != U32View::npos; at = sentence.find(U"以来", at + 2)) {
    const U32View before = sentence.substr(at >= 2 ? at - 2 : 0, std::min<size_t>(at, 2));
    if (before != U"今年" && before != U"年初" && before != U"本年") return true;
  }
  return false;
}

}  // namespace

// A list of targets: the words after a colon whose lead names targets (今年主要预期目标是：
// 地区生产总值增长5%左右；城镇新增就业1.2万人以上。), up to the full stop or the next colon.
// Its figures are planned, not done, whatever their role words. A lead that reports on
// targets (目标任务完成情况：, 计划执行进度：) opens no such list. As [begin, end) indices.
constexpr bool is_full_stop(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n';
}
constexpr bool is_colon(char32_t c) { return c == U'：' || c == U':'; }
constexpr size_t kMostLeadChars = 40;
constexpr U32View kTargetNouns[] = {U"目标", U"计划", U"预期"};
constexpr U32View kReportedWords[] = {U"完成", U"实现", U"情况", U"进展", U"进度", U"执行", U"落实"};

bool names_targets(U32View lead) {
  auto has = [&](U32View w) { return lead.find(w) != U32View::npos; };
  return std::any_of(std::begin(kTargetNouns), std::end(kTargetNouns), has) &&
         std::none_of(std::begin(kReportedWords), std::end(kReportedWords), has);
}

std::vector<std::pair<size_t, size_t>> target_lists(const U32& chars) {
  std::vector<std::pair<size_t, size_t>> lists;
  size_t lead_start = 0;  // after the last full stop or colon
  for (size_t i = 0; i < chars.size(); ++i) {
    if (is_full_stop(chars[i])) {
      lead_start = i + 1;
      continue;
    }
    if (!is_colon(chars[i])) continue;
    const size_t from = std::max(lead_start, i > kMostLeadChars ? i - kMostLeadChars : 0);
    lead_start = i + 1;
    if (!names_targets(U32View(chars).substr(from, i - from))) continue;
    size_t end = i + 1;
    while (end < chars.size() && !is_full_stop(chars[end]) && !is_colon(chars[end])) ++end;
    lists.emplace_back(i + 1, end);
  }
  return lists;
}

// A numbered item that opens by restating its task and then reports on it from a time on (1.引进
// 行业龙头企业投资项目不少于3个；新开工亿元以上产业项目100个。上半年，引进…项目2个…; a 《政府工作
// 报告》 task and its progress in one cell): the first sentence opens with no time and says
// nothing is done (已), the next opens with a time (上半年，1-6月，截至6月底，目前，今年以来，).
// The first sentence's figures are the task's targets, not what was done. Returns the index
// of that sentence's full stop, or 0.
constexpr U32View kReportOpenings[] = {U"截至", U"截止", U"目前", U"当前", U"至今", U"到目前", U"年初以来"};

// `chars` a numbered item, `body` the characters its number takes (ItemNumber::body, counted
// in characters).
size_t task_statement_end(const U32& chars, size_t body) {
  size_t stop = 0;
  while (stop < chars.size() && !is_full_stop(chars[stop])) ++stop;
  if (stop == 0 || stop >= chars.size() || chars[stop] == U'\n') return 0;
  U32View first = U32View(chars).substr(0, stop);
  first.remove_prefix(std::min(body, first.size()));  // after its number (1. （一） 一、), the statement itself
  if (first.empty() || opening_time(first) > 0 || contains(first, U"已")) return 0;
  for (U32View w : kReportOpenings)
    if (starts_with(first, w)) return 0;
  size_t next = stop + 1;
  while (next < chars.size() && (chars[next] == U' ' || chars[next] == U'\u3000')) ++next;
  const U32View second = U32View(chars).substr(next);
  bool opens_with_time = opening_time(second) > 0;
  for (U32View w : kReportOpenings) opens_with_time = opens_with_time || starts_with(second, w);
  if (!opens_with_time) return 0;
  // The time is the sentence's opening phrase: a comma soon after it.
  for (size_t i = 0; i < second.size() && i < 16; ++i) {
    if (second[i] == U'，' || second[i] == U',') return stop;
    if (is_full_stop(second[i])) break;
  }
  return 0;
}

// The parts a 其中 lists, clause after clause up to the full stop (其中，续建项目15个，完成投资
// 5.1亿元；新开工项目16个，完成投资4.5亿元。): each figure there is a part of a total before.
std::vector<std::pair<size_t, size_t>> part_lists(const U32& chars) {
  std::vector<std::pair<size_t, size_t>> lists;
  for (size_t i = 0; i + 1 < chars.size(); ++i) {
    if (chars[i] != U'其' || chars[i + 1] != U'中') continue;
    size_t end = i + 2;
    while (end < chars.size() && !is_full_stop(chars[end])) ++end;
    lists.emplace_back(i, end);
    i = end;
  }
  return lists;
}

// The index of the range of `ranges` (sorted, disjoint) that holds `at`, advancing `next`
// as the figures' positions rise; whether there is one.
bool in_ranges(const std::vector<std::pair<size_t, size_t>>& ranges, size_t& next, size_t at) {
  while (next < ranges.size() && ranges[next].second <= at) ++next;
  return next < ranges.size() && ranges[next].first <= at;
}

// A bound that names the things counted next, not a value of a metric: a figure with a
// qualifier of comparison followed by 的 (贫困发生率在20%以上的贫困村92个, 占去年人数超过90%的有14个
// 省份, 开工率高于80%的有7个省份), a figure followed by 的 and a count a few words on in its clause
// (整改完成率达到100%的51个), or one ending in 以上/以下 right before a noun and the next figure of
// its clause (10亿元以上项目25个).
bool is_threshold(const U32& chars, const Quantity& q, size_t end, size_t next_begin, const Quantity* next) {
  if (end >= chars.size()) return false;
  // 目标32万吨的94%: 的 before a share is "of", the figure the share's whole.
  if (next && is_ratio_unit(next->unit)) return false;
  // The next figure follows in the same clause, a few words on (…达到100%的51个, 以上项目25个).
  auto next_in_clause = [&](size_t most_chars) {
    if (next_begin >= chars.size() || next_begin - end > most_chars) return false;
    for (size_t i = end; i < next_begin; ++i)
      if (is_clause_mark(chars[i]) || is_opener(chars[i]) || opener_of(chars[i])) return false;
    return true;
  };
  if (chars[end] == U'的') return q.approx != Approx::Exact || next_in_clause(10);
  const bool bound_after = q.text.size() > 6 && (q.text.compare(q.text.size() - 6, 6, "以上") == 0 ||
                                                 q.text.compare(q.text.size() - 6, 6, "以下") == 0);
  return bound_after && is_ideograph(chars[end]) && next_in_clause(12);
}

// Whether the figure ending at `end` is a value of a target its clause names after it
// (超额完成PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善目标): the clause goes on to 的
// and ends in 目标, 任务 or 要求.
constexpr U32View kTargetEnds[] = {U"目标", U"目标任务", U"任务", U"要求"};
bool names_a_target_after(const U32& chars, size_t end) {
  size_t i = end;
  bool of = false;
  while (i < chars.size() && i - end < 60) {
    const char32_t c = chars[i];
    if (is_sentence_end(c) || c == U'，' || c == U',' || c == U'：' || c == U':') break;
    of = of || c == U'的';
    ++i;
  }
  if (!of) return false;
  const U32View clause = U32View(chars).substr(end, i - end);
  return std::any_of(std::begin(kTargetEnds), std::end(kTargetEnds),
                     [&](U32View w) { return ends_with(clause, w); });
}

namespace {

// Whether a metric opens with a word of comparison (优于全市国有企业平均资产负债率): the group and the
// place it names are the base compared with, not the subject.
bool opens_with_a_comparison(const std::string& metric) {
  for (std::string_view base : {"优于", "高于", "低于", "快于", "慢于", "超过", "比", "较"})
    if (metric.compare(0, base.size(), base) == 0) return true;
  return false;
}

// The group of organisations a metric opens by naming, when an attribute of two characters or more
// follows it: 市国有企业资产总额 → 市国有企业; 单位GDP能耗, 企业数量 name none (the noun must
// follow a word of its own).
std::string named_group(const std::string& metric) {
  // Not 单位 nor 机构: 示范单位, 责任单位, 成员单位 are things counted or named, not a group that owns figures.
  static constexpr std::string_view kGroupNouns[] = {"企业", "公司", "集团", "银行"};
  size_t end = 0;
  for (std::string_view noun : kGroupNouns) {
    const size_t at = metric.rfind(noun);
    if (at != std::string::npos && at >= 3 && metric.size() >= at + noun.size() + 6) end = std::max(end, at + noun.size());
  }
  return metric.substr(0, end);
}

}  // namespace

void describe_metrics(std::string_view text, std::vector<Quantity>& figures) {
  if (figures.empty()) return;
  // Dates in the text (截至6月底, 一季度, 去年同期) and periods (国庆假期): those of a figure's
  // sentence before it say when the figure holds.
  // Only dates before a figure are read, so the text after the last one is not scanned.
  std::vector<std::pair<size_t, size_t>> figure_spans;
  figure_spans.reserve(figures.size());
  size_t last_end = 0;
  for (const Quantity& q : figures) {
    figure_spans.emplace_back(q.offset, q.offset + q.length);
    last_end = std::max(last_end, std::min(q.offset + q.length, text.size()));
  }
  const std::vector<DeadlineMatch> dates = find_deadlines(text.substr(0, last_end), kAnyYear, figure_spans);
  const TextChars decoded = text_chars(text, figures, dates);
  // Most texts have no colon and no 其中: a byte search says so before a pass over the characters.
  const bool has_colon = text.find("：") != std::string_view::npos || text.find(':') != std::string_view::npos;
  const std::vector<std::pair<size_t, size_t>> targets =
      has_colon ? target_lists(decoded.chars) : std::vector<std::pair<size_t, size_t>>{};
  const std::vector<std::pair<size_t, size_t>> parts =
      text.find("其中") != std::string_view::npos ? part_lists(decoded.chars) : std::vector<std::pair<size_t, size_t>>{};
  size_t next_target = 0, next_part = 0;
  const U32& chars = decoded.chars;
  const ItemNumber number = read_item_number(text);
  const size_t statement_end =
      number.style != NumberStyle::None ? task_statement_end(chars, to_u32(text.substr(0, number.body)).size()) : 0;
  size_t next_date = 0;
  size_t times_sentence = std::string::npos, times_read_to = 0;
  std::string sentence_time;
  // A time named in a sentence holds for the sentences after it in the same text until
  // another is named (全年…186家。规模以上工业增加值增长7.4%。一季度…增长5.1%).
  std::string carried_time;
  // 上半年全市共纳入监测对象427户。全市累计纳入监测对象5618户: a sentence that says 累计 and names
  // no time of its own counts since the work began, not over the period carried from before (a
  // day carried stays: 截至9月底，累计… then 累计… are both up to that day).
  bool sentence_cumulative = false;
  size_t last_time_at = 0;  // where the sentence's last time word begins
  size_t sentence_floor = std::string::npos;  // where a place right after a figure began a sentence (…12.5%北京市…)
  std::string sentence_view;  // the view the sentence opened by naming (从累计增速看，)
  std::string breakdown_view;  // the view a sentence with no figure opened (分币种看，…。): the rest of the text is its parts
  size_t breakdown_scanned = 0;
  // Likewise the places a sentence names hold for the next sentences of the text until
  // another names some (京津冀…70微克/立方米。发生重污染395天次… / 长三角地区…。发生重污染60天次…).
  std::vector<std::string> sentence_places, carried_places;
  size_t places_sentence = std::string::npos;
  const Quantity* last_threshold = nullptr;
  size_t last_threshold_sentence = std::string::npos;

  const std::string item = item_heading(text, number);
  const std::vector<std::pair<size_t, U32>> enumerated = paragraph_parts(text, decoded.chars);
  size_t next_enumerated = 0;
  size_t full_stop_scanned = 0, after_full_stop = 0;  // the characters read for full stops, the last one's end
  // The subjects the sentence up to its full stop names before colons (城市低保：…，农村低保：…), read once a sentence.
  size_t heads_sentence = std::string::npos;
  std::vector<std::pair<size_t, U32View>> heads;
  ScopeClauses scope_clauses(names_a_whole), counted_wholes(names_a_counted_whole, /*joined=*/true);
  // The things the current sentence opened by counting, and the count's measure word.
  std::string sentence_topic, topic_unit;
  bool sentence_counted = false;
  // The things the last sentence that counted some opened with, for the sentences after it
  // that count nothing (我县安排重点项目91宗，…年度投资计划304亿元。1-4月，完成投资96.4亿元 is of
  // those 91), until another counts.
  std::string carried_topic, carried_topic_unit;
  // The group of organisations the text's first figure named (市国资委直接监管企业), its places.
  // The things the text's first figure counted (省重点工业项目), the sentence it did so in.
  std::string text_set;
  size_t text_set_sentence = 0;
  bool group_read = false;
  std::string opening_group;
  std::vector<std::string> group_places;

  // The sentence (up to 。 or ；) the figures are in and the metric of its first figure.
  size_t head_sentence = std::string::npos;
  size_t share_clause_end = std::string::npos;  // where the share after the last figure ends
  std::string head_metric;
  size_t previous_end = 0;
  const Quantity* previous_in_sentence = nullptr;
  const Quantity* previous_ratio_in_sentence = nullptr;   // of those, the last share or rate (%)
  const Quantity* previous_amount_in_sentence = nullptr;  // and the last other level
  size_t previous_in_sentence_begin = 0;
  const Quantity* previous = nullptr;
  U32 left, counted, state;  // kept for every figure: one allocation a text, not a few a figure
  left.reserve(kMostLeftChars);
  counted.reserve(kMostCountedChars);
  state.reserve(kMostStateChars);
  for (size_t f = 0; f < figures.size(); ++f) {
    Quantity& q = figures[f];
    const size_t begin = decoded.begins[f], end = decoded.ends[f];
    const size_t next = f + 1 < figures.size() ? decoded.begins[f + 1] : chars.size();
    bool inside = false;
    left_words(chars, begin, previous_end, left, inside);
    Sentence sentence = sentence_before(chars, begin);
    // …臭氧平均浓度为162微克/立方米，同比上升12.5%北京市优良天数比例为81.5%: a page that drops the full stop
    // before a region's figures leaves a place name right after a figure, opening the next clause with no mark
    // between. Such a place starts a new sentence's subject (its own places, time and figures before it). Not
    // after a count (12个县区: the counted noun), nor words a verb or preposition opens (3000万元用于镇区…).
    const bool place_after_figure =
        f > 0 && !left.empty() && decoded.ends[f - 1] + left.size() == begin && decoded.ends[f - 1] + sentence.size > begin &&
        !counts_things(figures[f - 1].unit) && !opens_with_a_function_word(left) && opening_place(left) > 0;
    if (place_after_figure) sentence_floor = decoded.ends[f - 1];
    if (sentence_floor != std::string::npos && sentence_floor <= begin && begin - sentence.size < sentence_floor) {
      sentence.size = begin - sentence_floor;
      sentence.has_qizhong = contains(U32View(chars.data() + sentence_floor, sentence.size), U"其中");
    }
    // Inside brackets the sentence opened before it: (含新制定5件,修改4件) annotates a total.
    if (sentence.open_bracket) inside = true;
    // 126户398人: a count right after another has the phrase's subject.
    const bool follows_count = previous && left.empty() && previous_end == begin;
    if (previous_in_sentence && previous_in_sentence_begin < begin - sentence.size)
      previous_in_sentence = previous_ratio_in_sentence = previous_amount_in_sentence = nullptr;
    const size_t previous_end_before = previous_end;
    previous_end = end;
    counted_noun(chars, end, next, counted, state);

    // The words before the figure, less the word that gives its role.
    U32View words = left;
    // 同比增长了4.6%, 达到了195.5万人次: the aspect particle after the verb says nothing of the role.
    if (words.size() > 2 && words.back() == U'了') words.remove_suffix(1);
    FigureRole role = FigureRole::Level;
    size_t words_before_change = U32View::npos;  // where 由 starts, before a time (由去年的15元)
    bool averaged = false;  // 年均增长, 两年平均增长: an average rate, not the period's own
    if (U32View w = kGrowth.ending(words); !w.empty()) {
      role = FigureRole::Growth;
      averaged = contains(w, U"平均") || contains(w, U"年均");
      words.remove_suffix(w.size());
    } else if (U32View d = kDecline.ending(words); !d.empty()) {
      role = FigureRole::Decline;
      words.remove_suffix(d.size());
    } else if (!kResult.ending(words).empty() && kChange.found_in(words)) {
      role = FigureRole::After;
    } else if (!kBefore.ending(words).empty()) {
      role = FigureRole::Before;
    } else if (size_t from = dated_start_of_change(words); from != U32View::npos &&
               (kChange.starts(counted) || kDecline.starts(counted) || kGrowth.starts(counted))) {
      // 毛猪价格由去年的15元/公斤下降到9.4元/公斤: 由 and a time before the value, the change after it.
      role = FigureRole::Before;
      words_before_change = from;
    }
    const bool added = role == FigureRole::Level && kAdded.found_in(words);  // 新开工项目5个
    if (added) role = FigureRole::Growth;
    if (role == FigureRole::Level || role == FigureRole::Growth || role == FigureRole::Decline) {
      if (inside || sentence.has_qizhong || in_ranges(parts, next_part, begin) || kPart.starts(words) ||
          !counted_wholes.before(chars, begin - sentence.size, begin).empty())
        role = FigureRole::Part;
      else if (contains(words, U"分别") || (previous && each_of_counted(words, previous->counted)))
        role = FigureRole::Distributive;
      else if (role == FigureRole::Level && kPlan.found_in(words))
        role = FigureRole::Planned;
    }
    if ((in_ranges(targets, next_target, begin) || begin < statement_end || names_a_target_after(chars, end)) &&
        (role == FigureRole::Level || role == FigureRole::Growth || role == FigureRole::Decline))
      role = FigureRole::Planned;
    // 20所城乡幼儿园开工19所, 15个项目开工12个, 65件民生实事已完成26件: a count right after the
    // things the count before it counted, in the same measure word, is the part of them that did
    // what was said.
    if (previous && !previous->counted.empty() && previous->unit == q.unit && counts_things(q.unit) &&
        decoded.ends[f - 1] + left.size() == begin && !inside && to_utf8(left).rfind(previous->counted, 0) == 0 &&
        (role == FigureRole::Level || role == FigureRole::Growth))
      role = FigureRole::Part;
    const bool threshold = is_threshold(chars, q, end, next, f + 1 < figures.size() ? &figures[f + 1] : nullptr);
    if (threshold) role = FigureRole::Threshold;
    q.role = static_cast<int>(role);
    q.base.clear();
    if (role == FigureRole::Growth || role == FigureRole::Decline) {
      const bool year_before = compares_with_a_year_before(left), period_before = compares_with_the_period_before(left);
      if (year_before && !period_before) q.base = "同比";
      else if (period_before && !year_before) q.base = "环比";
      else if (names_a_time_since(chars, begin - sentence.size, begin)) q.base = "以来";
      // 同比事故起数下降11.4%、死亡人数下降18.8%，环比事故起数上升6.9%、死亡人数…: a base said once
      // before a list holds for each change the list joins to it with 、, up to the clause's end.
      // So for a change after an item of the list that states none (…、死亡人数持平、受伤人数上升100.0%).
      else if (f > 0 && !figures[f - 1].base.empty() &&
               (static_cast<FigureRole>(figures[f - 1].role) == FigureRole::Growth ||
                static_cast<FigureRole>(figures[f - 1].role) == FigureRole::Decline) &&
               joined_by_a_list(chars, decoded.ends[f - 1], begin - left.size()))
        q.base = figures[f - 1].base;
    }
    q.places = place_words(words);
    std::vector<std::string> clause_places;  // the places the figure's own words name, years aside
    for (const std::string& p : q.places)
      if (!is_year_word(p)) clause_places.push_back(p);
    // A figure that goes on the clause of the figure before it (长三角地区41个城市平均优良天数比例为
    // 78.6%) is of the places that clause named before.
    const bool same_clause = previous && decoded.ends[f - 1] + left.size() >= begin && !inside && !place_after_figure;
    if (same_clause)
      for (const std::string& place : previous->places)
        if (std::find(q.places.begin(), q.places.end(), place) == q.places.end()) q.places.push_back(place);
    {
      const size_t start = begin - sentence.size;
      if (start != places_sentence) {
        places_sentence = start;
        if (!sentence_places.empty()) carried_places = sentence_places;
        sentence_places.clear();
      }
      // A figure whose clause names no place is of the places its sentence named before it
      // (天津市接待游客195.5万人次，同比增长4.6%), else of those of the sentences before. Only
      // places carry, not years (恢复至2019年同期的95% names a year of comparison).
      std::vector<std::string> own_places;
      for (const std::string& p : q.places)
        if (!is_year_word(p)) own_places.push_back(p);
      if (!own_places.empty()) {
        sentence_places = own_places;
      } else {
        for (const std::string& p : sentence_places.empty() ? carried_places : sentence_places)
          if (std::find(q.places.begin(), q.places.end(), p) == q.places.end()) q.places.push_back(p);
      }
    }
    // Every date and period the sentence names before the figure, in order: 截至6月底，今年以来
    // and 截至9月底，今年以来 are two times. Read once per sentence, up to each figure in turn.
    const size_t sentence_start = begin - sentence.size;
    if (sentence_start != times_sentence) {
      times_sentence = sentence_start;
      times_read_to = sentence_start;
      if (!sentence_time.empty()) carried_time = sentence_time;
      sentence_time.clear();
      last_time_at = 0;
      sentence_cumulative = false;
      if (sentence_counted && !sentence_topic.empty()) carried_topic = sentence_topic, carried_topic_unit = topic_unit;
      sentence_topic.clear();
      sentence_counted = false;
      // 第三幼儿园项目，占地面积8436平方米，…投入建设资金2100万元: a sentence opened by a project's
      // name in a clause of its own states that project's figures, not those of the projects
      // counted before it (共有校舍建设工程33个，…投入建设资金9673万元).
      sentence_view = to_utf8(opening_view(chars, sentence_start, begin));
      // 各项贷款余额2.69万亿元，…。分币种看，人民币各项贷款平稳增长，外汇各项贷款同比少增。6月末，人民币…: a
      // sentence that opens a breakdown by a view (分…看, 从…看, 按…分) and states no figure of its own makes the
      // figures of the rest of its text parts of that breakdown, not the total stated before it restated.
      // Read once: the sentences between the figure before and this one's, each from its start.
      for (size_t i = std::max(breakdown_scanned, previous_end_before); i < sentence_start; ++i)
        if (i == 0 || metric_text::is_sentence_end(chars[i - 1]))
          if (const U32View view = opening_view(chars, i, sentence_start); !view.empty()) breakdown_view = to_utf8(view);
      breakdown_scanned = sentence_start;
      if (U32View name = opening_project(chars, sentence_start, begin); !name.empty()) {
        sentence_topic = to_utf8(name);
        topic_unit.clear();
        sentence_counted = true;
      }
    }
    for (; times_read_to < begin; ++times_read_to) {
      while (next_date < dates.size() && decoded.dates[next_date] < times_read_to) ++next_date;
      std::string word;
      size_t skip = 0;  // 五年以来 is one time, not 五年 and 以来
      if (next_date < dates.size() && decoded.dates[next_date] == times_read_to)
        word = period_of(chars, times_read_to, year_word(dates[next_date].deadline.text));
      else if (std::string months = first_months_at(chars, times_read_to); !months.empty())
        word = months;
      else if (U32View w = period_word_at(chars, times_read_to); !w.empty()) {
        word = year_word(to_utf8(w));
        if (w.size() > 2 && (w.back() == U'来' || w.back() == U'间' || w.back() == U'期'))
          skip = std::min(w.size() - 1, begin - 1 - times_read_to);
      }
      if (!word.empty()) sentence_time += (sentence_time.empty() ? "" : "|") + word, last_time_at = times_read_to;
      else if (chars[times_read_to] == U'累' && times_read_to + 1 < begin && chars[times_read_to + 1] == U'计')
        sentence_cumulative = true;
      times_read_to += skip;
    }
    q.time = !sentence_time.empty() ? sentence_time
             : sentence_cumulative && !carried_time.empty() && !names_a_day(carried_time) ? "累计"
                                                                 : carried_time;
    // 今年全县完成造林1.2万亩，累计完成造林8.5万亩: a clause that says 累计 and names no time of its own,
    // after a period its sentence named in a clause before (not a day: 截至6月底，累计… is up to that
    // day), counts since the work began — a running total, not the period's figure. 1-6月累计完成投资
    // names its period in its own clause: the period's.
    if (!sentence_time.empty() && !names_a_day(sentence_time) && last_time_at + left.size() < begin &&
        contains(left, U"累计"))
      q.time = sentence_time + "|累计";

    // The verb right before the figure, for a figure that counts the noun after it.
    U32View verb_words = words;
    if (ends_with(verb_words, U"的")) verb_words.remove_suffix(1);
    q.verb.clear();
    if (verb_words.size() >= 2) append_utf8(verb_words.substr(verb_words.size() - 2), &q.verb);

    U32View metric = words;
    if (role == FigureRole::After) {
      // 审批时间压缩至60个工作日: the metric is what changes, without the change itself.
      metric.remove_suffix(kResult.ending(metric).size());
      for (U32View w = kChange.ending(metric); !w.empty(); w = kChange.ending(metric)) metric.remove_suffix(w.size());
      if (U32View w = kDecline.ending(metric); !w.empty()) metric.remove_suffix(w.size());
      else if (U32View g = kGrowth.ending(metric); !g.empty()) metric.remove_suffix(g.size());
    } else if (role == FigureRole::Before) {
      // 审批时间由90个工作日压缩至…: the metric is 审批时间; what follows is the change.
      if (words_before_change != U32View::npos) metric = metric.substr(0, std::min(words_before_change, metric.size()));
      else metric.remove_suffix(kBefore.ending(metric).size());
      if (kChange.starts(counted) || kDecline.starts(counted) || kGrowth.starts(counted)) counted.clear();
    }
    if (kObject.found_in(metric))
      for (U32View v : kObject) {
        size_t at = metric.rfind(v);
        // 网上办理率达到: what remains must be a name, not a suffix and a verb (率达到).
        if (at != U32View::npos && strip_scope(metric.substr(at + v.size())).size() >= 2) metric.remove_prefix(at + v.size());
      }
    metric = strip_scope(metric);
    // 投资104万元，在广盛里社区铺设… / 投资130万元对北陈社区进行…改造: a sentence opened by spending
    // alone states the cost of the work it goes on to name, a different work in each sentence.
    // So does a clause of spending alone after another clause (…，投入755万元，新建10座垃圾转运站；
    // 同时，投入520万元，采购果皮箱和垃圾桶), unless the sentence opened by naming the work it is
    // the cost of (东河治理城区段，投资2100万元).
    const bool spending_opens_sentence =
        is_spending_verb(words) && ((left.size() == sentence.size && (f == 0 || decoded.begins[f - 1] + sentence.size < begin)) ||
                                    (words.size() == left.size() && left.size() < sentence.size &&
                                     opening_project(chars, begin - sentence.size, begin).empty()));
    // 34.3%和26.8%, 15.1%和25.3%: a conjunction alone before the last figure of a list names no metric.
    if (kReference.has(metric) || spending_opens_sentence || names_only_a_measure_word(metric) ||
        names_only_a_conjunction(metric)) {
      metric = {};
      counted.clear();
    }
    // With nothing named before it, a figure's metric is the noun it counts, when that says
    // enough: 3个村 … 5个村 in two clauses are not one count of one thing.
    if (metric.empty() && counted.size() < 2) counted.clear();
    // 完成20348万元，为预算的55.3%，同比增长8.2%: a growth rate in % is of the amount stated
    // before it, not of a share between them; a change in points (提高2个百分点) is of the share.
    // The figure stated right before this one in its sentence, whatever its role: a plan, a
    // share, an outcome or a comparison named alone is of it.
    const Quantity* stated_before = f > 0 && decoded.begins[f - 1] + sentence.size >= begin &&
                                            !figures[f - 1].metric.empty()
                                        ? &figures[f - 1]
                                        : nullptr;
    const Quantity* grows = is_ratio_unit(q.unit) && q.unit != "%" && previous_ratio_in_sentence
                                ? previous_ratio_in_sentence
                                : (previous_amount_in_sentence ? previous_amount_in_sentence : previous_in_sentence);
    // 提交PCT国际专利申请2.68万件，同比增长20.7%，提交马德里商标国际注册申请件，同比增长36%: a change
    // named alone after a clause that names a thing of its own with no figure (the count the text left
    // out) is that thing's, not the change of the figure before.
    if ((role == FigureRole::Growth || role == FigureRole::Decline) && metric.empty() && grows && f > 0 &&
        names_a_thing_between(chars, decoded.ends[f - 1], begin - std::min(left.size(), begin)))
      grows = nullptr;
    if ((role == FigureRole::Growth || role == FigureRole::Decline) && metric.empty() && grows) {
      // 工业增加值85亿元，同比增长7%: the growth of the metric stated before it.
      q.metric = grows->metric;
      q.places = grows->places;
    } else if ((names_only_a_comparison(metric) || (q.unit == "倍" && !metric.empty())) && (grows || stated_before)) {
      // 增幅同比回落19个百分点, 比去年同月增加984亿元, 降幅比1-10月收窄0.9个百分点, 低于全县规上
      // 工业增速5.8个百分点, 是“十五”期末的2.5倍: a change or gap against a base, or a multiple of
      // one, of the metric stated before it.
      q.metric = (grows ? grows : stated_before)->metric;
      append_utf8(metric, &q.metric);
    } else {
      q.metric.clear();
      // 上半年增加11.56万亿元，同比多增2.99万亿元 after a semicolon: a time alone (上半年) or a comparison
      // alone (同比多增), with no figure before it in its sentence to be of, names no metric; the
      // changes of several balances would read as one.
      U32View own = metric;
      if (!grows && !stated_before && !own.empty() &&
          (opening_time(own) == own.size() || names_only_a_comparison(own)))
        own = {};
      append_utf8(own, &q.metric);
      append_utf8(counted, &q.metric);
    }
    if (averaged && !q.metric.empty()) q.metric += "年均";
    q.counted.clear();
    append_utf8(counted, &q.counted);
    q.state.clear();
    if (!counted.empty() || (q.metric.empty() && counts_things(q.unit))) append_utf8(state, &q.state);
    // 审批时间由90个工作日压缩至58个工作日: the value after a change is of the metric the
    // value before it named.
    if (role == FigureRole::After && q.metric.empty() && f > 0 && decoded.begins[f - 1] + sentence.size >= begin &&
        static_cast<FigureRole>(figures[f - 1].role) == FigureRole::Before)
      q.metric = figures[f - 1].metric, q.places = figures[f - 1].places;
    if (follows_count) {
      q.metric = previous->metric;
      q.places = previous->places;
      q.role = previous->role;
    }
    // 整改完成率达到100%的51个，80%以下的4个: a bound that names no metric is of the one the bound
    // before it in its sentence named.
    if (threshold && q.metric.empty() && last_threshold && last_threshold_sentence == begin - sentence.size)
      q.metric = last_threshold->metric;
    if (threshold) last_threshold = &q, last_threshold_sentence = begin - sentence.size;
    // 贫困发生率在20%以上的贫困村92个: a count of the things the bound right before it names.
    if (f > 0 && static_cast<FigureRole>(figures[f - 1].role) == FigureRole::Threshold &&
        decoded.ends[f - 1] + left.size() >= begin)
      q.metric = figures[f - 1].metric + figures[f - 1].text + q.metric;
    if (stated_before && (names_only_a_plan(metric) || (names_only_an_outcome(metric) && stated_before->unit == q.unit))) {
      q.metric = stated_before->metric + q.metric;
    } else if (stated_before && is_clause_verb(metric)) {
      // 城市低保新增276户，退出374户: the subject of the clause before, with this clause's verb.
      const U32 before = to_u32(stated_before->metric);
      for (U32View verb : kClauseVerbs)
        if (before.size() > verb.size() && ends_with(before, verb)) {
          q.metric = to_utf8(U32View(before).substr(0, before.size() - verb.size())) + q.metric;
          break;
        }
    } else if (stated_before && !metric.empty() && metric.size() <= kMostAttributeChars &&
               words.size() == metric.size() && counted.empty() && !is_ratio_unit(q.unit) &&
               stated_before->metric.size() > q.metric.size() &&
               stated_before->metric.find(q.metric) == std::string::npos &&  // 乡村振兴资金…、资金: more of one kind
               (role == FigureRole::Level || role == FigureRole::Part || role == FigureRole::Planned)) {
      // 年出栏生猪26.13万头，存栏9.15万头；年出栏牛羊6.94万头，存栏5.09万头 / 玉米单产412.5公斤，…，
      // 总产6.3万吨: a clause naming only an attribute (存栏, 总产, 面积), no verb, scope or time
      // with it (上半年完成投资 names its own metric), is of the subject the clause before it in
      // its sentence named. A sibling of the word that clause ended with, ending alike, takes
      // that word's place (南方水泥上缴国税2650万元，地税1048万元 → 南方水泥上缴地税; 玉米单产…，
      // 总产… → 玉米总产): appended, it would read as the same metric named longer.
      const U32 before = to_u32(stated_before->metric);
      if (before.back() == metric.back())
        q.metric = to_utf8(U32View(before).substr(0, before.size() - metric.size())) + q.metric;
      else
        q.metric = stated_before->metric + q.metric;
    }
    // 汽车类商品稳定增长，实现零售额175.8亿元 / 此外，化工产业快速壮大，实现工业增加值61.52亿元: a clause
    // that opens with a doing verb names no subject; the clause right before it, naming a thing and how
    // it fares with no figure, is its subject (not 纺织服装产业实现工业增加值43.68亿元's, nor 通讯器材类's).
    if ((role == FigureRole::Level || role == FigureRole::Planned) && words.size() == left.size() &&
        opens_with_a_doing_verb(words) && !q.metric.empty())
      if (U32View subject = faring_subject_before(
              chars, f > 0 && decoded.ends[f - 1] > begin - sentence.size ? decoded.ends[f - 1] : begin - sentence.size,
              begin - left.size());
          !subject.empty())
        q.metric = to_utf8(subject) + q.metric;
    // 地区生产总值10.3亿元，同比增长14.4%，占年计划的53.3%；公共财政预算收入1606.5万元，…，占年计划的45%;
    // 新增城镇就业6820人，完成年度目标的113.7%: ratios of two metrics, each of the figure its
    // sentence stated before it.
    // 完成省民生工程目标任务的130.26%，市民生工程目标任务的127%: each share is of the amount stated
    // before them in the sentence, not of the share (or rate) before it.
    if (!metric.empty() && is_ratio_unit(q.unit) && kRatioReference.found_in(words) && stated_before) {
      const Quantity* amount = nullptr;
      for (size_t k = f; k-- > 0 && decoded.begins[k] + sentence.size >= begin;)
        if (!is_ratio_unit(figures[k].unit) && !figures[k].metric.empty()) {
          amount = &figures[k];
          break;
        }
      q.metric = (amount ? amount : stated_before)->metric + q.metric;
    }
    // 达到序时进度44项、占比80.0%。未达到序时进度11项、占比20.0%; 有317件，占30.7%: a share named
    // alone is of the count right before it; of a count whose metric is unknown, its metric is too.
    // 机电产品出口79.19亿美元，…，占全市出口比重的55.5%: a share of a whole it names, its subject
    // left out, is of the figure before it too — unless a clause of its own names the thing between
    // (…；加工贸易出口比重提高，占全市出口比重的65.8%: 加工贸易's share, not the figure's before).
    const bool share_of_whole = is_ratio_unit(q.unit) && names_a_share_of_a_whole(metric);
    const bool share_alone = is_ratio_unit(q.unit) && names_only_a_share(metric);
    if (f > 0 && decoded.begins[f - 1] + sentence.size >= begin &&
        (share_alone || (share_of_whole && !names_a_thing_between(chars, decoded.ends[f - 1],
                                                                    begin - std::min(left.size(), begin)))))
      q.metric = figures[f - 1].metric.empty() ? std::string() : figures[f - 1].metric + q.metric;
    // 正常推进的 51 个，占比 45.5%: with no figure read before it in its sentence (a count set apart
    // from its measure word by a space is none), a share named alone is of nothing the text names.
    else if ((share_alone || share_of_whole) && q.metric == to_utf8(metric))
      q.metric.clear();
    // 省重点项目2个，总投资20亿元 / 市重点项目7个，总投资33.9亿元: the investments of two sets of
    // projects. Figures in the count's own measure word are more counts, not of those things.
    // The first count of the sentence sets its topic (千万元以上重点建设项目71个: 千万元 counts nothing);
    // a later count in the same measure word starts the next set (…；县级项目11个，总投资8.6亿元).
    // 公共财政收入14.5亿元，增长10%；地方公共财政收入8.06亿元，增长8%: a metric that is one stated
    // before it in its sentence with words put before it or into it (采购压缩箱50套；…采购下沉式
    // 压缩箱4套) names another thing the sentence lists after the first, not the same thing
    // restated (原估算总投资5亿元，…原估算投资6亿元 is restated shorter, and still compared).
    // The sentence here runs to its full stop: a list of metrics is set apart by semicolons.
    for (; full_stop_scanned < begin; ++full_stop_scanned)
      if (const char32_t c = chars[full_stop_scanned];
          c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n')
        after_full_stop = full_stop_scanned + 1;
    // 第一产业增加值26.4亿元，占GDP比重5.8%，增加值增长4.6%: the clauses after a sentence's first
    // figure go on speaking of what it named; their own short names (增加值增长, 拉动GDP增长) leave
    // the subject out. So each later figure keeps the metric of its sentence's first.
    if (const size_t start = begin - sentence.size; start != head_sentence) {
      head_sentence = start;
      head_metric.clear();
    }
    q.head.clear();
    if (!q.masked && !q.metric.empty()) {
      if (head_metric.empty()) head_metric = q.metric;
      else q.head = head_metric;
    }
    // The share's own figure (占…总数的28.1%) is the share of the figure before it.
    q.share_of_figure.clear();
    if (share_clause_end == begin && f > 0) {
      q.share_of.clear();
      q.share_of_figure = figures[f - 1].text;
    } else {
      q.share_of = share_of_total_after(chars, end, next, share_clause_end);
    }
    q.whole.clear();
    if (!q.metric.empty())
      for (size_t k = f, looked = 0; k-- > 0 && looked < 8 && decoded.begins[k] >= after_full_stop; ++looked) {
        const std::string& m = figures[k].metric;
        if (!m.empty() && m.size() < q.metric.size() && metrics_name_one(m, q.metric, 2)) {
          q.whole = m;
          break;
        }
      }
    q.topic.clear();
    const bool counts = !q.masked && counts_things(q.unit) &&
                        (role == FigureRole::Level || role == FigureRole::Part || role == FigureRole::Planned ||
                         (added && role == FigureRole::Growth));
    if (counts && (!sentence_counted || q.unit == topic_unit)) {
      // 9个正在推进，计划投资…: a count naming no noun, only a state, sets the things in that state.
      sentence_topic = !q.counted.empty() ? q.counted : !q.metric.empty() ? q.metric : q.state;
      topic_unit = q.unit;
      sentence_counted = true;
    } else if (sentence_counted && !sentence_topic.empty() && q.unit != topic_unit) {
      q.topic = sentence_topic;
    } else if (!sentence_counted && !carried_topic.empty() && q.unit != carried_topic_unit) {
      q.topic = carried_topic;
    }
    // A sum's own purpose (…资金18.1亿元开展…建设) names its topic before any carried from a sentence before.
    const bool own_topic = !q.topic.empty() && q.topic != carried_topic;
    const U32View whole_clause = scope_clauses.before(chars, after_full_stop, begin);
    if (!whole_clause.empty()) q.topic = to_utf8(whole_clause);
    else if (U32View purpose = purpose_after(chars, end, next); !own_topic && !purpose.empty())
      q.topic = to_utf8(purpose);
    if (!whole_clause.empty() && !q.metric.empty() && names_only_a_state(left))
      state_of_a_whole(whole_clause, q);
    // 督察通知20份，涉及违规事项539件；月度重点督办6份，涉及违规事项41件: what a clause opened by 涉及 or 包括
    // right after a count says the counted set involves is of that set, not of the sentence's first count.
    if (f > 0 && opens_with_what_a_set_involves(left) && decoded.begins[f - 1] + sentence.size >= begin &&
        next_clause_after(chars, decoded.ends[f - 1], begin - left.size()) && !figures[f - 1].metric.empty())
      q.topic = !figures[f - 1].counted.empty() ? figures[f - 1].counted : figures[f - 1].metric;
    // 共新建农村敬老院4所，新增床位430张，…，“幸福家园”一期工程基本竣工，新增床位150张: a clause that opens with
    // what was done or added, naming no subject, is of the project or campaign a clause before it in its
    // sentence (to the full stop: …工程…已签定；…；共完成投资2061万元) made the subject, not of the sentence's
    // first count.
    else if (words.size() == left.size() && opens_with_a_work_verb(left))
      if (U32View project = project_subject_before(chars, after_full_stop, begin - left.size()); !project.empty())
        q.topic = to_utf8(project);
    // 城市低保：保障标准650元/月，…，农村低保：保障标准420元/月: a sentence (to its full stop) that names two
    // subjects or more, each before a colon, states each figure of the last one named before it. One
    // head alone (备注：, 总体情况：) may name no subject: the figures after it keep theirs.
    if (has_colon) {
      if (heads_sentence != after_full_stop) {
        heads_sentence = after_full_stop;
        size_t stop = begin;
        while (stop < chars.size() && !is_full_stop(chars[stop])) ++stop;
        colon_heads(chars, after_full_stop, stop, heads);
      }
      if (heads.size() >= 2) {
        const std::pair<size_t, U32View>* head = nullptr;
        for (const auto& h : heads)
          if (h.first < begin) head = &h;
        if (head) q.topic = to_utf8(head->second) + q.topic;
      }
    }
    // 全市25个省重点工业项目完成投资35.9亿元…。6个新开工项目中，3个… / 全市124个市工业重点项目…。66个
    // 新开工项目已有28个…: a count of things of the kind the text's first count counted (…项目), in a later
    // sentence, with no topic of its own, counts some of those: that set is its topic.
    if (counts && role == FigureRole::Level && !q.counted.empty()) {
      if (text_set.empty() && f == 0) {
        text_set = q.counted, text_set_sentence = begin - sentence.size;
      } else if (!text_set.empty() && q.topic.empty() && begin - sentence.size != text_set_sentence &&
                 q.counted != text_set && q.counted.size() >= 6) {
        const std::string head = q.counted.substr(q.counted.size() - 6);  // its last two characters
        if (text_set.find(head) != std::string::npos) q.topic = text_set;
      }
    }
    // 市国资委直接监管企业资产总额660.89亿元，…；净资产359.57亿元，…。营业收入183.15亿元: a group of
    // organisations named once by the text's first figure is the subject of the attribute clauses
    // after it (净资产, 营业收入), not another paragraph's group's (市国有企业…；净资产1719.99亿元).
    // It holds while the figures name no group and no place of their own.
    if (!q.metric.empty() && !q.masked && !opens_with_a_comparison(q.metric)) {
      if (!group_read) {
        group_read = true;
        opening_group = named_group(q.metric);
        group_places = clause_places;
      } else if (!opening_group.empty()) {
        const std::string group = named_group(q.metric);
        if ((!group.empty() && group != opening_group) || (!clause_places.empty() && clause_places != group_places))
          opening_group.clear();
        else if (group.empty() && q.topic.empty() && q.metric.find(opening_group) == std::string::npos) q.topic = opening_group;
      }
    }
    q.view = sentence_view;
    if (sentence_view.empty() && !breakdown_view.empty()) {
      q.view = breakdown_view;
      if (role == FigureRole::Level || role == FigureRole::Growth || role == FigureRole::Decline)
        q.role = static_cast<int>(FigureRole::Part);
    }
    q.item = item;
    while (next_enumerated < enumerated.size() && enumerated[next_enumerated].first < begin) ++next_enumerated;
    if (next_enumerated > 0) {  // under 二是 (or 2、): item 二是 (after the text's own item heading, if any)
      q.item += '#';
      append_utf8(enumerated[next_enumerated - 1].second, &q.item);
    }
    // 共完成投资3237万元…；累计完成投资8592万元，占总投资17550万元的48.96%: with no time named, a clause that says
    // 累计 after a clause of its sentence (to the full stop) that states the same metric without it gives the
    // running total since the work began; the clause before, this period's figure.
    if (q.time.empty() && !q.metric.empty() && contains(left, U"累计"))
      for (size_t k = f; k-- > 0 && decoded.begins[k] >= after_full_stop;)
        if (figures[k].metric == q.metric && figures[k].time.empty() && figures[k].role == q.role &&
            figures[k].subject.find("累计") == std::string::npos) {
          q.time = "累计";
          figures[k].time = "本期";
          break;
        }
    previous = &q;
    if (role == FigureRole::Level || role == FigureRole::Planned) {
      previous_in_sentence = &q;
      previous_in_sentence_begin = begin;
      (is_ratio_unit(q.unit) ? previous_ratio_in_sentence : previous_amount_in_sentence) = &q;
    }
  }
}

namespace {

// Whether `shorter` is `longer` with words left out: runs of two or more characters of it,
// in order (原估算投资 in 项目原估算总投资: 原估算 + 投资).
// The longest run of `shorter`'s characters from `i` that `longer` holds at or after `from`: its
// length and where it starts in `longer` (the first such place).
std::pair<size_t, size_t> longest_run(U32View shorter, size_t i, U32View longer, size_t from) {
  size_t best = 0, best_at = 0;
  for (size_t start = from; start < longer.size(); ++start) {
    size_t n = 0;
    while (i + n < shorter.size() && start + n < longer.size() && shorter[i + n] == longer[start + n]) ++n;
    if (n > best) best = n, best_at = start;
  }
  return {best, best_at};
}

bool runs_in_order(U32View shorter, U32View longer) {
  size_t at = 0;
  for (size_t i = 0; i < shorter.size();) {
    const auto [best, best_at] = longest_run(shorter, i, longer, at);
    if (best < 2) return false;
    i += best;
    at = best_at + best;
  }
  return true;
}

}  // namespace

namespace {

// Whether `longer` holds more of a word of negation or of degree (未 不 非 没 无 半) than `shorter`
// (半年, 上半年 are times, not a degree).
bool adds_negation_or_degree(U32View shorter, U32View longer) {
  auto count = [](U32View s, char32_t c) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++i)
      if (s[i] == c && !(c == U'半' && i + 1 < s.size() && (s[i + 1] == U'年' || s[i + 1] == U'月'))) ++n;
    return n;
  };
  for (char32_t c : U32View(U"未不非没无半"))
    if (count(longer, c) > count(shorter, c)) return true;
  return false;
}

// Two-character words that join two opposite things into one (进出口 is 进口 and 出口): a name
// holding one names both, never the one it is written around (出口总额, 接待国内旅游者).
constexpr std::string_view kJoinedOpposites[] = {"进出", "内外", "中外", "城乡", "收支", "产销", "购销", "供需", "上下"};

// Words that, put into a metric's name, narrow it to a kind, a trade mode, a class of size or
// ownership, a sector, a place, a currency or a group of what it measures: 外贸货物吞吐量 is a part of
// 货物吞吐量, 一般贸易出口额 of 出口额, 限额以上社会消费品零售额 of 社会消费品零售额. Scope words and
// verbs (全县, 我市, 实现, 累计, 完成, 共) and an average (平均) narrow nothing.
constexpr U32View kNarrowingWords[] = {
    U"外贸", U"内贸", U"一般贸易", U"加工贸易", U"边境贸易", U"边贸", U"跨境", U"进口", U"出口", U"集装箱",
    U"规模以上", U"规上", U"规模以下", U"限额以上", U"限上", U"限额以下", U"民营", U"国有", U"私营", U"个体",
    U"外资", U"外商", U"内资", U"港澳台", U"高新技术", U"高技术", U"新兴产业", U"民间", U"农村", U"城镇",
    U"城市", U"农民", U"沿海", U"内河", U"国际", U"国内", U"境外", U"境内", U"入境", U"出境", U"海外",
    U"网上", U"线上", U"新增", U"新建", U"新开工", U"续建", U"在建", U"工业", U"农业", U"服务业",
    U"制造业", U"房地产",
    // a currency class: 人民币各项贷款 of 各项贷款 (本外币, the two together, is the whole)
    U"人民币", U"外币", U"外汇"};

// Whether the characters `longer` has and `shorter` leaves out — before its first run or between
// its runs (ends_with and runs_in_order read the same runs) — hold a word that narrows a name.
bool inserts_a_narrowing_word(U32View shorter, U32View longer) {
  auto narrows = [](U32View gap) {
    if (gap.size() < 2) return false;
    for (U32View w : kNarrowingWords)
      for (size_t at = gap.find(w); at != U32View::npos; at = gap.find(w, at + 1))
        if (!(w == U"外币" && at > 0 && gap[at - 1] == U'本')) return true;  // 本外币: every currency, the whole
    return false;
  };
  if (ends_with(longer, shorter)) return narrows(longer.substr(0, longer.size() - shorter.size()));
  size_t at = 0;
  for (size_t i = 0; i < shorter.size();) {
    const auto [best, best_at] = longest_run(shorter, i, longer, at);
    if (best == 0) return false;
    if (narrows(longer.substr(at, best_at - at))) return true;
    i += best;
    at = best_at + best;
  }
  return false;
}

bool joins_opposites_the_other_lacks(std::string_view longer, std::string_view shorter) {
  for (std::string_view pair : kJoinedOpposites)
    if (longer.find(pair) != std::string_view::npos && shorter.find(pair) == std::string_view::npos) return true;
  return false;
}

}  // namespace

bool metrics_name_one(std::string_view a, std::string_view b, size_t min_chars) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  // Both readings below need the names to end with one character: most pairs do not, and
  // that is seen in their bytes without decoding them.
  size_t a_last = a.size() - 1, b_last = b.size() - 1;
  while (a_last > 0 && (static_cast<unsigned char>(a[a_last]) & 0xC0) == 0x80) --a_last;
  while (b_last > 0 && (static_cast<unsigned char>(b[b_last]) & 0xC0) == 0x80) --b_last;
  if (a.substr(a_last) != b.substr(b_last)) return false;
  U32 x = to_u32(a), y = to_u32(b);
  if (x.size() > y.size()) std::swap(x, y);
  if (x.size() < min_chars) return false;
  if (joins_opposites_the_other_lacks(a.size() > b.size() ? a : b, a.size() > b.size() ? b : a)) return false;
  if (ends_with(y, x)) {
    const U32View extra = U32View(y).substr(0, y.size() - x.size());
    // 10亿元以上项目 is not 亿元以上项目: a number glued to the shorter changes what it names.
    if (!extra.empty() && (is_digit(extra.back()) || extra.back() == U'.')) return false;
    // 省、市重点项目 is not 市重点项目, nor 教育和卫生支出 卫生支出: the longer joins another thing to it.
    if (!extra.empty() && (extra.back() == U'、' || extra.back() == U'和' || extra.back() == U'及' || extra.back() == U'与'))
      return false;
    // 五大传统行业合计对规上工业的贡献率 is not 对规上工业的贡献率: the words before 对 name who
    // contributes; the shorter leaves its contributor to its sentence, another subject.
    if (!extra.empty() && x.front() == U'对') return false;
  }
  // 未达到序时进度 is not 序时进度, 具备生活半自理能力的城市特困人员 not 具备生活自理能力的…: a word of
  // negation or of degree in the longer, before the shorter or put into it, names other things.
  if (adds_negation_or_degree(x, y)) return false;
  if (!(ends_with(y, x) || (x.back() == y.back() && runs_in_order(x, y)))) return false;
  // 货物吞吐量 / 外贸货物吞吐量, 出口额 / 一般贸易出口额: a kind, a trade mode, a sector or a group put
  // into the longer names a part of the shorter's things, not the shorter with words left out.
  return !inserts_a_narrowing_word(x, y);
}

namespace {

// Whether `longer` is `shorter` of one level (重点项目 / 县重点项目, 列入省、市重点项目, 市级重点项目):
// some of them, not all. 全县, 我县, 本市, 该区, 各镇 name the whole of a place: all of them.
bool one_level_of(const std::string& longer, const std::string& shorter) {
  if (longer.size() <= shorter.size() || longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) != 0)
    return false;
  const U32 extra = to_u32(std::string_view(longer).substr(0, longer.size() - shorter.size()));
  for (char32_t whole : {U'全', U'我', U'本', U'该', U'該', U'各'})
    if (extra.front() == whole) return false;
  const char32_t last = extra.back();
  return is_level_of_government(last) || (last == U'级' && extra.size() >= 2 && is_level_of_government(extra[extra.size() - 2]));
}

}  // namespace

bool topics_differ(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a.find(b) == std::string::npos && b.find(a) == std::string::npos) return true;
  return one_level_of(a, b) || one_level_of(b, a);
}

bool times_differ(const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && a != b; }

bool places_differ(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  // Years and places apart: 天津市…恢复至2019年同期 and 上海市…恢复至2019年同期 share a year of
  // comparison but name two cities; 2022年大同市 and 2023年大同市 one city in two years.
  auto differ = [&](bool years) {
    bool any_a = false, any_b = false;
    for (const std::string& x : a) any_a = any_a || is_year_word(x) == years;
    for (const std::string& y : b) any_b = any_b || is_year_word(y) == years;
    if (!any_a || !any_b) return false;
    for (const std::string& x : a)
      for (const std::string& y : b)
        if (is_year_word(x) == years && is_year_word(y) == years &&
            (x.find(y) != std::string::npos || y.find(x) != std::string::npos))
          return false;
    return true;
  };
  return differ(false) || differ(true);
}

}  // namespace plancheck
