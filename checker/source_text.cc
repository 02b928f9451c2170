// Plain text in UTF-8 or GB18030/GBK: one Paragraph block per line. Also the spacing helper
// that the PDF and HTML readers share.
#include <algorithm>

#include "import_text.h"
#include "source_readers.h"
#include "text_encoding.h"
#include "utf32.h"

namespace plancheck {

namespace {

// The cells of a line that holds a tab between words (a table pasted from Word or Excel:
// 1<tab>改造老旧小区<tab>市住建局), or none; tabs that only indent the line do not count.
std::vector<std::string> tab_cells(const std::string& line) {
  size_t b = line.find_first_not_of(" \t"), e = line.find_last_not_of(" \t");
  if (b == std::string::npos || line.find('\t', b) > e) return {};
  std::vector<std::string> cells;
  for (size_t at = b;;) {
    size_t tab = line.find('\t', at);
    cells.push_back(trim_spaces(std::string_view(line).substr(at, std::min(tab, e + 1) - at)));
    if (tab == std::string::npos || tab > e) break;
    at = tab + 1;
  }
  return cells;
}

// The cells of a line ruled with bars (a table a web page or a Markdown writer set in text:
// | 1 | 改造老旧小区 | 市住建局 |, or 1 ｜ 改造老旧小区 ｜ 市住建局), or none. A bar at either
// end only closes the row; at least two bars must stand between or around the cells.
std::vector<std::string> bar_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  int bars = 0;
  auto flush = [&] {
    cells.push_back(trim_spaces(cell));
    cell.clear();
  };
  for (size_t i = 0; i < line.size();) {
    if (line[i] == '|') {
      flush();
      ++bars;
      ++i;
    } else if (line.compare(i, 3, "｜") == 0) {
      flush();
      ++bars;
      i += 3;
    } else {
      cell += line[i++];
    }
  }
  flush();
  if (bars < 2) return {};
  if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().empty()) cells.pop_back();
  if (cells.size() < 2) return {};
  return cells;
}

// A Markdown rule under the header: |---|:---:|.
bool bar_rule(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    return !c.empty() && c.find_first_not_of("-:= ") == std::string::npos;
  });
}

// A cell of a line whose columns wide spaces set apart, and where it starts on the line in
// display columns (a Chinese character two).
struct SpacedCell {
  std::string text;
  size_t column;
};

// The cells of a line whose columns are set apart by wide spaces (two or more spaces, or an
// ideographic one), as a table copied from a fixed-width page gives them. Letters spaced out
// (目  标  任  务) are one cell: single characters in a row join.
std::vector<SpacedCell> spaced_cells(const std::string& line) {
  std::u32string s = to_u32(line);
  std::vector<SpacedCell> cells;
  std::u32string cell;
  size_t column = 0, start = 0;
  bool single_run = false;  // the last cell was one character set apart by spaces
  auto flush = [&](bool wide_gap) {
    if (cell.empty()) return;
    const bool single = cell.size() == 1;
    if (single && single_run && !cells.empty()) cells.back().text += to_utf8(cell);
    else cells.push_back({to_utf8(cell), start});
    single_run = single && wide_gap;
    cell.clear();
  };
  for (size_t i = 0; i < s.size();) {
    if (s[i] == U' ' || s[i] == 0x3000) {
      size_t end = i, width = 0;
      for (; end < s.size() && (s[end] == U' ' || s[end] == 0x3000); ++end) width += s[end] == 0x3000 ? 2 : 1;
      if (width >= 2) flush(true);
      else cell.push_back(U' ');
      column += width;
      i = end;
      continue;
    }
    if (cell.empty()) start = column;
    cell.push_back(s[i]);
    column += is_wide_char(s[i]) ? 2 : 1;
    ++i;
  }
  flush(false);
  return cells;
}

