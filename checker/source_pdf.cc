// PDF with a text layer (poppler-cpp). poppler gives word boxes in reading order; lines are
// rebuilt from the boxes' positions and paragraphs from the page's geometry — a gap larger than
// the usual line spacing, a first-line indent, a line that stops short of the right edge — not
// from the characters lines end with. Page headers, footers and page numbers at the top or
// bottom of the pages are dropped, and the spaces typesetting puts around CJK characters
// (2023 年 11 月) are taken out. poppler-data supplies the CID font maps.
//
// Tables: a page whose lines stand side by side is rendered, and a table drawn with rules
// (pdf_grid.h) takes the words inside each of its cells, however they wrap; the same table
// continued on the next page is one table. Tables without rules are found from the lines'
// positions (find_tables below).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "import_text.h"
#include "pdf_grid.h"
#include "pdf_open_table.h"
#include "plan_numbering.h"
#include "source_readers.h"
#include "utf32.h"

namespace plancheck {

namespace {

// More than any plan or report; a hostile file must not keep the reader busy for minutes.
constexpr int kMaxPages = 2000;
constexpr size_t kMaxWords = 2000000;

struct Word {
  std::string text;
  double x0, y0, x1, y1;
  bool space_after;
};

struct Line {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int page = 0;
  // The height of its longest word: the type it is set in, whatever a superscript mark beside
  // it (a footnote's number) adds to the line's box.
  double type_height = 0;
  size_t longest = 0;
  double height() const { return std::max(1.0, y1 - y0); }
};

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// Stands for an ideographic space typed between two words until close_cjk_spaces has taken
// out the spaces typesetting put in.
constexpr char kTypedSpace = '\x1F';

// Whether the gap between two words of a line, both of two or more Chinese characters at the
// gap, is a typed ideographic space (各乡镇　县财政局: a gap of half an em or more, where
// typesetting leaves none between Chinese characters). Letter-spaced words of one character
// (签　发　人, 通　知) are a heading's spacing, not a space between names.
bool typed_ideographic_space(const Word& before, const Word& after, double line_height) {
  if (after.x0 - before.x1 < 0.45 * line_height) return false;
  std::u32string a = to_u32(before.text), b = to_u32(after.text);
  return a.size() >= 2 && b.size() >= 2 && is_wide_char(a[a.size() - 1]) && is_wide_char(a[a.size() - 2]) &&
         is_wide_char(b[0]) && is_wide_char(b[1]);
}

// Words in poppler's reading order become lines: a word that overlaps the line vertically and
// stands to its right joins it.
std::vector<Line> page_lines(const std::vector<Word>& words, int page) {
  std::vector<Line> lines;
  const Word* previous = nullptr;
  for (const Word& w : words) {
    double h = std::max(1.0, w.y1 - w.y0);
    if (!lines.empty() && previous) {
      Line& line = lines.back();
      double overlap = std::min(line.y1, w.y1) - std::max(line.y0, w.y0);
      // A gap wider than a few characters separates table cells, not words.
      if (overlap > 0.5 * std::min(h, line.height()) && w.x0 >= line.x1 - 0.5 * h && w.x0 - line.x1 < 1.5 * h) {
        // Digits set letter-spaced (Word's 字符间距 加宽 on a date: 2 0 2 4 年 1 1 月) are one
        // number: a digit alone after a digit, closer than four tenths of the line's height
        // (a table's columns stand further apart), joins it without a space.
        const bool spaced_digits = w.text.size() == 1 && !previous->text.empty() &&
                                   std::isdigit(static_cast<unsigned char>(w.text[0])) &&
                                   std::isdigit(static_cast<unsigned char>(previous->text.back())) && w.x0 - line.x1 < 0.4 * h;
        if (typed_ideographic_space(*previous, w, line.height())) line.text += kTypedSpace;
        else if (!spaced_digits && (previous->space_after || w.x0 - line.x1 > 0.15 * h)) line.text += ' ';
        line.text += w.text;
        line.x1 = std::max(line.x1, w.x1);
        line.y0 = std::min(line.y0, w.y0);
        line.y1 = std::max(line.y1, w.y1);
        if (w.text.size() > line.longest) line.longest = w.text.size(), line.type_height = h;
        previous = &w;
        continue;
      }
    }
    Line line;
    line.text = w.text;
    line.x0 = w.x0;
    line.y0 = w.y0;
    line.x1 = w.x1;
    line.y1 = w.y1;
    line.page = page;
    line.longest = w.text.size();
    line.type_height = std::max(1.0, w.y1 - w.y0);
    lines.push_back(std::move(line));
    previous = &w;
  }
  for (Line& line : lines) {
    line.text = close_cjk_spaces(line.text);
    for (size_t at; (at = line.text.find(kTypedSpace)) != std::string::npos;) line.text.replace(at, 1, "\u3000");
  }
  lines.erase(std::remove_if(lines.begin(), lines.end(), [](const Line& l) { return l.text.empty(); }), lines.end());
  return lines;
}

// "- 3 -", "— 3 —", "3", "第 3 页", "第3页 共10页", "3/10", "Page 3".
bool is_page_number(const std::string& text) {
  std::string s;
  for (char c : text)
    if (c != ' ') s += c;
  auto strip = [&s](const char* mark) {
    size_t n = std::strlen(mark);
    bool changed = false;
    while (s.size() >= n && s.compare(0, n, mark) == 0) s.erase(0, n), changed = true;
    while (s.size() >= n && s.compare(s.size() - n, n, mark) == 0) s.erase(s.size() - n), changed = true;
    return changed;
  };
  for (bool again = true; again;) {
    again = false;
    for (const char* mark : {"-", "—", "–", "－", "‐", "·", "•"}) again = strip(mark) || again;
  }
  if (s.compare(0, 4, "Page") == 0 || s.compare(0, 4, "page") == 0) s.erase(0, 4);
  std::string digits;
  for (char c : s) digits += std::isdigit(static_cast<unsigned char>(c)) ? '#' : c;
  std::string collapsed;
  for (size_t i = 0; i < digits.size(); ++i)
    if (!(digits[i] == '#' && i > 0 && digits[i - 1] == '#')) collapsed += digits[i];
  return collapsed == "#" || collapsed == "第#页" || collapsed == "第#页共#页" || collapsed == "第#页，共#页" ||
         collapsed == "#/#" || collapsed == "共#页第#页";
}

// A line's text with its digits folded, to recognise a running header whose page number changes.
std::string folded(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += std::isdigit(static_cast<unsigned char>(c)) ? '#' : c;
  return out;
}

// No other line of the page shares this line's height on the page.
bool alone(const std::vector<Line>& page, const Line& line) {
  for (const Line& other : page)
    if (&other != &line && std::min(other.y1, line.y1) - std::max(other.y0, line.y0) > 0) return false;
  return true;
}

void drop_running_lines(std::vector<std::vector<Line>>& pages, const std::vector<double>& heights, int* dropped) {
  auto in_margin = [&](const Line& l, double zone) {
    double h = heights[l.page - 1];
    return l.y1 < h * zone || l.y0 > h * (1 - zone);
  };
  std::map<std::string, int> seen;  // folded margin text → pages it appears on
  for (const auto& page : pages) {
    std::map<std::string, bool> here;
    for (const Line& l : page)
      if (in_margin(l, 0.1)) here[folded(l.text)] = true;
    for (const auto& entry : here) ++seen[entry.first];
  }
  const int repeat = std::max(2, static_cast<int>(pages.size() + 1) / 2);
  for (auto& page : pages) {
    std::vector<Line> kept;
    for (const Line& l : page) {
      // A page number or running header stands alone on its line (a table's 序号 cell does not).
      bool drop = alone(page, l) && ((in_margin(l, 0.15) && is_page_number(l.text)) ||
                                     (pages.size() >= 2 && in_margin(l, 0.1) && seen[folded(l.text)] >= repeat));
      if (drop) ++*dropped;
      else kept.push_back(l);
    }
    page = std::move(kept);
  }
}

double median(std::vector<double> v, double fallback) {
  if (v.empty()) return fallback;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

// Whether a page's words read as no text at all: a CJK font embedded without its ToUnicode map
// gives poppler glyph numbers, not characters (!"#$%&'()#*+343567;<=…, private-use characters,
// U+FFFD). At least 20 characters, under 2% ideographs, and a fifth or more of them ASCII
// punctuation a text seldom uses, private-use characters, U+FFFD or control characters. A page
// of figures (12.5%, 2023-11-30, (一)) or of English keeps its punctuation under that. One pass
// over the page's characters.
bool garbled_page(const std::vector<Word>& words) {
  size_t total = 0, ideographs = 0, odd = 0;
  for (const Word& w : words)
    for (char32_t c : to_u32(w.text)) {
      if (c == U' ' || c == U'\u3000') continue;
      ++total;
      if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) ++ideographs;
      else if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c < 0x20 ||
               (c < 0x80 && !std::isalnum(static_cast<int>(c)) && !std::strchr(".,%()-/:;", static_cast<int>(c))))
        ++odd;
    }
  return total >= 20 && ideographs * 50 < total && odd * 5 >= total;
}

// A footnote's opening: its number as Word and WPS set it (1, 12, ①, *, [1], 〔1〕) before the
// note's words. An item number (1. 1、 1）) is no footnote's.
bool opens_footnote(const std::string& text) {
  static const char* const kMarks[] = {"*", "＊", "※", "[", "［", "〔"};
  for (const char* mark : kMarks)
    if (text.compare(0, std::strlen(mark), mark) == 0) return true;
  std::u32string u = to_u32(text.substr(0, 16));
  if (u.empty()) return false;
  if (u[0] >= U'\u2460' && u[0] <= U'\u2473') return true;  // ① … ⑳
  size_t digits = 0;
  while (digits < u.size() && digits < 3 && u[digits] >= U'0' && u[digits] <= U'9') ++digits;
  if (digits == 0 || digits >= u.size()) return digits > 0;
  const char32_t next = u[digits];
  return !(next == U'.' || next == U'．' || next == U'、' || next == U')' || next == U'）' || next == U'%' ||
           next == U'％' || (next >= U'0' && next <= U'9') || next == U'年' || next == U'月' || next == U'日' ||
           next == U'-' || next == U'/' || next == U':' || next == U'：');
}

// Footnotes: Word and WPS set a page's notes at the foot of its text, below the body, in type
// smaller than the body's (10.5 pt under 16 pt), the first opening with its number. The
// lowest lines of a page, each alone on its height (no cells beside it), all smaller than
// four fifths of the body's usual line, the first of them opening a footnote, in the page's
// lower half, are dropped: a sentence running on to the next page must not take the note in.
// A last line in body type, or small type that opens with no footnote number (a 版记 in 4号),
// or a table's rows in small type (cells side by side), stays. One sort per page.
void drop_footnotes(std::vector<std::vector<Line>>& pages, const std::vector<double>& heights, int* dropped) {
  std::vector<double> all;
  for (const auto& page : pages)
    for (const Line& l : page) all.push_back(l.type_height);
  const double body = median(all, 0);
  if (body <= 0) return;
  for (auto& page : pages) {
    if (page.size() < 2) continue;
    std::vector<size_t> order(page.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return page[a].y0 < page[b].y0; });
    size_t first = order.size();
    while (first > 0) {
      const Line& l = page[order[first - 1]];
      if (l.type_height > 0.8 * body || !alone(page, l)) break;
      --first;
    }
    if (first == order.size() || first == 0) continue;  // no small lines at the foot, or nothing but
    const Line& top = page[order[first]];
    const double page_height = heights[static_cast<size_t>(top.page - 1)];
    if (top.y0 < 0.5 * page_height || !opens_footnote(trim_spaces(top.text))) continue;
    std::vector<bool> note(page.size(), false);
    for (size_t k = first; k < order.size(); ++k) note[order[k]] = true;
    std::vector<Line> kept;
    for (size_t i = 0; i < page.size(); ++i)
      if (note[i]) ++*dropped;
      else kept.push_back(std::move(page[i]));
    page = std::move(kept);
  }
}

