#include "plan_table.h"

#include "chinese_variants.h"
#include "import_text.h"
#include "utf32.h"

namespace plancheck {

std::string squash_spaces(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    size_t before = pos;
    char32_t c = next_char(s, pos);
    if (c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0 || c == U'\n' || c == U'\r') continue;
    out.append(s.substr(before, pos - before));
  }
  return out;
}

bool closing_line(std::string_view text) {
  std::string t = squash_spaces(text);
  if (starts_with(t, "附件")) return count_chars(t) <= 40;
  if (count_chars(t) > 30 || has_sentence_punctuation(t)) return false;
  return ends_with(t, "日") && t.find("年") != std::string::npos && t.find("月") != std::string::npos;
}

bool elision_marker(std::string_view text) {
  if (text.size() > 80) return false;  // a mark is a few characters: a long line is read no further
  // Every mark holds one of these (an ellipsis, dots, or 略 省 未 摘 节): most lines are read no further.
  bool any = false;
  for (std::string_view c : {"…", "⋯", ".", "．", "。", "·", "略", "省", "未", "摘", "节", "節"})
    any = any || text.find(c) != std::string_view::npos;
  if (!any) return false;
  std::string t = to_simplified(squash_spaces(text));
  if (t.empty()) return false;
  // The marks alone: an ellipsis written as …… or ⋯⋯, or as dots (......, 。。。).
  size_t ellipses = 0, dots = 0, other = 0;
  for (size_t pos = 0; pos < t.size();) {
    char32_t c = next_char(t, pos);
    if (c == U'…' || c == U'⋯') ++ellipses;
    else if (c == U'.' || c == U'．' || c == U'。' || c == U'·') ++dots;
    else ++other;
  }
  if (other == 0) return ellipses > 0 || dots >= 3;
  // A word of cutting, in brackets or not: 略, 下略, 以下略, 以下省略, 未完, 未完待续, 摘录至此, 节选至此.
  std::u32string s = to_u32(t);
  if (s.size() >= 2 && (s.front() == U'（' || s.front() == U'(' || s.front() == U'〔' || s.front() == U'[' || s.front() == U'【') &&
      (s.back() == U'）' || s.back() == U')' || s.back() == U'〕' || s.back() == U']' || s.back() == U'】'))
    s = s.substr(1, s.size() - 2);
  while (!s.empty() && (s.back() == U'…' || s.back() == U'。' || s.back() == U'.')) s.pop_back();
  for (std::u32string_view w : {U"略", U"下略", U"以下略", U"以下省略", U"余略", U"后略", U"全文略", U"内容略", U"未完",
                                U"未完待续", U"摘录至此", U"节选至此", U"摘录完", U"摘录结束", U"此处省略", U"以下内容省略"})
    if (s == w) return true;
  return false;
}

// A header without the note in brackets after its name: 责任单位（排在第一位的为牵头单位） is a
// 责任单位 column, whatever roles its note speaks of (the note's rule is read with the plan's).
static std::string without_note(const std::string& h) {
  std::string out;
  int depth = 0;
  for (size_t pos = 0; pos < h.size();) {
    size_t before = pos;
    char32_t c = next_char(h, pos);
    if (c == U'（' || c == U'(') ++depth;
    else if ((c == U'）' || c == U')') && depth > 0) --depth;
    else if (depth == 0) out.append(h, before, pos - before);
  }
  return out.empty() ? h : out;
}

