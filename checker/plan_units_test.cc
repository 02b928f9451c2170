// plan_units: unit clauses and unit lists, each convention on a sentence of our own.
#include "plan_units.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

std::vector<std::string> names(const UnitClause& c, UnitRole role) {
  std::vector<std::string> out;
  for (const UnitMention& u : c.units)
    if (u.role == role) out.push_back(u.name);
  return out;
}

}  // namespace

TEST_CASE("unit clauses: lead and responsible words", "[units]") {
  auto c = find_unit_clauses("推进数据共享。（市大数据局牵头，市公安局、市民政局配合）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市大数据局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市公安局", "市民政局"});

  c = find_unit_clauses("完善制度。（市司法局、市财政局牵头，各区政府按职责分工负责）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市司法局", "市财政局"});
  CHECK(names(c[0], UnitRole::Assigned) == std::vector<std::string>{"各区政府"});

  c = find_unit_clauses("加强监管。〔牵头单位：县市场监管局；配合单位：县商务局，各乡镇〕");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县市场监管局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县商务局", "各乡镇"});

  c = find_unit_clauses("试行告知承诺。（负责部门：省住建厅；适用范围：各自贸片区）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"省住建厅"});

  c = find_unit_clauses("（省发展改革委会同有关部门负责）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"省发展改革委"});
  CHECK(c[0].units.size() == 1);  // 有关部门 names no unit

  c = find_unit_clauses("关于耕地保护的问题，由自然资源厅會同農業廳等部門負責落實。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"自然资源厅"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"農業廳"});
}

TEST_CASE("unit clauses: the first-listed rule, inherited units, a date inside, brackets that are no clause", "[units]") {
  auto c = find_unit_clauses("（市教育局、市人社局等负责。列第一位者为牵头单位，下同）");
  REQUIRE(c.size() == 1);
  CHECK(c[0].first_listed_rule);
  resolve_roles(c[0], true);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市教育局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市人社局"});

  c = find_unit_clauses("（市体育局、市民政局负责）");
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市体育局", "市民政局"});

  c = find_unit_clauses("（省环保厅指导，试点县政府负责落实。以下均需试点县政府落实，不再列出）");
  REQUIRE(c.size() == 1);
  CHECK(c[0].inherited == std::vector<std::string>{"试点县政府"});

  c = find_unit_clauses("(牽頭單位:縣政務局;責任單位:縣司法局、縣直相關單位,9月底完成)");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"縣政務局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"縣司法局", "縣直相關單位"});
  CHECK(c[0].date_text == "9月底完成");

  CHECK(find_unit_clauses("支持各类职业院校（含技工院校）开展培训。").empty());
  CHECK(find_unit_clauses("各省（区、市）人民政府要加强领导。").empty());
  CHECK(find_unit_clauses("建设自贸区（以下简称“试验区”）。").empty());
}

TEST_CASE("unit clauses: a labelled time or note among verb assignments, a date set apart by a space", "[units]") {
  auto c = find_unit_clauses("（区人社局牵头，区财政局配合；完成时限：2025年3月底前）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"区人社局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区财政局"});
  CHECK(c[0].date_text == "2025年3月底前");

  c = find_unit_clauses("（区民政局负责；备注：与上年任务衔接）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区民政局"});
  CHECK(c[0].date_text.empty());

  c = find_unit_clauses("（区城管局牵头　2025年6月底前）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"区城管局"});
  CHECK(c[0].date_text == "2025年6月底前");
}

TEST_CASE("unit clauses: roles taken (为牵头单位, 负总责, 主责), 主要/其他责任单位, labels in 【】, bare lists", "[units]") {
  auto lead_and_rest = [](const char* text) {
    auto c = find_unit_clauses(text);
    std::vector<std::string> out;
    for (UnitClause& clause : c) {
      resolve_roles(clause, false);
      for (const std::string& n : names(clause, UnitRole::Lead)) out.push_back("L:" + n);
      for (const std::string& n : names(clause, UnitRole::Responsible)) out.push_back("R:" + n);
    }
    return out;
  };
  const std::vector<std::string> both = {"L:县教育局", "R:县财政局"};
  CHECK(lead_and_rest("开展课后服务。（县教育局为牵头单位，县财政局为配合单位）") == both);
  CHECK(lead_and_rest("开展课后服务。（县教育局负总责，县财政局配合）") == both);
  CHECK(lead_and_rest("开展课后服务。（县教育局牵头抓总，县财政局等部门配合）") == both);
  CHECK(lead_and_rest("开展课后服务。（县教育局主责，县财政局协同）") == both);
  CHECK(lead_and_rest("开展课后服务。（主要责任单位：县教育局；其他责任单位：县财政局）") == both);
  CHECK(lead_and_rest("开展课后服务。【牵头单位】县教育局【责任单位】县财政局") == both);
  // A bare list of offices closing the paragraph, with a date: in charge, as with 负责.
  auto bare = find_unit_clauses("开展课后服务。（县教育局、县财政局，2024年9月底前）");
  REQUIRE(bare.size() == 1);
  resolve_roles(bare[0], false);
  CHECK(names(bare[0], UnitRole::Responsible) == std::vector<std::string>{"县教育局", "县财政局"});
  CHECK(bare[0].date_text == "2024年9月底前");
  // The units in brackets before the item's words; a closing sentence of assignments only.
  CHECK(lead_and_rest("1.【县教育局】开展课后服务，覆盖全部小学。") == std::vector<std::string>{"R:县教育局"});
  CHECK(lead_and_rest("开展课后服务，覆盖全部小学。县教育局牵头，县财政局配合。") == both);
  CHECK(find_unit_clauses("县教育局牵头，县财政局配合。").size() == 1);
  CHECK(find_unit_clauses("开展课后服务。各学校要加强管理，县教育局定期督导。").empty());  // words, not assignments
  // Near misses: places in brackets are a scope; a bracket inside the sentence is its words.
  CHECK(find_unit_clauses("在全省推广试点经验。（北京市、上海市）").empty());
  CHECK(find_unit_clauses("会同有关部门（县财政局、县审计局）开展专项检查。").empty());
}

TEST_CASE("unit clauses: a lead marked by its own note in a list, a frequency that is no unit", "[units]") {
  // 责任单位 lists with the lead marked after its name, in each bracket offices use.
  for (std::string mark : {"（牵头）", "(牵头)", "〔牵头〕", "【牵头】", "（牵头单位）"}) {
    auto c = find_unit_clauses("整治人居环境。（责任单位：区农业农村局" + mark + "、区住建局；2024年10月底前完成）");
    REQUIRE(c.size() == 1);
    CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"区农业农村局"});
    CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区住建局"});
  }
  // A note that is no lead mark leaves the role alone.
  auto c = find_unit_clauses("（责任单位：区教育局（含所属学校）、区卫健委）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead).empty());
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区教育局", "区卫健委"});

  // A frequency after the units is a time, not one more unit.
  for (std::string when : {"每年11月底前", "每季度开展一次", "每半年报送一次进展", "定期通报"}) {
    c = find_unit_clauses("开展专项检查。（责任单位：区市场监管局、区发改局；" + when + "）");
    REQUIRE(c.size() == 1);
    CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区市场监管局", "区发改局"});
  }
}

TEST_CASE("unit clauses: 主责/协同 labels, a person's label, units set apart by spaces, 由X牵头 in running text",
          "[units]") {
  auto c = find_unit_clauses("开展整治。主责单位：县应急局；协同单位：县公安局、县交通局。责任领导：李明。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县应急局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县公安局", "县交通局"});  // not 李明

  c = find_unit_clauses("（主办单位：县公安局交警大队；协办单位：县交通运输局）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县公安局交警大队"});

  c = find_unit_clauses("责任部门：县消防救援大队（牵头） 县住建局　县商务局");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县消防救援大队"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县住建局", "县商务局"});
  // Verbs inside a label's list.
  c = find_unit_clauses("（责任单位：县发改局牵头，县财政局、县住建局配合）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县发改局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县财政局", "县住建局"});
  c = find_unit_clauses("（牵头单位：县发改局、县财政局按职责分工负责）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县发改局", "县财政局"});
  c = find_unit_clauses("（由县发改局负责，各乡镇配合落实）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"各乡镇"});
  // A label line joined to the one after it: the next label is read as itself.
  c = find_unit_clauses("责任单位：县政府办公室时间要求：每年1月31日前");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县政府办公室"});
  c = find_unit_clauses("配合单位：各县（市、区）人民政府完成时限：2024年12月31日");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"各县（市、区）人民政府"});
  // Units a reader ran together, split where the second begins at the same level.
  CHECK(split_unit_list("县农业农村局县财政局") == std::vector<std::string>{"县农业农村局", "县财政局"});
  CHECK(split_unit_list("市发改委市财政局、市税务局") == std::vector<std::string>{"市发改委", "市财政局", "市税务局"});
  CHECK(split_unit_list("市委办公室") == std::vector<std::string>{"市委办公室"});
  CHECK(split_unit_list("县委县政府") == std::vector<std::string>{"县委县政府"});
  // A name a line break split is not two units.
  CHECK(split_unit_list("区经济发 展局") == std::vector<std::string>{"区经济发 展局"});
}

