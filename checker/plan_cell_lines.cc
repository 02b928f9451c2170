#include "plan_cell_lines.h"

#include <algorithm>

#include "chinese_variants.h"
#include "dates.h"
#include "import_text.h"
#include "numerals.h"
#include "plan_numbering.h"
#include "plan_units.h"
#include "units.h"
#include "utf32.h"

namespace plancheck {

namespace {

// A ruling down a table set in text, between its cells: | ｜ ¦ │ ┃ ║.
constexpr bool is_ruling_down(char32_t c) {
  return c == U'|' || c == U'｜' || c == U'¦' || c == U'│' || c == U'┃' || c == U'║';
}

// A line that is only a table's ruling set in text: │, ├──┼──┤, ------, ━━━. A few dashes
// alone (—, ——) are no ruling: tables write them in an empty cell.
bool rule_line(std::string_view text) {
  size_t marks = 0;
  bool box = false;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = next_char(text, pos);
    if (c == U' ' || c == U'\t' || c == 0x3000) continue;
    if (c >= 0x2500 && c <= 0x257F) box = true;  // box drawing: ─ │ ┼ ├ ┤ ═ ║ …
    else if (is_ruling_down(c)) box = true;
    else if (c != U'-' && c != U'—' && c != U'–' && c != U'－' && c != U'+' && c != U'=' && c != U'＝' && c != U'_' &&
             c != U':')
      return false;
    ++marks;
  }
  return box ? marks > 0 : marks >= 5;
}

// A cell's text on a line of its own, without the bars a ruled table sets around it (│县住建局│).
std::string cell_line_text(std::string_view line) {
  std::u32string s = to_u32(line);
  auto bar = [](char32_t c) { return is_ruling_down(c) || c == U' ' || c == 0x3000 || c == U'\t'; };
  size_t b = 0, e = s.size();
  while (b < e && bar(s[b])) ++b;
  while (e > b && bar(s[e - 1])) --e;
  return to_utf8(std::u32string_view(s).substr(b, e - b));
}

// An empty cell written out: —, －, /, 无.
bool empty_cell_mark(std::string_view text) {
  std::string t = squash_spaces(text);
  for (std::string_view mark : {"—", "——", "－", "-", "--", "/", "／", "无", "\\"})
    if (t == mark) return true;
  return false;
}

// What a cell on a line of its own holds, read from its words: a time (2025年6月底前, 长期坚持),
// units (县住建局、县财政局; 牵头单位：X), or running text (a task or a measure).
enum class CellKind { Text, Units, Time, Empty };


CellKind cell_kind(std::string_view written) {
  // A mirror's glosses (區(qū)住建局) say nothing of what the cell holds.
  const std::string unglossed = without_pinyin_glosses(std::string(written));
  const std::string_view text = unglossed;
  if (empty_cell_mark(text)) return CellKind::Empty;
  const std::string s = to_simplified(squash_spaces(text));
  if (s.empty()) return CellKind::Empty;
  const size_t chars = count_chars(s);
  if (chars <= 30 && s.find("。") == std::string::npos) {
    // A time: date wording with little else (2025年6月底前完成, 长期坚持, 每季度末).
    size_t covered = 0;
    for (const DeadlineMatch& m : find_deadlines(s, 2000)) covered += count_chars(s.substr(m.offset, m.length));
    if (covered > 0 && chars <= covered + 3) return CellKind::Time;
  }
  if (chars <= 80 && s.find("。") == std::string::npos && !opens_with_task_verb(s)) {
    if (is_unit_line(text)) return CellKind::Units;  // 牵头单位：X；配合单位：Y
    std::vector<std::string> names = split_unit_list(text);
    bool all = !names.empty();
    for (const std::string& n : names) {
      std::string ns = to_simplified(squash_spaces(n));
      while (ends_with(ns, "*") || ends_with(ns, "＊") || ends_with(ns, "★")) ns.resize(ns.size() - (ends_with(ns, "*") ? 1 : 3));  // the lead's star
      all = all && count_chars(ns) >= 2 && count_chars(ns) <= 24 && has_unit_suffix(ns) && !opens_with_task_verb(ns) &&
            ns.find("的") == std::string::npos && !has_sentence_punctuation(ns);
    }
    if (all) return CellKind::Units;
  }
  return CellKind::Text;
}

// `t` without what stands in brackets (a note): 工作目标（牵头领导：张三） → 工作目标.
std::string words_outside_brackets(std::string_view t) {
  std::u32string out;
  int depth = 0;
  for (char32_t c : to_u32(t)) {
    if (c == U'（' || c == U'(' || c == U'〔' || c == U'【') ++depth;
    else if (c == U'）' || c == U')' || c == U'〕' || c == U'】') depth = std::max(0, depth - 1);
    else if (depth == 0) out.push_back(c);
  }
  return to_utf8(out);
}

// A header cell naming what a project list's cells give of a project (建设地点, 年度投资金额（万元）,
// 进展情况): short, no sentence, no row's number.
bool names_project_column(std::string_view t) {
  const std::string h = to_simplified(squash_spaces(t));
  if (count_chars(h) > 12 || has_sentence_punctuation(h) || row_number(h)) return false;
  for (std::string_view w : {"地点", "金额", "投资", "资金", "情况"})
    if (h.find(w) != std::string::npos) return true;
  return false;
}

// The header cells of a flattened table whose cells a narrow column broke over two lines
// (责任 / 领导, 攻坚目标 / 任务, 第二季度 / 完成情况): `fragments`, the short lines between
// the header's last whole cell and the first row's number, joined to `width` cells. A line
// that names no column is the first half of one and takes the line after it; then a line of
// one or two characters is the tail of the one before it. Empty when they do not come to
// `width` so.
std::vector<std::string> join_header_fragments(std::vector<std::string> fragments, size_t width) {
  for (size_t k = 0; k + 1 < fragments.size() && fragments.size() > width;) {
    if (!column_name(fragments[k])) {
      fragments[k] += fragments[k + 1];
      fragments.erase(fragments.begin() + static_cast<long>(k) + 1);
    }
    ++k;
  }
  for (size_t k = 1; k < fragments.size() && fragments.size() > width;) {
    if (count_chars(squash_spaces(fragments[k])) <= 2) {
      fragments[k - 1] += fragments[k];
      fragments.erase(fragments.begin() + static_cast<long>(k));
      continue;
    }
    ++k;
  }
  if (fragments.size() != width) return {};
  return fragments;
}

// Whether two header cells side by side are one column's name broken by a narrow column
// (责任 / 单位, 责任 / 领导): together they name a column that one of them alone does not.
// Two whole names side by side (资金来源 | 责任单位) are two columns: a whole name is a column's
// name of three characters or more (单位, 领导 alone are halves) or a project's (资金来源, 建设地点).
bool broken_pair(const std::string& a, const std::string& b) {
  auto whole = [](const std::string& t) {
    return names_project_column(t) || (column_name(t) && count_chars(squash_spaces(t)) >= 3);
  };
  return (!column_name(a) || !column_name(b)) && column_name(a + b) && !(whole(a) && whole(b));
}

bool has_broken_pair(const std::vector<std::string>& cells) {
  for (size_t c = 0; c + 1 < cells.size(); ++c)
    if (broken_pair(cells[c], cells[c + 1])) return true;
  return false;
}

// A row of a flattened table whose lines are not one per column: `lines` (its number first)
// set into `header`'s columns by what they hold. The lines of each kind go to the columns of
// that kind in the order written: units lines to the units columns (牵头单位, 责任部门, 评分部门),
// times to the time columns, the other lines to the columns of words; columns of people or
// notes (责任人) get none. A kind with more lines than columns: the units columns after the
// first take one each from the right, the first the rest (a cell over two lines); the last
// time or words column takes the rest (a row of two works, each with its time, sharing its
// units). A kind with fewer: words fill from the right, the columns left over on the left
// merged down from `above` (考核指标 spanning rows); units and times from the left when no row
// stands above (the lead first), else from the right, the rest merged down. False when the row
// names no units or the header has no units column.
bool fit_row_by_kind(const std::vector<std::string>& header, const std::vector<std::string>& lines, const TableRow* above,
                     TableRow& row) {
  const size_t n = header.size();
  enum Group { None = -1, Words = 0, Units = 1, Times = 2 };
  std::vector<int> group(n, None);
  std::vector<size_t> columns[3];
  for (size_t c = 1; c < n; ++c) {
    const Column kind = classify_column(header[c]);
    if (squash_spaces(header[c]).empty()) group[c] = None;  // a bar header's padding: no column of its own
    else if (units_column(header[c])) group[c] = Units;
    else if (kind == Column::Deadline) group[c] = Times;
    else if (kind == Column::Ignore) group[c] = None;
    else group[c] = Words;
    if (group[c] != None) columns[group[c]].push_back(c);
  }
  if (columns[Units].empty() || lines.size() < 2) return false;
  std::vector<std::string> of_kind[3];
  for (size_t k = 1; k < lines.size(); ++k) {
    // A unit's name broken over two lines by a narrow column (區新興產業 / 服務中心, 区综合行政 /
    // 执法局): a line that ends as no unit does, and with the next makes one unit's name.
    if (k + 1 < lines.size()) {
      const std::string head = squash_spaces(without_pinyin_glosses(lines[k]));
      const std::string whole = lines[k] + lines[k + 1];
      const std::string simplified_head = to_simplified(head);
      bool opens_with_level = false;
      for (std::string_view level : {"省", "市", "县", "区", "镇", "乡"})
        opens_with_level = opens_with_level || simplified_head.rfind(level, 0) == 0;
      if (opens_with_level && count_chars(head) <= 12 && !has_unit_suffix(simplified_head) &&
          cell_kind(whole) == CellKind::Units && split_unit_list(without_pinyin_glosses(whole)).size() == 1) {
        of_kind[Units].push_back(whole);
        ++k;
        continue;
      }
    }
    const CellKind kind = cell_kind(lines[k]);
    if (kind == CellKind::Empty) continue;
    int g = kind == CellKind::Units ? Units : kind == CellKind::Time && !columns[Times].empty() ? Times : Words;
    of_kind[g].push_back(lines[k]);
  }
  // A times column left without a line while the words have one more than their columns: the
  // last words line that names a time is the times cell, written as a sentence (2月开工，年内完成
  // 主体结构。).
  if (of_kind[Times].empty() && !columns[Times].empty() && of_kind[Words].size() > columns[Words].size() &&
      !find_deadlines(to_simplified(of_kind[Words].back()), 2000).empty()) {
    of_kind[Times].push_back(of_kind[Words].back());
    of_kind[Words].pop_back();
  }
  if (of_kind[Units].empty() || columns[Words].empty() || of_kind[Words].empty()) return false;
  row.cells.assign(n, "");
  row.continued.assign(n, false);
  row.cells[0] = lines[0];
  auto join = [](const std::vector<std::string>& v, size_t from, size_t to) {
    std::string out;
    for (size_t k = from; k < to; ++k) out += (out.empty() ? "" : "\n") + v[k];
    return out;
  };
  auto merge_from_above = [&](size_t c) {
    if (above && c < above->cells.size() && !above->cells[c].empty()) {
      row.cells[c] = above->cells[c];
      row.continued[c] = true;
    }
  };
  for (int g : {Words, Units, Times}) {
    const std::vector<size_t>& cols = columns[g];
    const std::vector<std::string>& v = of_kind[g];
    const size_t m = v.size(), w = cols.size();
    if (w == 0) continue;
    if (m >= w) {
      if (g == Units) {  // the first units column takes the rest
        for (size_t r = 1; r < w; ++r) row.cells[cols[r]] = v[m - w + r];
        row.cells[cols[0]] = join(v, 0, m - w + 1);
      } else {  // the last column takes the rest
        for (size_t r = 0; r + 1 < w; ++r) row.cells[cols[r]] = v[r];
        row.cells[cols[w - 1]] = join(v, w - 1, m);
      }
    } else if (g == Words || above) {  // from the right, the left ones merged down
      for (size_t r = 0; r < m; ++r) row.cells[cols[w - m + r]] = v[r];
      for (size_t r = 0; r < w - m; ++r) merge_from_above(cols[r]);
    } else {  // from the left: the lead first
      for (size_t r = 0; r < m; ++r) row.cells[cols[r]] = v[r];
    }
  }
  return true;
}

// A flattened row one line longer than the header whose words cell a narrow column broke over
// two lines (城市用气 / 提升工程 under 项目名称): `lines` (its number first) with the two lines
// joined, when two short lines of words side by side, in a words column, join so that every
// other line stands in a column of its kind: each units line in a units column and each units
// column holding units or nothing; each time in a time column (when the header has one). The
// first such pair is the broken cell. False, `lines` untouched, when no pair does (a row whose
// extra line is a second unit or a second work is fitted by kind).
bool join_wrapped_words_cell(const std::vector<std::string>& header, std::vector<std::string>& lines) {
  const size_t n = header.size();
  if (n < 3 || lines.size() != n + 1) return false;
  std::vector<bool> units(n, false), times(n, false);
  bool any_time = false;
  for (size_t c = 1; c < n; ++c) {
    units[c] = units_column(header[c]);
    times[c] = !units[c] && classify_column(header[c]) == Column::Deadline;
    any_time = any_time || times[c];
  }
  std::vector<CellKind> kinds;
  kinds.reserve(lines.size());
  for (const std::string& l : lines) kinds.push_back(cell_kind(l));
  auto short_words = [&](size_t k) {
    const std::string t = squash_spaces(lines[k]);
    return kinds[k] == CellKind::Text && count_chars(t) <= 12 && !has_sentence_punctuation(t) &&
           t.find_first_not_of("0123456789.,%") != std::string::npos;
  };
  for (size_t j = 1; j + 1 < lines.size(); ++j) {
    if (units[j] || times[j] || !short_words(j) || !short_words(j + 1)) continue;
    bool fits = true;
    for (size_t c = 1; c < n && fits; ++c) {
      const CellKind kind = c < j ? kinds[c] : c == j ? CellKind::Text : kinds[c + 1];
      if (units[c]) fits = kind == CellKind::Units || kind == CellKind::Empty;
      else fits = kind != CellKind::Units && (!any_time || kind != CellKind::Time || times[c]);
    }
    if (!fits) continue;
    const std::string& a = lines[j];
    const std::string& b = lines[j + 1];
    const std::u32string a32 = to_u32(a), b32 = to_u32(b);
    const bool words_run_on = !a32.empty() && !b32.empty() && is_ideograph(a32.back()) && is_ideograph(b32.front());
    lines[j] = a + (words_run_on ? "" : " ") + b;
    lines.erase(lines.begin() + static_cast<long>(j) + 1);
    return true;
  }
  return false;
}

}  // namespace

