// What `import-plan` read, laid out for a supervisor to confirm against the document in a
// minute: one row per task (id, leads, responsible units, deadline with its wording, anything
// unsure), then plan-level budget and milestones. The same as JSON for scripts.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "import_text.h"

namespace plancheck {

// Each task's id and the line its paragraph starts on (PlanImport::task_lines): a warning
// between one task's line and the next's is shown in that task's row. May be empty.
using TaskLines = std::vector<std::pair<std::string, int>>;

// The review table as text, columns aligned by display width (CJK counts 2).
std::string plan_review_table(const pugi::xml_document& plan, const std::vector<ImportWarning>& warnings,
                              const std::string& lang);
std::string plan_review_table(const pugi::xml_document& plan, const std::vector<ImportWarning>& warnings,
                              const std::string& lang, const TaskLines& task_lines);
// With the importer's notes on tasks (PlanImport::review_notes) in their rows: where a
// deadline's year came from, a limit that names no date.
std::string plan_review_table(const pugi::xml_document& plan, const std::vector<ImportWarning>& warnings,
                              const std::string& lang, const TaskLines& task_lines, const std::vector<ReviewNote>& notes);

// {"id","issued","title","tasks":[{"id","title","leads":[],"responsible":[],"deadline":{"date","text"},"unsure":[]}],
//  "budget":[...], "milestones":[...], "warnings":[{"place","message"}]}
nlohmann::json plan_review_json(const pugi::xml_document& plan, const std::vector<ImportWarning>& warnings,
                                const std::string& lang);
nlohmann::json plan_review_json(const pugi::xml_document& plan, const std::vector<ImportWarning>& warnings,
                                const std::string& lang, const TaskLines& task_lines);
nlohmann::json plan_review_json(const pugi::xml_document& plan, const std::vector<ImportWarning>& warnings,
                                const std::string& lang, const TaskLines& task_lines, const std::vector<ReviewNote>& notes);

}  // namespace plancheck