TEST_CASE("unit lists: names run together split where a level word opens the next after an organ", "[units]") {
  // Must apply: a level word (市 县 区 镇 乡…) right after an organ's suffix opens a second name,
  // whatever the first one's level (or none).
  CHECK(split_unit_list("市海洋渔业局市农业农村局") == std::vector<std::string>{"市海洋渔业局", "市农业农村局"});
  CHECK(split_unit_list("县发改局县财政局") == std::vector<std::string>{"县发改局", "县财政局"});
  CHECK(split_unit_list("区住建局镇建设办") == std::vector<std::string>{"区住建局", "镇建设办"});
  CHECK(split_unit_list("县政务服务中心县代建中心") == std::vector<std::string>{"县政务服务中心", "县代建中心"});
  CHECK(split_unit_list("派出所县市场监管局、县教育局") ==
        std::vector<std::string>{"派出所", "县市场监管局", "县教育局"});
  CHECK(split_unit_list("市委组织部市人社局") == std::vector<std::string>{"市委组织部", "市人社局"});
  // Near misses: one name each. No level word between (派出所工商质监所); 市委 + 宣传部; a level
  // that opens a word, not a name (市场, 区域); a place's own 市 before the next level; a body
  // whose branches go by level (银行, 总局, 团) or a branch of the name before (区分局).
  CHECK(split_unit_list("派出所工商质监所") == std::vector<std::string>{"派出所工商质监所"});
  CHECK(split_unit_list("市委宣传部") == std::vector<std::string>{"市委宣传部"});
  CHECK(split_unit_list("市场监管局市场科") == std::vector<std::string>{"市场监管局市场科"});
  CHECK(split_unit_list("湖州市市场监管局") == std::vector<std::string>{"湖州市市场监管局"});
  CHECK(split_unit_list("中国人民银行县支行") == std::vector<std::string>{"中国人民银行县支行"});
  CHECK(split_unit_list("国家税务总局县税务局") == std::vector<std::string>{"国家税务总局县税务局"});
  CHECK(split_unit_list("共青团市委员会") == std::vector<std::string>{"共青团市委员会"});
  CHECK(split_unit_list("市公安局区分局") == std::vector<std::string>{"市公安局区分局"});
  CHECK(split_unit_list("县委县政府") == std::vector<std::string>{"县委县政府"});
  CHECK(split_unit_list("县农业局区域发展办") == std::vector<std::string>{"县农业局区域发展办"});
}

