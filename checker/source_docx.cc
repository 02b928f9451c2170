// Word .docx: a zip (libzip, read from memory) whose main part, word/document.xml, is read
// with pugixml in document order: paragraphs, soft breaks, tables with merged cells. pugixml
// reads no DTD and fetches no entity. Every part is size-checked before it is inflated and
// capped while it is read, so a zip bomb is refused, not unpacked.
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <pugixml.hpp>

#include "docx_numbering.h"
#include "document.h"
#include "import_text.h"
#include "ooxml.h"
#include "source_readers.h"

namespace plancheck {

namespace {

// A part whose uncompressed size is this many times its compressed size, and over 1 MiB, is a
// bomb: Word's XML compresses 5–20×; runs of one byte reach 1000×.
constexpr double kMaxRatio = 200;
constexpr uint64_t kRatioFloor = uint64_t{1} << 20;
constexpr int kMaxXmlDepth = ooxml::kMaxPartDepth;

struct ZipCloser {
  void operator()(zip_t* zip) const { zip_discard(zip); }
};

class DocxPackage {
 public:
  DocxPackage(std::string_view bytes, const SourceReadOptions& options) : options_(options) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
      zip_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
      if (!zip_) zip_source_free(source);
    }
    zip_error_fini(&error);
  }
  bool open() const { return zip_ != nullptr; }
  bool has(const std::string& part) const { return zip_name_locate(zip_.get(), part.c_str(), 0) >= 0; }

  // The part's bytes; false with *error when it is absent, encrypted, too big or damaged.
  bool read(const std::string& part, std::string* out, SourceReadError* error) {
    zip_int64_t index = zip_name_locate(zip_.get(), part.c_str(), 0);
    if (index < 0) {
      *error = {"Word 文档中没有 " + part, "the Word document has no " + part};
      return false;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
      *error = {"Word 文档已损坏：无法读取 " + part, "the Word document is damaged: cannot read " + part};
      return false;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
      *error = {"Word 文档已加密（" + part + " 需要密码），请去掉密码后另存为 .docx",
                "the Word document is encrypted (" + part + " needs a password); remove the password and save it as .docx"};
      return false;
    }
    const size_t budget = options_.max_unpacked_bytes > unpacked_ ? options_.max_unpacked_bytes - unpacked_ : 0;
    auto too_big = [&] {
      *error = {"Word 文档解压后过大（" + part + " 超过 " + std::to_string(options_.max_unpacked_bytes >> 20) +
                    " MB），可能是压缩炸弹，已拒绝读取",
                "the Word document unpacks too large (" + part + " over " +
                    std::to_string(options_.max_unpacked_bytes >> 20) + " MB), possibly a zip bomb; refused"};
      return false;
    };
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > budget) return too_big();
    if ((stat.valid & ZIP_STAT_SIZE) && (stat.valid & ZIP_STAT_COMP_SIZE) && stat.size > kRatioFloor &&
        static_cast<double>(stat.size) > kMaxRatio * static_cast<double>(stat.comp_size)) {
      *error = {"Word 文档的 " + part + " 压缩比异常（" + std::to_string(stat.size / std::max<zip_uint64_t>(stat.comp_size, 1)) +
                    " 倍），可能是压缩炸弹，已拒绝读取",
                "the Word document's " + part + " has an absurd compression ratio (" +
                    std::to_string(stat.size / std::max<zip_uint64_t>(stat.comp_size, 1)) + "x), possibly a zip bomb; refused"};
      return false;
    }
    zip_file_t* file = zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0);
    if (!file) {
      zip_error_t* e = zip_get_error(zip_.get());
      if (zip_error_code_zip(e) == ZIP_ER_NOPASSWD || zip_error_code_zip(e) == ZIP_ER_WRONGPASSWD) {
        *error = {"Word 文档已加密，请去掉密码后另存为 .docx",
                  "the Word document is encrypted; remove the password and save it as .docx"};
      } else {
        *error = {"Word 文档已损坏：无法解压 " + part, "the Word document is damaged: cannot unpack " + part};
      }
      return false;
    }
    out->clear();
    // Capped while reading too: the sizes in the zip's directory may lie.
    char buffer[65536];
    bool ok = true;
    while (true) {
      zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
      if (n < 0) {
        *error = {"Word 文档已损坏：解压 " + part + " 出错", "the Word document is damaged: " + part + " does not unpack"};
        ok = false;
        break;
      }
      if (n == 0) break;
      if (out->size() + static_cast<size_t>(n) > budget) {
        ok = too_big();
        break;
      }
      out->append(buffer, static_cast<size_t>(n));
    }
    zip_fclose(file);
    if (ok) unpacked_ += out->size();
    return ok;
  }

 private:
  std::unique_ptr<zip_t, ZipCloser> zip_;
  const SourceReadOptions& options_;
  size_t unpacked_ = 0;
};

