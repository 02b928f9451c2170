// In-process tests of the Lua host, as pugixml's TEST_XML: TEST_RULE(name, report_xml,
// rule_lua) runs one rule file (id "hostile") and a marker rule on a report checked against
// fixture plan 004, then the test's body looks at what came out.
//
// The host runs in a forked child with a time limit, so a rule that hangs the host fails
// its test instead of blocking the suite, and the child's peak memory (maxrss) is measured
// for the memory cases. The child's findings come back through a file.
#pragma once
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "cli.h"
#include "lua_host.h"

namespace plancheck_test {

// What a TEST_RULE body sees.
struct RuleRun {
  bool timed_out = false;     // killed after kChildSeconds: the host hung
  int signal = 0;             // another signal that ended the child (a crash), else 0
  std::string load_error;     // RuleLoadError's message, when the rules did not load
  // One entry per report checked: its findings as "rule|file:line|message" lines.
  std::vector<std::vector<std::string>> reports;
  long peak_kib = 0;          // the child's maxrss
  std::string err;            // what the child wrote to standard error (print)
  std::string rule_file;      // the hostile rule's path
  std::string dir;            // the rule folder

  // Findings of report `r` whose line contains `text`.
  int count(size_t r, const std::string& text) const {
    int n = 0;
    if (r < reports.size())
      for (const std::string& line : reports[r]) n += line.find(text) != std::string::npos;
    return n;
  }
  // Whether report `r` ran the marker rule after the hostile one (the run went on).
  bool marker_ran(size_t r) const { return count(r, "zz-marker|") == 1; }
  // The rule-error of report `r`, or "" (there is at most one per rule per report).
  std::string rule_error(size_t r) const {
    if (r < reports.size())
      for (const std::string& line : reports[r])
        if (line.rfind("rule-error|", 0) == 0) return line;
    return "";
  }
};

// How a TEST_RULE runs; the defaults are the CLI's, with a smaller budget and memory cap.
struct RuleCase {
  std::string report_xml;                     // "" for fixtures/reports/004/wenmingban-2023-11.xml
  std::map<std::string, std::string> files;   // more files in the rule folder, by relative path
  int reports = 2;                            // how many times the report is checked
  plancheck::RuleLimits limits = [] {
    plancheck::RuleLimits l;
    l.instructions = 20'000'000;
    l.memory_bytes = 64u << 20;
    return l;
  }();
  std::vector<std::string> extra_dirs;        // rule folders before the test's own (e.g. rules/)
  std::function<void(const std::string& dir)> prepare;  // makes symlinks and the like
};

constexpr unsigned kChildSeconds = 60;  // far past any limit the tests set: only a hang gets here

inline const char* const kMarkerRule = R"(return {
  id = "zz-marker", severity = "warning", summary = "marks every report",
  check = function(report, plan)
    pc.emit{ at = report:root(), message = ("checked "):rep(1) .. report:root():attr("unit") }
  end,
})";

// Escapes line breaks so each finding stays on one line of the result file.
inline std::string one_line(std::string text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\\n") : std::string(1, c);
  return out;
}

