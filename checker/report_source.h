// A progress report as a unit wrote it (Word, PDF, web page, text: a SourceDocument) turned
// into the report XML the rules read, with a map from each element back to where it stands
// in the original ("表1 第4行 进展情况", "第12段"), so a finding can point there.
//
// - A table whose header names tasks and progress (report_table.h) gives one <task> per
//   row, matched to the plan's tasks by number (序号 = a plan task id), else by title. A
//   match below the threshold, or a number and a title that name two different tasks, is
//   a note asking the unit to name the task; the row is never silently paired.
// - Paragraphs outside tables are the narrative; headings (a Word heading style, or a
//   numbered short line: 一、 （一） 1.) open sections; the title is kept as a comment.
// - The unit and the date come from the document (报送单位：X / 报送日期：…, the 落款 at the
//   end: a unit line and a date line, a title XX局关于…的报告), else from the file name
//   (区财政局-2023-11-20.docx), else from the options; missing either is an error.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "document.h"
#include "finding.h"
#include "source_document.h"

namespace plancheck {

class Plan;

struct ReportSourceOptions {
  std::vector<const Plan*> plans;  // candidates: the one the document names, else the only one
  std::string plan_id;             // when no plan is loaded (import-report --plan ID)
  std::string unit, submitted;     // fallbacks (--unit, --submitted) when the document says none
  std::string command = "import-report";  // named in the XML's first comment
  LoadLimits limits;
};

// Something the conversion found that a person must see: a finding in `check`, a warning
// in `import-report`.
struct ReportNote {
  std::string rule;  // report-table (a table it cannot read whole), report-task-match
  Severity severity = Severity::Warning;
  std::string zh, en;
  std::string task;
  SourcePlace place;
  std::string column_name;  // the header of place.column, when a cell
  const std::string& message(const std::string& lang) const { return lang == "en" ? en : zh; }
};

// An element of the XML that stands for a place in the original.
struct PlaceMark {
  SourcePosition at;  // the element's `<` in `xml`
  SourcePlace place;
  std::string column_name;
};

struct ReportConversion {
  bool ok = false;
  SourceReadError error;   // when !ok: why, naming the place
  std::string xml;         // what import-report writes, byte for byte
  std::unique_ptr<Document> document;  // `xml` parsed, for the rules
  std::vector<ReportNote> notes;
  std::vector<PlaceMark> places;       // in document order
  const Plan* plan = nullptr;          // the plan matched against, if loaded
  int tasks = 0, sections = 0, paragraphs = 0;
};

// `source_name` is the path as the user gave it: named in the XML's comment, and the
// Document's path (so evidence is looked for beside the original file).
void convert_report(const SourceDocument& doc, const std::string& source_name, const ReportSourceOptions& options,
                    ReportConversion* out);

// The place of a position in the XML: the innermost marked element that starts at or
// before it. Null before the first mark.
const PlaceMark* place_at(const ReportConversion& conversion, SourcePosition at);

// Gives a finding in the converted XML its place in the original (Finding::place).
void place_finding(const ReportConversion& conversion, const std::string& lang, Finding& finding);

// A note as a finding of `file`, at its place.
Finding note_finding(const ReportNote& note, const ReportConversion& conversion, const std::string& file,
                     const std::string& lang);

// Whether a document found in a folder reads as a progress report (cli.md), so that a
// folder of reports can also hold the plan, attachments and scans without failing the run.
// It does when its title — else its file name — names a report (…情况的报告, 进展情况,
// 工作汇报, 工作总结, 台账, 报送) more than a plan or notice (实施方案, 通知, 意见), or when
// it holds a task table or a 报送单位 line. A file named on the command line is not asked:
// it must be a report.
bool reads_as_report(const SourceDocument& doc);

// Whether `path` names a report that is not XML (.docx .pdf .html .htm .txt, any case).
bool is_source_report_path(const std::string& path);

}  // namespace plancheck
