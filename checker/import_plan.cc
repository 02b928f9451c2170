#include "import_plan.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "chinese_variants.h"
#include "dates.h"
#include "document.h"
#include "metrics.h"
#include "numerals.h"
#include "page_folio.h"
#include "plan_budget.h"
#include "plan_cell_lines.h"
#include "plan_run_together.h"
#include "plan_header.h"
#include "plan_limits.h"
#include "plan_numbering.h"
#include "plan_table.h"
#include "plan_units.h"
#include "quantities.h"
#include "source_readers.h"
#include "units.h"
#include "utf32.h"

namespace plancheck {

namespace {

// The first occurrence of any of `words` in `s` at or after `from`: {position, word}.
std::pair<size_t, std::string_view> find_first_of_words(std::string_view s, std::initializer_list<std::string_view> words,
                                                        size_t from = 0) {
  std::pair<size_t, std::string_view> best{std::string_view::npos, {}};
  for (std::string_view w : words) {
    size_t at = s.find(w, from);
    if (at < best.first) best = {at, w};
  }
  return best;
}

std::pair<size_t, size_t> longest_shared_run(std::string_view a, std::string_view b, size_t min_chars) {
  std::vector<size_t> starts;  // byte offset of each character of a, and a.size()
  for (size_t pos = 0; pos < a.size();) {
    starts.push_back(pos);
    next_char(a, pos);
  }
  starts.push_back(a.size());
  std::pair<size_t, size_t> best{0, 0};
  size_t best_chars = 0;
  for (size_t i = 0; i + min_chars < starts.size(); ++i)
    for (size_t j = starts.size() - 1; j >= i + std::max(min_chars, best_chars + 1); --j) {
      if (b.find(a.substr(starts[i], starts[j] - starts[i])) == std::string_view::npos) continue;
      best = {starts[i], starts[j]};
      best_chars = j - i;
      break;
    }
  return best;
}

struct Qualifier {
  std::string_view word;
  bool minimum;
};
constexpr Qualifier kQualifiers[] = {{"至少", true}, {"不少于", true}, {"不低于", true},
                                     {"最多", false}, {"不超过", false}, {"不高于", false}};

// Targets in a task's text: 至少1处市级……基地, 不少于3个, 最多5个, 95%以上, 1个工作日以内,
// and the qualifier set apart from its figure by a verb (至少建设1处). The metric is the
// words after the figure up to the next punctuation, else what the figure is stated of
// before it; without the plan's theme (a run of six or more characters
// shared with the plan's title: 铸牢中华民族共同体意识), which every figure is about.
// `to_reach`: the text is a column headed 目标 (工作目标, 目标任务), where a plain figure is
// what the task must reach (新增普惠托位800个: at least 800), unless it is a change or a part.
void add_targets(std::string_view text, std::string_view plan_title, pugi::xml_node task, const SourcePlace& place,
                 std::vector<ImportWarning>& warnings, bool to_reach = false) {
  constexpr size_t kMaxVerbChars = 4;
  for (const Quantity& q : find_quantities(text)) {
    if (q.masked) continue;
    std::optional<bool> minimum;
    const auto role = static_cast<FigureRole>(q.role);
    // 新增普惠托位800个 counts what is added (a growth figure) and is a target; 同比增长20% is a rate.
    const bool added = role == FigureRole::Growth && q.unit != "%" && q.unit != "个百分点" && q.unit != "百分点" &&
                       !ends_with(q.subject, "增长") && !ends_with(q.subject, "提高") && !ends_with(q.subject, "增加");
    if (to_reach && q.approx == Approx::Exact && (role == FigureRole::Level || role == FigureRole::Planned || added))
      minimum = true;
    size_t text_start = q.offset;
    if (q.approx == Approx::AtLeast) minimum = true;
    if (q.approx == Approx::AtMost) minimum = false;
    if (q.approx == Approx::Exact) {
      // The qualifier ends at most kMaxVerbChars characters before the figure: a short window
      // of the text before it is searched, not all of it (a figure each in a long text).
      constexpr size_t kQualifierWindowBytes = 64;
      const size_t window_start = q.offset > kQualifierWindowBytes ? q.offset - kQualifierWindowBytes : 0;
      for (const Qualifier& qualifier : kQualifiers) {
        std::string_view before = text.substr(0, q.offset);
        size_t at = before.substr(window_start).rfind(qualifier.word);
        if (at != std::string_view::npos) at += window_start;
        if (at == std::string_view::npos) continue;
        std::string_view verb = before.substr(at + qualifier.word.size());
        if (count_chars(verb) > kMaxVerbChars || has_sentence_punctuation(verb)) continue;
        minimum = qualifier.minimum;
        text_start = at;
        break;
      }
    }
    if (!minimum) continue;
    std::string_view after = text.substr(q.offset + q.length);
    auto [stop, stop_word] = find_first_of_words(after, {"，", "。", "；", "、", "：", ",", ";", ":", "（", "("});
    std::string metric = trim_spaces(std::string(after.substr(0, stop)));
    // Most plans name the metric before the figure instead: 网上可办率达到95%以上,
    // 压缩开办时间至1个工作日以内. describe_metrics has read it, verbs and scope left out.
    if (metric.empty()) metric = q.metric;
    auto [theme_begin, theme_end] = longest_shared_run(metric, plan_title, 6);
    if (theme_end > theme_begin) metric.erase(theme_begin, theme_end - theme_begin);
    metric = trim_spaces(metric);
    std::string wording(text.substr(text_start, q.offset + q.length - text_start));
    if (metric.empty()) {
      warnings.push_back({place.line, "目标“" + wording + "”前后都没有写对象，未导出", "the target “" + wording + "” names no metric; not exported", place});
      continue;
    }
    pugi::xml_node target = task.append_child("target");
    target.append_attribute("metric") = metric.c_str();
    target.append_attribute(*minimum ? "min" : "max") = q.value;
    if (!q.unit.empty()) target.append_attribute("unit") = q.unit.c_str();
    target.append_attribute("text") = wording.c_str();
  }
}

// ---------------------------------------------------------------------------- paragraphs

struct Para {
  std::string text;        // as written, lines joined
  std::string simplified;  // to_simplified(text): where keywords are looked for
  SourcePlace place;       // where it starts
  ItemNumber number;
  int run = -1;
  std::vector<UnitClause> clauses;
  bool closing = false;  // a signature's date line or an attachment's label: no task goes on past it
  bool sub_item = false;  // a sub-item （1）① without a clause of its own: its parent's content
  bool unit_title = false;  // (一)党政办 before 负责…: its clause is its title, its words follow it
};

ImportWarning warning_at(const SourcePlace& place, std::string zh, std::string en) {
  ImportWarning w;
  w.line = place.line;
  w.place = place;
  w.zh = std::move(zh);
  w.en = std::move(en);
  return w;
}

// ---------------------------------------------------------------------------- the plan

struct TaskUnits {
  std::vector<std::string> leads, responsible;
  void add(const std::string& name, UnitRole role) {
    std::string key = normalize_unit_name(name);
    auto same = [&](const std::string& n) { return normalize_unit_name(n) == key; };
    if (role == UnitRole::Lead) {
      if (std::any_of(leads.begin(), leads.end(), same)) return;
      responsible.erase(std::remove_if(responsible.begin(), responsible.end(), same), responsible.end());
      leads.push_back(name);
    } else {
      if (std::any_of(leads.begin(), leads.end(), same) || std::any_of(responsible.begin(), responsible.end(), same)) return;
      responsible.push_back(name);
    }
  }
  // The plan's note for a task that names no lead (无牵头单位的，责任单位即为牵头单位): every unit
  // listed leads, or the one listed alone does.
  void apply_lead_default(LeadDefault rule) {
    if (!leads.empty() || responsible.empty()) return;
    if (rule == LeadDefault::AllListed || (rule == LeadDefault::SoleListed && responsible.size() == 1)) {
      leads = std::move(responsible);
      responsible.clear();
    }
  }
};

class PlanWriter {
 public:
  PlanWriter(const PlanHeader& header, PlanImport& result) : result_(result) {
    plan_ = result.xml.append_child("plan");
    plan_.append_attribute("xmlns") = kPlanNamespace;
    plan_.append_attribute("id") = header.id.c_str();
    plan_.append_attribute("issued") = header.issued.iso().c_str();
    if (!header.title.empty()) plan_.append_child("title").text() = header.title.c_str();
    if (!header.issuer.empty()) plan_.append_child("issuer").text() = header.issuer.c_str();
  }

  // A heading at `rank` (1 for 一、): closes deeper headings, opens a section when a task comes.
  void heading(int rank, const std::string& title) {
    while (!headings_.empty() && headings_.back().rank >= rank) headings_.pop_back();
    headings_.push_back({rank, title, {}});
  }
  void end_headings() { headings_.clear(); }

  // A task; false (and a warning) when its id was taken.
  pugi::xml_node task(const std::string& id, const SourcePlace& place) {
    auto [first, fresh] = task_places_.emplace(id, place);
    if (!fresh) {
      std::string where = describe_place(first->second, "zh"), where_en = describe_place(first->second, "en");
      result_.warnings.push_back(warning_at(place, "任务编号 " + id + " 与" + where + "重复，未导出",
                                            "task number " + id + " repeats " + where_en + "; not exported"));
      return {};
    }
    pugi::xml_node parent = plan_;
    for (Heading& h : headings_) {
      if (!h.node) {
        h.node = parent.append_child("section");
        h.node.append_attribute("title") = h.title.c_str();
      }
      parent = h.node;
    }
    pugi::xml_node task = parent.append_child("task");
    task.append_attribute("id") = id.c_str();
    result_.task_lines.emplace_back(id, place.line);
    return task;
  }

  void units(pugi::xml_node task, const TaskUnits& units) {
    for (const std::string& unit : units.leads) task.append_child("lead").text() = unit.c_str();
    for (const std::string& unit : units.responsible) task.append_child("responsible").text() = unit.c_str();
    for (const auto* list : {&units.leads, &units.responsible})
      for (const std::string& unit : *list)
        if (std::find(unit_order_.begin(), unit_order_.end(), unit) == unit_order_.end()) unit_order_.push_back(unit);
  }

  void text_seen(const std::string& text) { texts_.push_back(text); }
  void plan_budget(const std::string& text) { plan_budgets_.push_back(text); }
  void milestone(const std::string& date, const std::string& text) {
    for (const auto& m : milestones_)
      if (m.first == date) return;
    milestones_.push_back({date, text});
  }

