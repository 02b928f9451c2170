#include "source_document.h"

#include <fstream>
#include <sstream>

#include "import_text.h"

namespace plancheck {

std::string describe_place(const SourcePlace& place, const std::string& lang, std::string_view column_name) {
  const bool en = lang == "en";
  std::string out;
  auto add = [&out](const std::string& part) {
    if (!out.empty()) out += ' ';
    out += part;
  };
  if (place.page > 0) add(en ? "page " + std::to_string(place.page) : "第" + std::to_string(place.page) + "页");
  if (place.table > 0) {
    add(en ? "table " + std::to_string(place.table) : "表" + std::to_string(place.table));
    if (place.row > 0) add(en ? "row " + std::to_string(place.row) : "第" + std::to_string(place.row) + "行");
    if (!column_name.empty())
      add(std::string(column_name));
    else if (place.column > 0)
      add(en ? "column " + std::to_string(place.column) : "第" + std::to_string(place.column) + "列");
  } else if (place.paragraph > 0) {
    add(en ? "paragraph " + std::to_string(place.paragraph) : "第" + std::to_string(place.paragraph) + "段");
  } else if (place.line > 0) {
    add(en ? "line " + std::to_string(place.line) : "第" + std::to_string(place.line) + "行");
  }
  return out;
}

SourceDocument text_source(std::string_view utf8_text, const std::string& path) {
  SourceDocument doc;
  doc.path = path;
  doc.format = SourceFormat::Text;
  std::vector<TextLine> lines;
  int bad_line = 0;
  split_lines(utf8_text, &lines, &bad_line);
  for (TextLine& line : lines) {
    SourceBlock block;
    block.text = std::move(line.text);
    block.place.line = line.number;
    doc.blocks.push_back(std::move(block));
  }
  return doc;
}

// The readers for Word, PDF and web pages, and the encoding detection, live in their own
// files (source_docx.cc, source_pdf.cc, source_html.cc, text_encoding.cc); until they are
// wired in, only UTF-8 text is read here.
bool read_source_bytes(std::string_view bytes, const std::string& name, const SourceReadOptions& options,
                       SourceDocument* out, SourceReadError* error) {
  if (bytes.size() > options.max_file_bytes) {
    *error = {"文件过大", "the file is too large"};
    return false;
  }
  std::vector<TextLine> lines;
  int bad_line = 0;
  if (!split_lines(bytes, &lines, &bad_line)) {
    *error = {"第" + std::to_string(bad_line) + "行不是 UTF-8 文本", "line " + std::to_string(bad_line) + " is not UTF-8 text"};
    return false;
  }
  *out = text_source(bytes, name);
  return true;
}

bool read_source_document(const std::string& path, const SourceReadOptions& options, SourceDocument* out,
                          SourceReadError* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = {"无法读取文件", "cannot read the file"};
    return false;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return read_source_bytes(bytes.str(), path, options, out, error);
}

}  // namespace plancheck
