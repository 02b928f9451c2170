#include "report_source.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "chinese_variants.h"
#include "dates.h"
#include "import_report.h"
#include "import_text.h"
#include "plan.h"
#include "plan_numbering.h"
#include "plan_units.h"
#include "report_table.h"
#include "utf32.h"

namespace plancheck {

namespace {

constexpr double kConfidentMatch = 0.5;  // title similarity to pair a row with a plan task
constexpr double kMatchMargin = 0.1;     // ... ahead of the next best task by this much
constexpr size_t kMostHeadingChars = 60;    // a prose heading's words up to its first 。
constexpr size_t kMostAloneHeadingChars = 40;  // a styled heading standing alone, as import_report's numbered lines
constexpr double kNumberAgrees = 0.3;    // a numbered row whose title is this far from its task is questioned

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

bool equals_one_of(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    if (s == word) return true;
  return false;
}

// A name that reads as a unit: 区财政局, 区政工部, 凤凰街道, 区发展与统计服务中心.
bool unit_like(const std::string& text) {
  static constexpr std::string_view kEnds[] = {"委员会", "办公室", "中心", "政府", "党委", "街道", "分局", "公司",
                                               "委", "局", "部", "办", "厅", "院", "所", "站", "队", "镇", "乡",
                                               "会", "处", "科", "室", "组"};
  if (text.empty() || count_chars(text) > 30 || has_sentence_punctuation(text) || ends_sentence(text)) return false;
  for (std::string_view end : kEnds)
    if (ends_with(text, end)) return true;
  return false;
}

// A date that names one day, as the whole of `text`: 2023年11月20日, 二〇二三年十一月二十日, 2023-11-20.
std::optional<Date> day_date(std::string_view text) {
  std::string t = without_spaces(text);
  if (t.empty() || count_chars(t) > 16) return std::nullopt;
  if (auto iso = Date::parse_iso(t)) return iso;
  // 2024.11.5, 2024/11/05: a form's date field typed with dots or slashes.
  for (char sep : {'.', '/'}) {
    int y = 0, m = 0, d = 0;
    char s1 = 0, s2 = 0;
    int used = 0;
    if (std::sscanf(t.c_str(), "%4d%c%2d%c%2d%n", &y, &s1, &m, &s2, &d, &used) == 5 && s1 == sep && s2 == sep &&
        static_cast<size_t>(used) == t.size()) {
      Date date{y, m, d};
      if (date.valid()) return date;
    }
  }
  Deadline read = read_deadline(t, 0);
  if (read.kind == DeadlineKind::Date && read.first.valid() && read.first == read.last && ends_with(t, "日"))
    return read.last;
  return std::nullopt;
}

// "报送单位：区财政局　　报送日期：2023年11月20日" → {报送单位: 区财政局, 报送日期: 2023年11月20日}.
std::vector<std::pair<std::string, std::string>> labelled_fields(const std::string& text) {
  static constexpr std::string_view kLabels[] = {"报送单位", "填报单位", "报告单位", "单位名称", "填报部门", "报送部门",
                                                 "报送日期", "填报日期", "报送时间", "填报时间", "报告日期", "日期"};
  std::vector<std::pair<size_t, std::string_view>> found;  // offset of label, label
  for (std::string_view label : kLabels)
    for (size_t at = text.find(label); at != std::string::npos; at = text.find(label, at + label.size())) {
      size_t after = at + label.size();
      std::string_view rest = std::string_view(text).substr(after);
      // A note between the label and its colon: 报送单位（盖章）：.
      for (std::string_view open : {"（", "("}) {
        if (!starts_with(rest, open)) continue;
        size_t close = rest.find(open == "（" ? "）" : ")");
        if (close != std::string_view::npos && close <= 18) rest.remove_prefix(close + (open == "（" ? 3 : 1));
      }
      if (!starts_with(rest, "：") && !starts_with(rest, ":")) continue;
      bool inside_other = false;  // 日期 inside 报送日期
      for (const auto& [offset, other] : found)
        if (at >= offset && at < offset + other.size()) inside_other = true;
      if (!inside_other) found.push_back({at, label});
    }
  std::sort(found.begin(), found.end());
  std::vector<std::pair<std::string, std::string>> fields;
  for (size_t i = 0; i < found.size(); ++i) {
    size_t start = found[i].first + found[i].second.size();
    while (start < text.size() && text.compare(start, 3, "：") != 0 && text[start] != ':') ++start;  // past a note
    start += starts_with(std::string_view(text).substr(start), "：") ? 3 : 1;
    size_t end = i + 1 < found.size() ? found[i + 1].first : text.size();
    std::string value = trim_spaces(std::string_view(text).substr(start, end - start));
    // A run of spaces ends the value (报送单位：区财政局　　联系人：…), and so does a clause
    // mark (报送单位:区财政局,报送日期:…) or a space before another label (填报人：…).
    for (std::string_view gap : {"\u3000", "  ", "\t", "，", ",", "；", ";"})
      if (size_t at = value.find(gap); at != std::string::npos) value = trim_spaces(value.substr(0, at));
    if (size_t space = value.find(' '); space != std::string::npos) {
      std::string_view after = std::string_view(value).substr(space);
      if (after.find("：") != std::string_view::npos || after.find(':') != std::string_view::npos)
        value = trim_spaces(value.substr(0, space));
    }
    if (!value.empty()) fields.push_back({std::string(found[i].second), value});
  }
  return fields;
}

// The value of a field whose end was lost: the spaces between 报送单位：区财政局　联系人：…
// closed up by the reader leave 区财政局联系人. The longest start of the value, up to
// the next colon, that reads as a unit (or a day).
std::string leading_part(const std::string& value, const std::function<bool(const std::string&)>& reads) {
  if (reads(value)) return value;
  std::string head = value.substr(0, std::min(value.find("："), value.find(':')));
  for (size_t end = head.size(); end > 0; --end) {
    if (end < head.size() && (static_cast<unsigned char>(head[end]) & 0xC0) == 0x80) continue;  // inside a character
    std::string part = trim_spaces(std::string_view(head).substr(0, end));
    if (count_chars(part) >= 2 && reads(part)) return part;
  }
  return "";
}

std::string leading_unit(const std::string& value) { return leading_part(value, unit_like); }

std::optional<Date> leading_day_date(const std::string& value) {
  std::optional<Date> found;
  leading_part(value, [&](const std::string& part) { return (found = day_date(part)).has_value(); });
  return found;
}

// The leads a task row names: its 牵头单位 cell (a （牵头） note dropped), else from its
// 责任单位 cell the unit marked （牵头）, else the first listed (列第一位者为牵头单位).
std::vector<std::string> report_leads(const std::string& lead_cell, const std::string& responsible_cell) {
  std::vector<std::string> leads;
  // Units as the plan reader reads a list (notes dropped, names run together split); a cell
  // it reads no unit in keeps its words, for lead-unit-matches to quote.
  for (const UnitMention& u : read_unit_cell(lead_cell, UnitRole::Lead))
    if (u.role == UnitRole::Lead) leads.push_back(u.name);
  if (leads.empty()) leads = split_units(lead_cell);
  if (!leads.empty() || responsible_cell.empty()) return leads;
  std::vector<UnitMention> units = read_unit_cell(responsible_cell, UnitRole::Responsible);
  for (const UnitMention& u : units)
    if (u.role == UnitRole::Lead) leads.push_back(u.name);
  if (leads.empty() && !units.empty()) leads.push_back(units.front().name);
  return leads;
}

// A <budget> element's attributes from what a cell or a sentence says of the money.
void set_budget(pugi::xml_node node, const BudgetWords& budget) {
  node.append_attribute("included") = budget.included ? "true" : "false";
  if (!budget.source.empty()) node.append_attribute("source") = budget.source.c_str();
  if (!budget.amount.empty()) {
    node.append_attribute("amount") = budget.amount.c_str();
    node.append_attribute("currency") = "CNY";
  }
}

bool is_unit_label(const std::string& label) { return contains(label, "单位") || contains(label, "部门"); }

// The file's own name as evidence: the photos and scans pasted into the report itself.
std::string base_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// An evidence item that names a file or a link, rather than describing what is attached.
bool names_file(const std::string& item) {
  if (starts_with(item, "http://") || starts_with(item, "https://") || contains(item, "/")) return true;
  size_t dot = item.rfind('.');
  if (dot == std::string::npos || dot + 1 >= item.size()) return false;
  std::string ext = item.substr(dot + 1);
  if (ext.size() > 4) return false;
  return std::all_of(ext.begin(), ext.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

std::string task_title(pugi::xml_node task) {
  std::string title = task.child("title").text().get();
  return title.empty() ? task.child("text").text().get() : title;
}

// The measure a header names in brackets at its end (实际完成(个) → 个, 完成数（人次）→ 人次);
// "" when none, or when the brackets hold a share (%) or more than a measure word.
std::string measure_in_header(const std::string& name) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    const size_t at = name.rfind(open);
    if (!ends_with(name, close) || at == std::string::npos || at == 0) continue;
    std::string inside = name.substr(at + open.size(), name.size() - at - open.size() - close.size());
    if (inside.empty() || count_chars(inside) > 2 || inside.find('%') != std::string::npos || contains(inside, "％"))
      return "";
    return inside;
  }
  return "";
}

struct Builder {
  const SourceDocument& doc;
  const ReportSourceOptions& options;
  ReportConversion& out;
  pugi::xml_document xml;
  // The marks by element, in creation order; put into document order after the parse.
  std::vector<std::pair<pugi::xml_node, PlaceMark>> marks;
  SourceDocument all;          // doc's blocks, then the cells of tables that hold no tasks, read as text
  std::vector<bool> consumed;  // blocks taken as metadata (报送单位, 落款, title)
  std::string unit, submitted;
  SourcePlace unit_place, date_place;
  std::optional<SourcePlace> own_lead_place;  // where the report says its tasks are its own to lead

