// A saved web page (.html/.htm) as a government site publishes a document: libxml2's HTML
// parser (no network, errors recovered), then the article body only. Page chrome — scripts,
// navigation, headers, footers, forms, share buttons, breadcrumbs — is dropped by element and
// by class/id; the body container is the element that collects the most paragraph text with
// few links (as readability-style tools score it). <meta> fields, <title> and the page's
// 发文字号 / 成文日期 / 发布日期 rows go into the metadata.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <unordered_map>

#include "import_text.h"
#include "source_readers.h"
#include "text_encoding.h"
#include "utf32.h"

namespace plancheck {

namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

const char* name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->name && std::strcmp(name_of(n), name) == 0;
}

std::string prop(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool one_of(const char* name, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (std::strcmp(name, n) == 0) return true;
  return false;
}

int heading_of(const xmlNode* n) {
  const char* s = name_of(n);
  return (s[0] == 'h' && s[1] >= '1' && s[1] <= '6' && s[2] == 0) ? s[1] - '0' : 0;
}

// Elements that are never article text.
bool chrome_element(const char* name) {
  return one_of(name, {"script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "frame", "frameset",
                       "aside", "button", "select", "input", "textarea", "svg", "object", "embed", "template", "head",
                       "link", "map", "canvas", "audio", "video", "label", "option"});
}

// class / id words of navigation, sharing, breadcrumbs and footers (tokens split at - _ and spaces).
bool chrome_token(const std::string& token) {
  static const char* exact[] = {"nav", "navbar", "menu", "menus", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "share",
                                "bdshare", "jiathis", "social", "footer", "foot", "header", "head", "topbar", "toolbar",
                                "sidebar", "side", "copyright", "banner", "login", "search", "related", "comment",
                                "comments", "pager", "pagination", "print", "position", "location", "weizhi", "dh",
                                "ad", "ads", "advert", "gotop", "totop", "backtop", "qrcode", "ewm", "fxd", "bottom",
                                "links", "friendlink", "yqlj", "tools", "skip"};
  for (const char* e : exact)
    if (token == e) return true;
  for (const char* prefix : {"nav", "menu", "breadcrumb", "share", "footer", "copyright", "sidebar", "bdshare"})
    if (token.compare(0, std::strlen(prefix), prefix) == 0) return true;
  return false;
}

bool chrome_attributes(const xmlNode* n) {
  for (const char* attr : {"class", "id", "role"}) {
    std::string v = ascii_lower(prop(n, attr));
    if (v.empty()) continue;
    // Readability keeps an element whose names also say it is the article.
    if (v.find("content") != std::string::npos || v.find("article") != std::string::npos ||
        v.find("main") != std::string::npos || v.find("body") != std::string::npos ||
        v.find("trs_editor") != std::string::npos || v.find("zoom") != std::string::npos)
      continue;
    std::string token;
    for (size_t i = 0; i <= v.size(); ++i) {
      char c = i < v.size() ? v[i] : ' ';
      if (c == ' ' || c == '-' || c == '_' || c == '\t') {
        if (!token.empty() && chrome_token(token)) return true;
        token.clear();
      } else {
        token += c;
      }
    }
  }
  std::string style = ascii_lower(prop(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

bool dropped(const xmlNode* n) {
  return n->type == XML_ELEMENT_NODE && (chrome_element(name_of(n)) || chrome_attributes(n));
}

bool block_element(const char* name) {
  return one_of(name, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
                       "section", "article", "main", "tr", "td", "th", "dd", "dt", "dl", "center", "address",
                       "figure", "figcaption", "hr", "table", "tbody", "thead", "tfoot", "caption", "body", "html"});
}

// Code points in `s` that are CJK ideographs (the measure of article text).
int cjk_count(const std::string& s) {
  int n = 0;
  for (size_t i = 0; i + 2 < s.size() + 0 && i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE4 && c <= 0xE9) ++n, i += 2;  // U+4E00..U+9FFF encode with these lead bytes
  }
  return n;
}

// Whether `table` holds data (rows of two or more cells, none holding another table or a
// whole article) rather than a page's layout; defined below the Emitter, which reads it.
bool data_table(xmlNode* table);

// The data table whose cell holds `n` (a paragraph written inside a cell: Word and
// LibreOffice save a cell's text as <td><p>…</p></td>), or null: climbs through inline
// elements and paragraphs to the nearest cell; a layout table's cell is no data table's.
xmlNode* enclosing_data_table(xmlNode* n, std::unordered_map<xmlNode*, bool>& known) {
  for (int depth = 0; n && n->type == XML_ELEMENT_NODE && depth < 20; ++depth, n = n->parent) {
    const char* name = name_of(n);
    if (one_of(name, {"td", "th"})) {
      xmlNode* up = n->parent;
      while (up && up->type == XML_ELEMENT_NODE && one_of(name_of(up), {"tr", "tbody", "thead", "tfoot"})) up = up->parent;
      if (!up || !named(up, "table")) return nullptr;
      auto it = known.find(up);
      if (it == known.end()) it = known.emplace(up, data_table(up)).first;  // once per table: it reads every cell
      return it->second ? up : nullptr;
    }
    if (one_of(name, {"table", "body", "html", "article", "section", "main"})) return nullptr;
  }
  return nullptr;
}

// Text and link text below a node, chrome excluded.
struct Counts {
  int text = 0, link = 0, commas = 0;
};

class Scorer {
 public:
  Counts counts(xmlNode* n) {
    auto it = memo_.find(n);
    if (it != memo_.end()) return it->second;
    Counts c;
    for (xmlNode* k = n->children; k; k = k->next) {
      if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
        std::string t = reinterpret_cast<const char*>(k->content ? k->content : reinterpret_cast<const xmlChar*>(""));
        c.text += cjk_count(t);
        for (size_t p = 0; (p = t.find("，", p)) != std::string::npos; p += 3) ++c.commas;
      } else if (k->type == XML_ELEMENT_NODE && !dropped(k)) {
        Counts sub = counts(k);
        c.text += sub.text;
        c.commas += sub.commas;
        c.link += named(k, "a") ? sub.text : sub.link;
      }
    }
    memo_[n] = c;
    return c;
  }

  // Each paragraph-like element scores its parent fully, its grandparent half, the next a third.
  xmlNode* best(xmlNode* root) {
    visit(root, 0);
    xmlNode* top = nullptr;
    double top_score = 0;
    for (const auto& entry : score_) {
      Counts c = counts(entry.first);
      double density = c.text > 0 ? static_cast<double>(c.link) / c.text : 1;
      double s = entry.second * (1 - density);
      if (s > top_score) top_score = s, top = entry.first;
    }
    return top;
  }

 private:
  void visit(xmlNode* n, int depth) {
    if (depth > 200) return;
    for (xmlNode* k = n->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE || dropped(k)) continue;
      const char* name = name_of(k);
      bool paragraph = one_of(name, {"p", "td", "pre", "li"}) || (std::strcmp(name, "div") == 0 && !has_block_child(k));
      if (paragraph) {
        Counts c = counts(k);
        if (c.text >= 10) {
          double s = 1 + c.commas + std::min(c.text / 100.0, 3.0);
          xmlNode* up = k->parent;
          // A data table's cell credits what holds the table, never its row: the rows of a
          // report's task table are part of the article, not the article (its title and
          // signature outside the table would be lost).
          // So does a paragraph inside a data table's cell (<td><p>…</p></td>, as Word and
          // LibreOffice save a page), and a wrapper that holds the table alone (<center>) is
          // the table's: the credit goes to what holds the table beside the article's text.
          xmlNode* table = nullptr;
          if (one_of(name, {"td", "th"})) {
            while (up && up->type == XML_ELEMENT_NODE && one_of(name_of(up), {"tr", "tbody", "thead", "tfoot", "table"}))
              table = up, up = up->parent;
          } else if ((table = enclosing_data_table(up, data_tables_))) {
            up = table->parent;
          }
          for (xmlNode* held = table; table && up && up->type == XML_ELEMENT_NODE && !named(up, "body") && only_child(up, held);)
            held = up, up = up->parent;
          for (double share : {1.0, 0.5, 1.0 / 3})
            if (up && up->type == XML_ELEMENT_NODE) score_[up] += s * share, up = up->parent;
        }
      }
      visit(k, depth + 1);
    }
  }
  // Whether `child` is the only element under `n` that is not page chrome.
  static bool only_child(xmlNode* n, xmlNode* child) {
    for (xmlNode* k = n->children; k; k = k->next)
      if (k != child && k->type == XML_ELEMENT_NODE && !dropped(k)) return false;
    return true;
  }
  static bool has_block_child(xmlNode* n) {
    for (xmlNode* k = n->children; k; k = k->next)
      if (k->type == XML_ELEMENT_NODE && block_element(name_of(k))) return true;
    return false;
  }
  std::unordered_map<xmlNode*, Counts> memo_;
  std::unordered_map<xmlNode*, double> score_;
  std::unordered_map<xmlNode*, bool> data_tables_;  // table → whether it holds data
};

