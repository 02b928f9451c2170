// `plancheck check --format sarif|junit|github|html` through the real binary: the vendor
// schemas accept SARIF and JUnit, every format carries JSON's findings in JSON's order,
// each file has its verdict, and the HTML page, opened in headless Chromium, shows the
// right counts and its filters hide rows.
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <tuple>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

const std::vector<std::string> kFixturesRun = {"check",  "--plan",          "fixtures/plans/004-liaocheng.xml",
                                               "--plan", "fixtures/plans/003-benxi.xml", "--as-of",
                                               "2023-11-20", "fixtures"};

std::vector<std::string> with_format(const std::string& format) {
  std::vector<std::string> args = kFixturesRun;
  args.insert(args.end(), {"--format", format});
  return args;
}

// Runs a shell command, its output to a file; returns the exit status and the output.
std::pair<int, std::string> shell(const std::string& command) {
  std::string log = make_temp_dir("shell") + "/log";
  int status = std::system((command + " >" + log + " 2>&1").c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(log)};
}

// rule, file, line, column: what identifies a finding in every format.
using Key = std::tuple<std::string, std::string, int, int>;

std::vector<Key> json_keys(const nlohmann::json& doc) {
  std::vector<Key> keys;
  for (const auto& f : doc["findings"]) keys.emplace_back(f["rule"], f["file"], f["line"], f["column"]);
  return keys;
}