using ooxml::attr;
using ooxml::child;
using ooxml::int_attr;
using ooxml::is;

// The element's name without its namespace prefix (w:p → p).
const char* local(const pugi::xml_node& node) { return local_name(node.name()); }

// Paragraph styles: the heading level each one gives (Heading 1 / 标题 1 / an outline level).
class Styles {
 public:
  void load(const pugi::xml_document& doc) {
    for (pugi::xml_node style : child(doc, "styles").children()) {
      if (!is(style, "style")) continue;
      const char* id = attr(style, "styleId");
      if (!id) continue;
      Style& s = styles_[id];
      if (pugi::xml_node name = child(style, "name")) s.name = attr(name, "val") ? attr(name, "val") : "";
      if (pugi::xml_node based = child(style, "basedOn")) s.based_on = attr(based, "val") ? attr(based, "val") : "";
      if (pugi::xml_node ppr = child(style, "pPr")) {
        if (pugi::xml_node outline = child(ppr, "outlineLvl")) s.outline = int_attr(outline, "val", -1);
        if (pugi::xml_node num = child(ppr, "numPr")) {
          if (pugi::xml_node id = child(num, "numId")) s.num_id = int_attr(id, "val", -1);
          if (pugi::xml_node level = child(num, "ilvl")) s.num_level = int_attr(level, "val", 0);
        }
      }
    }
  }

  // The list a style numbers its paragraphs in, {numId, level}; numId -1 when none.
  std::pair<int, int> numbering(const std::string& id) const {
    std::string current = id;
    for (int depth = 0; depth < 10 && !current.empty(); ++depth) {
      auto it = styles_.find(current);
      if (it == styles_.end()) break;
      if (it->second.num_id >= 0) return {it->second.num_id, it->second.num_level};
      current = it->second.based_on;
    }
    return {-1, 0};
  }

  int heading_level(const std::string& id) const {
    std::string current = id;
    for (int depth = 0; depth < 10 && !current.empty(); ++depth) {
      auto it = styles_.find(current);
      if (it == styles_.end()) return level_from_name(current);
      const Style& s = it->second;
      if (s.outline >= 0 && s.outline < 6) return s.outline + 1;
      if (int level = level_from_name(s.name)) return level;
      if (depth == 0)
        if (int level = level_from_name(current)) return level;
      current = s.based_on;
    }
    return 0;
  }

 private:
  struct Style {
    std::string name, based_on;
    int outline = -1;
    int num_id = -1, num_level = 0;  // numPr: the list the style numbers in
  };
  // "heading 1", "Heading1", "标题 1", "标题1".
  static int level_from_name(const std::string& name) {
    std::string lower;
    for (char c : name)
      if (c != ' ') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* prefix : {"heading", "标题"}) {
      size_t n = std::strlen(prefix);
      if (lower.size() == n + 1 && lower.compare(0, n, prefix) == 0 && lower[n] >= '1' && lower[n] <= '6')
        return lower[n] - '0';
    }
    return 0;
  }
  std::map<std::string, Style> styles_;
};

// A run set as hidden text (字体 > 隐藏, w:vanish): Word neither shows nor prints it; a
// template's instruction left in the file (（此处填写责任单位）) is no part of the text. A
// vanish turned off (w:val="0" / "false") is shown.
bool hidden_run(const pugi::xml_node& run) {
  pugi::xml_node vanish = child(child(run, "rPr"), "vanish");
  if (!vanish) return false;
  const char* v = attr(vanish, "val");
  return !v || !(std::strcmp(v, "0") == 0 || std::strcmp(v, "false") == 0 || std::strcmp(v, "off") == 0);
}

