// Plan and PlanSet: a report finds its plan by the 文号 however it brackets it.
#include "plan.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("plan ids: one 文号 whatever its brackets, spaces or full-width digits", "[plan]") {
  CHECK(same_plan_id("某政办发〔2024〕12号", "某政办发[2024]12号"));
  CHECK(same_plan_id("某政办发〔2024〕12号", "某政办发【２０２４】 12号"));
  CHECK(same_plan_id("某政办发〔2024〕12号", "某政办发（2024）12号"));
  CHECK_FALSE(same_plan_id("某政办发〔2024〕12号", "某政办发〔2024〕13号"));
  CHECK_FALSE(same_plan_id("某政办发〔2024〕12号", "某政发〔2024〕12号"));

  LoadError error;
  PlanSet plans;
  plans.add(std::make_unique<Plan>(Document::parse(
      "<plan xmlns=\"urn:plancheck:plan:1\" id=\"某政办发〔2024〕12号\" issued=\"2024-03-01\"><title>方案</title></plan>",
      "plan.xml", LoadLimits{}, &error)));
  REQUIRE(plans.find("某政办发[2024]12号"));
  CHECK(plans.find("某政办发[2024]12号")->id() == "某政办发〔2024〕12号");
  CHECK_FALSE(plans.find("某政办发[2024]13号"));
}