// A table whose columns wide spaces set apart (序号    工作任务    责任单位    完成时限): a header
// line of three or more short cells, none a label (索引号：) or a sentence, then rows of two
// or more cells, each cell under the header cell it starts nearest. Two issuers or a
// signature set apart by spaces are no table: they have fewer cells and no rows under them.
// Returns the lines it took, 0 when lines[start] opens no such table.
size_t spaced_table(const std::vector<TextLine>& lines, size_t start, SourceBlock& table) {
  const std::vector<SpacedCell> header = spaced_cells(lines[start].text);
  if (header.size() < 3) return 0;
  for (const SpacedCell& c : header) {
    std::u32string t = to_u32(c.text);
    if (t.size() > 10 || t.back() == U'：' || t.back() == U':') return 0;
    for (char32_t ch : t)
      if (ch == U'。' || ch == U'，' || ch == U'；' || ch == U',' || ch == U';' || ch == U'：' || ch == U':') return 0;
  }
  table.kind = SourceBlock::Kind::Table;
  table.table.rows.clear();
  auto add_row = [&](const std::vector<SpacedCell>& cells) {
    std::vector<SourceCell> row;
    for (size_t k = 0; k < cells.size(); ++k) {
      int col = static_cast<int>(k) + 1;
      if (cells.size() != header.size()) {  // cells left out: each under the header cell it starts nearest
        size_t best = 0, best_gap = static_cast<size_t>(-1);
        for (size_t h = 0; h < header.size(); ++h) {
          size_t gap = header[h].column > cells[k].column ? header[h].column - cells[k].column : cells[k].column - header[h].column;
          if (gap < best_gap) best = h, best_gap = gap;
        }
        col = static_cast<int>(best) + 1;
        if (!row.empty() && row.back().column >= col) return false;
      }
      row.push_back({cells[k].text, col, 1, false});
    }
    table.table.rows.push_back(std::move(row));
    return true;
  };
  add_row(header);
  size_t end = start + 1;
  for (; end < lines.size(); ++end) {
    if (lines[end].text.find('\t') != std::string::npos) break;
    std::vector<SpacedCell> cells = spaced_cells(lines[end].text);
    if (cells.size() < 2 || cells.size() > header.size() || !add_row(cells)) break;
  }
  if (table.table.rows.size() < 2) return 0;
  return end - start;
}

}  // namespace

// The cells of a line that is a table's row: tab-separated, else ruled with bars; none else.
std::vector<std::string> row_cells(const std::string& line) {
  std::vector<std::string> cells = tab_cells(line);
  return cells.empty() ? bar_cells(line) : cells;
}

void paragraph_rows_as_tables(SourceDocument* doc) {
  std::vector<SourceBlock> blocks;
  auto row_of = [](const SourceBlock& b) {
    if (b.kind != SourceBlock::Kind::Paragraph || b.heading_level > 0 || b.text.find('\n') != std::string::npos)
      return std::vector<std::string>();
    return row_cells(b.text);
  };
  for (size_t i = 0; i < doc->blocks.size();) {
    size_t end = i;
    SourceBlock table;
    table.kind = SourceBlock::Kind::Table;
    for (std::vector<std::string> cells; end < doc->blocks.size() && !(cells = row_of(doc->blocks[end])).empty(); ++end) {
      if (bar_rule(cells)) continue;
      std::vector<SourceCell> row;
      int column = 1;
      for (std::string& cell : cells) row.push_back({std::move(cell), column++, 1, false});
      table.table.rows.push_back(std::move(row));
    }
    if (end - i >= 2 && table.table.rows.size() >= 2) {
      table.place = doc->blocks[i].place;
      table.place.paragraph = 0;
      blocks.push_back(std::move(table));
      i = end;
      continue;
    }
    blocks.push_back(std::move(doc->blocks[i]));
    ++i;
  }
  // Tables numbered again in document order; a tab left in a paragraph is a space, as before.
  int tables = 0;
  for (SourceBlock& b : blocks) {
    if (b.kind == SourceBlock::Kind::Table) {
      b.place.table = ++tables;
    } else {
      std::replace(b.text.begin(), b.text.end(), '\t', ' ');
    }
  }
  doc->blocks = std::move(blocks);
}