// Short lines of page chrome that carry no class to recognise them by.
bool chrome_line(const std::string& line) {
  if (count_chars(line) > 60) return false;
  for (const char* start : {"当前位置", "您现在的位置", "您的位置", "现在位置", "分享到", "分享：", "【打印", "打印本页",
                            "关闭窗口", "【关闭", "【字体", "字号：", "扫一扫", "上一篇", "下一篇", "返回顶部"})
    if (starts_with(line, start)) return true;
  return false;
}

// Walks a subtree, making paragraphs of block elements and tables of data tables; in collect
// mode (a table cell) it gathers lines instead, a nested table's cells one per line.
class Emitter {
 public:
  friend bool data_table(xmlNode* table);
  Emitter(SourceDocument* doc, bool keep_chrome) : doc_(doc), keep_chrome_(keep_chrome) {}
  explicit Emitter(std::vector<std::string>* lines) : lines_(lines) {}

  void walk(xmlNode* n, int depth = 0) {
    if (depth > 200) return;
    for (xmlNode* k = n->children; k; k = k->next) visit(k, depth);
  }

  // One node and what is below it.
  void visit(xmlNode* k, int depth = 0) {
    if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
      if (k->content) text(reinterpret_cast<const char*>(k->content), k);
      return;
    }
    if (k->type != XML_ELEMENT_NODE) return;
    if (!keep_chrome_ ? dropped(k) : chrome_element(name_of(k))) return;
    const char* name = name_of(k);
    if (std::strcmp(name, "br") == 0) {
      buffer_ += '\n';
    } else if (std::strcmp(name, "table") == 0 && doc_ && is_data_table(k)) {
      flush();
      table(k);
    } else if (block_element(name)) {
      flush();
      heading_ = heading_of(k);
      line_ = static_cast<int>(xmlGetLineNo(k));
      walk(k, depth + 1);
      flush();
    } else {
      walk(k, depth + 1);
    }
  }

  // The spaces a line keeps, none at its ends: a cell's typed ones as one ideographic space
  // each, a paragraph's typed ones as one space, and a line break of the page's source in a
  // paragraph as a browser shows it (CSS Text's segment breaks): nothing between two wide
  // characters (区自然资源\n和规划局), else a space (LibreOffice wraps a page's lines at the
  // spaces typed: 退耕还林\nxx\n亩).
  static std::string typed_spaces(const std::string& line) {
    std::u32string s = to_u32(line), out;
    auto after_space = [&out] { return out.empty() || out.back() == U' ' || out.back() == U'\u3000'; };
    for (size_t i = 0; i < s.size(); ++i) {
      const char32_t c = s[i];
      if (c == static_cast<char32_t>(kTypedSpace)) {
        if (!after_space()) out += U'\u3000';
      } else if (c == static_cast<char32_t>(kKeptSpace)) {
        if (!after_space()) out += U' ';
      } else if (c == static_cast<char32_t>(kBreakSpace)) {
        const char32_t next = i + 1 < s.size() ? s[i + 1] : 0;
        if (!after_space() && next != 0 && !(is_wide_char(out.back()) && is_wide_char(next))) out += U' ';
      } else {
        out += c;
      }
    }
    while (!out.empty() && (out.back() == U' ' || out.back() == U'\u3000')) out.pop_back();
    std::string utf8;
    append_utf8(out, &utf8);
    return utf8;
  }

  void flush() {
    std::string text;
    size_t start = 0;
    while (true) {
      size_t end = buffer_.find('\n', start);
      std::string line = typed_spaces(close_cjk_spaces(std::string_view(buffer_).substr(start, end == std::string::npos ? std::string::npos : end - start)));
      if (!line.empty() && !(doc_ && !keep_chrome_ && chrome_line(line))) {
        if (lines_) lines_->push_back(line);
        if (!text.empty()) text += '\n';
        text += line;
      }
      if (end == std::string::npos) break;
      start = end + 1;
    }
    buffer_.clear();
    if (doc_ && !text.empty()) {
      SourceBlock block;
      block.text = std::move(text);
      block.heading_level = heading_;
      block.place.line = line_;
      block.place.paragraph = ++paragraphs_;
      doc_->blocks.push_back(std::move(block));
    }
    heading_ = 0;
    line_ = 0;
  }

 private:
  void text(const char* s, xmlNode* node) {
    if (buffer_.empty() && line_ == 0) line_ = static_cast<int>(xmlGetLineNo(node));
    // HTML white space (source line breaks included) is one space; close_cjk_spaces then
    // drops it next to Chinese text. In a table cell, spaces typed on one line (市发改委 市财政局,
    // &nbsp;, 　) set items apart: they are kept, as an ideographic space. In a paragraph, a
    // space typed on one line is what the page shows and what a copy of its text keeps
    // (新建高标准农田xx 亩): kept as one space, as a text file or Word keeps it.
    for (const char* p = s; *p;) {
      size_t space = space_at(p);
      if (space == 0) {
        buffer_ += *p++;
        continue;
      }
      bool typed = true, ideographic = false, line_break = false;
      for (; (space = space_at(p)) != 0; p += space) {
        typed = typed && *p != '\n' && *p != '\r' && *p != '\t' && *p != '\f';
        line_break = line_break || *p == '\n' || *p == '\r';
        ideographic = ideographic || space == 3;
      }
      // Outside a cell too, an ideographic space (　) is typed by a person, never the page
      // source's layout: it sets names apart (责任单位：各乡镇　县财政局), as in a text file.
      char mark = (lines_ && typed) || (typed && ideographic) ? kTypedSpace
                  : typed                                     ? kKeptSpace
                  : line_break && !lines_                     ? kBreakSpace
                                                              : ' ';
      // Runs of white space split by tags are one: the strongest mark stands.
      if (!buffer_.empty() && space_strength(buffer_.back()) > 0) {
        if (space_strength(mark) > space_strength(buffer_.back())) buffer_.back() = mark;
        continue;
      }
      buffer_ += mark;
    }
  }

  // Bytes of the white space at `p`: ASCII white space, a no-break space, an ideographic space.
  static size_t space_at(const char* p) {
    if (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t' || *p == '\f') return 1;
    if (p[0] == '\xC2' && p[1] == '\xA0') return 2;
    if (p[0] == '\xE3' && p[1] == '\x80' && p[2] == '\x80') return 3;
    return 0;
  }
  static constexpr char kTypedSpace = '\x1F';  // no space to close_cjk_spaces; 　 after it
  static constexpr char kKeptSpace = '\x1E';   // no space to close_cjk_spaces; ' ' after it
  static constexpr char kBreakSpace = '\x1D';  // a source line break in a paragraph: typed_spaces resolves it
  static int space_strength(char c) {
    return c == kTypedSpace ? 4 : c == kKeptSpace ? 3 : c == kBreakSpace ? 2 : c == ' ' ? 1 : 0;
  }

  static std::vector<xmlNode*> rows_of(xmlNode* table) {
    std::vector<xmlNode*> rows;
    for (xmlNode* k = table->children; k; k = k->next) {
      if (named(k, "tr")) rows.push_back(k);
      else if (named(k, "tbody") || named(k, "thead") || named(k, "tfoot"))
        for (xmlNode* r = k->children; r; r = r->next)
          if (named(r, "tr")) rows.push_back(r);
    }
    return rows;
  }
  static std::vector<xmlNode*> cells_of(xmlNode* row) {
    std::vector<xmlNode*> cells;
    for (xmlNode* k = row->children; k; k = k->next)
      if (named(k, "td") || named(k, "th")) cells.push_back(k);
    return cells;
  }
  static bool contains(xmlNode* n, const char* name, int depth = 0) {
    for (xmlNode* k = n->children; k && depth < 100; k = k->next)
      if (named(k, name) || (k->type == XML_ELEMENT_NODE && contains(k, name, depth + 1))) return true;
    return false;
  }

  // A table of data (rows of several cells), not a layout table holding the page.
  static bool is_data_table(xmlNode* table) {
    int wide_rows = 0;
    Scorer scorer;
    for (xmlNode* row : rows_of(table)) {
      std::vector<xmlNode*> cells = cells_of(row);
      if (cells.size() >= 2) ++wide_rows;
      for (xmlNode* cell : cells)
        if (contains(cell, "table") || scorer.counts(cell).text > 1500) return false;
    }
    return wide_rows >= 2;
  }

  static int span_attr(xmlNode* n, const char* name) {
    std::string v = prop(n, name);
    int value = std::atoi(v.c_str());
    return std::max(1, std::min(value, 1000));
  }

  void table(xmlNode* node) {
    SourceBlock block;
    block.kind = SourceBlock::Kind::Table;
    block.place.table = ++tables_;
    block.place.line = static_cast<int>(xmlGetLineNo(node));
    struct Pending {
      int remaining, span;
      std::string text;
    };
    std::map<int, Pending> pending;  // first column → a rowspan still covering rows below
    for (xmlNode* row : rows_of(node)) {
      std::vector<SourceCell> cells;
      int column = 1;
      auto take_pending = [&](bool all) {
        for (auto it = pending.begin(); it != pending.end();) {
          if (!all && it->first != column) { ++it; continue; }
          if (it->first < column) { ++it; continue; }
          SourceCell cell{it->second.text, it->first, it->second.span, true};
          column = it->first + it->second.span;
          cells.push_back(cell);
          if (--it->second.remaining == 0) it = pending.erase(it);
          else ++it;
          if (!all) return true;
        }
        return false;
      };
      for (xmlNode* td : cells_of(row)) {
        while (take_pending(false)) {}
        std::vector<std::string> lines;
        Emitter inner(&lines);
        inner.walk(td);
        inner.flush();
        SourceCell cell;
        for (const std::string& l : lines) cell.text += (cell.text.empty() ? "" : "\n") + l;
        cell.column = column;
        cell.span = span_attr(td, "colspan");
        int rowspan = span_attr(td, "rowspan");
        if (rowspan > 1) pending[column] = {rowspan - 1, cell.span, cell.text};
        column += cell.span;
        cells.push_back(std::move(cell));
      }
      take_pending(true);
      std::sort(cells.begin(), cells.end(), [](const SourceCell& a, const SourceCell& b) { return a.column < b.column; });
      block.table.rows.push_back(std::move(cells));
    }
    if (!block.table.rows.empty()) doc_->blocks.push_back(std::move(block));
    else --tables_;
  }

  SourceDocument* doc_ = nullptr;
  std::vector<std::string>* lines_ = nullptr;
  bool keep_chrome_ = false;
  std::string buffer_;
  int heading_ = 0, line_ = 0, paragraphs_ = 0, tables_ = 0;
};

