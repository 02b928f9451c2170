// Hostile rules through the real CLI: each is stopped and becomes a `rule-error` finding
// at its own file, and the rule that runs after it still finds what it finds.
#include <catch2/catch.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

// An ordinary rule, run after the hostile one (rules run in id order): one finding per
// report, using a string method, so a hostile rule that broke the shared state shows.
const char* const kMarkerRule = R"(return {
  id = "zz-marker", severity = "warning", summary = "marks every report",
  check = function(report, plan)
    pc.emit{ at = report:root(), message = ("checked "):rep(1) .. report:root():attr("unit") }
  end,
})";

struct HostileRun {
  CliRun run;
  std::string rule_file;  // where the rule-error must point
};

// Checks two clean reports of plan 004 (one worker, so both share one Lua state) with the
// built-in pack, `id`.lua whose check function body is `body`, and the marker rule.
HostileRun check_with_rule(const std::string& id, const std::string& body,
                           const std::vector<std::string>& extra_args = {},
                           const std::string& max_instructions = "1000000") {
  std::string dir = make_temp_dir("hostile-rule");
  std::string rule_file = dir + "/" + id + ".lua";
  write_file(rule_file, "return {\n  id = \"" + id + "\", severity = \"info\", summary = \"hostile\",\n"
                        "  check = function(report, plan)\n" + body + "\n  end,\n}\n");
  write_file(dir + "/zz-marker.lua", kMarkerRule);
  std::vector<std::string> args{"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20",
                                "--rules", dir, "-j", "1", "--max-instructions", max_instructions};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  args.push_back("fixtures/reports/004/wenmingban-2023-11.xml");
  args.push_back("fixtures/reports/004/zongzhiban-2023-11.xml");
  return {run_cli(args), rule_file};
}

// The lines of text output that start a finding with `tag` (continuation lines of a
// message are indented).
std::vector<std::string> finding_lines(const std::string& out, const std::string& tag) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    std::string line = out.substr(start, end - start);
    if (!line.empty() && line[0] != ' ' && line.find(tag) != std::string::npos) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// The hostile rule failed on both reports with `reason`, at its own file; the marker rule
// still found both reports; nothing else went wrong.
void check_stopped(const HostileRun& h, const std::string& id, const std::string& reason) {
  INFO(h.run.out + h.run.err);
  CHECK(h.run.exit_code == 1);
  std::vector<std::string> errors = finding_lines(h.run.out, "[rule-error]");
  REQUIRE(errors.size() == 2);  // one per report, and no other rule was hurt
  for (const std::string& line : errors) {
    CHECK(line.rfind(h.rule_file + ":", 0) == 0);  // at the hostile rule's own file
    CHECK(line.find("[rule-error] 规则 " + id + " 检查 fixtures/reports/004/") != std::string::npos);
  }
  CHECK(count_of(h.run.out, reason) == 2);
  CHECK(count_of(h.run.out, "[zz-marker] checked 区文明办") == 1);
  CHECK(count_of(h.run.out, "[zz-marker] checked 区综治办") == 1);
}

}  // namespace

TEST_CASE("hostile rule: an endless loop is stopped by the instruction budget", "[cli][hostile-rules]") {
  HostileRun h = check_with_rule("loop", "while true do end");
  check_stopped(h, "loop", "执行超过 1000000 条指令后被终止（死循环？可用 --max-instructions 调整）");
}

TEST_CASE("hostile rule: a loop under a large budget is stopped by the wall clock", "[cli][hostile-rules]") {
  HostileRun h = check_with_rule("slow-loop", "while true do end", {"--max-rule-seconds", "0.2"}, "1000000000000");
  check_stopped(h, "slow-loop", "运行超过 0.2 秒后被终止（--max-rule-seconds）");
}

TEST_CASE("hostile rule: pcall around the budget cannot swallow the stop", "[cli][hostile-rules]") {
  HostileRun h = check_with_rule("pcall-loop", "while true do pcall(function() while true do end end) end");
  check_stopped(h, "pcall-loop", "执行超过 1000000 条指令后被终止");
}

TEST_CASE("hostile rule: endless recursion is a stack overflow error, not a crash", "[cli][hostile-rules]") {
  HostileRun h = check_with_rule("recurse", "local function deeper(n) return 1 + deeper(n + 1) end\ndeeper(1)", {},
                                 "100000000");
  check_stopped(h, "recurse", "stack overflow");
}

TEST_CASE("hostile rule: string.rep bombs hit the string limit or the memory cap", "[cli][hostile-rules]") {
  SECTION("one huge string") {
    HostileRun h = check_with_rule("rep-huge", "local s = string.rep('x', 1 << 40)");
    check_stopped(h, "rep-huge", "resulting string too large");
  }
  SECTION("many large strings") {
    HostileRun h = check_with_rule(
        "rep-many", "local kept = {}\nfor i = 1, 1e6 do kept[i] = string.rep('x', 1 << 20) .. i end",
        {"--max-rule-memory", "32"});
    check_stopped(h, "rep-many", "内存超过 32 MiB 后被终止（--max-rule-memory）");
  }
}