TEST_CASE("unit clauses: more roles and shapes", "[units]") {
  std::vector<UnitClause> c;

  c = find_unit_clauses("由县住建局牵头，县自然资源局、县城管局按职责分工配合，2024年12月底前完成。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县住建局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县自然资源局", "县城管局"});
  c = find_unit_clauses("（县城管局负责，县市场监管局协同）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县市场监管局"});
  // 牵头 that does not end its clause assigns nothing.
  CHECK(find_unit_clauses("建立由县农业农村局牵头的协调机制，定期会商。").empty());
  CHECK(find_unit_clauses("由一家牵头部门统一受理，配合部门分头办理。").empty());
}

TEST_CASE("split_unit_list: separators, names with 和, brackets, 等 and collectives", "[units]") {
  CHECK(split_unit_list("工业和信息化部、文化和旅游部及市科技和经信局") ==
        std::vector<std::string>{"工业和信息化部", "文化和旅游部", "市科技和经信局"});
  CHECK(split_unit_list("各县（市、区）人民政府，各镇（街道）") ==
        std::vector<std::string>{"各县（市、区）人民政府", "各镇（街道）"});
  CHECK(split_unit_list("市商务局等有关部门") == std::vector<std::string>{"市商务局"});
  CHECK(split_unit_list("市总工会等和各区人民政府") == std::vector<std::string>{"市总工会", "各区人民政府"});
  CHECK(split_unit_list("各区、县级市") == std::vector<std::string>{"各区、县级市"});
  CHECK(split_unit_list("国务院相关部门和单位") == std::vector<std::string>{"国务院相关部门和单位"});
  CHECK(split_unit_list("市委办和市政府办") == std::vector<std::string>{"市委办", "市政府办"});
  std::string date;
  CHECK(split_unit_list("区财政局,6月底完成", &date) == std::vector<std::string>{"区财政局"});
  CHECK(date == "6月底完成");
}

TEST_CASE("is_unit_line: a label line, not a sentence that mentions a label", "[units]") {
  CHECK(is_unit_line("责任单位：区发展和改革局"));
  CHECK(is_unit_line("（责任单位：市直各有关单位、各县（市、区）人民政府）"));
  CHECK_FALSE(is_unit_line("各责任单位要高度重视。"));
}

