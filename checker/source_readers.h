// The readers behind read_source_bytes (source_document.cc sniffs the bytes and calls one).
// Each fills *out (path, format, blocks, notes, metadata) or says why not in *error; none
// throws for bad input.
#pragma once
#include <string>
#include <string_view>

#include "source_document.h"

namespace plancheck {

// UTF-8 or GB18030/GBK text: one Paragraph per line (source_text.cc).
bool read_text_source(std::string_view bytes, const std::string& name, SourceDocument* out, SourceReadError* error);

// A saved web page: the article body only (source_html.cc).
bool read_html_source(std::string_view bytes, const std::string& name, SourceDocument* out, SourceReadError* error);

// A Word .docx (a zip holding word/document.xml) (source_docx.cc).
bool read_docx_source(std::string_view bytes, const std::string& name, const SourceReadOptions& options,
                      SourceDocument* out, SourceReadError* error);

// A PDF with a text layer (source_pdf.cc).
bool read_pdf_source(std::string_view bytes, const std::string& name, const SourceReadOptions& options,
                     SourceDocument* out, SourceReadError* error);

// A .doc / .wps / .rtf converted to .docx by LibreOffice when it is installed (source_convert.cc).
// `extension` (lower case, with the dot) names the input's kind for LibreOffice.
bool read_converted_source(std::string_view bytes, const std::string& name, const std::string& extension,
                           const SourceReadOptions& options, SourceDocument* out, SourceReadError* error);

// Helpers the readers share (source_text.cc).
// A code point that Chinese typesetting sets without spaces around: CJK ideographs, CJK and
// full-width punctuation, kana, hangul.
bool is_wide_char(char32_t c);
// Spaces between two wide characters, or between a wide character and a digit, a letter or
// punctuation, removed; other runs of spaces kept as one space; ends trimmed.
std::string close_cjk_spaces(std::string_view utf8);
// Runs of two or more paragraphs that each hold a row of cells — tab-separated (a table typed
// with tabs in Word: 1<tab>改造老旧小区<tab>市住建局) or ruled with bars — made tables, as a text
// file's lines are (text_source); the tables numbered again in order, other tabs made spaces.
void paragraph_rows_as_tables(SourceDocument* doc);

}  // namespace plancheck
