// Waivers: a reviewed, signed-off exception for one rule in one report (or for one
// unit), optionally one task, until an expiry date. A waived finding is still shown,
// marked with the reason and approver, and does not fail the run. An expired waiver
// stops applying and is itself a finding (waiver-expired, warning); a waiver that
// covered nothing is a finding too (waiver-unused, info), both at the waiver's line.
#pragma once
#include <string>
#include <vector>

#include "dates.h"
#include "finding.h"

namespace plancheck {

struct Waiver {
  std::string rule;
  std::string file;  // the report, as written (relative to the waivers file's folder)
  std::string file_key;  // `file` as an absolute, normalized path; empty when not given
  std::string unit, task, reason, approved_by;
  Date expires;      // inclusive: the waiver holds through this day
  int line = 1, column = 1;
};

struct WaiverSet {
  std::string path;  // as the user named it
  std::vector<Waiver> waivers;
};

// Reads
//   [[waiver]]
//   rule = "deadline-overdue"
//   file = "reports/004/jiaoti-2023-11.xml"   # and/or unit = "区教体中心"
//   task = "5"                                # optional
//   reason = "……"
//   approved_by = "张三"
//   expires = 2024-03-31
// Throws TomlFileError (toml_reading.h) naming the file, line and column of a problem.
WaiverSet load_waivers(const std::string& path);

// Marks the findings that unexpired waivers cover (as of `as_of`), adds the
// waiver-expired and waiver-unused findings in `lang`, and keeps `findings` sorted.
// With `known_rules`, a waiver for a rule that does not exist is a warning naming the
// closest rule id (a typo in the waivers file silently waives nothing otherwise).
void apply_waivers(const WaiverSet& set, const Date& as_of, const std::string& lang, std::vector<Finding>& findings,
                   const std::vector<std::string>& known_rules = {});

}  // namespace plancheck
