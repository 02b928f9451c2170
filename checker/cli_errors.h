// Argument errors in the supervisor's language: CLI11's English messages ("--plan is
// required", "A subcommand is required", "The following argument was not expected")
// rewritten in Chinese (or plain English with --lang en), with did-you-mean for
// subcommands, options and option values computed from the real command table.
#pragma once
#include <string>

#include <CLI/CLI.hpp>

namespace plancheck {

// The language of messages given before or while the options are parsed: "en" when
// argv has `--lang en` or `--lang=en`, else "zh". Only --lang decides, as it does for
// the findings: a CI machine's LANG=en_US must not turn a Chinese run's errors English.
std::string lang_from_argv(int argc, const char* const* argv);

// One or more lines for `error`, thrown while `app` parsed argv; ends with the hint to
// run --help.
std::string describe_parse_error(const CLI::App& app, const CLI::ParseError& error, int argc,
                                 const char* const* argv, const std::string& lang);

// A RuleLoadError's text (the host writes it in English) in `lang`: the known sentences
// in Chinese, Lua's own syntax messages kept after a Chinese lead-in.
std::string describe_rule_load_error(const std::string& what, const std::string& lang);

}  // namespace plancheck