  void finish() {
    for (const std::string& text : plan_budgets_) add_budget(plan_, text);
    for (const auto& [date, text] : milestones_) {
      pugi::xml_node milestone = plan_.append_child("milestone");
      milestone.append_attribute("date") = date.c_str();
      milestone.append_attribute("text") = text.c_str();
    }
    add_units();
  }

  static void add_budget(pugi::xml_node parent, const std::string& text) {
    pugi::xml_node budget = parent.append_child("budget");
    budget.append_attribute("required") = "true";
    budget.append_attribute("text") = text.c_str();
  }

  size_t task_count() const { return task_places_.size(); }

 private:
  struct Heading {
    int rank;
    std::string title;
    pugi::xml_node node;
  };

  // Every listed unit; where the plan's text writes a listed name with a 区/市/县 prefix
  // that the lists never use, that spelling is an alias; a name with a mirror site's
  // pinyin in it (經(jīng)) has the clean spelling as an alias.
  void add_units() {
    if (unit_order_.empty()) return;
    pugi::xml_node units = plan_.append_child("units");
    std::set<std::string> names;
    for (const std::string& name : unit_order_) {
      if (!names.insert(name).second) continue;
      pugi::xml_node unit = units.append_child("unit");
      unit.append_attribute("name") = name.c_str();
      if (is_collective_name(name)) {
        unit.append_attribute("collective") = "true";
        continue;
      }
      std::string clean = without_pinyin(name);
      if (clean != name) unit.append_child("alias").text() = clean.c_str();
      for (std::string_view prefix : {"区", "市", "县"}) {
        if (starts_with(name, prefix)) continue;
        std::string alias = std::string(prefix) + name;
        if (std::find(unit_order_.begin(), unit_order_.end(), alias) != unit_order_.end()) continue;
        bool written = std::any_of(texts_.begin(), texts_.end(),
                                   [&](const std::string& text) { return text.find(alias) != std::string::npos; });
        if (written) unit.append_child("alias").text() = alias.c_str();
      }
    }
  }

  // 經(jīng)開區(qū) → 經開區: a bracket of Latin letters (pinyin) inside a name.
  static std::string without_pinyin(const std::string& name) {
    std::u32string s = to_u32(name), out;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == U'(' || s[i] == U'（') {
        size_t j = i + 1;
        bool latin = true;
        while (j < s.size() && s[j] != U')' && s[j] != U'）') {
          char32_t c = s[j];
          if (!((c >= U'a' && c <= U'z') || (c >= 0xC0 && c <= 0x24F) || c == 0x1CE || c == 0x1D0 || c == 0x1D2 || c == 0x1D4))
            latin = false;
          ++j;
        }
        if (latin && j < s.size() && j > i + 1) {
          i = j;
          continue;
        }
      }
      out.push_back(s[i]);
    }
    return to_utf8(out);
  }

  PlanImport& result_;
  pugi::xml_node plan_;
  std::vector<Heading> headings_;
  std::map<std::string, SourcePlace> task_places_;
  std::vector<std::string> unit_order_;
  std::vector<std::string> texts_;
  std::vector<std::string> plan_budgets_;
  std::vector<std::pair<std::string, std::string>> milestones_;
};

// 年底前, 6月底完成 set a limit; 年底效能目标考核 names an evaluation, not a deadline: an
// end-of-period wording without a year counts only before 前, 完成, punctuation or 要/将.
bool limit_wording(std::string_view simplified, const DeadlineMatch& match) {
  const std::string& text = match.deadline.text;
  if (!(ends_with(text, "底") || ends_with(text, "末"))) return true;
  bool has_year = false;
  for (char c : text) has_year = has_year || (c >= '0' && c <= '9');
  if (has_year && text.find("年") != std::string::npos && text.find("年") > 0) return true;
  std::string_view after = simplified.substr(match.offset + match.length);
  if (after.empty()) return true;
  for (std::string_view ok : {"前", "完成", "，", "。", "；", ",", ";", "要", "将", "以前", "之前", "基本", "全面", "实现"})
    if (starts_with(after, ok)) return true;
  return false;
}

// A month, quarter or half-year with the work's completion right after it is its limit, with
// no 前 or 底 said: 2024年第三季度完成, 9月完成, 6月建成. A bare year (2021年完成…) stays a
// year the plan speaks of.
bool completes_by(std::string_view simplified, const DeadlineMatch& match) {
  const Deadline& d = match.deadline;
  if (d.kind != DeadlineKind::Date || (d.first.month == 1 && d.last.month == 12)) return false;
  std::string_view after = simplified.substr(match.offset + match.length);
  for (std::string_view done : {"完成", "办结", "建成", "完工", "竣工", "出台", "落实到位"})
    if (starts_with(after, done)) return true;
  return false;
}

// The value after a time label in a task's words (完成时限：2024年第三季度；), up to the
// clause's end, or "" when there is none. Under such a label the wording is the limit
// whatever it is: 2024年11月30日 there means by that day, 第三季度 by its end. The value runs
// over commas: 时间节点：6月底前完成方案制定，12月底前全面完成 names both steps.
constexpr std::string_view kTimeLabels[] = {"完成时限", "完成時限", "完成时间", "完成時間", "时间节点", "時間節點",
                                            "截止时间", "截止時間", "完成期限", "时限要求", "時限要求", "时间要求",
                                            "時間要求", "办结时限", "辦結時限", "时限", "時限"};

std::string labelled_limit(const std::string& text) {
  for (std::string_view label : kTimeLabels) {
    for (size_t at = text.find(label); at != std::string::npos; at = text.find(label, at + label.size())) {
      size_t from = at + label.size();
      if (text.compare(from, 3, "：") == 0) from += 3;
      else if (text.compare(from, 1, ":") == 0) from += 1;
      else continue;
      // A closing bracket ends the value when it closes the clause the label stands in
      // (（…；完成时限：2025年3月底前）); a bracket opened in the value is its note and stays in it
      // (2023年6月底前（阶段性），12月底前（全面完成）).
      size_t end = from;
      int depth = 0;
      while (end < text.size()) {
        std::string_view rest = std::string_view(text).substr(end);
        if (starts_with(rest, "；") || starts_with(rest, ";") || starts_with(rest, "。") || rest.front() == '\n') break;
        if (starts_with(rest, "（") || starts_with(rest, "(") || starts_with(rest, "〔") || starts_with(rest, "【")) {
          ++depth;
        } else if (starts_with(rest, "）") || starts_with(rest, ")") || starts_with(rest, "〕") || starts_with(rest, "】")) {
          if (depth == 0) break;
          --depth;
        }
        size_t step = 1;
        const unsigned char c = static_cast<unsigned char>(rest.front());
        if (c >= 0xF0) step = 4;
        else if (c >= 0xE0) step = 3;
        else if (c >= 0xC0) step = 2;
        end += std::min(step, rest.size());
      }
      return trim_spaces(text.substr(from, end - from));
    }
  }
  return "";
}

// A label line as a mirror site gives it, a character's pinyin in brackets after it
// (責(zé)任單位:市教育局, 進(jìn)度安排:…): the label without the pinyin, so it reads as the label it is.
// Only the label before the line's first colon loses it; the rest stays as written (a unit's
// name keeps its pinyin: the plan lists it so, and its clean spelling is its alias).
std::string without_label_glosses(const std::string& line) {
  const size_t colon = std::min(line.find("："), line.find(":"));
  if (colon == std::string::npos || colon > 60) return line;
  bool glossed = false;
  const std::string label = without_pinyin_glosses(std::string_view(line).substr(0, colon), &glossed);
  // A label is short: 2 to 6 characters once its glosses are gone.
  const size_t chars = count_chars(label);
  if (!glossed || chars < 2 || chars > 6) return line;
  return label + line.substr(colon);
}

// A line that is a time label and its value (完成时限：2021年12月31日): a label line of the
// task above it, like its 责任单位： line.
bool time_label_line(const std::string& text);

// A line of a task's labels that names no unit: the person in charge (主管领导：, 主要责任人：)
// or the schedule (进度安排：, 时间安排：): it stays among the task's label lines.
bool person_or_schedule_label_line(const std::string& text) {
  const std::string t = to_simplified(trim_spaces(text));
  const size_t colon = std::min(t.find("："), t.find(":"));
  if (colon == std::string::npos) return false;
  const std::string label = t.substr(0, colon);
  const size_t chars = count_chars(label);
  if (chars < 2 || chars > 6) return false;
  for (std::string_view w : {"领导", "责任人", "负责人", "联系人", "联络员", "进度", "时间", "时限", "节点", "期限", "安排"})
    if (label.find(w) != std::string::npos) return true;
  return false;
}

bool time_label_line(const std::string& text) {
  const std::string t = trim_spaces(text);
  for (std::string_view label : kTimeLabels)
    if (t.compare(0, label.size(), label) == 0 &&
        (t.compare(label.size(), 3, "：") == 0 || t.compare(label.size(), 1, ":") == 0))
      return true;
  return false;
}

// A paragraph or cell without the soft line breaks (Word's Shift+Enter, a page's <br>) that
// cut a name or a word in two: Chinese puts no space between words, so a break between two
// ideographs is only where the line was wrapped (牵头单位：交⏎通运输部 → 交通运输部) — unless
// the line before it ends a name or a unit's role on its own (省财政厅⏎省水利厅, 县教育局牵头⏎
// 县财政局配合: one unit or clause a line), where the break parts them and stays.
std::string without_wrapping_breaks(const std::string& text) {
  if (text.find('\n') == std::string::npos) return text;
  const std::u32string s = to_u32(text);
  std::u32string out;
  out.reserve(s.size());
  size_t piece = 0;  // where the piece of ideographs before the break starts in `out`
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (c == U'\n' && !out.empty() && is_ideograph(out.back()) && i + 1 < s.size() && is_ideograph(s[i + 1])) {
      const std::u32string before = out.substr(piece);
      const std::string name = to_utf8(before);
      bool parts = before.size() >= 2 && has_unit_suffix(name);
      for (std::u32string_view role : {U"牵头", U"配合", U"负责", U"参与", U"协助", U"协办", U"主办", U"承办", U"落实"})
        parts = parts || (before.size() >= role.size() && before.compare(before.size() - role.size(), role.size(), role) == 0);
      if (!parts) continue;
    }
    if (!is_ideograph(c)) piece = out.size() + 1;
    out += c;
  }
  return to_utf8(out);
}

