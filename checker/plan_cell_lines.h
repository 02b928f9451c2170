// Tables set one cell per line, as a web page, a crawl or a converted file gives a plan's
// 分工表 when its table is flattened into text: each cell on a line of its own, rulings set in
// text (│, ├──┼──┤) between them. Both readers take the blocks from `start` and give a Table
// (plan_table.h) that import-plan reads as it reads a Word table.
#pragma once
#include <cstddef>
#include <vector>

#include "plan_table.h"
#include "source_document.h"

namespace plancheck {

// A table written one cell per line: 序号 / 重点任务 / 牵头单位 …, then the cells row by
// row in groups of the header's width, with section rows (一、…方面) between them.
// Returns the blocks it took, 0 when blocks[start] opens no such table.
size_t read_flattened_table(const std::vector<SourceBlock>& blocks, size_t start, Table& out);

// A task-division table with its cells one per line and no 序号 column (工作任务 / 具体措施 /
// 牵头单位 / 责任单位 / 完成时限, as a web page or a converted file gives it), read as a
// grammar. The header's words name the columns: words first, then units and times. Each line
// is a cell of the kind its words are (cell_kind: a time, units, running text), and a row is
// the cells that go on in the columns' order: a cell whose kind's columns the row has passed
// opens the next row. A cell merged down over several rows is written once, so a row short of
// cells takes the missing ones from the row above — the task its measure belongs to, a shared
// 牵头单位 or 完成时限: its cells fill a kind's columns from the right (a lone unit cell is
// the 责任单位 beside a merged 牵头单位, unless it repeats the lead above). More lines of one
// kind than its columns are one cell's paragraphs. Ruling lines (│, ──┼──) are skipped; a line
// 一、… before a task's words heads the rows under it. The table ends where its lines stop
// naming units or times. Returns the blocks it took, 0 when blocks[start] opens no such table.
size_t read_cell_lines_table(const std::vector<SourceBlock>& blocks, size_t start, Table& out);

// A page's table written one cell a line, each cell closed by a bar (`7 |`, `国土住建局 |`),
// whose header the page set several cells a line (`序号 | 重点任务 |` / `完成时间 | 责任人 |
// 责任部门 |`): those header lines, two bars or more each, were read as a table block of their
// own. When blocks[start] is such a block — every cell a column's name, 序号 first — and the
// line after it is a row's number closed by a bar, its cells are the header's lines and the
// table is read as read_flattened_table reads one. Returns the blocks it took (the header's
// block and the lines), 0 else.
size_t read_bar_header_cell_lines(const std::vector<SourceBlock>& blocks, size_t start, Table& out);

// A table whose rows' cells do not stand under their columns (a page's bar table with a header
// of two rows writes a spanning cell once and pads the row's end with empty cells, while its
// data rows lost an empty cell: 责任单位 falls a column off). When, in most numbered rows, the
// units columns hold no unit while a column at most two off one does, each numbered row's
// cells are set into the columns by what they hold (units, times, words: the grammar of a
// flattened row, fit_row_by_kind; a header's empty padding cells are no column; no cell is
// taken from the row above, a bar row writes its own). A table whose units stand in their
// column in most rows is read by position, its empty units cells left empty. The caller asks
// only for tables whose rows are ragged against the header. Returns the rows so set.
size_t align_rows_by_kind(Table& table);

}  // namespace plancheck