// The last code point of a line (spaces aside), decoded.
char32_t last_code_point(const std::string& s) {
  size_t end = s.find_last_not_of(' ');
  if (end == std::string::npos) return 0;
  size_t start = end;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::u32string u = to_u32(std::string_view(s).substr(start, end - start + 1));
  return u.empty() ? 0 : u.back();
}

// The first and last code points of a line, to decide whether joining lines needs a space.
char32_t first_char(const std::string& s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c;
  return 0x4E00;  // any multi-byte start counts as wide enough not to need a space
}

char32_t last_char(const std::string& s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s.back());
  return c < 0x80 ? c : 0x4E00;
}

bool latin_word_char(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); }

// Joins a line to the text it continues: a space only between two Latin words (CJK lines
// break anywhere, and a space there would split a word in two).
void append_line(std::string& text, const std::string& line) {
  if (!text.empty() && latin_word_char(last_char(text)) && latin_word_char(first_char(line))) text += ' ';
  text += line;
}


// A table on a page: the lines inside it, as rows of cells. poppler reads a table column by
// column; a person reads it row by row, a cell at a time.
struct PageTable {
  double top = 0, bottom = 0;
  std::vector<size_t> lines;  // indexes into the page's lines
  SourceTable table;
};

bool overlaps_vertically(const Line& a, const Line& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > 0.5 * std::min(a.height(), b.height());
}

