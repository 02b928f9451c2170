#include "sniff.h"

#include <zip.h>

#include "source_sniff.h"

namespace plancheck::service {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// A zip whose directory names word/document.xml: a Word document.
bool is_word_zip(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return false;
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    return false;
  }
  bool found = zip_name_locate(archive, "word/document.xml", 0) >= 0;
  zip_discard(archive);
  return found;
}

bool is_control(unsigned char c) { return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F; }

bool valid_utf8_text(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (is_control(c)) return false;
      ++i;
      continue;
    }
    int n = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (n < 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + n >= s.size()) return false;
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n + 1;
  }
  return true;
}

// GB18030 / GBK text: no control bytes, no 0xFF; the core's text reader decodes the rest.
bool plausible_gb_text(std::string_view s) {
  for (unsigned char c : s)
    if (is_control(c) || c == 0xFF) return false;
  return true;
}

}  // namespace

UploadKind sniff_upload(std::string_view bytes, std::string* reason) {
  if (bytes.empty()) {
    *reason = "文件是空的。";
    return UploadKind::Unknown;
  }
  std::string_view body = starts_with(bytes, "\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
  size_t first = body.find_first_not_of(" \t\r\n");
  // An XML declaration: plan or report XML (the core's table would call a <title> in it a web page).
  if (first != std::string_view::npos && body.substr(first, 5) == "<?xml" && valid_utf8_text(body)) return UploadKind::Xml;
  switch (sniff_source(bytes, "")) {
    case Sniffed::Zip:
      if (is_word_zip(bytes)) return UploadKind::Docx;
      *reason = "这是一个压缩包，但不是 Word 文档（.docx）：其中没有 word/document.xml。";
      return UploadKind::Unknown;
    case Sniffed::Pdf:
      return UploadKind::Pdf;
    case Sniffed::Ole:
      return UploadKind::Doc;  // .doc or .wps: LibreOffice converts it
    case Sniffed::Html:
      if (valid_utf8_text(body) || plausible_gb_text(body)) return UploadKind::Html;
      break;
    case Sniffed::Rtf:
      *reason = "这是 RTF 文件，请另存为 .docx 后再上传。";
      return UploadKind::Unknown;
    case Sniffed::Text:
      if (first != std::string_view::npos && body[first] == '<' && valid_utf8_text(body)) return UploadKind::Xml;
      if (valid_utf8_text(body) || plausible_gb_text(body)) return UploadKind::Text;
      break;
  }
  if (starts_with(bytes, "MZ") || starts_with(bytes, "\x7F" "ELF"))
    *reason = "这是一个可执行程序，不是报告。请上传 Word（.docx/.doc）、PDF、XML 或文本文件。";
  else
    *reason = "无法识别的文件内容。请上传 Word（.docx/.doc）、PDF、XML 或文本文件。";
  return UploadKind::Unknown;
}

const char* upload_extension(UploadKind kind) {
  switch (kind) {
    case UploadKind::Docx: return ".docx";
    case UploadKind::Doc: return ".doc";
    case UploadKind::Pdf: return ".pdf";
    case UploadKind::Xml: return ".xml";
    case UploadKind::Html: return ".html";
    case UploadKind::Text: return ".txt";
    default: return "";
  }
}

const char* upload_kind_name(UploadKind kind) {
  switch (kind) {
    case UploadKind::Docx: return "docx";
    case UploadKind::Doc: return "doc";
    case UploadKind::Pdf: return "pdf";
    case UploadKind::Xml: return "xml";
    case UploadKind::Html: return "html";
    case UploadKind::Text: return "text";
    default: return "unknown";
  }
}

}  // namespace plancheck::service
