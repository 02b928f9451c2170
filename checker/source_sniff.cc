#include "source_sniff.h"

#include <algorithm>
#include <cctype>

#include "import_text.h"  // ascii_lower

namespace plancheck {

Sniffed sniff_source(std::string_view bytes, const std::string& extension) {
  if (bytes.substr(0, 4) == "PK\x03\x04" || bytes.substr(0, 4) == "PK\x05\x06") return Sniffed::Zip;
  if (bytes.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") return Sniffed::Ole;
  // PDF readers accept the header anywhere in the first kilobyte.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Sniffed::Pdf;
  std::string head = ascii_lower(bytes.substr(0, std::min<size_t>(4096, bytes.size())));
  size_t start = 0;
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  while (start < head.size() && std::isspace(static_cast<unsigned char>(head[start]))) ++start;
  if (head.compare(start, 5, "{\\rtf") == 0) return Sniffed::Rtf;
  if (start < head.size() && head[start] == '<') {
    for (const char* mark : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"})
      if (head.find(mark) != std::string::npos) return Sniffed::Html;
    if (extension == ".html" || extension == ".htm" || extension == ".shtml" || extension == ".xhtml")
      return Sniffed::Html;
  }
  return Sniffed::Text;
}

}  // namespace plancheck
