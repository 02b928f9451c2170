// Tables drawn with horizontal rules only: the 三线表 (a rule above the header, one under it,
// one under the last row) and tables with a rule under every row but no column rules. No
// rule says where a column ends, so the columns are the gaps that run down through every
// word between the rules: a cell's text wraps inside its column, and columns are set apart
// by their padding. Rows are the bands between rules; a band with several rows in it (the
// body of a 三线表) is cut where a new cell starts in the first column.
//
// Pure geometry, like pdf_grid.h: rules and word boxes in, the same RuledTable out, so that
// source_pdf.cc puts each word in its cell as it does for a ruled grid.
#pragma once
#include <vector>

#include "pdf_grid.h"

namespace plancheck {

// A horizontal rule on the page, in points (y down).
struct HorizontalRule {
  double y = 0, x0 = 0, x1 = 0;
};

// The tables that rules of one extent (two or more, starting and ending within a few
// points of each other) enclose, when the words between them stand in two or more columns
// and at least two rows have words in two columns or more (a 抄送 / 印发 block between two
// rules is no table). `words` are all the words of the page.
std::vector<RuledTable> find_open_tables(const std::vector<HorizontalRule>& rules, const std::vector<TextBox>& words);

}  // namespace plancheck
