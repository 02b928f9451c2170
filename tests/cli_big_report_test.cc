// Big reports through the real CLI: a report of several MiB is checked by every worker
// at once, rule by rule, and finds exactly what one worker finds; the rule limits grow
// with the report, so real work on it is not cut off as if it were a runaway rule.
#include <filesystem>

#include <catch2/catch.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

// fixtures/reports/004/wenmingban-2023-11.xml followed by a narrative of `sections`
// sections (~650 bytes each) that the text rules have something to say about: a masked
// figure, a masked word, a figure stated twice with two values, a repeated passage.
std::string big_report(int sections) {
  std::string report = read_file(PLANCHECK_FIXTURE("fixtures/reports/004/wenmingban-2023-11.xml"));
  std::string narrative = "  <narrative>\n";
  for (int i = 0; i < sections; ++i) {
    std::string n = std::to_string(i);
    narrative += "    <section title=\"第" + n + "节\">\n"
                 "      <p>本季度开展民族团结进步主题宣讲" + n + "场，覆盖机关干部和基层群众" + std::to_string(i * 7 + 3) +
                 "人次；涌现出自治区级民族团结进步示范单位4个，编印宣传折页*份。深入学习贯彻习近平总书记视察*重要讲话精神，"
                 "依托新时代文明实践站组织各族群众开展交流交往交融活动，推动民族团结进步创建工作走深走实。</p>\n"
                 "      <p>截至目前，自治区级民族团结进步示范单位14个。依托新时代文明实践站组织各族群众开展交流交往交融活动，"
                 "推动民族团结进步创建工作走深走实。</p>\n"
                 "    </section>\n";
  }
  narrative += "  </narrative>\n";
  report.insert(report.rfind("</report>"), narrative);
  return report;
}

// Each finding's rule and place, in the order printed: what must not depend on -j.
std::string findings_of(const CliRun& run) {
  std::string out;
  size_t start = 0;
  while (start < run.out.size()) {
    size_t end = run.out.find('\n', start);
    if (end == std::string::npos) end = run.out.size();
    std::string line = run.out.substr(start, end - start);
    if (line.find(": ") != std::string::npos && line.find(" [") != std::string::npos && line[0] != ' ')
      out += line + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("big reports are split by rule between workers and find what one worker finds", "[cli][big]") {
  std::string dir = make_temp_dir("big-reports");
  write_file(dir + "/a-big.xml", big_report(7000));  // ~4.4 MiB each: over the 4 MiB split size
  write_file(dir + "/b-big.xml", big_report(7100));
  std::string small = read_file(PLANCHECK_FIXTURE("fixtures/reports/004/zongzhiban-2023-11.xml"));
  write_file(dir + "/c-small.xml", small);
  auto check = [&](const std::string& jobs) {
    // The wall clock is lifted: on a slow or sanitized build it is the machine that is timed,
    // not the split; the instruction budget (the same everywhere) stays at its default.
    return run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "-j", jobs,
                    "--max-rule-seconds", "120", dir});
  };
  CliRun one = check("1"), two = check("2");
  INFO(one.err + two.err);
  REQUIRE(one.exit_code == 1);
  CHECK(two.exit_code == 1);
  std::string expected = findings_of(one);
  // Every text rule found its defect in every section of both big reports; nothing was stopped.
  CHECK(count_of(expected, "a-big.xml") > 4 * 7000);
  CHECK(count_of(expected, "[placeholder-figure]") == 7000 + 7100);
  CHECK(count_of(expected, "[masked-word]") == 7000 + 7100);
  CHECK(count_of(expected, "[conflicting-figures]") == 7000 + 7100);
  CHECK(count_of(expected, "[duplicate-passage]") == 7000 + 7100);
  CHECK(count_of(expected, "rule-error") == 0);
  CHECK(count_of(expected, "c-small.xml") > 0);
  CHECK(findings_of(two) == expected);
}

TEST_CASE("the instruction budget grows with the report, so a rule's real work on a big report is not cut off",
          "[cli][big][hostile-rules]") {
  std::string dir = make_temp_dir("big-budget");
  // 1.2 million loop steps: over a budget of 1 million, within the 1.5 million a 6 MiB report gets.
  write_file(dir + "/busy.lua", "return {\n  id = \"busy\", severity = \"info\", summary = \"busy\",\n"
                                "  check = function(report, plan)\n    for i = 1, 1200000 do end\n"
                                "    pc.emit{ at = report:root(), message = \"done\" }\n  end,\n}\n");
  write_file(dir + "/big.xml", big_report(9700));
  write_file(dir + "/small.xml", read_file(PLANCHECK_FIXTURE("fixtures/reports/004/zongzhiban-2023-11.xml")));
  for (const std::string& report : {"big.xml", "small.xml"}) {
    CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "--rules",
                          dir, "--max-instructions", "1000000", "-j", "1", dir + "/" + report});
    INFO(report << "\n" << run.out << run.err);
    if (report == "big.xml") {
      CHECK(count_of(run.out, "[busy] done") == 1);
      CHECK(count_of(run.out, "规则 busy") == 0);  // (the built-in text rules do need more than 1 million here)
    } else {
      CHECK(count_of(run.out, "[busy] done") == 0);
      CHECK(count_of(run.out, "规则 busy 检查") == 1);
      CHECK(count_of(run.out, "执行超过 1000000 条指令后被终止") == 1);
    }
  }
}

TEST_CASE("a rule that judges each part alone is split between workers and gives what one run gives",
          "[cli][big][rule-api]") {
  std::string dir = make_temp_dir("big-by-part");
  std::string rules = dir + "/rules";
  std::filesystem::create_directories(rules);
  // Two findings a text: past the findings cap of a 4.4 MiB report (10,000 scaled by its size).
  write_file(rules + "/every-text.lua",
             "return {\n  id = \"every-text\", severity = \"info\", summary = \"every text\",\n"
             "  needs_plan = false, by_part = true,\n"
             "  check = function(report)\n    for node, s in report:texts() do\n"
             "      pc.emit{ at = node, message = \"text of \" .. #s .. \" bytes\" }\n"
             "      pc.emit{ at = node, message = \"again\" }\n    end\n  end,\n}\n");
  // Fails at the section whose heading is 第5000节: after some findings, in the middle of one share.
  write_file(rules + "/fails-midway.lua",
             "return {\n  id = \"fails-midway\", severity = \"info\", summary = \"fails midway\",\n"
             "  needs_plan = false, by_part = true,\n"
             "  check = function(report)\n    for part in report:parts() do\n"
             "      pc.emit{ at = part.nodes[1], message = \"part\" }\n"
             "      if part.nodes[1]:parent():attr(\"title\") == \"第5000节\" then error(\"the 5000th\") end\n"
             "    end\n  end,\n}\n");
  write_file(dir + "/big.xml", big_report(7000));
  auto check = [&](const std::string& jobs) {
    return run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "-j", jobs,
                    "--max-rule-seconds", "120", "--rules", rules, dir + "/big.xml"});
  };
  CliRun one = check("1"), two = check("2");
  INFO(one.err + two.err);
  std::string expected = findings_of(one);
  CHECK(count_of(expected, "[every-text] text of") > 5000);
  CHECK(count_of(expected, "[every-text] 规则 every-text 在本文件另有") == 1);  // the cap's one line
  CHECK(count_of(expected, "[fails-midway] part") > 5000);
  CHECK(count_of(expected, "规则 fails-midway 检查") == 1);
  CHECK(count_of(expected, "the 5000th") == 1);
  CHECK(findings_of(two) == expected);
}
