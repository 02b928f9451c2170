// plan_review: what the review table marks for a second look.
#include "plan_review.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("plan_review: 各 before a role word names the units in that role, not a label", "[import][review]") {
  pugi::xml_document plan;
  REQUIRE(plan.load_string(
      "<plan xmlns=\"urn:plancheck:plan:1\" id=\"某办发〔2024〕9号\" issued=\"2024-05-06\">"
      "<task id=\"1\"><title>抓好督促落实</title><lead>区政府办</lead><responsible>各项目牵头单位</responsible>"
      "<responsible>各责任单位</responsible></task>"
      "<task id=\"2\"><title>编制实施细则</title><lead>区发改局</lead><responsible>配合单位：区财政局</responsible></task>"
      "<task id=\"3\"><title>汇总进展</title><lead>牵头单位</lead></task>"
      "</plan>"));
  nlohmann::json review = plan_review_json(plan, {}, "zh");
  REQUIRE(review["tasks"].size() == 3);
  CHECK(review["tasks"][0]["unsure"].empty());
  // Near misses: a label run into a name, and a label standing alone, are still marked.
  CHECK(review["tasks"][1]["unsure"].size() == 1);
  CHECK(review["tasks"][2]["unsure"].size() == 1);
}