bool apart_horizontally(const Line& a, const Line& b) { return a.x1 <= b.x0 + 1 || b.x1 <= a.x0 + 1; }

// Regions of the page where lines stand side by side (cells of one row), grouped into cells
// (lines of one column that follow closely), rows (cells that overlap vertically) and columns.
std::vector<PageTable> find_tables(const std::vector<Line>& page) {
  std::vector<PageTable> tables;
  if (page.size() > 3000) return tables;  // quadratic below; no real page has this many lines
  std::vector<size_t> side_by_side;
  for (size_t i = 0; i < page.size(); ++i)
    for (size_t j = 0; j < page.size(); ++j)
      if (i != j && overlaps_vertically(page[i], page[j]) && apart_horizontally(page[i], page[j])) {
        side_by_side.push_back(i);
        break;
      }
  std::sort(side_by_side.begin(), side_by_side.end(), [&](size_t a, size_t b) { return page[a].y0 < page[b].y0; });
  std::vector<std::pair<double, double>> zones;
  for (size_t i : side_by_side) {
    const Line& l = page[i];
    if (!zones.empty() && l.y0 < zones.back().second + 3 * l.height())
      zones.back().second = std::max(zones.back().second, l.y1);
    else
      zones.push_back({l.y0, l.y1});
  }
  std::vector<bool> used(page.size(), false);
  for (const auto& zone : zones) {
    PageTable t;
    t.top = zone.first;
    t.bottom = zone.second;
    for (size_t i = 0; i < page.size(); ++i) {
      double middle = (page[i].y0 + page[i].y1) / 2;
      if (!used[i] && middle >= zone.first && middle <= zone.second) t.lines.push_back(i);
    }
    // Cells: lines of one column, each just below the last.
    struct Cell {
      double x0, x1, y0, y1;
      std::vector<size_t> lines;
    };
    std::vector<Cell> cells;
    std::vector<size_t> order = t.lines;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return page[a].y0 < page[b].y0; });
    const size_t n = order.size();
    auto x_overlap = [&](const Line& a, const Line& b) { return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > 0; };
    // above[k]: the line just above order[k] in its column; continues[k]: order[k] carries on
    // that line's cell, because the line above is close and runs to its column's right edge.
    std::vector<int> above(n, -1);
    std::vector<bool> continues(n, false);
    for (size_t k = 0; k < n; ++k) {
      const Line& l = page[order[k]];
      for (size_t m = 0; m < k; ++m) {
        const Line& p = page[order[m]];
        if (x_overlap(p, l) && p.y1 <= l.y0 + 0.5 * l.height()) above[k] = static_cast<int>(m);
      }
      if (above[k] < 0) continue;
      const Line& p = page[order[above[k]]];
      double right = p.x1;
      for (size_t m = 0; m < n; ++m)
        if (std::fabs(page[order[m]].x0 - p.x0) < 1.5 * p.height()) right = std::max(right, page[order[m]].x1);
      continues[k] = l.y0 - p.y1 < 0.6 * l.height() && p.x1 >= right - 0.6 * p.height();
    }
    // A line also starts a cell when a line of another column starting a cell sits at its height.
    std::vector<int> cell_of(n, -1);
    for (size_t k = 0; k < n; ++k) {
      bool starts = !continues[k];
      for (size_t m = 0; m < n && !starts; ++m)
        if (m != k && !continues[m] && std::fabs(page[order[m]].y0 - page[order[k]].y0) < 0.3 * page[order[k]].height() &&
            !x_overlap(page[order[m]], page[order[k]]))
          starts = true;
      if (starts) {
        cell_of[k] = static_cast<int>(cells.size());
        const Line& l = page[order[k]];
        cells.push_back({l.x0, l.x1, l.y0, l.y1, {order[k]}});
      } else {
        cell_of[k] = cell_of[above[k]];
        Cell& c = cells[cell_of[k]];
        const Line& l = page[order[k]];
        c.x0 = std::min(c.x0, l.x0);
        c.x1 = std::max(c.x1, l.x1);
        c.y1 = std::max(c.y1, l.y1);
        c.lines.push_back(order[k]);
      }
    }
    // Rows: cells that overlap vertically, top to bottom.
    std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.y0 < b.y0; });
    std::vector<std::vector<Cell>> rows;
    double row_bottom = -1e9;
    for (Cell& c : cells) {
      // Boxes of neighbouring rows may touch: set tight, a glyph box is taller than the line pitch.
      if (rows.empty() || c.y0 >= row_bottom - 0.3 * page[c.lines.front()].height()) {
        rows.emplace_back();
        row_bottom = c.y1;
      } else {
        row_bottom = std::max(row_bottom, c.y1);
      }
      rows.back().push_back(std::move(c));
    }
    size_t widest = 0;
    for (const auto& row : rows) widest = std::max(widest, row.size());
    if (rows.size() < 2 || widest < 2) continue;  // not a table: leave the lines to the text
    // Columns: the distinct left edges of the cells, left to right.
    std::vector<double> edges;
    for (const auto& row : rows)
      for (const Cell& c : row) edges.push_back(c.x0);
    std::sort(edges.begin(), edges.end());
    std::vector<double> columns;
    for (double x : edges)
      if (columns.empty() || x - columns.back() > 8) columns.push_back(x);
    for (auto& row : rows) {
      std::sort(row.begin(), row.end(), [](const Cell& a, const Cell& b) { return a.x0 < b.x0; });
      std::vector<SourceCell> out_row;
      for (const Cell& c : row) {
        SourceCell cell;
        for (size_t i : c.lines) append_line(cell.text, page[i].text);
        cell.column = 1 + static_cast<int>(std::upper_bound(columns.begin(), columns.end(), c.x0 + 8) - columns.begin()) - 1;
        out_row.push_back(std::move(cell));
      }
      t.table.rows.push_back(std::move(out_row));
    }
    for (size_t i : t.lines) used[i] = true;
    tables.push_back(std::move(t));
  }
  return tables;
}

