#include "report_table.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "chinese_variants.h"
#include "dates.h"
#include "import_text.h"
#include "numerals.h"
#include "quantities.h"

namespace plancheck {

namespace {

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

bool contains_any(std::string_view s, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts)
    if (contains(s, part)) return true;
  return false;
}

bool equals_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    if (s == word) return true;
  return false;
}

// The code points of `s` that carry meaning for a title: no spaces, no punctuation.
std::vector<char32_t> title_chars(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    CodePoint c = decode_code_point(s, i);
    i += c.length;
    char32_t v = c.value;
    bool cjk = v >= 0x3400 && v <= 0x9FFF;
    bool alnum = (v >= U'0' && v <= U'9') || (v >= U'a' && v <= U'z') || (v >= U'A' && v <= U'Z');
    if (cjk || alnum) out.push_back(v);
  }
  return out;
}

}  // namespace

std::string without_spaces(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (starts_with(text.substr(i), "\u3000")) {
      i += 3;
    } else if (starts_with(text.substr(i), "\u00a0")) {
      i += 2;
    } else if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      ++i;
    } else {
      out += text[i++];
    }
  }
  return out;
}

int numbered_heading_level(const std::string& text) {
  static constexpr std::string_view kChineseDigits = "一二三四五六七八九十";
  auto chinese_digit_at = [&](size_t at) {
    for (size_t i = 0; i < kChineseDigits.size(); i += 3)
      if (text.compare(at, 3, kChineseDigits.substr(i, 3)) == 0) return true;
    return false;
  };
  size_t at = 0;
  int level = 0;
  if (starts_with(text, "第")) {
    at = 3;
    while (at < text.size() && chinese_digit_at(at)) at += 3;
    for (std::string_view part : {"部分", "章", "节"})
      if (at > 3 && text.compare(at, part.size(), part) == 0) return at + part.size() < text.size() ? 1 : 0;
    return 0;
  }
  if (starts_with(text, "（") || starts_with(text, "(")) {
    at = starts_with(text, "（") ? 3 : 1;
    size_t digits = at;
    while (at < text.size() && chinese_digit_at(at)) at += 3;
    if (at == digits) return 0;
    if (text.compare(at, 3, "）") == 0)
      at += 3;
    else if (at < text.size() && text[at] == ')')
      at += 1;
    else
      return 0;
    level = 2;
  } else if (chinese_digit_at(0)) {
    while (at < text.size() && chinese_digit_at(at)) at += 3;
    if (text.compare(at, 3, "、") != 0) return 0;
    at += 3;
    level = 1;
  } else if (!text.empty() && std::isdigit(static_cast<unsigned char>(text[0]))) {
    while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) ++at;
    if (text.compare(at, 3, "、") == 0)
      at += 3;
    else if (text.compare(at, 1, ".") == 0 || text.compare(at, 3, "．") == 0)
      at += text[at] == '.' ? 1 : 3;
    else
      return 0;
    // 99.8% on a line of its own (a PDF copy breaks lines before figures) is a decimal, not item 99.
    if (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) return 0;
    level = 3;
  } else {
    return 0;
  }
  std::string rest = trim_spaces(std::string_view(text).substr(at));
  if (rest.empty() || count_chars(rest) > 30 || has_sentence_punctuation(rest) || ends_with(rest, "。")) return 0;
  return level;
}


static TaskColumn role_of_words(std::string h);

TaskColumn task_column_role(std::string_view header) {
  // As written first; a header in traditional characters (責任單位) then as simplified — OpenCC
  // only for the headers that need it.
  std::string h = without_spaces(header);
  TaskColumn role = role_of_words(h);
  if (role != TaskColumn::None || std::all_of(h.begin(), h.end(), [](char c) { return (c & 0x80) == 0; })) return role;
  std::string simplified = to_simplified(h);
  return simplified == h ? role : role_of_words(std::move(simplified));
}