  Builder(const SourceDocument& d, const ReportSourceOptions& o, ReportConversion& r)
      : doc(d), options(o), out(r), all(d), consumed(d.blocks.size(), false) {}

  void mark(pugi::xml_node node, const SourcePlace& place, const std::string& column_name = {}) {
    marks.push_back({node, PlaceMark{{}, place, column_name}});
  }

  void note(const char* rule, Severity severity, std::string zh, std::string en, const SourcePlace& place,
            const std::string& column_name = {}, const std::string& task = {}) {
    out.notes.push_back({rule, severity, std::move(zh), std::move(en), task, place, column_name});
  }

  bool fail(std::string zh, std::string en) {
    out.error = {std::move(zh), std::move(en)};
    return false;
  }

  // --- which plan -----------------------------------------------------------------------
  bool choose_plan(std::string* plan_id) {
    if (options.plans.size() == 1) {
      out.plan = options.plans.front();
    } else if (options.plans.size() > 1) {
      std::string all;
      for (const SourceBlock& block : doc.blocks) all += plan_id_key(block.text);
      const Plan* named = nullptr;
      int count = 0;
      for (const Plan* plan : options.plans)
        if (!plan->id().empty() && contains(all, plan_id_key(plan->id()))) named = plan, ++count;
      // No 文号: the plan's title in 《》, as units cite a plan more often than its number
      // (按照《临江市2024年民生实事任务分工方案》要求).
      if (count == 0) {
        std::string text;
        for (const SourceBlock& block : doc.blocks) text += without_spaces(block.text);
        for (const Plan* plan : options.plans) {
          std::string title = without_spaces(plan->document().root().child("title").text().get());
          if (!title.empty() && contains(text, "《" + title + "》")) named = plan, ++count;
        }
      }
      if (count != 1)
        return fail("无法确定报告对应哪份实施方案：给出了 " + std::to_string(options.plans.size()) +
                        " 份方案，报告中" + (count == 0 ? "没有写明其中任何一份的文号或《标题》" : "写了不止一份的文号"),
                    "cannot tell which plan the report answers: " + std::to_string(options.plans.size()) +
                        " plans were given and the report names " + (count == 0 ? "none" : "several") + " of their ids or titles");
      out.plan = named;
    }
    *plan_id = out.plan ? out.plan->id() : options.plan_id;
    if (plan_id->empty())
      return fail("不知道报告对应哪份实施方案：请用 --plan 给出方案文件或文号",
                  "no plan to check the report against: give --plan PLAN.xml or the plan's id");
    return true;
  }

  // --- unit and date ----------------------------------------------------------------------
  int last_nonempty_paragraph(int before) {
    for (int i = before - 1; i >= 0; --i) {
      const SourceBlock& b = doc.blocks[static_cast<size_t>(i)];
      if (b.kind == SourceBlock::Kind::Table) return -1;
      if (!trim_spaces(b.text).empty()) return i;
    }
    return -1;
  }

  // A signature line without the seal's note: 区财政局（盖章） → 区财政局.
  static std::string without_seal_note(std::string text) {
    for (std::string_view note : {"（盖章）", "(盖章)", "（公章）", "(公章)", "（印章）", "（章）"})
      if (ends_with(text, note)) return trim_spaces(text.substr(0, text.size() - note.size()));
    return text;
  }

  // "区财政局　　2023年11月20日" → {区财政局, 2023-11-20}: a unit and a day's date with spaces
  // between (two or more, or an ideographic one); {"", ""} when the line is not that.
  static std::pair<std::string, std::string> unit_and_date_on_one_line(const std::string& line) {
    auto space_at = [&](size_t at) -> size_t {  // bytes of the space at `at`, 0 when none
      if (line[at] == ' ' || line[at] == '\t') return 1;
      return line.compare(at, 3, "\u3000") == 0 ? 3 : 0;
    };
    for (size_t at = 0; at < line.size();) {
      size_t n = space_at(at);
      if (n == 0) {
        ++at;
        continue;
      }
      size_t end = at;
      while (end < line.size() && space_at(end)) end += space_at(end);
      if (end - at >= 2) {  // one ASCII space may sit inside a name or a date
        const std::string who = without_seal_note(trim_spaces(line.substr(0, at)));
        if (const auto date = day_date(line.substr(end)); date && unit_like(who)) return {who, date->iso()};
      }
      at = end;
    }
    return {};
  }

  // Where a four-digit year (2024年) starts in `text`, or npos.
  static size_t year_start(const std::string& text) {
    for (size_t i = 0; i + 4 < text.size(); ++i)
      if (std::isdigit(static_cast<unsigned char>(text[i])) && std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
          std::isdigit(static_cast<unsigned char>(text[i + 2])) && std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
          text.compare(i + 4, 3, "年") == 0 && (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))))
        return i;
    return std::string::npos;
  }

  // The unit a title names: "区财政局关于…情况的报告", "区财政局2024年三季度重点工作推进情况",
  // or a line naming it in brackets under the title: "（区财政局）". "" when none.
  std::string unit_in_title(SourcePlace* place) const {
    for (size_t i = 0; i < doc.blocks.size() && i < 6; ++i) {
      const SourceBlock& b = doc.blocks[i];
      if (b.kind != SourceBlock::Kind::Paragraph) break;
      std::string text = trim_spaces(b.text);
      if (has_sentence_punctuation(text)) continue;
      std::string who;
      if (size_t about = text.find("关于"); about != std::string::npos && about > 0) who = text.substr(0, about);
      else if (size_t year = year_start(text); year != std::string::npos && year > 0) who = text.substr(0, year);
      else if (text.size() > 6 && (starts_with(text, "（") || starts_with(text, "(")) && (ends_with(text, "）") || ends_with(text, ")")))
        who = trim_spaces(text.substr(starts_with(text, "（") ? 3 : 1, text.size() - (starts_with(text, "（") ? 3 : 1) - (ends_with(text, "）") ? 3 : 1)));
      if (!who.empty() && unit_like(who)) {
        *place = b.place;
        return who;
      }
    }
    return "";
  }

  // A unit signs with its full name (区发展和改革局) under a title with its short one
  // (区发改局关于…的报告), and the plan uses one of them: the report is written with the
  // plan's, with a note. A name the plan does not know at all is left as written.
  // The one unit the plan names whose name is `full` shortened as offices shorten names (县住建局
  // for 县住房和城乡建设局, 区发改局 for 区发展和改革局): the same first and last character and the
  // others in order, at least two fewer. "" when none or several.
  std::string plan_short_name_of(const std::string& full) const {
    std::u32string f = to_u32(normalize_unit_name(full));
    std::string found;
    std::set<std::string> seen;
    for (pugi::xml_node task : out.plan->tasks())
      for (const char* kind : {"lead", "responsible"})
        for (pugi::xml_node u : task.children(kind)) {
          const std::string name = trim_spaces(u.text().get());
          if (!seen.insert(name).second) continue;
          std::u32string s = to_u32(normalize_unit_name(name));
          if (s.size() < 3 || s.size() + 2 > f.size() || s.front() != f.front() || s.back() != f.back()) continue;
          size_t at = 0;
          for (char32_t c : s) {
            at = f.find(c, at);
            if (at == std::u32string::npos) break;
            ++at;
          }
          if (at == std::u32string::npos) continue;
          if (!found.empty()) return "";
          found = name;
        }
    return found;
  }

  void prefer_plan_unit_name() {
    if (!out.plan || out.plan->units().canonical(unit)) return;
    SourcePlace place;
    const std::string titled = unit_in_title(&place);
    if (titled.empty() || !out.plan->units().canonical(titled)) {
      // No title to go by: a signature in full whose short form is one of the plan's units.
      const std::string short_name = unit.empty() ? "" : plan_short_name_of(unit);
      if (short_name.empty()) return;
      note("report-unit", Severity::Info,
           "报告落款为“" + unit + "”，方案写作“" + short_name + "”：按方案中的写法记作“" + short_name + "”",
           "the report is signed \"" + unit + "\", which the plan shortens to \"" + short_name +
               "\": written as the plan names it",
           unit_place);
      unit = short_name;
      return;
    }
    note("report-unit", Severity::Info,
         "报告落款为“" + unit + "”，标题为“" + titled + "”：按方案中的写法记作“" + titled + "”",
         "the report is signed \"" + unit + "\" under the title's \"" + titled + "\": written as the plan names it, \"" +
             titled + "\"",
         unit_place);
    unit = titled;
    unit_place = place;
  }

