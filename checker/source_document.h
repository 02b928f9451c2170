// A document as a person wrote it — a text file, a saved web page, a Word .docx, a PDF —
// read into one model that both importers (plan and report) and the findings' places share.
//
// The readers (source_*.cc) fill it; nothing downstream knows which reader ran. Text is
// always UTF-8 here, whatever the file's encoding was.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// Where a block stands in the original, as a person finds it there. Zero means "not
// applicable": a paragraph has no table, a text file has no page.
struct SourcePlace {
  int line = 0;       // text and HTML: 1-based line of the (converted) text
  int paragraph = 0;  // Word, PDF, HTML: 1-based body paragraph, counted outside tables
  int table = 0;      // 1-based table number
  int row = 0;        // 1-based row within the table (the header is row 1)
  int column = 0;     // 1-based grid column
  int page = 0;       // PDF: 1-based page
};

// "第31行", "第12段", "表1 第4行 第2列", "第3页 第12段" (English with lang "en"). A table
// cell's column is named by its header when `column_name` is given ("表1 第4行 进展情况").
std::string describe_place(const SourcePlace& place, const std::string& lang,
                           std::string_view column_name = {});

struct SourceCell {
  std::string text;        // the cell's paragraphs joined with '\n'
  int column = 1;          // first grid column it covers, 1-based
  int span = 1;            // grid columns it covers (Word gridSpan, HTML colspan)
  bool continued = false;  // continues the cell above (Word vMerge, HTML rowspan): text repeats it
};

struct SourceTable {
  std::vector<std::vector<SourceCell>> rows;  // in document order; row 0 is usually the header
  std::vector<int> row_pages;  // PDF: the page each row stands on (a table runs on); else empty
};

struct SourceBlock {
  enum class Kind { Paragraph, Table };
  Kind kind = Kind::Paragraph;
  std::string text;   // Paragraph: its text; a soft line break (Word <w:br/>, HTML <br>) is '\n'
  SourceTable table;  // Table
  SourcePlace place;  // where the block starts (a table: its number, row 0)
  int heading_level = 0;  // 1..6 when the source marks a heading (Word style, HTML h1-h6); a hint only
};

// Grid columns the row covers (the last one a cell reaches).
int row_width(const std::vector<SourceCell>& row);

// The place of row `row` (0-based) of a table block, and of its `column` when not 0: the
// block's place with the row, column and, for a table that runs over pages, the row's page.
SourcePlace cell_place(const SourceBlock& table, size_t row, int column = 0);

enum class SourceFormat { Text, Html, Docx, Pdf };

struct SourceDocument {
  std::string path;
  SourceFormat format = SourceFormat::Text;
  std::vector<SourceBlock> blocks;
  // What the reader did that a person should know (converted from GB18030, a PDF's text
  // layer re-joined, a .doc converted by LibreOffice), {zh, en} each.
  std::vector<std::pair<std::string, std::string>> notes;
  // Fields the container states outside the body (HTML <meta>, a page's 发布日期 row, Word's
  // core properties), name → value. May be empty.
  std::vector<std::pair<std::string, std::string>> metadata;
};

struct SourceReadError {
  std::string zh, en;  // the reason, naming the place where there is one
  const std::string& message(const std::string& lang) const { return lang == "en" ? en : zh; }
};

struct SourceReadOptions {
  size_t max_file_bytes = size_t{256} << 20;      // the file itself
  size_t max_unpacked_bytes = size_t{512} << 20;  // a .docx's unpacked parts (zip bombs)
  double converter_seconds = 60;                  // LibreOffice for .doc / .wps
};

// The extension of the file name in `path`, lower case, with its dot (".docx"); "" when none.
std::string lower_extension(const std::string& path);

// Reads the file at `path`, recognised by its content (the extension only breaks ties).
// false with *error on anything it cannot read; never throws for bad input.
bool read_source_document(const std::string& path, const SourceReadOptions& options, SourceDocument* out,
                          SourceReadError* error);

// The same from bytes already in memory; `name` is used for messages and as a hint.
bool read_source_bytes(std::string_view bytes, const std::string& name, const SourceReadOptions& options,
                       SourceDocument* out, SourceReadError* error);

// A .doc / .wps / .rtf document (`extension`) as .docx bytes, converted by LibreOffice under
// options.converter_seconds (source_convert.cc): for callers that keep the .docx, such as the
// submission service, which annotates it. False with the reason when it cannot be.
bool convert_to_docx(std::string_view bytes, const std::string& extension, const SourceReadOptions& options,
                     std::string* docx, SourceReadError* error);

// Plain text (already UTF-8) as blocks: one Paragraph per line, with place.line set.
// Empty lines are kept as empty paragraphs so line numbers stay those of the file.
SourceDocument text_source(std::string_view utf8_text, const std::string& path);

// The document as a text-based importer sees it: one line per paragraph (a soft line break
// starts a new line), and for a table one line per cell in row order (a merged cell once,
// where it starts). With `places`, (*places)[i] is where line i+1 stands in the original.
std::string source_plain_text(const SourceDocument& doc, std::vector<SourcePlace>* places = nullptr);

}  // namespace plancheck
