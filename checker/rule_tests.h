// Rule test cases (`plancheck test`), in the manner of ESLint's RuleTester: a case is a
// folder with a plan, one or more reports and a case.toml that names the as-of date,
// the findings that must appear and the findings that must not. Each case runs through
// the real engine (run_check) and passes or fails; a failure reads as a diff of what
// was expected against what the rules found.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine.h"
#include "toml_reading.h"

namespace plancheck {

// A case.toml that cannot be used: `file:line:column: reason`.
using CaseFileError = TomlFileError;

// One [[expect]] or [[expect_not]] entry: the fields it names must all match a finding;
// the fields it leaves out match anything.
struct FindingPattern {
  std::string rule;                   // required
  std::optional<std::string> file;    // relative to the case folder (or the rule file, for rule-error)
  std::optional<std::string> task;    // "" means: a finding about no task
  std::optional<int> line, column;
  std::optional<std::string> message;  // a part of the message
  std::optional<std::string> severity, unit, suggestion;
  int toml_line = 0;  // where the entry starts in case.toml, for messages

  // `file_in_case`: the finding's file relative to the case folder.
  bool matches(const Finding& finding, const std::string& file_in_case) const;
  // The fields this pattern names that `finding` does not have, in words.
  std::vector<std::string> differences(const Finding& finding, const std::string& file_in_case,
                                       const std::string& lang) const;
  std::string describe(const std::string& lang) const;
};

struct RuleTestCase {
  std::string dir;   // the case folder, as found
  std::string name;  // the folder relative to the root it was found under
  std::string description;
  std::string as_of;  // ISO
  std::string lang = "zh";  // the language the rules write in (and `message` is matched in)
  int due_soon_days = 14;
  std::vector<std::string> plans;    // paths as plancheck will open them
  std::vector<std::string> reports;  // files and folders
  std::vector<std::string> rules;    // the rules that run ("*": all of them)
  bool exact = true;  // every finding must be expected, as RuleTester counts errors
  std::vector<FindingPattern> expected, forbidden;

  // Whether this case is about `rule_id` (it runs it), and whether it expects it to fire.
  bool runs(const std::string& rule_id) const;
  bool expects_firing(const std::string& rule_id) const;
};

// Reads `dir`/case.toml. Throws CaseFileError.
RuleTestCase load_rule_test_case(const std::string& dir, const std::string& root);

// Every folder under `root` (itself included) that holds a case.toml, sorted.
std::vector<std::string> find_case_dirs(const std::string& root);

// The case folders of a rule pack: DIR/tests for each of `rule_dirs` that has one.
std::vector<std::string> default_case_roots(const std::vector<std::string>& rule_dirs);

struct CaseOutcome {
  std::string error;  // the case could not run: an unknown rule, an unreadable file
  CheckResult result;
  std::vector<std::string> files_in_case;  // result.findings[i].file relative to the case
  std::vector<int> matched_by;  // result.findings[i] → index in expected, or -1
  std::vector<int> missing;     // indexes in expected that matched no finding
  std::vector<int> unexpected;  // indexes in result.findings (exact cases only)
  std::vector<std::pair<int, int>> forbidden_found;  // (forbidden index, finding index)

  bool passed() const { return error.empty() && missing.empty() && unexpected.empty() && forbidden_found.empty(); }
};

// Runs the case's rules (from the built-in pack and `extra_rule_dirs`) on its files.
// Throws RuleLoadError when a rule the case runs does not load.
CaseOutcome run_rule_test_case(const RuleTestCase& test_case, const std::vector<std::string>& extra_rule_dirs);

// The failure as a diff: `-` expected and not found, `+` found and not expected,
// `!` found and forbidden, ` ` matched; in `lang` ("zh" or "en").
std::string describe_failure(const RuleTestCase& test_case, const CaseOutcome& outcome, const std::string& lang);

// One finding on one line: `report.xml:12:5 [rule] task 3: message`.
std::string finding_line(const Finding& finding, const std::string& file_in_case, const std::string& lang);

}  // namespace plancheck
