#include "pdf_grid.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

// A white page, 1 pixel per point, on which tests draw rules and strokes in black.
struct Page {
  int width, height;
  std::vector<unsigned char> pixels;
  Page(int w, int h) : width(w), height(h), pixels(static_cast<size_t>(w * h), 255) {}
  void ink(int x, int y) { pixels[static_cast<size_t>(y * width + x)] = 0; }
  void hline(int y, int x0, int x1) {
    for (int x = x0; x <= x1; ++x) ink(x, y);
  }
  void vline(int x, int y0, int y1) {
    for (int y = y0; y <= y1; ++y) ink(x, y);
  }
  void fill(int x0, int y0, int x1, int y1) {
    for (int y = y0; y <= y1; ++y) hline(y, x0, x1);
  }
  std::vector<RuledTable> tables(const std::vector<TextBox>& text = {}) const {
    return find_ruled_tables(GrayRaster{pixels.data(), width, height, width, 1.0}, text);
  }
};

// Rules at x = 50, 150, 350 and y = 100, 130, 200, 260: two columns, three rows.
Page two_by_three() {
  Page page(500, 400);
  for (int y : {100, 130, 200, 260}) page.hline(y, 50, 350);
  for (int x : {50, 150, 350}) page.vline(x, 100, 260);
  return page;
}

}  // namespace

TEST_CASE("pdf grid: rules make rows, columns and cells in page points", "[pdf_grid]") {
  Page page = two_by_three();
  std::vector<RuledTable> tables = page.tables();
  REQUIRE(tables.size() == 1);
  const RuledTable& t = tables[0];
  CHECK(t.rows == 3);
  CHECK(t.columns == 2);
  CHECK(t.x0 == Approx(50));
  CHECK(t.y1 == Approx(260));
  REQUIRE(t.cells.size() == 6);
  CHECK(t.cells[3].row == 1);
  CHECK(t.cells[3].column == 1);
  CHECK(t.cells[3].x0 == Approx(150));
  CHECK(t.cells[3].y0 == Approx(130));
  CHECK(t.cells[3].y1 == Approx(200));
}

TEST_CASE("pdf grid: a row without its inner rule is one cell spanning both columns", "[pdf_grid]") {
  Page page(500, 400);
  for (int y : {100, 130, 200, 260}) page.hline(y, 50, 350);
  page.vline(50, 100, 260);
  page.vline(350, 100, 260);
  page.vline(150, 100, 130);  // the header row is split
  page.vline(150, 200, 260);  // so is the last; the middle row is a section title across the table
  std::vector<RuledTable> tables = page.tables();
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0].cells.size() == 5);
  const RuledCell& title = tables[0].cells[2];
  CHECK(title.row == 1);
  CHECK(title.column_span == 2);
  CHECK(title.x1 == Approx(350));
}

TEST_CASE("pdf grid: a cell merged down two rows has a row span", "[pdf_grid]") {
  Page page = two_by_three();
  // Rub out the rule between rows 2 and 3 in the first column.
  for (int x = 51; x < 150; ++x) page.pixels[static_cast<size_t>(200 * page.width + x)] = 255;
  std::vector<RuledTable> tables = page.tables();
  REQUIRE(tables.size() == 1);
  const RuledCell& merged = tables[0].cells[2];
  CHECK(merged.row == 1);
  CHECK(merged.column == 0);
  CHECK(merged.row_span == 2);
  CHECK(merged.y1 == Approx(260));
}

TEST_CASE("pdf grid: a glyph's stroke inside a word's box is no column, even touching both borders", "[pdf_grid]") {
  Page page = two_by_three();
  // A tight row: 丨 at x = 100 runs from just under the rule above to just over the one below.
  page.vline(100, 132, 198);
  std::vector<TextBox> words = {{90, 131, 120, 199}};
  std::vector<RuledTable> tables = page.tables(words);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].columns == 2);
  // Without the word's box, the same stroke splits the row: which is why the box is given.
  CHECK(page.tables()[0].columns == 3);
}

TEST_CASE("pdf grid: a word box beside a border leaves the border a rule", "[pdf_grid]") {
  Page page = two_by_three();
  // Text set tight against the row's top and bottom rules and 3 points off the column rule.
  std::vector<TextBox> words = {{60, 130, 147, 200}, {153, 100, 300, 130}};
  std::vector<RuledTable> tables = page.tables(words);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 3);
  CHECK(tables[0].columns == 2);
}

TEST_CASE("pdf grid: no table from a filled block, a lone frame, or strokes that end in the air", "[pdf_grid]") {
  Page block(300, 300);
  block.fill(20, 20, 200, 200);  // a photo's dark area: thick, not a rule
  CHECK(block.tables().empty());

  Page frame(300, 300);  // one box around a paragraph: one cell, no table
  frame.hline(20, 20, 200);
  frame.hline(100, 20, 200);
  frame.vline(20, 20, 100);
  frame.vline(200, 20, 100);
  CHECK(frame.tables().empty());

  Page underline(300, 300);  // rules that do not meet: underlines and a margin bar
  underline.hline(50, 20, 200);
  underline.hline(80, 20, 200);
  underline.hline(110, 20, 200);
  underline.vline(250, 20, 200);
  CHECK(underline.tables().empty());
}

TEST_CASE("pdf grid: an empty or degenerate raster gives no table", "[pdf_grid]") {
  CHECK(find_ruled_tables(GrayRaster{}).empty());
  std::vector<unsigned char> one(1, 0);
  CHECK(find_ruled_tables(GrayRaster{one.data(), 1, 1, 1, 1.0}).empty());
}

TEST_CASE("pdf grid: a table ruled inside only (sides and bottom left open) is framed by its rules' ends", "[pdf_grid]") {
  // Word's 上框线 + 内部框线: a rule over the header and between the rows, column rules from
  // the top rule down to where the last row ends; no left, right or bottom side.
  Page page(500, 400);
  for (int y : {100, 130, 200}) page.hline(y, 50, 350);
  for (int x : {150, 250}) page.vline(x, 100, 260);
  std::vector<RuledTable> tables = page.tables();
  REQUIRE(tables.size() == 1);
  const RuledTable& t = tables[0];
  CHECK(t.rows == 3);
  CHECK(t.columns == 3);
  CHECK(t.x0 == Approx(50));
  CHECK(t.x1 == Approx(350));
  CHECK(t.y1 == Approx(260));
  REQUIRE(t.cells.size() == 9);
  CHECK(t.cells[8].x0 == Approx(250));
  CHECK(t.cells[8].y0 == Approx(200));

  SECTION("a column merged down in such a table is one cell") {
    Page merged(500, 400);
    merged.hline(100, 50, 350);
    merged.hline(130, 50, 350);
    merged.hline(200, 50, 250);  // no rule under the merged third column
    merged.hline(200, 252, 350);
    for (int x : {150, 250}) merged.vline(x, 100, 260);
    std::vector<RuledTable> m = merged.tables();
    REQUIRE(m.size() == 1);
    CHECK(m[0].rows == 3);
  }
}

TEST_CASE("pdf grid: rules of one width with no column rule between them are no table (a 版记's 抄送 lines)", "[pdf_grid]") {
  Page page(500, 400);
  for (int y : {300, 330, 360}) page.hline(y, 50, 350);
  CHECK(page.tables().empty());
  // A vertical stroke that does not start at the top rule (a 丨 in a line of text below) frames nothing.
  page.vline(200, 340, 390);
  CHECK(page.tables().empty());
}
