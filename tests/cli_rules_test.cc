// The default rule pack through the real CLI: for every rule, a case where it must fire
// and a near-miss where it must not. Reports are written inline, as pugixml's tests do.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli.h"

using namespace plancheck_test;
using nlohmann::json;

namespace {

const std::string kPlan004 = PLANCHECK_FIXTURE("fixtures/plans/004-liaocheng.xml");
const std::string kPlan003 = PLANCHECK_FIXTURE("fixtures/plans/003-benxi.xml");
const std::string kPlanId004 = "聊江委办发〔2023〕5号";
const std::string kPlanId003 = "本高党政办发〔2021〕35号";

// A report of `unit` against plan 004 (or `plan_id`) holding `tasks`.
std::string report(const std::string& unit, const std::string& tasks, const std::string& extra_attrs = "",
                   const std::string& plan_id = kPlanId004, const std::string& submitted = "2023-11-20") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:plancheck:report:1\" plan=\"" + plan_id +
         "\" unit=\"" + unit + "\" submitted=\"" + submitted + "\"" + extra_attrs + ">\n" + tasks + "</report>\n";
}

// A well-formed task 3 of plan 004 (lead 区政工部), with `body` replacing its defaults
// where given.
std::string task3(const std::string& status = "in-progress", const std::string& deadline = "2023年11月底前",
                  const std::string& rest = "") {
  return "  <task ref=\"3\" status=\"" + status + "\">\n    <lead>区政工部</lead>\n" +
         (deadline.empty() ? "" : "    <deadline>" + deadline + "</deadline>\n") +
         "    <progress>市级教育实践基地建设推进中。</progress>\n"
         "    <budget included=\"true\" source=\"区级财政预算\"/>\n" +
         rest + "  </task>\n";
}

struct Checked {
  int exit_code = -1;
  json doc;
  std::string dir;  // where the report was written

  // The findings of one rule.
  std::vector<json> of(const std::string& rule) const {
    std::vector<json> found;
    for (const json& f : doc["findings"])
      if (f["rule"] == rule) found.push_back(f);
    return found;
  }
};

Checked check(const std::string& report_xml, const std::string& as_of = "2023-11-20",
              const std::vector<std::string>& extra = {}, const std::string& plan = kPlan004) {
  Checked result;
  result.dir = make_temp_dir("rule");
  write_file(result.dir + "/report.xml", report_xml);
  std::vector<std::string> args = {"check", "--plan", plan, "--as-of", as_of, "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back(result.dir + "/report.xml");
  CliRun run = run_cli(args);
  result.exit_code = run.exit_code;
  INFO(run.out << run.err);
  REQUIRE((run.exit_code == 0 || run.exit_code == 1));
  result.doc = json::parse(run.out);
  return result;
}

// The tasks 区综治办 leads or is responsible for in plan 004, all covered and clean.
std::string zongzhiban_tasks(const std::string& skip = "") {
  std::string tasks;
  for (std::string ref : {"11", "12", "13", "14"}) {
    if (ref == skip) continue;
    std::string lead = ref == "11" ? "区政工部" : "区综治办";
    tasks += "  <task ref=\"" + ref + "\" status=\"in-progress\"><lead>" + lead +
             "</lead><budget included=\"true\" source=\"区级财政预算\"/></task>\n";
  }
  return tasks;
}

}  // namespace

TEST_CASE("report-plan-known: a report naming a plan that was not loaded", "[rules]") {
  Checked fires = check(report("区政工部", task3(), "", "聊江委办发〔2023〕99号"));
  REQUIRE(fires.of("report-plan-known").size() == 1);
  CHECK(fires.of("report-plan-known")[0]["message"].get<std::string>().find("聊江委办发〔2023〕99号") != std::string::npos);
  CHECK(fires.of("task-known").empty());  // no plan: no other plan rule runs

  Checked near = check(report("区政工部", task3()));
  CHECK(near.of("report-plan-known").empty());
}

TEST_CASE("task-known: a task ref the plan does not have", "[rules]") {
  Checked fires = check(report("区政工部", task3() + "  <task ref=\"99\" status=\"done\"><lead>区政工部</lead></task>\n"));
  REQUIRE(fires.of("task-known").size() == 1);
  CHECK(fires.of("task-known")[0]["task"] == "99");
  CHECK(fires.of("evidence-for-done").empty());  // an unknown task gets task-known and nothing else

  Checked near = check(report("区政工部", task3()));
  CHECK(near.of("task-known").empty());
}

