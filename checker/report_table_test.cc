#include "report_table.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

SourceTable table_of(const std::vector<std::vector<std::string>>& rows) {
  SourceTable table;
  for (const auto& texts : rows) {
    std::vector<SourceCell> row;
    int column = 1;
    for (const std::string& text : texts) row.push_back({text, column++, 1, false});
    table.rows.push_back(row);
  }
  return table;
}

}  // namespace

TEST_CASE("report_table: header cells name their columns, synonyms and spaced headers included", "[report_table]") {
  CHECK(task_column_role("序号") == TaskColumn::Number);
  CHECK(task_column_role("重点任务") == TaskColumn::Task);
  CHECK(task_column_role("工作任务") == TaskColumn::Task);
  CHECK(task_column_role("主 要 内 容") == TaskColumn::Task);
  CHECK(task_column_role("牵头单位") == TaskColumn::Lead);
  CHECK(task_column_role("责任单位") == TaskColumn::Responsible);
  CHECK(task_column_role("承办部门") == TaskColumn::Responsible);
  CHECK(task_column_role("牵　头　部　门：") == TaskColumn::Lead);
  CHECK(task_column_role("进展情况") == TaskColumn::Progress);
  CHECK(task_column_role("工作推进情况") == TaskColumn::Progress);
  CHECK(task_column_role("完成情况") == TaskColumn::Status);
  CHECK(task_column_role("完成时限") == TaskColumn::Deadline);
  CHECK(task_column_role("存在问题") == TaskColumn::Problems);
  CHECK(task_column_role("经费来源") == TaskColumn::Budget);
  CHECK(task_column_role("资金来源") == TaskColumn::Budget);
  CHECK(task_column_role("佐证材料") == TaskColumn::Evidence);
  CHECK(task_column_role("备注") == TaskColumn::None);
}

TEST_CASE("report_table: a task table's header is found, a table of figures is not one", "[report_table]") {
  TaskTableHeader header =
      find_task_header(table_of({{"区教体中心任务台账", "", ""}, {"序号", "任务", "进展情况"}, {"1", "x", "y"}}));
  CHECK(header.header_row == 1);
  CHECK(header.column_of(TaskColumn::Number) == 1);
  CHECK(header.column_of(TaskColumn::Progress) == 3);
  CHECK(header.names[2] == "进展情况");
  // Names tasks, but no progress or status column: not a task table.
  CHECK(find_task_header(table_of({{"序号", "任务", "牵头单位"}, {"1", "x", "y"}})).header_row == -1);
  CHECK(find_task_header(table_of({{"指标", "数值"}, {"培训", "560"}})).header_row == -1);
}

TEST_CASE("report_table: status wording maps to the schema's statuses", "[report_table]") {
  CHECK(status_from_wording("已完成", false) == "done");
  CHECK(status_from_wording("完成", false) == "done");
  CHECK(status_from_wording("基本完成", true) == "in-progress");
  CHECK(status_from_wording("正在推进", true) == "in-progress");
  CHECK(status_from_wording("推进中", true) == "in-progress");
  CHECK(status_from_wording("进行中", true) == "in-progress");
  CHECK(status_from_wording("未开展", false) == "not-started");
  CHECK(status_from_wording("尚未启动", false) == "not-started");
  CHECK(status_from_wording("受阻", true) == "blocked");
  CHECK(status_from_wording("暂停实施", true) == "blocked");
  // 未完成 is not 完成: with progress written beside it, the work is under way.
  CHECK(status_from_wording("未完成", false) == "not-started");
  CHECK(status_from_wording("未完成", true) == "in-progress");
  // A share done is work under way; 100 % is done.
  CHECK(status_from_wording("已完成80%", true) == "in-progress");
  CHECK(status_from_wording("已完成年度目标的85％", true) == "in-progress");
  CHECK(status_from_wording("完成率100%", true) == "done");
  CHECK(status_from_wording("已完成，群众满意率95%", true) == "done");  // the share is of something else
  // Behind, started, suspended, met.
  CHECK(status_from_wording("进度滞后", true) == "in-progress");
  CHECK(status_from_wording("已开工", true) == "in-progress");
  CHECK(status_from_wording("暂缓实施", true) == "blocked");
  CHECK(status_from_wording("已达标", true) == "done");
  // A step done is not the task done.
  CHECK(status_from_wording("已完成前期工作", true) == "in-progress");
  CHECK(status_from_wording("已完成阶段性目标", true) == "in-progress");
  CHECK(status_from_wording("初步建成", true) == "in-progress");
  // Check marks of every font.
  CHECK(status_from_wording("✔", true) == "done");
  CHECK(status_from_wording("☑", false) == "done");
  CHECK(status_from_wording("✘", true) == "in-progress");
  CHECK(status_from_wording("见附件", true).empty());
  CHECK(status_from_wording("", true).empty());
}

