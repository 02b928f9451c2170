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