bool data_table(xmlNode* table) { return Emitter::is_data_table(table); }

// The charset a page declares in its first bytes (<meta charset=…> or content="…; charset=…").
std::string declared_charset(std::string_view bytes, size_t* at, size_t* length) {
  std::string head = ascii_lower(bytes.substr(0, 8192));
  size_t p = head.find("charset");
  while (p != std::string::npos) {
    size_t q = p + 7;
    while (q < head.size() && (head[q] == ' ' || head[q] == '=' || head[q] == '"' || head[q] == '\'')) ++q;
    size_t end = q;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' || head[end] == '_')) ++end;
    if (end > q) {
      *at = q;
      *length = end - q;
      return head.substr(q, end - q);
    }
    p = head.find("charset", p + 7);
  }
  return "";
}

// Fields of the page outside the body: a label with its value on the same line or the next.
void label_fields(const std::vector<std::string>& lines, std::vector<std::pair<std::string, std::string>>* metadata) {
  static const char* labels[] = {"发文字号", "文号", "成文日期", "发布日期", "发布时间", "公开日期", "生效日期",
                                 "发文机关", "发布机构", "索引号", "主题分类", "标题"};
  auto find_label = [](const std::string& line, size_t from, size_t* where, const char** which) {
    size_t best = std::string::npos;
    for (const char* label : labels) {
      for (size_t p = line.find(label, from); p != std::string::npos; p = line.find(label, p + 1)) {
        // At the start of the line or after a space or bracket, not inside a word (发文字号 ⊃ 文号).
        bool boundary = p == 0 || line[p - 1] == ' ' || line.compare(p >= 3 ? p - 3 : 0, 3, "】") == 0 ||
                        line.compare(p >= 3 ? p - 3 : 0, 3, "　") == 0 || line[p - 1] == '|';
        if (boundary && p < best) best = p, *which = label;
        if (boundary) break;
      }
    }
    *where = best;
    return best != std::string::npos;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    size_t p = 0;
    const char* label = nullptr;
    while (find_label(line, p, &p, &label)) {
      size_t value_start = p + std::strlen(label);
      while (value_start < line.size() && line[value_start] == ' ') ++value_start;
      for (const char* colon : {"：", ":"})
        if (line.compare(value_start, std::strlen(colon), colon) == 0) value_start += std::strlen(colon);
      size_t next = std::string::npos;
      const char* next_label = nullptr;
      find_label(line, value_start, &next, &next_label);
      std::string value = trim_spaces(line.substr(value_start, next == std::string::npos ? std::string::npos : next - value_start));
      if (value.empty() && next == std::string::npos && i + 1 < lines.size()) value = trim_spaces(lines[i + 1]);
      bool known = false;
      for (const auto& field : *metadata) known = known || field.first == label;
      if (!value.empty() && !known && count_chars(value) <= 80) metadata->push_back({label, value});
      if (next == std::string::npos) break;
      p = next;
    }
  }
}

}  // namespace