  void find_unit_and_date() {
    // 报送单位：X / 报送日期：Y, in a paragraph or a table cell.
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      const SourceBlock& block = doc.blocks[i];
      auto take = [&](const std::string& text, const SourcePlace& place) {
        bool any = false;
        for (const auto& [label, value] : labelled_fields(text)) {
          if (is_unit_label(label) && unit.empty())
            if (std::string name = leading_unit(value); !name.empty()) unit = name, unit_place = place, any = true;
          if (!is_unit_label(label) && submitted.empty())
            if (auto date = leading_day_date(value)) submitted = date->iso(), date_place = place, any = true;
        }
        return any;
      };
      if (block.kind == SourceBlock::Kind::Paragraph) {
        if (take(block.text, block.place)) consumed[i] = true;
      } else {
        for (size_t r = 0; r < block.table.rows.size() && r < 3; ++r)
          for (const SourceCell& cell : block.table.rows[r]) {
            take(cell.text, cell_place(block, r, cell.column));
          }
      }
    }
    // The 落款 at the end: a unit line above a date line.
    int date_block = last_nonempty_paragraph(static_cast<int>(doc.blocks.size()));
    if (date_block >= 0) {
      const SourceBlock& b = doc.blocks[static_cast<size_t>(date_block)];
      const std::string last_line = without_seal_note(trim_spaces(b.text));
      if (auto date = day_date(last_line)) {
        if (submitted.empty()) submitted = date->iso(), date_place = b.place;
        consumed[static_cast<size_t>(date_block)] = true;
        int unit_block = last_nonempty_paragraph(date_block);
        if (unit_block >= 0) {
          std::string text = without_seal_note(trim_spaces(doc.blocks[static_cast<size_t>(unit_block)].text));
          if (unit_like(text)) {
            if (unit.empty()) unit = text, unit_place = doc.blocks[static_cast<size_t>(unit_block)].place;
            consumed[static_cast<size_t>(unit_block)] = true;
          }
        }
      } else if (auto [signer, signed_on] = unit_and_date_on_one_line(last_line); !signer.empty()) {
        // 区财政局　　2023年11月20日: the 落款 set on one line, a run of spaces between.
        if (submitted.empty()) submitted = signed_on, date_place = b.place;
        if (unit.empty()) unit = signer, unit_place = b.place;
        consumed[static_cast<size_t>(date_block)] = true;
      }
    }
    if (unit.empty()) unit = unit_in_title(&unit_place);
    // The file name: 区财政局-2023-11-20.docx, 区财政局_20231120.pdf.
    std::string stem = std::filesystem::path(doc.path).stem().string();
    if (submitted.empty()) submitted = date_in_name(stem);
    if (unit.empty()) {
      std::string part;
      for (size_t i = 0; i <= stem.size(); ++i) {
        bool cut = i == stem.size() || stem[i] == '-' || stem[i] == '_' || stem[i] == ' ' || stem[i] == '.';
        if (!cut) {
          part += stem[i];
          continue;
        }
        if (unit_like(part) && count_chars(part) >= 2) {
          unit = part;
          break;
        }
        part.clear();
      }
    }
    if (unit.empty()) unit = options.unit;
    if (submitted.empty()) submitted = options.submitted;
  }

  static std::string date_in_name(const std::string& stem) {
    for (size_t i = 0; i + 8 <= stem.size(); ++i) {
      auto digits = [&](size_t at, size_t n) {
        if (at + n > stem.size()) return false;
        for (size_t k = 0; k < n; ++k)
          if (!std::isdigit(static_cast<unsigned char>(stem[at + k]))) return false;
        return true;
      };
      if (i > 0 && std::isdigit(static_cast<unsigned char>(stem[i - 1]))) continue;
      std::string candidate;
      if (digits(i, 4) && i + 10 <= stem.size() && (stem[i + 4] == '-' || stem[i + 4] == '.') &&
          stem[i + 7] == stem[i + 4] && digits(i + 5, 2) && digits(i + 8, 2))
        candidate = stem.substr(i, 4) + "-" + stem.substr(i + 5, 2) + "-" + stem.substr(i + 8, 2);
      else if (digits(i, 8) && !digits(i + 8, 1))
        candidate = stem.substr(i, 4) + "-" + stem.substr(i + 4, 2) + "-" + stem.substr(i + 6, 2);
      if (!candidate.empty() && Date::parse_iso(candidate)) return candidate;
    }
    return "";
  }

  // --- task tables ------------------------------------------------------------------------
  static const SourceCell* cell_at(const std::vector<SourceCell>& row, int column) {
    if (column <= 0) return nullptr;
    for (const SourceCell& cell : row)
      if (cell.column <= column && column < cell.column + std::max(cell.span, 1)) return &cell;
    return nullptr;
  }
  static std::string cell_text(const std::vector<SourceCell>& row, int column) {
    const SourceCell* cell = cell_at(row, column);
    return cell ? trim_spaces(cell->text) : "";
  }

  // A row that goes on with the task above: its 序号 and task cells merged with the ones above
  // or left blank (a table giving one row per measure of a task). Columns the table lacks
  // do not count.
  static bool continues_task(const std::vector<SourceCell>& row, const TaskTableHeader& header) {
    // A 序号 merged down over the row is the same task, whatever its task cell holds (a task
    // cell split into lines: 新改扩建学校1所 / 新增学位810个).
    if (const SourceCell* number = cell_at(row, header.column_of(TaskColumn::Number)); number && number->continued)
      return true;
    bool any_key = false;
    for (TaskColumn role : {TaskColumn::Number, TaskColumn::Task}) {
      int column = header.column_of(role);
      if (column == 0) continue;
      any_key = true;
      const SourceCell* cell = cell_at(row, column);
      if (cell && !cell->continued && !trim_spaces(cell->text).empty()) return false;
    }
    return any_key;
  }

  // The status of a task whose rows say different things: a blocked measure blocks it; it is
  // done when every measure is, not started when none is, else in progress.
  static std::string combined_status(const std::string& a, const std::string& b) {
    if (a == b) return a;
    if (a == "blocked" || b == "blocked") return "blocked";
    return "in-progress";
  }

  // The plan's id for a 序号 cell whose number the plan writes otherwise: （一） or 一 for a
  // plan whose ids are (一), 1 for a plan numbered 1）. As written when the plan has that id,
  // else the one plan task whose number has the same value; `number` (task_number's) when
  // none or several do. The row's title is still checked against the task (match_task).
  std::string id_in_plan(const std::string& cell, const std::string& number) const {
    const Plan* plan = out.plan;
    if (!plan || number.empty() || plan->task(number)) return number;
    ItemNumber written = read_item_number(cell + "。");
    if (written.style != NumberStyle::None && plan->task(written.id)) return written.id;
    // Only a plain number stands for a value: 1-1 of a decomposition is not task (一).
    if (!std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) return number;
    int value = std::atoi(number.c_str());
    std::string found;
    int count = 0;
    for (pugi::xml_node task : plan->tasks()) {
      std::string id = task.attribute("id").value();
      if (id_value(id) == value && value > 0) found = id, ++count;
    }
    return count == 1 ? found : number;
  }

  // The value a plan task id stands for: (一) 一 1 (1) 1) ① → 1; 0 for another id ((一)3).
  static int id_value(const std::string& id) {
    std::u32string s = to_u32(id);
    if (s.size() >= 2 && (s.front() == U'(' || s.front() == U'（') && (s.back() == U')' || s.back() == U'）'))
      s = s.substr(1, s.size() - 2);
    else if (!s.empty() && (s.back() == U')' || s.back() == U'）'))
      s.pop_back();
    if (s.size() == 1 && s[0] >= U'①' && s[0] <= U'⑳') return static_cast<int>(s[0] - U'①') + 1;
    if (!s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
      return std::atoi(to_utf8(s).c_str());
    return chinese_numeral_value(s);
  }

  // The plan task whose title `title` is most like, in `best`; whether it is alike enough,
  // and ahead enough of the next, to pair them.
  bool closest_task(const std::string& title, pugi::xml_node* best) const {
    double best_score = 0, second_score = 0;
    if (!title.empty())
      for (pugi::xml_node task : out.plan->tasks()) {
        double score = std::max(title_similarity(title, task.child("title").text().get()),
                                0.9 * title_similarity(title, task_title(task)));
        if (score > best_score) {
          second_score = best_score;
          *best = task, best_score = score;
        } else if (score > second_score) {
          second_score = score;
        }
      }
    return *best && best_score >= kConfidentMatch && best_score - second_score >= kMatchMargin;
  }

  // The plan task a row stands for; "" with a note when it cannot be told.
  std::string match_task(const std::string& number, const std::string& title, const SourcePlace& row_place) {
    const Plan* plan = out.plan;
    if (!plan) {
      if (!number.empty()) return number;
      note("report-task-match", Severity::Error,
           "这一行没有序号，无法对应方案任务（未载入方案，不能按名称对应）：请在序号栏填写方案中的任务编号",
           "this row has no number and no plan was loaded to match its title: write the plan's task number in its 序号 cell",
           row_place);
      return "";
    }
    pugi::xml_node best;
    const bool confident = closest_task(title, &best);
    auto quote = [](pugi::xml_node task) {
      return std::string(task.attribute("id").value()) + "“" + task_title(task) + "”";
    };
    pugi::xml_node numbered = number.empty() ? pugi::xml_node() : plan->task(number);
    if (numbered) {
      if (title.empty() || best == numbered) return number;
      double agrees = title_similarity(title, task_title(numbered));
      agrees = std::max(agrees, title_similarity(title, numbered.child("title").text().get()));
      if (agrees >= kNumberAgrees || !confident) return number;
      note("report-task-match", Severity::Error,
           "序号 " + number + " 是方案任务" + quote(numbered) + "，但任务名称“" + title + "”更像方案任务" + quote(best) +
               "：请核对序号或任务名称",
           "number " + number + " is the plan's task " + quote(numbered) + ", but the title \"" + title +
               "\" reads like task " + quote(best) + ": check the number or the title",
           row_place, {}, number);
      return "";
    }
    if (confident) return best.attribute("id").value();
    if (!number.empty()) return number;  // a number the plan lacks: task-known says so
    std::string nearest_zh = best ? "（最接近的是方案任务" + quote(best) + "）" : "";
    std::string nearest_en = best ? " (the nearest is the plan's task " + quote(best) + ")" : "";
    note("report-task-match", Severity::Error,
         "无法确定任务“" + title + "”对应方案中的哪一项" + nearest_zh + "：请在序号栏写明方案中的任务编号",
         "cannot tell which plan task \"" + title + "\" is" + nearest_en + ": write the plan's task number in its 序号 cell",
         row_place);
    return "";
  }

  // Whether a table's 序号 only counts its rows: the numbers run 1, 2, 3, … in order and a
  // row's title is plainly another plan task than its number's (a unit listing its own
  // tasks 1–4 where the plan has them as 2, 5, 6, 9). Then every row is matched by its title.
  bool numbers_count_rows(const SourceTable& table, const TaskTableHeader& header) const {
    const int number_column = header.column_of(TaskColumn::Number), title_column = header.column_of(TaskColumn::Task);
    if (!out.plan || number_column == 0 || title_column == 0) return false;
    int expected = 1;
    bool disagrees = false;
    for (size_t r = static_cast<size_t>(header.header_row) + 1; r < table.rows.size(); ++r) {
      const std::vector<SourceCell>& row = table.rows[r];
      const SourceCell* cell = cell_at(row, number_column);
      if (!cell || cell->continued || trim_spaces(cell->text).empty()) continue;
      const std::string cell_words = cell_text(row, number_column);
      if (task_number(cell_words) != std::to_string(expected)) return false;
      ++expected;
      const std::string title = cell_text(row, title_column);
      pugi::xml_node numbered = out.plan->task(id_in_plan(cell_words, task_number(cell_words))), best;
      if (!numbered || title.empty() || !closest_task(title, &best) || best == numbered) continue;
      double agrees = std::max(title_similarity(title, task_title(numbered)),
                               title_similarity(title, numbered.child("title").text().get()));
      if (agrees < kNumberAgrees) disagrees = true;
    }
    return expected > 2 && disagrees;
  }

  void add_task_table(const SourceBlock& block, const TaskTableHeader& header, pugi::xml_node report) {
    const SourceTable& table = block.table;
    const int width = static_cast<int>(header.roles.size());
    const bool counted_rows = numbers_count_rows(table, header);
    auto name_of = [&](int column) {
      return column > 0 && column <= width ? header.names[static_cast<size_t>(column - 1)] : std::string();
    };
    auto place_of = [&](size_t r, int column) { return cell_place(block, r, column); };
    pugi::xml_node previous_task;  // the task the row above gave, which a merged row goes on with
    for (size_t r = static_cast<size_t>(header.header_row) + 1; r < table.rows.size(); ++r) {
      const std::vector<SourceCell>& row = table.rows[r];
      int filled = 0;
      for (const SourceCell& cell : row)
        if (!trim_spaces(cell.text).empty() && !cell.continued) ++filled;
      if (filled == 0) continue;
      if (filled == 1 && row.size() == 1 && row_width(row) >= width - 1) {  // a group row: 一、宣传教育
        previous_task = pugi::xml_node();
        continue;
      }
      // A row whose one filled cell is words in the 序号 column: a group heading (一、宣传教育),
      // or — a merged row a web page flattened (新增学位810个 | | | |), its cell slid to the
      // front — the rest of a merged cell above. Neither is a task; a heading ends the task above.
      if (filled == 1) {
        const SourceCell* only = nullptr;
        for (const SourceCell& cell : row)
          if (!trim_spaces(cell.text).empty() && !cell.continued) only = &cell;
        const std::string words = trim_spaces(only->text);
        if (only->column == header.column_of(TaskColumn::Number) && task_number(words).empty()) {
          if (numbered_heading_level(words) > 0) previous_task = pugi::xml_node();
          continue;
        }
      }
      SourcePlace row_place = place_of(r, 0);
      if (row_width(row) != width)
        note("report-table", Severity::Warning,
             "这一行有 " + std::to_string(row_width(row)) + " 列，表头有 " + std::to_string(width) +
                 " 列：按列的位置读取，请核对各栏内容是否错位",
             "this row has " + std::to_string(row_width(row)) + " columns and the header " + std::to_string(width) +
                 ": read by position; check that no cell has slipped into the wrong column",
             row_place);
      bool continuing = previous_task && continues_task(row, header);
      // A 序号 merged over rows that each name another plan task (a category's number over its
      // tasks) numbers a group, not one task: a row whose own title is clearly another task is it.
      if (continuing && out.plan) {
        const std::string own_title = cell_text(row, header.column_of(TaskColumn::Task));
        const SourceCell* title_cell = cell_at(row, header.column_of(TaskColumn::Task));
        pugi::xml_node best;
        if (title_cell && !title_cell->continued && !own_title.empty() && closest_task(own_title, &best) &&
            previous_task.attribute("ref").value() != std::string(best.attribute("id").value()))
          continuing = false;
      }
      // On a row that goes on with the task above, a cell merged down from above says nothing new.
      auto text = [&](TaskColumn role) {
        const SourceCell* cell = cell_at(row, header.column_of(role));
        return continuing && cell && cell->continued ? std::string() : cell_text(row, header.column_of(role));
      };
      std::string ref;
      if (continuing) {
        ref = previous_task.attribute("ref").value();
      } else {
        std::string number =
            counted_rows ? "" : id_in_plan(text(TaskColumn::Number), task_number(text(TaskColumn::Number)));
        std::string title = text(TaskColumn::Task);
        ref = match_task(number, title, row_place);
        previous_task = pugi::xml_node();
      }
      if (ref.empty()) continue;
      if (continuing) {  // nothing but the merged cells and a line of the task's own cell: nothing new
        bool news = false;
        for (const SourceCell& cell : row) {
          const TaskColumn role = cell.column <= width ? header.roles[static_cast<size_t>(cell.column - 1)] : TaskColumn::None;
          if (!cell.continued && !trim_spaces(cell.text).empty() && role != TaskColumn::Number && role != TaskColumn::Task)
            news = true;
        }
        if (!news) continue;
      }
      std::string progress = text(TaskColumn::Progress);
      std::string problems = text(TaskColumn::Problems);
      std::string status_words = text(TaskColumn::Status);
      int marked_column = 0;  // the column of a status matrix this row marks
      for (size_t i = 0; i < header.marked_status.size() && status_words.empty(); ++i) {
        std::string mark_text = without_spaces(cell_text(row, static_cast<int>(i) + 1));
        if (header.marked_status[i].empty() || mark_text.empty() ||
            equals_one_of(mark_text, {"×", "✗", "✘", "☒", "否", "/", "／", "—", "-", "无", "0"}))
          continue;
        status_words = header.marked_status[i];
        marked_column = static_cast<int>(i) + 1;
      }
      // A table whose only column of what was done is its 完成情况 (1-9月完成情况): a cell that
      // is more than a status word is the progress too, as a 进展情况 cell would be.
      // So is a figure there (7356, 4629户): what was done, counted.
      const bool status_is_progress =
          header.column_of(TaskColumn::Progress) == 0 &&
          (count_chars(status_words) > 8 || has_sentence_punctuation(status_words) ||
           (marked_column == 0 && std::any_of(status_words.begin(), status_words.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            status_from_wording(status_words, true).empty()));
      if (status_is_progress) progress = status_words;
      std::string status = status_from_wording(status_words, !progress.empty());
      int status_column = marked_column ? marked_column : header.column_of(TaskColumn::Status);
      // A completion rate (完成率 54%) when the 完成情况 says no status: its share says it.
      if (status.empty() && header.column_of(TaskColumn::Rate) != 0) {
        status = status_from_wording(text(TaskColumn::Rate), !progress.empty());
        if (!status.empty()) status_column = header.column_of(TaskColumn::Rate);
      }
      if (status.empty()) {
        status = status_from_wording(progress, !progress.empty());
        if (!status.empty()) status_column = header.column_of(TaskColumn::Progress);
      }
      // Without a 进展 column, a row's 备注 (说明) holds what the unit wrote of its progress
      // (已解决700人的饮水问题, 设备购进中) when no other cell did.
      int remark_column = 0;
      if (progress.empty() && header.column_of(TaskColumn::Progress) == 0)
        for (size_t i = 0; i < header.names.size() && !remark_column; ++i)
          if (header.roles[i] == TaskColumn::None && equals_one_of(to_simplified(header.names[i]), {"备注", "说明"}) &&
              !cell_text(row, static_cast<int>(i) + 1).empty()) {
            remark_column = static_cast<int>(i) + 1;
            progress = cell_text(row, remark_column);
          }
      // A 备注 (说明) column where the unit marks the row 已完成 / 滞后 when the other cells say none.
      if (status.empty())
        for (size_t i = 0; i < header.names.size() && status.empty(); ++i)
          if (header.roles[i] == TaskColumn::None && equals_one_of(to_simplified(header.names[i]), {"备注", "说明"})) {
            status = status_from_wording(cell_text(row, static_cast<int>(i) + 1), !progress.empty());
            if (!status.empty()) status_column = static_cast<int>(i) + 1;
          }
      if (status.empty()) {
        status = "in-progress";
        int column = status_column ? status_column : header.column_of(TaskColumn::Progress);
        note("report-table", Severity::Warning,
             "看不出任务 " + ref + " 是否完成（“" + (status_words.empty() ? progress : status_words) +
                 "”）：按“推进中”检查；请写明已完成、推进中、未开展或受阻",
             "cannot tell whether task " + ref + " is done (\"" + (status_words.empty() ? progress : status_words) +
                 "\"): checked as in progress; write 已完成, 推进中, 未开展 or 受阻",
             place_of(r, column), name_of(column), ref);
      }
      pugi::xml_node task = previous_task;
      if (continuing) {
        task.attribute("status") = combined_status(task.attribute("status").value(), status).c_str();
      } else {
        task = report.append_child("task");
        task.append_attribute("ref") = ref.c_str();
        task.append_attribute("status") = status.c_str();
        mark(task, row_place);
        ++out.tasks;
        previous_task = task;
      }
      auto child = [&](const char* name, TaskColumn role) {
        pugi::xml_node node = task.append_child(name);
        int column = header.column_of(role);
        mark(node, place_of(r, column), name_of(column));
        return node;
      };
      auto has = [&](const char* name, const std::string& value) {
        for (pugi::xml_node n : task.children(name))
          if (value == n.text().get()) return true;
        return false;
      };
      // A 责任单位 column gives the lead as the first unit it lists: on a task's later rows
      // (its sub-targets, each with its own unit) the units are the rows', not the task's
      // leads. A 牵头单位 column leads each row it names.
      const bool responsible_only = header.column_of(TaskColumn::Lead) == 0;
      // A table with no unit column under text that says the tasks are the unit's own to lead
      // (现将我局牵头负责的…完成情况公示如下): the unit leads each row's task.
      if (header.column_of(TaskColumn::Lead) == 0 && header.column_of(TaskColumn::Responsible) == 0 && own_lead_place &&
          !task.child("lead")) {
        pugi::xml_node node = task.append_child("lead");
        node.text() = unit.c_str();
        mark(node, *own_lead_place);
      }
      for (const std::string& lead : report_leads(text(TaskColumn::Lead), text(TaskColumn::Responsible)))
        if (!has("lead", lead) && !(continuing && responsible_only && task.child("lead")))
          child("lead", header.column_of(TaskColumn::Lead) ? TaskColumn::Lead : TaskColumn::Responsible).text() = lead.c_str();
      if (std::string deadline = deadline_wording(text(TaskColumn::Deadline)); !deadline.empty() && !task.child("deadline"))
        child("deadline", TaskColumn::Deadline).text() = deadline.c_str();
      // Without a 完成时限 column, the date the progress — else the next-step column (下一步工作措施:
      // 确保11月底前全部完成) — says the task will be done by.
      if (header.column_of(TaskColumn::Deadline) == 0 && !task.child("deadline")) {
        if (std::string planned = planned_deadline(progress); !planned.empty()) {
          child("deadline", status_is_progress ? TaskColumn::Status : TaskColumn::Progress).text() = planned.c_str();
        } else {
          for (size_t i = 0; i < header.names.size(); ++i) {
            const std::string& name = header.names[i];
            if (header.roles[i] != TaskColumn::None ||
                !(starts_with(name, "下一步") || starts_with(name, "下步") || starts_with(name, "下阶段")))
              continue;
            planned = planned_deadline(cell_text(row, static_cast<int>(i) + 1));
            if (planned.empty()) continue;
            pugi::xml_node node = task.append_child("deadline");
            node.text() = planned.c_str();
            mark(node, place_of(r, static_cast<int>(i) + 1), name);
            break;
          }
        }
      }
      if (!progress.empty() || !problems.empty()) {
        std::string all = progress;
        if (!problems.empty()) all += (all.empty() ? "" : "\n") + std::string("存在问题：") + problems;
        TaskColumn progress_role = status_is_progress ? TaskColumn::Status : TaskColumn::Progress;
        if (remark_column) {
          pugi::xml_node node = task.append_child("progress");
          node.text() = all.c_str();
          mark(node, place_of(r, remark_column), name_of(remark_column));
        } else {
          child("progress", progress.empty() ? TaskColumn::Problems : progress_role).text() = all.c_str();
        }
      }
      // A table of figures (指标名称 | 全年任务目标(个) | 实际完成(个) | 完成进度): the figure done,
      // in the measure its header names, is the metric the row's task cell names.
      if (const int done = header.column_of(TaskColumn::Status); done != 0 && !continuing) {
        const std::string unit_word = measure_in_header(header.names[static_cast<size_t>(done - 1)]);
        const std::string figure = text(TaskColumn::Status), name = text(TaskColumn::Task);
        if (!unit_word.empty() && !name.empty() && !figure.empty() &&
            figure.find_first_not_of("0123456789.") == std::string::npos && figure.front() != '.' &&
            std::count(figure.begin(), figure.end(), '.') <= 1) {
          pugi::xml_node node = child("metric", TaskColumn::Status);
          node.append_attribute("name") = name.c_str();
          node.append_attribute("value") = figure.c_str();
          node.append_attribute("unit") = unit_word.c_str();
        }
      }
      std::optional<BudgetWords> budget = budget_from_cell(text(TaskColumn::Budget));
      TaskColumn budget_role = TaskColumn::Budget;
      if (!budget && header.column_of(TaskColumn::Budget) == 0) {
        budget = budget_from_wording(progress);
        budget_role = status_is_progress ? TaskColumn::Status : TaskColumn::Progress;
      }
      if (budget && !task.child("budget")) set_budget(child("budget", budget_role), *budget);
      for (const std::string& item : split_units(text(TaskColumn::Evidence))) {
        if (item == "无" || item == "暂无" || item == "/" || item == "—") continue;
        pugi::xml_node node = child("evidence", TaskColumn::Evidence);
        node.append_attribute("href") = (names_file(item) ? item : base_name(doc.path)).c_str();
        node.text() = item.c_str();
      }
    }
  }

  // --- tasks written as prose -------------------------------------------------------------
  // A report in prose answers the plan's tasks under headings that repeat them — with the
  // report's own numbers, not the plan's (一、固定资产投资增长15%左右 for the plan's task 3) —
  // or in paragraphs that open with the task as their first sentence (1.推进老旧小区改造。
  // 已完成…). A heading whose words are one plan task's title, clearly ahead of the others,
  // becomes that <task>; what follows it up to the next heading of its rank or above is its
  // progress, and labelled lines in it (牵头单位：…, 完成时限：…) its lead and deadline.
  // Headings that name no task stay in the narrative, as do the paragraphs before the first.
  struct ProseHeading {
    int rank = 0;               // style_rank of its number; 1 for a Word heading 1
    std::string number, title;  // as written; the words up to the first 。
    std::string rest;           // the paragraph after the title, when it goes on
  };

  static std::optional<ProseHeading> prose_heading(const SourceBlock& b) {
    const std::string text = trim_spaces(b.text);
    ProseHeading h;
    const ItemNumber number = read_item_number(text);
    if (number.style != NumberStyle::None && !number.into_digits) {
      const std::string body = trim_spaces(text.substr(number.body));
      // The title ends at the first 。 or ： (（三）老旧小区改造：已开工12个…).
      size_t stop = std::min(body.find("。"), body.find("："));
      h.title = trim_spaces(body.substr(0, stop));
      if (stop != std::string::npos) h.rest = trim_spaces(body.substr(stop + std::string_view("。").size()));
      h.rank = style_rank(number.style);
      h.number = number.id;
    } else if (b.heading_level > 0) {
      h.title = text;
      h.rank = b.heading_level;
    } else {
      return std::nullopt;
    }
    if (h.title.empty() || count_chars(h.title) > kMostHeadingChars) return std::nullopt;
    return h;
  }

  // The parts every report has, whatever its plan: 存在问题, 下一步工作打算, 主要做法. Never a
  // task, however like one a plan's title is.
  static bool is_report_part(const std::string& title) {
    static constexpr std::string_view kParts[] = {"存在问题", "存在的问题", "下一步", "工作打算", "主要做法", "工作成效",
                                                  "主要成效", "基本情况", "总体情况", "工作开展情况", "意见建议",
                                                  "有关建议", "困难和问题", "问题和不足", "工作措施", "经验做法"};
    if (count_chars(title) > 12) return false;
    for (std::string_view part : kParts)
      if (contains(title, part)) return true;
    return false;
  }

  // The plan task a prose heading answers: its title's, when clear; else the task its number
  // names when the title agrees with it. "" when neither.
  std::string prose_task(const ProseHeading& h) const {
    if (is_report_part(h.title)) return "";
    pugi::xml_node best;
    if (closest_task(h.title, &best)) return best.attribute("id").value();
    if (pugi::xml_node numbered = h.number.empty() ? pugi::xml_node() : out.plan->task(h.number))
      if (std::max(title_similarity(h.title, task_title(numbered)),
                   title_similarity(h.title, numbered.child("title").text().get())) >= kConfidentMatch)
        return h.number;
    return "";
  }

  // Whether `text` says the tasks it introduces are the writer's own to lead: 现将我局牵头
  // 任务进展情况报告如下, 本单位牵头负责的3项任务, 由我委所牵头的工作.
  static bool says_own_lead(const std::string& text) {
    static constexpr std::string_view kSelves[] = {"我", "本"};
    static constexpr std::string_view kBodies[] = {"单位", "部门", "街道", "公司", "集团", "局", "委", "办", "中心",
                                                    "院", "厅", "处", "科", "室", "所", "站", "队", "镇", "乡",
                                                    "区", "县", "市", "部", "会"};
    for (size_t at = text.find("牵头"); at != std::string::npos; at = text.find("牵头", at + 1)) {
      std::string_view before = std::string_view(text).substr(0, at);
      for (std::string_view link : {"", "所", "负责"}) {
        if (!ends_with(before, link)) continue;
        std::string_view who = before.substr(0, before.size() - link.size());
        for (std::string_view body : kBodies)
          if (ends_with(who, body))
            for (std::string_view self : kSelves)
              if (ends_with(who.substr(0, who.size() - body.size()), self)) return true;
      }
    }
    return false;
  }

  // A line of a task's body that is a label and its value: 牵头单位：区财政局, 完成时限：6月底前.
  static std::optional<std::pair<std::string, std::string>> task_field(const std::string& text) {
    static constexpr std::string_view kLabels[] = {"牵头单位", "牵头部门", "责任单位", "责任部门", "配合单位",
                                                   "完成时限", "完成时间", "时间节点", "时限要求", "办结时限"};
    for (std::string_view label : kLabels) {
      if (!starts_with(text, label)) continue;
      std::string_view rest = std::string_view(text).substr(label.size());
      if (starts_with(rest, "：")) rest.remove_prefix(std::string_view("：").size());
      else if (starts_with(rest, ":")) rest.remove_prefix(1);
      else continue;
      std::string value = trim_spaces(rest);
      if (!value.empty()) return std::make_pair(std::string(label), value);
    }
    return std::nullopt;
  }

  // Takes the blocks of `prose` that answer plan tasks out of it, as <task> elements.
  void add_prose_tasks(std::vector<size_t>& prose, pugi::xml_node report) {
    if (!out.plan) return;
    std::vector<size_t> rest;
    for (size_t k = 0; k < prose.size();) {
      const SourceBlock& b = all.blocks[prose[k]];
      std::optional<ProseHeading> h = prose_heading(b);
      std::string ref = h ? prose_task(*h) : "";
      if (!ref.empty() && report.find_child_by_attribute("task", "ref", ref.c_str())) ref.clear();  // a table's row has it
      if (ref.empty()) {
        if (out.tasks == 0 && !own_lead_place && says_own_lead(b.text)) own_lead_place = b.place;
        rest.push_back(prose[k++]);
        continue;
      }
      // The body: up to the next heading of this rank or above.
      std::vector<size_t> body;
      for (++k; k < prose.size(); ++k) {
        std::optional<ProseHeading> next = prose_heading(all.blocks[prose[k]]);
        if (next && (next->rank <= h->rank || !prose_task(*next).empty())) break;
        body.push_back(prose[k]);
      }
      add_prose_task(ref, b, *h, body, report);
    }
    prose = std::move(rest);
  }

  void add_prose_task(const std::string& ref, const SourceBlock& heading, const ProseHeading& h,
                      const std::vector<size_t>& body, pugi::xml_node report) {
    std::string progress = h.rest, leads, responsible, deadline;
    SourcePlace progress_place = heading.place, lead_place, deadline_place;
    const bool by_line = doc.format == SourceFormat::Text;
    for (size_t i : body) {
      const SourceBlock& b = all.blocks[i];
      const std::string text = trim_spaces(b.text);
      bool labelled = false;
      if (auto field = task_field(text)) {
        auto& [label, value] = *field;
        labelled = true;
        if (contains(label, "牵头")) leads = value, lead_place = b.place;
        else if (contains(label, "责任")) responsible = value, lead_place = b.place;
        else if (!contains(label, "单位") && !contains(label, "部门")) deadline = value, deadline_place = b.place;
      }
      if (labelled || text.empty()) {
        if (by_line && !progress.empty() && progress.back() != '\n') progress += '\n';
        continue;
      }
      if (progress.empty()) progress_place = b.place;
      // A text file breaks paragraphs into lines: a line that ends no sentence goes on.
      if (!progress.empty() && progress.back() != '\n' && !(by_line && !ends_sentence(progress))) progress += '\n';
      progress += text;
    }
    pugi::xml_node task = report.append_child("task");
    task.append_attribute("ref") = ref.c_str();
    std::string status = status_from_wording(progress, !progress.empty());
    if (status.empty()) {
      status = "in-progress";
      note("report-text", Severity::Warning,
           "看不出任务 " + ref + "“" + h.title + "”是否完成：按“推进中”检查；请写明已完成、推进中、未开展或受阻",
           "cannot tell whether task " + ref + " (" + h.title + ") is done: checked as in progress; write 已完成, "
           "推进中, 未开展 or 受阻",
           progress_place, {}, ref);
    }
    task.append_attribute("status") = status.c_str();
    mark(task, heading.place);
    ++out.tasks;
    if (leads.empty() && responsible.empty() && own_lead_place) {
      // 现将我局牵头任务…报告如下: the unit leads each task it goes on to report.
      leads = unit;
      lead_place = *own_lead_place;
    }
    progress = trim_spaces(progress);
    for (const std::string& lead : report_leads(leads, responsible)) {
      pugi::xml_node node = task.append_child("lead");
      node.text() = lead.c_str();
      mark(node, lead_place);
    }
    if (!deadline.empty()) {
      pugi::xml_node node = task.append_child("deadline");
      node.text() = deadline_wording(deadline).c_str();
      mark(node, deadline_place);
    } else if (std::string planned = planned_deadline(progress); !planned.empty()) {
      // No 完成时限： line: the date the progress says the task will be done by.
      pugi::xml_node node = task.append_child("deadline");
      node.text() = planned.c_str();
      mark(node, progress_place);
    }
    if (!progress.empty()) {
      pugi::xml_node node = task.append_child("progress");
      node.text() = progress.c_str();
      mark(node, progress_place);
    }
    if (std::optional<BudgetWords> budget = budget_from_wording(progress)) {
      pugi::xml_node node = task.append_child("budget");
      set_budget(node, *budget);
      mark(node, progress_place);
    }
  }

  // --- narrative ------------------------------------------------------------------------
  // Text (one block per line) goes through the prose importer, which joins broken lines
  // and finds the speaking units' sections.
  void add_line_narrative(const std::vector<size_t>& blocks, pugi::xml_node report) {
    std::string text;
    std::vector<SourcePlace> line_place;
    ReportImportOptions options;
    bool ends_paragraph = false;  // the block before was a cell or a heading standing alone
    for (size_t i : blocks) {
      // A table cell is a paragraph of its own: its lines may join one another (a PDF cell
      // wrapped), never the text around them. A styled heading (Word's Heading 1, HTML's
      // h1–h6) begins a paragraph, and stands alone when it reads as a heading (short, no
      // sentence's punctuation), as a numbered line of a text does: its number may be lost
      // (LibreOffice's page drops Word's 一、). A styled heading with a clause mark (一、新增学位
      // 5万个，改造教室2万间) goes on in the next line, as that line of a text does.
      const SourceBlock& b = all.blocks[i];
      const int first_line = static_cast<int>(line_place.size()) + 1;
      const bool cell = b.place.table != 0;
      if (cell || ends_paragraph || b.heading_level > 0) options.paragraph_starts.insert(first_line);
      if (cell) options.cell_starts.insert(first_line);
      if (b.heading_level > 0) options.heading_levels[first_line] = b.heading_level;
      const std::string words = trim_spaces(b.text);
      ends_paragraph = cell || (b.heading_level > 0 && count_chars(words) <= kMostAloneHeadingChars &&
                                !has_sentence_punctuation(words) && !ends_sentence(words));
      text += all.blocks[i].text + "\n";
      // A paragraph's soft line breaks (Word <w:br/>, HTML <br>) are lines of their own here.
      for (size_t k = 0, n = std::count(all.blocks[i].text.begin(), all.blocks[i].text.end(), '\n'); k <= n; ++k)
        line_place.push_back(all.blocks[i].place);
    }
    ReportImport prose;
    import_report(text, options, prose);
    for (const ImportWarning& w : prose.warnings) {
      if (w.line < 1 || static_cast<size_t>(w.line) > line_place.size()) continue;
      note("report-text", Severity::Info, w.zh, w.en, line_place[static_cast<size_t>(w.line - 1)]);
    }
    if (!prose.ok) return;
    pugi::xml_node from = prose.xml.document_element().child("narrative");
    pugi::xml_node narrative = report.append_copy(from);
    // The copy has the same shape: walk both, marking each p and section by its line.
    std::vector<pugi::xml_node> originals, copies;
    for (pugi::xml_node n = from.first_child(); n; n = next_in_subtree(n, from))
      if (n.type() == pugi::node_element) originals.push_back(n);
    for (pugi::xml_node n = narrative.first_child(); n; n = next_in_subtree(n, narrative))
      if (n.type() == pugi::node_element) copies.push_back(n);
    for (size_t k = 0; k < originals.size() && k < copies.size(); ++k) {
      auto line = prose.lines.find(originals[k]);
      if (line != prose.lines.end() && line->second >= 1 && static_cast<size_t>(line->second) <= line_place.size())
        mark(copies[k], line_place[static_cast<size_t>(line->second - 1)]);
    }
    out.sections += prose.sections;
    out.paragraphs += prose.paragraphs;
  }

  bool run() {
    std::string plan_id;
    if (!choose_plan(&plan_id)) return false;
    find_unit_and_date();
    prefer_plan_unit_name();
    if (unit.empty())
      return fail("找不到报送单位：文中没有“报送单位：…”、落款或“××关于…的报告”式标题，文件名也不含单位名称；请用 --unit 指定",
                  "cannot find the reporting unit: no 报送单位：…, no signature, no title naming it, and the file "
                  "name names none; give --unit");
    if (submitted.empty())
      return fail("找不到报送日期：文中没有“报送日期：…”或落款日期，文件名也不含日期（如 -2023-11-20）；请用 --submitted 指定",
                  "cannot find the submission date: no 报送日期：…, no dated signature, and the file name holds "
                  "no date (such as -2023-11-20); give --submitted");
    if (!Date::parse_iso(submitted)) return fail("报送日期不是 YYYY-MM-DD：" + submitted, "submission date is not YYYY-MM-DD: " + submitted);

    pugi::xml_node report = xml.append_child("report");
    report.append_attribute("xmlns") = kReportNamespace;
    report.append_attribute("plan") = plan_id.c_str();
    report.append_attribute("unit") = unit.c_str();
    report.append_attribute("submitted") = submitted.c_str();
    mark(report, date_place);

    std::vector<size_t> prose;  // paragraph blocks, in order, outside the task tables
    int task_tables = 0;
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      const SourceBlock& b = doc.blocks[i];
      if (b.kind == SourceBlock::Kind::Table) {
        TaskTableHeader header = find_task_header(b.table);
        if (header.header_row >= 0) {
          // The text before the first task table may say its tasks are the unit's own to lead.
          for (size_t k = 0; k < i && !own_lead_place && task_tables == 0; ++k)
            if (doc.blocks[k].kind == SourceBlock::Kind::Paragraph && says_own_lead(doc.blocks[k].text))
              own_lead_place = doc.blocks[k].place;
          add_task_table(b, header, report);
          ++task_tables;
          continue;
        }
        // Another table (a form's header, a list of figures): its cells are read as text.
        for (size_t r = 0; r < b.table.rows.size(); ++r)
          for (const SourceCell& cell : b.table.rows[r]) {
            if (cell.continued || trim_spaces(cell.text).empty() || !labelled_fields(cell.text).empty()) continue;
            SourceBlock as_paragraph;
            as_paragraph.text = cell.text;
            as_paragraph.place = cell_place(b, r, cell.column);
            all.blocks.push_back(std::move(as_paragraph));
            prose.push_back(all.blocks.size() - 1);
          }
        continue;
      }
      if (!consumed[i]) prose.push_back(i);
    }
    add_prose_tasks(prose, report);
    // The narrative of Word, a web page or a PDF is read as a text file's is, a paragraph a
    // line: the lines before the running text are the title, a paragraph that ends no sentence
    // goes on in the next (a title set over three lines: 国务院办公厅关于山西、安徽省 / 四起特大…
    // / 调查处理情况的通报; a text pasted from a PDF, one line a paragraph), a numbered heading
    // stands alone and opens no section, a unit's name over its speech opens one — so a report
    // gives the same findings in any format. A styled heading (Word's Heading 1, HTML's h1–h6)
    // is read so too: it stands alone, and opens a section only when a text's line would (a
    // unit's name); sections per styled 一、/二、 hid a repeat or a restated figure across them.
    add_line_narrative(prose, report);
    if (out.tasks == 0 && out.paragraphs == 0)
      return fail(task_tables ? "任务表中没有一行能对应到方案任务，也没有正文段落"
                              : "没有找到任务表，也没有正文段落：不像一份进展报告",
                  task_tables ? "no row of the task table matches a plan task, and there is no paragraph of text"
                              : "no task table and no paragraph of text: this does not read as a progress report");
    return true;
  }

};

