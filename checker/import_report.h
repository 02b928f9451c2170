// `plancheck import-report`: a prose report (经验交流材料) as its text is written, wrapped
// as report XML (formats.md) with a `narrative`, so the text rules can read it.
//
// - The lines before the first paragraph are the document's title: the narrative's first `p`,
//   so the text rules read it (XX县农业农村局2023年工作总结).
// - A line that names a unit (ends in 委员会, 局, 部, 办, 办公室, 中心 …) and has no
//   punctuation, optionally followed by its speech's title, opens a `section` per
//   speaking unit (seed 002: 呼和浩特市民族事务委员会 / 用四项工程铸牢中华民族共同体意识);
//   its title is "unit：speech title". Paragraphs before the first such heading stay
//   directly under `narrative`.
// - Lines broken by the extraction are joined into their paragraph; each paragraph is a `p`.
// - A numbered heading line (一、工作进展, （二）存在问题, 第三部分 …, short and without a
//   sentence's punctuation after its number) stands by itself as its own paragraph, never
//   joined to the paragraph after it. (It opens no section: in the corpus, sections per
//   heading hid repeats across them; so do Word's styled headings: report_source.cc.)
// - A paragraph wholly in brackets after the sections ((本版文字由自治区民委提供)) is an
//   editor's note: it goes under `narrative`, not into the last unit's section.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "import_text.h"

namespace plancheck {

struct ReportImportOptions {
  std::string plan;       // report/@plan: the plan's 文号
  std::string unit;       // report/@unit
  std::string submitted;  // report/@submitted, ISO
  // Input lines (1-based) that begin a paragraph whatever the line before ends with: a table
  // cell's first line and the line after the cell, a styled heading's first line
  // (report_source.cc), so one cell's words are never glued to the next cell's (粮食产量 /
  // 2.1万吨 / 增长3%).
  std::set<int> paragraph_starts;
  std::set<int> cell_starts;  // of those, the cells': never part of the title
  // The heading level of a styled heading's first line (Word's Heading 1, HTML's h1–h6): the
  // title ends at a heading styled otherwise than its first line (标题 over 标题 1, h1 over h2),
  // where a number lost on the way (LibreOffice's web page drops Word's 一、) would have ended it.
  std::map<int, int> heading_levels;
};

struct ReportImport {
  pugi::xml_document xml;               // the report; empty when !ok
  std::vector<ImportWarning> warnings;
  int sections = 0, paragraphs = 0;     // what was made, for the summary line
  std::map<pugi::xml_node, int> lines;  // each p and section → the input line it starts at
  bool ok = false;                      // false: not UTF-8, or no paragraph at all
};

void import_report(std::string_view text, const ReportImportOptions& options, ReportImport& result);

}  // namespace plancheck