Column classify_column(std::string_view header) {
  std::string h = without_note(to_simplified(squash_spaces(header)));
  auto has = [&](std::string_view w) { return h.find(w) != std::string::npos; };
  if (h == "序号" || h == "编号" || h == "序") return Column::Id;
  // People, not units (责任人, 牵头领导, 联系人), as the labels 责任人：, 牵头领导： name no unit;
  // a column of both (责任单位及责任人) still lists units.
  if (!has("单位") && !has("部门"))
    for (std::string_view w : {"责任人", "负责人", "联系人", "领导", "联络员", "姓名", "职务"})
      if (has(w)) return Column::Ignore;
  // The office that scores or checks the work (评分部门, 考核责任单位, 督查单位), not one that does it.
  if (has("单位") || has("部门"))
    for (std::string_view w : {"评分", "考核", "督查", "督导", "考评"})
      if (has(w)) return Column::Ignore;
  // 主要责任单位 beside 协同配合单位: the unit in charge, as a label 主要责任单位： reads.
  if (has("牵头") || has("主要责任") || has("主责") || has("主办")) return Column::Lead;
  // The same role words as the labels (承办单位：, 实施单位：, 协同单位：): a column of who does the work.
  for (std::string_view w : {"责任", "配合", "协办", "参与", "指导", "负责", "主体", "协助", "协同", "承办", "实施单位", "实施部门"})
    if (has(w)) return Column::Responsible;
  for (std::string_view w : {"时限", "时间", "节点", "期限", "进度"})
    if (has(w)) return Column::Deadline;
  // A project list's span of work (建设起止年限, 建设年限, 实施年限, 起止日期: 2023.01-2023.12): the
  // project is due at the span's end. A 使用年限 (a building's life) is no time of the work.
  if (has("起止")) return Column::Deadline;
  for (std::string_view w : {"建设", "实施", "完成"})
    if (has(w) && (has("年限") || has("日期"))) return Column::Deadline;
  for (std::string_view w : {"范围", "备注", "说明"})
    if (has(w)) return Column::Ignore;
  if (has("目标")) return Column::Target;  // 工作目标, 目标任务: what the task must reach
  return Column::Text;
}

bool column_name(std::string_view text) {
  std::string h = to_simplified(squash_spaces(text));
  if (h.empty() || count_chars(h) > 12 || has_sentence_punctuation(h)) return false;
  for (std::string_view w : {"任务", "内容", "举措", "目标", "单位", "部门", "时限", "时间", "节点", "范围", "备注",
                             "措施", "事项", "指标", "进度", "名称", "类别", "期限", "要求", "成果", "项目",
                             "责任人", "负责人", "领导"})
    if (h.find(w) != std::string::npos) return true;
  return false;
}

std::string row_id(std::string_view text) {
  std::string t;
  for (size_t i = 0; i < text.size();) {
    CodePoint c = decode_code_point(text, i);
    i += c.length;
    if (c.value >= U'0' && c.value <= U'9') t += static_cast<char>(c.value);
    else if (c.value >= U'０' && c.value <= U'９') t += static_cast<char>('0' + (c.value - U'０'));
    else if (c.value == U'-' || c.value == U'－' || c.value == U'—' || c.value == U'–') t += '-';
    else if (c.value == U'.' || c.value == U'．') t += '.';
    else if (c.value == U'、' || c.value == U',' || c.value == U'，') t += ',';
    else if (c.value == ' ' || c.value == U'\u3000' || c.value == '\t') continue;
    else return "";
  }
  while (!t.empty() && (t.back() == '.' || t.back() == ',')) t.pop_back();
  // Groups of one to three digits, at most four of them, joined by - or .
  int groups = 0;
  size_t digits = 0;
  for (size_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && t[i] >= '0' && t[i] <= '9') {
      if (++digits > 3) return "";
      continue;
    }
    if (digits == 0 || ++groups > 4) return "";
    digits = 0;
    if (i < t.size() && t[i] != '-' && t[i] != '.') return "";
  }
  return t;
}

// A column of units (牵头单位, 责任部门, 责任科室, 评分部门), read or not: not 单位 alone, a
// figure's unit of measure (万亩, %).
bool units_column(std::string_view header) {
  const std::string h = to_simplified(squash_spaces(header));
  if (h == "单位" || h == "计量单位") return false;
  const Column c = classify_column(header);
  if (c == Column::Lead || c == Column::Responsible) return true;
  return c == Column::Ignore && (h.find("单位") != std::string::npos || h.find("部门") != std::string::npos);
}

}  // namespace plancheck
