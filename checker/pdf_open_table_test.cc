#include "pdf_open_table.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

// A word `chars` characters of 10 points wide, set at line `y` (10 points high) from `x`.
TextBox word(double x, double y, int chars) { return {x, y, x + 10.0 * chars, y + 10}; }

// A 三线表 from x 50 to 450: rules at y 100 (top), 120 (under the header), 200 (bottom).
// Columns start at 55, 105 and 255; the third column's cells wrap over two lines.
std::vector<HorizontalRule> three_rules() { return {{100, 50, 450}, {120, 50, 450}, {200, 50, 450}}; }

std::vector<TextBox> three_line_words() {
  return {word(55, 105, 2), word(105, 105, 4), word(255, 105, 4),                         // the header
          word(55, 125, 1), word(105, 125, 6), word(255, 125, 19), word(255, 137, 5),   // row 1, top-aligned
          word(55, 152, 1), word(105, 152, 3), word(255, 152, 19), word(255, 164, 8)};  // row 2
}

int cell_at(const RuledTable& t, double x, double y) {
  for (size_t c = 0; c < t.cells.size(); ++c) {
    const RuledCell& cell = t.cells[c];
    if (x >= cell.x0 && x < cell.x1 && y >= cell.y0 && y < cell.y1) return cell.row * t.columns + cell.column;
  }
  return -1;
}

}  // namespace

TEST_CASE("open table: three rules, columns from the gaps, rows from the first column", "[pdf_grid]") {
  std::vector<TextBox> words = three_line_words();
  std::vector<RuledTable> tables = find_open_tables(three_rules(), words);
  REQUIRE(tables.size() == 1);
  const RuledTable& t = tables[0];
  CHECK(t.columns == 3);
  CHECK(t.rows == 3);  // the header, two rows
  CHECK(t.y0 == Approx(100));
  CHECK(t.y1 == Approx(200));
  // Each wrapped line falls in its row's cell, beside that row's number.
  CHECK(cell_at(t, 300, 142) == cell_at(t, 300, 130));
  CHECK(cell_at(t, 300, 142) == 1 * 3 + 2);
  CHECK(cell_at(t, 300, 169) == 2 * 3 + 2);
  CHECK(cell_at(t, 60, 157) == 2 * 3 + 0);
  CHECK(cell_at(t, 60, 110) == 0);
}

TEST_CASE("open table: cells centred in their rows are cut at the widest gap", "[pdf_grid]") {
  // Row 1's number and short cells sit in the middle of its two-line cell; so do row 2's.
  std::vector<TextBox> words = {word(55, 105, 2), word(105, 105, 4), word(255, 105, 4),
                                word(255, 124, 19), word(55, 130, 1), word(105, 130, 6), word(255, 136, 5),
                                word(255, 160, 19), word(55, 166, 1), word(105, 166, 3), word(255, 172, 8)};
  std::vector<RuledTable> tables = find_open_tables(three_rules(), words);
  REQUIRE(tables.size() == 1);
  const RuledTable& t = tables[0];
  REQUIRE(t.rows == 3);
  CHECK(cell_at(t, 300, 129) == 1 * 3 + 2);  // row 1's first line, above its number
  CHECK(cell_at(t, 300, 141) == 1 * 3 + 2);
  CHECK(cell_at(t, 300, 165) == 2 * 3 + 2);  // row 2's first line
  CHECK(cell_at(t, 60, 171) == 2 * 3 + 0);
}

TEST_CASE("open table: no table from rules around prose, a single column, or a 抄送 block", "[pdf_grid]") {
  // A paragraph between two rules: one column.
  CHECK(find_open_tables({{100, 50, 450}, {140, 50, 450}}, {word(50, 105, 40), word(50, 120, 30)}).empty());
  // 抄送 over 印发: only one line has two columns.
  CHECK(find_open_tables({{100, 50, 450}, {140, 50, 450}}, {word(55, 105, 12), word(55, 122, 10), word(350, 122, 9)}).empty());
  // A short rule (a signature line) is no table's.
  CHECK(find_open_tables({{100, 50, 120}, {140, 50, 120}}, {word(55, 105, 1), word(90, 105, 1), word(55, 120, 1), word(90, 120, 1)}).empty());
  // A line of text after the table that runs across its columns ends it: the table stays whole.
  std::vector<HorizontalRule> rules = three_rules();
  rules.push_back({230, 50, 450});
  std::vector<TextBox> words = three_line_words();
  words.push_back(word(55, 210, 30));
  std::vector<RuledTable> tables = find_open_tables(rules, words);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].y1 == Approx(200));
  CHECK(tables[0].columns == 3);
}
