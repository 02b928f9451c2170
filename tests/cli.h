// Runs the real plancheck binary, as a user or a CI job would, and captures what it says.
#pragma once
#include <string>
#include <vector>

namespace plancheck_test {

struct CliRun {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `plancheck ARGS...` in `cwd` (default: the source tree, so fixture paths are
// relative as a user would type them) with NO_COLOR set. Arguments are passed as they
// are, with no shell in between.
CliRun run_cli(const std::vector<std::string>& args, const std::string& cwd = PLANCHECK_SOURCE_DIR);

// A fresh empty folder under the build tree's temp space, removed by nothing (CTest runs
// in parallel, so names are unique per call).
std::string make_temp_dir(const std::string& hint);

void write_file(const std::string& path, const std::string& content);
std::string read_file(const std::string& path);

// Number of non-overlapping occurrences of `needle` in `haystack`.
int count_of(const std::string& haystack, const std::string& needle);

}  // namespace plancheck_test

#define PLANCHECK_FIXTURE(rel) (std::string(PLANCHECK_SOURCE_DIR) + "/" + (rel))
