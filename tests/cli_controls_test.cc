// plancheck.toml, waivers and baselines through the real binary.
#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

// A one-task plan: the plan-lint rules find only a warning (plan-budget) and an info
// (plan-task-deadline) in it, so the report's errors alone decide the exit status.
const std::string kPlan = "plan.xml";
const std::string kPlanXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plancheck:plan:1\" id=\"测试方案〔2023〕1号\" issued=\"2023-05-30\">\n"
    "  <title>测试方案</title>\n"
    "  <task id=\"1\"><title>宣传教育</title><lead>区政工部</lead></task>\n"
    "</plan>\n";

// A report from 区政工部 with one unknown task (task-known, error) and one task with no
// lead (lead-unit-named, error), each on its own line after `padding` blank lines.
std::string report_with_two_errors(int padding = 0) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<report xmlns=\"urn:plancheck:report:1\" plan=\"测试方案〔2023〕1号\" unit=\"区政工部\" "
         "submitted=\"2023-11-20\">\n" +
         std::string(padding, '\n') +
         "  <task ref=\"99\" status=\"done\"><lead>区政工部</lead></task>\n"
         "  <task ref=\"1\" status=\"in-progress\"><progress>进行中</progress></task>\n"
         "</report>\n";
}

// A folder with plan.xml and reports/r.xml; the run's cwd is the folder, so paths are as
// a user types them.
std::string project(const std::string& hint, int padding = 0) {
  std::string dir = make_temp_dir(hint);
  write_file(dir + "/plan.xml", kPlanXml);
  write_file(dir + "/reports/r.xml", report_with_two_errors(padding));
  return dir;
}

CliRun check_json(const std::string& dir, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"check", "--plan", kPlan, "--as-of", "2023-11-20", "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back("reports");
  return run_cli(args, dir);
}

const nlohmann::json* finding_of(const nlohmann::json& doc, const std::string& rule) {
  for (const auto& f : doc["findings"])
    if (f["rule"] == rule) return &f;
  return nullptr;
}

const std::string kWaiveTaskKnown =
    "[[waiver]]\n"
    "rule = \"task-known\"\n"
    "file = \"reports/r.xml\"\n"
    "task = \"99\"\n"
    "reason = \"任务 99 为试点任务，已报备\"\n"
    "approved_by = \"李主任\"\n";

}  // namespace

TEST_CASE("no config: both errors fail the run", "[cli][config]") {
  std::string dir = project("plain");
  CliRun run = check_json(dir);
  CHECK(run.exit_code == 1);
  auto doc = nlohmann::json::parse(run.out);
  CHECK(finding_of(doc, "task-known"));
  CHECK(finding_of(doc, "lead-unit-named"));
}

TEST_CASE("plancheck.toml in a parent folder: disable, severity, fail-on and lang, with flags winning", "[cli][config]") {
  std::string dir = project("config");
  write_file(dir + "/plancheck.toml",
             "lang = \"en\"\n"
             "fail-on = \"error\"\n"
             "[rules]\n"
             "disable = [\"task-known\"]\n"
             "[severity]\n"
             "lead-unit-named = \"warning\"\n");
  std::filesystem::create_directories(dir + "/sub");
  std::vector<std::string> args = {"check", "--plan", "../plan.xml", "--as-of", "2023-11-20", "--format", "json", "../reports"};
  CliRun run = run_cli(args, dir + "/sub");
  INFO(run.err);
  // task-known is off and lead-unit-named is only a warning: nothing fails at error.
  CHECK(run.exit_code == 0);
  auto doc = nlohmann::json::parse(run.out);
  CHECK_FALSE(finding_of(doc, "task-known"));
  REQUIRE(finding_of(doc, "lead-unit-named"));
  CHECK((*finding_of(doc, "lead-unit-named"))["severity"] == "warning");
  CHECK((*finding_of(doc, "lead-unit-named"))["message"].get<std::string>().find("task") != std::string::npos);

  // Flags override the file.
  args.insert(args.begin() + 1, {"--fail-on", "warning", "--lang", "zh"});
  CliRun flagged = run_cli(args, dir + "/sub");
  CHECK(flagged.exit_code == 1);
  auto flagged_doc = nlohmann::json::parse(flagged.out);
  REQUIRE(finding_of(flagged_doc, "lead-unit-named"));
  CHECK((*finding_of(flagged_doc, "lead-unit-named"))["message"].get<std::string>().find("任务") != std::string::npos);
  // --no-config ignores it.
  CHECK(check_json(dir, {"--no-config"}).exit_code == 1);
}

