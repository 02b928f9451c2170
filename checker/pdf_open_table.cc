#include "pdf_open_table.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace plancheck {

namespace {

constexpr double kMinRuleLength = 100;  // points: a table's rule spans its columns, a word's underline does not
constexpr double kSameExtent = 6;       // points: the rules of one table start and end together
constexpr double kSameRule = 2;         // points: a double or thick rule is one rule
constexpr double kMinColumnGap = 3;     // points between two columns' words (a cell's side padding)

struct Span {
  double from = 0, to = 0;
};

// Word boxes as lines of text: boxes that overlap vertically by half the lower one's height.
struct TextLine {
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  bool row_number = false;  // its first word is a number alone
  double height() const { return y1 - y0; }
};

std::vector<TextLine> text_lines(const std::vector<TextBox>& words, std::vector<size_t> which) {
  std::sort(which.begin(), which.end(), [&](size_t a, size_t b) { return words[a].y0 < words[b].y0; });
  std::vector<TextLine> lines;
  for (size_t w : which) {
    const TextBox& b = words[w];
    bool joined = false;
    for (TextLine& l : lines) {
      double overlap = std::min(l.y1, b.y1) - std::max(l.y0, b.y0);
      if (overlap > 0.5 * std::min(l.height(), b.y1 - b.y0)) {
        if (b.x0 < l.x0) l.row_number = b.row_number;
        l.x0 = std::min(l.x0, b.x0), l.x1 = std::max(l.x1, b.x1);
        l.y0 = std::min(l.y0, b.y0), l.y1 = std::max(l.y1, b.y1);
        joined = true;
        break;
      }
    }
    if (!joined) lines.push_back({b.x0, b.x1, b.y0, b.y1, b.row_number});
  }
  std::sort(lines.begin(), lines.end(), [](const TextLine& a, const TextLine& b) { return a.y0 < b.y0; });
  return lines;
}

// The columns: the words' horizontal extents merged wherever they come closer than a
// column gap. Each span is one column's words.
std::vector<Span> column_spans(const std::vector<TextBox>& words, const std::vector<size_t>& which) {
  std::vector<Span> spans;
  for (size_t w : which) spans.push_back({words[w].x0, words[w].x1});
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.from < merged.back().to + kMinColumnGap) merged.back().to = std::max(merged.back().to, s.to);
    else merged.push_back(s);
  }
  return merged;
}

// Where rows start inside one band between rules (page points, top to bottom). A row starts
// at each cell of the first column: a line there that does not carry on the line above it
// (close below it, the line above running to the column's right edge, as a wrapped line
// does). Cells set at the top of their rows (Word's default) start where their first column
// does; cells centred in their rows are cut at the widest gap between two first-column cells.
std::vector<double> row_starts(const std::vector<TextLine>& first_column, const std::vector<TextLine>& all, double column_right,
                               double band_top) {
  std::vector<const TextLine*> starts;
  const TextLine* above = nullptr;
  for (const TextLine& l : first_column) {
    // A number alone (1, 2, 3 in a 序号 column) always starts a row: in a narrow column every
    // line reaches the edge, so 序 / 号 / 1 would otherwise read as one cell.
    bool carries_on = above && !l.row_number && l.y0 - above->y1 < 0.5 * l.height() &&
                      above->x1 >= column_right - 0.8 * above->height();
    if (!carries_on) starts.push_back(&l);
    above = &l;
  }
  std::vector<double> cuts{band_top};
  if (starts.size() < 2) return cuts;
  size_t aligned = 0;
  for (const TextLine* s : starts)
    for (const TextLine& l : all)
      if (l.x0 > column_right && std::fabs(l.y0 - s->y0) < 0.3 * s->height()) {
        ++aligned;
        break;
      }
  const bool top_aligned = 2 * aligned >= starts.size();
  for (size_t k = 1; k < starts.size(); ++k) {
    if (top_aligned) {
      cuts.push_back(starts[k]->y0 - 0.25 * starts[k]->height());
      continue;
    }
    // The widest gap between any two lines of the band, between the two cells' middles.
    double from = (starts[k - 1]->y0 + starts[k - 1]->y1) / 2, to = (starts[k]->y0 + starts[k]->y1) / 2;
    double best_gap = -1, best_at = (from + to) / 2;
    double bottom = -1e9;  // the lowest bottom of the lines so far (sorted by top)
    for (size_t i = 0; i + 1 < all.size(); ++i) {
      bottom = std::max(bottom, all[i].y1);
      double top = all[i + 1].y0;
      double middle = (bottom + top) / 2;
      if (middle <= from || middle >= to) continue;
      if (top - bottom > best_gap) best_gap = top - bottom, best_at = middle;
    }
    cuts.push_back(best_at);
  }
  return cuts;
}

// Whether adding `more` words' spans to `columns` keeps every column apart: a line of text
// between two rules that runs across columns (特此报告, 抄送：…) is no part of the table.
bool keeps_columns(const std::vector<Span>& columns, const std::vector<Span>& joined) {
  size_t j = 0;
  for (size_t c = 0; c < columns.size(); ++c) {
    while (j < joined.size() && joined[j].to < columns[c].from) ++j;
    if (j == joined.size()) return false;
    if (c > 0 && joined[j].from <= columns[c - 1].to) return false;  // one span holds two columns
  }
  return true;
}