TEST_CASE("unit clauses: 分别/共同/联合牵头, the first-listed rule however worded, units every task involves", "[units]") {
  auto c = find_unit_clauses("推进文旅融合。（县文旅局、县商务局分别牵头）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县文旅局", "县商务局"});
  c = find_unit_clauses("推进文旅融合。（县文旅局、县商务局共同牵头，县财政局配合）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县文旅局", "县商务局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县财政局"});
  // Near miss: 分别负责 assigns without naming a lead.
  c = find_unit_clauses("推进文旅融合。（县文旅局、县商务局分别负责）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead).empty());

  for (std::string rule : {"列第一位者为牵头单位", "排在首位的为牵头单位", "排名第一的为牵头单位", "列第一位为牵头或汇总单位",
                           "第一个单位为牵头单位"}) {
    c = find_unit_clauses("（县交通局、县公安局负责，" + rule + "，下同）");
    REQUIRE(c.size() == 1);
    CHECK(c[0].first_listed_rule);
    resolve_roles(c[0], true);
    CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县交通局"});
  }
  // An exception before the rule names no unit.
  c = find_unit_clauses("（县交通局、县公安局负责。除注明“共同牵头”外，排在首位的为牵头单位，下同）");
  REQUIRE(c.size() == 1);
  CHECK(c[0].first_listed_rule);
  // Near miss: a rank after 牵头 is the task's words (城市首位度), not the rule.
  c = find_unit_clauses("（县发改局牵头提升首位度）");
  CHECK((c.empty() || !c[0].first_listed_rule));

  // Units said once for every task, this one included, and the closers that assign nothing.
  c = find_unit_clauses("（责任单位：县住建局、县城管局按职责分工负责。各项任务均涉及各乡镇人民政府，不再做分工，下同。）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县住建局", "县城管局", "各乡镇人民政府"});
  CHECK(c[0].inherited == std::vector<std::string>{"各乡镇人民政府"});
  c = find_unit_clauses("（县住建局负责。以下均由县城管局配合落实，不再一一列出）");
  REQUIRE(c.size() == 1);
  CHECK(c[0].inherited == std::vector<std::string>{"县城管局"});
}

TEST_CASE("unit clauses: under the first-listed rule the first unit after 责任单位： leads", "[units]") {
  auto c = find_unit_clauses("责任单位：县发改局、县住建局、县交通局（列第一位的为牵头单位，下同）");
  bool rule = false;
  for (const UnitClause& clause : c) rule = rule || clause.first_listed_rule;
  CHECK(rule);
  std::vector<std::string> leads, others;
  for (UnitClause& clause : c) {
    resolve_roles(clause, rule);
    for (const std::string& n : names(clause, UnitRole::Lead)) leads.push_back(n);
    for (const std::string& n : names(clause, UnitRole::Responsible)) others.push_back(n);
  }
  CHECK(leads == std::vector<std::string>{"县发改局"});
  CHECK(others == std::vector<std::string>{"县住建局", "县交通局"});
  // Near misses: a clause that names its lead keeps it; a 配合单位 list is not the list the rule speaks of.
  c = find_unit_clauses("（牵头单位：县财政局；责任单位：县发改局、县住建局）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], true);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县财政局"});
  c = find_unit_clauses("（配合单位：县发改局、县住建局）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], true);
  CHECK(names(c[0], UnitRole::Lead).empty());
  // Without the rule, a 责任单位 list has no lead.
  c = find_unit_clauses("（责任单位：县发改局、县住建局）");
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead).empty());
}

TEST_CASE("unit clauses: a verb with how units share it before and a complement after (分别牵头落实, 共同负责推进)", "[units]") {
  auto c = find_unit_clauses("公开项目进展。（市交通委、市水务局分别负责落实）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市交通委", "市水务局"});
  c = find_unit_clauses("公开项目进展。（市统计局牵头落实，市财政局配合实施）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市统计局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市财政局"});
  c = find_unit_clauses("公开项目进展。（市交通委、市水务局联合牵头推进）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市交通委", "市水务局"});
  // Near miss: words after the verb that are no complement leave the bracket unread.
  CHECK(find_unit_clauses("公开项目进展。（市交通委负责资金筹措）").empty());
}

TEST_CASE("states_first_listed_rule: a notice's or a note's sentence, not a sentence about leads", "[units]") {
  CHECK(states_first_listed_rule("请认真抓好落实。各项任务的责任单位中排在第一位的为牵头单位。"));
  CHECK(states_first_listed_rule("注：列第一位的责任单位是牵头单位，其余为配合单位。"));
  CHECK(states_first_listed_rule("責任單位中排在第一位的為牽頭單位。"));
  // Near misses: leads spoken of, no rule stated.
  CHECK_FALSE(states_first_listed_rule("各牵头单位要发挥统筹作用，排在第一位的任务要优先推进。"));
  CHECK_FALSE(states_first_listed_rule("牵头单位为县发改局，力争全省排名第一。"));
}

