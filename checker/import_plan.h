// `plancheck import-plan`: an implementation plan (实施方案) as its text is written,
// turned into plan XML (formats.md, schemas/plan.xsd).
//
// What it reads, in the two styles the seeds show:
// - the header: the document number (聊江委办发〔2023〕5号), the issuer (the first line of
//   the signature above the issue date), the issue date (2023年5月30日), and the title
//   (the lines after the date, up to one ending in 方案/办法/意见/规划/计划);
// - headings 一、 and （一） (sections, kept only when they hold tasks);
// - numbered paragraphs (1. / 1．/ 1、) that end in a unit list, 〔牵头单位：…；责任单位：…〕
//   or （责任单位：…）, closed by any bracket: the tasks. The first sentence is the title;
//   a task of one sentence has it as title and text;
// - in a task's text: deadline wording (2023年11月底前, 每年9月), targets (至少1处…,
//   不少于, 最多), budget clauses (经费……列入/纳入……预算);
// - in other paragraphs (保障措施): budget clauses (plan level) and dated wording
//   (2023年11月底前要取得阶段性成果) as milestones;
// - the unit directory: every unit the lists name, in order, with an alias where the text
//   writes a listed name with a 区/市/县 prefix (区党群工作部 for 党群工作部).
// Lines broken by the extraction are joined first (区经济发 / 展局).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "import_text.h"
#include "source_document.h"

namespace plancheck {

struct PlanImport {
  pugi::xml_document xml;               // the plan; empty when !ok
  std::vector<ImportWarning> warnings;  // structure not understood, by line
  bool ok = false;                      // false: no 文号 or no issue date (the warnings say which)
  // Each task's id and the line (ImportWarning::line numbering) its paragraph starts on, in
  // document order: the review puts a warning on the row of the task it falls in.
  std::vector<std::pair<std::string, int>> task_lines;
  // Notes for the review on tasks (by their index in task_lines): a deadline's year supplied
  // from a heading or an earlier limit of the task, a limit that names no date.
  std::vector<ReviewNote> review_notes;
};

struct PlanImportOptions {
  std::string id;      // --id: the plan's id when the document has no 文号 (or to override it)
  std::string issued;  // --issued YYYY-MM-DD: likewise for the issue date
};

// Reads a plan from any source the readers understand (source_document.h).
void import_plan(const SourceDocument& doc, const PlanImportOptions& options, PlanImport& result);

// The same from UTF-8 text (tests, fuzzing).
void import_plan(std::string_view text, PlanImport& result);

}  // namespace plancheck