static TaskColumn role_of_words(std::string h) {
  for (std::string_view colon : {"：", ":"})
    if (ends_with(h, colon)) h.resize(h.size() - colon.size());
  if (h.empty()) return TaskColumn::None;
  if (equals_any(h, {"序号", "编号", "序", "任务编号", "任务序号", "项目编号", "No.", "NO."})) return TaskColumn::Number;
  // A yes/no column (是否达到序时进度, 是否滞后) answers one question: only 是否完成 (办结, 销号)
  // says whether the task is done; the others are neither the progress nor the task.
  if (starts_with(h, "是否"))
    return contains_any(h, {"完成", "办结", "销号"}) ? TaskColumn::Status : TaskColumn::None;
  // What is still to do (下一步工作措施, 下步打算) is neither the task nor its progress.
  if (starts_with(h, "下一步") || starts_with(h, "下步") || starts_with(h, "下阶段")) return TaskColumn::None;
  // A person, not a unit: 牵头领导, 责任领导, 分管领导, 责任人, 联系人, 经办人.
  if (contains_any(h, {"领导", "责任人", "联系人", "经办人", "负责人", "填报人"})) return TaskColumn::None;
  if (contains(h, "牵头")) return TaskColumn::Lead;
  if (contains_any(h, {"责任单位", "责任部门", "承办单位", "承办部门", "主责单位", "主责部门", "负责单位", "负责部门",
                       "实施单位", "主办单位", "主办部门", "责任处室", "责任科室", "责任股室", "主体单位", "责任主体"}))
    return TaskColumn::Responsible;
  if (contains_any(h, {"时限", "期限", "时间节点", "完成时间", "截止时间", "截止日期", "完成日期"}))
    return TaskColumn::Deadline;
  // The steps a task is to take by their dates (进度安排, 时间安排, 进度计划, 节点要求): what was
  // planned, not what was done — its dates are the deadline; 工作进度 and 推进情况 stay the progress.
  if (contains_any(h, {"进度", "时间", "节点", "时序"}) && !contains_any(h, {"进展", "情况"}) &&
      (ends_with(h, "安排") || ends_with(h, "计划") || ends_with(h, "要求")))
    return TaskColumn::Deadline;
  if (contains_any(h, {"完成情况", "完成状态", "是否完成", "状态", "完成与否"})) return TaskColumn::Status;
  // What was done, counted (实际完成(个), 累计完成, 完成数): read as a 完成情况 is.
  if (starts_with(h, "实际完成") || starts_with(h, "累计完成") || equals_any(h, {"完成数", "完成数量", "已完成数"}))
    return TaskColumn::Status;
  // A completion rate (完成率%, 完成比例(%), 1-8月实际完成率): the share done, not a 满意率.
  if (contains_any(h, {"完成率", "完成比例", "完成比率", "完成百分比"})) return TaskColumn::Rate;
  // One column for the progress and what stands in its way (进展情况、存在问题及下一步打算,
  // 工作进展及存在困难): the progress, as it is named first; 存在问题及下步措施 stays the problems.
  const size_t progress_at = std::min({h.find("进展"), h.find("推进情况"), h.find("完成进度")});
  if (progress_at != std::string::npos && progress_at < std::min(h.find("问题"), h.find("困难")))
    return TaskColumn::Progress;
  if (contains(h, "问题") || contains(h, "困难")) return TaskColumn::Problems;
  if (contains_any(h, {"经费", "资金", "预算"})) return TaskColumn::Budget;
  if (contains_any(h, {"佐证", "证明材料", "附件", "印证材料", "支撑材料"})) return TaskColumn::Evidence;
  if (contains_any(h, {"进展", "进度", "推进情况", "落实情况", "工作开展情况", "开展情况", "工作成效", "完成进度"}))
    return TaskColumn::Progress;
  // A figure's column named by its measure (全年任务目标(个), 目标任务（人）): no task's words.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    const size_t at = h.rfind(open);
    if (ends_with(h, close) && at != std::string::npos && at > 0 &&
        count_chars(std::string_view(h).substr(at + open.size(), h.size() - at - open.size() - close.size())) <= 2)
      return TaskColumn::None;
  }
  // 重点工作, 工作目标, 具体措施, 实事项目: what offices head the column of the task's words;
  // 指标名称 in a table of figures.
  if (contains_any(h, {"任务", "主要内容", "工作内容", "事项", "项目", "措施", "举措", "内容", "重点工作", "工作要点",
                       "具体工作", "目标", "指标名称"}) ||
      h == "指标")
    return TaskColumn::Task;
  return TaskColumn::None;
}