// A task table a web page (or a copy of one) flattened to a cell a line: 序号 / 重点任务 /
// 责任单位 / 完成情况 / 1 / 改造老旧小区 / 区住建局 / 已完成 / 2 / …, a cell's rule sometimes
// left after it (`序号 |`, a lone `|` for an empty cell), blank lines between cells or not.
// The header runs from a 序号 line to the line `1`, and must name the task and its progress
// (or status, or rate); each row runs from its number to the next number (2, 3, … in order,
// a cell of words after it). A row of as many cells as the header is read by position; any
// other row keeps only its number and task cells — its other cells cannot be placed — and is
// a ragged row. Null when `doc` holds no such run; the document otherwise unchanged.
std::optional<SourceDocument> cell_lines_as_tables(const SourceDocument& doc) {
  struct Line {
    std::string text;
    bool cell = false;  // false: a blank line between cells
  };
  auto line_of = [](const SourceBlock& b) -> std::optional<Line> {
    if (b.kind != SourceBlock::Kind::Paragraph || b.heading_level > 0 || b.text.find('\n') != std::string::npos)
      return std::nullopt;
    std::string t = trim_spaces(b.text);
    bool ruled = false;
    for (std::string_view bar : {"|", "｜"})
      if (ends_with(t, bar)) t = trim_spaces(t.substr(0, t.size() - bar.size())), ruled = true;
    return Line{t, ruled || !t.empty()};
  };
  // A row's number: a bare whole number, followed by a cell of words (the task), so that a
  // figure of a row (28, 7356) never opens one.
  auto number_of = [](const std::string& text) {
    if (count_chars(text) > 4) return 0;
    const std::string n = task_number(text);
    return !n.empty() && std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) ? std::atoi(n.c_str()) : 0;
  };
  auto words = [](const std::string& text) {
    int wide = 0;
    for (char32_t c : to_u32(text))
      if (c >= 0x3400 && c <= 0x9FFF) ++wide;
    return wide >= 2;
  };
  std::optional<SourceDocument> out;
  std::vector<SourceBlock> blocks;
  for (size_t i = 0; i < doc.blocks.size();) {
    std::optional<Line> first = line_of(doc.blocks[i]);
    // Only a short line can head a column (and the header's words are read only then).
    const bool may_head = first && first->cell && first->text.size() <= 36 &&
                          (contains(first->text, "序") || contains(first->text, "编") || contains(first->text, "編") ||
                           contains(first->text, "名称") || contains(first->text, "名稱") || contains(first->text, "指标") ||
                           contains(first->text, "指標"));
    const TaskColumn first_role = may_head ? task_column_role(first->text) : TaskColumn::None;
    // A table of figures without numbers opens with the name of what it counts: 指标名称, 项目名称.
    const bool named_rows = first_role == TaskColumn::Task &&
                            (contains(without_spaces(first->text), "名称") || without_spaces(first->text) == "指标");
    if (first_role != TaskColumn::Number && !named_rows) {
      blocks.push_back(doc.blocks[i++]);
      continue;
    }
    // The cells from here on, up to the first block that is no line (a table, a heading).
    std::vector<std::string> cells;
    size_t end = i;
    for (; end < doc.blocks.size(); ++end) {
      std::optional<Line> line = line_of(doc.blocks[end]);
      if (!line) break;
      if (line->cell) cells.push_back(line->text);
    }
    // A row opens at a number above the last row's (the plan's numbers may skip: 1, 3, 7).
    auto starts_row = [&](size_t at, int after) {
      const int m = number_of(cells[at]);
      return at + 1 < cells.size() && m > after && m <= after + 50 && words(cells[at + 1]);
    };
    // Without numbers, a header cell names a column (a role, or a figure's measure: 全年任务目标(个)).
    auto header_word = [&](const std::string& c) {
      return count_chars(c) <= 24 && (task_column_role(c) != TaskColumn::None || !measure_in_header(without_spaces(c)).empty());
    };
    size_t width = 1;  // the header: up to the first row's number, or its first cell of words
    while (width < cells.size() && width <= 14 &&
           (named_rows ? header_word(cells[width])
                       : !starts_row(width, 0) && count_chars(cells[width]) <= 24 && !has_sentence_punctuation(cells[width])))
      ++width;
    std::set<TaskColumn> roles;
    for (size_t k = 0; k < width && k < cells.size(); ++k) roles.insert(task_column_role(cells[k]));
    const bool header = width < cells.size() && (named_rows ? words(cells[width]) : starts_row(width, 0)) &&
                        roles.count(TaskColumn::Task) &&
                        (roles.count(TaskColumn::Progress) || roles.count(TaskColumn::Status) || roles.count(TaskColumn::Rate));
    if (!header) {
      blocks.push_back(doc.blocks[i++]);
      continue;
    }
    // The leading columns that identify the task (序号, 任务): kept when a row cannot be placed.
    size_t key_columns = 0;
    while (key_columns < width &&
           (task_column_role(cells[key_columns]) == TaskColumn::Number || task_column_role(cells[key_columns]) == TaskColumn::Task))
      ++key_columns;
    SourceBlock table;
    table.kind = SourceBlock::Kind::Table;
    table.place = doc.blocks[i].place;
    table.place.line = 0;  // rows are not lines here
    std::vector<SourceCell> head;
    for (size_t k = 0; k < width; ++k) head.push_back({cells[k], static_cast<int>(k) + 1, 1, false});
    table.table.rows.push_back(std::move(head));
    size_t at = width;
    int n = 0;
    // Rows without numbers: as many cells as the header each, the first of words, no date in them.
    while (named_rows && at + width <= cells.size() && words(cells[at]) && !header_word(cells[at]) &&
           std::none_of(cells.begin() + static_cast<long>(at), cells.begin() + static_cast<long>(at + width),
                        [](const std::string& c) { return day_date(c).has_value(); })) {
      std::vector<SourceCell> row;
      for (size_t k = 0; k < width; ++k) row.push_back({cells[at + k], static_cast<int>(k) + 1, 1, false});
      table.table.rows.push_back(std::move(row));
      at += width;
    }
    while (!named_rows && at < cells.size() && starts_row(at, n)) {
      n = number_of(cells[at]);
      size_t next = at + 2;
      while (next < cells.size() && !starts_row(next, n) && next - at < width) ++next;
      if (next < cells.size() && !starts_row(next, n)) {
        // A row longer than the header (sub-rows under one number, a cell split): on to the
        // next number; the last row, over the short cells left when they are at least a
        // sub-row's worth and hold no date (a 落款 after the table stays text).
        size_t k = next;
        while (k < cells.size() && !starts_row(k, n) && k - at < 4 * width) ++k;
        if (k < cells.size() && starts_row(k, n)) {
          next = k;
        } else if (k == cells.size()) {
          size_t stop = k;  // a 落款 ends the run: a date, a unit's name above it
          if (stop > next && day_date(cells[stop - 1])) --stop;
          if (stop < k && stop > next && unit_like(cells[stop - 1])) --stop;
          if (stop - next >= std::max<size_t>(width - 1, 3) &&
              std::all_of(cells.begin() + static_cast<long>(next), cells.begin() + static_cast<long>(stop),
                          [](const std::string& c) { return count_chars(c) <= 40 && !day_date(c); }))
            next = stop;
        }
      }
      std::vector<SourceCell> row;
      const size_t count = next - at, sub = width - key_columns + 1;
      if (count > width && key_columns > 0 && key_columns < width && (count - key_columns) % sub == 0) {
        // Sub-rows under one number and name (a name cell split in two: 深化养老保险制度改革 over
        // 完成在职参保人数6300人 | 区人社局 | …, 完成征缴基金1亿元 | 区人社局 | …): each sub-row its
        // sub-target, then the header's other columns. Read as rows going on with the task, the
        // sub-target left out (the header has no column for it).
        for (size_t first = at + key_columns; first < next; first += sub) {
          std::vector<SourceCell> part;
          for (size_t k = 0; k < key_columns; ++k)
            part.push_back({first == at + key_columns ? cells[at + k] : std::string(), static_cast<int>(k) + 1, 1, false});
          for (size_t k = 1; k < sub; ++k)
            part.push_back({cells[first + k], static_cast<int>(key_columns + k), 1, false});
          table.table.rows.push_back(std::move(part));
        }
        at = next;
        continue;
      }
      for (size_t k = 0; k < (count == width ? count : std::min(count, key_columns)); ++k)
        row.push_back({cells[at + k], static_cast<int>(k) + 1, 1, false});
      table.table.rows.push_back(std::move(row));
      at = next;
    }
    if (table.table.rows.size() < 2) {
      blocks.push_back(doc.blocks[i++]);
      continue;
    }
    // The blocks the rows took: up to the last cell read.
    size_t taken = 0, k = i;
    for (; k < end && taken < at; ++k)
      if (std::optional<Line> line = line_of(doc.blocks[k]); line && line->cell) ++taken;
    blocks.push_back(std::move(table));
    i = k;
    if (!out) out = doc;
  }
  if (!out) return std::nullopt;
  int tables = 0;
  for (SourceBlock& b : blocks)
    if (b.kind == SourceBlock::Kind::Table) b.place.table = ++tables;
  out->blocks = std::move(blocks);
  return out;
}

}  // namespace