// Whether any two lines of the page stand side by side: a table may be there.
bool has_side_by_side(const std::vector<Line>& page) {
  if (page.size() > 3000) return false;
  for (size_t i = 0; i < page.size(); ++i)
    for (size_t j = i + 1; j < page.size(); ++j)
      if (overlaps_vertically(page[i], page[j]) && apart_horizontally(page[i], page[j])) return true;
  return false;
}

constexpr double kRenderDpi = 100;  // rules of 0.5 pt still show; an A4 page is 827 x 1169 pixels
constexpr double kMaxRenderPixels = 16e6;  // A3 at 100 dpi is 2.7 million

// A word that is a number alone: 1, 12, 3., ４、 — a 序号 cell.
bool is_row_number(const std::string& text) {
  std::u32string s = to_u32(trim_spaces(text));
  size_t digits = 0;
  while (digits < s.size() && ((s[digits] >= U'0' && s[digits] <= U'9') || (s[digits] >= U'０' && s[digits] <= U'９'))) ++digits;
  if (digits == 0 || digits > 3) return false;
  return digits == s.size() || (digits + 1 == s.size() && std::u32string_view(U".．、").find(s[digits]) != std::u32string_view::npos);
}

// The table a grid makes of the page's words: each cell holds the words whose middle falls
// in it (`taken` ones excepted; `claimed` gets those it holds). None when its cells hold
// fewer than two words' worth of text: a large 田 in a title.
std::optional<PageTable> fill_grid(const RuledTable& grid, const std::vector<Word>& words, const std::vector<bool>& taken,
                                   int page_number, std::vector<size_t>* claimed) {
  std::vector<std::vector<Word>> in_cell(grid.cells.size());
  for (size_t w = 0; w < words.size(); ++w) {
    if (taken[w]) continue;
    double x = (words[w].x0 + words[w].x1) / 2, y = (words[w].y0 + words[w].y1) / 2;
    for (size_t c = 0; c < grid.cells.size(); ++c) {
      const RuledCell& cell = grid.cells[c];
      if (x >= cell.x0 && x < cell.x1 && y >= cell.y0 && y < cell.y1) {
        in_cell[c].push_back(words[w]);
        claimed->push_back(w);
        break;
      }
    }
  }
  size_t cells_with_words = 0;
  for (const auto& cell_words : in_cell) cells_with_words += !cell_words.empty();
  if (cells_with_words < 2) return std::nullopt;
  PageTable table;
  table.top = grid.y0;
  table.bottom = grid.y1;
  std::vector<std::vector<SourceCell>> rows(static_cast<size_t>(grid.rows));
  for (size_t c = 0; c < grid.cells.size(); ++c) {
    const RuledCell& cell = grid.cells[c];
    std::vector<Line> lines = page_lines(in_cell[c], page_number);
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
      return a.y1 <= b.y0 + 0.3 * a.height() ? true : (b.y1 <= a.y0 + 0.3 * b.height() ? false : a.x0 < b.x0);
    });
    SourceCell out_cell;
    for (const Line& line : lines) append_line(out_cell.text, line.text);
    out_cell.column = cell.column + 1;
    out_cell.span = cell.column_span;
    for (int r = cell.row; r < cell.row + cell.row_span && r < grid.rows; ++r) {
      rows[static_cast<size_t>(r)].push_back(out_cell);
      out_cell.continued = true;  // the rows below a merged cell repeat it, as Word's vMerge reads
    }
  }
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [](const SourceCell& a, const SourceCell& b) { return a.column < b.column; });
    bool any_text = false;
    for (const SourceCell& cell : row) any_text = any_text || (!cell.continued && !trim_spaces(cell.text).empty());
    if (!any_text) continue;
    table.table.rows.push_back(std::move(row));
    table.table.row_pages.push_back(page_number);
  }
  return table;
}