int TaskTableHeader::column_of(TaskColumn role) const {
  for (size_t i = 0; i < roles.size(); ++i)
    if (roles[i] == role) return static_cast<int>(i) + 1;
  return 0;
}

// A second header row under merged header cells: 推进情况 over 工作进展 | 存在问题, the
// other header cells running down into it. Each sub-header names its own column's role
// (a role another column already has keeps its first column), and the data starts below.
static void add_sub_header(const std::vector<SourceCell>& row, TaskTableHeader& header) {
  // 完成情况 over 已完成 | 推进中 | 未启动: a status matrix, each column a status a row marks.
  int statuses = 0;
  bool only_statuses = true;
  for (const SourceCell& cell : row) {
    if (cell.continued || trim_spaces(cell.text).empty()) continue;
    std::string words = without_spaces(cell.text);
    if (count_chars(words) <= 6 && task_column_role(words) == TaskColumn::None && !status_from_wording(words, true).empty())
      ++statuses;
    else
      only_statuses = false;
  }
  if (statuses >= 2 && only_statuses) {
    header.marked_status.assign(header.roles.size(), "");
    for (const SourceCell& cell : row) {
      size_t column = static_cast<size_t>(cell.column - 1);
      if (cell.continued || trim_spaces(cell.text).empty() || column >= header.roles.size()) continue;
      header.marked_status[column] = without_spaces(cell.text);
      header.names[column] = without_spaces(cell.text);
      if (header.roles[column] == TaskColumn::Status) header.roles[column] = TaskColumn::None;
    }
    header.header_row += 1;
    return;
  }
  bool any = false;
  for (const SourceCell& cell : row) {
    if (cell.continued) continue;
    if (task_column_role(cell.text) == TaskColumn::None) return;  // a data row, or a note
    any = true;
  }
  if (!any) return;
  for (const SourceCell& cell : row) {
    size_t column = static_cast<size_t>(cell.column - 1);
    if (cell.continued || column >= header.roles.size()) continue;
    TaskColumn role = task_column_role(cell.text);
    int first = header.column_of(role);
    if (first != 0 && first != cell.column) continue;  // the first column of a role wins
    header.roles[column] = role;
    header.names[column] = without_spaces(cell.text);
  }
  header.header_row += 1;
}

TaskTableHeader find_task_header(const SourceTable& table) {
  TaskTableHeader header;
  const size_t look = std::min<size_t>(table.rows.size(), 3);  // a title row may come first
  for (size_t r = 0; r < look; ++r) {
    const std::vector<SourceCell>& row = table.rows[r];
    std::vector<TaskColumn> roles(static_cast<size_t>(row_width(row)), TaskColumn::None);
    std::vector<std::string> names(roles.size());
    std::set<TaskColumn> seen;
    for (const SourceCell& cell : row) {
      TaskColumn role = task_column_role(cell.text);
      if (role == TaskColumn::None || seen.count(role)) continue;  // the first column of a role wins
      seen.insert(role);
      roles[static_cast<size_t>(cell.column - 1)] = role;
      names[static_cast<size_t>(cell.column - 1)] = without_spaces(cell.text);
    }
    for (const SourceCell& cell : row)
      if (names[static_cast<size_t>(cell.column - 1)].empty()) names[static_cast<size_t>(cell.column - 1)] = without_spaces(cell.text);
    bool names_task = seen.count(TaskColumn::Task) || seen.count(TaskColumn::Number);
    bool names_progress = seen.count(TaskColumn::Progress) || seen.count(TaskColumn::Status) || seen.count(TaskColumn::Rate);
    if (names_task && names_progress) {
      header.header_row = static_cast<int>(r);
      header.roles = std::move(roles);
      header.names = std::move(names);
      if (r + 1 < table.rows.size()) add_sub_header(table.rows[r + 1], header);
      return header;
    }
  }
  return header;
}