// A limit written in figures, as task tables often do (2023.12, 2023.6.30, 2023/12/31,
// 2023-12): the same date in words (2023年12月, 2023年6月30日), which the date reader knows.
// Only in a time label's value or a 完成时限 cell: in running text 2023.5 may be a figure.
std::string numeric_dates_as_words(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const std::optional<FigureDate> date = read_figure_date(text, i);
    if (!date) {
      out += text[i++];
      continue;
    }
    out += std::to_string(date->year) + "年" + std::to_string(date->month) + "月";
    if (date->day > 0) out += std::to_string(date->day) + "日";
    i = date->end;
  }
  return out;
}

// The mark between the two dates of a period: 至, 到 or a dash (spaces around it allowed).
bool period_connector(std::string_view between) {
  const std::string t = trim_spaces(between);
  for (std::string_view mark : {"至", "到", "—", "——", "－", "-", "~", "～", "–", "―"})
    if (t == mark) return true;
  return false;
}

// The deadline of a task's words: a date (or a yearly month) named as a limit. In a 完成时限
// cell every date is the limit (`in_limit_column`): 2023年12月 there means by the end of
// December. Several dates are the steps of the task (2024年3月底前启动，10月底前完成; 6月底前
// 开工，11月底前建成): the task is done with the last, which is its deadline, and a warning
// lists them for the review. A yearly month beside a date is no single deadline.
// `after`: the plan's issue date when its year is the one a date without a year takes: such a
// date that falls before the plan was issued is next year's (a plan issued in November
// that says 3月底前 means the March after it).
// For the review (PlanImport::review_notes): the task's index, and whether `year` is a
// heading's (（二）2025年重点任务) rather than the plan's.
struct DeadlineNotes {
  std::vector<ReviewNote>* out = nullptr;
  size_t task = 0;
  bool heading_year = false;
  void add(std::string zh, std::string en, bool year) const {
    if (out) out->push_back(ReviewNote{task, std::move(zh), std::move(en), year});
  }
};

// Steps numbered in a cell of their own, each opening with its month (1.4月底前主体完工; 2.8月底前
// 竣工交付; 3.11月底前交付): the step's number is no part of the date (1.4月 is no month, 3.11
// no 3月11日). A number of one or two digits and its point, at the text's start or after a space
// or a mark, right before a month (digits and 月, never 个月), becomes the number and a semicolon,
// the text's length kept.
std::string step_numbers_apart(const std::string& text) {
  std::string out = text;
  for (size_t i = 0; i < out.size(); ++i) {
    if (!(out[i] >= '0' && out[i] <= '9')) continue;
    const bool opens = i == 0 || out[i - 1] == ' ' || out[i - 1] == '\n' || out.compare(i >= 3 ? i - 3 : 0, 3, "；") == 0 ||
                       out.compare(i >= 3 ? i - 3 : 0, 3, "。") == 0 || out[i - 1] == ';';
    size_t j = i;
    while (j < out.size() && j < i + 2 && out[j] >= '0' && out[j] <= '9') ++j;
    if (!opens || j >= out.size() || out[j] != '.') continue;
    size_t m = j + 1, month_end = m;
    while (month_end < out.size() && month_end < m + 2 && out[month_end] >= '0' && out[month_end] <= '9') ++month_end;
    if (month_end == m || out.compare(month_end, 3, "月") != 0) continue;
    const int month = std::stoi(out.substr(m, month_end - m));
    if (month < 1 || month > 12) continue;
    out[j] = ';';
    i = month_end;
  }
  return out;
}

void add_task_deadline(const std::string& words_as_written, int year, pugi::xml_node task, const SourcePlace& place,
                       std::vector<ImportWarning>& warnings, bool in_limit_column = false, const Date& after = {},
                       const DeadlineNotes& notes = {}) {
  const std::string words = step_numbers_apart(words_as_written);
  // A cell or label of a span of years (2024—2025年) reads as the period it is.
  const std::string figures = in_limit_column ? numeric_dates_as_words(words) : words;
  const std::string text = in_limit_column ? span_of_years_as_period(figures) : words;
  const bool span = in_limit_column && text != trim_spaces(figures);
  // A limit written as no date (完成时限：长期坚持, （X负责，全年）) sets none; the review says it
  // was read, so that it is not taken for a limit missed.
  // Such a limit is the task's, as a dated one would be: the dates of its words are steps.
  auto open_ended = [&](const std::string& value) {
    if (open_ended_limit(value)) {
      notes.add("完成时限“" + trim_spaces(value) + "”不是日期，未定完成时限",
                "the limit “" + trim_spaces(value) + "” names no date; no deadline set", false);
      return true;
    }
    // 每季度末, 每月底: due again and again, more often than a yearly deadline can say.
    if (in_limit_column && recurs_within_year(value)) {
      notes.add("完成时限“" + trim_spaces(value) + "”按期重复，不是单一日期，未定完成时限",
                "the limit “" + trim_spaces(value) + "” recurs within the year; no single deadline set", false);
      return true;
    }
    return false;
  };
  if (in_limit_column && open_ended(text)) return;
  if (!in_limit_column) {
    std::string limit = labelled_limit(text);
    // A labelled value that says no date at all (完成时限：另行通知) leaves the words to decide.
    if (!limit.empty() && !find_deadlines(to_simplified(numeric_dates_as_words(limit)), year).empty()) {
      add_task_deadline(limit, year, task, place, warnings, /*in_limit_column=*/true, after, notes);
      return;
    }
    if (!limit.empty() && recurs_within_year(limit)) {
      add_task_deadline(limit, year, task, place, warnings, /*in_limit_column=*/true, after, notes);
      return;
    }
    // A bracket of time alone closing the task (…配合）（2023—2025年）, 开展普查。（2024年6月底）)
    // is its time column: read as a limit cell is, a span of years due at its last year's end.
    const std::string bracket = closing_time_bracket(text);
    if (!bracket.empty()) {
      add_task_deadline(bracket, year, task, place, warnings, /*in_limit_column=*/true, after, notes);
      if (task.child("deadline")) return;
    }
    if (open_ended(limit.empty() ? closing_bracket_last_piece(text) : limit)) return;
  }
  std::string simplified = to_simplified(text);
  std::vector<const DeadlineMatch*> kept;
  auto matches = find_deadlines(simplified, year);
  // A date without a year after a limit that names one (2025年3月底前启动，10月底前完成) is in
  // that year: the nearest year the task states before it.
  std::vector<bool> carried(matches.size(), false);
  // A period (2024年1月至6月, 2024年3月—11月底, 2023年4月-2024年6月): the work runs from its first
  // date to its last, so the last is the limit, in the first's year when it names none (the
  // year after, when the months wrap: 2023年11月至3月); the first is no step of its own.
  std::vector<bool> period_start(matches.size(), false);
  std::vector<size_t> period_from(matches.size(), std::string::npos);  // a period's end: where the period opens
  for (size_t k = 0; k + 1 < matches.size(); ++k) {
    DeadlineMatch& from = matches[k];
    DeadlineMatch& to = matches[k + 1];
    if (from.deadline.kind != DeadlineKind::Date || to.deadline.kind != DeadlineKind::Date) continue;
    if (from.offset + from.length > to.offset) continue;
    if (!period_connector(std::string_view(simplified).substr(from.offset + from.length, to.offset - from.offset - from.length)))
      continue;
    period_start[k] = true;
    period_from[k + 1] = from.offset;
    if (!names_year(from.deadline.text) || names_year(to.deadline.text)) continue;
    Deadline again = read_deadline(to.deadline.text, from.deadline.last.year);
    if (again.kind == DeadlineKind::Date && again.last < from.deadline.last)
      again = read_deadline(to.deadline.text, from.deadline.last.year + 1);
    if (again.kind != DeadlineKind::Date) continue;
    to.deadline = again;
    carried[k + 1] = true;
  }
  for (size_t k = 0, stated = 0; k < matches.size(); ++k) {
    DeadlineMatch& m = matches[k];
    if (m.deadline.kind != DeadlineKind::Date || carried[k]) continue;
    if (names_year(m.deadline.text)) {
      if (m.is_deadline_wording || completes_by(simplified, m)) stated = static_cast<size_t>(m.deadline.last.year);
      continue;
    }
    if (stated == 0 || static_cast<int>(stated) == year) continue;
    Deadline again = read_deadline(m.deadline.text, static_cast<int>(stated));
    if (again.kind == DeadlineKind::Date) {
      m.deadline = again;
      carried[k] = true;
    }
  }
  std::set<std::string> values;
  for (size_t k = 0; k < matches.size(); ++k) {
    const DeadlineMatch& match = matches[k];
    if (period_start[k]) continue;
    const Deadline& d = match.deadline;
    if (!in_limit_column && !((match.is_deadline_wording || completes_by(simplified, match)) && limit_wording(simplified, match)))
      continue;
    if (d.kind == DeadlineKind::Date) {
      std::string_view before = std::string_view(simplified).substr(0, match.offset);
      if (ends_with(before, "每年") || ends_with(before, "每季度")) continue;
      std::string_view after = std::string_view(simplified).substr(match.offset + match.length);
      if (starts_with(after, "起") || starts_with(after, "之日起") || starts_with(after, "至")) continue;
      values.insert(d.last.iso());
    } else if (d.kind == DeadlineKind::Recurring) {
      values.insert("yearly-" + std::to_string(d.month));
    } else {
      continue;
    }
    kept.push_back(&match);
  }
  const std::string id = task.attribute("id").value();
  std::string list;
  for (const std::string& v : values) list += (list.empty() ? "" : "、") + v;
  const bool recurring = std::any_of(values.begin(), values.end(), [](const std::string& v) { return starts_with(v, "yearly-"); });
  if (values.size() > 1 && recurring) {
    warnings.push_back(warning_at(place, "任务 " + id + " 写了多个日期（" + list + "），未定完成时限",
                                  "task " + id + " names several dates (" + list + "); no deadline set"));
    return;
  }
  if (kept.empty()) return;
  const DeadlineMatch* latest = kept.front();
  for (const DeadlineMatch* m : kept)
    if (m->deadline.last > latest->deadline.last) latest = m;
  if (values.size() > 1)
    warnings.push_back(warning_at(place, "任务 " + id + " 写了多个日期（" + list + "），以最晚的 " + latest->deadline.last.iso() + " 为完成时限",
                                  "task " + id + " names several dates (" + list + "); the last, " + latest->deadline.last.iso() + ", is its deadline"));
  const DeadlineMatch& match = *latest;
  Deadline d = match.deadline;
  const size_t latest_index = static_cast<size_t>(latest - matches.data());
  // A period's end is quoted with its start (2024年1月至6月): the year the review sees is the one written.
  const size_t quoted_from = period_from[latest_index] != std::string::npos ? period_from[latest_index] : match.offset;
  std::string wording = original_span(text, simplified, quoted_from, match.offset + match.length);
  const bool year_written = names_year(d.text) || carried[latest_index];
  bool next_year = false;
  if (d.kind == DeadlineKind::Date && after.valid() && !year_written && d.last < after) {
    Deadline next = read_deadline(d.text, year + 1);
    if (next.kind == DeadlineKind::Date) {
      d = next;
      next_year = true;
    }
  }
  // Where the year of a date written without one came from, for the review: the plan's year
  // is the review's own note (按方案年份); the others say theirs.
  if (d.kind == DeadlineKind::Date && !names_year(wording)) {
    const std::string y = std::to_string(d.last.year);
    if (carried[latest_index])
      notes.add("“" + wording + "”未写年份，按本任务前文所写年份（" + y + "年）",
                "“" + wording + "” names no year; the year the task states before it (" + y + ") is taken", true);
    else if (next_year)
      notes.add("“" + wording + "”未写年份，在方案年份早于成文日期，按次年（" + y + "年）",
                "“" + wording + "” names no year; in the plan's year it falls before the issue date, so the next year (" + y + ") is taken", true);
    else if (notes.heading_year)
      notes.add("“" + wording + "”未写年份，按所在标题所写年份（" + y + "年）",
                "“" + wording + "” names no year; the year its heading names (" + y + ") is taken", true);
  }
  pugi::xml_node deadline = task.append_child("deadline");
  deadline.append_attribute("text") = (span ? trim_spaces(words) : wording).c_str();
  if (d.kind == DeadlineKind::Date) {
    deadline.text() = d.last.iso().c_str();
  } else {
    deadline.append_attribute("recurs") = "yearly";
    deadline.append_attribute("month") = d.month;
  }
}