TEST_CASE("report_table: a budget cell says whether and where the work is funded", "[report_table]") {
  auto budget = budget_from_cell("区级财政预算2万元");
  REQUIRE(budget);
  CHECK(budget->included);
  CHECK(budget->source == "区级财政预算");
  CHECK(budget->amount == "20000");
  budget = budget_from_cell("已列入区级财政预算");
  REQUIRE(budget);
  CHECK(budget->source == "区级财政预算");
  CHECK(budget->amount.empty());
  budget = budget_from_cell("未列入预算");
  REQUIRE(budget);
  CHECK_FALSE(budget->included);
  CHECK_FALSE(budget_from_cell("  "));
  // Money from outside any budget: the source is kept, the work is not in a budget.
  budget = budget_from_cell("单位自筹5万元");
  REQUIRE(budget);
  CHECK_FALSE(budget->included);
  CHECK(budget->source == "单位自筹");
  CHECK_FALSE(budget_from_cell("社会资本投入")->included);
  CHECK(budget_from_cell("专项资金")->included);
  CHECK(budget_from_cell("财政预算资金与社会资本共同投入")->included);
  // In running text, only wording that puts it in a budget.
  budget = budget_from_wording("所需经费3.5万元已列入区级财政预算，专款专用。");
  REQUIRE(budget);
  CHECK(budget->source == "区级财政预算");
  CHECK(budget->amount == "35000");
  CHECK_FALSE(budget_from_wording("该项经费未列入区级财政预算。"));
  CHECK_FALSE(budget_from_wording("组织培训3次。"));
}

TEST_CASE("report_table: numbers, units and titles", "[report_table]") {
  CHECK(task_number("1-1") == "1-1");  // a task of a decomposition table
  CHECK(task_number("第3项") == "3");
  CHECK(task_number("任务12") == "12");
  CHECK(task_number("第三条") == "3");
  CHECK(task_number("第") == "");
  CHECK(task_number("2－3") == "2-3");
  CHECK(task_number("3") == "3");
  CHECK(task_number(" ３、") == "3");
  CHECK(task_number("2.1") == "2.1");
  CHECK(task_number("十二") == "12");
  CHECK(task_number("").empty());
  CHECK(task_number("其他").empty());
  CHECK(split_units("区政工部、区文明办\n区教体中心") == std::vector<std::string>{"区政工部", "区文明办", "区教体中心"});
  CHECK(title_similarity("建设有影响力的教育实践基地", "建设有影响力的教育实践基地") == 1.0);
  CHECK(title_similarity("建设教育实践基地", "建设有影响力的教育实践基地") > 0.5);
  CHECK(title_similarity("其他工作", "建设有影响力的教育实践基地") < 0.3);
}

TEST_CASE("report_table: numbered headings and their levels", "[report_table]") {
  CHECK(numbered_heading_level("一、重点任务推进情况") == 1);
  CHECK(numbered_heading_level("（二）存在问题") == 2);
  CHECK(numbered_heading_level("3. 下步打算") == 3);
  CHECK(numbered_heading_level("第三部分 工作打算") == 1);
  CHECK(numbered_heading_level("一、召开会议3次，研究部署相关工作。") == 0);
  CHECK(numbered_heading_level("一是加强组织领导") == 0);
  // A figure on a line of its own is no item number.
  CHECK(numbered_heading_level("99.8%") == 0);
  CHECK(numbered_heading_level("12.5万元") == 0);
  CHECK(numbered_heading_level("12.落实经费保障") == 3);
}

