// A plan's table of tasks as import-plan reads it, whatever the source set it as (a Word or
// web-page table, cells one per line): its columns named by their headers, its rows of
// cells; and the words that the table readers and the paragraph reader share (where the
// body of tasks ends, a 序号 cell's number).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "numerals.h"
#include "source_document.h"

namespace plancheck {

// The code point at byte `pos` of `s`; `pos` moves past it. Invalid bytes read as U+FFFD.
inline char32_t next_char(std::string_view s, size_t& pos) {
  CodePoint cp = decode_code_point(s, pos);
  pos += cp.length;
  return cp.value;
}

// `s` without its spaces, tabs, ideographic and no-break spaces and line breaks.
std::string squash_spaces(std::string_view s);

// 国务院 2019年1月12日, 附件1, 附件：…清单: a line where the body of tasks ends.
bool closing_line(std::string_view text);

// A line or cell that only says the text goes on elsewhere or stops here: （略）, (以下略), ……, ...,
// (摘录至此), （未完）, 〔下略〕. A copy or an excerpt marks so where it cut the published text: the
// text ends there (a table too), and the mark is no cell, no unit and no words of a task.
bool elision_marker(std::string_view text);

// What a table's column holds, named by its header: 序号, the task's words (its title, more
// text, a target to reach), its lead or other responsible units, its deadline, or nothing
// read (备注, 责任人).
enum class Column { Id, Title, Text, Target, Lead, Responsible, Deadline, Ignore };

Column classify_column(std::string_view header);
// A column of units (牵头单位, 责任部门, 评分部门), read or not: not 单位 alone nor a figure's unit of measure.
bool units_column(std::string_view header);

// Whether a short line names a column (重点任务, 牵头单位, 完成时限) rather than holding a cell.
bool column_name(std::string_view text);

// A table row's 序号 as the task id: 12, 3., 4、, ５, and numbers of a decomposition, 1-1,
// 2.3, 1－2－1 (full-width forms as NFKC writes them). "" when the cell holds no such number.
std::string row_id(std::string_view text);
inline bool row_number(std::string_view text) { return !row_id(text).empty(); }

struct TableRow {
  std::vector<std::string> cells;
  std::vector<bool> continued;  // per cell: merged with the cell above (Word vMerge, HTML rowspan)
  SourcePlace place;
};

struct Table {
  std::vector<std::string> header;
  std::vector<TableRow> rows;  // data rows and section rows (a section row has one cell)
  SourcePlace place;
};

}  // namespace plancheck