// 占年度任务的60%, 为全年目标的45%: a share under 100 % of the year's task, in the clause
// that names the task (满意率95% names none).
static bool names_share_of_task(std::string_view t) {
  for (std::string_view percent : {"%", "％"})
    for (size_t at = t.find(percent); at != std::string_view::npos; at = t.find(percent, at + percent.size())) {
      size_t start = at;
      while (start > 0 && ((t[start - 1] >= '0' && t[start - 1] <= '9') || t[start - 1] == '.')) --start;
      if (start == at) continue;
      double value = std::strtod(std::string(t.substr(start, at - start)).c_str(), nullptr);
      std::string_view clause = t.substr(0, start);
      for (std::string_view mark : {"，", "。", "；", ",", ";"}) {
        size_t m = clause.rfind(mark);
        if (m != std::string_view::npos) clause = clause.substr(m + mark.size());
      }
      if (value < 100 && contains_any(clause, {"年度任务", "年度目标", "全年任务", "全年目标", "目标任务", "任务总量",
                                               "总任务", "计划任务", "年度计划"}))
        return true;
    }
  return false;
}

// 完成80%, 已完成年度目标的80%, 完成率95%: a share of the work done, under 100 %.
static bool names_part_done(std::string_view t) {
  if (names_share_of_task(t)) return true;
  for (size_t at = t.find("完成"); at != std::string_view::npos; at = t.find("完成", at + 1)) {
    std::string_view after = t.substr(at + std::string_view("完成").size(), 30);  // ten characters or so
    for (std::string_view mark : {"，", "。", "；", ",", ";"})  // within its clause: 已完成，满意率95% is done
      after = after.substr(0, after.find(mark));
    for (size_t i = 0; i < after.size(); ++i) {
      if (after[i] < '0' || after[i] > '9') continue;
      size_t end = i;
      while (end < after.size() && ((after[end] >= '0' && after[end] <= '9') || after[end] == '.')) ++end;
      double value = std::strtod(std::string(after.substr(i, end - i)).c_str(), nullptr);
      std::string_view rest = after.substr(end);
      bool percent = rest.substr(0, 1) == "%" || rest.substr(0, 3) == "％";
      if (percent && value < 100) return true;
      i = end;
    }
  }
  return false;
}

// Whether the words of `done` occur in `t` as what has been done — not as what is to be
// done (预计12月底前完成, 计划年底前全部完成, 确保按期完成, 力争10月底前建成): a clause that
// plans the word, by a word of intent or a time limit ahead of it with no 已, says the
// task is not done yet; `*planned` tells that such a clause was seen.
static bool names_done(std::string_view t, std::initializer_list<std::string_view> done, bool* planned) {
  static constexpr std::string_view kIntent[] = {"预计", "计划", "力争", "确保", "争取", "将于", "将在", "拟于",
                                                 "拟在", "有望", "预期", "待"};
  bool now = false;
  for (std::string_view word : done)
    for (size_t at = t.find(word); at != std::string_view::npos; at = t.find(word, at + word.size())) {
      size_t start = 0;
      for (std::string_view mark : {"，", "。", "；", ",", ";", "：", ":"}) {
        size_t m = t.rfind(mark, at);
        if (m != std::string_view::npos && m + mark.size() > start) start = m + mark.size();
      }
      std::string_view clause = t.substr(start, at - start);
      bool intent = false;
      for (std::string_view w : kIntent)
        if (contains(clause, w)) intent = true;
      const bool by_a_date = (ends_with(clause, "前") && !ends_with(clause, "提前")) || ends_with(clause, "前全部");
      if (!contains(clause, "已") && (intent || by_a_date))
        *planned = true;
      else
        now = true;
    }
  return now;
}

// The share a cell that is only a percentage states (54%, 100%, 119.5％); -1 when it is more.
static double bare_share(std::string_view t) {
  size_t end = 0;
  while (end < t.size() && ((t[end] >= '0' && t[end] <= '9') || (t[end] == '.' && end > 0))) ++end;
  if (end == 0) return -1;
  std::string_view rest = t.substr(end);
  if (rest != "%" && rest != "％") return -1;
  return std::strtod(std::string(t.substr(0, end)).c_str(), nullptr);
}