TEST_CASE("report_table: a second header row under merged cells names its own columns", "[report_table]") {
  // 推进情况 spans two columns over 工作进展 | 存在问题; the other header cells run down.
  SourceTable table;
  table.rows.push_back({{"序号", 1, 1, false}, {"任务名称", 2, 1, false}, {"推进情况", 3, 2, false}, {"完成时限", 5, 1, false}});
  table.rows.push_back({{"序号", 1, 1, true}, {"任务名称", 2, 1, true}, {"工作进展", 3, 1, false},
                        {"存在问题", 4, 1, false}, {"完成时限", 5, 1, true}});
  table.rows.push_back({{"1", 1, 1, false}, {"整治人居环境", 2, 1, false}, {"完成改厕1200户", 3, 1, false},
                        {"无", 4, 1, false}, {"2024年10月底前", 5, 1, false}});
  TaskTableHeader header = find_task_header(table);
  CHECK(header.header_row == 1);  // data from the third row
  CHECK(header.column_of(TaskColumn::Progress) == 3);
  CHECK(header.column_of(TaskColumn::Problems) == 4);
  CHECK(header.column_of(TaskColumn::Deadline) == 5);
  CHECK(header.names[3] == "存在问题");

  // A first data row under a one-row header is no sub-header.
  SourceTable plain = table_of({{"序号", "任务名称", "进展情况"}, {"1", "整治人居环境", "完成改厕1200户"}});
  CHECK(find_task_header(plain).header_row == 0);
}

TEST_CASE("report_table: a 督查 table's headers — 重点工作, 工作目标, 具体措施 name the task; a yes/no column is no progress",
          "[report_table]") {
  CHECK(task_column_role("重点工作") == TaskColumn::Task);
  CHECK(task_column_role("工作目标") == TaskColumn::Task);
  CHECK(task_column_role("具体措施") == TaskColumn::Task);
  CHECK(task_column_role("民生实事项目") == TaskColumn::Task);
  CHECK(task_column_role("工作要点") == TaskColumn::Task);
  // Near misses: the progress and money of a project are not its title.
  CHECK(task_column_role("项目进展") == TaskColumn::Progress);
  CHECK(task_column_role("项目资金") == TaskColumn::Budget);
  CHECK(task_column_role("重点工作推进情况") == TaskColumn::Progress);
  CHECK(task_column_role("目标完成情况") == TaskColumn::Status);
  CHECK(task_column_role("1-9月完成情况") == TaskColumn::Status);
  // 是否…: only whether it is done is a status; whether it keeps to schedule is neither
  // the progress (进度) nor anything else the checker reads.
  CHECK(task_column_role("是否完成") == TaskColumn::Status);
  CHECK(task_column_role("是否办结") == TaskColumn::Status);
  CHECK(task_column_role("是否达到序时进度") == TaskColumn::None);
  CHECK(task_column_role("是否滞后") == TaskColumn::None);
  CHECK(task_column_role("责任领导") == TaskColumn::None);
  CHECK(task_column_role("备注") == TaskColumn::None);
}

TEST_CASE("report_table: completion planned is not completion; schedule and works words", "[report_table]") {
  // What is to be completed is under way, not done.
  CHECK(status_from_wording("设备已安装，预计12月底前完成调试", true) == "in-progress");
  CHECK(status_from_wording("计划于11月底前全部完成", true) == "in-progress");
  CHECK(status_from_wording("确保按期完成年度任务", true) == "in-progress");
  CHECK(status_from_wording("10月底前完成验收", true) == "in-progress");
  // Near misses: done by a date, or done and more planned.
  CHECK(status_from_wording("已于9月底前完成验收", true) == "done");
  CHECK(status_from_wording("按要求完成整改", true) == "done");
  CHECK(status_from_wording("5个口袋公园已全部建成，计划明年再建3个", true) == "done");
  // Works finished or in use are done; works under way or on schedule are in progress.
  CHECK(status_from_wording("项目已完工", true) == "done");
  CHECK(status_from_wording("已竣工并投入使用", true) == "done");
  CHECK(status_from_wording("按序时推进", true) == "in-progress");
  CHECK(status_from_wording("达到序时进度", true) == "in-progress");
  CHECK(status_from_wording("推进缓慢", true) == "in-progress");
  CHECK(status_from_wording("12个小区已全部开工，其中8个已完工", true) == "in-progress");
  CHECK(status_from_wording("项目尚未开工", false) == "not-started");
  CHECK(status_from_wording("未开工", true) == "not-started");
}