// A paragraph whose first character is a question mark or the replacement character: the
// start of the line was spoiled by a wrong encoding (a mirror site's ?。ǘ┩ for （二）). No
// Chinese paragraph opens with a question mark.
bool spoiled_opening(std::string_view text) {
  const std::string t = trim_spaces(text);
  return starts_with(t, "?") || starts_with(t, "？") || starts_with(t, "\xEF\xBF\xBD");
}

// Styles of sub-items （1） 1） ①: without a clause of their own, their parent's content.
bool sub_item_style(NumberStyle style) {
  return style == NumberStyle::ParenArabic || style == NumberStyle::ArabicParen || style == NumberStyle::Circled;
}

// How strongly a mark ends a piece of a sentence: 。！？ above ；above ，、; 0 for no mark.
int mark_strength(char32_t c) {
  if (std::u32string_view(U"。！？!?").find(c) != std::u32string_view::npos) return 3;
  if (c == U'；' || c == U';') return 2;
  if (c == U'，' || c == U',' || c == U'、') return 1;
  return 0;
}

bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000; }

// Joins to `words` the words after a unit clause cut from running text. The marks that meet
// where it was (…行动。|由A牵头，B配合|。2024年…; 做好X，|由A牵头|，确保…; 加强X|（Y负责）|。) are
// one mark: the stronger stays. Before the task's first word none stays.
void join_after_cut(std::u32string& words, std::u32string_view after) {
  char32_t mark = 0;
  size_t at = 0;
  for (; at < after.size(); ++at) {
    if (is_blank(after[at])) continue;
    if (mark_strength(after[at]) == 0) break;
    if (mark_strength(after[at]) > mark_strength(mark)) mark = after[at];
  }
  while (!words.empty() && is_blank(words.back())) words.pop_back();
  if (!words.empty() && mark != 0) {
    if (mark_strength(words.back()) == 0) words += mark;
    else if (mark_strength(mark) > mark_strength(words.back())) words.back() = mark;
  }
  words += after.substr(at);
}

// `text` without the marks and spaces before its first word: a task's words never start
// with the ， of a clause cut before them.
std::string without_leading_marks(std::string_view text) {
  const std::u32string words = to_u32(text);
  size_t start = 0;
  while (start < words.size() && (is_blank(words[start]) || mark_strength(words[start]) != 0)) ++start;
  return trim_spaces(to_utf8(std::u32string_view(words).substr(start)));
}

// The words of a paragraph without its number and its unit clauses.
std::string task_words(const Para& p) {
  std::u32string words;
  size_t from = p.number.style == NumberStyle::None ? 0 : p.number.body;
  bool cut = false;
  auto add = [&](std::string_view piece) {
    if (cut) join_after_cut(words, to_u32(piece));
    else words += to_u32(piece);
  };
  for (const UnitClause& c : p.clauses) {
    if (c.end <= from) continue;
    if (c.begin > from) add(std::string_view(p.text).substr(from, c.begin - from));
    from = std::max(from, c.end);
    cut = true;
  }
  if (from < p.text.size()) add(std::string_view(p.text).substr(from));
  return without_leading_marks(to_utf8(words));
}

// The one year a heading gives the work under it (（二）2025年重点任务, 第二阶段（2025年）): the
// dates without a year there (6月底前, 三季度) are that year's. 0 when it names no year, several,
// or a span or a horizon (2024—2026年, 到2025年, 2023年以来).
int heading_year(std::string_view heading, int plan_year) {
  const std::string s = to_simplified(heading);
  for (std::string_view w : {"到", "至", "—", "－", "-", "～", "~", "以来", "起"})
    if (s.find(w) != std::string::npos) return 0;
  int year = 0;
  for (const DeadlineMatch& m : find_deadlines(s, plan_year)) {
    if (m.deadline.kind != DeadlineKind::Date || !names_year(m.deadline.text)) continue;
    if (year != 0 && m.deadline.last.year != year) return 0;
    year = m.deadline.last.year;
  }
  return year;
}

class Importer {
 public:
  Importer(const SourceDocument& doc, const PlanHeader& header, PlanImport& result)
      : doc_(doc), header_(header), result_(result), writer_(header, result) {}

  void run() {
    collect();
    number();
    choose_tasks();
    find_document_rule();
    write_paragraphs();
    write_tables();
    writer_.finish();
  }

 private:
  // Paragraph blocks joined into paragraphs (lines broken by extraction: 区经济发 / 展局);
  // Word tables and tables flattened one cell per line read as tables.
  void collect() {
    std::vector<TextLine> lines;
    std::vector<SourcePlace> places;
    auto flush_lines = [&]() {
      if (lines.empty()) return;
      std::vector<ItemNumber> numbers;
      std::vector<bool> units;
      for (const TextLine& l : lines) {
        numbers.push_back(read_item_number(l.text));
        units.push_back(is_unit_line(l.text));
      }
      auto alone = [&](size_t i) {
        const std::string& t = lines[i].text;
        if (closing_line(t) || ends_with(t, "：") || ends_with(t, ":")) return true;
        return numbers[i].style != NumberStyle::None && t.find("。") == std::string::npos && count_chars(t) <= 40;
      };
      auto starts_block = [&](size_t i) { return numbers[i].style != NumberStyle::None || units[i]; };
      for (Paragraph& p : join_paragraphs(lines, 0, lines.size(), alone, starts_block)) {
        Para para;
        para.text = std::move(p.text);
        para.simplified = to_simplified(para.text);
        para.place = places[static_cast<size_t>(p.line - 1)];
        paras_.push_back(std::move(para));
      }
      lines.clear();
      places.clear();
    };
    const auto& blocks = doc_.blocks;
    for (size_t i = 0; i < blocks.size(); ++i) {
      const SourceBlock& b = blocks[i];
      Table table;
      if (size_t consumed = read_bar_header_cell_lines(blocks, i, table)) {
        flush_lines();
        tables_.push_back(std::move(table));
        i += consumed - 1;
        continue;
      }
      if (b.kind == SourceBlock::Kind::Table) {
        flush_lines();
        read_table_block(b);
        continue;
      }
      // An excerpt's mark ((摘录至此), （略）, ……) is no words of the task above it.
      if (elision_marker(b.text)) {
        flush_lines();
        continue;
      }
      std::string title;
      if (size_t consumed = read_run_together_table(blocks, i, table, &title)) {
        if (!squash_spaces(title).empty()) {
          lines.push_back({static_cast<int>(lines.size() + 1), title});
          places.push_back(b.place);
        }
        tables_.push_back(std::move(table));
        flush_lines();
        i += consumed - 1;
        continue;
      }
      if (size_t consumed = read_flattened_table(blocks, i, table)) {
        tables_.push_back(std::move(table));
        flush_lines();
        i += consumed - 1;
        continue;
      }
      if (size_t consumed = read_cell_lines_table(blocks, i, table)) {
        tables_.push_back(std::move(table));
        flush_lines();
        i += consumed - 1;
        continue;
      }
      std::string text = without_label_glosses(without_wrapping_breaks(trim_spaces(b.text)));
      for (char& c : text)
        if (c == '\n') c = ' ';
      lines.push_back({static_cast<int>(lines.size() + 1), text});
      places.push_back(b.place);
    }
    flush_lines();
  }

  // Whether `below` names the columns under a cell of `header` that spans several: each of
  // its own cells (not one merged down from the header) is a column's name, none a number.
  static bool sub_header(const std::vector<SourceCell>& header, const std::vector<SourceCell>& below) {
    if (std::none_of(header.begin(), header.end(), [](const SourceCell& c) { return c.span > 1; })) return false;
    bool any = false;
    for (const SourceCell& cell : below) {
      if (cell.continued) continue;
      const std::string t = trim_spaces(cell.text);
      if (t.empty()) continue;
      if (row_number(t) || !column_name(t)) return false;
      any = true;
    }
    return any;
  }

  // Whether a table row names the columns of a task table: a 序号 beside another column's
  // name, or three columns' names, one of them a column of units (序号 | 实事项目 | 责任单位).
  static bool names_task_columns(const std::vector<SourceCell>& row) {
    bool id = false, units = false;
    int names = 0;
    for (const SourceCell& cell : row) {
      const std::string t = trim_spaces(cell.text);
      const Column kind = classify_column(t);
      if (kind == Column::Id) {
        id = true;
      } else if (column_name(t)) {
        ++names;
        units = units || kind == Column::Lead || kind == Column::Responsible;
      }
    }
    return (id && names >= 1) || (units && names >= 3);
  }

