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
// The file is replaced whole (atomic_file.h); throws WriteError when it cannot be written.
void write_baseline(const std::string& path, const std::vector<Finding>& findings, const std::string& lang);

// Marks the findings the baseline at `path` records (in_baseline). Throws BaselineError
// when it cannot be read, is not a baseline, or was recorded in another --lang.
void apply_baseline(const std::string& path, const std::string& lang, std::vector<Finding>& findings);

// While it lives, no other plancheck run writes or reads a baseline in the same folder: an
// exclusive flock on the folder itself (no lock file left in the repository), so a second
// run with --write-baseline waits for the first to have written and applied its own.
class BaselineLock {
 public:
  explicit BaselineLock(const std::string& baseline_path);
  ~BaselineLock();
  BaselineLock(const BaselineLock&) = delete;
  BaselineLock& operator=(const BaselineLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace plancheck
