// A plan's table whose cells ran together: a reader that dropped the table's tags with no break
// between them (a converted .docx on a document-sharing site). plans20-log.md.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "plan_table.h"
#include "source_document.h"

namespace plancheck {

// A table whose cells ran together when a reader dropped its tags with no break between them
// (a converted .docx on a document-sharing site): 序号项目名称主要内容区政府分管领导牵头单位配合单位1增加
// 教育资源供给实施新建…4580个。何海平教育局经开区各街道2促进就业…. Read as a row grammar: the
// header's column names part where a column word ends them (名称, 内容, 领导, 单位 …), and must end
// with the units columns; a row is its number (1, 2, 3 in order, never a figure: 新建2家), its
// name up to the verb its words open with, its words up to a sentence's end, then — for each
// work the row lists — the person of a people column (a surname and one or two characters) and
// unit names told by how they end (局 办 委 中心 公司 街道 镇 …, run together: each the shortest
// piece that ends as a unit), up to the next row's number, or more words (a merged cell's other
// measures; words with no full stop end where a person and units run on to the next row's number).
// With 牵头单位 before 配合单位, the first unit of each work (and those a 、 joins to it) leads. A site's page
// marks 1、 2、 at the lines' starts (in order) and the header repeated at a page's top are no words;
// an excerpt's mark ends the table, and a row cut there keeps what it read. `before` receives the
// words before 序号 on the first line (the table's title). Returns the blocks it took, 0 when
// blocks[start] holds no such table (two rows at least).
size_t read_run_together_table(const std::vector<SourceBlock>& blocks, size_t start, Table& out, std::string* before);

}  // namespace plancheck
