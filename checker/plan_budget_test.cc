// find_budget_clauses: the forms a budget requirement takes, funding promised without a
// budget, and sentences that name 预算 in another role — each in wording made up for the test.
#include "plan_budget.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

std::vector<std::string> kinds(std::string_view paragraph) {
  std::vector<std::string> out;
  for (const BudgetClause& c : find_budget_clauses(paragraph))
    out.push_back((c.kind == BudgetKind::Required ? "required: " : "funding: ") + c.text);
  return out;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("budget: funding put in a budget is a requirement, whatever the level and verb", "[budget]") {
  CHECK(kinds("把道路养护经费列入本级财政预算。") == List{"required: 把道路养护经费列入本级财政预算"});
  CHECK(kinds("各乡镇要将网格员补贴纳入同级政府年度预算，按时足额发放。") ==
        List{"required: 各乡镇要将网格员补贴纳入同级政府年度预算"});
  CHECK(kinds("将监测设备购置需求报本级人民政府列入财政预算。") ==
        List{"required: 将监测设备购置需求报本级人民政府列入财政预算"});
  CHECK(kinds("要把河湖保护列入各级财政年度预算并逐年加大投入。") ==
        List{"required: 要把河湖保护列入各级财政年度预算并逐年加大投入"});
  CHECK(kinds("培训所需经费由区财政预算保障。") == List{"required: 培训所需经费由区财政预算保障"});
  CHECK(kinds("巡查补助经费须在市级财政预算中单独列支，专款专用。") ==
        List{"required: 巡查补助经费须在市级财政预算中单独列支"});
}

TEST_CASE("budget: funding promised without a budget is noted, not required", "[budget]") {
  CHECK(kinds("（五）强化经费保障。") == List{"funding: （五）强化经费保障"});
  CHECK(kinds("省财政要加大资金支持力度。") == List{"funding: 省财政要加大资金支持力度"});
  CHECK(kinds("将消防执法经费纳入同级财政全额保障范围。") == List{"funding: 将消防执法经费纳入同级财政全额保障范围"});
  CHECK(kinds("建立多元化的经费投入机制。") == List{"funding: 建立多元化的经费投入机制"});
  CHECK(kinds("各区要为平台运维安排必要的人员和经费。") == List{"funding: 各区要为平台运维安排必要的人员和经费"});
  CHECK(kinds("市财政将视情况对基金进行资金补充。") == List{"funding: 市财政将视情况对基金进行资金补充"});
}

TEST_CASE("budget: 预算 in another role is neither", "[budget]") {
  CHECK(kinds("全年一般公共预算收入增长6%左右。").empty());                       // a revenue target
  CHECK(kinds("对成效突出的县，在中央预算内投资中统筹安排部分投资予以支持。").empty());  // central investment
  CHECK(kinds("省财政利用年度预算中单独安排的资金等予以奖励。").empty());           // a reward paid from a budget
  CHECK(kinds("坚持厉行节约，严格预算和项目管理。").empty());                       // a principle
  CHECK(kinds("明确平台建设、经费预算、运维考核等职责。").empty());                 // a duty to define
  CHECK(kinds("专项资金不得纳入部门预算以外的账户。").empty());                     // negated
}

TEST_CASE("budget: each clause in a paragraph, in order, with its offset", "[budget]") {
  const std::string paragraph = "加强组织领导。落实经费保障；把示范点建设经费列入县财政预算。";
  std::vector<BudgetClause> clauses = find_budget_clauses(paragraph);
  REQUIRE(clauses.size() == 2);
  CHECK(clauses[0].kind == BudgetKind::Funding);
  CHECK(clauses[1].kind == BudgetKind::Required);
  CHECK(paragraph.substr(clauses[1].offset, clauses[1].text.size()) == clauses[1].text);
  CHECK(find_budget_clauses("").empty());
}