TEST_CASE("hostile rule: a backtracking pattern inside C is stopped by the budget", "[cli][hostile-rules]") {
  SECTION("string.find") {
    HostileRun h = check_with_rule("pattern-find", "string.find(string.rep('a', 1e5), '.-.-.-.-b')");
    check_stopped(h, "pattern-find", "执行超过 1000000 条指令后被终止");
  }
  SECTION("as a string method, with gsub") {
    HostileRun h = check_with_rule("pattern-gsub", "local s = ('a'):rep(1e5)\ns:gsub('.-.-.-.-b', '')");
    check_stopped(h, "pattern-gsub", "执行超过 1000000 条指令后被终止");
  }
}

TEST_CASE("hostile rule: io, os, debug, coroutine and collectgarbage are not there", "[cli][hostile-rules]") {
  std::string secret = read_file(PLANCHECK_FIXTURE("fixtures/secret.txt"));
  REQUIRE(!secret.empty());
  SECTION("io") {
    HostileRun h = check_with_rule("use-io", "pc.emit{ message = io.open('fixtures/secret.txt'):read('a') }");
    check_stopped(h, "use-io", "io 已被沙箱移除");
    CHECK(h.run.out.find(secret.substr(0, 20)) == std::string::npos);
  }
  SECTION("os") {
    HostileRun h = check_with_rule("use-os", "os.exit(0)");
    check_stopped(h, "use-os", "os 已被沙箱移除");
  }
  SECTION("debug") {
    HostileRun h = check_with_rule("use-debug", "debug.sethook()");
    check_stopped(h, "use-debug", "debug 已被沙箱移除");
  }
  SECTION("coroutine") {
    HostileRun h = check_with_rule("use-coroutine", "coroutine.wrap(function() end)()");
    check_stopped(h, "use-coroutine", "coroutine 已被沙箱移除");
  }
  SECTION("collectgarbage") {
    HostileRun h = check_with_rule("use-gc", "collectgarbage('stop')");
    check_stopped(h, "use-gc", "collectgarbage 已被沙箱移除");
  }
}

TEST_CASE("hostile rule: require reaches only modules in the rule folders", "[cli][hostile-rules]") {
  SECTION("a standard library by name") {
    HostileRun h = check_with_rule("require-os", "require('os').exit(0)");
    check_stopped(h, "require-os", "module 'os' not found in the rule folders");
  }
  SECTION("a path out of the folder") {
    HostileRun h = check_with_rule("require-up", "require('../x')");
    check_stopped(h, "require-up", "'../x' is not a module name");
  }
}

TEST_CASE("hostile rule: no bytecode: string.dump is gone and load takes text only", "[cli][hostile-rules]") {
  SECTION("string.dump") {
    HostileRun h = check_with_rule("dump", "string.dump(function() end)");
    check_stopped(h, "dump", "attempt to call a nil value (field 'dump')");
  }
  SECTION("load of a binary chunk") {
    HostileRun h = check_with_rule("load-binary", "assert(load('\\27Lua\\84\\0\\25\\147\\13\\10\\26\\10'))");
    check_stopped(h, "load-binary", "attempt to load a binary chunk");
  }
}

TEST_CASE("hostile rule: the metatables of strings and host objects are locked", "[cli][hostile-rules]") {
  SECTION("the string library behind every string") {
    // getmetatable gives the lock's name, not the table; the marker rule's :rep still works.
    HostileRun h = check_with_rule("string-mt", "getmetatable('').__index.rep = nil");
    check_stopped(h, "string-mt", "attempt to index a nil value");
  }
  SECTION("a node's methods") {
    HostileRun h = check_with_rule("node-mt", "getmetatable(report:root()).__index.attr = nil");
    check_stopped(h, "node-mt", "attempt to index a nil value");
  }
  SECTION("setmetatable on a node") {
    HostileRun h = check_with_rule("node-setmt", "setmetatable(report:root(), {})");
    check_stopped(h, "node-setmt", "table expected, got plancheck.node");
  }
  SECTION("a __gc finalizer, which would run outside any budget") {
    HostileRun h = check_with_rule("finalizer", "setmetatable({}, {__gc = function() while true do end end})");
    check_stopped(h, "finalizer", "__gc metamethods are not allowed in rules");
  }
}

TEST_CASE("hostile rule: a node kept from one report is refused on the next", "[cli][hostile-rules]") {
  std::string dir = make_temp_dir("hostile-rule");
  write_file(dir + "/keep-node.lua", R"(local kept
return {
  id = "keep-node", severity = "info", summary = "keeps a node",
  check = function(report, plan)
    if kept then pc.emit{ message = kept:attr("unit") } end
    kept = report:root()
  end,
})");
  write_file(dir + "/zz-marker.lua", kMarkerRule);
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "--rules",
                        dir, "-j", "1", "fixtures/reports/004/wenmingban-2023-11.xml",
                        "fixtures/reports/004/zongzhiban-2023-11.xml"});
  INFO(run.out + run.err);
  CHECK(run.exit_code == 1);
  CHECK(count_of(run.out, dir + "/keep-node.lua:5:1: 错误 [rule-error] 规则 keep-node 检查 "
                          "fixtures/reports/004/zongzhiban-2023-11.xml 时出错") == 1);
  CHECK(count_of(run.out, "this node belongs to a report that is no longer being checked") == 1);
  CHECK(count_of(run.out, "[rule-error]") == 1);
  CHECK(count_of(run.out, "[zz-marker]") == 2);
}
