// What a project adds to `check` around the run itself: plancheck.toml (config.h),
// waivers (waivers.h) and a baseline (baseline.h). The command line wins over the
// config file.
#pragma once
#include <set>
#include <string>

#include "config.h"
#include "tools.h"

namespace plancheck {

struct RunControls {
  std::string config_path;  // --config; else plancheck.toml in the current folder or a parent
  bool no_config = false;   // --no-config
  std::string waivers;      // --waivers
  std::string baseline;     // --baseline
  std::string write_baseline;  // --write-baseline
};

void add_control_options(CLI::App* command, RunControls& controls);

struct ConfiguredRun {
  Config config;
  std::set<std::string> disabled;  // rule ids not to run
};

// Reads the config and fills in what `command` was not given: --lang, --fail-on,
// --due-soon-days, and the config's rule folders ahead of --rules (so --rules can still
// replace their rules). Throws TomlFileError on a bad config or an unknown rule id.
ConfiguredRun configure_run(const RunControls& controls, const CLI::App& command, CommonOptions& common,
                            std::string& fail_on);

// After the run: the config's severity remaps, then waivers, then the baseline (written
// first with --write-baseline). Throws TomlFileError or BaselineError.
void finish_run(const ConfiguredRun& run, const RunControls& controls, const RunSettings& settings, CheckResult& result);

}  // namespace plancheck
