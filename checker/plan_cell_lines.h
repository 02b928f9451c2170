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

}  // namespace plancheck