TEST_CASE("unit clauses: a label's plain list closed by the rule or 下同; a qualifier before a known label", "[units]") {
  auto c = find_unit_clauses("（责任单位：市水务局、市财政局，各区人民政府；排在第一位的为牵头单位，下同）");
  REQUIRE(c.size() == 1);
  CHECK(c[0].first_listed_rule);
  resolve_roles(c[0], true);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市水务局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市财政局", "各区人民政府"});
  c = find_unit_clauses("（责任部门：市水务局、市财政局，下同）");
  REQUIRE(c.size() == 1);
  CHECK_FALSE(c[0].first_listed_rule);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市水务局", "市财政局"});  // not 下同

  c = find_unit_clauses("（主要责任单位：市水务局；协同责任单位：市财政局）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市水务局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市财政局"});
  // Near miss: labels without a qualifier read as before.
  c = find_unit_clauses("（责任单位：市水务局；配合单位：市财政局）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市水务局", "市财政局"});
}

TEST_CASE("split_unit_list: bare levels share the organ of the level item after them", "[units]") {
  using names_t = std::vector<std::string>;
  CHECK(split_unit_list("各县（区）、乡（镇）党委") == names_t{"各县（区）党委", "各乡（镇）党委"});
  CHECK(split_unit_list("省、市、县三级住建部门") == names_t{"省住建部门", "市住建部门", "县住建部门"});
  CHECK(split_unit_list("区、街道两级政府") == names_t{"区政府", "街道政府"});
  // Near misses: a count that does not count the levels; a named unit last; a list going up;
  // a comma, not 、, between them; brackets that hold no levels.
  CHECK(split_unit_list("县、乡三级政府") == names_t{"乡三级政府"});
  CHECK(split_unit_list("各镇（街道）、县水务公司") == names_t{"各镇（街道）", "县水务公司"});
  CHECK(split_unit_list("各乡镇、县人民政府") == names_t{"各乡镇", "县人民政府"});
  CHECK(split_unit_list("各乡镇，县人民政府") == names_t{"各乡镇", "县人民政府"});
  CHECK(split_unit_list("县（高新区）、乡人民政府") == names_t{"县（高新区）", "乡人民政府"});
}

TEST_CASE("unit clauses: 牵头责任单位 leads; a 分工 label's verbs assign; the rule as a unit's note mid-list", "[units]") {
  auto c = find_unit_clauses("牵头责任单位：县教育局。");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县教育局"});
  // Near miss: the qualifier's place is before the label; 协同责任单位 stays a partner.
  c = find_unit_clauses("协同责任单位：县财政局、县人社局等。");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead).empty());
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县财政局", "县人社局"});

  c = find_unit_clauses("部门分工：省商务厅牵头，省外办、各地配合。");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"省商务厅"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"省外办", "各地"});
  // Near miss: a person's label names no unit, whatever follows it.
  CHECK(find_unit_clauses("分管领导：王某某").empty());

  c = find_unit_clauses("责任单位：区文旅局（排在首位的为牵头单位，下同）、区商务局、区交通局");
  REQUIRE(c.size() == 1);
  CHECK(c[0].first_listed_rule);
  resolve_roles(c[0], true);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"区文旅局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区商务局", "区交通局"});
  c = find_unit_clauses("（区文旅局（列第一位者为牵头单位）、区商务局负责）");
  REQUIRE(c.size() == 1);
  CHECK(c[0].first_listed_rule);
  resolve_roles(c[0], true);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"区文旅局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区商务局"});
  // Near miss: the rule closing the list still ends it, and a plain note after a unit is no rule.
  c = find_unit_clauses("责任单位：区文旅局、区商务局（排在首位的为牵头单位）");
  bool rule = false;
  std::vector<std::string> all;
  for (UnitClause& clause : c) {
    rule = rule || clause.first_listed_rule;
    resolve_roles(clause, true);
    for (const UnitMention& u : clause.units) all.push_back(u.name);
  }
  CHECK(rule);
  CHECK(all == std::vector<std::string>{"区文旅局", "区商务局"});
  c = find_unit_clauses("责任单位：区文旅局（含文物局）、区商务局");
  REQUIRE(c.size() == 1);
  CHECK_FALSE(c[0].first_listed_rule);
}

TEST_CASE("unit clauses: 以下 with the work named before 均需; 牵头 with 督导/组织 after it", "[units]") {
  auto c = find_unit_clauses("（市水利局牵头，市农业农村局参与。以下各项任务均需各县（区）人民政府落实，不再列出。）");
  REQUIRE(c.size() == 1);
  CHECK(c[0].inherited == std::vector<std::string>{"各县（区）人民政府"});
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市水利局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市农业农村局"});
  // Near miss: a sentence that only begins with 以下 and says nothing of who is no clause.
  CHECK(find_unit_clauses("（以下简称《办法》）").empty());

  c = find_unit_clauses("（市应急局、市消防救援支队牵头督导，市住建局、市交通局参与）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市应急局", "市消防救援支队"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市住建局", "市交通局"});
  c = find_unit_clauses("（市体育局牵头组织，各区配合）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市体育局"});
}