// A short clause of a doing under way, ending in 中: 设备购进中, 正在办理中, 招标中, 施工中 —
// not 其中, 集中, 初中, 高中, 途中 (a place or a part, not a doing).
static bool doing_under_way(std::string_view t) {
  std::string_view clause = t;
  while (ends_with(clause, "。") || ends_with(clause, "；")) clause.remove_suffix(3);
  for (std::string_view mark : {"，", "。", "；", ",", ";", "："}) {
    size_t m = clause.rfind(mark);
    if (m != std::string_view::npos) clause = clause.substr(m + mark.size());
  }
  if (!ends_with(clause, "中") || count_chars(clause) < 3 || count_chars(clause) > 10) return false;
  std::string_view before = clause.substr(0, clause.size() - 3);
  for (std::string_view not_doing : {"其", "集", "初", "高", "途", "之", "当", "空", "城", "心", "市", "手", "意", "命", "暗", "眼"})
    if (ends_with(before, not_doing)) return false;
  return true;
}

static std::string status_of_words(const std::string& t, bool has_progress);

// A short judgement of pace ending in 推进 (加快推进, 全力推进, 按期推进): the work moves on, so it is
// under way; a long cell ending so (…，下一步将继续推进) is progress words, not a judgement.
static bool moves_forward(std::string_view t) {
  return ends_with(t, "推进") && count_chars(t) <= 6;
}

std::string status_from_wording(std::string_view text, bool has_progress) {
  // As written first; in traditional characters (推進緩慢) then as simplified.
  const std::string t = without_spaces(text);
  std::string status = status_of_words(t, has_progress);
  if (!status.empty() || std::all_of(t.begin(), t.end(), [](char c) { return (c & 0x80) == 0; })) return status;
  const std::string simplified = to_simplified(t);
  return simplified == t ? status : status_of_words(simplified, has_progress);
}

static std::string status_of_words(const std::string& words, bool has_progress) {
  std::string t = words;
  if (t.empty()) return "";
  if (double share = bare_share(t); share >= 0) return share < 100 ? "in-progress" : "done";
  if (contains_any(t, {"受阻", "暂停", "停滞", "搁置", "中止", "无法推进", "暂缓"})) return "blocked";
  if (contains_any(t, {"未开展", "尚未启动", "未启动", "未开始", "尚未开始", "尚未开展", "未开工", "未动工", "未推进"}))
    return "not-started";
  // 未整改到位 as 未完成: with progress beside it, under way.
  if (contains_any(t, {"未完成", "尚未完成", "没有完成", "未整改", "尚未整改", "未到位"}))
    return has_progress ? "in-progress" : "not-started";
  if (contains_any(t, {"基本完成", "正在推进", "推进中", "进行中", "持续推进", "正在", "稳步推进", "有序推进",
                       "序时推进", "按计划推进", "部分完成", "大部分完成", "完成过半", "滞后", "已启动", "已开工",
                       "长期推进", "阶段性", "前期工作", "初步完成", "初步建成", "逐步推进", "有序开展", "按序时",
                       // the schedule words of a 督查 table: 达到序时进度, 超序时进度, 慢于序时, 推进缓慢
                       "序时", "正常推进", "推进缓慢", "进度缓慢", "进展缓慢", "全部开工", "开工建设", "施工中",
                       "正在施工", "已进场",
                       // a 调度 report's pace (进展较快, 进度偏慢) and a rectification's (持续整改, 部分整改)
                       "较快", "偏慢", "较慢", "持续整改", "部分整改", "整改中", "基本整改", "基本到位", "基本完工", "基本竣工",
                       // a 督查 report's judgement of a task behind: 完成情况不够理想, 欠进度
                       "不够理想", "不理想", "欠进度", "欠序时",
                       // the pace a 督查 form reports: 顺利推进, 进展顺利, 推进顺利
                       "顺利推进", "进展顺利", "推进顺利",
                       // 达序 (达到序时): on schedule, as a county's 督查 list abbreviates it — 达序推进
                       "达序"}) ||
      names_part_done(t) || doing_under_way(t) || moves_forward(t))
    return "in-progress";
  bool planned = false;
  // 完成情况 names the column's subject (完成情况良好), not a completion.
  for (size_t at = t.find("完成情况"); at != std::string::npos; at = t.find("完成情况")) t.replace(at, 12, "情况");
  if (names_done(t, {"已完成", "全部完成", "完成", "已落实", "已建成", "已办结", "办结", "已达标", "已实现", "已完工",
                     "已竣工", "完工", "竣工", "建成投用", "建成投运", "投入使用", "已投用", "交付使用", "已销号", "全部建成", "已整改", "整改到位", "整改完毕"},
                 &planned))
    return "done";
  if (planned) return "in-progress";  // 预计12月底前完成: to be done, so not yet
  if (equals_any(t, {"是", "√", "✓", "✔", "☑", "✅"})) return "done";
  if (equals_any(t, {"否", "×", "✗", "✘", "☒"})) return has_progress ? "in-progress" : "not-started";
  return "";
}

