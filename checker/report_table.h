// A report's 台账 table read as tasks: which column holds what (序号 | 重点任务 | 牵头单位 |
// 进展情况 | 完成情况 | 完成时限 | 存在问题 | 经费来源 | 佐证材料 …), and what a cell's
// wording says in the report vocabulary (a status, a budget). Pure functions: no plan,
// no XML; report_source.cc puts them together.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source_document.h"

namespace plancheck {

// Responsible: a 责任单位 column, whose lead is the unit marked （牵头）, else the first listed.
// Rate: a completion rate (完成率, 完成比例(%), 1-8月实际完成率%), whose share says the status
// when the 完成情况 says none: under 100 % in progress, 100 % or more done.
enum class TaskColumn { None, Number, Task, Lead, Responsible, Progress, Status, Deadline, Problems, Budget, Evidence, Rate };

// The role of a header cell, its spaces (主 要 内 容) and a trailing colon ignored, read in
// simplified characters (a table in 責任單位 / 進展情況 is headed as one in 责任单位 / 进展情况).
TaskColumn task_column_role(std::string_view header);

// A table's header: the role of each grid column (index 0 = grid column 1).
struct TaskTableHeader {
  int header_row = -1;  // index into SourceTable::rows; -1 when the table holds no tasks
  std::vector<TaskColumn> roles;
  std::vector<std::string> names;  // each grid column's header text, spaces removed
  // A status matrix: sub-header cells that are status words (完成情况 over 已完成 | 推进中 | 未启动),
  // one per grid column ("" for the others); a row marks (√) the one that holds for it.
  std::vector<std::string> marked_status;
  int column_of(TaskColumn role) const;  // 1-based grid column, 0 when absent
};

// The header of a task table: within the first rows, one that names a task (or a
// number) and its progress or status. header_row == -1 when there is none.
TaskTableHeader find_task_header(const SourceTable& table);

// The status the wording of a 完成情况 / 进展 cell states: "done", "in-progress",
// "not-started", "blocked", or "" when it says none. Negations come first (未完成 is not
// 完成); 基本完成 is not done; 未完成 with progress written beside it is in progress.
// Read in simplified characters (已完成 and 已完成 alike). A cell that is only a share (54%,
// 100%) is the share done: under 100 % in progress, else done. A short clause of a doing
// ending in 中 (设备购进中, 正在办理中, 招标中) is in progress; 其中, 初中 are not.
std::string status_from_wording(std::string_view text, bool has_progress);

// A 完成时限 cell typed with dots or slashes, as the date reader reads it: 2024.11.30 →
// 2024-11-30, 2024.11 → 2024年11月, 2024/11/30前 → 2024年11月30日前, 11.30 → 11月30日 (the whole
// cell a month and a day); any other text unchanged.
std::string deadline_wording(std::string_view text);

// The date a progress text says the whole task will be done by (预计11月底前全部完成,
// 计划于12月底前完成年度任务, 确保10月底前建成): the wording of that date, or "" when the text
// names none — a date of a step (预计10月底前完成招标) or of what was done (已于9月底前完成) is none.
std::string planned_deadline(std::string_view progress);

// How the work is funded, from a 经费 cell or from progress wording (列入…预算).
struct BudgetWords {
  bool included = false;
  std::string source;  // 区级财政预算; "" when none is named
  std::string amount;  // decimal yuan, "" when none is written (35万元 → 350000)
};
// From a budget cell: empty text → nullopt; 无 / 未列入 / 暂无 → not included.
std::optional<BudgetWords> budget_from_cell(std::string_view text);
// From running text: only wording that says it is in a budget (列入…预算, 纳入…预算).
std::optional<BudgetWords> budget_from_wording(std::string_view text);

// Units named in a 牵头单位 cell, split at 、，,；;/ and line breaks.
std::vector<std::string> split_units(std::string_view text);

// A 序号 cell as a task id: digits (half or full width) and dots, Chinese numerals read;
// "" when the cell holds no number.
std::string task_number(std::string_view text);

// How alike two task titles are, 0..1: the Dice coefficient of their character bigrams,
// punctuation and spaces ignored; a title wholly inside the other counts as 1.
double title_similarity(std::string_view a, std::string_view b);

// A numbered heading line and its level: 一、 → 1, （一） → 2, 1. / 1、 → 3, 第一部分 → 1;
// 0 when `text` is not one (the words after the number must be short and hold no
// sentence punctuation: 一、加强组织领导 is a heading, 1、召开会议3次，… is not).
int numbered_heading_level(const std::string& text);

// `text` without any white space (ASCII, ideographic, no-break).
std::string without_spaces(std::string_view text);

}  // namespace plancheck