TEST_CASE("split_unit_list: 各县、市、区 with one organ is one tier, kept whole", "[units]") {
  using names_t = std::vector<std::string>;
  CHECK(split_unit_list("市财政局、各县、市、区人民政府") == names_t{"市财政局", "各县、市、区人民政府"});
  CHECK(split_unit_list("各县、市、区政府，市直各部门") == names_t{"各县、市、区政府", "市直各部门"});
  // Near misses: levels going down share the organ; another level going up or a unit of its own last share nothing.
  CHECK(split_unit_list("市、县两级人民政府") == names_t{"市人民政府", "县人民政府"});
  CHECK(split_unit_list("各乡镇、县人民政府") == names_t{"各乡镇", "县人民政府"});
  CHECK(split_unit_list("各县、市人社局") == names_t{"各县", "市人社局"});
}

TEST_CASE("unit clauses: the leader in charge named beside the units is no unit", "[units]") {
  auto c = find_unit_clauses("（分管副市长、协管副秘书长负责，市统计局牵头，市税务局、市财政局配合）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市统计局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市税务局", "市财政局"});
  CHECK(split_unit_list("县政府办公室、分管县领导") == std::vector<std::string>{"县政府办公室"});
  // Near misses: a unit whose name holds a title, and leaders of another kind, stay.
  c = find_unit_clauses("（市政务服务中心、市长热线办公室负责）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市政务服务中心", "市长热线办公室"});
  c = find_unit_clauses("（市水利局牵头，各级河长负责）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"各级河长"});
}

TEST_CASE("unit clauses: a heading that groups its tasks by their lead", "[units]") {
  CHECK(heading_lead_units("县文旅局牵头工作（5项）") == std::vector<std::string>{"县文旅局"});
  CHECK(heading_lead_units("区住建局、区城管局牵头的任务(共11项)") == std::vector<std::string>{"区住建局", "区城管局"});
  CHECK(heading_lead_units("镇农业服务中心牵头") == std::vector<std::string>{"镇农业服务中心"});
  // Near misses: the heading goes on after 牵头, the count is no count, the subject is no unit.
  CHECK(heading_lead_units("健全部门牵头工作机制").empty());
  CHECK(heading_lead_units("强化行业主管部门牵头抓总").empty());
  CHECK(heading_lead_units("县发改局牵头工作（见附表）").empty());
  CHECK(heading_lead_units("坚持党委统一领导、政府牵头").empty());
}