size_t align_rows_by_kind(Table& table) {
  const size_t n = table.header.size();
  std::vector<bool> units(n, false);
  bool any_units_column = false;
  for (size_t c = 1; c < n; ++c) any_units_column = any_units_column || (units[c] = units_column(table.header[c]));
  if (!any_units_column) return 0;
  auto numbered = [&](const TableRow& r) { return r.cells.size() == n && n > 2 && !row_id(r.cells[0]).empty(); };
  // Rows whose units stand in a units column, and rows whose units column holds none while a
  // column at most two off it does (the row shifted by a lost or padded cell).
  size_t rows = 0, in_place = 0, off_place = 0;
  for (const TableRow& r : table.rows) {
    if (!numbered(r)) continue;
    ++rows;
    bool here = false, near = false;
    for (size_t c = 1; c < n; ++c) {
      if (cell_kind(r.cells[c]) != CellKind::Units) continue;
      if (units[c]) {
        here = true;
        continue;
      }
      for (size_t u = c > 2 ? c - 2 : 1; u < n && u <= c + 2; ++u) near = near || units[u];
    }
    if (here) ++in_place;
    else if (near) ++off_place;
  }
  if (off_place <= in_place || 2 * off_place <= rows) return 0;
  size_t fitted_rows = 0;
  for (TableRow& r : table.rows) {
    if (!numbered(r)) continue;
    TableRow fitted;
    if (!fit_row_by_kind(table.header, r.cells, nullptr, fitted)) continue;
    r.cells = std::move(fitted.cells);
    r.continued.assign(n, false);
    ++fitted_rows;
  }
  return fitted_rows;
}

