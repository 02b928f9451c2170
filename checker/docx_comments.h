// Word comments (批注) added to a .docx: each anchored on a body paragraph or a table cell,
// in word/comments.xml with its relationship and content type, every other part of the
// package copied as it is. The input is never written; the output is written to a
// temporary file beside it and renamed, so it is whole or not there.
//
// Places are counted as the .docx reader counts them (source_document.h): body paragraphs
// with text, outside tables, 1-based; top-level tables 1-based, rows 1-based with the
// header as row 1, grid columns 1-based (gridBefore and gridSpan counted).
#pragma once
#include <string>
#include <vector>

#include "source_document.h"

namespace plancheck {

struct DocxComment {
  SourcePlace place;  // paragraph, or table + row (+ column); none of them: the first paragraph
  std::string text;   // '\n' separates the comment's paragraphs
};

struct DocxCommentOptions {
  std::string author = "plancheck";
  std::string initials = "PC";
  std::string date;  // w:date, ISO 8601 (2023-11-20T00:00:00Z); none when empty
};

struct DocxCommentResult {
  int anchored = 0;        // comments placed where they belong
  int at_start = 0;        // comments whose place was not found: on the first paragraph
  std::string error;       // when the call returns false
};

bool add_docx_comments(const std::string& input, const std::string& output, const std::vector<DocxComment>& comments,
                       const DocxCommentOptions& options, DocxCommentResult* result);

// Reads back the comments of a .docx: each comment's text with the text of the paragraph
// or cell it is anchored on (tests, and `annotate --list` style checks).
struct AnchoredComment {
  std::string id, author, initials, text;
  std::string anchored_text;  // the text between commentRangeStart and commentRangeEnd
  bool in_table = false;
};
bool read_docx_comments(const std::string& path, std::vector<AnchoredComment>* comments, std::string* error);

}  // namespace plancheck