void convert_report(const SourceDocument& source, const std::string& source_name, const ReportSourceOptions& options,
                    ReportConversion* out) {
  *out = ReportConversion{};
  std::optional<SourceDocument> regrouped = cell_lines_as_tables(source);
  Builder builder(regrouped ? *regrouped : source, options, *out);
  if (!builder.run()) return;
  // Serialized as import-report writes it: the line numbers of findings are those of this text.
  pugi::xml_node comment = builder.xml.prepend_child(pugi::node_comment);
  comment.set_value(xml_comment_text("plancheck " + options.command + " " + source_name).c_str());
  pugi::xml_node declaration = builder.xml.prepend_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  std::ostringstream text;
  builder.xml.save(text, "  ", pugi::format_default, pugi::encoding_utf8);
  out->xml = text.str();
  LoadError error;
  out->document = Document::parse(out->xml, source_name, options.limits, &error);
  if (!out->document) {
    out->error = {"转换结果无法读取：" + error.to_string(), "the converted report does not read: " + error.to_string()};
    return;
  }
  // The marks in element order of the built tree are the parsed tree's elements in the same order.
  std::map<pugi::xml_node, size_t> order;
  {
    size_t k = 0;
    pugi::xml_node top = builder.xml.document_element();
    for (pugi::xml_node n = top; n; n = next_in_subtree(n, top))
      if (n.type() == pugi::node_element) order[n] = k++;
  }
  std::vector<pugi::xml_node> parsed;
  pugi::xml_node top = out->document->root();
  for (pugi::xml_node n = top; n; n = next_in_subtree(n, top))
    if (n.type() == pugi::node_element) parsed.push_back(n);
  for (auto& [node, mark] : builder.marks) {
    auto k = order.find(node);
    if (k == order.end() || k->second >= parsed.size()) continue;
    mark.at = out->document->position_of(parsed[k->second]);
    out->places.push_back(mark);
  }
  std::stable_sort(out->places.begin(), out->places.end(), [](const PlaceMark& a, const PlaceMark& b) {
    return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
  });
  out->ok = true;
}