size_t read_flattened_table(const std::vector<SourceBlock>& blocks, size_t start, Table& out) {
  auto text_of = [&](size_t i) {
    return blocks[i].kind == SourceBlock::Kind::Paragraph ? cell_line_text(trim_spaces(blocks[i].text)) : std::string();
  };
  auto next_nonempty = [&](size_t i) {  // ruling lines (│, ──┼──) are no cells
    while (i < blocks.size() && blocks[i].kind == SourceBlock::Kind::Paragraph && (text_of(i).empty() || rule_line(blocks[i].text))) ++i;
    return i;
  };
  // An excerpt's mark (（略）, (摘录至此), ……) ends the table: it is no cell.
  auto excerpt_mark = [&](size_t k) {
    return k < blocks.size() && blocks[k].kind == SourceBlock::Kind::Paragraph && elision_marker(blocks[k].text);
  };
  auto para = [&](size_t k) { return k < blocks.size() && blocks[k].kind == SourceBlock::Kind::Paragraph && !excerpt_mark(k); };
  auto head_of = [&](size_t i) { return without_pinyin_glosses(text_of(i)); };
  auto is_id_header = [&](size_t k) {
    const std::string h = to_simplified(squash_spaces(head_of(k)));
    return h == "序号" || h == "编号";
  };
  // A column that sorts the rows before 序号 (考核项目 / 序号 / 考核指标 …): its cell stands
  // before a row's number, written once for the rows it spans, and heads them.
  size_t id_at = start, sorting_columns = 0;
  while (para(id_at) && !is_id_header(id_at) && sorting_columns < 2 && column_name(head_of(id_at)) &&
         !row_number(text_of(id_at))) {
    id_at = next_nonempty(id_at + 1);
    ++sorting_columns;
  }
  if (!para(id_at) || !is_id_header(id_at)) return 0;
  Table table;
  table.place = blocks[start].place;
  table.header.push_back(head_of(id_at));
  size_t i = next_nonempty(id_at + 1);
  // After 序号 a column may be named by the work it lists (重点工作, 主要工作).
  // Before the first row's number, a column may also be named by what its cells give of a
  // project (建设地点, 年度投资金额（万元）, 完成情况).
  auto header_cell = [&](const std::string& t) {
    const std::string h = to_simplified(squash_spaces(t));
    if (column_name(t) || (ends_with(h, "工作") && count_chars(h) <= 6 && read_item_number(h).style == NumberStyle::None))
      return true;
    return names_project_column(h);
  };
  while (para(i)) {
    std::string t = head_of(i);
    // The column after 序号 names the work the rows list, whatever its name (民生实事, 实事项目).
    const bool names_the_work = table.header.size() == 1 && count_chars(squash_spaces(t)) <= 8 && !row_number(t) &&
                                !has_sentence_punctuation(t) && !empty_cell_mark(t) &&
                                read_item_number(t).style == NumberStyle::None;
    if (header_cell(t) || names_the_work) {
      table.header.push_back(t);
      i = next_nonempty(i + 1);
      continue;
    }
    // One header cell broken over two lines by a narrow column (区本级 / 任务数): a short line
    // that names no column, and the line after it that completes one.
    const size_t next = next_nonempty(i + 1);
    if (table.header.size() >= 2 && count_chars(t) <= 6 && !row_number(t) && para(next) && column_name(head_of(next)) &&
        column_name(t + head_of(next))) {
      table.header.push_back(t + head_of(next));
      i = next_nonempty(next + 1);
      continue;
    }
    break;
  }
  // Header cells broken over lines by narrow columns (责任 / 领导): the short lines before the
  // first row's number, joined to as many cells as that row has.
  if (table.header.size() >= 2 && sorting_columns == 0 && para(i) && !row_number(text_of(i))) {
    std::vector<std::string> fragments;
    size_t k = i;
    while (para(k) && fragments.size() < 12) {
      const std::string t = head_of(k);
      if (row_number(t) || count_chars(squash_spaces(t)) > 8 || has_sentence_punctuation(t) || empty_cell_mark(t)) break;
      fragments.push_back(t);
      k = next_nonempty(k + 1);
    }
    if (para(k) && row_number(text_of(k)) && !fragments.empty()) {
      // The width of the row numbered from line `at`: its lines up to the next number, at most
      // 20 (0 when its number is no plain figure or no line follows).
      auto row_width = [&](size_t at) -> size_t {
        const std::string id = row_id(text_of(at));
        if (id.empty() || id.size() > 3 || id.find_first_not_of("0123456789") != std::string::npos) return 0;
        const std::string next = std::to_string(std::stoi(id) + 1);
        size_t width = 1, m = next_nonempty(at + 1);
        for (; para(m) && width < 20 && row_id(text_of(m)) != next; m = next_nonempty(m + 1)) ++width;
        return para(m) ? width : 0;
      };
      // The first row may be a line longer than the header (a words cell broken over two lines,
      // 城市用气 / 提升工程): where the fragments joined to its width leave a column's name broken
      // (责任 / 单位), the second row's width is the header's (one line less when it is the last).
      const size_t first = row_width(k);
      std::vector<std::string> cells;
      if (fragments.size() >= 2 && first > table.header.size()) {
        cells = join_header_fragments(fragments, first - table.header.size());
        if (has_broken_pair(cells)) {
          size_t second_at = k;
          for (size_t n = 0; n < first; ++n) second_at = next_nonempty(second_at + 1);
          size_t second = para(second_at) ? row_width(second_at) : 0;
          if (second == 0) second = first - 1;  // the second row the last: the first a line too long
          if (second > table.header.size() && second < first) {
            std::vector<std::string> joined = join_header_fragments(fragments, second - table.header.size());
            if (!joined.empty() && !has_broken_pair(joined)) cells = std::move(joined);
          }
        }
      }
      if (!cells.empty()) {
        for (std::string& c : cells) table.header.push_back(std::move(c));
        i = k;
      }
      // Short lines that do not join up to the first row's width are header cells each, whatever
      // their words (是否达序 / 说明 after 1-11月推进情况): nothing before the first row's number is
      // a cell of a row. A numbered line (一、城乡建设) heads a section, no column.
      if (i != k && std::none_of(fragments.begin(), fragments.end(), [](const std::string& f) {
            return count_chars(squash_spaces(f)) > 6 || read_item_number(f).style != NumberStyle::None;
          })) {
        // Two ways a cell breaks all the same: before its bracket (总投资 / (万元)), the bracket
        // then ends the cell before; after a year alone (2023年 / 目标进度), the year opens the next.
        std::vector<std::string> cells;
        cells.reserve(fragments.size());  // `before` points into it
        std::string* before = &table.header.back();
        for (size_t f = 0; f < fragments.size(); ++f) {
          const std::string h = squash_spaces(fragments[f]);
          const bool bracket = h.rfind("(", 0) == 0 || h.rfind("（", 0) == 0;
          const bool year = (ends_with(h, "年") || ends_with(h, "年度")) && h.size() >= 5 &&
                            std::all_of(h.begin(), h.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
                            count_chars(h) <= 6;
          if (bracket) *before += fragments[f];
          else if (year && f + 1 < fragments.size()) fragments[f + 1] = fragments[f] + fragments[f + 1];
          else cells.push_back(fragments[f]), before = &cells.back();
        }
        // Unless two of them make one column's name that one alone does not (责任 / 领导): a cell
        // broken by a narrow column, which rows of another width leave unread.
        if (!has_broken_pair(cells)) {
          for (std::string& c : cells) table.header.push_back(std::move(c));
          i = k;
        }
      }
    }
  }
  // A header of two rows flattened: a cell over two columns (责任单位 over 牵头单位 | 配合单位)
  // comes first, the cells under it after the first row's last (序号 / 重点任务 / 责任单位 / 完成时限 /
  // 牵头单位 / 配合单位): they take its place.
  if (table.header.size() >= 5) {
    auto role_units = [](const std::string& h) {
      const std::string t = to_simplified(squash_spaces(h));
      for (std::string_view w : {"牵头", "配合", "协办", "协同", "参与", "主办", "协助"})
        if (t.find(w) != std::string::npos) return units_column(h);
      return false;
    };
    size_t parts = 0;
    while (parts < table.header.size() - 2 && role_units(table.header[table.header.size() - 1 - parts])) ++parts;
    const size_t first_part = table.header.size() - parts;
    size_t group = table.header.size();
    for (size_t c = 1; c + 1 < first_part; ++c)
      if (units_column(table.header[c]) && !role_units(table.header[c])) group = group == table.header.size() ? c : table.header.size() + 1;
    // Only when the rows are as wide as the columns without the cell over them.
    size_t width = 0;
    if (para(i) && row_number(text_of(i))) {
      const std::string id = row_id(text_of(i));
      if (!id.empty() && id.size() <= 3 && id.find_first_not_of("0123456789") == std::string::npos) {
        size_t m = next_nonempty(i + 1);
        for (width = 1; para(m) && width < 20 && row_id(text_of(m)) != std::to_string(std::stoi(id) + 1); ++width)
          m = next_nonempty(m + 1);
        if (!para(m)) width = 0;
      }
    }
    if (parts >= 2 && group < first_part - 1 && width + 1 == table.header.size()) {
      std::vector<std::string> header(table.header.begin(), table.header.begin() + static_cast<long>(group));
      header.insert(header.end(), table.header.begin() + static_cast<long>(first_part), table.header.end());
      header.insert(header.end(), table.header.begin() + static_cast<long>(group) + 1, table.header.begin() + static_cast<long>(first_part));
      table.header = std::move(header);
    }
  }
  if (table.header.size() < 2) return 0;
  // A 责任单位 column last: a row short of cells (an empty cell a page leaves out) has its
  // units there.
  const bool units_last = classify_column(table.header.back()) == Column::Responsible ||
                          classify_column(table.header.back()) == Column::Lead;
  size_t end = i;
  while (para(i)) {
    std::string t = text_of(i);
    if (row_number(t)) {
      TableRow row;
      row.place = blocks[i].place;
      row.cells.push_back(t);
      // The next row's number ends a row short of cells (numbers run on: 1, 2, 3).
      const std::string next_id = [&] {
        const std::string id = row_id(t);
        if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos || id.size() > 3) return std::string();
        return std::to_string(std::stoi(id) + 1);
      }();
      size_t j = i;
      while (row.cells.size() < table.header.size()) {
        const size_t k = next_nonempty(j + 1);
        if (!para(k)) break;
        if (!next_id.empty() && row.cells.size() >= 3 && row_id(text_of(k)) == next_id) break;
        j = k;
        row.cells.push_back(text_of(j));
      }
      // A row of more lines than columns, up to the next row's number (a cell over two lines),
      // or of fewer (merged or empty cells left out): its lines set by what they hold.
      {
        std::vector<std::string> lines = row.cells;
        size_t jj = j;
        bool bounded = false;
        if (lines.size() == table.header.size()) {
          for (size_t k = next_nonempty(jj + 1); para(k) && lines.size() < 3 * table.header.size(); k = next_nonempty(k + 1)) {
            if (!next_id.empty() && row_id(text_of(k)) == next_id) {
              bounded = true;
              break;
            }
            lines.push_back(text_of(k));
            jj = k;
          }
          if (!bounded) lines.resize(table.header.size()), jj = j;
        } else {
          const size_t after = next_nonempty(j + 1);
          bounded = !para(after) || (!next_id.empty() && row_id(text_of(after)) == next_id);
        }
        // A row an excerpt's mark cuts short lost its cells to the cut, not to cells merged down:
        // it takes none from the row above.
        const bool cut = excerpt_mark(next_nonempty(jj + 1));
        const TableRow* above = nullptr;
        for (size_t r = table.rows.size(); r-- > 0 && !cut;)
          if (table.rows[r].cells.size() > 1) {
            above = &table.rows[r];
            break;
          }
        TableRow fitted;
        // A row of as many lines as columns is one line a column, unless more units lines end
        // it than there are units columns (a cell over two lines with a merged cell left out).
        size_t units_cols = 0, units_lines = 0;
        while (units_cols + 1 < table.header.size() && units_column(table.header[table.header.size() - 1 - units_cols])) ++units_cols;
        while (units_lines + 1 < lines.size() && cell_kind(lines[lines.size() - 1 - units_lines]) == CellKind::Units) ++units_lines;
        const bool misfit = lines.size() != table.header.size() || (units_cols > 0 && units_lines > units_cols);
        if (bounded && misfit && join_wrapped_words_cell(table.header, lines)) {
          TableRow joined;
          joined.place = row.place;
          joined.cells = std::move(lines);
          joined.continued.assign(joined.cells.size(), false);
          table.rows.push_back(std::move(joined));
          i = next_nonempty(jj + 1);
          end = i;
          continue;
        }
        if (bounded && misfit && !(lines.size() < table.header.size() && units_last) &&
            fit_row_by_kind(table.header, lines, above, fitted)) {
          fitted.place = row.place;
          table.rows.push_back(std::move(fitted));
          i = next_nonempty(jj + 1);
          end = i;
          continue;
        }
      }
      if (row.cells.size() < table.header.size()) {
        // Short: the words first, the units in their column when they close the row.
        const size_t after = next_nonempty(j + 1);
        const bool ends_with_units = units_last && row.cells.size() >= 3 && cell_kind(row.cells.back()) == CellKind::Units &&
                                     !next_id.empty() && (!para(after) || row_id(text_of(after)) == next_id);
        // The last row, cut by an excerpt's mark: the cells it read, in order, and no more.
        const bool cut = excerpt_mark(after) && row.cells.size() >= 2;
        if (cut && !ends_with_units) {
          row.cells.resize(table.header.size());
          table.rows.push_back(std::move(row));
          end = after;
          break;
        }
        if (!ends_with_units) break;
        std::string units = row.cells.back();
        row.cells.pop_back();
        while (row.cells.size() + 1 < table.header.size()) row.cells.push_back("");
        row.cells.push_back(units);
      }
      table.rows.push_back(std::move(row));
      i = next_nonempty(j + 1);
      end = i;
      continue;
    }
    // A heading row across the table: short, or numbered and short but for a note in brackets
    // (一、主要经济指标等工作目标（牵头领导：…）, the leaders of its section).
    bool section = t.find("。") == std::string::npos &&
                   ((count_chars(t) <= 40 && (read_item_number(t).style != NumberStyle::None || t.find("方面") != std::string::npos)) ||
                    (read_item_number(t).style != NumberStyle::None && count_chars(t) <= 160 &&
                     count_chars(words_outside_brackets(t)) <= 60));
    // The sorting column's cell before a row's number (农业高质高效 / 1): it heads its rows.
    if (!section && sorting_columns > 0 && count_chars(t) <= 20 && !has_sentence_punctuation(t) &&
        para(next_nonempty(i + 1)) && row_number(text_of(next_nonempty(i + 1))))
      section = true;
    if (!section) break;
    TableRow row;
    row.place = blocks[i].place;
    row.cells = {t};
    table.rows.push_back(std::move(row));
    i = next_nonempty(i + 1);
    end = i;
  }
  out = std::move(table);
  return end - start;
}