// Runs' text in order: deleted and hidden text skipped, inserted text kept, tabs as '\t'
// (`tabs`) or spaces, soft breaks as '\n'.
void run_text(const pugi::xml_node& node, std::string* out, int depth = 0, bool tabs = false) {
  if (depth > kMaxXmlDepth) return;  // parse_part refused deeper parts
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    const char* name = local(c);
    if (!std::strcmp(name, "r") && hidden_run(c)) continue;
    if (!std::strcmp(name, "t")) {
      *out += c.child_value();
    } else if (!std::strcmp(name, "tab") || !std::strcmp(name, "ptab")) {
      *out += tabs ? '\t' : ' ';
    } else if (!std::strcmp(name, "br")) {
      const char* type = attr(c, "type");
      if (!type || !std::strcmp(type, "textWrapping")) *out += '\n';  // a page or column break is not a line
    } else if (!std::strcmp(name, "cr")) {
      *out += '\n';
    } else if (!std::strcmp(name, "noBreakHyphen")) {
      *out += '-';
    } else if (!std::strcmp(name, "del") || !std::strcmp(name, "moveFrom") || !std::strcmp(name, "pPr") ||
               !std::strcmp(name, "rPr") || !std::strcmp(name, "instrText") || !std::strcmp(name, "delText") ||
               !std::strcmp(name, "delInstrText") || !std::strcmp(name, "drawing") || !std::strcmp(name, "pict") ||
               !std::strcmp(name, "object") || !std::strcmp(name, "AlternateContent") ||
               !std::strcmp(name, "footnoteReference") || !std::strcmp(name, "endnoteReference") ||
               !std::strcmp(name, "commentReference") || !std::strcmp(name, "fldData")) {
      continue;
    } else {
      run_text(c, out, depth + 1, tabs);  // r, ins, moveTo, hyperlink, smartTag, fldSimple, sdt, sdtContent, customXml…
    }
  }
}

