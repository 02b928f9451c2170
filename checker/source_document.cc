#include "source_document.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "import_text.h"
#include "source_readers.h"
#include "source_sniff.h"

namespace plancheck {

std::string lower_extension(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return ascii_lower(std::string_view(path).substr(dot));
}

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

namespace {

SourceReadError too_large(const SourceReadOptions& options) {
  const std::string mib = std::to_string(options.max_file_bytes >> 20);
  return {"文件过大（超过 " + mib + " MB）", "the file is too large (over " + mib + " MB)"};
}

// The system's reason (errno) for a failed open or read.
SourceReadError cannot_read() {
  const std::string reason = std::strerror(errno);
  return {"无法读取文件：" + reason, "cannot read the file: " + reason};
}


// Whether `text` holds anything but spaces, tabs, line breaks, ideographic and no-break spaces.
bool has_visible_text(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (text.compare(i, 3, "\xE3\x80\x80") == 0) {  // U+3000
      i += 2;
      continue;
    }
    if (text.compare(i, 2, "\xC2\xA0") == 0) {  // U+00A0
      i += 1;
      continue;
    }
    return true;
  }
  return false;
}

// A paragraph or table cell longer than this is refused, naming its place: no report or plan
// has one (the longest real paragraphs are a few KB), and the importers' cost grows with a
// paragraph's length (a 200 MB line took check 53 s and 1.5 GB, import-plan over 2 minutes).
constexpr size_t kMaxBlockBytes = size_t{1} << 20;

// A block `bytes` long at `place` is too long: the reason, naming the place.
SourceReadError too_long(const SourcePlace& place, size_t bytes) {
  const std::string limit = std::to_string(std::max<size_t>(kMaxBlockBytes >> 20, 1));
  const std::string size = std::to_string((bytes + (1 << 20) - 1) >> 20);
  std::string zh = describe_place(place, "zh"), en = describe_place(place, "en");
  if (zh.empty()) zh = "一段文字", en = "a paragraph";
  return {zh + "过长（约 " + size + " MB，一段最多 " + limit + " MB），不是正常的正文，已拒绝读取",
          en + " is too long (about " + size + " MB; at most " + limit + " MB a paragraph): not ordinary text; refused"};
}

// A text file's first line past kMaxBlockBytes, found before it is decoded and split (a
// 200 MB line cost the text reader 25 s and 1.5 GB before check_read_document refused it).
// '\n' is one byte in UTF-8 and in GB18030 alike.
bool has_long_line(std::string_view bytes, SourceReadError* error) {
  SourcePlace place;
  place.line = 1;
  for (size_t start = 0;; ++place.line) {
    size_t end = bytes.find('\n', start);
    size_t length = (end == std::string_view::npos ? bytes.size() : end) - start;
    if (length > kMaxBlockBytes) {
      *error = too_long(place, length);
      return true;
    }
    if (end == std::string_view::npos) return false;
    start = end + 1;
  }
}

// What every reader's document must be before anything reads it: some text (a file of empty
// paragraphs is not a report found clean), and no paragraph or cell past kMaxBlockBytes.
bool check_read_document(const SourceDocument& doc, SourceReadError* error) {
  bool visible = false;
  auto check_text = [&](const std::string& text, const SourcePlace& place) {
    if (text.size() > kMaxBlockBytes) {
      *error = too_long(place, text.size());
      return false;
    }
    if (!visible) visible = has_visible_text(text);
    return true;
  };
  for (const SourceBlock& block : doc.blocks) {
    if (block.kind == SourceBlock::Kind::Paragraph) {
      if (!check_text(block.text, block.place)) return false;
      continue;
    }
    for (size_t r = 0; r < block.table.rows.size(); ++r)
      for (const SourceCell& cell : block.table.rows[r])
        if (!check_text(cell.text, cell_place(block, r, cell.column))) return false;
  }
  if (!visible) {
    *error = {"文件中没有文字（只有空白），无法检查", "the file holds no text (only blank space); nothing to check"};
    return false;
  }
  return true;
}

}  // namespace