// A schedule of dated steps in one cell (①4月中旬前，完成选址。②11月底前，建成开放。): the task is due
// by its last step. One date, or none, is no schedule: "".
static std::string last_step_of_schedule(std::string_view text) {
  std::string last;
  int steps = 0;
  for (const DeadlineMatch& m : find_deadlines(text, 2000))  // the year only places the steps; the wording is kept
    if (m.deadline.kind == DeadlineKind::Date && m.is_deadline_wording) ++steps, last = m.deadline.text;
  return steps >= 2 ? last : "";
}

std::string deadline_wording(std::string_view text) {
  const std::string t = trim_spaces(text);
  if (std::string last = last_step_of_schedule(t); !last.empty()) return last;
  int year = 0, month = 0, day = 0;
  size_t end = 0;
  if (const std::optional<FigureDate> date = read_figure_date(t, 0)) {
    year = date->year, month = date->month, day = date->day, end = date->end;
  } else {
    // 11.30, 11/30: a month and a day without a year.
    auto field = [&](size_t& i) {
      const size_t start = i;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < 2) ++i;
      return i == start || (i < t.size() && t[i] >= '0' && t[i] <= '9') ? -1 : std::atoi(t.substr(start, i - start).c_str());
    };
    size_t i = 0;
    month = field(i);
    size_t separator = i < t.size() && (t[i] == '.' || t[i] == '/') ? 1 : starts_with(std::string_view(t).substr(i), "．") ? 3 : 0;
    if (month < 1 || month > 12 || separator == 0) return std::string(text);
    i += separator;
    day = field(i);
    if (day < 1 || day > 31) return std::string(text);
    end = i;
  }
  const std::string rest = t.substr(end);
  // What may follow: 前 and its kin; 底 and 末 after a month (2024.11底前).
  if (!rest.empty() && !equals_any(rest, {"前", "之前", "以前", "底", "底前", "末", "止"})) return std::string(text);
  if (year == 0 && !rest.empty() && rest != "前") return std::string(text);
  if (day > 0 && !rest.empty() && rest != "前" && rest != "之前" && rest != "以前" && rest != "止") return std::string(text);
  if (year > 0 && day > 0 && rest.empty()) {
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return iso;
  }
  std::string out = year > 0 ? std::to_string(year) + "年" : "";
  out += std::to_string(month) + "月";
  if (day > 0) out += std::to_string(day) + "日";
  return out + rest;
}