  // A table whose first rows name no columns while a later row does (a page's metadata set in
  // the same bars above its task table: 索引号 | … | 发文日期 | 2022-07-14 |, then 序号 | 实事项目
  // | … | 责任单位 |): two tables, the rows above the header one of their own, never tasks.
  void read_table_block(const SourceBlock& b) {
    const auto& rows = b.table.rows;
    if (rows.empty()) return;
    size_t header = 0;
    if (!names_task_columns(rows[0]))
      for (size_t r = 1; r + 1 < rows.size() && r <= 6; ++r)
        if (names_task_columns(rows[r])) {
          header = r;
          break;
        }
    if (header > 0) read_table_rows(b, 0, header);
    read_table_rows(b, header, rows.size());
  }

  // Rows [top, end) of a table block as one table, row `top` its header.
  void read_table_rows(const SourceBlock& b, size_t top, size_t end) {
    Table table;
    table.place = top == 0 ? b.place : cell_place(b, top);
    const auto& rows = b.table.rows;
    // The header by grid column: a cell spanning columns heads each of them.
    for (const SourceCell& cell : rows[top]) {
      const size_t col = static_cast<size_t>(std::max(1, cell.column) - 1);
      if (table.header.size() < col + static_cast<size_t>(std::max(1, cell.span))) table.header.resize(col + std::max(1, cell.span));
      for (int k = 0; k < std::max(1, cell.span); ++k) table.header[col + k] = trim_spaces(cell.text);
    }
    // A header of two rows: 责任单位 spanning 牵头单位 | 配合单位 below it. The second row
    // names the columns under the spanning cell; it is no task.
    size_t first_row = top + 1;
    if (end > top + 2 && sub_header(rows[top], rows[top + 1])) {
      for (const SourceCell& cell : rows[top + 1]) {
        const size_t col = static_cast<size_t>(std::max(1, cell.column) - 1);
        if (!cell.continued && col < table.header.size() && !trim_spaces(cell.text).empty()) table.header[col] = trim_spaces(cell.text);
      }
      first_row = top + 2;
    }
    for (size_t r = first_row; r < end; ++r) {
      TableRow row;
      row.place = cell_place(b, r);
      std::vector<std::string> cells(table.header.size());
      std::vector<bool> continued(table.header.size(), false);
      std::set<std::string> distinct;
      for (const SourceCell& cell : rows[r]) {
        size_t col = static_cast<size_t>(std::max(1, cell.column) - 1);
        if (col < cells.size()) cells[col] = without_wrapping_breaks(trim_spaces(cell.text)), continued[col] = cell.continued;
        if (!trim_spaces(cell.text).empty()) distinct.insert(trim_spaces(cell.text));
      }
      if (distinct.size() == 1 && (rows[r].size() == 1 || cells.empty() || !row_number(cells[0]))) {
        row.cells = {*distinct.begin()};  // a section row, merged across
      } else {
        row.cells = std::move(cells);
        row.continued = std::move(continued);
      }
      table.rows.push_back(std::move(row));
    }
    // Rows ragged against the header (its spanning cells padded with empty ones, rows of another
    // count of cells): where their units stand off the units columns, read by what the cells hold.
    bool ragged = false;
    for (const SourceCell& cell : rows[top]) ragged = ragged || trim_spaces(cell.text).empty();
    for (size_t r = first_row; r < end && !ragged; ++r) ragged = rows[r].size() != rows[top].size();
    if (ragged) align_rows_by_kind(table);
    tables_.push_back(std::move(table));
  }

  // Numbers, runs, clauses; sub-items （1）① that carry no clause of their own are their
  // parent's content.
  void number() {
    std::vector<ItemNumber> numbers;
    for (Para& p : paras_) {
      p.number = read_item_number(p.text);
      p.clauses = find_unit_clauses(p.text);
      p.closing = closing_line(p.text);
      numbers.push_back(p.number);
    }
    number_unnumbered_items(numbers);
    // A division of work by unit: (一)党政办 / 负责宣传…: the item's words are the units whose
    // work the paragraph after it, opened by 负责, describes.
    for (size_t i = 0; i + 1 < paras_.size(); ++i) {
      Para& p = paras_[i];
      const Para& next = paras_[i + 1];
      if (p.number.style == NumberStyle::None || !p.clauses.empty() || numbers[i + 1].style != NumberStyle::None) continue;
      if (next.simplified.rfind("负责", 0) != 0) continue;
      UnitClause clause;
      clause.units = read_unit_title(p.text);
      if (clause.units.empty()) continue;
      clause.begin = clause.end = p.text.size();
      p.clauses.push_back(std::move(clause));
      p.unit_title = true;
    }
    std::vector<int> runs = number_runs(numbers);
    for (size_t i = 0; i < paras_.size(); ++i) {
      paras_[i].number = numbers[i];
      paras_[i].run = runs[i];
    }
    std::map<int, bool> sub_run_has_clause;
    for (Para& p : paras_)
      if (sub_item_style(p.number.style))
        sub_run_has_clause[p.run] = sub_run_has_clause[p.run] || !p.clauses.empty();
    for (Para& p : paras_)
      if (sub_item_style(p.number.style) && !sub_run_has_clause[p.run]) {
        p.number.style = NumberStyle::None;
        p.run = -1;
        p.sub_item = true;
      }
    // Extents: a numbered paragraph and the unnumbered ones after it, up to the next number
    // or the end of the body; once the item has a clause, a paragraph without one ends it.
    extent_end_.assign(paras_.size(), 0);
    for (size_t i = 0; i < paras_.size(); ++i) {
      if (paras_[i].number.style == NumberStyle::None) continue;
      bool has_clause = !paras_[i].clauses.empty() && !paras_[i].unit_title;
      // A numbered paragraph with words after its first sentence stands by itself: only
      // unit lines may follow it. A heading-like one (1.完善应急预案体系) has its words after it.
      std::string words = task_words(paras_[i]);
      size_t stop = words.find("。");
      bool self_contained = stop != std::string::npos && stop + std::string_view("。").size() < words.size();
      size_t j = i + 1;
      for (; j < paras_.size(); ++j) {
        const Para& q = paras_[j];
        if (q.number.style != NumberStyle::None || q.closing) break;
        // Its sub-items are its words wherever they stand (其中：①…②…), and the unit lines after them its units.
        // A time label line (完成时限：…) is a label line too, whatever ends the line before it.
        if ((has_clause || self_contained) && q.clauses.empty() && !q.sub_item && !time_label_line(q.text) &&
            !(person_or_schedule_label_line(q.text) && (has_clause || units_label_follows(j))))
          break;
        // A paragraph opened by a spoiled mark (?。ǘ┩…: an item number a mirror site's wrong
        // encoding turned to noise) with its own unit clause is another item, not this one's
        // words: its units are not this task's (the clause is said to belong to no task).
        if (!q.clauses.empty() && spoiled_opening(q.text)) break;
        has_clause = has_clause || !q.clauses.empty();
      }
      extent_end_[i] = j;
    }
  }

  // Items written without numbers, each followed by its label lines (市区新增学位2.36万个。/
  // 主管领导：… 责任单位：市教育局 … 进度安排：…), as a newspaper or a list of 实事 gives a task list:
  // when no numbered paragraph carries a unit clause, a paragraph with none of its own and no
  // label, right before a paragraph that opens with a label and carries one, is a task, numbered
  // 1, 2, … in order. Two such items at least; one is no list.
  void number_unnumbered_items(std::vector<ItemNumber>& numbers) {
    for (size_t i = 0; i < paras_.size(); ++i)
      if (numbers[i].style != NumberStyle::None && !paras_[i].clauses.empty()) return;
    auto opens_with_label = [](const std::string& simplified) {
      size_t colon = std::min(simplified.find("："), simplified.find(":"));
      if (colon == std::string::npos) return false;
      const size_t chars = count_chars(simplified.substr(0, colon));
      return chars >= 2 && chars <= 6;
    };
    std::vector<size_t> items;
    for (size_t i = 0; i + 1 < paras_.size(); ++i) {
      const Para& p = paras_[i];
      if (numbers[i].style != NumberStyle::None || !p.clauses.empty() || p.closing || count_chars(p.text) < 6 ||
          opens_with_label(p.simplified))
        continue;
      bool units = false;
      for (size_t j = i + 1; j < paras_.size() && j <= i + 6 && numbers[j].style == NumberStyle::None &&
                             opens_with_label(paras_[j].simplified) && !units;
           ++j)
        units = !paras_[j].clauses.empty();
      if (units) items.push_back(i);
    }
    if (items.size() < 2) return;
    int k = 0;
    for (size_t i : items) {
      ItemNumber& n = numbers[i];
      n.style = NumberStyle::ArabicDot;
      n.value = ++k;
      n.id = std::to_string(k);
      n.body = 0;
      paras_[i].number = n;
    }
  }

  // Whether the label lines from paragraph `j` on (主管领导：…, 进度安排：…) go on to one that
  // names units (责任单位：…) before anything else.
  bool units_label_follows(size_t j) const {
    for (size_t k = j; k < paras_.size() && k <= j + 4; ++k) {
      const Para& q = paras_[k];
      if (q.number.style != NumberStyle::None || q.closing) return false;
      if (!q.clauses.empty()) return true;
      if (!person_or_schedule_label_line(q.text)) return false;
    }
    return false;
  }

  bool extent_has_clause(size_t i) const {
    for (size_t j = i; j < extent_end_[i]; ++j)
      if (!paras_[j].clauses.empty()) return true;
    return false;
  }

