// Hostile rules run in-process (tests/rule_host.h): each kind of attack on the sandbox is
// stopped or refused, becomes a `rule-error` at the hostile rule's own file, and the rule
// after it (the marker) still runs on every report with its full budget and memory.
#include <catch2/catch.hpp>

#include "rule_host.h"

using namespace plancheck_test;

namespace {

// The hostile rule was stopped on every report with `reason`, at its own file, and the
// marker rule ran after it each time.
void check_stopped(const RuleRun& run, const std::string& reason) {
  REQUIRE(run.load_error.empty());
  REQUIRE(run.reports.size() == 2);
  for (size_t r = 0; r < run.reports.size(); ++r) {
    INFO("report " << r << ": " << run.rule_error(r));
    CHECK(run.rule_error(r).rfind("rule-error|" + run.rule_file + ":", 0) == 0);
    CHECK(run.rule_error(r).find(reason) != std::string::npos);
    CHECK(run.marker_ran(r));
  }
}

const char* const kBudgetStop = "执行超过 20000000 条指令后被终止";

// fixtures/reports/004/wenmingban-2023-11.xml with `paragraphs` more paragraphs: enough
// elements for a quadratic XPath to matter.
std::string report_with_paragraphs(int paragraphs) {
  std::string report = read_file(PLANCHECK_FIXTURE("fixtures/reports/004/wenmingban-2023-11.xml"));
  std::string narrative = "  <narrative>\n    <section title=\"s\">\n";
  for (int i = 0; i < paragraphs; ++i) narrative += "      <p>第" + std::to_string(i) + "段。</p>\n";
  narrative += "    </section>\n  </narrative>\n";
  report.insert(report.rfind("</report>"), narrative);
  return report;
}

}  // namespace

// --- One C call that never returns to Lua ---------------------------------------------

TEST_RULE("hostile rule: string.rep of an empty string a huge number of times is charged", "",
          rule_with_check("local s = string.rep('', 1e15)")) {
  check_stopped(run, kBudgetStop);
}

TEST_RULE("hostile rule: table.move over a huge range is charged", "",
          rule_with_check("table.move({}, 1, 1e15, 2)")) {
  check_stopped(run, kBudgetStop);
}

TEST_RULE("hostile rule: table.insert on a table with a huge __len is refused", "",
          rule_with_check("table.insert(setmetatable({}, {__len = function() return 1e15 end}), 1, 'x')")) {
  check_stopped(run, "tables with a __len metamethod are not allowed in rules");
}

TEST_RULE("hostile rule: pc.repeats with a huge minimum finds nothing at once", "",
          rule_with_check("pc.emit{ message = 'repeats ' .. #pc.repeats({'abcabcabc'}, 1e15) }")) {
  CHECK(run.count(0, "hostile|") == 1);
  CHECK(run.count(0, "|repeats 0") == 1);
  CHECK(run.rule_error(0).empty());
}

TEST_RULE("hostile rule: pc.closest_unit of two 200,000-character names is no edit distance", "",
          rule_with_check("pc.emit{ message = 'closest ' .. tostring(pc.closest_unit(('甲'):rep(2e5), {('乙'):rep(2e5)})) }")) {
  CHECK(run.count(0, "|closest nil") == 1);
  CHECK(run.rule_error(0).empty());
}

TEST_RULE("hostile rule: a nested XPath count is charged before pugixml runs it", report_with_paragraphs(3000),
          rule_with_check("report:value('count(//*[count(//*[count(//*) > 0]) > 0])')")) {
  check_stopped(run, kBudgetStop);
}

TEST_RULE("hostile rule: utf8.len of a long string is charged by its size", "",
          rule_with_check("local s = ('a'):rep(1 << 24)\nfor i = 1, 1e9 do utf8.len(s) end")) {
  // Charged by size, the budget stops it within a few calls; read by the instruction
  // count alone it ran for seconds between two looks at the budget.
  check_stopped(run, kBudgetStop);
}

// --- The message handler and the metamethods the host runs ------------------------------

TEST_RULE("hostile rule: an xpcall message handler that loops is stopped too", "",
          rule_with_check("xpcall(function() while true do end end, function() while true do end end)")) {
  check_stopped(run, kBudgetStop);
}

TEST_RULE("hostile rule: xpcall still hands an ordinary error to its handler", "",
          rule_with_check("local ok, m = xpcall(function() error('boom', 0) end, function(e) return 'handled ' .. e end)\n"
                          "pc.emit{ message = tostring(ok) .. ' ' .. m }")) {
  CHECK(run.count(0, "|false handled boom") == 1);
}