TEST_CASE("report_table: a deadline typed with dots or slashes reads as a date", "[report_table]") {
  CHECK(deadline_wording("2024.11.30") == "2024-11-30");
  CHECK(deadline_wording("2024/11/30") == "2024-11-30");
  CHECK(deadline_wording(" 2024.11 ") == "2024年11月");
  CHECK(deadline_wording("2024.11底前") == "2024年11月底前");
  CHECK(deadline_wording("2024.11.30前") == "2024年11月30日前");
  CHECK(deadline_wording("11.30") == "11月30日");
  // Near misses: Chinese wording, ISO, a decimal that is no month, a sentence.
  CHECK(deadline_wording("2024年11月底前") == "2024年11月底前");
  CHECK(deadline_wording("2024-11-30") == "2024-11-30");
  CHECK(deadline_wording("13.5") == "13.5");
  CHECK(deadline_wording("2024.11.30完成验收") == "2024.11.30完成验收");
  CHECK(deadline_wording("长期坚持") == "长期坚持");
}

TEST_CASE("report_table: a rectification's and a 调度 report's status words", "[report_table]") {
  // 整改 tables (审计, 督察): 已整改 / 整改到位 done, 持续整改 / 部分整改 under way, 未整改 not begun.
  CHECK(status_from_wording("已整改", false) == "done");
  CHECK(status_from_wording("已整改到位", true) == "done");
  CHECK(status_from_wording("持续整改", true) == "in-progress");
  CHECK(status_from_wording("部分整改", true) == "in-progress");
  CHECK(status_from_wording("基本整改到位", true) == "in-progress");
  CHECK(status_from_wording("未整改", false) == "not-started");
  // Near miss: not yet rectified with work written beside it is under way, as 未完成 is.
  CHECK(status_from_wording("未整改到位，已制定整改方案", true) == "in-progress");
  // The pace a 调度 report gives a task: under way, fast or slow.
  CHECK(status_from_wording("进展较快", true) == "in-progress");
  CHECK(status_from_wording("进度偏慢", true) == "in-progress");
  CHECK(status_from_wording("提前完成", true) == "done");
  CHECK(status_from_wording("超额完成年度目标", true) == "done");
}

TEST_CASE("report_table: works finished with an adverb between (已全部完工) are done; nearly finished is not", "[report_table]") {
  CHECK(status_from_wording("3座水库除险加固已全部完工，通过蓄水验收。", true) == "done");
  CHECK(status_from_wording("主体工程竣工", true) == "done");
  CHECK(status_from_wording("主体已基本完工", true) == "in-progress");
  CHECK(status_from_wording("计划年底前竣工", true) == "in-progress");
}

TEST_CASE("report_table: the date a progress says the whole task will be done by", "[report_table]") {
  CHECK(planned_deadline("剩余350户正在施工，预计11月底前全部完成。") == "11月底前");
  CHECK(planned_deadline("计划于2024年12月底前完成年度任务") == "2024年12月底前");
  CHECK(planned_deadline("确保10月底前建成") == "10月底前");
  // Near misses: a step's date, a date of what was done, a date with no plan, a date in passing.
  CHECK(planned_deadline("预计10月底前完成招标") == "");
  CHECK(planned_deadline("已于9月底前完成验收") == "");
  CHECK(planned_deadline("11月底前完成") == "");
  CHECK(planned_deadline("截至9月底，已完成改造8个") == "");
  CHECK(planned_deadline("预计11月底前基本完成") == "");
}

TEST_CASE("report_table: the offices a department's table names (责任处室, 主办单位); a next-step column is no task",
          "[report_table]") {
  CHECK(task_column_role("责任处室") == TaskColumn::Responsible);
  CHECK(task_column_role("责任科室") == TaskColumn::Responsible);
  CHECK(task_column_role("主办单位") == TaskColumn::Responsible);
  CHECK(task_column_role("责任主体") == TaskColumn::Responsible);
  CHECK(task_column_role("协办单位") == TaskColumn::None);  // a co-unit is not who answers
  CHECK(task_column_role("下一步工作措施") == TaskColumn::None);
  CHECK(task_column_role("下步打算") == TaskColumn::None);
  CHECK(task_column_role("工作措施") == TaskColumn::Task);  // near miss: the measures themselves
  // A table with its task under 工作措施 and a next-step column after the progress: the task is the first.
  TaskTableHeader header = find_task_header(
      table_of({{"序号", "工作措施", "责任处室", "完成进度", "下一步工作措施"}, {"1", "x", "y", "z", "w"}}));
  CHECK(header.column_of(TaskColumn::Task) == 2);
  CHECK(header.column_of(TaskColumn::Responsible) == 3);
  CHECK(header.column_of(TaskColumn::Progress) == 4);
  CHECK(header.roles[4] == TaskColumn::None);
}