TEST_CASE("unit clauses: units set before an item's words by a colon", "[units]") {
  auto c = find_unit_clauses("2.镇财政所：负责筹措整治经费，9月底前拨付到位。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Assigned) == std::vector<std::string>{"镇财政所"});
  c = find_unit_clauses("街道综治办、司法所:牵头排查矛盾纠纷。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"街道综治办", "司法所"});
  c = find_unit_clauses("（三）各村（社区）：配合做好入户宣传。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"各村（社区）"});
  // Near misses: what stands before the colon is no unit, or no verb of charge follows it.
  CHECK(find_unit_clauses("1.工作目标：负责任地推进改造。").empty());
  CHECK(find_unit_clauses("2.镇卫生院：全年开展义诊12次。").empty());
  CHECK(find_unit_clauses("3.时间安排：负责人于6月底前上报。").empty());
}

TEST_CASE("unit clauses: an item whose words are only units' names", "[units]") {
  auto u = read_unit_title("（二）镇应急办及各社区");
  REQUIRE(u.size() == 2);
  CHECK(u[0].name == "镇应急办");
  CHECK(u[1].name == "各社区");
  CHECK(u[0].role == UnitRole::Assigned);
  // Near misses: a heading of words, a line of names without a number.
  CHECK(read_unit_title("（一）组织领导").empty());
  CHECK(read_unit_title("（三）加强镇村联动").empty());
  CHECK(read_unit_title("镇应急办").empty());
}

TEST_CASE("split_unit_list: 各 before the first of the levels that share an organ counts every level", "[units]") {
  using names_t = std::vector<std::string>;
  CHECK(split_unit_list("各市、县人民政府") == names_t{"各市人民政府", "各县人民政府"});
  CHECK(split_unit_list("省农业农村厅，各市、县（区）两级农业农村局") ==
        names_t{"省农业农村厅", "各市农业农村局", "各县（区）农业农村局"});
  // Near misses: without 各 the names stay bare; a unit of its own last, or a level going up, shares nothing.
  CHECK(split_unit_list("市、县人民政府") == names_t{"市人民政府", "县人民政府"});
  CHECK(split_unit_list("各县（区）、市人社局") == names_t{"各县（区）", "市人社局"});
  CHECK(split_unit_list("各乡镇、县人民政府") == names_t{"各乡镇", "县人民政府"});
}

TEST_CASE("unit clauses: 由X负责 in running text names the units that carry the work out", "[units]") {
  auto c = find_unit_clauses("农村公路养护资金由市、县人民政府负责，省交通运输厅加强督导。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Assigned) == std::vector<std::string>{"市人民政府", "县人民政府"});
  c = find_unit_clauses("由各市、县人民政府负责组织实施。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Assigned) == std::vector<std::string>{"各市人民政府", "各县人民政府"});
  CHECK(c[0].begin == c[0].end);  // the work follows 负责: the sentence stays whole
  c = find_unit_clauses("具体由县卫生健康局牵头负责。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县卫生健康局"});
  // Near misses: a mechanism described (由X负责的), 由于, a person, a list that is no office.
  CHECK(find_unit_clauses("建立由县政府负责的联席会议制度。").empty());
  CHECK(find_unit_clauses("由于县财政局负责资金拨付，进度较快。").empty());
  CHECK(find_unit_clauses("由专人负责台账登记。").empty());
  CHECK(find_unit_clauses("由县水利局负责人带队检查。").empty());
}

TEST_CASE("unit clauses: X负责，Y配合 written into a task's sentence; 负责 beside partners leads", "[units]") {
  auto c = find_unit_clauses("1.推行工程项目联合验收，区住建局负责，区自然资源局、区消防救援大队配合，9月底前完成。");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"区住建局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"区自然资源局", "区消防救援大队"});
  c = find_unit_clauses("开展全民健身赛事，县文体局牵头，县总工会、团县委参与。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县文体局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县总工会", "团县委"});
  // In brackets too, 负责 beside 配合 is the lead; under the first-listed rule the rule decides.
  c = find_unit_clauses("（市民政局、市财政局负责，各区配合）");
  REQUIRE(c.size() == 1);
  UnitClause ruled = c[0];
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市民政局", "市财政局"});
  resolve_roles(ruled, true);
  CHECK(names(ruled, UnitRole::Lead) == std::vector<std::string>{"市民政局"});
  // Near misses: one unit that 负责 without partners, a verb's object that ends like a unit, and
  // a sentence of the task's own words.
  CHECK(find_unit_clauses("组织政策宣讲，县委宣传部负责。").empty());
  CHECK(find_unit_clauses("加强督查考核，确保各部门配合。").empty());
  CHECK(find_unit_clauses("优化营商环境，鼓励社会资本参与。").empty());
}

TEST_CASE("stated_lead_default: a note on tasks that name no lead", "[units]") {
  CHECK(stated_lead_default("注：无牵头单位的，责任单位即为牵头单位。") == LeadDefault::AllListed);
  CHECK(stated_lead_default("未标明牵头单位的，所列单位均为牵头单位") == LeadDefault::AllListed);
  CHECK(stated_lead_default("未明确牵头单位的，第一个单位为牵头单位。") == LeadDefault::FirstListed);
  CHECK(stated_lead_default("只有一个责任单位的，即为牵头单位。") == LeadDefault::SoleListed);
  // As a note on 牵头单位 in the notice's sentence, in traditional characters too.
  CHECK(stated_lead_default("各责任单位要逐项研究，特别是牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要制订办理方案。") ==
        LeadDefault::AllListed);
  CHECK(stated_lead_default("特別是牽頭單位(無牽頭單位的,責任單位即為牽頭單位,下同)要統籌") == LeadDefault::AllListed);
  // Near misses: a duty of the leads, a lead named, a condition that is no missing lead.
  CHECK(stated_lead_default("各牵头单位要加强统筹，责任单位要密切配合。") == LeadDefault::None);
  CHECK(stated_lead_default("县发改局为牵头单位。") == LeadDefault::None);
  CHECK(stated_lead_default("涉及多个部门的，县政府办为牵头单位。") == LeadDefault::None);
}

TEST_CASE("unit clauses: a bracket after the last unit of a list is that unit's note, no clause", "[units]") {
  auto c = find_unit_clauses("责任单位：市应急管理局、市消防救援支队等，各县（市、区）政府（管委会）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) ==
        std::vector<std::string>{"市应急管理局", "市消防救援支队", "各县（市、区）政府（管委会）"});
  // Near miss: a bracket of offices after the task's own words is still its units.
  c = find_unit_clauses("2.整治背街小巷。完成整治120条（市城管局、市住建局）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Assigned) == std::vector<std::string>{"市城管局", "市住建局"});
}

TEST_CASE("unit clauses: a note after a unit that names the lead's role in other words marks the lead", "[units]") {
  // Offices write the lead's note as 总牵头, 牵头抓总, 主责, 负总责, 为牵头部门 as well as 牵头.
  for (std::string mark : {"（总牵头）", "（牵头抓总）", "（主责）", "（负总责）", "（为牵头部门）", "(牵头负责)"}) {
    auto c = find_unit_clauses("推进河湖清四乱。责任单位：县水利局" + mark + "、县自然资源局，各乡镇人民政府");
    REQUIRE(c.size() == 1);
    CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县水利局"});
    CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县自然资源局", "各乡镇人民政府"});
  }
  // The noted unit set apart from the rest by ，: its note is still no part of its name.
  auto c = find_unit_clauses("推进河湖清四乱。责任单位：县水利局（负总责），县农业农村局");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县水利局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县农业农村局"});
  // Near misses: a note of what the unit covers, or of a role that is not the lead's, keeps the role.
  for (std::string note : {"（含县文物中心）", "（配合）"}) {
    c = find_unit_clauses("推进文物保护。责任单位：县文旅局" + note + "，县财政局");
    REQUIRE(c.size() == 1);
    CHECK(names(c[0], UnitRole::Lead).empty());
  }
}

TEST_CASE("unit clauses: a label's list ends at its full stop when the task's words go on after it", "[units]") {
  // A task written heading, units, then its measures in one paragraph (or a label line joined to the next).
  auto c = find_unit_clauses("推进污水管网建设。责任单位：县水利局、县住建局。6月底前完成方案，12月底前全面完成。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县水利局", "县住建局"});
  c = find_unit_clauses("推进老旧小区改造。牵头单位：县住建局；配合单位：县城管局、各社区。确保年底前完成改造任务。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县住建局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县城管局", "各社区"});
  c = find_unit_clauses("推进执法规范化。责任单位：县司法局牵头，县直各执法部门配合。每季度通报一次进展。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县司法局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县直各执法部门"});
  // Near miss: a sentence after the list that carries a unit to later tasks still belongs to the list.
  c = find_unit_clauses("责任单位：县商务局、县财政局。以下政策措施均需各乡镇人民政府落实，不再单独列出");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县商务局", "县财政局"});
  CHECK(c[0].inherited.size() == 1);
}

TEST_CASE("unit clauses: 参加 takes part as 参与 does (X牵头，Y、Z参加)", "[units]") {
  auto c = find_unit_clauses("开展联合执法。（市市场监管局牵头，市公安局、市商务局参加）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市市场监管局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市公安局", "市商务局"});
  c = find_unit_clauses("建立应急联动机制。由市应急局牵头，市公安局、市卫健委参加。");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市应急局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"市公安局", "市卫健委"});
  // Near miss: those who attend a training or a fair are the task's words, not its units.
  c = find_unit_clauses("开展业务培训。组织县直各单位参加业务培训，每季度一次。");
  CHECK(c.empty());
}