TEST_CASE("config: enable runs only the rules named, from rule folders the file adds", "[cli][config]") {
  std::string dir = project("config-enable");
  write_file(dir + "/team-rules/always-note.lua",
             "return { id = 'always-note', severity = 'info', summary = 'note',\n"
             "  check = function(report, plan) pc.emit{ message = 'noted' } end }\n");
  write_file(dir + "/conf/plancheck.toml",
             "[rules]\nfolders = [\"../team-rules\"]\nenable = [\"always-note\", \"task-known\"]\n");
  CliRun run = check_json(dir, {"--config", "conf/plancheck.toml"});
  INFO(run.err);
  REQUIRE(run.exit_code == 1);
  auto doc = nlohmann::json::parse(run.out);
  CHECK(finding_of(doc, "always-note"));
  CHECK(finding_of(doc, "task-known"));
  CHECK_FALSE(finding_of(doc, "lead-unit-named"));
}

TEST_CASE("config: an unknown key or rule id is exit 2 naming it and its line", "[cli][config]") {
  std::string dir = project("config-bad");
  write_file(dir + "/plancheck.toml", "lang = \"en\"\nfail_on = \"warning\"\n");
  CliRun key = check_json(dir);
  CHECK(key.exit_code == 2);
  CHECK(key.err.find("plancheck.toml:2:1") != std::string::npos);
  CHECK(key.err.find("fail_on") != std::string::npos);

  write_file(dir + "/plancheck.toml", "[rules]\ndisable = [\"task-knwon\"]\n");
  CliRun rule = check_json(dir);
  CHECK(rule.exit_code == 2);
  CHECK(rule.err.find("task-knwon") != std::string::npos);
  CHECK(rule.err.find("plancheck.toml:2:") != std::string::npos);

  write_file(dir + "/plancheck.toml", "[severity]\nlead-unit-nmaed = \"info\"\n");
  CliRun severity = check_json(dir);
  CHECK(severity.exit_code == 2);
  CHECK(severity.err.find("lead-unit-nmaed") != std::string::npos);
}

TEST_CASE("a waiver: the finding is shown, marked, and does not fail the run", "[cli][waivers]") {
  std::string dir = project("waiver");
  write_file(dir + "/waivers.toml", kWaiveTaskKnown + "expires = 2023-12-31\n");
  // lead-unit-named is waived for the whole unit, until a date given as a string.
  write_file(dir + "/waivers.toml", read_file(dir + "/waivers.toml") +
                                        "\n[[waiver]]\nrule = \"lead-unit-named\"\nunit = \"区政工部\"\n"
                                        "reason = \"牵头单位待定\"\napproved_by = \"王科长\"\nexpires = \"2024-01-31\"\n");
  CliRun run = check_json(dir, {"--waivers", "waivers.toml"});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  auto doc = nlohmann::json::parse(run.out);
  const nlohmann::json* waived = finding_of(doc, "task-known");
  REQUIRE(waived);
  CHECK((*waived)["waived"] == true);
  CHECK((*waived)["waiver"]["reason"] == "任务 99 为试点任务，已报备");
  CHECK((*waived)["waiver"]["approved_by"] == "李主任");
  CHECK((*finding_of(doc, "lead-unit-named"))["waived"] == true);
  CHECK(doc["files"][1]["verdict"] == "accepted");
  CHECK_FALSE(finding_of(doc, "waiver-unused"));

  // Text shows the waived finding with its reason and approver.
  CliRun text = run_cli({"check", "--plan", kPlan, "--as-of", "2023-11-20", "--waivers", "waivers.toml", "reports"}, dir);
  CHECK(text.out.find("[task-known]") != std::string::npos);
  CHECK(text.out.find("已豁免：任务 99 为试点任务，已报备（批准：李主任）") != std::string::npos);
}

TEST_CASE("an expired waiver stops applying and is reported", "[cli][waivers]") {
  std::string dir = project("waiver-expired");
  write_file(dir + "/waivers.toml", kWaiveTaskKnown + "expires = 2023-11-19\n");
  CliRun run = check_json(dir, {"--waivers", "waivers.toml"});
  CHECK(run.exit_code == 1);
  auto doc = nlohmann::json::parse(run.out);
  CHECK((*finding_of(doc, "task-known"))["waived"] == false);
  const nlohmann::json* expired = finding_of(doc, "waiver-expired");
  REQUIRE(expired);
  CHECK((*expired)["file"] == "waivers.toml");
  CHECK((*expired)["line"] == 1);
  CHECK((*expired)["severity"] == "warning");
  CHECK((*expired)["message"].get<std::string>().find("2023-11-19") != std::string::npos);
  // On its expiry day a waiver still holds.
  CliRun on_the_day = run_cli({"check", "--plan", kPlan, "--as-of", "2023-11-19", "--format", "json", "--waivers",
                               "waivers.toml", "reports"},
                              dir);
  auto held = nlohmann::json::parse(on_the_day.out);
  CHECK((*finding_of(held, "task-known"))["waived"] == true);
  CHECK_FALSE(finding_of(held, "waiver-expired"));
}

