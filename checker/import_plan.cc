#include "import_plan.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "dates.h"
#include "plan_budget.h"
#include "plan_header.h"
#include "document.h"
#include "quantities.h"
#include "units.h"

namespace plancheck {

namespace {

// The code point at byte `pos` of `s`; `pos` moves past it. Invalid bytes read as U+FFFD.
char32_t next_char(std::string_view s, size_t& pos) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (pos + n > s.size()) {
    pos = s.size();
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += n;
  return cp;
}

bool is_chinese_numeral(char32_t c) { return std::u32string_view(U"〇零一二三四五六七八九十").find(c) != std::u32string_view::npos; }

// 1 for 一、…, 2 for （一）…; 0 for anything else. A heading holds no full stop: （一）加强组织领导。…
// is a paragraph that opens with its own heading.
int heading_level(std::string_view line) {
  if (line.find("。") != std::string_view::npos) return 0;
  size_t pos = 0;
  bool bracket = starts_with(line, "（") || starts_with(line, "(");
  if (bracket) next_char(line, pos);
  size_t numerals = 0;
  while (pos < line.size()) {
    size_t before = pos;
    if (!is_chinese_numeral(next_char(line, pos))) {
      pos = before;
      break;
    }
    ++numerals;
  }
  if (numerals == 0) return 0;
  std::string_view rest = line.substr(pos);
  if (bracket) return starts_with(rest, "）") || starts_with(rest, ")") ? 2 : 0;
  return starts_with(rest, "、") ? 1 : 0;
}

// A numbered paragraph (1. / 1．/ 1、): its number, and where the words after it start.
std::optional<std::string> task_number(std::string_view line, size_t* body_start) {
  std::string number;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t before = pos;
    char32_t c = next_char(line, pos);
    if (c >= U'0' && c <= U'9') number += static_cast<char>(c);
    else if (c >= U'０' && c <= U'９') number += static_cast<char>('0' + (c - U'０'));
    else {
      pos = before;
      break;
    }
  }
  if (number.empty() || number.size() > 3) return std::nullopt;
  std::string_view rest = line.substr(pos);
  for (std::string_view mark : {".", "．", "、"}) {
    if (!starts_with(rest, mark)) continue;
    std::string_view after = rest.substr(mark.size());
    if (!after.empty() && after[0] >= '0' && after[0] <= '9') return std::nullopt;  // 1.5万: a figure
    *body_start = pos + mark.size();
    return number;
  }
  return std::nullopt;
}

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

// The pieces of `s` between any of `marks`, trimmed, empty ones left out.
std::vector<std::string> split_on(std::string_view s, std::initializer_list<std::string_view> marks) {
  std::vector<std::string> pieces;
  size_t from = 0;
  while (from <= s.size()) {
    auto [at, mark] = find_first_of_words(s, marks, from);
    std::string piece = trim_spaces(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (!piece.empty()) pieces.push_back(std::move(piece));
    if (at == std::string_view::npos) break;
    from = at + mark.size();
  }
  return pieces;
}

constexpr std::string_view kLead = "牵头单位";
constexpr std::string_view kResponsible = "责任单位";

// The unit list that ends a task paragraph: 〔牵头单位：…；责任单位：…〕, （责任单位：…）, closed
// by whatever bracket the document happens to use.
struct UnitList {
  size_t start = std::string_view::npos;  // where the list (its bracket) starts in the paragraph
  std::vector<std::string> leads, responsible;
};

UnitList read_unit_list(std::string_view body, int line, std::vector<ImportWarning>& warnings) {
  UnitList list;
  // The first label followed by a colon: 牵头单位 in running text is no list.
  size_t label_at = std::string_view::npos;
  for (size_t from = 0;;) {
    auto [at, label] = find_first_of_words(body, {kLead, kResponsible, "配合单位", "参与单位"}, from);
    if (at == std::string_view::npos) return list;
    std::string_view after_label = body.substr(at + label.size());
    if (starts_with(after_label, "：") || starts_with(after_label, ":")) {
      label_at = at;
      break;
    }
    from = at + label.size();
  }
  list.start = label_at;
  for (std::string_view open : {"〔", "（", "(", "[", "【", "［"})
    if (label_at >= open.size() && body.compare(label_at - open.size(), open.size(), open) == 0)
      list.start = label_at - open.size();

  std::string_view inner = body.substr(label_at);
  std::string trimmed = trim_spaces(inner);
  inner = trimmed;
  if (ends_with(inner, "。")) inner.remove_suffix(std::string_view("。").size());
  bool closed = false;
  for (std::string_view close : {"〕", "）", ")", "]", "】", "］"})
    if (ends_with(inner, close)) {
      inner.remove_suffix(close.size());
      closed = true;
      break;
    }
  if (!closed && list.start != label_at)
    warnings.push_back({line, "单位清单的括号没有闭合，读到段末", "the unit list's bracket is not closed; read to the end of the paragraph"});

  // Parts separated by ；: 牵头单位：A、B ； 责任单位：C，D
  for (const std::string& part : split_on(inner, {"；", ";"})) {
    auto [colon, colon_word] = find_first_of_words(part, {"：", ":"});
    std::string part_label = colon == std::string_view::npos ? std::string() : trim_spaces(std::string_view(part).substr(0, colon));
    std::vector<std::string>* into = part_label == kLead ? &list.leads : part_label == kResponsible ? &list.responsible : nullptr;
    if (!into) {
      warnings.push_back({line, "单位清单中的“" + part + "”既非牵头单位也非责任单位，未导出",
                          "“" + part + "” in the unit list is neither 牵头单位 nor 责任单位; not exported"});
      continue;
    }
    for (std::string& name : split_on(std::string_view(part).substr(colon + colon_word.size()), {"、", "，", ","}))
      into->push_back(std::move(name));
  }
  return list;
}

// Clauses of running text: the spans between ，。；, as [begin, end) byte ranges.
std::vector<std::pair<size_t, size_t>> clauses(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  size_t begin = 0;
  while (begin < text.size()) {
    auto [end, mark] = find_first_of_words(text, {"，", "。", "；", ",", ";"}, begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) spans.push_back({begin, end});
    begin = end + mark.size();
    if (mark.empty()) break;
  }
  return spans;
}

// Budget requirements (plan_budget.h); other clauses that name a 预算 are warned of.
std::vector<std::string> budget_clauses(std::string_view text, int line, std::vector<ImportWarning>& warnings) {
  std::vector<std::string> found;
  for (const BudgetClause& clause : find_budget_clauses(text))
    if (clause.kind == BudgetKind::Required) found.push_back(trim_spaces(clause.text));
  for (auto [begin, end] : clauses(text)) {
    std::string quoted = trim_spaces(text.substr(begin, end - begin));
    if (quoted.find("预算") == std::string::npos) continue;
    if (std::any_of(found.begin(), found.end(), [&](const std::string& f) { return f.find(quoted) != std::string::npos; }))
      continue;
    warnings.push_back({line, "“" + quoted + "”提到预算，但不是把经费列入预算的要求，未作为经费要求导出",
                        "“" + quoted + "” mentions a 预算 but does not require the funding to be put in a budget; not exported as a budget requirement"});
  }
  return found;
}

// The longest run of at least `min_chars` characters that `a` shares with `b`, as a byte
// range of `a`; {0, 0} when there is none.
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

// Targets in a task's text: 至少1处市级……基地, 不少于3个, 最多5个, and the qualifier set
// apart from its figure by a verb (至少建设1处). The metric is the words after the figure
// up to the next punctuation, without the plan's theme (a run of six or more characters
// shared with the plan's title: 铸牢中华民族共同体意识), which every figure is about.
void add_targets(std::string_view text, std::string_view plan_title, pugi::xml_node task, int line,
                 std::vector<ImportWarning>& warnings) {
  constexpr size_t kMaxVerbChars = 4;
  for (const Quantity& q : find_quantities(text)) {
    if (q.masked) continue;
    std::optional<bool> minimum;
    size_t text_start = q.offset;
    if (q.approx == Approx::AtLeast) minimum = true;
    if (q.approx == Approx::AtMost) minimum = false;
    if (!minimum && q.approx == Approx::Exact) {
      for (const Qualifier& qualifier : kQualifiers) {
        std::string_view before = text.substr(0, q.offset);
        size_t at = before.rfind(qualifier.word);
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
    std::string metric(after.substr(0, stop));
    auto [theme_begin, theme_end] = longest_shared_run(metric, plan_title, 6);
    if (theme_end > theme_begin) metric.erase(theme_begin, theme_end - theme_begin);
    metric = trim_spaces(metric);
    std::string wording(text.substr(text_start, q.offset + q.length - text_start));
    if (metric.empty()) {
      warnings.push_back({line, "目标“" + wording + "”后面没有写对象，未导出", "the target “" + wording + "” names no metric; not exported"});
      continue;
    }
    pugi::xml_node target = task.append_child("target");
    target.append_attribute("metric") = metric.c_str();
    target.append_attribute(*minimum ? "min" : "max") = q.value;
    if (!q.unit.empty()) target.append_attribute("unit") = q.unit.c_str();
    target.append_attribute("text") = wording.c_str();
  }
}

void add_deadlines(std::string_view text, int year, pugi::xml_node task) {
  std::set<std::string> seen;
  for (const DeadlineMatch& match : find_deadlines(text, year)) {
    const Deadline& d = match.deadline;
    if (!match.is_deadline_wording || !seen.insert(d.text).second) continue;
    if (d.kind == DeadlineKind::Date) {
      pugi::xml_node deadline = task.append_child("deadline");
      deadline.append_attribute("text") = d.text.c_str();
      deadline.text() = d.last.iso().c_str();
    } else if (d.kind == DeadlineKind::Recurring) {
      pugi::xml_node deadline = task.append_child("deadline");
      deadline.append_attribute("text") = d.text.c_str();
      deadline.append_attribute("recurs") = "yearly";
      deadline.append_attribute("month") = d.month;
    }
  }
}

// What the body's reading needs of the header (plan_header.h reads it).
struct Header {
  std::string id, issuer, title;
  Date issued;
  int year = 0;  // the year the plan is for: deadlines without a year take it
};

// A paragraph that is only a unit list belongs to the task before it.
bool starts_with_unit_list(std::string_view text) {
  for (std::string_view open : {"〔", "（", "(", "[", "【"}) {
    if (!starts_with(text, open)) continue;
    std::string_view rest = text.substr(open.size());
    return starts_with(rest, kLead) || starts_with(rest, kResponsible);
  }
  return false;
}

class PlanBuilder {
 public:
  PlanBuilder(const Header& header, PlanImport& result) : header_(header), result_(result) {
    plan_ = result.xml.append_child("plan");
    plan_.append_attribute("xmlns") = kPlanNamespace;
    plan_.append_attribute("id") = header.id.c_str();
    plan_.append_attribute("issued") = header.issued.iso().c_str();
    if (!header.title.empty()) plan_.append_child("title").text() = header.title.c_str();
    if (!header.issuer.empty()) plan_.append_child("issuer").text() = header.issuer.c_str();
  }

  void heading(int level, const std::string& title) {
    if (level == 1) {
      level1_ = {title, {}};
      level2_ = {};
    } else {
      level2_ = {title, {}};
    }
  }

  void paragraph(const Paragraph& p) {
    size_t body_start = 0;
    auto number = task_number(p.text, &body_start);
    if (number) {
      std::string_view body = std::string_view(p.text).substr(body_start);
      UnitList units = read_unit_list(body, p.line, result_.warnings);
      if (units.start != std::string_view::npos) {
        task(*number, trim_spaces(body.substr(0, units.start)), units, p.line);
        return;
      }
      result_.warnings.push_back({p.line, "编号段落 " + *number + " 没有写牵头单位或责任单位，按目标而非任务读入，未导出",
                                  "numbered paragraph " + *number + " names no 牵头单位 or 责任单位: read as a goal, not a task; not exported"});
    } else if (p.text.find(std::string(kLead) + "：") != std::string::npos ||
               p.text.find(std::string(kResponsible) + "：") != std::string::npos) {
      result_.warnings.push_back({p.line, "没有编号的段落里写了单位清单，未作为任务导出",
                                  "a unit list in a paragraph with no task number; not exported as a task"});
    }
    for (std::string& clause : budget_clauses(p.text, p.line, result_.warnings)) plan_budgets_.push_back(clause);
    for (const DeadlineMatch& match : find_deadlines(p.text, header_.year)) {
      if (!match.is_deadline_wording || match.deadline.kind != DeadlineKind::Date) continue;
      for (auto [begin, end] : clauses(p.text))
        if (begin <= match.offset && match.offset < end)
          milestones_.push_back({match.deadline.last.iso(), trim_spaces(std::string_view(p.text).substr(begin, end - begin))});
    }
    texts_.push_back(p.text);
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

 private:
  struct PendingSection {
    std::string title;
    pugi::xml_node node;  // made when its first task arrives
  };

  static void add_budget(pugi::xml_node parent, const std::string& text) {
    pugi::xml_node budget = parent.append_child("budget");
    budget.append_attribute("required") = "true";
    budget.append_attribute("text") = text.c_str();
  }

  pugi::xml_node section_for_task() {
    pugi::xml_node parent = plan_;
    for (PendingSection* s : {&level1_, &level2_}) {
      if (s->title.empty()) continue;
      if (!s->node) {
        s->node = parent.append_child("section");
        s->node.append_attribute("title") = s->title.c_str();
      }
      parent = s->node;
    }
    return parent;
  }

  void task(const std::string& id, const std::string& words, const UnitList& units, int line) {
    auto [first, known] = task_lines_.emplace(id, line);
    if (!known) {
      result_.warnings.push_back({line, "任务编号 " + id + " 与第 " + std::to_string(first->second) + " 行重复，未导出",
                                  "task number " + id + " repeats line " + std::to_string(first->second) + "; not exported"});
      return;
    }
    result_.task_lines.push_back({id, line});
    pugi::xml_node task = section_for_task().append_child("task");
    task.append_attribute("id") = id.c_str();
    std::string_view body = words;
    size_t stop = body.find("。");
    std::string title = trim_spaces(body.substr(0, stop));
    std::string rest = stop == std::string_view::npos ? std::string() : trim_spaces(body.substr(stop + std::string_view("。").size()));
    task.append_child("title").text() = title.c_str();
    task.append_child("text").text() = (rest.empty() ? words : rest).c_str();
    for (const std::string& unit : units.leads) task.append_child("lead").text() = unit.c_str();
    for (const std::string& unit : units.responsible) task.append_child("responsible").text() = unit.c_str();
    for (const auto* list : {&units.leads, &units.responsible})
      for (const std::string& unit : *list)
        if (std::find(unit_order_.begin(), unit_order_.end(), unit) == unit_order_.end()) unit_order_.push_back(unit);
    add_deadlines(words, header_.year, task);
    add_targets(words, header_.title, task, line, result_.warnings);
    for (const std::string& clause : budget_clauses(words, line, result_.warnings)) add_budget(task, clause);
    texts_.push_back(words);
  }

  // Every listed unit; where the plan's text writes a listed name with a 区/市/县 prefix
  // that the lists never use, that spelling is an alias.
  void add_units() {
    if (unit_order_.empty()) return;
    pugi::xml_node units = plan_.append_child("units");
    for (const std::string& name : unit_order_) {
      pugi::xml_node unit = units.append_child("unit");
      unit.append_attribute("name") = name.c_str();
      if (is_collective_name(name)) {
        unit.append_attribute("collective") = "true";
        continue;
      }
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

  const Header& header_;
  PlanImport& result_;
  pugi::xml_node plan_;
  PendingSection level1_, level2_;
  std::map<std::string, int> task_lines_;
  std::vector<std::string> unit_order_;
  std::vector<std::string> texts_;  // every paragraph, for aliases
  std::vector<std::string> plan_budgets_;
  std::vector<std::pair<std::string, std::string>> milestones_;
};

}  // namespace

void import_plan(const SourceDocument& doc, const PlanImportOptions& options, PlanImport& result) {
  result.xml.reset();
  result.warnings.clear();
  result.task_lines.clear();
  result.ok = false;
  PlanHeader read = read_plan_header(doc, {options.id, options.issued}, result.warnings);
  Header header{read.id, read.issuer, read.title, read.issued, read.plan_year};
  // The body's lines; a table row's cells one per line, as a page flattens them.
  std::vector<TextLine> lines;
  for (size_t b = read.body_block; b < doc.blocks.size(); ++b) {
    const SourceBlock& block = doc.blocks[b];
    int number = block.place.line > 0 ? block.place.line : static_cast<int>(b) + 1;
    if (block.kind == SourceBlock::Kind::Paragraph) {
      lines.push_back({number, trim_spaces(block.text)});
      continue;
    }
    for (const auto& row : block.table.rows)
      for (const SourceCell& cell : row)
        if (!cell.continued) lines.push_back({number, trim_spaces(cell.text)});
  }

  auto alone = [&](size_t i) { return heading_level(lines[i].text) > 0; };
  auto starts_block = [&](size_t i) {
    size_t ignored = 0;
    return task_number(lines[i].text, &ignored).has_value();
  };
  std::vector<Paragraph> paragraphs = join_paragraphs(lines, 0, lines.size(), alone, starts_block);
  // A unit list on a line of its own belongs to the paragraph before it.
  std::vector<Paragraph> merged;
  for (Paragraph& p : paragraphs) {
    if (!merged.empty() && starts_with_unit_list(p.text) && !heading_level(merged.back().text)) merged.back().text += p.text;
    else merged.push_back(std::move(p));
  }

  PlanBuilder builder(header, result);
  for (const Paragraph& p : merged) {
    if (int level = heading_level(p.text)) builder.heading(level, p.text);
    else builder.paragraph(p);
  }
  builder.finish();
  result.ok = true;
}

void import_plan(std::string_view text, PlanImport& result) {
  result.xml.reset();
  result.warnings.clear();
  result.ok = false;
  std::vector<TextLine> lines;
  int bad_line = 0;
  if (!split_lines(text, &lines, &bad_line)) {
    result.warnings.push_back({bad_line, "不是 UTF-8 文本", "not UTF-8 text"});
    return;
  }
  import_plan(text_source(text, "<text>"), {}, result);
}

}  // namespace plancheck