const PlaceMark* place_at(const ReportConversion& conversion, SourcePosition at) {
  const PlaceMark* found = nullptr;
  for (const PlaceMark& mark : conversion.places) {
    if (mark.at.line > at.line || (mark.at.line == at.line && mark.at.column > at.column)) break;
    found = &mark;
  }
  return found;
}

void place_finding(const ReportConversion& conversion, const std::string& lang, Finding& finding) {
  const PlaceMark* mark = place_at(conversion, {finding.line, finding.column});
  if (!mark) return;
  SourcePlace place = mark->place;
  if (place.table == 0 && place.paragraph == 0 && place.line == 0 && place.page == 0) return;
  finding.place = place;
  finding.place_column = mark->column_name;
  finding.place_text = describe_place(place, lang, mark->column_name);
}

Finding note_finding(const ReportNote& note, const ReportConversion& conversion, const std::string& file,
                     const std::string& lang) {
  Finding f;
  f.rule = note.rule;
  f.severity = note.severity;
  f.file = file;
  f.task = note.task;
  f.message = note.message(lang);
  f.place = note.place;
  f.place_column = note.column_name;
  f.place_text = describe_place(note.place, lang, note.column_name);
  // Line and column: where the converted XML stands for that place, else the report element.
  f.line = 1, f.column = 1;
  for (const PlaceMark& mark : conversion.places) {
    bool same_row = mark.place.table == note.place.table && mark.place.row == note.place.row &&
                    mark.place.paragraph == note.place.paragraph && mark.place.line == note.place.line;
    if (same_row) {
      f.line = mark.at.line, f.column = mark.at.column;
      break;
    }
  }
  if (f.line == 1 && !conversion.places.empty()) f.line = conversion.places.front().at.line, f.column = conversion.places.front().at.column;
  return f;
}