size_t read_bar_header_cell_lines(const std::vector<SourceBlock>& blocks, size_t start, Table& out) {
  if (start >= blocks.size() || blocks[start].kind != SourceBlock::Kind::Table) return 0;
  const auto& rows = blocks[start].table.rows;
  if (rows.empty() || rows.size() > 3) return 0;
  std::vector<std::string> names;
  for (const auto& row : rows)
    for (const SourceCell& cell : row) {
      const std::string t = trim_spaces(cell.text);
      if (t.empty()) continue;
      if (!column_name(t) && !names_project_column(t) && classify_column(t) != Column::Id) return 0;
      names.push_back(t);
    }
  if (names.size() < 3 || classify_column(names[0]) != Column::Id) return 0;
  // The first row's number on a line of its own, closed by a bar.
  size_t next = start + 1;
  while (next < blocks.size() && blocks[next].kind == SourceBlock::Kind::Paragraph && trim_spaces(blocks[next].text).empty()) ++next;
  if (next >= blocks.size() || blocks[next].kind != SourceBlock::Kind::Paragraph) return 0;
  const std::string first = trim_spaces(blocks[next].text);
  if (!(ends_with(first, "|") || ends_with(first, "｜")) || !row_number(cell_line_text(first))) return 0;
  // The header's cells as lines, then the lines after the table block, up to the next table.
  std::vector<SourceBlock> lines;
  for (const std::string& name : names) {
    SourceBlock line;
    line.text = name;
    line.place = blocks[start].place;
    lines.push_back(std::move(line));
  }
  size_t stop = start + 1;
  while (stop < blocks.size() && blocks[stop].kind == SourceBlock::Kind::Paragraph) ++stop;
  lines.insert(lines.end(), blocks.begin() + static_cast<long>(start) + 1, blocks.begin() + static_cast<long>(stop));
  Table table;
  const size_t taken = read_flattened_table(lines, 0, table);
  if (taken <= names.size() || table.rows.empty()) return 0;
  table.place = blocks[start].place;
  out = std::move(table);
  return 1 + taken - names.size();
}