bool read_html_source(std::string_view bytes, const std::string& name, SourceDocument* out, SourceReadError* error) {
  std::string utf8;
  TextEncoding encoding = TextEncoding::Utf8;
  size_t bad = 0;
  if (bytes.find('\0') != std::string_view::npos || !decode_text(bytes, &utf8, &encoding, &bad)) {
    *error = {"网页的编码无法识别（既不是 UTF-8 也不是 GB18030/GBK）", "the web page's encoding is neither UTF-8 nor GB18030/GBK"};
    return false;
  }
  // The text is UTF-8 now, whatever the page declares: say so to the parser.
  size_t at = 0, length = 0;
  std::string declared = declared_charset(utf8, &at, &length);
  if (!declared.empty() && declared != "utf-8" && declared != "utf8") utf8.replace(at, length, "utf-8");

  // A parser context of its own, to ask it afterwards whether it stopped short: libxml2 stops
  // at 256 nested elements and, recovering, keeps what came before — the rest of the page
  // would be lost in silence, so such a page is refused instead.
  std::unique_ptr<htmlParserCtxt, void (*)(htmlParserCtxtPtr)> context(htmlNewParserCtxt(), htmlFreeParserCtxt);
  if (!context) {
    *error = {"网页无法解析（内存不足）", "the web page cannot be parsed (out of memory)"};
    return false;
  }
  std::unique_ptr<xmlDoc, DocFree> html(htmlCtxtReadMemory(
      context.get(), utf8.data(), static_cast<int>(std::min<size_t>(utf8.size(), INT32_MAX)), nullptr, "UTF-8",
      HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_NOBLANKS));
  const xmlError& last = context->lastError;
  if (last.code == XML_ERR_INTERNAL_ERROR && last.message && std::strstr(last.message, "Excessive depth")) {
    *error = {"网页的元素嵌套过深（超过 256 层），无法完整读取", "the web page nests its elements too deep (over 256 levels) to be read whole"};
    return false;
  }
  xmlNode* root = html ? xmlDocGetRootElement(html.get()) : nullptr;
  if (!root) {
    *error = {"网页无法解析（没有 HTML 内容）", "the web page cannot be parsed (no HTML content)"};
    return false;
  }
  SourceDocument doc;
  doc.path = name;
  doc.format = SourceFormat::Html;
  if (encoding == TextEncoding::Gb18030) doc.notes.push_back({"已从 GB18030 转换为 UTF-8", "converted from GB18030 to UTF-8"});

  // Metadata: <title>, every <meta name=… content=…>, then the page's labelled rows.
  xmlNode* body = nullptr;
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (named(n, "body") && !body) body = n;
    if (named(n, "title")) {
      std::vector<std::string> lines;
      Emitter title(&lines);
      title.walk(n);
      title.flush();
      if (!lines.empty()) doc.metadata.push_back({"title", lines[0]});
    } else if (named(n, "meta")) {
      std::string key = prop(n, "name");
      if (key.empty()) key = prop(n, "property");
      std::string value = trim_spaces(prop(n, "content"));
      if (!key.empty() && !value.empty()) doc.metadata.push_back({key, value});
    }
    if (stack.size() < 100000)
      for (xmlNode* k = n->last; k; k = k->prev)
        if (k->type == XML_ELEMENT_NODE && !named(n, "script") && !named(n, "style")) stack.push_back(k);
  }
  if (!body) body = root;
  {
    std::vector<std::string> lines;
    Emitter all(&lines);
    all.walk(body);
    all.flush();
    label_fields(lines, &doc.metadata);
  }

  Scorer scorer;
  xmlNode* top = scorer.best(body);
  if (!top) top = body;
  // The article's title usually stands just before its body container, outside it.
  std::vector<xmlNode*> parts;
  for (xmlNode* container = top; container && container != body && container->parent && parts.empty();
       container = container->parent) {
    for (xmlNode* k = container->parent->children; k && k != container; k = k->next) {
      if (k->type != XML_ELEMENT_NODE || dropped(k)) continue;
      std::string cls = ascii_lower(prop(k, "class") + " " + prop(k, "id"));
      if (heading_of(k) || cls.find("title") != std::string::npos) parts.push_back(k);
    }
    if (container != top) break;  // the parent's and the grandparent's siblings, no further
  }
  Emitter emitter(&doc, false);
  for (xmlNode* part : parts) emitter.visit(part);
  emitter.flush();
  emitter.visit(top);
  emitter.flush();
  if (doc.blocks.empty()) {
    *error = {"网页中没有找到正文", "no article text found in the web page"};
    return false;
  }
  *out = std::move(doc);
  return true;
}

}  // namespace plancheck
