// plancheck.toml: what load_config reads, and the errors that name file, line and key.
#include <filesystem>

#include <catch2/catch.hpp>

#include "cli.h"
#include "config.h"
#include "toml_reading.h"

using namespace plancheck;
using plancheck_test::make_temp_dir;
using plancheck_test::write_file;

namespace {

std::string error_of(const std::string& path) {
  try {
    load_config(path);
  } catch (const TomlFileError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("config: every key read, paths relative to the file", "[config]") {
  std::string dir = make_temp_dir("config-unit");
  std::filesystem::create_directories(dir + "/rules-extra");
  write_file(dir + "/plancheck.toml",
             "lang = \"en\"\nfail-on = \"warning\"\ndue-soon-days = 7\nwaivers = \"w.toml\"\n"
             "[rules]\nfolders = [\"rules-extra\"]\nenable = [\"a\"]\ndisable = [\"b\"]\n"
             "[severity]\nc = \"info\"\n");
  Config config = load_config(dir + "/plancheck.toml");
  CHECK(config.lang == "en");
  CHECK(config.fail_on == "warning");
  CHECK(config.due_soon_days == 7);
  CHECK(config.waivers == dir + "/w.toml");
  CHECK(config.rule_dirs == std::vector<std::string>{dir + "/rules-extra"});
  CHECK(config.severity.at("c") == Severity::Info);

  // enable leaves only what it names; disable takes away.
  std::set<std::string> off = disabled_rules(config, {{"a", ""}, {"b", ""}, {"d", ""}});
  CHECK(off == std::set<std::string>{"b", "d"});
  std::vector<Finding> findings(1);
  findings[0].rule = "c";
  std::vector<RuleInfo> rules(1);
  rules[0].id = "c";
  apply_severities(config, findings, rules);
  CHECK(findings[0].severity == Severity::Info);
  CHECK(rules[0].severity == Severity::Info);

  CHECK_NOTHROW(check_rule_ids(config, {"a", "b"}, {"c"}));
  CHECK_THROWS_WITH(check_rule_ids(config, {"a"}, {"c"}), Catch::Contains("plancheck.toml:8:") && Catch::Contains("“b”"));
}

TEST_CASE("config: bad files name the problem and where it is", "[config]") {
  std::string dir = make_temp_dir("config-errors");
  std::string path = dir + "/plancheck.toml";
  write_file(path, "lang = \"fr\"\n");
  CHECK_THAT(error_of(path), Catch::Contains("plancheck.toml:1:") && Catch::Contains("lang"));
  write_file(path, "\n[rules]\ndisabled = [\"x\"]\n");
  CHECK_THAT(error_of(path), Catch::Contains("plancheck.toml:3:1") && Catch::Contains("rules.disabled"));
  write_file(path, "due-soon-days = -1\n");
  CHECK_THAT(error_of(path), Catch::Contains("due-soon-days"));
  write_file(path, "[severity]\nx = \"fatal\"\n");
  CHECK_THAT(error_of(path), Catch::Contains("severity.x"));
  write_file(path, "[rules]\nfolders = [\"nowhere\"]\n");
  CHECK_THAT(error_of(path), Catch::Contains("nowhere"));
  write_file(path, "lang = \n");
  CHECK_THAT(error_of(path), Catch::Contains("TOML"));
  write_file(path, "fail-on = \"error\"\n");
  CHECK(error_of(path).empty());
}

TEST_CASE("config: found in the folder or the nearest parent", "[config]") {
  std::string dir = make_temp_dir("config-find");
  std::filesystem::create_directories(dir + "/a/b");
  write_file(dir + "/a/plancheck.toml", "");
  CHECK(find_config(dir + "/a/b") == dir + "/a/plancheck.toml");
  CHECK(find_config(dir + "/a") == dir + "/a/plancheck.toml");
  write_file(dir + "/a/b/plancheck.toml", "");
  CHECK(find_config(dir + "/a/b") == dir + "/a/b/plancheck.toml");
}
