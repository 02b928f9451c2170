// The header of a plan as published: its document number (文号), issue date, issuer and
// title, wherever the publication puts them — a 文号 line, a web page's metadata row
// (文　　号 蔡政办〔2023〕1号), the signature's date line (in Arabic or Chinese numerals), a
// 成文日期/发布日期 field — and the year the plan is for (the title's year, else the issue
// year), which deadlines written without a year take.
//
// Never refuses a plan: what it cannot find comes from the options (--id, --issued) or is
// inferred (an id from title and year), each inference a warning naming its place.
#pragma once
#include <string>
#include <vector>

#include "dates.h"
#include "import_text.h"
#include "source_document.h"

namespace plancheck {

struct PlanHeaderOptions {
  std::string id;      // --id: used when given, whatever the document says
  std::string issued;  // --issued YYYY-MM-DD: likewise
};

struct PlanHeader {
  std::string id;       // never empty after read_plan_header
  std::string title;    // may be empty (a warning says so)
  std::string issuer;   // may be empty
  Date issued;          // valid after read_plan_header (inferred at worst, with a warning)
  int plan_year = 0;    // the year the plan is for: the title's year, else issued.year
  bool title_year = false;  // the title names plan_year (徐庄镇2017年度…计划)
  size_t body_block = 0;  // index into SourceDocument::blocks where the body (after title/salutation) starts
  bool id_inferred = false, issued_inferred = false;
};

// Reads the header of `doc`. Warnings (inferences, things not found) are appended to `warnings`.
PlanHeader read_plan_header(const SourceDocument& doc, const PlanHeaderOptions& options,
                            std::vector<ImportWarning>& warnings);

}  // namespace plancheck