namespace {

// Which kind of document a title (or a file name) says it is, by the kind word that comes
// last: in 关于《XX实施方案》落实情况的报告 the head noun is 报告, in 关于印发XX工作情况
// 报告制度的通知 it is 通知. +1 a report, -1 a plan or notice, 0 neither.
int title_kind(std::string_view title) {
  static const char* const kReportWords[] = {"报告", "情况", "汇报", "总结", "进展", "台账", "报送", "进度表"};
  static const char* const kOtherWords[] = {"方案", "通知", "意见", "办法", "规划", "要点", "制度", "纪要",
                                            "清单", "名单", "目录", "附件"};
  size_t report_at = std::string_view::npos, other_at = std::string_view::npos;
  auto last_of = [&](const char* word, size_t* at) {
    size_t found = title.rfind(word);
    if (found != std::string_view::npos && (*at == std::string_view::npos || found > *at)) *at = found;
  };
  for (const char* word : kReportWords) last_of(word, &report_at);
  for (const char* word : kOtherWords) last_of(word, &other_at);
  if (report_at == std::string_view::npos && other_at == std::string_view::npos) return 0;
  if (other_at == std::string_view::npos) return 1;
  if (report_at == std::string_view::npos) return -1;
  return report_at > other_at ? 1 : -1;
}

}  // namespace