TEST_CASE("task-coverage: a task the plan gives the unit, missing from its report", "[rules]") {
  Checked fires = check(report("区综治办", zongzhiban_tasks("14")));
  REQUIRE(fires.of("task-coverage").size() == 1);
  CHECK(fires.of("task-coverage")[0]["task"] == "14");
  CHECK(fires.of("task-coverage")[0]["message"].get<std::string>().find("牵头单位") != std::string::npos);

  Checked complete = check(report("区综治办", zongzhiban_tasks()));
  CHECK(complete.of("task-coverage").empty());
  // 各镇（街道） is responsible for every task, but names a group: a town that reports one
  // task is not expected to report the others.
  Checked town = check(report("朱老庄镇", task3()));
  CHECK(town.of("task-coverage").empty());
}

TEST_CASE("lead-unit-named: no lead, or a lead of only spaces", "[rules]") {
  Checked missing = check(report("区政工部", "  <task ref=\"3\" status=\"in-progress\"><deadline>2023-11-30</deadline>"
                                             "<budget included=\"true\" source=\"区级财政预算\"/></task>\n"));
  REQUIRE(missing.of("lead-unit-named").size() == 1);
  CHECK(missing.of("lead-unit-named")[0]["message"].get<std::string>().find("区政工部") != std::string::npos);

  Checked blank = check(report("区政工部", "  <task ref=\"3\" status=\"in-progress\"><lead>\u3000 </lead>"
                                           "<deadline>2023-11-30</deadline>"
                                           "<budget included=\"true\" source=\"区级财政预算\"/></task>\n"));
  CHECK(blank.of("lead-unit-named").size() == 1);
  CHECK(blank.of("lead-unit-matches").empty());

  Checked near = check(report("区政工部", task3()));
  CHECK(near.of("lead-unit-named").empty());
}

TEST_CASE("lead-unit-matches: a lead the plan does not name for the task", "[rules]") {
  std::string task2 = "  <task ref=\"2\" status=\"in-progress\"><lead>区政工部</lead>"
                      "<budget included=\"true\" source=\"区级财政预算\"/></task>\n";
  Checked fires = check(report("区政工部", task2));
  REQUIRE(fires.of("lead-unit-matches").size() == 1);
  std::string message = fires.of("lead-unit-matches")[0]["message"];
  CHECK(message.find("区政工部") != std::string::npos);    // what the report says
  CHECK(message.find("区教体中心") != std::string::npos);  // what the plan asks

  SECTION("a close name is suggested") {
    std::string task9 = "  <task ref=\"9\" status=\"in-progress\"><lead>政工部</lead>"
                        "<budget included=\"true\" source=\"区级财政预算\"/></task>\n";
    Checked close = check(report("区政工部", task9));
    REQUIRE(close.of("lead-unit-matches").size() == 1);
    CHECK(close.of("lead-unit-matches")[0]["suggestion"] == "区政工部");
  }
  SECTION("spaces, ideographic spaces and width forms are no difference") {
    std::string spaced = "  <task ref=\"4\" status=\"in-progress\"><lead>区\u3000政工部 </lead>"
                         "<budget included=\"true\" source=\"区级财政预算\"/></task>\n";
    CHECK(check(report("区政工部", spaced)).of("lead-unit-matches").empty());

    std::string dir = make_temp_dir("brackets");
    write_file(dir + "/plan.xml",
               "<plan xmlns=\"urn:plancheck:plan:1\" id=\"测试〔2023〕1号\" issued=\"2023-01-01\">"
               "<task id=\"1\"><lead>区民族宗教事务局（区档案馆）</lead></task></plan>");
    std::string half_width = report("区民族宗教事务局", "  <task ref=\"1\" status=\"in-progress\">"
                                                        "<lead>区民族宗教事务局(区档案馆)</lead></task>\n",
                                    "", "测试〔2023〕1号");
    CHECK(check(half_width, "2023-11-20", {}, dir + "/plan.xml").of("lead-unit-matches").empty());
  }
  SECTION("a plan with no leads accepts a responsible unit, by its declared alias too") {
    // Plan 003 names only 责任单位; task 1's are 组织人事部 and 党群工作部 (alias 区党群工作部).
    std::string alias = "  <task ref=\"1\" status=\"in-progress\"><lead>区党群工作部</lead></task>\n";
    Checked by_alias = check(report("党群工作部", alias, "", kPlanId003, "2021-11-01"), "2021-11-10", {}, kPlan003);
    CHECK(by_alias.of("lead-unit-matches").empty());
    std::string other = "  <task ref=\"1\" status=\"in-progress\"><lead>综治信访局</lead></task>\n";
    Checked wrong = check(report("党群工作部", other, "", kPlanId003, "2021-11-01"), "2021-11-10", {}, kPlan003);
    REQUIRE(wrong.of("lead-unit-matches").size() == 1);
    CHECK(wrong.of("lead-unit-matches")[0]["message"].get<std::string>().find("责任单位") != std::string::npos);
  }
}