  // The task level, found per document: the runs whose items carry unit clauses. A plan
  // with no unit clause at all has its tasks in the longest run of its most used style.
  void choose_tasks() {
    std::map<int, NumberStyle> run_style;
    std::map<int, size_t> run_size;
    for (size_t i = 0; i < paras_.size(); ++i) {
      const Para& p = paras_[i];
      if (p.run < 0) continue;
      run_style[p.run] = p.number.style;
      ++run_size[p.run];
      if (extent_has_clause(i)) task_runs_.insert(p.run);
    }
    // Only a table of tasks takes the tasks' place: a page's metadata rows (索引号 | … |) do not.
    bool table_tasks = std::any_of(tables_.begin(), tables_.end(), [](const Table& t) {
      return task_table(t) && std::any_of(t.rows.begin(), t.rows.end(), [](const TableRow& r) { return r.cells.size() > 1; });
    });
    if (task_runs_.empty() && !run_size.empty() && !table_tasks) {
      std::map<NumberStyle, size_t> style_items;
      for (const auto& [run, size] : run_size) style_items[run_style[run]] += size;
      NumberStyle best = NumberStyle::None;
      for (const auto& [style, count] : style_items)
        if (best == NumberStyle::None || count > style_items[best] || (count == style_items[best] && style_rank(style) > style_rank(best)))
          best = style;
      int longest = -1;
      for (const auto& [run, size] : run_size)
        if (run_style[run] == best && (longest < 0 || size > run_size[longest])) longest = run;
      task_runs_.insert(longest);
      std::set<std::string> ids;
      for (const Para& p : paras_)
        if (p.run == longest) ids.insert(p.number.id);
      for (const auto& [run, size] : run_size) {
        if (run == longest || run_style[run] != best) continue;
        bool collides = false;
        for (const Para& p : paras_)
          if (p.run == run && ids.count(p.number.id)) collides = true;
        if (!collides) task_runs_.insert(run);
      }
    }
    std::map<NumberStyle, int> task_runs_of_style;
    for (int run : task_runs_) {
      ++task_runs_of_style[run_style[run]];
      int rank = style_rank(run_style[run]);
      if (task_rank_ == 0 || rank < task_rank_) task_rank_ = rank;
    }
    // Tasks of one style in several runs take their parent's id only when their numbering
    // restarts under each parent (1. 2. under （一）, 1. again under （二）); numbered on across
    // the headings (2.–8. under （一）, 9.–15. under （二）), each number names one task alone.
    std::map<NumberStyle, std::set<std::string>> task_numbers;
    std::set<NumberStyle> repeating_task_styles;
    for (const Para& p : paras_)
      if (is_task(p) && !task_numbers[p.number.style].insert(p.number.id).second)
        repeating_task_styles.insert(p.number.style);
    for (const auto& [style, count] : task_runs_of_style)
      if (count > 1 && repeating_task_styles.count(style)) qualified_styles_.insert(style);
    task_styles_.clear();
    for (const auto& [style, count] : task_runs_of_style) task_styles_.insert(style);
    // Styles in which one number stands twice: their numbering restarts under a parent.
    std::set<std::pair<NumberStyle, std::string>> seen;
    for (const Para& p : paras_)
      if (p.number.style != NumberStyle::None && !seen.insert({p.number.style, p.number.id}).second)
        restarting_styles_.insert(p.number.style);
    std::set<std::string> ids;
    for (size_t i = 0; i < paras_.size() && !deep_ids_; ++i)
      if (is_task(paras_[i]) && !ids.insert(task_id(i, false)).second) deep_ids_ = true;
  }

  bool is_task(const Para& p) const { return p.run >= 0 && task_runs_.count(p.run); }

  // The id of a task; a task in a style whose numbering restarts under every parent item
  // takes the parent's id before its own: (一)3.
  // When that still names two tasks alike, because the parent's own numbering restarts too
  // (（一） under every 一、), every ancestor whose numbering restarts goes first: 二(一)1.
  std::string task_id(size_t i) const { return task_id(i, deep_ids_); }
  std::string task_id(size_t i, bool deep) const {
    const Para& p = paras_[i];
    if (!qualified_styles_.count(p.number.style)) return p.number.id;
    std::string id = p.number.id;
    int rank = style_rank(p.number.style);
    for (size_t j = i; j-- > 0;) {
      const Para& q = paras_[j];
      if (q.number.style == NumberStyle::None || style_rank(q.number.style) >= rank) continue;
      id = q.number.id + id;
      if (!deep || !restarting_styles_.count(q.number.style)) break;
      rank = style_rank(q.number.style);
    }
    return id;
  }

  void apply_lead_defaults(TaskUnits& units) const {
    if (all_listed_lead_) units.apply_lead_default(LeadDefault::AllListed);
    if (sole_listed_lead_) units.apply_lead_default(LeadDefault::SoleListed);
  }

  // The issue date when dates without a year take the issue year (no year in the title):
  // one of those before it is next year's. None when the title names the plan's year.
  // (徐庄镇2017年度…计划 issued in February: its 1月份 is January 2017, not 2018).
  Date roll_after() const { return header_.title_year ? Date{} : header_.issued; }

  // The first-listed rule stated once for the whole document, outside every task: in the
  // notice (责任单位中排在第一位的为牵头单位) or a table's note. It holds for every task, before
  // it as after; a rule inside a task's clause holds from that task on (下同).
  void find_document_rule() {
    std::vector<bool> in_task(paras_.size(), false);
    for (size_t i = 0; i < paras_.size(); ++i)
      if (is_task(paras_[i]))
        for (size_t j = i; j < extent_end_[i]; ++j) in_task[j] = true;
    for (size_t i = 0; i < paras_.size(); ++i) {
      if (in_task[i] || !paras_[i].clauses.empty()) continue;
      // 无牵头单位的，责任单位即为牵头单位 / 只有一个责任单位的，即为牵头单位: for every task without a lead.
      note_lead_default(paras_[i].text);
    }
    // A task table's column header may carry the note: 责任单位（排在第一位的为牵头单位）.
    for (const Table& table : tables_)
      for (const std::string& h : table.header)
        if (h.find("（") != std::string::npos || h.find("(") != std::string::npos) note_lead_default(h);
  }

  void note_lead_default(const std::string& text) {
    switch (stated_lead_default(text)) {
      case LeadDefault::FirstListed: document_rule_ = true; break;
      case LeadDefault::AllListed: all_listed_lead_ = true; break;
      case LeadDefault::SoleListed: sole_listed_lead_ = true; break;
      case LeadDefault::None: break;
    }
  }

  void write_paragraphs() {
    bool first_listed_rule = document_rule_;
    std::vector<std::string> inherited;
    // Headings that name the lead of the tasks under them (一、县发改局牵头工作（8项）), the
    // innermost last, each with its rank: a heading of the same rank or above ends one.
    std::vector<std::pair<int, std::vector<std::string>>> heading_leads;
    // Headings that name the year of the work under them (（二）2025年工作任务), with their ranks.
    std::vector<std::pair<int, int>> heading_years;
    std::vector<bool> in_task(paras_.size(), false);
    for (size_t i = 0; i < paras_.size(); ++i) {
      const Para& p = paras_[i];
      writer_.text_seen(p.text);
      if (p.number.style == NumberStyle::None) continue;
      if (!is_task(p)) {
        int rank = style_rank(p.number.style);
        if (task_rank_ == 0 || rank < task_rank_) {
          std::string title = p.text.substr(0, p.text.find("。"));
          writer_.heading(rank, trim_spaces(title));
          while (!heading_leads.empty() && heading_leads.back().first >= rank) heading_leads.pop_back();
          while (!heading_years.empty() && heading_years.back().first >= rank) heading_years.pop_back();
          if (int year = heading_year(title, header_.plan_year)) heading_years.emplace_back(rank, year);
          std::vector<std::string> leads = heading_lead_units(std::string_view(p.text).substr(p.number.body));
          if (!leads.empty()) heading_leads.emplace_back(rank, std::move(leads));
        } else if (task_styles_.count(p.number.style) && !extent_has_clause(i)) {
          result_.warnings.push_back(
              warning_at(p.place, "编号段落 " + p.number.id + " 没有写牵头单位或责任单位，按目标而非任务读入，未导出",
                         "numbered paragraph " + p.number.id + " names no 牵头单位 or 责任单位: read as a goal, not a task; not exported"));
        }
        continue;
      }
      std::string id = task_id(i);
      pugi::xml_node task = writer_.task(id, p.place);
      for (size_t j = i; j < extent_end_[i]; ++j) in_task[j] = true;
      if (!task) continue;
      // Words: the first paragraph's first sentence is the title.
      std::string words = task_words(p);
      std::string all_text = p.text;
      std::string more;
      for (size_t j = i + 1; j < extent_end_[i]; ++j) {
        std::string w = task_words(paras_[j]);
        if (!w.empty()) more += (more.empty() ? "" : "\n") + w;
        all_text += "\n" + paras_[j].text;
      }
      size_t stop = words.find("。");
      std::string title = trim_spaces(std::string_view(words).substr(0, stop));
      std::string rest = stop == std::string::npos ? std::string() : without_leading_marks(std::string_view(words).substr(stop + std::string_view("。").size()));
      if (!more.empty()) rest += (rest.empty() ? "" : "\n") + more;
      if (title.empty()) title = id;
      task.append_child("title").text() = title.c_str();
      task.append_child("text").text() = (rest.empty() ? (words.empty() ? title : words) : rest).c_str();
      TaskUnits units;
      // The rule may close the task's unit list ((X、Y，列第一位者为牵头单位，下同)): it holds
      // for every clause of the task that states it.
      for (size_t j = i; j < extent_end_[i]; ++j)
        for (const UnitClause& clause : paras_[j].clauses) first_listed_rule = first_listed_rule || clause.first_listed_rule;
      // Units read from the task's own sentences yield to a bracket or label it states them in.
      bool stated = false;
      for (size_t j = i; j < extent_end_[i]; ++j)
        for (const UnitClause& clause : paras_[j].clauses) stated = stated || !clause.in_prose;
      for (size_t j = i; j < extent_end_[i]; ++j) {
        for (UnitClause clause : paras_[j].clauses) {
          if (stated && clause.in_prose) continue;
          resolve_roles(clause, first_listed_rule);
          for (const UnitMention& u : clause.units) units.add(u.name, u.role);
          if (clause.unclosed)
            result_.warnings.push_back(warning_at(paras_[j].place, "单位清单的括号没有闭合，读到段末",
                                                  "the unit list's bracket is not closed; read to the end of the paragraph"));
        }
      }
      for (const std::string& name : inherited) units.add(name, UnitRole::Responsible);
      // A task that names no lead of its own has its heading's.
      if (units.leads.empty() && !heading_leads.empty())
        for (const std::string& name : heading_leads.back().second) units.add(name, UnitRole::Lead);
      apply_lead_defaults(units);
      for (size_t j = i; j < extent_end_[i]; ++j)
        for (const UnitClause& clause : paras_[j].clauses)
          for (const std::string& name : clause.inherited)
            if (std::find(inherited.begin(), inherited.end(), name) == inherited.end()) inherited.push_back(name);
      writer_.units(task, units);
      std::string task_text = words + (more.empty() ? "" : "\n" + more);
      // Dates without a year are the heading's year where it names one, else the plan's.
      const int year = heading_years.empty() ? header_.plan_year : heading_years.back().second;
      add_task_deadline(all_text.substr(p.number.body), year, task, p.place, result_.warnings, false,
                        heading_years.empty() ? roll_after() : Date{},
                        DeadlineNotes{&result_.review_notes, result_.task_lines.size() - 1, !heading_years.empty()});
      add_targets(task_text, header_.title, task, p.place, result_.warnings);
      for (size_t j = i; j < extent_end_[i]; ++j)
        for (const BudgetClause& b : find_budget_clauses(paras_[j].simplified))
          if (b.kind == BudgetKind::Required) PlanWriter::add_budget(task, original_slice(paras_[j], b));
    }
    // Paragraphs outside every task: plan-level budget and milestones; unit clauses that
    // belong to no task are said.
    for (size_t i = 0; i < paras_.size(); ++i) {
      if (in_task[i]) continue;
      const Para& p = paras_[i];
      const std::string& simplified = p.simplified;
      for (const BudgetClause& b : find_budget_clauses(simplified))
        if (b.kind == BudgetKind::Required) writer_.plan_budget(original_slice(p, b));
      for (const DeadlineMatch& match : find_deadlines(simplified, header_.plan_year)) {
        if (!match.is_deadline_wording || match.deadline.kind != DeadlineKind::Date) continue;
        if (!limit_wording(simplified, match)) continue;
        std::string_view before = std::string_view(simplified).substr(0, match.offset);
        if (before.find("每") != std::string_view::npos && before.size() - before.rfind("每") <= 24) continue;
        std::string_view after = std::string_view(simplified).substr(match.offset + match.length);
        if (starts_with(after, "起") || starts_with(after, "之日起")) continue;
        writer_.milestone(match.deadline.last.iso(), clause_around(p.text, simplified, match.offset));
      }
      if (!p.clauses.empty() && !p.clauses.front().units.empty() && p.number.style == NumberStyle::None) {
        if (spoiled_opening(p.text))
          result_.warnings.push_back(warning_at(p.place, "段首是乱码，编号读不出：像是另一项任务，其单位清单未导出",
                                                "the paragraph opens with noise where its number should be: another task, "
                                                "its unit list not exported"));
        else
          result_.warnings.push_back(warning_at(p.place, "单位清单不属于任何编号任务，未导出",
                                                "a unit list that belongs to no numbered task; not exported"));
      }
    }
  }