TEST_CASE("report_table: a share under 100 % of the year's task, in a clause after the work done, is under way",
          "[report_table]") {
  CHECK(status_from_wording("完成农村公路提质改造1200公里，占年度任务的60%。", true) == "in-progress");
  CHECK(status_from_wording("新建泊位600个，为全年目标的75％", true) == "in-progress");
  // Near misses: a share of something else, the whole task, or more than it.
  CHECK(status_from_wording("已完成改造，群众满意率95%", true) == "done");
  CHECK(status_from_wording("完成改造2000公里，占年度任务的100%", true) == "done");
  CHECK(status_from_wording("完成改造2200公里，为年度目标的110%", true) == "done");
}

TEST_CASE("report_table: a 督查 report's judgement — 完成情况不够理想 is behind, 完成情况 alone no completion", "[report_table]") {
  CHECK(status_from_wording("受资金短缺影响，完成情况不够理想", true) == "in-progress");
  CHECK(status_from_wording("欠进度", true) == "in-progress");
  CHECK(status_from_wording("建成投用10条市政道路", true) == "done");
  // Near misses: 完成情况 with no word of state says nothing; a completion beside it still counts.
  CHECK(status_from_wording("完成情况良好", true) == "");
  CHECK(status_from_wording("完成情况：已全部完成", true) == "done");
}

TEST_CASE("report_table: a column of people (牵头领导, 责任人) is no unit column", "[report_table]") {
  CHECK(task_column_role("牵头领导") == TaskColumn::None);
  CHECK(task_column_role("责任领导") == TaskColumn::None);
  CHECK(task_column_role("责任人") == TaskColumn::None);
  CHECK(task_column_role("牵头单位负责人") == TaskColumn::None);
  // Near misses: the units themselves.
  CHECK(task_column_role("牵头单位") == TaskColumn::Lead);
  CHECK(task_column_role("牵头部门") == TaskColumn::Lead);
  CHECK(task_column_role("责任单位") == TaskColumn::Responsible);
  // 牵头领导 before 牵头单位: the unit column is the lead.
  TaskTableHeader header =
      find_task_header(table_of({{"序号", "重点任务", "牵头领导", "牵头单位", "进展情况"}, {"1", "x", "李四", "县住建局", "y"}}));
  CHECK(header.column_of(TaskColumn::Lead) == 4);
}

TEST_CASE("report_table: a header set in traditional characters names its columns as the simplified one does",
          "[report_table]") {
  CHECK(task_column_role("序號") == TaskColumn::Number);
  CHECK(task_column_role("責任單位") == TaskColumn::Responsible);
  CHECK(task_column_role("省重點民生實事項目名稱") == TaskColumn::Task);
  CHECK(task_column_role("1- 8月實際完成情況") == TaskColumn::Status);
  CHECK(task_column_role("進展情況") == TaskColumn::Progress);
  // Near miss: a traditional header that names nothing the table reads stays none.
  CHECK(task_column_role("聯繫電話") == TaskColumn::None);
  CHECK(task_column_role("備註") == TaskColumn::None);
}

TEST_CASE("report_table: a completion-rate column is the share done; a satisfaction rate is not one", "[report_table]") {
  CHECK(task_column_role("1-8月实际完成率%") == TaskColumn::Rate);
  CHECK(task_column_role("完成比例(%)") == TaskColumn::Rate);
  CHECK(task_column_role("满意率") == TaskColumn::None);
  CHECK(task_column_role("增长率") == TaskColumn::None);
  // A table of a project and its rate is a task table; one of a project and its 满意率 is not.
  CHECK(find_task_header(table_of({{"序号", "项目名称", "完成率"}, {"1", "x", "54%"}})).header_row == 0);
  CHECK(find_task_header(table_of({{"序号", "项目名称", "满意率"}, {"1", "x", "95%"}})).header_row == -1);
}

TEST_CASE("report_table: a cell that is only a share says how much is done; a share of something else says nothing",
          "[report_table]") {
  CHECK(status_from_wording("54%", false) == "in-progress");
  CHECK(status_from_wording("99.5％", false) == "in-progress");
  CHECK(status_from_wording("100%", false) == "done");
  CHECK(status_from_wording("119%", false) == "done");
  // Near misses: a rate of growth or of satisfaction, a share with words around it.
  CHECK(status_from_wording("增长5%", false).empty());
  CHECK(status_from_wording("满意率95%", false).empty());
  CHECK(status_from_wording("5%以上", false).empty());
}