size_t read_cell_lines_table(const std::vector<SourceBlock>& blocks, size_t start, Table& out) {
  auto para = [&](size_t i) {
    return i < blocks.size() && blocks[i].kind == SourceBlock::Kind::Paragraph && !elision_marker(blocks[i].text);
  };
  auto line_of = [&](size_t i) { return cell_line_text(trim_spaces(blocks[i].text)); };
  auto skip = [&](size_t i) {
    while (para(i) && (line_of(i).empty() || rule_line(blocks[i].text))) ++i;
    return i;
  };
  size_t i = skip(start);
  std::vector<std::string> names;
  std::vector<Column> kinds;
  while (para(i)) {
    std::string t = line_of(i);
    if (!column_name(t) || read_item_number(t).style != NumberStyle::None) break;
    names.push_back(t);
    kinds.push_back(classify_column(t));
    i = skip(i + 1);
  }
  if (names.size() < 3 || !para(i)) return 0;
  // A contact list (项目名称 / 责任单位 / 联系人 / 联系电话) is no task table.
  for (std::string_view w : {"联系", "电话", "姓名", "职务", "手机"})
    if (to_simplified(line_of(i)).find(w) != std::string::npos) return 0;
  // The grammar's columns: words, then units and times, each kind side by side.
  enum Kind { Words = 0, Units = 1, Times = 2 };
  auto kind_of = [](Column c) {
    return c == Column::Lead || c == Column::Responsible ? Units : c == Column::Deadline ? Times : Words;
  };
  Table table;
  table.place = blocks[start].place;
  std::vector<Column> columns;
  bool names_tasks = false, names_units = false;
  for (size_t c = 0; c < names.size(); ++c) {
    if (kinds[c] == Column::Id) return 0;  // read_flattened_table's
    if (kinds[c] == Column::Ignore) continue;  // 备注: seldom filled, never read
    for (std::string_view w : {"任务", "内容", "举措", "措施", "事项", "工作", "项目"})
      names_tasks = names_tasks || (kind_of(kinds[c]) == Words && names[c].find(w) != std::string::npos);
    names_units = names_units || kind_of(kinds[c]) == Units;
    table.header.push_back(names[c]);
    columns.push_back(kinds[c]);
  }
  if (!names_tasks || !names_units) return 0;
  const size_t n = columns.size();
  int first[3] = {-1, -1, -1}, last[3] = {-1, -1, -1};
  for (size_t c = 0; c < n; ++c) {
    int k = kind_of(columns[c]);
    if (first[k] >= 0 && last[k] != static_cast<int>(c) - 1) return 0;  // a kind's columns apart
    if (first[k] < 0) first[k] = static_cast<int>(c);
    last[k] = static_cast<int>(c);
  }
  if (first[Words] != 0) return 0;  // the task's words come first
  // The cells, one per line, up to a line that closes the body (附件2, a date line, 注：).
  struct Cell {
    std::string text;
    int kind;  // Words, Units, Times, or -1 for an empty cell written out (—)
    bool heading;
    size_t block;
  };
  std::vector<Cell> cells;
  const int kRowRule = -2;  // a ruling across the table (──┼──): a row ends there
  bool after_bar = false;
  while (para(i)) {
    if (trim_spaces(blocks[i].text).empty()) {
      ++i;
      continue;
    }
    if (rule_line(blocks[i].text)) {
      // A ruling down the table (│) stands between cells: two with no cell between, or ││,
      // hold an empty one.
      const std::string bars = squash_spaces(blocks[i].text);
      size_t count = 0;
      bool across = false;
      for (size_t pos = 0; pos < bars.size();) {
        char32_t c = next_char(bars, pos);
        if (is_ruling_down(c)) ++count;
        else across = true;
      }
      if (across) cells.push_back({"", kRowRule, false, i});
      else if (after_bar || count >= 2) cells.push_back({"", -1, false, i});
      after_bar = !across;
      ++i;
      continue;
    }
    after_bar = false;
    std::string t = line_of(i);
    std::string simple = to_simplified(squash_spaces(t));
    if (closing_line(t) || starts_with(simple, "注：") || starts_with(simple, "注:") || starts_with(simple, "备注：") ||
        starts_with(simple, "说明：")) {
      // The unit named on the line above a date line is the document's signature, not a cell.
      if (!starts_with(simple, "附件") && closing_line(t) && !cells.empty() && cells.back().kind == Units) cells.pop_back();
      break;
    }
    if (t == names[0]) {  // the header repeated at a page's top
      size_t j = i, c = 0;
      for (; c < names.size() && para(j) && line_of(j) == names[c]; ++c) j = skip(j + 1);
      if (c == names.size()) {
        i = j;
        continue;
      }
    }
    CellKind k = cell_kind(t);
    int kind = k == CellKind::Empty ? -1 : k == CellKind::Units ? Units : k == CellKind::Time && first[Times] >= 0 ? Times : Words;
    ItemNumber number = read_item_number(t);
    bool heading = kind == Words && number.style == NumberStyle::ChineseComma && count_chars(t) <= 40 &&
                   t.find("。") == std::string::npos;
    cells.push_back({t, kind, heading, i});
    ++i;
  }
  // Rulings across mark the rows only where every row between them has cells of two kinds or
  // more; where they also part the cells of a row they say nothing.
  bool rows_ruled = false;
  for (size_t a = 0, kinds_seen = 0, mask = 0; a <= cells.size(); ++a) {
    if (a == cells.size() || cells[a].kind == kRowRule) {
      if (kinds_seen == 1) {
        rows_ruled = false;
        break;
      }
      if (kinds_seen > 1 && a < cells.size()) rows_ruled = true;
      kinds_seen = 0;
      mask = 0;
      continue;
    }
    if (cells[a].kind >= 0 && !(mask & (1u << cells[a].kind))) {
      mask |= 1u << cells[a].kind;
      ++kinds_seen;
    }
  }
  // Rows.
  struct Row {
    TableRow row;
    std::vector<int> state;  // per column: 0 no cell, 1 its own, 2 written empty
    bool own_units = false, own_time = false;
    size_t end_block = 0;
  };
  std::vector<Row> rows;
  int above = -1;  // the row a short row takes its merged cells from
  Row cur;
  auto fresh = [&]() {
    cur = Row();
    cur.row.cells.assign(n, "");
    cur.row.continued.assign(n, false);
    cur.state.assign(n, 0);
  };
  fresh();
  int pos = -1;
  auto close = [&]() {
    if (std::none_of(cur.state.begin(), cur.state.end(), [](int s) { return s == 1; })) {
      fresh();
      pos = -1;
      return;
    }
    if (above >= 0)
      for (size_t c = 0; c < n; ++c)
        if (cur.state[c] == 0 && !rows[static_cast<size_t>(above)].row.cells[c].empty()) {
          cur.row.cells[c] = rows[static_cast<size_t>(above)].row.cells[c];
          cur.row.continued[c] = true;
        }
    rows.push_back(std::move(cur));
    above = static_cast<int>(rows.size()) - 1;
    fresh();
    pos = -1;
  };
  auto set = [&](size_t col, const Cell& cell) {
    if (cur.state[col] == 0) cur.row.place = blocks[cell.block].place;
    if (cell.kind < 0) {
      if (cur.state[col] == 0) cur.state[col] = 2;
    } else {
      cur.row.cells[col] += (cur.row.cells[col].empty() ? "" : "\n") + cell.text;
      cur.state[col] = 1;
      cur.own_units = cur.own_units || cell.kind == Units;
      cur.own_time = cur.own_time || cell.kind == Times;
    }
    cur.end_block = cell.block + 1;
  };
  for (size_t k = 0; k < cells.size();) {
    const Cell& cell = cells[k];
    if (cell.heading && (k + 1 == cells.size() || cells[k + 1].kind == Words)) {
      close();
      Row heading;
      heading.row.cells = {cell.text};
      heading.row.place = blocks[cell.block].place;
      heading.end_block = cell.block + 1;
      rows.push_back(std::move(heading));
      above = -1;  // merged cells do not reach over a heading
      ++k;
      continue;
    }
    if (cell.kind == kRowRule) {
      if (rows_ruled) close();
      ++k;
      continue;
    }
    if (cell.kind < 0) {  // a written-out empty cell takes the next column
      if (pos + 1 >= static_cast<int>(n)) close();
      set(static_cast<size_t>(++pos), cell);
      ++k;
      continue;
    }
    const int b0 = first[cell.kind], b1 = last[cell.kind];
    if (pos >= b0) close();
    // The run: this cell, the ones of its kind after it, and empty cells while the columns last.
    std::vector<size_t> run;
    size_t j = k;
    for (; j < cells.size(); ++j) {
      if ((cells[j].heading && j > k) || cells[j].kind == kRowRule) break;
      if (cells[j].kind == cell.kind || (cells[j].kind < 0 && static_cast<int>(run.size()) < b1 - b0 + 1)) run.push_back(j);
      else break;
    }
    const int width = b1 - b0 + 1, m = static_cast<int>(run.size());
    bool from_left = above < 0;
    if (!from_left && cell.kind == Units && m < width) {  // a lone lead that repeats the one above
      const std::string& lead_above = rows[static_cast<size_t>(above)].row.cells[static_cast<size_t>(b0)];
      from_left = !lead_above.empty() && normalize_unit_name(lead_above) == normalize_unit_name(cell.text);
    }
    for (int r = 0; r < m; ++r) {
      int col = m > width ? std::min(b0 + r, b1) : from_left ? b0 + r : b1 - (m - 1) + r;
      set(static_cast<size_t>(col), cells[run[static_cast<size_t>(r)]]);
    }
    pos = b1;
    k = j;
  }
  close();
  // The table ends with its last row that names units or a time of its own, and before a
  // heading whose first row does not name both (nothing above it to take them from): the
  // plan's next section (二、保障措施) and its prose.
  size_t limit = rows.size();
  for (size_t r = 0; r + 1 < rows.size() && limit == rows.size(); ++r) {
    const Row& next = rows[r + 1];
    if (rows[r].row.cells.size() == 1 && next.row.cells.size() > 1 && (!next.own_units || (first[Times] >= 0 && !next.own_time)))
      limit = r;
  }
  size_t kept = 0, task_rows = 0;
  for (size_t r = 0; r < limit; ++r)
    if (rows[r].own_units || rows[r].own_time) kept = r + 1;
  for (size_t r = 0; r < kept; ++r) task_rows += rows[r].own_units ? 1 : 0;
  if (task_rows < 2) return 0;
  for (size_t r = 0; r < kept; ++r) table.rows.push_back(std::move(rows[r].row));
  size_t end = rows[kept - 1].end_block;
  while (para(end) && (line_of(end).empty() || rule_line(blocks[end].text))) ++end;
  out = std::move(table);
  return end - start;
}

}  // namespace plancheck