  // The clause (between ，。；) around byte `offset` of the simplified copy, cut from the original.
  static std::string clause_around(const std::string& original, const std::string& simplified, size_t offset) {
    size_t begin = 0, end = simplified.size();
    for (std::string_view mark : {"，", "。", "；", ",", ";"}) {
      size_t b = simplified.rfind(mark, offset);
      if (b != std::string::npos && b + mark.size() > begin && b < offset) begin = b + mark.size();
      size_t e = simplified.find(mark, offset);
      if (e != std::string::npos && e < end) end = e;
    }
    return trim_spaces(original_span(original, simplified, begin, end));
  }

  static std::string original_slice(const Para& p, const BudgetClause& b) {
    size_t at = p.simplified.find(b.text, b.offset);
    if (at == std::string::npos) return b.text;
    return original_span(p.text, p.simplified, at, at + b.text.size());
  }

  // One task of a table: a row, and the rows under it that continue it.
  struct TableTask {
    std::string id, title, text;
    std::vector<std::string> deadline_texts;  // the 完成时限 cells, one per distinct wording
    std::string words;                        // title and measures, for a deadline in the words
    std::string goals;                        // the 目标 column's cells
    std::string first_listed;                 // the first unit of its 责任单位 cells
    int year = 0;                             // the year its section row names (heading_year), or 0
    TaskUnits units;
    SourcePlace place;
  };

