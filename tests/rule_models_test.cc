// The report and plan models (doc:model(), checker/lua_model.cc) are built once and shared
// by every rule of a worker: what a rule can read there, and that no rule can change what
// another reads (checker/lua_frozen.cc).
#include <catch2/catch.hpp>

#include "rule_host.h"

using namespace plancheck;
using namespace plancheck_test;

namespace {

std::string rule(const std::string& id, const std::string& body) {
  return "return { id = '" + id + "', severity = 'info', summary = 'models',\n"
         "  check = function(report, plan)\n" + body + "\n  end }\n";
}

// What b-reader says of the model: task 3's ref, its first lead, deadline and plan task.
const char* const kReader = R"(
    local m = report:model()
    local t = m.by_ref["3"]
    pc.emit{ at = t.node, message = table.concat({ #m.tasks, t.ref, t.status, t.leads[1].text,
      t.deadline.last, tostring(t.deadline.last_day - pc.as_of_day), t.plan.id, t.plan.leads[1],
      #t.evidence, tostring(m.tasks[2] == t), tostring(plan:model().by_id["3"] == t.plan) }, " ") }
)";

}  // namespace

TEST_CASE("a rule reads the report's tasks and their plan tasks from the models", "[rule-host]") {
  std::string dir = make_temp_dir("rule-models");
  write_file(dir + "/b-reader.lua", rule("b-reader", kReader));
  std::vector<std::string> out = messages_of_rules_in(dir);
  REQUIRE(out.size() == 1);
  // Six tasks; task 3 (the second): done, led by 区文明办, due 2023-11-30 (10 days after the
  // as-of date), two evidence files; the plan's task 3 names 区政工部 first.
  CHECK(out[0] == "b-reader: 6 3 done 区文明办 2023-11-30 10 3 区政工部 2 true true");
}

TEST_CASE("a rule that changes the shared models gets an error, and the next rule sees them whole",
          "[rule-host]") {
  std::string dir = make_temp_dir("rule-models-tamper");
  // a-tamper runs first: every way to write into the models fails with an error that says
  // the table is read-only (rawset and table.insert name it in their argument errors).
  write_file(dir + "/a-tamper.lua", rule("a-tamper", R"(
    local m = report:model()
    local t = m.by_ref["3"]
    local results = {}
    local function try(what, f)
      local ok, err = pcall(f)
      results[#results + 1] = what .. "=" .. (ok and "changed" or (tostring(err):find("read%-only") and "refused" or "error"))
    end
    try("field", function() t.ref = "99" end)
    try("nested", function() t.leads[1] = nil end)
    try("plan", function() t.plan.leads[1] = "某局" end)
    try("list", function() m.tasks[2] = m.tasks[1] end)
    try("rawset", function() rawset(t, "ref", "99") end)
    try("insert", function() table.insert(t.evidence, "x") end)
    try("deadline", function() t.deadline.last_day = 0 end)
    local f, s = pairs(t)
    try("pairs", function() s.ref = "99" end)
    results[#results + 1] = "mt=" .. tostring(getmetatable(t))
    pc.emit{ at = t.node, message = table.concat(results, " ") })"));
  write_file(dir + "/b-reader.lua", rule("b-reader", kReader));
  std::vector<std::string> out = messages_of_rules_in(dir);
  REQUIRE(out.size() == 2);
  CHECK(out[0] ==
        "a-tamper: field=refused nested=refused plan=refused list=refused rawset=refused insert=refused "
        "deadline=refused pairs=refused mt=read-only");
  CHECK(out[1] == "b-reader: 6 3 done 区文明办 2023-11-30 10 3 区政工部 2 true true");
}
