#include "conflicts.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "import_text.h"
#include "metrics.h"
#include "metric_text.h"
#include "utf32.h"
#include "plan_numbering.h"

namespace plancheck {

std::string_view last_characters(std::string_view s, size_t chars) {
  size_t start = s.size();
  for (size_t seen = 0; seen < chars && start > 0; ++seen) {
    --start;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  }
  return s.substr(start);
}

namespace {

// The first figure of one metric, among the figures of a bucket.
struct FirstOfMetric {
  const Quantity* q;
  size_t text, figure;
};

bool compared(FigureRole role) {
  return role == FigureRole::Level || role == FigureRole::Growth || role == FigureRole::Decline ||
         role == FigureRole::Planned;
}

// Whether one of two counted nouns holds the other (服务 / 政务服务事项).
bool counts_one_thing(const std::string& a, const std::string& b) {
  if (a.size() < 6 || b.size() < 6) return false;  // two characters or more each
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

// Figures stated of the different things two sentences opened by counting are of two
// metrics (省级项目4个…占年度计划45.2% / 市级项目41个…43.2%), and so are figures under two
// list items ((一)预算执行方面…问题12个 / (二)专项资金方面…问题15个). A short metric (涉及金额,
// 产值) under an item, smaller than the one stated before any item, is its part of that
// total; a longer one (自治区级民族团结进步示范单位) names its thing itself. Counts of things
// said to be in different states (1个项目已完工 / 3个项目已开工) are of different things too.
// Whether `a` is stated of the things its sentence counted, named in its own metric as the
// ones that did it (全镇89家超千万企业完成工业纳税销售17.6亿元), and `b` of no such things
// (完成工业纳税销售34.5亿元): a subset's figure and the whole's.
bool done_by_counted_things(const Quantity& a, const Quantity& b) {
  return !a.topic.empty() && b.topic.empty() && a.metric.find(a.topic) != std::string::npos &&
         b.metric.find(a.topic) == std::string::npos;
}

// Whether `part`, a sum stated of the things its sentence counted (实施的76处…工程…，完成投资3500万元), is
// smaller than `whole`, the same measure stated of no such things (累计完成投资13770万元), whose metric
// does not name those things either: their share of it, not the whole restated.
// So is a change stated of those things (京津冀区域13个城市…。上半年，平均优良天数比例为50.7%，同比下降
// 7.1个百分点) against the same change stated of no such things (上半年，平均优良天数比例为74.1%，同比
// 下降2.6个百分点): the change of their part, whatever its size.
bool part_of_whole(const Quantity& part, const Quantity& whole) {
  if (part.topic.empty() || !whole.topic.empty() || whole.metric.find(part.topic) != std::string::npos) return false;
  const auto role = static_cast<FigureRole>(part.role);
  if (role == FigureRole::Growth || role == FigureRole::Decline) return whole.role == part.role;
  return part.value < whole.value && role == FigureRole::Level;
}

// Whether a metric names the rest of a whole (其他教育民生项目建设资金, 其余村): the whole less
// the parts stated before it, not the whole.
bool names_the_rest(const std::string& metric) {
  return metric.find("其他") != std::string::npos || metric.find("其余") != std::string::npos;
}

bool is_rate(const Quantity& q) { return q.unit == "%" || q.unit == "％" || q.unit == "‰"; }

bool said_of_other_things(const Quantity& earlier, const Quantity& later, size_t min_subject_chars) {
  if (topics_differ(earlier.topic, later.topic) || topics_differ(earlier.item, later.item)) return true;
  // 共投入…建设资金1.8亿元 / 投入其他…建设资金3500万元: the rest of a whole is not the whole.
  if (names_the_rest(earlier.metric) != names_the_rest(later.metric)) return true;
  // 公共财政收入14.5亿元，…；地方公共财政收入8.06亿元: a part its sentence lists after the whole.
  if (!later.whole.empty() && later.whole == earlier.metric) return true;
  if (done_by_counted_things(earlier, later) || done_by_counted_things(later, earlier)) return true;
  if (part_of_whole(earlier, later) || part_of_whole(later, earlier)) return true;
  // 第一产业对GDP的贡献率为6.6%，拉动GDP增长0.2个百分点；第二产业对GDP的贡献率为70.4%，拉动GDP增长2.6个
  // 百分点: figures after the first of two parallel sentences — each opened by one kind of measure
  // (…贡献率, …增加值) of a different subject — are stated of those different subjects. (Sentences
  // opened otherwise, 发生较大事故20起… / 渔业船舶发生9起…, may be a whole and its part: compared.)
  if (!earlier.head.empty() && !later.head.empty() && earlier.head != later.head &&
      last_characters(earlier.head, 2) == last_characters(later.head, 2) && !metrics_name_one(earlier.head, later.head, 2))
    return true;
  // 镇有持证残疾人1048人，占持证残疾人总数的28.1，镇有持证残疾人974人，占持证残疾人总数的26.2: two counts
  // each given with its share of one total are two members of a breakdown (here two towns whose
  // names the text left out), not one thing given twice; so are their shares, being of two
  // different counts. (One member's share given twice, after one count, is still compared.)
  if (!earlier.share_of.empty() && earlier.share_of == later.share_of) return true;
  if (!earlier.share_of_figure.empty() && !later.share_of_figure.empty() &&
      earlier.share_of_figure != later.share_of_figure)
    return true;
  // 1个项目已完工 / 3个项目已开工: the things counted are in different states, so other things.
  if (!earlier.state.empty() && !later.state.empty() && earlier.state != later.state) return true;
  // 从累计增速看，有7个行业增幅扩大 / 从月度增速看，有4个行业增幅扩大: figures of two views.
  if (!earlier.view.empty() && !later.view.empty() && earlier.view != later.view) return true;
  // 同比上升1.5个百分点 / “十三五”以来累计上升21.6个百分点: changes against two bases.
  if (!earlier.base.empty() && !later.base.empty() && earlier.base != later.base) return true;
  const std::string& shorter = earlier.metric.size() < later.metric.size() ? earlier.metric : later.metric;
  // A short metric under an item, smaller than the one before any item: that item's part. A
  // rate so named is the item's own whatever its value (办结率99% / (二)…办结率100%: one channel's).
  // A change (同比增加2起) under an item, smaller than the change before any item, is the item's part
  // of it, however long its metric's name.
  const auto role = static_cast<FigureRole>(later.role);
  const bool change = role == FigureRole::Growth || role == FigureRole::Decline;
  return earlier.item.empty() && !later.item.empty() && (later.value < earlier.value || is_rate(later)) &&
         (count_chars(shorter) < min_subject_chars || (change && later.value < earlier.value));
}

// Whether a text ends with 其中： (or 其中:), trailing spaces aside: the parts follow.
bool ends_with_colon_of_parts(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  for (std::string_view end : {"其中：", "其中:"})
    if (text.size() >= end.size() && text.substr(text.size() - end.size()) == end) return true;
  return false;
}

// Whether a text is a name and a colon ending it, nothing more (北京市：, 长三角区域25个城市：, 珠三角区域9个
// 城市:): a heading naming the subject of the texts after it. At most 20 characters before the colon, no
// punctuation among them; not 其中： (the parts of the text before).
bool names_a_subject_before_its_colon(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  std::string_view name;
  for (std::string_view colon : {"：", ":"})
    if (text.size() > colon.size() && text.substr(text.size() - colon.size()) == colon)
      name = text.substr(0, text.size() - colon.size());
  return !name.empty() && name.size() <= 4 * 20 && count_chars(name) <= 20 && !has_sentence_punctuation(name) &&
         !ends_with_colon_of_parts(text);
}

// Measure words of things a count of parts may be in (项目46个, 事项22件).
constexpr std::string_view kThingWords[] = {"项", "个", "家", "所", "座", "处", "条", "户", "名", "批", "宗", "件"};

// Whether a text opens with a short name, digits and a measure word of things, then a clause
// mark: 省级6项，概算投资…; 亿元以上项目46个，…. At most 10 characters before the digits.
bool opens_with_named_count(std::string_view text) {
  using metric_text::is_clause_mark;
  using metric_text::is_digit;
  const std::u32string chars = to_u32(text.substr(0, std::min<size_t>(text.size(), 90)));
  size_t i = 0;
  while (i < chars.size() && i <= 10 && !is_digit(chars[i]) && !is_clause_mark(chars[i])) ++i;
  if (i == 0 || i > 10 || i >= chars.size() || !is_digit(chars[i])) return false;
  while (i < chars.size() && is_digit(chars[i])) ++i;
  if (i + 1 >= chars.size() || std::none_of(std::begin(kThingWords), std::end(kThingWords),
                                            [&](std::string_view w) { return to_u32(w).front() == chars[i]; }))
    return false;
  return is_clause_mark(chars[i + 1]);
}

// 全县52个重点项目已开工47个 … 全县52个重点项目中，已开工45个: a count of the things its sentence
// opened by counting that are in one state (已开工, 已办结, 未开工) is stated of that whole. Such a count is a
// part of its whole (never compared with the 52), but two of them stated of one whole — the same
// number of the same things — in one state are one figure given twice. The whole is the figure
// before it in its text whose metric is its sentence's head; the state is its metric after the
// whole's counted noun, 已 (done) left out; at most four characters, and the figure's unit counts
// things, as the whole's does. Returns the key of such a figure (empty when it is none).
std::string count_of_a_whole_key(const std::vector<Quantity>& figures, size_t i) {
  const Quantity& q = figures[i];
  const auto role = static_cast<FigureRole>(q.role);
  if (q.masked || q.head.empty() || q.verb.empty() || (role != FigureRole::Part && role != FigureRole::Level))
    return {};
  if (std::find(std::begin(kThingWords), std::end(kThingWords), q.unit) == std::end(kThingWords)) return {};
  const Quantity* whole = nullptr;
  for (size_t j = i; j-- > 0;)
    if (figures[j].metric == q.head) {
      whole = &figures[j];
      break;
    }
  if (!whole || whole->masked || whole->unit != q.unit || whole->counted.size() < 6 || whole->value <= q.value ||
      static_cast<FigureRole>(whole->role) != FigureRole::Level)
    return {};
  std::string_view state = q.metric;
  if (size_t at = state.rfind(whole->counted); at != std::string_view::npos) state.remove_prefix(at + whole->counted.size());
  if (starts_with(state, "已")) state.remove_prefix(3);
  if (state.size() < 6 || count_chars(state) > 4 || state.find("其") != std::string_view::npos) return {};
  std::string key = q.unit + '\0' + std::to_string(whole->value) + '\0' + whole->counted + '\0';
  key.append(state);
  return key;
}

// The year whose four digits end at `end` of `text` (19 or 20 first, no digit before them), or 0.
size_t year_ending_at(std::string_view text, size_t end) {
  if (end < 4) return 0;
  const std::string_view digits = text.substr(end - 4, 4);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
  if ((digits[0] != '1' || digits[1] != '9') && (digits[0] != '2' || digits[1] != '0')) return 0;
  if (end > 4 && text[end - 5] >= '0' && text[end - 5] <= '9') return 0;
  return std::stoul(std::string(digits));
}

// The years `text` names, in order, each once: four digits then 年 (2023年), and the first of a span
// of them (2022-2023年, 2022—2023年, 2022至2023年). Of the first `most_bytes` bytes only.
std::vector<size_t> years_named(std::string_view text, size_t most_bytes = std::string_view::npos) {
  std::vector<size_t> years;
  auto add = [&](size_t year) {
    if (year && std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
  };
  text = text.substr(0, std::min(text.size(), most_bytes));
  for (size_t at = text.find("年"); at != std::string_view::npos; at = text.find("年", at + 3)) {
    const size_t year = year_ending_at(text, at);
    if (!year) continue;
    const std::string_view before = text.substr(0, at - 4);
    for (std::string_view mark : {"-", "－", "—", "–", "~", "～", "至", "到"})
      if (before.size() >= mark.size() && before.substr(before.size() - mark.size()) == mark)
        add(year_ending_at(before, before.size() - mark.size()));
    add(year);
  }
  return years;
}

// The year a scope names as its own (see heading_topics), or 0.
size_t own_year_of_scope(const std::vector<std::string>& texts, const std::vector<size_t>& topics) {
  if (texts.empty()) return 0;
  const bool titled = topics[0] == kTitleTopic;
  const std::vector<size_t> in_title = titled ? years_named(texts[0]) : std::vector<size_t>{};
  if (in_title.size() > 1) return 0;  // 2022年工作总结和2023年工作计划: which is 今年 is not said
  size_t first = titled ? 1 : 0;
  while (first < texts.size() && texts[first].find_first_not_of(" \t\r\n　") == std::string::npos) ++first;
  // 2023年，我局…: the first text opening with a year (spaces before it aside).
  size_t opening = 0;
  if (first < texts.size()) {
    std::string_view text = texts[first];
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (starts_with(text, "　")) text.remove_prefix(3);
    const std::vector<size_t> years = years_named(text, 7);  // 2023年 is 7 bytes
    if (!years.empty() && text.size() >= 7 && std::to_string(years[0]) + "年" == text.substr(0, 7)) opening = years[0];
  }
  if (!in_title.empty()) return opening == 0 || opening == in_title[0] ? in_title[0] : 0;
  return opening;
}

// `time` (a Quantity's) with the scope's own year (`year`, 2023年) for 本年: 本年|1-6月 → 2023年|1-6月,
// and 2023年|本年 (2023年全年) → 2023年, one year named twice being named once. Unchanged when the
// scope names no year of its own or the time no 本年.
std::string in_own_year(const std::string& time, const std::string& year) {
  if (year.empty() || time.find("本年") == std::string::npos) return time;
  std::string out;
  std::string_view last;
  for (size_t from = 0; from <= time.size();) {
    size_t bar = time.find('|', from);
    if (bar == std::string::npos) bar = time.size();
    std::string_view part = std::string_view(time).substr(from, bar - from);
    if (part == "本年") part = year;
    if (out.empty() || part != last) {
      if (!out.empty()) out += '|';
      out.append(part);
    }
    last = part;
    from = bar + 1;
  }
  return out;
}

// times_differ, 本年 read as the scope's own year when it names one (`year`: 2023年; else "").
bool times_differ_in_year(const std::string& a, const std::string& b, const std::string& year) {
  if (year.empty() || (a.find("本年") == std::string::npos && b.find("本年") == std::string::npos))
    return times_differ(a, b);
  return times_differ(in_own_year(a, year), in_own_year(b, year));
}

}  // namespace

std::vector<FigureConflict> find_conflicting_figures(const std::vector<const std::vector<Quantity>*>& figures,
                                                     size_t min_subject_chars,
                                                     const std::function<bool(uint64_t)>& charge,
                                                     const std::vector<size_t>* topics) {
  constexpr uint64_t kChargeEvery = 4096;
  std::vector<FigureConflict> found;
  // Metrics that may name one thing end with the same character and state one role in one
  // measure word: a bucket of those holds every candidate. Figures that count the noun after
  // one verb (上线155项政务服务事项 / 上线的165项服务) meet in a second bucket of that verb.
  std::unordered_map<std::string, std::vector<FirstOfMetric>> by_metric, by_verb;
  // Counts of one whole's things in one state (count_of_a_whole_key), whatever their role.
  std::unordered_map<std::string, std::vector<FirstOfMetric>> by_whole;
  std::string key;
  uint64_t comparisons = 0;
  // The scope's own year, when heading_topics found one (the element after the texts' topics).
  const std::string own_year = topics && topics->size() > figures.size() && (*topics)[figures.size()] > 0
                                   ? std::to_string((*topics)[figures.size()]) + "年"
                                   : std::string();
  for (size_t t = 0; t < figures.size(); ++t) {
    for (size_t i = 0; i < figures[t]->size(); ++i) {
      const Quantity& q = (*figures[t])[i];
      const auto role = static_cast<FigureRole>(q.role);
      const size_t topic = topics ? (*topics)[t] : 0;
      if (role == FigureRole::Part || role == FigureRole::Level) {
        const std::string whole_key = count_of_a_whole_key(*figures[t], i);
        if (!whole_key.empty()) {
          // As by_metric: the figure's own topic, then what the scope says before its first heading.
          const FirstOfMetric* against = nullptr;
          bool seen = false;
          std::vector<FirstOfMetric>* own = nullptr;
          for (size_t in : {topic, size_t{0}}) {
            if (own && (in == topic || topic == kTitleTopic || is_part_topic(topic))) break;
            std::vector<FirstOfMetric>& counts = by_whole[whole_key + '\0' + std::to_string(in)];
            if (!own) own = &counts;
            for (const FirstOfMetric& e : counts) {
              const Quantity& earlier = *e.q;
              if (places_differ(earlier.places, q.places) || times_differ_in_year(earlier.time, q.time, own_year) ||
                  topics_differ(earlier.topic, q.topic) || topics_differ(earlier.item, q.item))
                continue;
              if (quantities_agree(earlier, q)) seen = true;
              else if (!against) against = &e;
            }
            comparisons += counts.size();
          }
          if (against && !seen) found.push_back({t, i, against->text, against->figure});
          if (!seen) own->push_back({&q, t, i});
        }
      }
      if (q.masked || q.metric.empty() || !compared(role)) continue;
      // One bucket per topic too: under two headings one name is two things. What a scope
      // says before its first heading (topic 0) is of all of it, so a figure under a
      // heading is compared with those too.
      const std::string prefix = q.unit + '\0' + std::to_string(q.role) + '\0';
      const FirstOfMetric* first = nullptr;
      auto consider = [&](const FirstOfMetric& e) {
        const Quantity& earlier = *e.q;
        if (places_differ(earlier.places, q.places) || times_differ_in_year(earlier.time, q.time, own_year) ||
            said_of_other_things(earlier, q, min_subject_chars) || quantities_agree(earlier, q))
          return;
        if (!first || e.text < first->text || (e.text == first->text && e.figure < first->figure)) first = &e;
      };
      std::vector<FirstOfMetric>* same_end = nullptr;
      std::vector<FirstOfMetric>* same_verb = nullptr;
      bool seen = false;
      for (size_t in : {topic, size_t{0}}) {
        const bool own = same_end == nullptr;  // the figure's own topic comes first
        // a title is compared with nothing, a breakdown's part only with itself
        if (!own && (in == topic || topic == kTitleTopic || is_part_topic(topic))) break;
        const std::string topic_prefix = prefix + std::to_string(in) + '\0';
        key = topic_prefix;
        key.append(last_characters(q.metric, 1));
        std::vector<FirstOfMetric>& ends = by_metric[key];
        for (const FirstOfMetric& e : ends) {
          if (own && e.q->metric == q.metric) seen = true;
          if (metrics_name_one(e.q->metric, q.metric, min_subject_chars)) consider(e);
        }
        comparisons += ends.size();
        std::vector<FirstOfMetric>* verbs = nullptr;
        if (!q.verb.empty() && q.counted.size() >= 6) {
          verbs = &by_verb[topic_prefix + q.verb];
          for (const FirstOfMetric& e : *verbs)
            if (counts_one_thing(e.q->counted, q.counted)) consider(e);
          comparisons += verbs->size();
        }
        if (own) same_end = &ends, same_verb = verbs;
      }
      if (comparisons >= kChargeEvery) {
        if (!charge(comparisons)) return found;
        comparisons = 0;
      }
      const bool reported = !found.empty() && found.back().text == t && found.back().figure == i;
      if (first && !reported) found.push_back({t, i, first->text, first->figure});
      if (!seen) {
        same_end->push_back({&q, t, i});
        if (same_verb) same_verb->push_back({&q, t, i});
      }
    }
  }
  return found;
}

std::vector<size_t> heading_topics(const std::vector<std::string>& texts,
                                   const std::vector<const std::vector<Quantity>*>& figures) {
  constexpr size_t kMostHeadingChars = 40;
  std::vector<size_t> topics(texts.size(), 0);
  size_t topic = 0;
  // A report's title, its first text when more follow, unnumbered, no clause mark running
  // through it (区残联康复民生工程总结, 关于山西、安徽省…的通报, 中国新增就业人员1423万人;
  // import-report keeps a text's title as its first paragraph): a headline, its own topic,
  // compared with nothing — not topic 0, which is of the whole text after it.
  if (texts.size() > 1 && !texts[0].empty() && read_item_number(texts[0]).style == NumberStyle::None &&
      !has_clause_punctuation(texts[0]) && !ends_sentence(texts[0]))
    topics[0] = kTitleTopic;
  size_t part_topic = kFirstPartTopic;
  bool in_breakdown = false;
  for (size_t t = topics[0] == kTitleTopic ? 1 : 0; t < texts.size(); ++t) {
    const std::string& text = texts[t];
    // 其中： ending a text, then texts each opened by a part's name and count: the parts.
    if (t > 0 && (in_breakdown || ends_with_colon_of_parts(texts[t - 1])) && opens_with_named_count(text)) {
      topics[t] = part_topic++;
      in_breakdown = true;
      continue;
    }
    in_breakdown = false;
    const ItemNumber number = read_item_number(text);
    const bool numbered = number.style != NumberStyle::None && !number.into_digits;
    std::string_view words = std::string_view(text).substr(numbered ? number.body : 0);  // 一、 is no punctuation
    while (numbered && (starts_with(words, "、") || starts_with(words, "．") || starts_with(words, ".")))
      words.remove_prefix(starts_with(words, ".") ? 1 : 3);  // （一）、立项情况
    // A character is at most four bytes: a long text is no heading without counting them.
    const bool short_line = !words.empty() && text.size() <= 4 * kMostHeadingChars && count_chars(text) <= kMostHeadingChars &&
                            !has_sentence_punctuation(words) && !ends_sentence(words);
    if (short_line) {
      const bool states_figure = std::any_of(figures[t]->begin(), figures[t]->end(),
                                             [](const Quantity& q) { return !q.masked; });
      if (numbered || !states_figure) ++topic;
    } else if (names_a_subject_before_its_colon(words)) {
      // 北京市： / 长三角区域25个城市： on a line of their own, the region's figures in the texts below.
      ++topic;
    }
    topics[t] = topic;
  }
  if (const size_t year = own_year_of_scope(texts, topics)) topics.push_back(year);
  return topics;
}

}  // namespace plancheck