std::string planned_deadline(std::string_view progress) {
  static constexpr std::string_view kIntent[] = {"预计", "计划", "力争", "确保", "争取", "将于", "将在", "拟于", "拟在"};
  for (const DeadlineMatch& m : find_deadlines(progress, 2000)) {
    if (m.deadline.kind != DeadlineKind::Date || !m.is_deadline_wording) continue;
    std::string_view before = progress.substr(0, m.offset), rest = progress.substr(m.offset + m.length);
    for (std::string_view mark : {"，", "。", "；", ",", ";", "：", ":"}) {
      size_t at = before.rfind(mark);
      if (at != std::string_view::npos) before = before.substr(at + mark.size());
      rest = rest.substr(0, rest.find(mark));
    }
    bool intent = false;
    for (std::string_view w : kIntent)
      if (contains(before, w)) intent = true;
    if (!intent || contains(before, "已")) continue;
    std::string whole = without_spaces(rest);
    for (std::string_view lead : {"前", "之前", "以前"})
      if (starts_with(whole, lead)) whole.erase(0, lead.size());
    for (std::string_view adverb : {"全部", "全面", "基本"})  // 基本 is kept out below
      if (starts_with(whole, adverb) && adverb != "基本") whole.erase(0, adverb.size());
    if (equals_any(whole, {"完成", "建成", "完工", "竣工", "建成投用", "完成年度任务", "完成全年任务", "完成年度目标任务",
                           "完成全部任务", "完成任务", "完成目标任务", "完成各项任务", "建成投运", "整改到位", "办结"}))
      return m.deadline.text;
  }
  return "";
}

namespace {

// "35万元" / "350000元" / "3.5万" in `text`: the amount in yuan, and where it stands.
bool find_amount(std::string_view text, std::string* amount, size_t* offset, size_t* length) {
  for (const Quantity& q : find_quantities(text)) {
    if (q.masked || q.unit != "元") continue;
    char buffer[64];
    if (q.value == std::floor(q.value))
      std::snprintf(buffer, sizeof buffer, "%.0f", q.value);
    else
      std::snprintf(buffer, sizeof buffer, "%.2f", q.value);
    *amount = buffer;
    *offset = q.offset;
    *length = q.length;
    return true;
  }
  return false;
}

// The text without the amount and the punctuation around what is left.
std::string strip_amount(std::string text, size_t offset, size_t length) {
  text.erase(offset, length);
  std::string trimmed = trim_spaces(text);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view p : {"，", ",", "；", ";", "。", "、", "：", ":", "（", "）", "(", ")", "共", "计", "约"}) {
      if (starts_with(trimmed, p)) trimmed.erase(0, p.size()), changed = true;
      if (ends_with(trimmed, p)) trimmed.resize(trimmed.size() - p.size()), changed = true;
    }
    trimmed = trim_spaces(trimmed);
  }
  return trimmed;
}

}  // namespace

std::optional<BudgetWords> budget_from_cell(std::string_view text) {
  std::string t = trim_spaces(text);
  if (t.empty()) return std::nullopt;
  std::string compact = without_spaces(t);
  BudgetWords words;
  if (equals_any(compact, {"无", "暂无", "没有", "/", "—", "-", "——", "不涉及", "未安排"}) ||
      contains_any(compact, {"未列入", "未纳入", "没有列入", "无经费", "尚未安排", "未安排"})) {
    words.included = false;
    return words;
  }
  // Money from outside any budget (自筹, 社会资本, 银行贷款) is no budget inclusion, whatever
  // the amount; a source without such words (区级财政预算, 专项资金, 上级补助) is taken as written.
  words.included = contains(compact, "预算") ||
                   !contains_any(compact, {"自筹", "社会资本", "社会资金", "企业投资", "企业自有", "贷款", "融资", "捐赠",
                                           "捐助", "众筹", "群众筹"});
  size_t offset = 0, length = 0;
  if (find_amount(t, &words.amount, &offset, &length))
    words.source = strip_amount(t, offset, length);
  else
    words.source = t;
  for (std::string_view lead : {"已列入", "列入", "已纳入", "纳入"})
    if (starts_with(words.source, lead)) words.source.erase(0, lead.size());
  return words;
}

