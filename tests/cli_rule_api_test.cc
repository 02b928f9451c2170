// The rule API through the real CLI, where a shortcut in the host must not change what a
// rule sees.
#include <catch2/catch.hpp>

#include "cli.h"

using namespace plancheck_test;

TEST_CASE("select and first with one element name give what the general XPath gives", "[cli][rule-api]") {
  // select("lead") and first("lead") read the children without XPath; "./lead" goes
  // through pugixml's XPath. The rule compares them on every task and on the document.
  std::string dir = make_temp_dir("rule-api-select");
  write_file(dir + "/same-select.lua", R"(return {
  id = "same-select", severity = "info", summary = "select shortcut", needs_plan = false,
  check = function(report)
    local compared, differ = 0, 0
    local function same(a, b)
      compared = compared + 1
      if #a ~= #b then differ = differ + 1 return end
      for i = 1, #a do if a[i] ~= b[i] then differ = differ + 1 return end end
    end
    same(report:select("report"), report:select("/report"))
    for _, task in ipairs(report:select("/report/task")) do
      for _, name in ipairs({ "lead", "progress", "metric", "evidence", "nosuch", "task" }) do
        same(task:select(name), task:select("./" .. name))
        if task:first(name) ~= task:first("./" .. name) then differ = differ + 1 end
      end
    end
    pc.emit{ at = report:root(), message = "compared " .. compared .. ", differ " .. differ }
  end,
})");
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "--rules",
                        dir, "-j", "1", "fixtures/reports/004"});
  INFO(run.out << run.err);
  int reports = count_of(run.out, "[same-select] compared");
  CHECK(reports >= 5);
  CHECK(count_of(run.out, ", differ 0") == reports);
  CHECK(count_of(run.out, "compared 1, differ") == 0);  // every report has tasks to compare
}

TEST_CASE("pc.figures(text, false) gives the figures as read, without their metrics, whichever call comes first",
          "[cli][rule-api]") {
  // The two forms share one reading per text: asked first without metrics, a text is still
  // described when a rule then asks with them, and the other way round.
  std::string dir = make_temp_dir("rule-api-figures");
  write_file(dir + "/figure-forms.lua", R"(return {
  id = "figure-forms", severity = "info", summary = "figures with and without metrics", needs_plan = false,
  check = function(report)
    local a = "截至目前，全县建成村级文化广场12个，同比增长20%。"
    local b = "全县累计培训基层干部340人次。"
    local function show(label, q)
      pc.emit{ at = report:root(), message = label .. " " .. q.text .. "/" .. q.unit .. "/" .. q.subject .. "/" ..
        tostring(q.metric) .. "/" .. tostring(q.role) }
    end
    for _, q in ipairs(pc.figures(a, false)) do show("a-read", q) end
    for _, q in ipairs(pc.figures(a)) do show("a-full", q) end
    for _, q in ipairs(pc.figures(b)) do show("b-full", q) end
    for _, q in ipairs(pc.figures(b, false)) do show("b-read", q) end
  end,
})");
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "--rules",
                        dir, "-j", "1", "--format", "json", "fixtures/reports/004/wenmingban-2023-11.xml"});
  INFO(run.out << run.err);
  CHECK(count_of(run.out, "a-read 12个/个/全县建成村级文化广场/nil/nil") == 1);
  CHECK(count_of(run.out, "a-read 20%/%/同比增长/nil/nil") == 1);
  CHECK(count_of(run.out, "a-full 12个/个/全县建成村级文化广场/建成村级文化广场/level") == 1);
  CHECK(count_of(run.out, "a-full 20%/%/同比增长/建成村级文化广场/growth") == 1);
  CHECK(count_of(run.out, "b-full 340人次/人次/全县累计培训基层干部/培训基层干部/level") == 1);
  CHECK(count_of(run.out, "b-read 340人次/人次/全县累计培训基层干部/nil/nil") == 1);
}