// A table of lines found without rules (find_tables), read again from its words as a table
// set between rules at its top and bottom would be (pdf_open_table.h): lines that poppler
// runs together across columns (1改造老旧市住建已完成…) come apart at the gaps between the
// columns. None when its words stand in no columns that way; find_tables' reading stays.
std::optional<SourceTable> reread_by_columns(const PageTable& zone, const std::vector<Word>& words, int page_number) {
  std::vector<TextBox> boxes;
  std::vector<Word> inside;
  double x0 = 1e9, x1 = -1e9;
  for (const Word& w : words) {
    double y = (w.y0 + w.y1) / 2;
    if (y < zone.top - 1 || y > zone.bottom + 1) continue;
    inside.push_back(w);
    boxes.push_back({w.x0, w.y0, w.x1, w.y1, is_row_number(w.text)});
    x0 = std::min(x0, w.x0), x1 = std::max(x1, w.x1);
  }
  std::vector<HorizontalRule> edges = {{zone.top - 2, x0 - 2, x1 + 2}, {zone.bottom + 2, x0 - 2, x1 + 2}};
  std::vector<RuledTable> grids = find_open_tables(edges, boxes);
  if (grids.size() != 1) return std::nullopt;
  std::vector<size_t> claimed;
  std::optional<PageTable> table = fill_grid(grids[0], inside, std::vector<bool>(inside.size(), false), page_number, &claimed);
  if (!table || claimed.size() != inside.size()) return std::nullopt;
  return std::move(table->table);
}

// The tables drawn with rules on `page`, each cell holding the words whose middle falls in
// it; the words taken are removed from `words`. A grid whose cells hold fewer than two
// words' worth of text is no table (a large 田 in a title).
std::vector<PageTable> ruled_tables(const poppler::page& page, std::vector<Word>& words, int page_number) {
  std::vector<PageTable> out;
  poppler::page_renderer renderer;
  renderer.set_render_hints(0);  // no antialiasing: rules are solid pixels
  renderer.set_image_format(poppler::image::format_gray8);
  // A page of any size is rendered within kMaxRenderPixels (a hostile MediaBox of 14400 pt
  // square would be 400 MB); too coarse to show a rule, it is not rendered.
  poppler::rectf rect = page.page_rect(poppler::media_box);
  double area = std::max(1.0, rect.width() * rect.height());
  double dpi = std::min(kRenderDpi, 72.0 * std::sqrt(kMaxRenderPixels / area));
  if (dpi < 50) return out;
  poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid() || image.format() != poppler::image::format_gray8) return out;
  GrayRaster raster;
  raster.pixels = reinterpret_cast<const unsigned char*>(image.const_data());
  raster.width = image.width();
  raster.height = image.height();
  raster.stride = image.bytes_per_row();
  raster.scale = dpi / 72.0;
  std::vector<bool> taken(words.size(), false);
  std::vector<TextBox> boxes;
  for (const Word& w : words) boxes.push_back({w.x0, w.y0, w.x1, w.y1, is_row_number(w.text)});
  for (const RuledTable& grid : find_ruled_tables(raster, boxes)) {
    std::vector<size_t> claimed;
    std::optional<PageTable> table = fill_grid(grid, words, taken, page_number, &claimed);
    if (!table) continue;
    for (size_t w : claimed) taken[w] = true;
    out.push_back(std::move(*table));
  }
  std::vector<Word> rest;
  for (size_t w = 0; w < words.size(); ++w)
    if (!taken[w]) rest.push_back(std::move(words[w]));
  words = std::move(rest);
  return out;
}

std::vector<std::string> row_texts(const std::vector<SourceCell>& row) {
  std::vector<std::string> texts;
  for (const SourceCell& cell : row) texts.push_back(trim_spaces(cell.text));
  return texts;
}