TEST_CASE("a waiver that matches nothing is reported as unused", "[cli][waivers]") {
  std::string dir = project("waiver-unused");
  // Task 98 has no finding in r.xml.
  std::string waiver = kWaiveTaskKnown;
  waiver.replace(waiver.find("\"99\""), 4, "\"98\"");
  write_file(dir + "/waivers.toml", "# waivers\n\n" + waiver + "expires = 2023-12-31\n");
  CliRun run = check_json(dir, {"--waivers", "waivers.toml"});
  auto doc = nlohmann::json::parse(run.out);
  const nlohmann::json* unused = finding_of(doc, "waiver-unused");
  REQUIRE(unused);
  CHECK((*unused)["line"] == 3);
  CHECK((*unused)["severity"] == "info");
  CHECK((*finding_of(doc, "task-known"))["waived"] == false);
}

TEST_CASE("a malformed waivers file is exit 2 naming the problem", "[cli][waivers]") {
  std::string dir = project("waiver-bad");
  write_file(dir + "/waivers.toml", kWaiveTaskKnown);  // no expires
  CliRun missing = check_json(dir, {"--waivers", "waivers.toml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("expires") != std::string::npos);
  write_file(dir + "/waivers.toml", kWaiveTaskKnown + "expires = 2023-12-31\napprover = \"x\"\n");
  CliRun unknown = check_json(dir, {"--waivers", "waivers.toml"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("waivers.toml:8:1") != std::string::npos);
  CHECK(unknown.err.find("approver") != std::string::npos);
  CHECK(check_json(dir, {"--waivers", "no-such.toml"}).exit_code == 2);
}

TEST_CASE("a baseline: old findings pass even when lines move, new ones fail", "[cli][baseline]") {
  std::string dir = project("baseline");
  CliRun write = check_json(dir, {"--write-baseline", "plancheck-baseline.json"});
  INFO(write.err);
  CHECK(write.exit_code == 0);  // what the baseline records is accepted
  REQUIRE(std::filesystem::exists(dir + "/plancheck-baseline.json"));
  auto recorded = nlohmann::json::parse(read_file(dir + "/plancheck-baseline.json"));
  CHECK(recorded["findings"].size() == 4);  // two in the plan, two in the report
  CHECK(recorded["findings"][2]["file"] == "reports/r.xml");

  // Three lines inserted above both findings: still the baseline's.
  write_file(dir + "/reports/r.xml", report_with_two_errors(3));
  CliRun moved = check_json(dir, {"--baseline", "plancheck-baseline.json"});
  CHECK(moved.exit_code == 0);
  auto doc = nlohmann::json::parse(moved.out);
  for (const auto& f : doc["findings"]) CHECK(f["in_baseline"] == true);
  CHECK((*finding_of(doc, "task-known"))["line"] == 6);

  // A new finding (a second unknown task) fails; the old ones stay accepted.
  std::string grown = report_with_two_errors(3);
  grown.insert(grown.find("</report>"), "  <task ref=\"97\" status=\"done\"><lead>区政工部</lead></task>\n");
  write_file(dir + "/reports/r.xml", grown);
  CliRun added = check_json(dir, {"--baseline", "plancheck-baseline.json"});
  CHECK(added.exit_code == 1);
  int fresh = 0;
  auto added_doc = nlohmann::json::parse(added.out);
  for (const auto& f : added_doc["findings"])
    if (f["in_baseline"] == false) {
      ++fresh;
      CHECK(f["message"].get<std::string>().find("97") != std::string::npos);
    }
  CHECK(fresh == 1);
  // The same run from another folder names the report differently and still matches.
  CliRun elsewhere = run_cli({"check", "--plan", dir + "/plan.xml", "--as-of", "2023-11-20", "--format", "json", "--baseline",
                              dir + "/plancheck-baseline.json", dir + "/reports"});
  int old_ones = 0;
  auto elsewhere_doc = nlohmann::json::parse(elsewhere.out);
  for (const auto& f : elsewhere_doc["findings"]) old_ones += f["in_baseline"] == true ? 1 : 0;
  CHECK(old_ones == 4);

  // A baseline recorded in Chinese cannot judge English messages.
  CliRun english = check_json(dir, {"--baseline", "plancheck-baseline.json", "--lang", "en"});
  CHECK(english.exit_code == 2);
  CHECK(english.err.find("--lang zh") != std::string::npos);
}
