// Ruled tables found in a rendered PDF page: the grid their border lines draw. A PDF's text
// layer knows nothing of tables, and in the narrow columns of a unit's 台账 every cell wraps
// over several lines, so cells cannot be told from the text's geometry alone; the rules a
// word processor draws around each cell can. source_pdf.cc renders a page (poppler's
// page_renderer, gray, no antialiasing), asks for the grid here, and puts each word in the
// cell its box falls in.
//
// Pure: a raster in, rectangles out (page points), so the tests draw their own grids.
#pragma once
#include <vector>

namespace plancheck {

struct RuledCell {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // page points, y down
  int row = 0, column = 0;                 // 0-based top-left grid position
  int row_span = 1, column_span = 1;       // a merged cell covers several grid positions
};

struct RuledTable {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the outer border, page points
  int rows = 0, columns = 0;               // grid positions (between adjacent rules)
  std::vector<RuledCell> cells;            // top to bottom, left to right by top-left position
};

// An 8-bit gray raster: 0 black .. 255 white, `stride` bytes per row, `scale` pixels per point.
struct GrayRaster {
  const unsigned char* pixels = nullptr;
  int width = 0, height = 0, stride = 0;
  double scale = 1;
};

// A word's box on the page, in points: ink inside it is a glyph's stroke, not a rule.
struct TextBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool row_number = false;  // the word is a number alone (1, 12, 3.): a row of a table starts there
};

// The tables drawn with rules on the page: every set of connected thin horizontal and vertical
// lines making at least two rows or two columns, each rule running from one rule across it to
// another. Cells that no rule separates are merged. Strokes inside the `text` boxes are not
// rules (丨 and 一 at 16 pt are longer than a narrow cell is wide); what is left of glyphs
// (a large 田 in a title) the caller drops by keeping only grids whose cells hold words.
// Horizontal rules that no grid takes may still enclose a table drawn without column rules
// (a 三线表): those come from pdf_open_table.h, in the same form, in page order with the rest.
std::vector<RuledTable> find_ruled_tables(const GrayRaster& raster, const std::vector<TextBox>& text = {});

}  // namespace plancheck