TEST_CASE("report_table: a short doing that ends in 中 is under way; 其中 and 初中 are no doing", "[report_table]") {
  CHECK(status_from_wording("设备购进中", false) == "in-progress");
  CHECK(status_from_wording("招标中", false) == "in-progress");
  CHECK(status_from_wording("施工图设计审查中。", false) == "in-progress");
  CHECK(status_from_wording("设備購進中", false) == "in-progress");  // traditional, as a mirror page has it
  CHECK(status_from_wording("推進緩慢", true) == "in-progress");
  // Near misses: a part, a school, a long sentence that merely ends in 中.
  CHECK(status_from_wording("其中", false).empty());
  CHECK(status_from_wording("新建初中", false).empty());
  CHECK(status_from_wording("城区", false).empty());
}

TEST_CASE("report_table: one column for the progress and its problems is the progress, as named first", "[report_table]") {
  CHECK(task_column_role("进展情况、存在问题及下一步打算") == TaskColumn::Progress);
  CHECK(task_column_role("工作进展及存在困难") == TaskColumn::Progress);
  // Near misses: the problems named first, or alone, stay the problems.
  CHECK(task_column_role("存在问题及下步措施") == TaskColumn::Problems);
  CHECK(task_column_role("存在问题") == TaskColumn::Problems);
}

TEST_CASE("report_table: a table of figures: 指标名称 names the task, a header with its measure a figure", "[report_table]") {
  CHECK(task_column_role("指标名称") == TaskColumn::Task);
  CHECK(task_column_role("全年任务目标(个)") == TaskColumn::None);
  CHECK(task_column_role("目标任务（人）") == TaskColumn::None);
  CHECK(task_column_role("实际完成(个)") == TaskColumn::Status);
  CHECK(task_column_role("累计完成") == TaskColumn::Status);
  TaskTableHeader header = find_task_header(table_of({{"指标名称", "全年任务目标(个)", "实际完成(个)", "完成进度"},
                                                      {"开工建设城镇老旧小区", "15", "15", "100%"}}));
  CHECK(header.column_of(TaskColumn::Task) == 1);
  // Near misses: words in brackets are no measure; a task header keeps its role.
  CHECK(task_column_role("工作任务（含子任务）") == TaskColumn::Task);
  CHECK(task_column_role("重点任务") == TaskColumn::Task);
}

TEST_CASE("report_table: the pace a 督查 form reports — 顺利推进, 进展顺利 — is in progress", "[report_table]") {
  CHECK(status_from_wording("顺利推进", false) == "in-progress");
  CHECK(status_from_wording("进展顺利", false) == "in-progress");
  // Near miss: 顺利完成 is done, 顺利 alone says nothing.
  CHECK(status_from_wording("已顺利完成", false) == "done");
  CHECK(status_from_wording("顺利", false).empty());
}

TEST_CASE("report_table: a schedule column (进度安排) is the task's dated steps, due by the last; a short 推进 is under way",
          "[report_table]") {
  CHECK(task_column_role("进度安排") == TaskColumn::Deadline);
  CHECK(task_column_role("时间安排") == TaskColumn::Deadline);
  CHECK(task_column_role("工作进度计划") == TaskColumn::Deadline);
  CHECK(task_column_role("节点要求") == TaskColumn::Deadline);
  // Near misses: what was done stays the progress, whatever names the plan beside it.
  CHECK(task_column_role("工作进度") == TaskColumn::Progress);
  CHECK(task_column_role("进展情况（对照进度安排）") == TaskColumn::Progress);
  CHECK(task_column_role("工作计划") != TaskColumn::Deadline);

  CHECK(deadline_wording("①4月中旬前，完成选址。②8月底前，完成布展。③11月底前，建成开放。") == "11月底前");
  CHECK(deadline_wording("一季度末前完成招标；2024年9月30日前竣工验收") == "2024年9月30日前");
  // Near misses: one date is the cell's own wording, as before; a schedule with no date says nothing.
  CHECK(deadline_wording("2023年11月底前") == "2023年11月底前");
  CHECK(deadline_wording("按月推进，年底完成") == "按月推进，年底完成");

  CHECK(status_from_wording("达序推进", false) == "in-progress");
  CHECK(status_from_wording("加快推进", false) == "in-progress");
  CHECK(status_from_wording("未推进", false) == "not-started");
  // Near miss: 推进 ending a long sentence of progress is no judgement of pace.
  CHECK(status_from_wording("已完成选址和设计招标，下一步将按计划继续有序地推进", false) != "in-progress");
}