std::string percent_decode(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

const std::string kValidateJson =
    "python3 -c 'import json, sys, jsonschema; schema = json.load(open(sys.argv[1])); "
    "jsonschema.Draft4Validator.check_schema(schema); "
    "jsonschema.Draft4Validator(schema).validate(json.load(open(sys.argv[2])))' ";

std::string artifact_dir() {
  std::string dir = std::filesystem::path(PLANCHECK_BIN).parent_path().string() + "/test-artifacts";
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("SARIF over fixtures/ validates against the SARIF 2.1.0 schema", "[cli][sarif]") {
  CliRun run = run_cli(with_format("sarif"));
  REQUIRE(run.exit_code == 2);  // fixtures/malformed holds an unreadable report
  std::string dir = make_temp_dir("sarif");
  write_file(dir + "/out.sarif", run.out);
  std::string schema = PLANCHECK_FIXTURE("tests/data/sarif-schema-2.1.0.json");
  auto [status, log] = shell(kValidateJson + schema + " " + dir + "/out.sarif");
  INFO(log);
  CHECK(status == 0);

  auto doc = nlohmann::json::parse(run.out);
  const auto& sarif_run = doc["runs"][0];
  std::vector<std::string> rule_ids;
  for (const auto& rule : sarif_run["tool"]["driver"]["rules"]) {
    rule_ids.push_back(rule["id"]);
    CHECK(rule.contains("shortDescription"));
    CHECK(rule.contains("fullDescription"));
    CHECK(rule["defaultConfiguration"].contains("level"));
  }
  for (const char* id : {"schema", "rule-error", "task-known", "deadline-due-soon"})
    CHECK(std::find(rule_ids.begin(), rule_ids.end(), id) != rule_ids.end());
  bool saw_task_and_unit = false;
  for (const auto& result : sarif_run["results"]) {
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"].get<int>() >= 1);
    CHECK(region["startColumn"].get<int>() >= 1);
    CHECK(rule_ids.at(result["ruleIndex"].get<size_t>()) == result["ruleId"]);
    saw_task_and_unit |= result["properties"].contains("task") && result["properties"].contains("unit");
  }
  CHECK(saw_task_and_unit);
  // The unreadable report is a failed execution with a notification, and a rejected artifact.
  CHECK(sarif_run["invocations"][0]["executionSuccessful"] == false);
  CHECK(sarif_run["invocations"][0]["toolExecutionNotifications"].size() == 1);
  for (const auto& artifact : sarif_run["artifacts"])
    if (artifact["location"]["uri"] == "fixtures/malformed/not-well-formed.xml")
      CHECK(artifact["properties"]["verdict"] == "rejected");

  // The validator does reject a document that breaks the schema.
  doc.erase("version");
  write_file(dir + "/broken.sarif", doc.dump());
  CHECK(shell(kValidateJson + schema + " " + dir + "/broken.sarif").first != 0);
}

TEST_CASE("JUnit over fixtures/ validates against the JUnit schema", "[cli][junit]") {
  CliRun run = run_cli(with_format("junit"));
  REQUIRE(run.exit_code == 2);
  std::string dir = make_temp_dir("junit");
  write_file(dir + "/out.xml", run.out);
  std::string schema = PLANCHECK_FIXTURE("tests/data/junit.xsd");
  auto [status, log] = shell("xmllint --noout --schema " + schema + " " + dir + "/out.xml");
  INFO(log);
  CHECK(status == 0);

  pugi::xml_document doc;
  REQUIRE(doc.load_string(run.out.c_str()));
  // One testsuite per file, with its verdict; one testcase per rule that found nothing.
  pugi::xml_node suite = doc.select_node("/testsuites/testsuite[@name='fixtures/reports/004/jiaoti-2023-11.xml']").node();
  REQUIRE(suite);
  CHECK(std::string(suite.select_node("properties/property[@name='verdict']").node().attribute("value").value()) ==
        "rejected");
  CHECK(suite.select_node("testcase[@name='evidence-for-done']/failure") == nullptr);
  CHECK(suite.select_node("testcase[@name='evidence-for-done']"));
  CHECK(suite.select_nodes("testcase/failure[@type='error']").size() == 4);  // EXPECTED.md lists four
  CHECK(suite.attribute("failures").as_int() == 4);

  // The validator does reject a suite that breaks the schema.
  write_file(dir + "/broken.xml", "<testsuites><testsuite name='x'/></testsuites>");
  CHECK(shell("xmllint --noout --schema " + schema + " " + dir + "/broken.xml").first != 0);
}

TEST_CASE("every format carries JSON's findings in JSON's order", "[cli][formats]") {
  CliRun json = run_cli(with_format("json"));
  auto doc = nlohmann::json::parse(json.out);
  std::vector<Key> expected = json_keys(doc);
  REQUIRE(expected.size() >= 10);
  // Text and HTML put the plan's own findings after the units' (their own section),
  // each part still in JSON's order.
  std::vector<Key> units_first;
  for (bool plan : {false, true})
    for (size_t i = 0; i < expected.size(); ++i)
      if ((doc["findings"][i]["about"] == "plan") == plan) units_first.push_back(expected[i]);
  REQUIRE(units_first != expected);  // the fixtures do have plan findings, listed first by JSON

  SECTION("text") {
    std::vector<Key> keys;
    // A finding in a Word or PDF report names its place before the severity: (表1 第3行 牵头单位).
    std::regex line(R"re(^(.+?):(\d+):(\d+): (?:\([^)]*\) )?\S+ \[([a-z-]+)\] )re");
    std::istringstream in(run_cli(with_format("text")).out);
    for (std::string text; std::getline(in, text);) {
      std::smatch m;
      if (std::regex_search(text, m, line)) keys.emplace_back(m[4], m[1], std::stoi(m[2]), std::stoi(m[3]));
    }
    CHECK(keys == units_first);
  }
  SECTION("sarif") {
    std::vector<Key> keys;
    auto sarif = nlohmann::json::parse(run_cli(with_format("sarif")).out);
    for (const auto& r : sarif["runs"][0]["results"]) {
      const auto& location = r["locations"][0]["physicalLocation"];
      keys.emplace_back(r["ruleId"], percent_decode(location["artifactLocation"]["uri"]),
                        location["region"]["startLine"], location["region"]["startColumn"]);
    }
    CHECK(keys == expected);
  }
  SECTION("junit") {
    std::vector<Key> keys;
    pugi::xml_document junit;
    REQUIRE(junit.load_string(run_cli(with_format("junit")).out.c_str()));
    std::regex name(R"re(^([a-z-]+) (\d+):(\d+)$)re");
    for (pugi::xpath_node testcase : junit.select_nodes("//testcase[failure or skipped]")) {
      std::smatch m;
      std::string text = testcase.node().attribute("name").value();
      REQUIRE(std::regex_match(text, m, name));
      keys.emplace_back(m[1], testcase.node().attribute("classname").value(), std::stoi(m[2]), std::stoi(m[3]));
    }
    CHECK(keys == expected);
  }
  SECTION("github") {
    std::vector<Key> keys;
    std::regex annotation(R"re(^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=\[([a-z-]+)\])re");
    std::istringstream in(run_cli(with_format("github")).out);
    for (std::string text; std::getline(in, text);) {
      std::smatch m;
      if (std::regex_search(text, m, annotation))
        keys.emplace_back(m[5], percent_decode(m[2]), std::stoi(m[3]), std::stoi(m[4]));
    }
    CHECK(keys == expected);
  }
  SECTION("html") {
    std::vector<Key> keys;
    std::string html = run_cli(with_format("html")).out;
    std::regex item(R"re(<section class="report[^"]*" data-path="([^"]*)">|<tr class="finding[^"]*"[^>]*data-rule="([^"]*)"[^>]*data-line="(\d+)" data-column="(\d+)">)re");
    std::string path;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), item); it != std::sregex_iterator(); ++it) {
      if ((*it)[1].matched) path = (*it)[1];
      else keys.emplace_back((*it)[2], path, std::stoi((*it)[3]), std::stoi((*it)[4]));
    }
    CHECK(keys == units_first);
  }
}