bool read_source_bytes(std::string_view bytes, const std::string& name, const SourceReadOptions& options,
                       SourceDocument* out, SourceReadError* error) {
  if (bytes.size() > options.max_file_bytes) {
    *error = too_large(options);
    return false;
  }
  if (bytes.empty()) {
    *error = {"文件为空（0 字节）", "the file is empty (0 bytes)"};
    return false;
  }
  const std::string extension = lower_extension(name);
  const Sniffed kind = sniff_source(bytes, extension);
  // An extension that promises a container the content is not: say so rather than read it as text.
  if (kind != Sniffed::Zip && kind != Sniffed::Ole && extension == ".docx") {
    *error = {"文件扩展名是 .docx，但内容不是 Word 文档（不是 zip 文件）",
              "the file is named .docx but is not a Word document (not a zip file)"};
    return false;
  }
  if (kind != Sniffed::Pdf && extension == ".pdf") {
    *error = {"文件扩展名是 .pdf，但内容不是 PDF（没有 %PDF- 文件头）",
              "the file is named .pdf but is not a PDF (no %PDF- header)"};
    return false;
  }
  if (kind == Sniffed::Ole &&
      bytes.find(std::string_view("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32)) != std::string_view::npos) {
    // Office keeps a password-protected .docx as an OLE file holding "EncryptedPackage".
    *error = {"Word 文档已加密（设置了打开密码），请去掉密码后另存为 .docx",
              "the Word document is encrypted (it has an opening password); remove the password and save it as .docx"};
    return false;
  }
  bool ok = false;
  switch (kind) {
    case Sniffed::Zip:
      ok = read_docx_source(bytes, name, options, out, error);
      break;
    case Sniffed::Pdf:
      ok = read_pdf_source(bytes, name, options, out, error);
      break;
    case Sniffed::Ole:
      ok = read_converted_source(bytes, name, extension == ".wps" ? ".wps" : ".doc", options, out, error);
      break;
    case Sniffed::Rtf:
      ok = read_converted_source(bytes, name, ".rtf", options, out, error);
      break;
    case Sniffed::Html:
      ok = read_html_source(bytes, name, out, error);
      break;
    case Sniffed::Text:
      if (extension == ".doc" || extension == ".wps") {
        // Not OLE, not RTF, not a web page: LibreOffice knows more kinds than we do.
        ok = read_converted_source(bytes, name, extension, options, out, error);
      } else {
        ok = !has_long_line(bytes, error) && read_text_source(bytes, name, out, error);
      }
      break;
  }
  if (ok) ok = check_read_document(*out, error);
  if (ok) out->path = name;
  return ok;
}

bool read_source_document(const std::string& path, const SourceReadOptions& options, SourceDocument* out,
                          SourceReadError* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = cannot_read();
    return false;
  }
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) {
    *error = cannot_read();
    return false;
  }
  if (static_cast<size_t>(size) > options.max_file_bytes) {
    *error = too_large(options);
    return false;
  }
  in.seekg(0);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (size > 0 && !in.read(&bytes[0], size)) {
    *error = cannot_read();
    return false;
  }
  return read_source_bytes(bytes, path, options, out, error);
}

std::string source_plain_text(const SourceDocument& doc, std::vector<SourcePlace>* places) {
  std::string text;
  if (places) places->clear();
  auto add_lines = [&](const std::string& block_text, const SourcePlace& place) {
    size_t start = 0;
    while (true) {
      size_t end = block_text.find('\n', start);
      text.append(block_text, start, end == std::string::npos ? std::string::npos : end - start);
      text += '\n';
      if (places) places->push_back(place);
      if (end == std::string::npos) break;
      start = end + 1;
    }
  };
  int table_number = 0;
  for (const SourceBlock& block : doc.blocks) {
    if (block.kind == SourceBlock::Kind::Paragraph) {
      add_lines(block.text, block.place);
      continue;
    }
    table_number = block.place.table > 0 ? block.place.table : table_number + 1;
    for (size_t r = 0; r < block.table.rows.size(); ++r) {
      for (const SourceCell& cell : block.table.rows[r]) {
        if (cell.continued) continue;  // shown once, where the merged cell starts
        SourcePlace place = cell_place(block, r, cell.column);
        place.table = table_number;
        add_lines(cell.text, place);
      }
    }
  }
  return text;
}

int row_width(const std::vector<SourceCell>& row) {
  int width = 0;
  for (const SourceCell& cell : row) width = std::max(width, cell.column + std::max(cell.span, 1) - 1);
  return width;
}

SourcePlace cell_place(const SourceBlock& table, size_t row, int column) {
  SourcePlace place = table.place;
  place.row = static_cast<int>(row) + 1;
  place.column = column;
  if (row < table.table.row_pages.size()) place.page = table.table.row_pages[row];
  if (table.place.line > 0) place.line = table.place.line + static_cast<int>(row);  // a text table: a row a line
  return place;
}

}  // namespace plancheck