// One table: the bands [first, last) of a stack of rules at `ys`, `inside` its words.
std::optional<RuledTable> open_table(const std::vector<double>& ys, size_t first, size_t last, double x0, double x1,
                                     const std::vector<TextBox>& words, const std::vector<size_t>& inside) {
  std::vector<Span> columns = column_spans(words, inside);
  if (columns.size() < 2) return std::nullopt;
  auto column_of = [&](double x) {
    for (size_t c = 0; c < columns.size(); ++c)
      if (x <= columns[c].to) return c;
    return columns.size() - 1;
  };
  // Row edges: the rules, and inside a band the starts of its rows. With two bands or more,
  // the first is the header: one row however its words wrap.
  std::vector<double> edges;
  for (size_t b = first; b < last; ++b) {
    std::vector<size_t> band, first_column;
    for (size_t w : inside) {
      double y = (words[w].y0 + words[w].y1) / 2;
      if (y <= ys[b] || y >= ys[b + 1]) continue;
      band.push_back(w);
      if (column_of((words[w].x0 + words[w].x1) / 2) == 0) first_column.push_back(w);
    }
    if (band.empty()) continue;
    if (b == first && last - first >= 2) {
      edges.push_back(ys[b]);
      continue;
    }
    for (double cut : row_starts(text_lines(words, first_column), text_lines(words, band), columns[0].to, ys[b]))
      edges.push_back(cut);
  }
  edges.push_back(ys[last]);
  if (edges.size() < 3) return std::nullopt;  // one row: nothing is a table
  RuledTable table;
  table.x0 = x0, table.x1 = x1, table.y0 = ys[first], table.y1 = ys[last];
  table.rows = static_cast<int>(edges.size()) - 1;
  table.columns = static_cast<int>(columns.size());
  std::vector<double> xs{x0};
  for (size_t c = 0; c + 1 < columns.size(); ++c) xs.push_back((columns[c].to + columns[c + 1].from) / 2);
  xs.push_back(x1);
  // At least two rows must have words in two columns: else a block of lines between two
  // rules (抄送 over 印发) read as a table.
  int rows_with_columns = 0;
  for (int r = 0; r < table.rows; ++r) {
    std::vector<bool> filled(columns.size(), false);
    for (size_t w : inside) {
      double y = (words[w].y0 + words[w].y1) / 2;
      if (y >= edges[static_cast<size_t>(r)] && y < edges[static_cast<size_t>(r + 1)])
        filled[column_of((words[w].x0 + words[w].x1) / 2)] = true;
    }
    if (std::count(filled.begin(), filled.end(), true) >= 2) ++rows_with_columns;
  }
  if (rows_with_columns < 2) return std::nullopt;
  for (int r = 0; r < table.rows; ++r)
    for (int c = 0; c < table.columns; ++c) {
      RuledCell cell;
      cell.row = r, cell.column = c;
      cell.x0 = xs[static_cast<size_t>(c)], cell.x1 = xs[static_cast<size_t>(c + 1)];
      cell.y0 = edges[static_cast<size_t>(r)], cell.y1 = edges[static_cast<size_t>(r + 1)];
      table.cells.push_back(cell);
    }
  return table;
}

}  // namespace

std::vector<RuledTable> find_open_tables(const std::vector<HorizontalRule>& rules, const std::vector<TextBox>& words) {
  std::vector<RuledTable> tables;
  std::vector<HorizontalRule> sorted;
  for (const HorizontalRule& r : rules)
    if (r.x1 - r.x0 >= kMinRuleLength) sorted.push_back(r);
  std::sort(sorted.begin(), sorted.end(), [](const HorizontalRule& a, const HorizontalRule& b) { return a.y < b.y; });
  std::vector<bool> taken(sorted.size(), false);
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (taken[i]) continue;
    std::vector<double> ys{sorted[i].y};
    const double x0 = sorted[i].x0, x1 = sorted[i].x1;
    for (size_t j = i + 1; j < sorted.size(); ++j) {
      if (std::fabs(sorted[j].x0 - x0) > kSameExtent || std::fabs(sorted[j].x1 - x1) > kSameExtent) continue;
      taken[j] = true;
      if (sorted[j].y - ys.back() > kSameRule) ys.push_back(sorted[j].y);
    }
    // Bands of the stack joined into tables while their words keep the columns apart.
    auto band_words = [&](size_t b) {
      std::vector<size_t> out;
      for (size_t w = 0; w < words.size(); ++w) {
        double x = (words[w].x0 + words[w].x1) / 2, y = (words[w].y0 + words[w].y1) / 2;
        if (x > x0 && x < x1 && y > ys[b] && y < ys[b + 1]) out.push_back(w);
      }
      return out;
    };
    for (size_t first = 0; first + 1 < ys.size();) {
      std::vector<size_t> inside = band_words(first);
      std::vector<Span> columns = column_spans(words, inside);
      size_t last = first + 1;
      if (columns.size() >= 2) {
        while (last + 1 < ys.size()) {
          std::vector<size_t> more = inside, next = band_words(last);
          more.insert(more.end(), next.begin(), next.end());
          std::vector<Span> joined = column_spans(words, more);
          if (!keeps_columns(columns, joined)) break;
          inside = std::move(more);
          columns = std::move(joined);
          ++last;
        }
        if (auto table = open_table(ys, first, last, x0, x1, words, inside)) tables.push_back(std::move(*table));
      }
      first = last;
    }
  }
  return tables;
}

}  // namespace plancheck