// Each line trimmed; a paragraph of spaces only is empty.
std::string trim_lines(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    if (start > 0) out += '\n';
    out += trim_spaces(std::string_view(text).substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  size_t last = out.find_last_not_of('\n');
  out.erase(last == std::string::npos ? 0 : last + 1);
  size_t first = out.find_first_not_of('\n');
  out.erase(0, first == std::string::npos ? out.size() : first);
  return out;
}

std::string paragraph_text(const pugi::xml_node& p, bool tabs = false) {
  std::string text;
  run_text(p, &text, 0, tabs);
  return trim_lines(text);
}

// An altChunk's content as blocks of the body (the relationship id in, false with *error when
// it cannot be read).
using AltChunkReader = std::function<bool(const std::string& rid, SourceDocument* chunk, SourceReadError* error)>;

class BodyReader {
 public:
  BodyReader(const Styles& styles, DocxNumbering& numbering, SourceDocument* doc, AltChunkReader alt_chunk = {})
      : styles_(styles), numbering_(numbering), doc_(doc), alt_chunk_(std::move(alt_chunk)) {}

  // Set when an altChunk could not be read: the body's text is there, so the file is not read.
  const SourceReadError& error() const { return error_; }
  bool failed() const { return !error_.zh.empty(); }

  void body(const pugi::xml_node& node, int depth = 0) {
    if (depth > kMaxXmlDepth) return;  // parse_part refused deeper parts
    for (pugi::xml_node c : node.children()) {
      if (is(c, "p")) {
        paragraph(c);
      } else if (is(c, "tbl")) {
        SourceBlock block;
        block.kind = SourceBlock::Kind::Table;
        block.table = table(c, 0);
        block.place.table = ++tables_;
        doc_->blocks.push_back(std::move(block));
      } else if (is(c, "sdt")) {
        body(child(c, "sdtContent"), depth + 1);
      } else if (is(c, "customXml") || is(c, "ins") || is(c, "moveTo")) {
        body(c, depth + 1);
      } else if (is(c, "altChunk") && depth == 0) {
        alt_chunk(c);
      }
    }
  }

 private:
  // The label Word numbers paragraph `p` with (its own numPr, else its style's), counted
  // in document order: 一、 （一） 1. ①. "" when it is not numbered.
  std::string number_label(const pugi::xml_node& p) {
    pugi::xml_node ppr = child(p, "pPr");
    std::pair<int, int> list{-1, 0};
    if (pugi::xml_node style = child(ppr, "pStyle"))
      if (const char* id = attr(style, "val")) list = styles_.numbering(id);
    if (pugi::xml_node num = child(ppr, "numPr")) {
      pugi::xml_node id = child(num, "numId"), level = child(num, "ilvl");
      if (id) list.first = int_attr(id, "val", -1);
      if (level) list.second = int_attr(level, "val", 0);
    }
    return list.first > 0 ? numbering_.next_label(list.first, list.second) : std::string();
  }

  // `text` after the label Word shows before it; a label of letters or digits only
  // (lvlText "%1") is set apart by a space, as Word's tab sets it.
  static std::string with_label(const std::string& label, const std::string& text) {
    if (label.empty() || text.empty()) return label.empty() ? text : label;
    unsigned char last = static_cast<unsigned char>(label.back());
    return label + (std::isalnum(last) ? " " : "") + text;
  }

  // A paragraph deleted with tracked changes, mark and all (w:pPr/w:rPr/w:del, no text left):
  // it is gone from the document Word shows, and a list's count does not see it (task 3
  // deleted, 4 is numbered 3).
  static bool deleted_paragraph(const pugi::xml_node& p) {
    if (!child(child(child(p, "pPr"), "rPr"), "del")) return false;
    std::string text;
    run_text(p, &text);
    return trim_spaces(text).empty();
  }

  std::string numbered_text(const pugi::xml_node& p) {
    if (deleted_paragraph(p)) return "";
    std::string label = number_label(p);
    return with_label(label, paragraph_text(p));
  }

  // The text boxes anchored in `node` (a paragraph's runs): each w:txbxContent once. An
  // mc:AlternateContent holds one box twice (the DrawingML choice and a VML fallback): the
  // first branch that has one is read.
  static void text_boxes(const pugi::xml_node& node, std::vector<pugi::xml_node>* boxes, int depth = 0) {
    if (depth > kMaxXmlDepth) return;  // parse_part refused deeper parts
    for (pugi::xml_node c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      if (is(c, "txbxContent")) {
        boxes->push_back(c);
      } else if (is(c, "AlternateContent")) {
        for (pugi::xml_node branch : c.children()) {
          size_t before = boxes->size();
          text_boxes(branch, boxes, depth + 1);
          if (boxes->size() > before) break;
        }
      } else if (!is(c, "del") && !is(c, "moveFrom")) {
        text_boxes(c, boxes, depth + 1);
      }
    }
  }

  void paragraph(const pugi::xml_node& p) {
    // A text box's paragraphs (a note beside a table, a title set in a box) are read after
    // the paragraph that anchors it, as paragraphs of the body: run_text skips drawings.
    std::vector<pugi::xml_node> boxes;
    text_boxes(p, &boxes);  // a box in a box: as deep as the part nests (parse_part)
    own_paragraph(p);
    for (const pugi::xml_node& box : boxes) body(box, 1);
  }

  void own_paragraph(const pugi::xml_node& p) {
    SourceBlock block;
    if (deleted_paragraph(p)) return;
    std::string label = number_label(p);  // counted even when the line is empty, as Word counts it
    std::string text = paragraph_text(p, true);  // tabs kept: paragraph_rows_as_tables reads them
    if (text.empty()) return;
    block.text = with_label(label, text);
    block.place.paragraph = ++paragraphs_;
    if (pugi::xml_node ppr = child(p, "pPr")) {
      if (pugi::xml_node style = child(ppr, "pStyle"))
        if (const char* id = attr(style, "val")) block.heading_level = styles_.heading_level(id);
      if (pugi::xml_node outline = child(ppr, "outlineLvl")) {
        int level = int_attr(outline, "val", -1);
        if (level >= 0 && level < 6) block.heading_level = level + 1;
      }
    }
    doc_->blocks.push_back(std::move(block));
  }

  // A cell's paragraphs joined with '\n'; a nested table flattened, a cell per line.
  std::string cell_text(const pugi::xml_node& node, int depth) {
    std::string text;
    auto add = [&text](const std::string& line) {
      if (line.empty()) return;
      if (!text.empty()) text += '\n';
      text += line;
    };
    for (pugi::xml_node c : node.children()) {
      if (is(c, "p")) {
        add(numbered_text(c));  // a 序号 cell Word numbers has only its label
      } else if (is(c, "tbl")) {  // as deep as the part nests (parse_part): none dropped
        SourceTable nested = table(c, depth + 1);
        for (const auto& row : nested.rows)
          for (const SourceCell& cell : row)
            if (!cell.continued) add(cell.text);
      } else if (is(c, "sdt")) {
        add(cell_text(child(c, "sdtContent"), depth + 1));
      } else if (is(c, "customXml")) {
        add(cell_text(c, depth + 1));
      }
    }
    return text;
  }

  template <typename F>
  static void each(const pugi::xml_node& node, const char* name, F f, int depth = 0) {
    for (pugi::xml_node c : node.children()) {
      if (is(c, name))
        f(c);
      else if ((is(c, "sdt") || is(c, "customXml")) && depth < kMaxXmlDepth)
        each(is(c, "sdt") ? child(c, "sdtContent") : c, name, f, depth + 1);
    }
  }

  SourceTable table(const pugi::xml_node& tbl, int depth) {
    SourceTable t;
    each(tbl, "tr", [&](const pugi::xml_node& tr) {
      // A row deleted with tracked changes (w:trPr/w:del) is gone from the table Word shows;
      // an inserted one (w:ins) is there.
      if (child(child(tr, "trPr"), "del")) return;
      std::vector<SourceCell> row;
      int column = 1;
      if (pugi::xml_node trpr = child(tr, "trPr"))
        if (pugi::xml_node before = child(trpr, "gridBefore")) column += std::max(0, std::min(int_attr(before, "val", 0), 1000));
      each(tr, "tc", [&](const pugi::xml_node& tc) {
        SourceCell cell;
        cell.column = column;
        bool continued = false;
        if (pugi::xml_node tcpr = child(tc, "tcPr")) {
          if (pugi::xml_node span = child(tcpr, "gridSpan")) cell.span = std::max(1, std::min(int_attr(span, "val", 1), 1000));
          if (pugi::xml_node merge = child(tcpr, "vMerge")) {
            const char* v = attr(merge, "val");
            continued = !v || std::strcmp(v, "restart") != 0;
          }
        }
        if (continued && !t.rows.empty()) {
          for (const SourceCell& above : t.rows.back())
            if (above.column <= column && column < above.column + above.span) {
              cell.text = above.text;
              cell.continued = true;
            }
        }
        if (!cell.continued) cell.text = cell_text(tc, depth);
        column += cell.span;
        row.push_back(std::move(cell));
      });
      t.rows.push_back(std::move(row));
    });
    drop_repeated_header(t);
    return t;
  }

  // The header row typed again further down, to head the part of the table on the next page
  // (where Word's 标题行重复 was not used): every cell as the first row has it. It is no row of
  // the table. A row that repeats only some of the header's cells stays.
  static void drop_repeated_header(SourceTable& t) {
    if (t.rows.size() < 3) return;
    auto texts = [](const std::vector<SourceCell>& row) {
      std::vector<std::string> out;
      for (const SourceCell& cell : row) out.push_back(trim_spaces(cell.text));
      return out;
    };
    const std::vector<std::string> header = texts(t.rows.front());
    if (header.size() < 2 || std::count(header.begin(), header.end(), std::string()) > 0) return;
    t.rows.erase(std::remove_if(t.rows.begin() + 1, t.rows.end(),
                                [&](const std::vector<SourceCell>& row) { return texts(row) == header; }),
                 t.rows.end());
  }

  // w:altChunk: a part Word imports where it stands (an OA system or a web editor saves its
  // text as HTML inside the .docx: word/afchunk.htm), read as the paragraphs and tables of the
  // body. A chunk that cannot be read is an error: the text is there, an empty import is not.
  void alt_chunk(const pugi::xml_node& node) {
    const char* rid = attr(node, "id");
    SourceDocument chunk;
    if (!rid || !alt_chunk_ || failed() || !alt_chunk_(rid, &chunk, &error_)) {
      if (error_.zh.empty())
        error_ = {"Word 文档的正文嵌在 altChunk 中，无法读取；请用 Word 或 WPS 打开后另存为 .docx",
                  "the Word document's text is in an altChunk that cannot be read; open it in Word or WPS and save it as .docx"};
      return;
    }
    for (SourceBlock& block : chunk.blocks) {
      if (block.kind == SourceBlock::Kind::Table) block.place = {}, block.place.table = ++tables_;
      else block.place = {}, block.place.paragraph = ++paragraphs_;
      doc_->blocks.push_back(std::move(block));
    }
  }

  const Styles& styles_;
  DocxNumbering& numbering_;
  SourceDocument* doc_;
  AltChunkReader alt_chunk_;
  SourceReadError error_;
  int paragraphs_ = 0, tables_ = 0;
};

// Whether elements under `root` nest deeper than `limit`: one walk, no recursion.
bool nests_deeper_than(const pugi::xml_node& root, int limit) {
  pugi::xml_node n = root;
  int depth = 0;
  while (true) {
    if (pugi::xml_node first = n.first_child()) {
      n = first;
      if (++depth > limit) return true;
      continue;
    }
    while (n != root && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n == root) return false;
    n = n.next_sibling();
  }
}

bool parse_part(const std::string& part, const std::string& bytes, pugi::xml_document* doc, SourceReadError* error) {
  pugi::xml_parse_result result = doc->load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (result) {
    // The readers below walk the tree recursively; a part nested deeper than Word writes
    // (content controls or tables inside one another thousands deep) is refused, not read in part.
    if (!nests_deeper_than(*doc, kMaxXmlDepth)) return true;
    const std::string limit = std::to_string(kMaxXmlDepth);
    *error = {"Word 文档的 " + part + " 嵌套过深（元素套叠超过 " + limit + " 层，Word 不会这样保存），已拒绝读取",
              "the Word document's " + part + " nests too deep (elements over " + limit +
                  " levels inside one another, which Word never writes); refused"};
    return false;
  }
  *error = {"Word 文档的 " + part + " 不是有效的 XML（第 " + std::to_string(result.offset) + " 字节：" + result.description() + "）",
            "the Word document's " + part + " is not valid XML (byte " + std::to_string(result.offset) + ": " +
                result.description() + ")"};
  return false;
}

// The main part named by _rels/.rels (almost always word/document.xml).
std::string main_part(DocxPackage& package) {
  const std::string fallback = "word/document.xml";
  if (package.has(fallback) || !package.has("_rels/.rels")) return fallback;
  std::string bytes;
  SourceReadError ignored;
  pugi::xml_document rels;
  if (!package.read("_rels/.rels", &bytes, &ignored) || !rels.load_buffer(bytes.data(), bytes.size())) return fallback;
  for (pugi::xml_node rel : child(rels, "Relationships").children()) {
    const char* type = attr(rel, "Type");
    const char* target = attr(rel, "Target");
    if (!type || !target) continue;
    std::string t = type;
    if (t.size() >= 15 && t.compare(t.size() - 15, 15, "/officeDocument") == 0) {
      std::string path = target;
      while (!path.empty() && path[0] == '/') path.erase(0, 1);
      return path;
    }
  }
  return fallback;
}

}  // namespace