TEST_CASE("deadline-stated: no deadline, or open-ended wording, against a dated plan task", "[rules]") {
  Checked missing = check(report("区政工部", task3("in-progress", "")));
  REQUIRE(missing.of("deadline-stated").size() == 1);
  CHECK(missing.of("deadline-stated")[0]["message"].get<std::string>().find("2023年11月底前") != std::string::npos);

  Checked open = check(report("区政工部", task3("in-progress", "持续推进")));
  REQUIRE(open.of("deadline-stated").size() == 1);
  CHECK(open.of("deadline-stated")[0]["message"].get<std::string>().find("持续推进") != std::string::npos);

  // 2023年11月底前 is the plan's 2023-11-30 in words.
  CHECK(check(report("区政工部", task3("in-progress", "2023年11月底前"))).of("deadline-stated").empty());
  CHECK(check(report("区政工部", task3("in-progress", "2023-11-30"))).of("deadline-stated").empty());
}

TEST_CASE("deadline-matches: a stated deadline later than the plan's", "[rules]") {
  Checked later = check(report("区政工部", task3("in-progress", "2023-12-31")));
  REQUIRE(later.of("deadline-matches").size() == 1);
  CHECK(later.of("deadline-matches")[0]["severity"] == "warning");
  CHECK(later.of("deadline-matches")[0]["suggestion"] == "2023-11-30");

  CHECK(check(report("区政工部", task3("in-progress", "2023年11月底前"))).of("deadline-matches").empty());
  CHECK(check(report("区政工部", task3("in-progress", "2023-11-15"))).of("deadline-matches").empty());
}

TEST_CASE("deadline-overdue: past the deadline and not done, and the deadline day itself is not overdue", "[rules]") {
  Checked overdue = check(report("区政工部", task3("in-progress")), "2023-12-01");
  REQUIRE(overdue.of("deadline-overdue").size() == 1);
  CHECK(overdue.of("deadline-overdue")[0]["message"].get<std::string>().find("1 天") != std::string::npos);

  CHECK(check(report("区政工部", task3("in-progress")), "2023-11-30").of("deadline-overdue").empty());
  std::string done = task3("done", "2023年11月底前",
                           "    <metric name=\"市级教育实践基地\" value=\"1\" unit=\"处\"/>\n"
                           "    <evidence href=\"https://example.org/p.jpg\">照片</evidence>\n");
  CHECK(check(report("区政工部", done), "2023-12-01").of("deadline-overdue").empty());
}

TEST_CASE("deadline-overdue with a recurring deadline counts from the report's period", "[rules]") {
  // Plan 003 task 4 is due 每年9月: the occurrence that counts is the first on or after period-from.
  std::string task4 = "  <task ref=\"4\" status=\"in-progress\"><lead>党群工作部</lead><deadline>每年9月</deadline></task>\n";
  Checked reached = check(report("党群工作部", task4, " period-from=\"2021-08-01\"", kPlanId003, "2021-11-01"),
                          "2021-11-10", {}, kPlan003);
  REQUIRE(reached.of("deadline-overdue").size() == 1);
  CHECK(reached.of("deadline-overdue")[0]["message"].get<std::string>().find("2021-09-30") != std::string::npos);

  Checked not_reached = check(report("党群工作部", task4, " period-from=\"2021-10-01\"", kPlanId003, "2021-11-01"),
                              "2021-11-10", {}, kPlan003);
  CHECK(not_reached.of("deadline-overdue").empty());
  CHECK(not_reached.of("deadline-stated").empty());
}

TEST_CASE("deadline-due-soon: 0 to N days left and not done", "[rules]") {
  CHECK(check(report("区政工部", task3()), "2023-11-30").of("deadline-due-soon").size() == 1);  // due today
  CHECK(check(report("区政工部", task3()), "2023-11-16").of("deadline-due-soon").size() == 1);  // 14 days
  CHECK(check(report("区政工部", task3()), "2023-11-15").of("deadline-due-soon").empty());      // 15 days
  CHECK(check(report("区政工部", task3()), "2023-11-10", {"--due-soon-days", "20"}).of("deadline-due-soon").size() == 1);
  CHECK(check(report("区政工部", task3()), "2023-12-01").of("deadline-due-soon").empty());  // overdue instead
}