TEST_CASE("pc.figures reads a text in traditional characters as the same text in simplified ones, quoting it as written",
          "[cli][rule-api]") {
  // 增長 is a growth as 增长 is, 個百分點 the measure word 个百分点; the quoted figure and its place stay
  // as the text writes them. A simplified text is read as it is.
  std::string dir = make_temp_dir("rule-api-traditional");
  write_file(dir + "/figure-variants.lua", R"(return {
  id = "figure-variants", severity = "info", summary = "figures in traditional text", needs_plan = false,
  check = function(report)
    local texts = {
      trad = "第一產業增加值26.4億元，增加值增長4.6%，增速較1季度提高0.5個百分點。",
      simp = "第一产业增加值26.4亿元，增加值增长4.6%，增速较1季度提高0.5个百分点。",
    }
    for _, label in ipairs({ "trad", "simp" }) do
      local t = texts[label]
      for _, q in ipairs(pc.figures(t)) do
        pc.emit{ at = report:root(), message = label .. " " .. q.text .. "/" .. q.unit .. "/" .. q.role .. "/" ..
          tostring(t:sub(q.offset, q.offset + #q.text - 1) == q.text) }
      end
    end
  end,
})");
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "--rules",
                        dir, "-j", "1", "fixtures/reports/004/wenmingban-2023-11.xml"});
  INFO(run.out << run.err);
  CHECK(count_of(run.out, "trad 26.4億元/元/level/true") == 1);
  CHECK(count_of(run.out, "trad 4.6%/%/growth/true") == 1);  // was level: 增長 read as a word of the name
  CHECK(count_of(run.out, "trad 0.5個百分點/个百分点/growth/true") == 1);
  CHECK(count_of(run.out, "simp 4.6%/%/growth/true") == 1);
  CHECK(count_of(run.out, "simp 0.5个百分点/个百分点/growth/true") == 1);
}

TEST_CASE("pc.names_one compares metric names as pc.conflicts does", "[cli][rule-api]") {
  std::string dir = make_temp_dir("rule-api-names-one");
  write_file(dir + "/names-one.lua", R"(return {
  id = "names-one", severity = "info", summary = "metric names", needs_plan = false,
  check = function(report)
    local pairs_ = {
      { "供水管网", "全县供水管网" },         -- the shorter ends the longer
      { "供水管网", "供水主管网" },           -- words left out, ending alike
      { "序时进度", "未达到序时进度" },       -- a negation before it: another thing
      { "亿元以上项目", "10亿元以上项目" },   -- a number glued before it
      { "管网", "供水管线" },                 -- different endings
      { "网", "供水管网" },                   -- shorter than the least length
      { "供水管网", "农村供水管网" },         -- a group put before it (农村): a part, another thing
    }
    for i, p in ipairs(pairs_) do
      pc.emit{ at = report:root(), message = "pair " .. i .. " " .. tostring(pc.names_one(p[1], p[2])) }
    end
    pc.emit{ at = report:root(), message = "min 5 " .. tostring(pc.names_one("供水管网", "全县供水管网", 5)) }
    local ok = pcall(pc.names_one, "a", "b", 0)
    pc.emit{ at = report:root(), message = "zero refused " .. tostring(not ok) }
  end,
})");
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", "--rules",
                        dir, "-j", "1", "fixtures/reports/004/wenmingban-2023-11.xml"});
  INFO(run.out << run.err);
  CHECK(count_of(run.out, "pair 1 true") == 1);
  CHECK(count_of(run.out, "pair 2 true") == 1);
  CHECK(count_of(run.out, "pair 3 false") == 1);
  CHECK(count_of(run.out, "pair 4 false") == 1);
  CHECK(count_of(run.out, "pair 5 false") == 1);
  CHECK(count_of(run.out, "pair 6 false") == 1);
  CHECK(count_of(run.out, "pair 7 false") == 1);
  CHECK(count_of(run.out, "min 5 false") == 1);
  CHECK(count_of(run.out, "zero refused true") == 1);
}