TEST_RULE("hostile rule: a to-be-closed variable's __close cannot outlive the stop", "",
          rule_with_check("local x <close> = setmetatable({}, {__close = function() while true do end end})\n"
                          "while true do end")) {
  check_stopped(run, kBudgetStop);
}

TEST_CASE("hostile rule: the returned table's metamethods do not run while the rule loads", "[rule-host][hostile-rules]") {
  SECTION("an __index that errors (was: Lua panic, abort)") {
    RuleRun run = run_rule("return setmetatable({}, {__index = function() error('boom') end})");
    REQUIRE(!run.timed_out);
    REQUIRE(run.signal == 0);
    CHECK(run.load_error.find("the rule's id \"\" must be its file name \"hostile\"") != std::string::npos);
  }
  SECTION("an __index that loops (was: a hang)") {
    RuleRun run = run_rule("return setmetatable({}, {__index = function() while true do end end})");
    REQUIRE(!run.timed_out);
    REQUIRE(run.signal == 0);
    CHECK(!run.load_error.empty());
  }
}

// --- Host memory a rule causes ----------------------------------------------------------

TEST_RULE("hostile rule: a huge error message is cut in the rule-error", "",
          rule_with_check("error(('x'):rep(30 << 20))")) {
  REQUIRE(run.reports.size() == 2);
  CHECK(!run.rule_error(0).empty());
  CHECK(run.rule_error(0).size() < 10000);
  CHECK(run.rule_error(0).find("bytes cut") != std::string::npos);
  CHECK(run.marker_ran(1));
}

TEST_RULE("hostile rule: a finding's task and unit are cut", "",
          rule_with_check("pc.emit{ message = 'm', task = ('t'):rep(1 << 20), unit = ('u'):rep(1 << 20) }")) {
  REQUIRE(run.count(0, "hostile|") == 1);
  for (const std::string& line : run.reports[0])
    if (line.rfind("hostile|", 0) == 0) CHECK(line.size() < 1000);
}

TEST_CASE("hostile rule: findings past the cap are summed up in one", "[rule-host][hostile-rules]") {
  RuleCase c;
  c.limits.findings = 100;
  c.limits.seconds = 30;  // the budget must stop it; a sanitizer build is slow enough to reach 2 s first
  // Each message is 16 MiB: copied whole before it was cut, a few thousand of them took
  // minutes between two looks at the clock.
  RuleRun run = run_rule(rule_with_check("local s = ('x'):rep(16 << 20)\nfor i = 1, 1e9 do pc.emit{ message = s } end"), c);
  REQUIRE(!run.timed_out);
  REQUIRE(run.reports.size() == 2);
  CHECK(run.count(0, "|xxxx") == 100);
  CHECK(run.count(0, "条发现未列出（每条规则每份文件至多列出 100 条）") == 1);
  INFO(run.rule_error(0));
  CHECK(run.rule_error(0).find(kBudgetStop) != std::string::npos);
  CHECK(run.marker_ran(0));
  CHECK(run.marker_ran(1));
}

TEST_RULE("hostile rule: a new XPath string per call does not grow the host", "",
          rule_with_check("for i = 1, 1e9 do report:select('/report[' .. i .. ' > 0]') end")) {
  check_stopped(run, "被终止");
  CHECK(run.peak_kib < kPeakKibAllowed);
}

TEST_RULE("hostile rule: pc.figures refuses a text past its documented size", "",
          rule_with_check("pc.figures(('1,'):rep(4 << 20))")) {
  check_stopped(run, "a text of at most 1024 KiB expected");
  CHECK(run.peak_kib < kPeakKibAllowed);
}

TEST_CASE("hostile rule: memory a rule keeps between reports is counted against it", "[rule-host][hostile-rules]") {
  RuleCase c;
  c.reports = 3;
  // Runs after the hoarder (rules run in id order): needs about 50 of the 64 MiB for a moment.
  c.files["victim.lua"] = R"(return {
  id = "victim", severity = "info", summary = "needs memory for a moment",
  check = function(report, plan)
    local s = ('v'):rep(25 << 20)
    pc.emit{ message = 'victim ' .. #s }
  end,
})";
  RuleRun run = run_rule(R"(local kept = {}
return {
  id = "hostile", severity = "info", summary = "keeps 20 MiB more each report",
  check = function(report, plan)
    kept[#kept + 1] = ('k'):rep(20 << 20) .. #kept
  end,
})", c);
  REQUIRE(!run.timed_out);
  REQUIRE(run.reports.size() == 3);
  for (size_t r = 0; r < 3; ++r) {
    INFO("report " << r << ": " << run.rule_error(r));
    CHECK(run.count(r, "victim|") == 1);  // never starved by what the hoarder keeps
    CHECK(run.marker_ran(r));
  }
  // The hoarder itself fails once what it keeps and what it asks for pass its cap.
  CHECK(run.rule_error(2).rfind("rule-error|" + run.rule_file + ":", 0) == 0);
  CHECK(run.rule_error(2).find("内存超过 64 MiB 后被终止") != std::string::npos);
  CHECK(run.peak_kib < kPeakKibAllowed);
}

