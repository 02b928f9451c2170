// A baseline: today's findings recorded so that a pipeline fails only on new ones.
// Findings match on rule, file, task and message, not on line and column, so an edit
// that moves lines does not revive a recorded finding. Each recorded entry accepts one
// finding: a second identical finding is new.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "finding.h"

namespace plancheck {

class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Records the findings that neither a waiver covers nor a waiver note is (JSON; file
// paths relative to the baseline's folder, so the file moves with the repository).
// Throws BaselineError when the file cannot be written.
void write_baseline(const std::string& path, const std::vector<Finding>& findings, const std::string& lang);

// Marks the findings the baseline at `path` records (in_baseline). Throws BaselineError
// when it cannot be read, is not a baseline, or was recorded in another --lang.
void apply_baseline(const std::string& path, const std::string& lang, std::vector<Finding>& findings);

}  // namespace plancheck