TEST_CASE("each file's verdict: JSON files[] says accepted or rejected by --fail-on", "[cli][verdict]") {
  std::vector<std::string> args = {"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20",
                                   "--format", "json", "fixtures/reports/004"};
  auto verdict_of = [](const nlohmann::json& doc, const std::string& path) {
    for (const auto& file : doc["files"])
      if (file["path"] == path) return file["verdict"].get<std::string>();
    return std::string("missing");
  };
  // zhenggongbu has a warning and an info, no error: accepted at --fail-on error, not at warning.
  const std::string zhenggongbu = "fixtures/reports/004/zhenggongbu-2023-11.xml";
  auto by_error = nlohmann::json::parse(run_cli(args).out);
  CHECK(verdict_of(by_error, zhenggongbu) == "accepted");
  CHECK(verdict_of(by_error, "fixtures/reports/004/jiaoti-2023-11.xml") == "rejected");
  args.insert(args.end(), {"--fail-on", "warning"});
  CHECK(verdict_of(nlohmann::json::parse(run_cli(args).out), zhenggongbu) == "rejected");
  // Text output ends with each file's verdict too.
  CliRun text = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20",
                         "fixtures/reports/004"});
  CHECK(text.out.find("通过   " + zhenggongbu) != std::string::npos);
  CHECK(text.out.find("不通过 fixtures/reports/004/jiaoti-2023-11.xml") != std::string::npos);
}

TEST_CASE("github annotations escape what the runner requires", "[cli][github]") {
  std::string dir = make_temp_dir("github");
  // A rule whose message holds %, a newline, a comma and a colon, in a file named with a comma.
  write_file(dir + "/rules/odd-message.lua",
             "return { id = 'odd-message', severity = 'warning', summary = 'odd',\n"
             "  check = function(report, plan) pc.emit{ message = '100% done\\nsecond line, a: b' } end }\n");
  write_file(dir + "/a,b.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:plancheck:report:1\" "
             "plan=\"聊江委办发〔2023〕5号\" unit=\"区政工部\" submitted=\"2023-11-20\"/>\n");
  CliRun run = run_cli({"check", "--plan", PLANCHECK_FIXTURE("fixtures/plans/004-liaocheng.xml"), "--as-of",
                        "2023-11-20", "--rules", dir + "/rules", "--format", "github", dir + "/a,b.xml"});
  INFO(run.out << run.err);
  std::string line;
  std::istringstream in(run.out);
  while (std::getline(in, line) && line.find("odd-message") == std::string::npos) {}
  CHECK(line.find("::warning file=" + dir + "/a%2Cb.xml,line=2,col=1,title=[odd-message] warning::") == 0);
  CHECK(line.find("::100%25 done%0Asecond line, a: b") != std::string::npos);
}

