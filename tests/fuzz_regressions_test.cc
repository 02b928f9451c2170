// Every input a fuzzer once failed on (tests/fuzz-regressions/<target>/), replayed through
// the same code the fuzz target runs; in build-asan the sanitizers watch it too.
#include <filesystem>

#include <catch2/catch.hpp>

#include "cli.h"
#include "fuzz_entries.h"

using namespace plancheck_test;

TEST_CASE("fuzz regressions: every kept input runs through its target", "[fuzz]") {
  namespace fs = std::filesystem;
  fs::path root = PLANCHECK_FIXTURE("tests/fuzz-regressions");
  int replayed = 0;
  for (const plancheck::FuzzTarget& target : plancheck::fuzz_targets()) {
    fs::path folder = root / target.name;
    if (!fs::is_directory(folder)) continue;
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
      std::string bytes = read_file(entry.path().string());
      INFO(target.name << ": " << entry.path().filename().string());
      target.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  CHECK(replayed > 0);
}
