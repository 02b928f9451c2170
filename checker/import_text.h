// Text as PDF extraction leaves it, read for the importers (import_plan, import_report):
// lines with their numbers, spaces of every width, paragraphs broken in mid-word
// (区经济发 / 展局) that must be joined again.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "source_document.h"

namespace plancheck {

struct TextLine {
  int number = 0;    // 1-based, as an editor shows it
  std::string text;  // trimmed of spaces (ideographic and no-break ones too)
};

// Splits `text` into lines (LF, CRLF or CR; a UTF-8 BOM is dropped). Returns false when
// the text is not UTF-8, with the number of the first bad line in *bad_line.
bool split_lines(std::string_view text, std::vector<TextLine>* lines, int* bad_line);

// `s` without leading and trailing spaces: ASCII white space, U+3000, U+00A0.
std::string trim_spaces(std::string_view s);

// Code points in valid UTF-8 `s`.
size_t count_chars(std::string_view s);

bool starts_with(std::string_view s, std::string_view prefix);

// `s` with ASCII letters in lower case (tags, extensions, encoding labels); other bytes as they are.
std::string ascii_lower(std::string_view s);
bool ends_with(std::string_view s, std::string_view suffix);

// The line ends a sentence or a bracketed list: 。！？；： or a closing bracket.
// A line that does not was broken by the extraction and goes on in the next line.
bool ends_sentence(std::string_view line);

// The line holds punctuation that headings do not: 。，,、；;：:！？
bool has_sentence_punctuation(std::string_view line);

// The same but for 、, which a title may hold (关于山西、安徽省…的通报): 。，,；;：:！？
bool has_clause_punctuation(std::string_view line);

// Something an importer could not read as structure, said where it stands in the text.
struct ImportWarning {
  int line = 0;
  std::string zh, en;
  SourcePlace place;  // where it stands in a Word/PDF/HTML source; place.line == line for text
  const std::string& message(const std::string& lang) const { return lang == "en" ? en : zh; }
};

// What the importer read for one task that its XML does not say, for the review table: where
// the year of a deadline written without one came from (a heading above, a limit before it in
// the task), or a time limit that names no date (长期坚持, 全年).
struct ReviewNote {
  size_t task = 0;  // the task's index in document order (as PlanImport::task_lines)
  std::string zh, en;
  bool year = false;  // it says where a deadline's year came from: the review's own note yields to it
};

// `text` as the body of an XML comment: with spaces around it and no "--" inside.
std::string xml_comment_text(std::string text);

struct Paragraph {
  int line = 0;      // where it starts
  std::string text;  // its lines joined with nothing between (Chinese has no spaces)
};

// Joins lines[from, to) into paragraphs: a line that does not end a sentence goes on
// in the next line, unless `alone(i)` says line i stands by itself (a heading) or
// `starts_block(i)` says line i begins something new (a numbered item).
std::vector<Paragraph> join_paragraphs(const std::vector<TextLine>& lines, size_t from, size_t to,
                                       const std::function<bool(size_t)>& alone,
                                       const std::function<bool(size_t)>& starts_block);

}  // namespace plancheck