  // A row that continues the task above: its 序号 cell merged with the one above (or left
  // empty) and its task cell too, so that only measures, units and dates are its own —
  // a 分工表 writes one task over several rows, one per measure.
  static bool continues_task(const TableRow& row, const std::vector<Column>& columns) {
    const bool numbered = std::find(columns.begin(), columns.end(), Column::Id) != columns.end();
    // The task cell: the first column of words (read_row takes its text as the title).
    const size_t title_column = static_cast<size_t>(
        std::find_if(columns.begin(), columns.end(), [](Column c) { return c == Column::Title || c == Column::Text || c == Column::Target; }) -
        columns.begin());
    bool id_continued = !numbered, title_continued = true, any_own = false;
    for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
      bool merged = c < row.continued.size() && row.continued[c];
      if (columns[c] == Column::Id) id_continued = merged || row.cells[c].empty();
      else if (c == title_column) title_continued = merged || row.cells[c].empty();
      if (!merged && !row.cells[c].empty()) any_own = true;
    }
    return id_continued && title_continued && any_own;
  }

  // A row that heads the tasks under it rather than being one: its 序号 a Chinese number
  // (一, 二、) and nothing but words beside it — no unit, no date (一 | 优化营商环境 | | ).
  // Its heading as the plan writes one: 一、优化营商环境. "" for any other row.
  static std::string section_row(const TableRow& row, const std::vector<Column>& columns) {
    std::string id, words;
    for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
      const std::string& cell = row.cells[c];
      if (cell.empty()) continue;
      switch (columns[c]) {
        case Column::Id: id = squash_spaces(cell); break;
        case Column::Lead: case Column::Responsible: case Column::Deadline: return "";
        default: words += cell; break;
      }
    }
    if (id.empty() || words.empty() || !row_id(id).empty()) return "";
    ItemNumber number = read_item_number(id + (ends_with(id, "、") ? "" : "、"));
    if (number.style != NumberStyle::ChineseComma || number.body < id.size()) return "";
    return number.id + "、" + words;
  }

  void read_row(const TableRow& row, const std::vector<Column>& columns, bool continuing, TableTask& task) {
    for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
      const std::string& cell = row.cells[c];
      if (continuing && c < row.continued.size() && row.continued[c]) continue;  // read with the first row
      switch (columns[c]) {
        case Column::Id:
          if (!continuing) task.id = squash_spaces(cell);
          break;
        case Column::Target:
          task.goals += (task.goals.empty() ? "" : "\n") + cell;
          [[fallthrough]];
        case Column::Title:
        case Column::Text: {
          // A cell merged down from the row above (考核指标 over its rows) heads the row's own
          // words: a numbered row's title is its own cell when it has one.
          bool merged_down = false;
          if (!continuing && c < row.continued.size() && row.continued[c])
            for (size_t d = c + 1; d < row.cells.size() && d < columns.size() && !merged_down; ++d)
              merged_down = (columns[d] == Column::Title || columns[d] == Column::Text) && !row.cells[d].empty() &&
                            !(d < row.continued.size() && row.continued[d]);
          if (merged_down) {
            task.text += (task.text.empty() ? "" : "\n") + cell;
            task.words += (task.words.empty() ? "" : "\n") + cell;
            break;
          }
        }
          if (task.title.empty()) task.title = cell;
          else if (!cell.empty()) task.text += (task.text.empty() ? "" : "\n") + cell;
          task.words += (task.words.empty() ? "" : "\n") + cell;
          for (UnitClause clause : find_unit_clauses(cell)) {
            resolve_roles(clause, false);
            for (const UnitMention& u : clause.units) task.units.add(u.name, u.role);
          }
          break;
        case Column::Lead:
          for (const UnitMention& u : read_unit_cell(cell, UnitRole::Lead)) task.units.add(u.name, u.role);
          break;
        case Column::Responsible: {
          std::vector<UnitMention> units = read_unit_cell(cell, UnitRole::Responsible);
          // The first unit of a 责任单位 cell (not 配合单位): the lead under the first-listed rule.
          if (task.first_listed.empty() && !units.empty() && units.front().role == UnitRole::Responsible &&
              c < responsible_lists_.size() && responsible_lists_[c])
            task.first_listed = units.front().name;
          for (const UnitMention& u : units) task.units.add(u.name, u.role);
          break;
        }
        case Column::Deadline:
          // A sentence that names no date is no time: the row's words, shifted into the time
          // column by a cell broken over two lines; they stay the task's words, never dropped
          // (the row's own cell: one merged down from the row above is that row's).
          if (!(c < row.continued.size() && row.continued[c]) && has_sentence_punctuation(cell) &&
              find_deadlines(to_simplified(numeric_dates_as_words(cell)), /*ref_year=*/2024).empty() &&
              !open_ended_limit(cell)) {
            task.text += (task.text.empty() ? "" : "\n") + cell;
            task.words += (task.words.empty() ? "" : "\n") + cell;
            break;
          }
          if (!cell.empty() && std::find(task.deadline_texts.begin(), task.deadline_texts.end(), cell) == task.deadline_texts.end())
            task.deadline_texts.push_back(cell);
          break;
        case Column::Ignore: break;
      }
    }
  }

  void write_table_task(TableTask& t) {
    std::string id = row_id(t.id);
    if (id.empty() && !t.id.empty()) {  // a 序号 in Chinese numerals: 三, 十二、
      ItemNumber number = read_item_number(t.id + (ends_with(t.id, "、") ? "" : "、"));
      if (number.style == NumberStyle::ChineseComma && number.body >= t.id.size()) id = number.id;
    }
    if (id.empty()) {
      result_.warnings.push_back(warning_at(t.place, "表格行没有序号，未作为任务导出", "a table row without a number; not exported as a task"));
      return;
    }
    pugi::xml_node task = writer_.task(id, t.place);
    if (!task) return;
    std::string short_title = trim_spaces(std::string_view(t.title).substr(0, t.title.find("。")));
    task.append_child("title").text() = (short_title.empty() ? id : short_title).c_str();
    task.append_child("text").text() = (t.text.empty() ? t.title : t.text).c_str();
    // The document's first-listed rule, where the row names no lead of its own.
    if (document_rule_ && t.units.leads.empty() && !t.first_listed.empty()) t.units.add(t.first_listed, UnitRole::Lead);
    apply_lead_defaults(t.units);
    writer_.units(task, t.units);
    std::string limits;
    for (const std::string& d : t.deadline_texts) limits += (limits.empty() ? "" : "；") + d;
    const int year = t.year != 0 ? t.year : header_.plan_year;
    const Date after = t.year != 0 ? Date{} : roll_after();
    const DeadlineNotes notes{&result_.review_notes, result_.task_lines.size() - 1, t.year != 0};
    if (!limits.empty())
      add_task_deadline(limits, year, task, t.place, result_.warnings, /*in_limit_column=*/true, after, notes);
    else add_task_deadline(t.words, year, task, t.place, result_.warnings, false, after, notes);
    add_targets(t.words, header_.title, task, t.place, result_.warnings);
    if (!t.goals.empty() && !task.child("target"))
      add_targets(t.goals, header_.title, task, t.place, result_.warnings, /*to_reach=*/true);
    writer_.text_seen(t.title + t.text);
  }

  // A table of tasks without a 序号 column (重点任务 | 牵头单位 | 完成时限): its rows are the
  // tasks in order, numbered by the number their task cell opens with, else 1, 2, 3… running
  // on over such tables; a warning says so, for reports to use the same numbers.
  void number_rows(const Table& table, std::vector<TableTask>& tasks) {
    if (tasks.empty()) return;
    int first = unnumbered_rows_ + 1;
    bool counted = false;
    for (TableTask& t : tasks) {
      ItemNumber number = read_item_number(t.title);
      if (number.style != NumberStyle::None && !number.into_digits) {
        t.id = number.id;
        t.title = trim_spaces(std::string_view(t.title).substr(number.body));
      } else {
        t.id = std::to_string(++unnumbered_rows_);
        counted = true;
      }
    }
    if (counted)
      result_.warnings.push_back(warning_at(table.place,
                                            "任务表没有序号栏：各行按顺序编号为任务 " + std::to_string(first) + "–" + std::to_string(unnumbered_rows_),
                                            "the task table has no 序号 column: its rows are numbered as tasks " + std::to_string(first) + "–" +
                                                std::to_string(unnumbered_rows_) + " in order"));
  }

  // A table of tasks: numbered by a 序号 column, or naming units and tasks. Without a 序号, a
  // column must name the tasks (重点任务, 工作内容): a contact list (责任单位 | 联系人 | 联系电话)
  // is no task table.
  static bool task_table(const Table& table) {
    std::vector<Column> columns;
    for (const std::string& h : table.header) columns.push_back(classify_column(h));
    const bool numbered = std::find(columns.begin(), columns.end(), Column::Id) != columns.end();
    const bool names_units = std::find(columns.begin(), columns.end(), Column::Lead) != columns.end() ||
                             std::find(columns.begin(), columns.end(), Column::Responsible) != columns.end();
    bool names_tasks = false;
    for (size_t c = 0; c < columns.size(); ++c)
      for (std::string_view w : {"任务", "内容", "举措", "措施", "事项", "工作", "项目", "目标", "要求"})
        names_tasks = names_tasks || ((columns[c] == Column::Text || columns[c] == Column::Target) && table.header[c].find(w) != std::string::npos);
    // Who does what by when: a column of units and one of times beside a column of words is a
    // task list whatever its first header says (专项整治行业名称 | 时间安排 | 责任单位).
    const bool names_times = std::find(columns.begin(), columns.end(), Column::Deadline) != columns.end();
    const bool has_text = std::find(columns.begin(), columns.end(), Column::Text) != columns.end();
    return numbered || (names_units && (names_tasks || (names_times && has_text)));
  }

  // A column headed by two roles, 牵头单位/配合单位, its cells written X/Y、Z: two columns, the
  // cell split at its first slash (a cell without one names the first role's units only).
  static Table split_role_pairs(const Table& in) {
    auto slash = [](const std::string& s) {
      size_t a = s.find('/'), b = s.find("／");
      return std::min(a, b);
    };
    auto slash_size = [](const std::string& s, size_t at) { return s.compare(at, 1, "/") == 0 ? 1 : 3; };
    Table out = in;
    for (size_t c = out.header.size(); c-- > 0;) {
      const std::string h = squash_spaces(out.header[c]);
      const size_t at = slash(h);
      if (at == std::string::npos) continue;
      const std::string left = h.substr(0, at), right = h.substr(at + slash_size(h, at));
      const Column l = classify_column(left), r = classify_column(right);
      if ((l != Column::Lead && l != Column::Responsible) || (r != Column::Lead && r != Column::Responsible) || l == r) continue;
      out.header[c] = left;
      out.header.insert(out.header.begin() + static_cast<long>(c) + 1, right);
      for (TableRow& row : out.rows) {
        if (row.cells.size() <= 1 || c >= row.cells.size()) continue;  // a section row
        std::string cell = row.cells[c], second;
        if (size_t cut = slash(cell); cut != std::string::npos) {
          second = cell.substr(cut + slash_size(cell, cut));
          cell = cell.substr(0, cut);
        }
        row.cells[c] = cell;
        row.cells.insert(row.cells.begin() + static_cast<long>(c) + 1, second);
        if (c < row.continued.size()) row.continued.insert(row.continued.begin() + static_cast<long>(c) + 1, row.continued[c]);
      }
    }
    return out;
  }

  void write_tables() {
    for (const Table& read : tables_) {
      const Table table = split_role_pairs(read);
      if (!task_table(table)) continue;
      std::vector<Column> columns;
      responsible_lists_.clear();
      for (const std::string& h : table.header) {
        columns.push_back(classify_column(h));
        responsible_lists_.push_back(columns.back() == Column::Responsible && to_simplified(h).find("责任") != std::string::npos);
      }
      // A column that sorts the tasks into kinds (类别 | 任务内容, 领域 | 重点任务), often one cell merged
      // down its kind's rows, groups them: the task is the words beside it, and a row under the same
      // kind is a task of its own, not the one above continued.
      for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c] != Column::Text) continue;
        const std::string h = to_simplified(squash_spaces(table.header[c]));
        bool groups = false;
        for (std::string_view w : {"类别", "分类", "类型", "领域", "板块"}) groups = groups || h.find(w) != std::string::npos;
        if (!groups || count_chars(h) > 6) continue;
        for (size_t d = c + 1; d < columns.size(); ++d)
          if (columns[d] == Column::Text || columns[d] == Column::Target) {
            columns[c] = Column::Ignore;
            break;
          }
      }
      const bool numbered = std::find(columns.begin(), columns.end(), Column::Id) != columns.end();
      writer_.end_headings();
      // Rows to tasks first (an unnumbered table numbers them), then tasks and headings out in order.
      std::vector<TableTask> tasks;
      std::vector<std::pair<size_t, std::string>> headings;  // before task k: a section row
      for (const TableRow& row : table.rows) {
        if (row.cells.size() == 1) {
          headings.push_back({tasks.size(), row.cells[0]});
          continue;
        }
        if (!tasks.empty() && continues_task(row, columns)) {
          read_row(row, columns, /*continuing=*/true, tasks.back());
          continue;
        }
        if (std::string heading = section_row(row, columns); !heading.empty()) {
          headings.push_back({tasks.size(), heading});
          continue;
        }
        tasks.emplace_back();
        tasks.back().place = row.place;
        read_row(row, columns, /*continuing=*/false, tasks.back());
      }
      if (!numbered) number_rows(table, tasks);
      size_t h = 0;
      int section_year = 0;
      for (size_t k = 0; k <= tasks.size(); ++k) {
        for (; h < headings.size() && headings[h].first == k; ++h) {
          writer_.heading(1, headings[h].second);
          section_year = heading_year(headings[h].second, header_.plan_year);
        }
        if (k == tasks.size()) break;
        tasks[k].year = section_year;
        write_table_task(tasks[k]);
      }
      writer_.end_headings();
    }
  }

  const SourceDocument& doc_;
  const PlanHeader& header_;
  PlanImport& result_;
  PlanWriter writer_;
  std::vector<Para> paras_;
  std::vector<size_t> extent_end_;
  std::vector<Table> tables_;
  bool document_rule_ = false;  // the first-listed rule, stated outside every task
  bool all_listed_lead_ = false, sole_listed_lead_ = false;  // stated_lead_default's other rules, for the whole plan
  std::vector<bool> responsible_lists_;  // per column of the table being read: headed 责任单位
  std::set<int> task_runs_;
  std::set<NumberStyle> qualified_styles_, task_styles_, restarting_styles_;
  bool deep_ids_ = false;
  int unnumbered_rows_ = 0;  // rows of task tables without a 序号 column numbered so far  // task ids need more than their parent's number to be told apart
  int task_rank_ = 0;
};

}  // namespace

// A notice that prints a plan (现将《…任务分解表》印发给你们) often carries its tasks in an attachment
// published as a file of its own: with no task read, a line naming one (附件：《政府工作报告》任务分解表,
// 附件1.…清单) says where the tasks are, so the supervisor imports that file instead.
static void warn_tasks_in_attachment(const SourceDocument& doc, std::vector<ImportWarning>& warnings) {
  for (const SourceBlock& block : doc.blocks) {
    if (block.kind != SourceBlock::Kind::Paragraph) continue;
    std::string_view t = block.text;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    if (t.compare(0, 6, "附件") != 0) continue;
    std::string_view rest = t.substr(6);
    while (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest.front())) || rest.front() == ' ')) rest.remove_prefix(1);
    for (std::string_view mark : {"：", ":", "．", ".", "、"})
      if (rest.compare(0, mark.size(), mark) == 0) {
        rest.remove_prefix(mark.size());
        break;
      }
    if (count_chars(rest) < 4 || count_chars(rest) > 60) continue;
    const std::string name(rest);
    warnings.push_back(warning_at(block.place,
                                  "没有读到任务：这份文件像是印发通知，任务在附件“" + name + "”里；请导入附件本身",
                                  "no task was read: this looks like the covering notice; the tasks are in the attachment “" +
                                      name + "” — import that file"));
    return;
  }
}

void import_plan(const SourceDocument& doc, const PlanImportOptions& options, PlanImport& result) {
  result.xml.reset();
  result.warnings.clear();
  result.task_lines.clear();
  result.ok = false;
  PlanHeaderOptions header_options;
  header_options.id = options.id;
  header_options.issued = options.issued;
  // A printed page's number (— 3 —) copied with the text would join the title or a unit list.
  SourceDocument body = doc;
  body.blocks.erase(std::remove_if(body.blocks.begin(), body.blocks.end(),
                                   [](const SourceBlock& b) {
                                     return b.kind == SourceBlock::Kind::Paragraph && is_page_folio(b.text);
                                   }),
                    body.blocks.end());
  PlanHeader header = read_plan_header(body, header_options, result.warnings);
  Importer importer(body, header, result);
  importer.run();
  if (result.task_lines.empty()) warn_tasks_in_attachment(body, result.warnings);
  for (ImportWarning& w : result.warnings) {
    if (w.place.line == 0 && w.place.paragraph == 0 && w.place.table == 0) w.place.line = w.line;
    if (w.line == 0) w.line = w.place.line;
  }
  result.ok = true;
}

void import_plan(std::string_view text, PlanImport& result) {
  std::vector<TextLine> lines;
  int bad_line = 0;
  if (!split_lines(text, &lines, &bad_line)) {
    result.xml.reset();
    result.warnings.clear();
    result.ok = false;
    result.warnings.push_back({bad_line, "不是 UTF-8 文本", "not UTF-8 text", SourcePlace{bad_line}});
    return;
  }
  import_plan(text_source(text, "<text>"), PlanImportOptions{}, result);
}

}  // namespace plancheck