SourceDocument text_source(std::string_view utf8_text, const std::string& path) {
  SourceDocument doc;
  doc.path = path;
  doc.format = SourceFormat::Text;
  std::vector<TextLine> lines;
  int bad_line = 0;
  split_lines(utf8_text, &lines, &bad_line);
  int tables = 0;
  for (size_t i = 0; i < lines.size();) {
    // Two or more lines of tab-separated cells in a row are a table.
    SourceBlock table;
    if (size_t taken = spaced_table(lines, i, table)) {
      table.place.line = lines[i].number;
      table.place.table = ++tables;
      doc.blocks.push_back(std::move(table));
      i += taken;
      continue;
    }
    table = SourceBlock();
    table.kind = SourceBlock::Kind::Table;
    size_t end = i;
    // So are two or more lines ruled with bars; a Markdown rule between them is no row.
    for (std::vector<std::string> cells; end < lines.size() && !(cells = row_cells(lines[end].text)).empty(); ++end) {
      if (bar_rule(cells)) continue;
      std::vector<SourceCell> row;
      int column = 1;
      for (std::string& cell : cells) row.push_back({std::move(cell), column++, 1, false});
      table.table.rows.push_back(std::move(row));
    }
    if (end - i >= 2) {
      table.place.line = lines[i].number;
      table.place.table = ++tables;
      doc.blocks.push_back(std::move(table));
      i = end;
      continue;
    }
    SourceBlock block;
    block.text = std::move(lines[i].text);
    block.place.line = lines[i].number;
    doc.blocks.push_back(std::move(block));
    ++i;
  }
  return doc;
}

bool read_text_source(std::string_view bytes, const std::string& name, SourceDocument* out, SourceReadError* error) {
  // NUL bytes never occur in UTF-8 or GB18030 text; a binary file would otherwise pass as GB18030.
  size_t nul = bytes.find('\0');
  std::string utf8;
  TextEncoding encoding = TextEncoding::Utf8;
  size_t bad = nul;
  if (nul != std::string_view::npos || !decode_text(bytes, &utf8, &encoding, &bad)) {
    bad = std::min(bad, bytes.size());
    int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
    *error = {"不是文本文件：第" + std::to_string(line) + "行既不是 UTF-8 也不是 GB18030（GBK）文本",
              "not a text file: line " + std::to_string(line) + " is neither UTF-8 nor GB18030 (GBK) text"};
    return false;
  }
  *out = text_source(utf8, name);
  if (encoding == TextEncoding::Gb18030) out->notes.push_back({"已从 GB18030 转换为 UTF-8", "converted from GB18030 to UTF-8"});
  return true;
}

bool is_wide_char(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) ||   // CJK radicals, punctuation, kana, ideographs
         (c >= 0xAC00 && c <= 0xD7AF) ||   // hangul
         (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||   // CJK compatibility forms
         (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
         (c >= 0x20000 && c <= 0x3FFFF) ||  // extension ideographs
         c == 0x2014 || c == 0x2026 || (c >= 0x2018 && c <= 0x201F);  // — … “ ” ‘ ’ as Chinese sets them
}

namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string close_cjk_spaces(std::string_view utf8) {
  std::u32string s = to_u32(utf8);
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < s.size();) {
    if (!is_space(s[i])) {
      append_utf8(s[i], &out);
      ++i;
      continue;
    }
    size_t end = i;
    while (end < s.size() && is_space(s[end])) ++end;
    // Ends are trimmed; a run between two characters stays only when neither is wide.
    bool keep = i > 0 && end < s.size() && s[i - 1] != '\n' && s[end] != '\n' && !is_wide_char(s[i - 1]) &&
                !is_wide_char(s[end]);
    if (keep) out += ' ';
    i = end;
  }
  return out;
}

}  // namespace plancheck
