#include "status.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

const char* kPlanXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<plan xmlns="urn:plancheck:plan:1" id="P1" issued="2023-05-30">
  <task id="1">
    <lead>区政工部</lead>
    <responsible>区文明办</responsible>
    <responsible>各镇（街道）</responsible>
    <deadline text="2023年11月底前">2023-11-30</deadline>
  </task>
  <task id="2">
    <lead>区党群工作部</lead>
    <lead>区政工部</lead>
    <responsible>区政工部</responsible>
    <deadline text="每年9月" recurs="yearly" month="9"/>
  </task>
  <task id="3"><responsible>区文明办</responsible></task>
  <milestone date="2023-12-15" text="取得阶段性成果"/>
  <milestone date="2023-06-30" text="启动"/>
  <units><unit name="区党群工作部"><alias>党群工作部</alias></unit></units>
</plan>
)";

std::unique_ptr<Document> parse(const std::string& xml, const std::string& path) {
  LoadError error;
  auto doc = Document::parse(xml, path, LoadLimits{}, &error);
  REQUIRE(doc);
  return doc;
}

std::string report(const std::string& unit, const std::string& submitted, const std::string& tasks,
                   const std::string& extra_attributes = "", const std::string& plan = "P1") {
  return "<report xmlns=\"urn:plancheck:report:1\" plan=\"" + plan + "\" unit=\"" + unit + "\" submitted=\"" +
         submitted + "\"" + extra_attributes + ">" + tasks + "</report>";
}

std::string task(const std::string& ref, const std::string& status) {
  return "<task ref=\"" + ref + "\" status=\"" + status + "\"><lead>区政工部</lead></task>";
}

struct Fixture {
  PlanSet plans;
  std::vector<std::unique_ptr<Document>> docs;

  Fixture() { plans.add(std::make_unique<Plan>(parse(kPlanXml, "plan.xml"))); }
  void add(const std::string& path, const std::string& xml) { docs.push_back(parse(xml, path)); }
  StatusResult run(const std::string& as_of, int due_soon_days = 14) const {
    std::vector<const Document*> reports;
    for (const auto& doc : docs) reports.push_back(doc.get());
    return compute_status(plans, reports, StatusOptions{*Date::parse_iso(as_of), due_soon_days});
  }
};

const StatusCell& cell(const StatusResult& status, const std::string& task, const std::string& unit) {
  for (const StatusCell& c : status.cells)
    if (c.task == task && c.unit == unit) return c;
  FAIL("no cell for task " << task << " and " << unit);
  throw;
}

bool has_cell(const StatusResult& status, const std::string& task, const std::string& unit) {
  for (const StatusCell& c : status.cells)
    if (c.task == task && c.unit == unit) return true;
  return false;
}

}  // namespace

TEST_CASE("status: one cell per task and named unit, leads first, collective names none", "[status]") {
  Fixture f;
  StatusResult status = f.run("2023-11-20");
  REQUIRE(status.cells.size() == 5);
  CHECK(cell(status, "1", "区政工部").role == "lead");
  CHECK(cell(status, "1", "区文明办").role == "responsible");
  CHECK(cell(status, "2", "区政工部").role == "lead");  // named as lead and responsible: one cell
  CHECK(cell(status, "2", "区党群工作部").role == "lead");
  CHECK_FALSE(has_cell(status, "1", "各镇（街道）"));
  REQUIRE(status.plans.size() == 1);
  CHECK(status.plans[0].collective_names == std::vector<std::string>{"各镇（街道）"});
  CHECK(status.plans[0].units == std::vector<std::string>{"区政工部", "区文明办", "区党群工作部"});
  CHECK(status.plans[0].units_without_report == status.plans[0].units);
  for (const StatusCell& c : status.cells) {
    CHECK(c.state == CellState::Missing);
    CHECK(c.report.empty());
  }
}

TEST_CASE("status: the latest report by submitted date counts, earlier ones are history", "[status]") {
  Fixture f;
  // Path order is the opposite of date order: the date decides.
  f.add("a-late.xml", report("区政工部", "2023-11-18", task("1", "in-progress")));
  f.add("b-early.xml", report("区政工部", "2023-09-15", task("1", "not-started") + task("2", "blocked")));
  f.add("c-middle.xml", report("区政工部", "2023-10-10", task("2", "done")));
  StatusResult status = f.run("2023-11-01");

  const StatusCell& first = cell(status, "1", "区政工部");
  CHECK(first.state == CellState::InProgress);
  CHECK(first.report == "a-late.xml");
  REQUIRE(first.history.size() == 2);
  CHECK(first.history[0].report == "b-early.xml");
  CHECK(first.history[0].state == CellState::NotStarted);
  CHECK(first.history[1].report == "c-middle.xml");
  CHECK(first.history[1].state == CellState::Missing);  // that report left task 1 out

  // The latest report leaves task 2 out: missing now, whatever earlier reports said.
  const StatusCell& second = cell(status, "2", "区政工部");
  CHECK(second.state == CellState::Missing);
  CHECK(second.report == "a-late.xml");
  REQUIRE(second.history.size() == 2);
  CHECK(second.history[0].state == CellState::Blocked);
  CHECK(second.history[1].state == CellState::Done);
  CHECK(status.plans[0].units_without_report == std::vector<std::string>{"区文明办", "区党群工作部"});
}