// Adds `next`, the table that opens a page, to `previous`, the table that closed the page
// before, when it continues it: as many grid columns. A header row repeated at the top of
// the page is dropped; a first row with nothing in its first column while the table's rows
// are numbered is the rest of the row the page break cut.
bool continue_table(SourceTable& previous, SourceTable& next) {
  if (previous.rows.empty() || next.rows.empty()) return false;
  auto widest = [](const SourceTable& t) {
    int w = 0;
    for (const auto& row : t.rows) w = std::max(w, row_width(row));
    return w;
  };
  if (widest(previous) != widest(next)) return false;
  size_t from = 0;
  if (row_texts(next.rows.front()) == row_texts(previous.rows.front())) from = 1;
  auto first_column = [](const std::vector<SourceCell>& row) {
    for (const SourceCell& cell : row)
      if (cell.column == 1) return trim_spaces(cell.text);
    return std::string();
  };
  if (from < next.rows.size() && first_column(next.rows[from]).empty() && previous.rows.size() > 1 &&
      !first_column(previous.rows.back()).empty()) {
    std::vector<SourceCell>& cut = previous.rows.back();
    for (const SourceCell& cell : next.rows[from]) {
      if (trim_spaces(cell.text).empty()) continue;
      auto same = std::find_if(cut.begin(), cut.end(), [&](const SourceCell& c) { return c.column == cell.column; });
      if (same != cut.end()) same->text += cell.text;
      else cut.push_back(cell);
    }
    std::sort(cut.begin(), cut.end(), [](const SourceCell& a, const SourceCell& b) { return a.column < b.column; });
    ++from;
  }
  // A cell merged down (vMerge) across the page break prints its text on the page it starts on
  // only: the first row of the next page, a row of its own (its first column filled), finds
  // that column blank. It takes the text above when the cell above continues a merge (spans
  // two rows or more down to the page's foot) and the column is filled in every other row of
  // the table (a column left blank somewhere, a 备注, may be blank here too).
  if (from < next.rows.size() && !first_column(next.rows[from]).empty() && previous.rows.size() > 1) {
    const std::vector<SourceCell>& above = previous.rows.back();
    for (SourceCell& cell : next.rows[from]) {
      if (cell.column <= 1 || !trim_spaces(cell.text).empty()) continue;
      auto up = std::find_if(above.begin(), above.end(), [&](const SourceCell& c) { return c.column == cell.column; });
      // The cell above must itself continue a merge (the merged cell reaches the page's foot
      // over two rows or more): a cell of one row above a blank one is no sign of a merge.
      if (up == above.end() || !up->continued || trim_spaces(up->text).empty()) continue;
      auto filled = [&](const std::vector<SourceCell>& row) {
        return std::any_of(row.begin(), row.end(), [&](const SourceCell& c) {
          return c.column <= cell.column && cell.column < c.column + std::max(1, c.span) && !trim_spaces(c.text).empty();
        });
      };
      bool always = true;
      for (size_t r = 1; r < previous.rows.size() && always; ++r) always = filled(previous.rows[r]);
      for (size_t r = from + 1; r < next.rows.size() && always; ++r) always = filled(next.rows[r]) || row_width(next.rows[r]) <= 1;
      if (!always) continue;
      cell.text = up->text;
      cell.continued = true;
    }
  }
  for (size_t r = from; r < next.rows.size(); ++r) {
    previous.rows.push_back(std::move(next.rows[r]));
    if (r < next.row_pages.size()) previous.row_pages.push_back(next.row_pages[r]);
  }
  previous.row_pages.resize(previous.rows.size(), previous.row_pages.empty() ? 0 : previous.row_pages.back());
  return true;
}

}  // namespace

