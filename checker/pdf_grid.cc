#include "pdf_grid.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "pdf_open_table.h"

namespace plancheck {

namespace {

constexpr int kDark = 128;               // a pixel darker than this is ink
constexpr double kMinRulePoints = 10;    // a cell border is longer than a glyph's stroke at body size
constexpr double kMaxThickPoints = 4;    // borders are thin; a filled area is not a rule
constexpr int kMaxRules = 4000;          // per direction; a page of hatching is not a table

// A straight thin line: `at` is its middle across, [from, to] its extent along (pixels).
struct Rule {
  double at = 0;
  int from = 0, to = 0;
  int first = 0, last = 0;  // the pixel rows (or columns) it covers across
};

// Runs of ink at least `min_length` long along each line of the raster (rows when
// `horizontal`, columns otherwise), joined across neighbouring lines into rules.
std::vector<Rule> find_rules(const GrayRaster& r, bool horizontal, int min_length, int max_thickness) {
  const int lines = horizontal ? r.height : r.width;
  const int length = horizontal ? r.width : r.height;
  auto ink = [&](int line, int along) {
    int x = horizontal ? along : line, y = horizontal ? line : along;
    return r.pixels[static_cast<size_t>(y) * static_cast<size_t>(r.stride) + static_cast<size_t>(x)] < kDark;
  };
  std::vector<Rule> done, open;
  for (int line = 0; line < lines; ++line) {
    std::vector<Rule> next_open;
    int along = 0;
    while (along < length) {
      if (!ink(line, along)) {
        ++along;
        continue;
      }
      int start = along;
      while (along < length && ink(line, along)) ++along;
      if (along - start < min_length) continue;
      // Continues an open rule of the line before when they overlap along most of the shorter.
      Rule run{0, start, along - 1, line, line};
      for (Rule& o : open) {
        int overlap = std::min(o.to, run.to) - std::max(o.from, run.from);
        if (o.last == line - 1 && overlap > 0.5 * std::min(o.to - o.from, run.to - run.from)) {
          run.from = std::min(run.from, o.from);
          run.to = std::max(run.to, o.to);
          run.first = o.first;
          o.last = -2;  // taken
          break;
        }
      }
      next_open.push_back(run);
    }
    for (Rule& o : open)
      if (o.last != -2) done.push_back(o);
    open = std::move(next_open);
    if (done.size() > static_cast<size_t>(kMaxRules)) return {};
  }
  done.insert(done.end(), open.begin(), open.end());
  std::vector<Rule> rules;
  for (Rule& rule : done)
    if (rule.last - rule.first + 1 <= max_thickness) {
      rule.at = (rule.first + rule.last) / 2.0;
      rules.push_back(rule);
    }
  return rules;
}

int find_root(std::vector<int>& parent, int i) {
  while (parent[static_cast<size_t>(i)] != i) i = parent[static_cast<size_t>(i)] = parent[static_cast<size_t>(parent[static_cast<size_t>(i)])];
  return i;
}

void join(std::vector<int>& parent, int a, int b) { parent[static_cast<size_t>(find_root(parent, a))] = find_root(parent, b); }

// Positions within `tolerance` of each other are one grid line.
std::vector<double> cluster(std::vector<double> positions, double tolerance) {
  std::sort(positions.begin(), positions.end());
  std::vector<double> out;
  std::vector<int> counts;
  for (double p : positions) {
    if (!out.empty() && p - out.back() <= tolerance) {
      out.back() = (out.back() * counts.back() + p) / (counts.back() + 1);
      ++counts.back();
    } else {
      out.push_back(p);
      counts.push_back(1);
    }
  }
  return out;
}

// Whether rules at `at` (within tolerance) cover most of [from, to].
bool covered(const std::vector<const Rule*>& rules, double at, double from, double to, double tolerance) {
  double reach = 0;
  for (const Rule* rule : rules)
    if (std::fabs(rule->at - at) <= tolerance)
      reach += std::max(0.0, std::min<double>(rule->to, to) - std::max<double>(rule->from, from));
  return reach >= 0.6 * (to - from);
}

// Drops the rules that lie within a word's box: most of their length inside it, and their
// position across inside it (for a horizontal rule, by more than a border grazing a box
// set tight would be).
void drop_glyph_strokes(std::vector<Rule>& rules, bool horizontal, const std::vector<TextBox>& text, double scale) {
  rules.erase(std::remove_if(rules.begin(), rules.end(),
                             [&](const Rule& rule) {
                               for (const TextBox& box : text) {
                                 double across0 = (horizontal ? box.y0 : box.x0) * scale;
                                 double across1 = (horizontal ? box.y1 : box.x1) * scale;
                                 double along0 = (horizontal ? box.x0 : box.y0) * scale;
                                 double along1 = (horizontal ? box.x1 : box.y1) * scale;
                                 // A cell's text may touch its top and bottom borders (Word pads
                                 // rows by 0 pt) but keeps away from its sides (5.4 pt; LibreOffice
                                 // 2.8 pt), while a glyph's side stroke lies at its box's edge.
                                 double margin = horizontal ? std::min(0.15 * (across1 - across0), 1.5 * scale) : -1.0;
                                 if (rule.at <= across0 + margin || rule.at >= across1 - margin) continue;
                                 double inside = std::min<double>(rule.to, along1) - std::max<double>(rule.from, along0);
                                 if (inside >= 0.8 * (rule.to - rule.from)) return true;
                               }
                               return false;
                             }),
              rules.end());
}

// A table drawn with rules inside only (Word's borders set to 上框线 + 内部框线, the left,
// right and often the bottom side left open): horizontal rules of one extent, at least two,
// and column rules standing inside that extent that start at the top one and reach the
// lowest one. Its frame is added as rules (left and right at the horizontal rules' ends; the
// bottom where the column rules stop, when they go on below the lowest), so the grid is read
// as a framed one. Rules of one extent with no column rule between them (the two rules of a
// 版记 around 抄送, a rule under a letterhead) stay as they are. Costs one pass over the
// horizontal rules per group of one extent; pages have a few dozen rules.
void frame_open_sides(std::vector<Rule>& hs, std::vector<Rule>& vs, double touch) {
  std::vector<bool> grouped(hs.size(), false);
  std::vector<Rule> add_h, add_v;
  for (size_t i = 0; i < hs.size(); ++i) {
    if (grouped[i]) continue;
    const Rule& first = hs[i];
    double top = first.at, bottom = first.at;
    int count = 0;
    for (size_t j = i; j < hs.size(); ++j)
      if (std::abs(hs[j].from - first.from) <= touch && std::abs(hs[j].to - first.to) <= touch) {
        grouped[j] = true;
        ++count;
        top = std::min(top, hs[j].at), bottom = std::max(bottom, hs[j].at);
      }
    if (count < 2) continue;
    const double left = first.from, right = first.to;
    bool has_side = false;
    int columns = 0;
    double reach = bottom;
    for (const Rule& v : vs) {
      if (v.from > bottom + touch || v.to < top - touch) continue;  // beside this table, not in it
      if (std::fabs(v.at - left) <= touch || std::fabs(v.at - right) <= touch) has_side = true;
      if (v.at > left + touch && v.at < right - touch && std::fabs(v.from - top) <= touch && v.to >= bottom - touch) {
        ++columns;
        reach = std::max(reach, static_cast<double>(v.to));
      }
    }
    if (has_side || columns == 0) continue;
    const int y0 = static_cast<int>(std::lround(top)), y1 = static_cast<int>(std::lround(reach));
    add_v.push_back(Rule{left, y0, y1, static_cast<int>(left), static_cast<int>(left)});
    add_v.push_back(Rule{right, y0, y1, static_cast<int>(right), static_cast<int>(right)});
    if (reach > bottom + touch)
      add_h.push_back(Rule{reach, first.from, first.to, y1, y1});
  }
  hs.insert(hs.end(), add_h.begin(), add_h.end());
  vs.insert(vs.end(), add_v.begin(), add_v.end());
}

}  // namespace

std::vector<RuledTable> find_ruled_tables(const GrayRaster& raster, const std::vector<TextBox>& text) {
  std::vector<RuledTable> tables;
  if (!raster.pixels || raster.width <= 0 || raster.height <= 0 || raster.scale <= 0) return tables;
  const int min_length = std::max(4, static_cast<int>(kMinRulePoints * raster.scale));
  const int max_thickness = std::max(2, static_cast<int>(std::ceil(kMaxThickPoints * raster.scale)));
  std::vector<Rule> hs = find_rules(raster, true, min_length, max_thickness);
  std::vector<Rule> vs = find_rules(raster, false, min_length, max_thickness);
  drop_glyph_strokes(hs, true, text, raster.scale);
  drop_glyph_strokes(vs, false, text, raster.scale);
  // Horizontal rules no grid takes may still set a table: pdf_open_table.h.
  auto add_open_tables = [&] {
    std::vector<HorizontalRule> loose;
    for (const Rule& h : hs) {
      HorizontalRule rule{h.at / raster.scale, h.from / raster.scale, h.to / raster.scale};
      bool in_grid = std::any_of(tables.begin(), tables.end(), [&](const RuledTable& t) {
        return rule.y >= t.y0 - 2 && rule.y <= t.y1 + 2 && rule.x1 >= t.x0 && rule.x0 <= t.x1;
      });
      if (!in_grid) loose.push_back(rule);
    }
    for (RuledTable& t : find_open_tables(loose, text)) tables.push_back(std::move(t));
    std::sort(tables.begin(), tables.end(), [](const RuledTable& a, const RuledTable& b) { return a.y0 < b.y0; });
  };
  const std::vector<Rule> all_hs = hs;
  if (hs.size() < 2 || vs.size() < 1) {
    add_open_tables();
    return tables;
  }
  const double touch = std::max(3.0, 1.5 * raster.scale);
  frame_open_sides(hs, vs, touch);
  if (vs.size() < 2) {
    add_open_tables();
    return tables;
  }

  // A rule of a table runs from one rule across it to another at both ends (the frame's
  // corners included); a glyph's stroke near a border does not. Rules that do not are
  // dropped, until none is left to drop (dropping one may strand another).
  auto meets = [&](const Rule& along, const Rule& across, int end) {
    return std::fabs(across.at - end) <= touch + (across.last - across.first) / 2.0 + 1 && along.at >= across.from - touch &&
           along.at <= across.to + touch;
  };
  auto anchored = [&](const Rule& rule, const std::vector<Rule>& across) {
    bool start = false, stop = false;
    for (const Rule& other : across) {
      if (other.last < 0) continue;  // dropped
      start = start || meets(rule, other, rule.from);
      stop = stop || meets(rule, other, rule.to);
      if (start && stop) return true;
    }
    return false;
  };
  for (bool dropped = true; dropped;) {
    dropped = false;
    for (Rule& h : hs)
      if (h.last >= 0 && !anchored(h, vs)) h.last = -1, dropped = true;
    for (Rule& v : vs)
      if (v.last >= 0 && !anchored(v, hs)) v.last = -1, dropped = true;
  }
  hs.erase(std::remove_if(hs.begin(), hs.end(), [](const Rule& r) { return r.last < 0; }), hs.end());
  vs.erase(std::remove_if(vs.begin(), vs.end(), [](const Rule& r) { return r.last < 0; }), vs.end());
  if (hs.size() < 2 || vs.size() < 2) {
    hs = all_hs;
    add_open_tables();
    return tables;
  }

  // Rules that touch are one table: a horizontal rule h meets a vertical v when v stands
  // within h's extent and h within v's.
  const int nh = static_cast<int>(hs.size());
  std::vector<int> parent(hs.size() + vs.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (int i = 0; i < nh; ++i)
    for (size_t j = 0; j < vs.size(); ++j) {
      const Rule& h = hs[static_cast<size_t>(i)];
      const Rule& v = vs[j];
      if (v.at >= h.from - touch && v.at <= h.to + touch && h.at >= v.from - touch && h.at <= v.to + touch)
        join(parent, i, nh + static_cast<int>(j));
    }
  std::vector<std::vector<int>> groups(parent.size());
  for (int i = 0; i < static_cast<int>(parent.size()); ++i) groups[static_cast<size_t>(find_root(parent, i))].push_back(i);

  const double tolerance = std::max(3.0, 1.5 * raster.scale);
  for (const std::vector<int>& group : groups) {
    std::vector<const Rule*> h_rules, v_rules;
    for (int i : group) (i < nh ? h_rules : v_rules).push_back(i < nh ? &hs[static_cast<size_t>(i)] : &vs[static_cast<size_t>(i - nh)]);
    if (h_rules.size() < 2 || v_rules.size() < 2) continue;
    std::vector<double> ys_at, xs_at;
    for (const Rule* h : h_rules) ys_at.push_back(h->at);
    for (const Rule* v : v_rules) xs_at.push_back(v->at);
    std::vector<double> ys = cluster(ys_at, tolerance), xs = cluster(xs_at, tolerance);
    if (ys.size() < 2 || xs.size() < 2 || (ys.size() < 3 && xs.size() < 3)) continue;
    const int rows = static_cast<int>(ys.size()) - 1, columns = static_cast<int>(xs.size()) - 1;
    if (static_cast<long>(rows) * columns > 20000) continue;
    // Grid positions that no rule separates are one cell.
    std::vector<int> cell(static_cast<size_t>(rows * columns));
    std::iota(cell.begin(), cell.end(), 0);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < columns; ++c) {
        if (c + 1 < columns && !covered(v_rules, xs[static_cast<size_t>(c + 1)], ys[static_cast<size_t>(r)], ys[static_cast<size_t>(r + 1)], tolerance))
          join(cell, r * columns + c, r * columns + c + 1);
        if (r + 1 < rows && !covered(h_rules, ys[static_cast<size_t>(r + 1)], xs[static_cast<size_t>(c)], xs[static_cast<size_t>(c + 1)], tolerance))
          join(cell, r * columns + c, (r + 1) * columns + c);
      }
    RuledTable table;
    table.rows = rows;
    table.columns = columns;
    const double s = raster.scale;
    table.x0 = xs.front() / s, table.x1 = xs.back() / s, table.y0 = ys.front() / s, table.y1 = ys.back() / s;
    // Each merged cell's extent: the grid positions sharing its root (a rectangle in any real
    // table; its bounding box otherwise), found in one pass.
    std::vector<int> last_row(cell.size(), -1), last_column(cell.size(), -1);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < columns; ++c) {
        size_t root = static_cast<size_t>(find_root(cell, r * columns + c));
        last_row[root] = std::max(last_row[root], r);
        last_column[root] = std::max(last_column[root], c);
      }
    std::vector<bool> seen(cell.size(), false);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < columns; ++c) {
        size_t root = static_cast<size_t>(find_root(cell, r * columns + c));
        if (seen[root]) continue;
        seen[root] = true;
        const int last_r = last_row[root], last_c = std::max(c, last_column[root]);
        RuledCell out;
        out.row = r, out.column = c;
        out.row_span = last_r - r + 1, out.column_span = last_c - c + 1;
        out.x0 = xs[static_cast<size_t>(c)] / s, out.x1 = xs[static_cast<size_t>(last_c + 1)] / s;
        out.y0 = ys[static_cast<size_t>(r)] / s, out.y1 = ys[static_cast<size_t>(last_r + 1)] / s;
        table.cells.push_back(out);
      }
    tables.push_back(std::move(table));
  }
  hs = all_hs;
  add_open_tables();
  return tables;
}

}  // namespace plancheck