TEST_CASE("status: reports count for a unit through aliases and spelling variants", "[status]") {
  Fixture f;
  f.add("dqb.xml", report("党群工作部", "2023-11-01", task("2", "done")));  // declared alias
  f.add("zgb.xml", report("区　政工部 ", "2023-11-01", task("1", "done")));  // ideographic space
  f.add("town.xml", report("凤凰街道", "2023-11-01", task("1", "done")));    // under 各镇（街道）
  StatusResult status = f.run("2023-11-20");
  CHECK(cell(status, "2", "区党群工作部").state == CellState::Done);
  CHECK(cell(status, "1", "区政工部").state == CellState::Done);
  CHECK(status.plans[0].units_without_report == std::vector<std::string>{"区文明办"});
  CHECK(status.plans[0].other_reporting_units == std::vector<std::string>{"凤凰街道"});
}

TEST_CASE("status: due soon from 0 to N days left, overdue after the day, never when done", "[status]") {
  Fixture f;
  f.add("zgb.xml", report("区政工部", "2023-11-01", task("1", "in-progress")));
  f.add("wmb.xml", report("区文明办", "2023-11-01", task("1", "done") + task("3", "blocked")));
  struct Case {
    const char* as_of;
    long days_left;
    bool due_soon, overdue;
  };
  for (Case c : {Case{"2023-11-15", 15, false, false}, Case{"2023-11-16", 14, true, false},
                 Case{"2023-11-30", 0, true, false}, Case{"2023-12-01", -1, false, true}}) {
    CAPTURE(c.as_of);
    StatusResult status = f.run(c.as_of);
    const StatusCell& open = cell(status, "1", "区政工部");
    CHECK(open.deadline.iso() == "2023-11-30");
    CHECK(open.days_left == c.days_left);
    CHECK(open.due_soon == c.due_soon);
    CHECK(open.overdue == c.overdue);
    const StatusCell& done = cell(status, "1", "区文明办");
    CHECK_FALSE(done.due_soon);
    CHECK_FALSE(done.overdue);
    CHECK_FALSE(cell(status, "3", "区文明办").deadline.valid());  // task 3 has no deadline
  }
  // A missing cell is judged by the deadline too.
  auto later = f.run("2023-12-01");  // kept: cell() returns a reference into it
  const StatusCell& missing = cell(later, "2", "区政工部");
  CHECK(missing.state == CellState::Missing);
  CHECK(missing.overdue);  // 每年9月 from the issue date (the report gives no period): 2023-09-30
}

TEST_CASE("status: a recurring deadline counts from the report's period, else the plan's issue date", "[status]") {
  Fixture f;
  f.add("zgb.xml", report("区政工部", "2023-11-01", task("2", "in-progress"), " period-from=\"2023-10-01\""));
  StatusResult status = f.run("2023-11-20");
  // 每年9月 from 2023-10-01: 2024-09-30, far ahead; not overdue in a period that has not reached it.
  const StatusCell& reported = cell(status, "2", "区政工部");
  CHECK(reported.deadline.iso() == "2024-09-30");
  CHECK_FALSE(reported.overdue);
  // No report at all: from the issue date 2023-05-30, the 2023-09-30 occurrence has passed.
  const StatusCell& unreported = cell(status, "2", "区党群工作部");
  CHECK(unreported.deadline.iso() == "2023-09-30");
  CHECK(unreported.overdue);
  CHECK(cell_severity(unreported) == Severity::Error);
}

TEST_CASE("status: upcoming dates on or after the as-of date, in date order, with days left", "[status]") {
  Fixture f;
  StatusResult status = f.run("2023-11-20");
  REQUIRE(status.upcoming.size() == 3);
  CHECK(status.upcoming[0].date.iso() == "2023-11-30");
  CHECK(status.upcoming[0].task == "1");
  CHECK(status.upcoming[0].text == "2023年11月底前");
  CHECK(status.upcoming[0].days_left == 10);
  CHECK(status.upcoming[1].date.iso() == "2023-12-15");
  CHECK(status.upcoming[1].task.empty());  // the milestone
  CHECK(status.upcoming[1].days_left == 25);
  CHECK(status.upcoming[2].date.iso() == "2024-09-30");  // 每年9月: the next September
  CHECK(status.upcoming[2].task == "2");

  StatusResult later = f.run("2023-12-01");
  REQUIRE(later.upcoming.size() == 2);  // 2023-11-30 has passed
  CHECK(later.upcoming[0].date.iso() == "2023-12-15");
}

TEST_CASE("status: an unknown status is a note and counts as missing, and other plans' reports are named", "[status]") {
  Fixture f;
  f.add("odd.xml", report("区政工部", "2023-11-01", task("1", "finished")));
  f.add("other.xml", report("区文明办", "2023-11-01", task("1", "done"), "", "P99"));
  StatusResult status = f.run("2023-11-20");
  CHECK(cell(status, "1", "区政工部").state == CellState::Missing);
  REQUIRE(status.notes.size() == 1);
  CHECK(status.notes[0].path == "odd.xml");
  CHECK(status.notes[0].at.column == 99);  // the status attribute, on the one line of the report
  CHECK(status.notes[0].zh.find("finished") != std::string::npos);
  CHECK(status.reports_without_plan == std::vector<std::string>{"other.xml (P99)"});
  CHECK(cell(status, "1", "区文明办").state == CellState::Missing);  // its report is on another plan
}

TEST_CASE("status: how cells weigh under --fail-on", "[status]") {
  StatusCell cell;
  cell.state = CellState::InProgress;
  CHECK_FALSE(cell_severity(cell));
  cell.due_soon = true;
  CHECK(cell_severity(cell) == Severity::Warning);
  cell.due_soon = false;
  cell.overdue = true;
  CHECK(cell_severity(cell) == Severity::Error);
  cell.overdue = false;
  cell.state = CellState::Missing;
  CHECK(cell_severity(cell) == Severity::Warning);
}