inline RuleRun run_rule(const std::string& rule_lua, const RuleCase& c = {}) {
  using namespace plancheck;
  RuleRun run;
  run.dir = make_temp_dir("rule-host");
  run.rule_file = run.dir + "/hostile.lua";
  if (!rule_lua.empty()) write_file(run.rule_file, rule_lua);
  write_file(run.dir + "/zz-marker.lua", kMarkerRule);
  for (const auto& [path, content] : c.files) write_file(run.dir + "/" + path, content);
  if (c.prepare) c.prepare(run.dir);
  std::string result = run.dir + ".result", err = run.dir + ".stderr";
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    alarm(kChildSeconds);
    std::FILE* errors = std::freopen(err.c_str(), "w", stderr);
    (void)errors;
    std::FILE* out = std::fopen(result.c_str(), "w");
    try {
      LoadLimits limits;
      LoadError problem;
      Plan plan(Document::load(PLANCHECK_FIXTURE("fixtures/plans/004-liaocheng.xml"), limits, &problem));
      std::string xml = c.report_xml.empty() ? read_file(PLANCHECK_FIXTURE("fixtures/reports/004/wenmingban-2023-11.xml"))
                                             : c.report_xml;
      RunSettings settings;
      settings.as_of = *Date::parse_iso("2023-11-20");
      settings.limits = c.limits;
      std::vector<std::string> dirs = c.extra_dirs;
      dirs.push_back(run.dir);
      LuaHost host(discover_rules(dirs), dirs, settings);
      for (int r = 0; r < c.reports; ++r) {
        auto report = Document::parse(xml, "report.xml", limits, &problem);
        if (!report) {
          std::fprintf(out, "LOAD %s\n", one_line(problem.to_string()).c_str());
          break;
        }
        std::vector<Finding> findings;
        host.check_report(*report, &plan, findings);
        std::fprintf(out, "REPORT\n");
        for (const Finding& f : findings)
          std::fprintf(out, "%s|%s:%d|%s|%s|%s\n", f.rule.c_str(), f.file.c_str(), f.line, f.task.c_str(),
                       f.unit.c_str(), one_line(f.message).c_str());
      }
    } catch (const RuleLoadError& e) {
      std::fprintf(out, "RULE-LOAD %s\n", one_line(e.what()).c_str());
    }
    std::fclose(out);
    std::fflush(nullptr);
    _exit(0);
  }
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  run.peak_kib = usage.ru_maxrss;
  if (WIFSIGNALED(status)) {
    run.timed_out = WTERMSIG(status) == SIGALRM;
    if (!run.timed_out) run.signal = WTERMSIG(status);
  }
  std::string text = read_file(result);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (line == "REPORT") run.reports.emplace_back();
    else if (line.rfind("RULE-LOAD ", 0) == 0) run.load_error = line.substr(10);
    else if (!run.reports.empty()) run.reports.back().push_back(line);
    start = end + 1;
  }
  run.err = read_file(err);
  std::filesystem::remove(result);
  std::filesystem::remove(err);
  return run;
}

// A rule file whose check function body is `body`.
inline std::string rule_with_check(const std::string& body) {
  return "return {\n  id = \"hostile\", severity = \"info\", summary = \"hostile\",\n"
         "  check = function(report, plan)\n" + body + "\n  end,\n}\n";
}

// Peak memory a child may reach in a memory test: the Lua cap (64 MiB in RuleCase) plus
// the host and the test binary; ASan's shadow and quarantine need more. gcc says ASan with
// __SANITIZE_ADDRESS__, clang (scripts/sanitized-build.sh) with __has_feature.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLANCHECK_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(PLANCHECK_TEST_ASAN)
constexpr long kPeakKibAllowed = 1200 * 1024;
#else
constexpr long kPeakKibAllowed = 400 * 1024;
#endif

// The messages ("rule: message") of one check of fixture report 004/wenmingban against plan
// 004 by every rule in `dir`, in a new host, in the order the host gives them (as of
// 2023-11-20).
inline std::vector<std::string> messages_of_rules_in(const std::string& dir) {
  using namespace plancheck;
  LoadLimits limits;
  LoadError problem;
  Plan plan(Document::load(PLANCHECK_FIXTURE("fixtures/plans/004-liaocheng.xml"), limits, &problem));
  auto report = Document::load(PLANCHECK_FIXTURE("fixtures/reports/004/wenmingban-2023-11.xml"), limits, &problem);
  REQUIRE(report);
  RunSettings settings;
  settings.as_of = *Date::parse_iso("2023-11-20");
  LuaHost host(discover_rules({dir}), {dir}, settings);
  std::vector<Finding> findings;
  host.check_report(*report, &plan, findings);
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.rule + ": " + f.message);
  return out;
}

}  // namespace plancheck_test

#define TEST_RULE_IMPL(body, name, xml_text, lua_text)                                 \
  static void body(const plancheck_test::RuleRun& run);                                   \
  TEST_CASE(name, "[rule-host][hostile-rules]") {                                          \
    plancheck_test::RuleCase rule_case;                                                   \
    rule_case.report_xml = xml_text;                                                      \
    plancheck_test::RuleRun rule_run = plancheck_test::run_rule(lua_text, rule_case);     \
    INFO("rule-error: " << rule_run.rule_error(0) << "\nstderr: " << rule_run.err.substr(0, 2000) \
                        << "\nload error: " << rule_run.load_error);                      \
    REQUIRE(!rule_run.timed_out);                                                         \
    REQUIRE(rule_run.signal == 0);                                                        \
    body(rule_run);                                                                       \
  }                                                                                       \
  static void body(const plancheck_test::RuleRun& run)

// TEST_RULE(name, report_xml, rule_lua) { body using `run` }: report_xml "" is the fixture.
#define TEST_RULE(name, xml_text, lua_text) \
  TEST_RULE_IMPL(INTERNAL_CATCH_UNIQUE_NAME(rule_test_body_), name, xml_text, lua_text)