std::optional<BudgetWords> budget_from_wording(std::string_view text) {
  for (std::string_view verb : {"列入", "纳入"}) {
    for (size_t at = text.find(verb); at != std::string_view::npos; at = text.find(verb, at + verb.size())) {
      // A negation just before (未列入, 没有纳入) says the opposite.
      std::string_view before = text.substr(0, at);
      if (ends_with(before, "未") || ends_with(before, "没有") || ends_with(before, "尚未") || ends_with(before, "不"))
        continue;
      std::string_view rest = text.substr(at + verb.size());
      size_t end = rest.size();
      for (std::string_view stop : {"，", "。", "；", ",", ";", "、", "）", ")"})
        end = std::min(end, rest.find(stop) == std::string_view::npos ? rest.size() : rest.find(stop));
      std::string_view phrase = rest.substr(0, end);
      size_t budget = phrase.find("预算");
      if (budget == std::string_view::npos) continue;
      BudgetWords words;
      words.included = true;
      words.source = trim_spaces(phrase.substr(0, budget + std::string_view("预算").size()));
      size_t offset = 0, length = 0;
      std::string amount;
      if (find_amount(text, &amount, &offset, &length)) words.amount = amount;
      return words;
    }
  }
  return std::nullopt;
}

std::vector<std::string> split_units(std::string_view text) {
  std::vector<std::string> units;
  std::string current;
  auto flush = [&] {
    std::string unit = trim_spaces(current);
    if (!unit.empty()) units.push_back(unit);
    current.clear();
  };
  for (size_t i = 0; i < text.size();) {
    CodePoint c = decode_code_point(text, i);
    bool separator = false;
    switch (c.value) {
      case U'、': case U'，': case U',': case U'；': case U';': case U'/': case U'／': case U'\n': case U'\r':
        separator = true;
        break;
      default:
        break;
    }
    if (separator)
      flush();
    else
      current.append(text.substr(i, c.length));
    i += c.length;
  }
  flush();
  return units;
}

std::string task_number(std::string_view text) {
  std::string t = without_spaces(text);
  for (std::string_view cut : {"、", "．", ".", "）", ")", "（", "("}) {
    if (ends_with(t, cut)) t.resize(t.size() - cut.size());
    if (starts_with(t, cut)) t.erase(0, cut.size());
  }
  // 第3项, 任务3, 第三条: the number the words are around.
  for (std::string_view head : {"任务", "第"})
    if (starts_with(t, head) && t.size() > head.size()) t.erase(0, head.size());
  for (std::string_view tail : {"项", "条", "号"})
    if (ends_with(t, tail) && t.size() > tail.size()) t.resize(t.size() - tail.size());
  if (t.empty()) return "";
  std::string digits;
  bool all_digits = true;
  for (size_t i = 0; i < t.size();) {
    CodePoint c = decode_code_point(t, i);
    i += c.length;
    if (c.value >= U'0' && c.value <= U'9')
      digits += static_cast<char>(c.value);
    else if (c.value >= U'０' && c.value <= U'９')
      digits += static_cast<char>('0' + (c.value - U'０'));
    else if ((c.value == U'.' || c.value == U'．') && !digits.empty())
      digits += '.';
    else if ((c.value == U'-' || c.value == U'－' || c.value == U'—' || c.value == U'–') && !digits.empty() &&
             digits.back() != '-')
      digits += '-';  // 1-1: a task of a decomposition
    else
      all_digits = false;
  }
  if (all_digits && !digits.empty() && digits.back() != '.' && digits.back() != '-') return digits;
  if (std::optional<double> n = read_number(t); n && *n >= 1 && *n < 10000 && *n == std::floor(*n))
    return std::to_string(static_cast<long>(*n));
  return "";
}

double title_similarity(std::string_view a, std::string_view b) {
  std::vector<char32_t> x = title_chars(a), y = title_chars(b);
  if (x.empty() || y.empty()) return 0;
  auto inside = [](const std::vector<char32_t>& small, const std::vector<char32_t>& big) {
    return small.size() >= 4 && std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
  };
  if (inside(x, y) || inside(y, x)) return 1;
  if (x.size() < 2 || y.size() < 2) return x == y ? 1 : 0;
  std::multiset<std::pair<char32_t, char32_t>> bigrams;
  for (size_t i = 0; i + 1 < x.size(); ++i) bigrams.insert({x[i], x[i + 1]});
  size_t common = 0;
  for (size_t i = 0; i + 1 < y.size(); ++i) {
    auto it = bigrams.find({y[i], y[i + 1]});
    if (it != bigrams.end()) {
      ++common;
      bigrams.erase(it);
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() - 1 + y.size() - 1);
}

}  // namespace plancheck