bool reads_as_report(const SourceDocument& doc) {
  // The title: the short lines before the first sentence or table, at most three.
  std::string title;
  int title_lines = 0;
  for (const SourceBlock& block : doc.blocks) {
    if (block.kind == SourceBlock::Kind::Table || title_lines == 3) break;
    std::string text = without_spaces(block.text);
    if (text.empty()) continue;
    if (has_sentence_punctuation(text) || count_chars(text) > 60) break;
    title += text;
    ++title_lines;
  }
  if (int kind = title_kind(title)) return kind > 0;
  if (int kind = title_kind(std::filesystem::path(doc.path).stem().string())) return kind > 0;
  for (const SourceBlock& block : doc.blocks) {
    if (block.kind == SourceBlock::Kind::Table) {
      if (find_task_header(block.table).header_row >= 0) return true;
    } else {
      for (const auto& field : labelled_fields(block.text))
        if (contains(field.first, "报送")) return true;
    }
  }
  return false;
}

bool is_source_report_path(const std::string& path) {
  std::string ext = lower_extension(path);
  // .doc, .wps and .rtf named on the command line are converted (LibreOffice), never read as XML.
  return ext == ".docx" || ext == ".pdf" || ext == ".html" || ext == ".htm" || ext == ".txt" || ext == ".doc" ||
         ext == ".wps" || ext == ".rtf";
}

}  // namespace plancheck