TEST_CASE("the HTML report in headless Chromium: counts, a finding, filters that hide rows", "[cli][html]") {
  int has_chromium = std::system("command -v chromium >/dev/null 2>&1");
  if (has_chromium != 0) FAIL("chromium is not installed: run scripts/install-deps.sh");
  auto summary = nlohmann::json::parse(run_cli(with_format("json")).out);
  CliRun html = run_cli(with_format("html"));
  REQUIRE(html.exit_code == 2);
  std::string artifacts = artifact_dir();
  std::string page = artifacts + "/report.html";
  write_file(page, html.out);
  auto chromium = [&](const std::string& what, const std::string& url) {
    std::string profile = make_temp_dir("chromium-profile");
    return shell("timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
                 "--disable-component-update --disable-sync --no-first-run --user-data-dir=" + profile +
                 " --virtual-time-budget=3000 " + what + " '" + url + "' 2>/dev/null");
  };
  int total = static_cast<int>(summary["findings"].size());
  int warnings = 0;  // the plan's own warnings are rows too
  for (const auto& f : summary["findings"]) warnings += f["severity"] == "warning" ? 1 : 0;
  REQUIRE(warnings > 0);

  // Unfiltered: the totals of the JSON summary, every finding shown, a finding's text.
  auto [status, dom] = chromium("--dump-dom", "file://" + page);
  REQUIRE(status == 0);
  CHECK(dom.find("<b id=\"count-error\">" + std::to_string(summary["summary"]["error"].get<int>()) + "</b>") !=
        std::string::npos);
  CHECK(dom.find("<b id=\"shown-count\">" + std::to_string(total) + "</b>") != std::string::npos);
  CHECK(count_of(dom, "<tr class=\"finding") == total);
  CHECK(count_of(dom, "hidden=\"\"") == 0);
  CHECK(dom.find("任务编号“99”不在实施方案") != std::string::npos);

  // #severity=warning: the script hides every other row and counts what is left.
  auto [filtered_status, filtered] = chromium("--dump-dom", "file://" + page + "#severity=warning");
  REQUIRE(filtered_status == 0);
  CHECK(filtered.find("<b id=\"shown-count\">" + std::to_string(warnings) + "</b>") != std::string::npos);
  std::regex row(R"re(<tr class="finding[^"]*" data-severity="([a-z]+)"[^>]*?( hidden="")?>)re");
  int visible = 0, hidden = 0;
  for (auto it = std::sregex_iterator(filtered.begin(), filtered.end(), row); it != std::sregex_iterator(); ++it) {
    bool is_hidden = (*it)[2].matched;
    CHECK(is_hidden == ((*it)[1] != "warning"));
    (is_hidden ? hidden : visible)++;
  }
  CHECK(visible == warnings);
  CHECK(hidden == total - warnings);

  // What a person sees, kept for a human to look at.
  std::string screenshot = artifacts + "/report.png";
  std::filesystem::remove(screenshot);
  auto [shot_status, shot_log] = chromium("--window-size=1280,2000 --screenshot=" + screenshot, "file://" + page);
  INFO(shot_log);
  CHECK(shot_status == 0);
  CHECK(std::filesystem::exists(screenshot));
}

TEST_CASE("output to - is standard output, as scripts write it, and leaves no file named -", "[cli][output]") {
  std::string dir = make_temp_dir("dash-output");
  CliRun run = run_cli({"check", "--plan", PLANCHECK_FIXTURE("fixtures/plans/004-liaocheng.xml"), "--as-of", "2023-11-20",
                        "--format", "json", "-o", "-", PLANCHECK_FIXTURE("fixtures/reports/004/shebao-2023-11.xml")},
                       dir);
  CHECK(run.out.find("\"as_of\": \"2023-11-20\"") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir + "/-"));
  // Near miss: a real file name is still written, whole.
  CliRun to_file = run_cli({"check", "--plan", PLANCHECK_FIXTURE("fixtures/plans/004-liaocheng.xml"), "--as-of",
                            "2023-11-20", "--format", "json", "-o", "out.json",
                            PLANCHECK_FIXTURE("fixtures/reports/004/shebao-2023-11.xml")},
                           dir);
  CHECK(to_file.out.empty());
  CHECK(std::filesystem::exists(dir + "/out.json"));
}