TEST_CASE("unit clauses: a unit set apart before those that take part is the one they work with: the lead", "[units]") {
  // 责任单位：X，Y配合 — X has no verb of its own, Y only takes part.
  auto c = find_unit_clauses("整治农村河道。责任单位：县水利局，各乡镇配合");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县水利局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"各乡镇"});
  // 责任单位：X负责，Y、Z配合 under the label as outside it.
  c = find_unit_clauses("推进改厕。责任单位：县农业农村局负责，县卫健局、县财政局配合");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县农业农村局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县卫健局", "县财政局"});
  // In a bracket too.
  c = find_unit_clauses("开展联合执法。（市市场监管局，市公安局、市商务局配合）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"市市场监管局"});
  // Near misses: a lead named stays the only lead; a 配合单位 label's list leads nothing; a list
  // without a verb of taking part leads nothing.
  c = find_unit_clauses("推进改厕。责任单位：县农业农村局牵头，县卫健局，县财政局配合");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县农业农村局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县卫健局", "县财政局"});
  c = find_unit_clauses("推进改厕。牵头单位：县农业农村局；配合单位：县卫健局，县财政局协助");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县农业农村局"});
  c = find_unit_clauses("整治农村河道。责任单位：县水利局，各乡镇");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Lead).empty());
}

TEST_CASE("unit clauses: a time that names no date (全年, 常态化推进) ends the list like a date", "[units]") {
  auto c = find_unit_clauses("推进常态化巡查。（县城管局负责，全年）");
  REQUIRE(c.size() == 1);
  resolve_roles(c[0], false);
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"县城管局"});
  c = find_unit_clauses("开展安全检查。（县应急局牵头，各乡镇配合，常态化推进）");
  REQUIRE(c.size() == 1);
  CHECK(names(c[0], UnitRole::Lead) == std::vector<std::string>{"县应急局"});
  CHECK(names(c[0], UnitRole::Responsible) == std::vector<std::string>{"各乡镇"});
}
