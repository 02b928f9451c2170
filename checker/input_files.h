// Which files a `check` or `status` run reads: each file named as it is, and under each
// folder every report found (recursively, extensions without case). Nothing is passed
// over in silence: a file found that is not a report is listed as skipped, and a folder
// or file that cannot be read is listed with the system's reason.
#pragma once
#include <string>
#include <vector>

namespace plancheck {

// What a file is, by its extension (compared without case).
enum class InputKind { Xml, Word, Pdf, Html, Text, Other };

InputKind classify_input(const std::string& path);  // a.XML → Xml, b.docx → Word, c.htm → Html
const char* input_kind_name(InputKind kind);       // "xml", "word", "pdf", "html", "text", "other"

// The kinds read as reports when found in a folder: XML, Word, PDF, web page, text (cli.md).
// Whether a file of those kinds is a report is decided when it is read (a plan, or a
// document that does not read as a report, is then listed as skipped).
bool is_report_kind(InputKind kind);

struct InputFile {
  std::string path;
  InputKind kind = InputKind::Other;
  bool named = false;  // given on the command line, not found in a folder
};

struct UnreadableInput {
  std::string path;
  std::string reason;  // strerror: 权限不够 / Permission denied
};

struct InputSet {
  std::vector<InputFile> reports;            // named files as given, then each folder's, sorted
  std::vector<std::string> skipped;          // found in a folder, not a report: listed, never checked
  std::vector<UnreadableInput> unreadable;   // folders (and named paths) that could not be listed
};

// Files named are taken as reports whatever their extension (reading them says whether
// they are one); a folder contributes the files is_report_kind accepts. Symbolic links to
// folders are not followed (no loops); links to files are.
InputSet discover_inputs(const std::vector<std::string>& inputs);

}  // namespace plancheck