TEST_CASE("budget-included: no budget, a budget not included, or no source", "[rules]") {
  auto task_with_budget = [](const std::string& budget) {
    return "  <task ref=\"3\" status=\"in-progress\"><lead>区政工部</lead><deadline>2023-11-30</deadline>" + budget +
           "</task>\n";
  };
  Checked none = check(report("区政工部", task_with_budget("")));
  REQUIRE(none.of("budget-included").size() == 1);
  CHECK(none.of("budget-included")[0]["message"].get<std::string>().find("列入同级财政预算") != std::string::npos);
  CHECK(check(report("区政工部", task_with_budget("<budget included=\"false\" source=\"日常公用经费\"/>")))
            .of("budget-included").size() == 1);
  CHECK(check(report("区政工部", task_with_budget("<budget included=\"true\" source=\" \"/>")))
            .of("budget-included").size() == 1);

  CHECK(check(report("区政工部", task_with_budget("<budget included=\"true\" source=\"区级财政预算\"/>")))
            .of("budget-included").empty());
}

TEST_CASE("target-met: a done task below the plan's minimum, a warning while in progress", "[rules]") {
  std::string zero = "    <metric name=\"市级教育实践基地\" value=\"0\" unit=\"处\"/>\n"
                     "    <evidence href=\"https://example.org/p.jpg\">照片</evidence>\n";
  Checked done = check(report("区政工部", task3("done", "2023年11月底前", zero)));
  REQUIRE(done.of("target-met").size() == 1);
  CHECK(done.of("target-met")[0]["severity"] == "error");
  CHECK(done.of("target-met")[0]["message"].get<std::string>().find("至少1处") != std::string::npos);

  Checked progress = check(report("区政工部", task3("in-progress", "2023年11月底前", zero)));
  REQUIRE(progress.of("target-met").size() == 1);
  CHECK(progress.of("target-met")[0]["severity"] == "warning");

  std::string one = "    <metric name=\"市级教育实践基地\" value=\"1\" unit=\"处\"/>\n"
                    "    <evidence href=\"https://example.org/p.jpg\">照片</evidence>\n";
  CHECK(check(report("区政工部", task3("done", "2023年11月底前", one))).of("target-met").empty());
}

TEST_CASE("metric-for-target: a plan target with no metric of that name", "[rules]") {
  std::string other = "    <metric name=\"区级教育实践基地\" value=\"2\" unit=\"处\"/>\n";
  Checked fires = check(report("区政工部", task3("in-progress", "2023年11月底前", other)));
  REQUIRE(fires.of("metric-for-target").size() == 1);
  CHECK(fires.of("metric-for-target")[0]["message"].get<std::string>().find("区级教育实践基地") != std::string::npos);

  std::string spaced = "    <metric name=\" 市级教育实践基地\u3000\" value=\"1\" unit=\"处\"/>\n";
  CHECK(check(report("区政工部", task3("in-progress", "2023年11月底前", spaced))).of("metric-for-target").empty());
}

TEST_CASE("submitted-on-time: submitted after the plan's reporting date", "[rules]") {
  Checked late = check(report("区政工部", task3(), "", kPlanId004, "2023-11-28"));
  REQUIRE(late.of("submitted-on-time").size() == 1);
  CHECK(late.of("submitted-on-time")[0]["message"].get<std::string>().find("2023-11-25") != std::string::npos);

  CHECK(check(report("区政工部", task3(), "", kPlanId004, "2023-11-25")).of("submitted-on-time").empty());
}

TEST_CASE("evidence-for-done: a done task with no evidence", "[rules]") {
  std::string one = "    <metric name=\"市级教育实践基地\" value=\"1\" unit=\"处\"/>\n";
  Checked fires = check(report("区政工部", task3("done", "2023年11月底前", one)));
  REQUIRE(fires.of("evidence-for-done").size() == 1);
  CHECK(fires.of("evidence-for-done")[0]["severity"] == "info");

  CHECK(check(report("区政工部", task3("in-progress"))).of("evidence-for-done").empty());
}

TEST_CASE("evidence-exists: a missing file, or a path out of the report's folder, never opened", "[rules]") {
  auto with_evidence = [](const std::string& href) {
    return task3("in-progress", "2023年11月底前", "    <evidence href=\"" + href + "\">材料</evidence>\n");
  };
  Checked missing = check(report("区政工部", with_evidence("attachments/none.pdf")));
  REQUIRE(missing.of("evidence-exists").size() == 1);
  CHECK(missing.of("evidence-exists")[0]["message"].get<std::string>().find("attachments/none.pdf") != std::string::npos);

  // A file that exists next to the report is fine; the same file reached through .. is not.
  Checked near = check(report("区政工部", with_evidence("report.xml")));
  CHECK(near.of("evidence-exists").empty());
  std::string dir = near.dir;
  std::string up = "../" + dir.substr(dir.rfind('/') + 1) + "/report.xml";
  CHECK(check(report("区政工部", with_evidence(up))).of("evidence-exists").size() == 1);
  CHECK(check(report("区政工部", with_evidence("/etc/passwd"))).of("evidence-exists").size() == 1);
  CHECK(check(report("区政工部", with_evidence("https://example.org/a.jpg"))).of("evidence-exists").empty());
}