bool read_docx_source(std::string_view bytes, const std::string& name, const SourceReadOptions& options,
                      SourceDocument* out, SourceReadError* error) {
  DocxPackage package(bytes, options);
  if (!package.open()) {
    *error = {"不是有效的 Word 文档：zip 结构损坏或无法打开", "not a valid Word document: the zip cannot be opened"};
    return false;
  }
  const std::string part = main_part(package);
  if (!package.has(part)) {
    *error = {"不是 Word 文档：zip 中没有 word/document.xml（请用 Word 或 WPS 另存为 .docx）",
              "not a Word document: the zip has no word/document.xml (save it as .docx from Word or WPS)"};
    return false;
  }
  std::string xml;
  pugi::xml_document document;
  if (!package.read(part, &xml, error) || !parse_part(part, xml, &document, error)) return false;
  pugi::xml_node body = child(child(document, "document"), "body");
  if (!body) {
    *error = {"Word 文档的 " + part + " 中没有正文（w:body）", "the Word document's " + part + " has no body (w:body)"};
    return false;
  }

  SourceDocument doc;
  doc.path = name;
  doc.format = SourceFormat::Docx;
  Styles styles;
  pugi::xml_document styles_xml;
  SourceReadError ignored;
  if (package.has("word/styles.xml") && package.read("word/styles.xml", &xml, &ignored) &&
      styles_xml.load_buffer(xml.data(), xml.size()))
    styles.load(styles_xml);
  DocxNumbering numbering;
  pugi::xml_document numbering_xml;
  if (package.has("word/numbering.xml") && package.read("word/numbering.xml", &xml, &ignored) &&
      numbering_xml.load_buffer(xml.data(), xml.size()))
    numbering.load(numbering_xml);
  // altChunk parts by relationship id (word/_rels/document.xml.rels), read only when the body has one.
  auto alt_chunk = [&](const std::string& rid, SourceDocument* chunk, SourceReadError* chunk_error) {
    const std::string dir = part.find('/') == std::string::npos ? "" : part.substr(0, part.rfind('/') + 1);
    const std::string rels_part = dir + "_rels/" + part.substr(dir.size()) + ".rels";
    std::string bytes;
    pugi::xml_document rels;
    SourceReadError ignored_error;
    if (!package.has(rels_part) || !package.read(rels_part, &bytes, &ignored_error) || !rels.load_buffer(bytes.data(), bytes.size()))
      return false;
    std::string target;
    for (pugi::xml_node rel : child(rels, "Relationships").children())
      if (attr(rel, "Id") && rid == attr(rel, "Id") && attr(rel, "Target")) target = attr(rel, "Target");
    if (target.empty()) return false;
    std::string path = target[0] == '/' ? target.substr(1) : dir + target;
    if (!package.has(path) || !package.read(path, &bytes, chunk_error)) return false;
    std::string lower = path;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto ends_with = [&](const char* suffix) {
      size_t n = std::strlen(suffix);
      return lower.size() >= n && lower.compare(lower.size() - n, n, suffix) == 0;
    };
    if (ends_with(".htm") || ends_with(".html") || ends_with(".xhtml")) return read_html_source(bytes, name, chunk, chunk_error);
    if (ends_with(".txt")) return read_text_source(bytes, name, chunk, chunk_error);
    *chunk_error = {"Word 文档的正文嵌在 altChunk（" + path + "）中，这种格式读不了；请用 Word 或 WPS 打开后另存为 .docx",
                    "the Word document's text is in an altChunk (" + path + ") of a kind that cannot be read; open it in Word or WPS and save it as .docx"};
    return false;
  };
  BodyReader reader(styles, numbering, &doc, alt_chunk);
  reader.body(body);
  if (reader.failed()) {
    *error = reader.error();
    return false;
  }
  paragraph_rows_as_tables(&doc);

  pugi::xml_document core;
  if (package.has("docProps/core.xml") && package.read("docProps/core.xml", &xml, &ignored) &&
      core.load_buffer(xml.data(), xml.size())) {
    for (pugi::xml_node c : child(core, "coreProperties").children()) {
      std::string value = trim_spaces(c.child_value());
      if (value.empty()) continue;
      for (const char* field : {"title", "subject", "creator", "created", "modified"})
        if (is(c, field)) doc.metadata.push_back({field, value});
    }
  }
  *out = std::move(doc);
  return true;
}

}  // namespace plancheck
