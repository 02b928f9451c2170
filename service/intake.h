// What the service asks of the core, in the core's own terms: a plan read from an upload
// (import-plan's path), published with its reporting date; the units it names (status's
// cells); a report checked exactly as `plancheck check` checks it, with the annotated
// .docx of `plancheck annotate`; and the status matrix of `plancheck status`.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "dates.h"
#include "sniff.h"

namespace plancheck::service {

struct PlanIntake {
  bool ok = false;
  std::string error;               // why not, in Chinese, for the supervisor
  std::string xml;                 // the plan XML
  std::string plan_id, title;
  nlohmann::json review;           // plan_review_json
};

// An uploaded plan: plan XML as it is, or a document (.docx, PDF, text) through import-plan.
PlanIntake read_plan_upload(const std::string& bytes, const std::string& file_name, UploadKind kind);

// A correction the supervisor makes to what the importer read, for one task: its lead and
// responsible units, and its deadline (ISO; empty: none). Fields not given stay as read.
struct TaskEdit {
  std::string task;
  std::optional<std::vector<std::string>> leads, responsible;
  std::optional<std::string> deadline;
};

// The plan XML with the edits made (units the directory lacks added to it), validated again
// against the schema; the review made anew. False with the reason in Chinese.
bool edit_plan(const std::string& plan_xml, const std::vector<TaskEdit>& edits, std::string* edited,
               nlohmann::json* review, std::string* error);

// The plan XML with its <reporting due="…"/> set to `deadline` (ISO), replacing any.
std::string plan_with_deadline(const std::string& plan_xml, const std::string& deadline);

// The units the plan's tasks name (lead or responsible), first named first; collective
// names (各镇（街道）) are none.
std::vector<std::string> plan_units(const std::string& plan_xml);

struct ReportCheck {
  bool ok = false;
  std::string error;               // why the file could not be checked, in Chinese
  nlohmann::ordered_json json;     // `check --format json` of this one file (paths: the file's name)
  int errors = 0, warnings = 0, infos = 0;
  std::string report_xml;          // the report as XML (the status matrix reads it)
  std::string annotated;           // .docx bytes with the findings as comments; empty otherwise
};

struct ReportCheckRequest {
  std::string plan_xml;
  std::string bytes;
  UploadKind kind = UploadKind::Unknown;
  std::string file_name;           // as uploaded: the name findings are reported under
  std::string unit;                // the unit the link belongs to
  Date as_of;
  std::string work_dir;            // a folder for the check's files, removed afterwards
};

ReportCheck check_report(const ReportCheckRequest& request);

// `plancheck status --format json` of the plan and the units' latest reports (XML).
nlohmann::json plan_status_json(const std::string& plan_xml, const std::vector<std::string>& report_xmls,
                                 const Date& as_of);

}  // namespace plancheck::service