// --- Files outside the rule folders -----------------------------------------------------

TEST_RULE("hostile rule: a chunk name given to load is not taken for a file", "",
          rule_with_check("local f = assert(load('error(\"x\")', '@/etc/passwd'))\nf()")) {
  check_stopped(run, "(load) @/etc/passwd:1: x");
}

TEST_RULE("hostile rule: load in binary mode refuses text", "",
          rule_with_check("assert(load('return 1', 'x', 'b'))")) {
  check_stopped(run, "attempt to load a text chunk (mode is 'b')");
}

TEST_RULE("hostile rule: load refuses a chunk past 4 MiB", "",
          rule_with_check("assert(load(('-'):rep(5 << 20)))")) {
  check_stopped(run, "larger than the 4 MiB rules may load");
}

TEST_CASE("hostile rule: require stays inside the rule folders after symlinks", "[rule-host][hostile-rules]") {
  std::string outside = make_temp_dir("outside-rules");
  write_file(outside + "/evil.lua", "return { secret = 'from outside' }");
  RuleCase c;
  c.prepare = [&](const std::string& dir) { std::filesystem::create_directory_symlink(outside, dir + "/lib"); };
  RuleRun run = run_rule(rule_with_check("pc.emit{ message = require('lib.evil').secret }"), c);
  REQUIRE(!run.timed_out);
  CHECK(run.count(0, "from outside") == 0);
  CHECK(run.rule_error(0).find("module 'lib.evil' leads outside the rule folders") != std::string::npos);
}

TEST_CASE("hostile rule: a rule file that is a symlink out of its folder is refused unread", "[rule-host][hostile-rules]") {
  std::string secret = read_file(PLANCHECK_FIXTURE("fixtures/secret.txt"));
  REQUIRE(secret.size() > 20);
  RuleCase c;
  c.prepare = [](const std::string& dir) {
    std::filesystem::create_symlink(PLANCHECK_FIXTURE("fixtures/secret.txt"), dir + "/hostile.lua");
  };
  RuleRun run = run_rule("", c);
  REQUIRE(!run.timed_out);
  CHECK(run.load_error.find("a rule file must lie in its rule folder") != std::string::npos);
  CHECK(run.load_error.find(secret.substr(0, 12)) == std::string::npos);
}

// --- What other rules see ---------------------------------------------------------------

TEST_CASE("hostile rule: replacing a shared module's functions changes nothing for the built-ins",
          "[rule-host][hostile-rules]") {
  RuleCase c;
  c.extra_dirs = {PLANCHECK_FIXTURE("rules")};
  c.reports = 1;
  // The built-in findings on the fixture report, with no hostile rule.
  RuleRun clean = run_rule("", c);
  REQUIRE(clean.reports.size() == 1);
  std::vector<std::string> expected = clean.reports[0];
  REQUIRE(expected.size() > 1);  // the built-ins find something here (and the marker)
  RuleRun run = run_rule(R"(local common = require("lib.common")
local function break_all()
  for name, value in pairs(common) do
    if type(value) == "function" then common[name] = function() return {} end end
  end
  common.once_per_plan = function() return { units = {}, from_responsible = false } end
end
break_all()
return {
  id = "hostile", severity = "info", summary = "breaks lib.common",
  check = function(report, plan) break_all() end,
})", c);
  REQUIRE(run.reports.size() == 1);
  CHECK(run.reports[0] == expected);
}

TEST_RULE("hostile rule: print is capped per rule per report", "",
          rule_with_check("for i = 1, 1e5 do print(('x'):rep(1000)) end")) {
  REQUIRE(run.reports.size() == 2);
  CHECK(run.err.size() < 2 * (64 << 10) + 1000);
  CHECK(run.err.find("[hostile] (output cut: more than 65536 bytes") != std::string::npos);
}

TEST_RULE("hostile rule: a report rule cannot file findings under the plan", "",
          rule_with_check("pc.emit{ at = plan:tasks()[1], message = 'at the plan' }")) {
  check_stopped(run, "'at' must be in the document being checked");
}

TEST_RULE("hostile rule: an empty message is a rule-error", "",
          rule_with_check("pc.emit{ at = report:root(), message = {} }")) {
  check_stopped(run, "pc.emit: the message is empty");
}