bool read_pdf_source(std::string_view bytes, const std::string& name, const SourceReadOptions& options,
                     SourceDocument* out, SourceReadError* error) {
  (void)options;
  silence_poppler();
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    *error = {"PDF 文件过大", "the PDF is too large"};
    return false;
  }
  try {
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!pdf) {
      *error = {"无法读取 PDF：文件已损坏或不是 PDF", "cannot read the PDF: the file is damaged or not a PDF"};
      return false;
    }
    if (pdf->is_locked()) {
      *error = {"PDF 已加密（需要打开密码），请提供未加密的 PDF 或 Word 文件",
                "the PDF is encrypted (it needs a password to open); provide an unencrypted PDF or a Word file"};
      return false;
    }
    const int page_count = pdf->pages();
    if (page_count > kMaxPages) {
      *error = {"PDF 页数过多（" + std::to_string(page_count) + " 页，最多 " + std::to_string(kMaxPages) + " 页）",
                "the PDF has too many pages (" + std::to_string(page_count) + ", at most " + std::to_string(kMaxPages) + ")"};
      return false;
    }
    std::vector<std::vector<Line>> pages;
    std::vector<std::vector<PageTable>> ruled;  // per page
    std::vector<std::vector<Word>> page_words;  // per page: the words no ruled table took
    std::vector<double> heights;
    // The usual distance from one line's top to the next one's, by the lines' height: a table
    // in small type must not make every line of the body text a paragraph. Lines in tables
    // count (a wrapped cell is set like a paragraph).
    std::vector<std::pair<double, double>> pitches;  // (height, pitch)
    size_t total_words = 0;
    std::vector<int> garbled;  // pages whose text layer reads as glyph numbers
    for (int i = 0; i < page_count; ++i) {
      std::unique_ptr<poppler::page> page(pdf->create_page(i));
      std::vector<Word> words;
      double height = 842;
      if (page) {
        poppler::rectf rect = page->page_rect(poppler::media_box);
        if (rect.height() > 1) height = rect.height();
        for (const poppler::text_box& box : page->text_list()) {
          if (++total_words > kMaxWords) {
            *error = {"PDF 的文字过多（超过 " + std::to_string(kMaxWords) + " 个词）",
                      "the PDF holds too much text (over " + std::to_string(kMaxWords) + " words)"};
            return false;
          }
          poppler::rectf r = box.bbox();
          words.push_back({utf8(box.text()), r.left(), r.top(), r.right(), r.bottom(), box.has_space_after()});
        }
      }
      if (garbled_page(words)) garbled.push_back(i + 1);
      std::vector<PageTable> tables;
      std::vector<Line> all_lines = page_lines(words, i + 1);
      for (size_t k = 1; k < all_lines.size(); ++k) {
        double pitch = all_lines[k].y0 - all_lines[k - 1].y0;
        if (pitch > 0 && pitch < 3 * all_lines[k].height()) pitches.push_back({all_lines[k].height(), pitch});
      }
      if (page && has_side_by_side(all_lines)) tables = ruled_tables(*page, words, i + 1);
      // The lines again only when a ruled table took some of the words.
      pages.push_back(tables.empty() ? std::move(all_lines) : page_lines(words, i + 1));
      page_words.push_back(std::move(words));
      ruled.push_back(std::move(tables));
      heights.push_back(height);
    }
    if (total_words == 0) {
      *error = {"PDF 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 文件",
                "the PDF has no text layer (probably a scan); provide a PDF with selectable text or a Word file"};
      return false;
    }
    if (!garbled.empty()) {
      std::string pages_zh, pages_en;
      for (size_t k = 0; k < garbled.size() && k < 5; ++k) {
        pages_zh += (k ? "、" : "") + std::to_string(garbled[k]);
        pages_en += (k ? ", " : "") + std::to_string(garbled[k]);
      }
      if (garbled.size() > 5) pages_zh += " 等 " + std::to_string(garbled.size()) + " 页", pages_en += "… (" + std::to_string(garbled.size()) + " pages)";
      *error = {"PDF 第 " + pages_zh + " 页的文字读不出来：字体没有 Unicode 映射（ToUnicode），文字层是乱码；请提供 Word 文件，或重新导出 PDF",
                "the text of PDF page " + pages_en + " cannot be read: its font has no Unicode map (ToUnicode), the text layer is garbage; "
                "provide the Word file or export the PDF again"};
      return false;
    }
    int dropped = 0, footnotes = 0;
    drop_running_lines(pages, heights, &dropped);
    drop_footnotes(pages, heights, &footnotes);

    std::vector<double> all_pitches;
    for (const auto& [height, pitch] : pitches) all_pitches.push_back(pitch);
    const double document_pitch = median(all_pitches, 0);
    std::map<int, double> pitch_by_height;  // by height in half points
    auto usual_pitch_for = [&](double h) {
      int key = static_cast<int>(std::lround(2 * h));
      auto known = pitch_by_height.find(key);
      if (known != pitch_by_height.end()) return known->second;
      std::vector<double> alike;
      for (const auto& [height, pitch] : pitches)
        if (std::fabs(height - h) <= 0.15 * h) alike.push_back(pitch);
      double usual = alike.size() >= 3 ? median(alike, 0) : document_pitch;
      pitch_by_height[key] = usual;
      return usual;
    };

    // The usual right edge of the text: three lines in four end before it.
    std::vector<double> ends;
    for (const auto& page : pages)
      for (const Line& line : page) ends.push_back(line.x1);
    std::sort(ends.begin(), ends.end());
    const double text_right = ends.empty() ? 0 : ends[ends.size() * 3 / 4];

    SourceDocument doc;
    doc.path = name;
    doc.format = SourceFormat::Pdf;
    int paragraphs = 0, table_count = 0;
    const Line* previous = nullptr;
    double previous_right = 0, previous_left = 0;
    double paragraph_x0 = 0;  // where the current paragraph's first line starts
    bool previous_is_first = false;  // `previous` is its paragraph's first line
    for (size_t page_index = 0; page_index < pages.size(); ++page_index) {
      const std::vector<Line>& page = pages[page_index];
      // Ruled tables (their words are out of `page`) and tables of lines, top to bottom.
      std::vector<PageTable> tables = std::move(ruled[page_index]);
      for (PageTable& t : find_tables(page)) {
        if (auto columns = reread_by_columns(t, page_words[page_index], static_cast<int>(page_index) + 1)) t.table = std::move(*columns);
        tables.push_back(std::move(t));
      }
      std::stable_sort(tables.begin(), tables.end(), [](const PageTable& a, const PageTable& b) { return a.top < b.top; });
      bool page_started = false;  // a paragraph or table of this page is out
      std::vector<int> table_of(page.size(), -1);
      for (size_t t = 0; t < tables.size(); ++t)
        for (size_t i : tables[t].lines) table_of[i] = static_cast<int>(t);
      std::vector<bool> emitted(tables.size(), false);
      auto emit_table = [&](size_t t) {
        if (emitted[t]) return;
        emitted[t] = true;
        const bool opens_page = !page_started;
        page_started = true;
        previous = nullptr;
        if (opens_page && !doc.blocks.empty() && doc.blocks.back().kind == SourceBlock::Kind::Table &&
            continue_table(doc.blocks.back().table, tables[t].table))
          return;
        SourceBlock block;
        block.kind = SourceBlock::Kind::Table;
        block.table = std::move(tables[t].table);
        block.place.page = static_cast<int>(page_index) + 1;
        block.place.table = ++table_count;
        doc.blocks.push_back(std::move(block));
        previous = nullptr;  // what follows a table starts a paragraph
      };
      for (size_t i = 0; i < page.size(); ++i) {
        const Line& line = page[i];
        if (table_of[i] >= 0) continue;
        // A table above this line comes first.
        for (size_t t = 0; t < tables.size(); ++t)
          if (!emitted[t] && tables[t].bottom <= line.y0 + 1) emit_table(t);
        const double h = line.height();
        // The right edge of the text column this line belongs to: lines that start near it.
        // Its left edge: where the lines that reach across this line's start begin.
        double right = line.x1, left = line.x0;
        for (size_t k = i >= 200 ? i - 200 : 0; k < page.size() && k < i + 200; ++k) {  // bounded for huge pages
          const Line& other = page[k];
          if (table_of[k] >= 0) continue;
          if (std::fabs(other.x0 - line.x0) < 2.5 * h || (other.x0 < line.x0 && other.x1 > line.x0)) right = std::max(right, other.x1);
          if (other.x0 < left && other.x1 > line.x0) left = other.x0;
        }
        // A heading alone at the foot of a page (its paragraph on the next) has no neighbour
        // to show the column's edge: the document's usual right edge does.
        if (line.x0 < text_right) right = std::max(right, text_right);
        bool starts = previous == nullptr;
        if (!starts) {
          const double ph = previous->height();
          // Short by more than line breaking leaves: punctuation that may not start a line
          // (。，”) takes a character or two with it to the next line.
          bool short_previous = previous->x1 < previous_right - 3 * ph;
          const bool same_type = std::fabs(h - ph) <= 0.1 * ph;
          // A line broken mid-sentence (Shift+Enter in Word, a text pasted with the lines of the
          // print it came from: …对公用事业、港 / 口 / 物流等领域…) stops short too, but the
          // sentence goes on: the short line ends on a mark that holds a clause open (、，（“《),
          // or — not a heading (a first line short of two thirds of the column), ending on no
          // mark that closes a sentence, a heading or a clause (。；：！？）”》】) — the next line
          // starts at the column's left edge in the same type. An indented next line, an item
          // number, or another size still start a paragraph.
          if (short_previous && same_type && std::fabs(line.x0 - previous_left) < 0.5 * h) {
            const char32_t end = last_code_point(previous->text);
            const bool holds_open = end == U'、' || end == U'，' || end == U',' || end == U'（' || end == U'(' ||
                                    end == U'“' || end == U'《';
            const bool closes = std::u32string_view(U"。；：！？.;:!?）)”\"》】」』").find(end) != std::u32string_view::npos;
            // A first line that fills two thirds of the column is no heading's.
            const bool heading_like = previous_is_first && previous->x1 - previous_left < 0.66 * (previous_right - previous_left);
            if (holds_open || (!heading_like && !closes)) short_previous = false;
          }
          // The last line of a centred paragraph (a title of two lines, 22 pt over 16 pt text)
          // stands in the middle of the column under a line that filled it, in the same type,
          // in a paragraph whose lines all start at the column's edge: it continues the title.
          const bool centred_end = same_type && previous->x1 >= previous_right - ph &&
                                   std::fabs(previous->x0 - paragraph_x0) < 0.5 * ph && previous->x0 < previous_left + 0.5 * ph &&
                                   std::fabs((line.x0 + line.x1) / 2 - (previous->x0 + previous_right) / 2) < 0.6 * h &&
                                   (read_item_number(line.text).style == NumberStyle::None || read_item_number(line.text).into_digits);
          const bool indented = line.x0 > previous->x0 + 0.9 * h && !centred_end;
          // A line set further in than a first-line indent (two characters) before one at the
          // margin: a centred title above the text, whatever the spacing.
          const bool after_centred = previous->x0 > line.x0 + 3 * h;
          // A line in type a quarter larger or smaller (a 22 pt title over the 16 pt 文号 line
          // under it): a paragraph is set in one size.
          const bool other_size = std::fabs(h - ph) > 0.25 * std::min(h, ph);
          // A line that starts past the middle of its column (a signature or a date set to the
          // right) did not wrap: what follows it, in a like line or not, is a paragraph of its own.
          const bool right_set = previous->x0 > (previous_left + previous_right) / 2;
          // A first-line indent comes once a paragraph: a line set at the indent of the line
          // before, itself the first of its paragraph, indented and short of the column's edge,
          // is the first line of the next one (a one-line title set like the text under it).
          const bool indent_again = previous_is_first && previous->x0 > previous_left + 0.9 * ph &&
                                    std::fabs(line.x0 - previous->x0) < 0.5 * h && previous->x1 < previous_right - 0.5 * ph;
          if (short_previous || indented || after_centred || other_size || right_set || indent_again) starts = true;
          // An item number (一、（二十二）1．) after a line that stops short of the edge at
          // all: a heading set with the same indent as the paragraph under it.
          // A figure that wrapped to the line's start (16.1%，分别高于…, 0.01 个百分点) is no
          // number: the digits after the mark make it a decimal.
          const ItemNumber item = read_item_number(line.text);
          const bool numbered = item.style != NumberStyle::None && !item.into_digits;
          if (numbered && previous->x1 < previous_right - 0.9 * ph) starts = true;
          if (line.page == previous->page) {
            double pitch = line.y0 - previous->y0;
            if (pitch <= 0.2 * h) starts = true;  // back up the page: another column or cell
            const double usual_pitch = usual_pitch_for(h);
            if (usual_pitch > 0 && pitch > 1.4 * usual_pitch) starts = true;
            if (usual_pitch == 0 && line.y0 - previous->y1 > 0.8 * h) starts = true;
          }
        }
        page_started = true;
        previous_is_first = starts;
        if (starts) {
          paragraph_x0 = line.x0;
          SourceBlock block;
          block.text = line.text;
          block.place.page = line.page;
          block.place.paragraph = ++paragraphs;
          doc.blocks.push_back(std::move(block));
        } else {
          append_line(doc.blocks.back().text, line.text);
        }
        previous = &line;
        previous_right = right;
        previous_left = left;
      }
      for (size_t t = 0; t < tables.size(); ++t) emit_table(t);  // the tables below the last line
    }
    doc.notes.push_back({"PDF 的文字层已按版面重新连成段落", "the PDF's text layer was joined into paragraphs by its layout"});
    if (dropped > 0)
      doc.notes.push_back({"已略去 PDF 页眉、页脚和页码 " + std::to_string(dropped) + " 行",
                           "dropped " + std::to_string(dropped) + " lines of PDF page headers, footers and page numbers"});
    if (footnotes > 0)
      doc.notes.push_back({"已略去 PDF 页脚注 " + std::to_string(footnotes) + " 行",
                           "dropped " + std::to_string(footnotes) + " lines of PDF footnotes"});
    std::string title = trim_spaces(utf8(pdf->get_title()));
    if (!title.empty()) doc.metadata.push_back({"title", title});
    *out = std::move(doc);
    return true;
  } catch (const std::exception&) {
    *error = {"无法读取 PDF：文件已损坏", "cannot read the PDF: the file is damaged"};
    return false;
  }
}

}  // namespace plancheck
