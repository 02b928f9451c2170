#include "conflicts.h"
#include "metrics.h"
#include "quantities.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace plancheck;

namespace {

// The conflicts of a scope of `texts`, each as "later ← earlier" figure texts.
std::vector<std::string> conflicts_in(const std::vector<std::string>& texts, size_t min_chars = 6) {
  std::vector<std::vector<Quantity>> figures;
  for (const std::string& text : texts) figures.push_back(find_quantities(text));
  std::vector<const std::vector<Quantity>*> scope;
  for (const auto& f : figures) scope.push_back(&f);
  std::vector<std::string> out;
  for (const FigureConflict& c : find_conflicting_figures(scope, min_chars, [](uint64_t) { return true; }))
    out.push_back(figures[c.text][c.figure].text + " ← " + figures[c.earlier_text][c.earlier_figure].text);
  return out;
}

}  // namespace

TEST_CASE("seed 002's contradiction: one subject, one measure word, two values", "[conflicts]") {
  CHECK(conflicts_in({"涌现出自治区级民族团结进步示范单位4个。", "截至目前，自治区级民族团结进步示范单位14个。"}) ==
        std::vector<std::string>{"14个 ← 4个"});
}

TEST_CASE("near misses: other subject, other measure word, agreeing qualifiers, masked figures", "[conflicts]") {
  CHECK(conflicts_in({"相关报道6200余篇，稿件2260余篇。"}).empty());            // same measure word, other subject
  CHECK(conflicts_in({"示范单位建设4个，示范单位建设4处。"}).empty());            // other measure word
  CHECK(conflicts_in({"培训人员超过27万人次，培训人员28万人次。"}).empty());     // 超过27万 allows 28万
  CHECK(conflicts_in({"编印宣传折页*份，编印宣传折页5000份。"}).empty());         // a placeholder states nothing
  CHECK(conflicts_in({"开展活动3场，开展活动5场。"}) == std::vector<std::string>{"5场 ← 3场"});  // short but equal
}

TEST_CASE("a subject and its ending name one thing when the ending is long enough", "[conflicts]") {
  // 民族团结进步示范单位 (10 characters) ends 自治区级民族团结进步示范单位: one thing, either way round.
  CHECK(conflicts_in({"自治区级民族团结进步示范单位4个，", "民族团结进步示范单位14个"}) ==
        std::vector<std::string>{"14个 ← 4个"});
  CHECK(conflicts_in({"民族团结进步示范单位14个，", "自治区级民族团结进步示范单位4个"}) ==
        std::vector<std::string>{"4个 ← 14个"});
  // 示范单位 (4 characters) is too short to stand for the longer subject.
  CHECK(conflicts_in({"自治区级民族团结进步示范单位4个，示范单位14个"}).empty());
  CHECK(conflicts_in({"自治区级民族团结进步示范单位4个，示范单位14个"}, 4) == std::vector<std::string>{"14个 ← 4个"});
}

TEST_CASE("each figure is reported once, against the earliest statement it contradicts", "[conflicts]") {
  CHECK(conflicts_in({"开展宣讲活动3场，开展宣讲活动3场，开展宣讲活动5场，开展宣讲活动7场。"}) ==
        std::vector<std::string>{"5场 ← 3场", "7场 ← 3场"});
}

TEST_CASE("the search stops when the budget says so", "[conflicts]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "第" + std::to_string(i) + "批民族团结进步示范单位" + std::to_string(i % 7) + "个，";
  std::vector<Quantity> figures = find_quantities(text);
  uint64_t charged = 0;
  int calls = 0;
  find_conflicting_figures({&figures}, 6, [&](uint64_t n) {
    charged += n;
    return ++calls < 3;
  });
  CHECK(calls == 3);
  CHECK(charged >= 3 * 4096);
}

TEST_CASE("last_characters counts characters, not bytes", "[conflicts]") {
  CHECK(last_characters("自治区级民族团结进步示范单位", 6) == "进步示范单位");
  CHECK(last_characters("单位", 6) == "单位");
  CHECK(last_characters("abc单位", 3) == "c单位");
}

TEST_CASE("a level held and a value changed name the metric without the verb", "[metrics]") {
  auto metrics = [](std::string_view text) {
    std::vector<std::string> out;
    for (const plancheck::Quantity& q : plancheck::find_quantities(text))
      out.push_back(q.metric + " " + plancheck::figure_role_name(static_cast<plancheck::FigureRole>(q.role)));
    return out;
  };
  CHECK(metrics("城镇调查失业率控制在5.2%，参保率稳定在96%以上。") ==
        std::vector<std::string>{"城镇调查失业率 level", "参保率 level"});
  CHECK(metrics("办件时长平均为3天。") == std::vector<std::string>{"办件时长 level"});
  // The value after a change is of the metric the value before it named; the change is no part of it.
  CHECK(metrics("开办时间由5个工作日压缩至1个工作日。") ==
        std::vector<std::string>{"开办时间 before", "开办时间 after"});
  CHECK(metrics("综合成本降低到8.6%。") == std::vector<std::string>{"综合成本 after"});
  // A change in another sentence does not lend its metric.
  CHECK(metrics("原有窗口12个。压缩到5个。") == std::vector<std::string>{"原有窗口 level", " after"});
  // A time that opens the subject is the sentence's time, not part of the metric.
  CHECK(metrics("1-9月份预计完成营业额26亿元，上半年完成投资8亿元，今年新增网点12个。") ==
        std::vector<std::string>{"营业额 planned", "投资 level", "新增网点 growth"});
}

TEST_CASE("one metric at two times named in the sentences is no conflict", "[conflicts][metrics]") {
  CHECK(conflicts_in({"截至6月底，累计发放补贴资金1800万元。", "截至9月底，累计发放补贴资金2300万元。"}).empty());
  CHECK(conflicts_in({"上半年新增市场主体5200户，前三季度新增市场主体7900户。"}).empty());
  // A holiday or a week is a period too; 今年 and 全年 are one.
  CHECK(conflicts_in({"全年实现旅游收入95亿元。国庆假期实现旅游收入12亿元。"}).empty());
  CHECK(conflicts_in({"本周排查安全隐患35处。上周排查安全隐患42处。"}).empty());
  CHECK(conflicts_in({"今年全县粮食总产量52万吨。", "全年实现粮食总产量25万吨。"}, 5) ==
        std::vector<std::string>{"25万吨 ← 52万吨"});
  // The same time, or none named on one side: the figures are compared.
  CHECK(conflicts_in({"截至9月底，累计发放补贴资金1800万元。", "截至9月底，累计发放补贴资金2300万元。"}) ==
        std::vector<std::string>{"2300万元 ← 1800万元"});
  CHECK(conflicts_in({"截至9月底，累计发放补贴资金1800万元。", "累计发放补贴资金2300万元。"}) ==
        std::vector<std::string>{"2300万元 ← 1800万元"});
}

TEST_CASE("a figure's metric, not the words before it: rules.md's cases", "[conflicts][metrics]") {
  // Growth of two metrics; one metric named with more or fewer words; counts in one phrase.
  CHECK(conflicts_in({"工业增加值85亿元，同比增长7%；固定资产投资120亿元，同比增长7.5%。"}).empty());
  CHECK(conflicts_in({"全县粮食总产量52万吨。", "实现粮食总产量25万吨。"}, 5) == std::vector<std::string>{"25万吨 ← 52万吨"});
  CHECK(conflicts_in({"搬迁126户398人。", "搬迁126户389人。"}) == std::vector<std::string>{"389人 ← 398人"});
  // Before/after, plan/actual, total/part, different places.
  CHECK(conflicts_in({"办电环节由原来的6个减少到2个。", "实现效益900万元，每年可实现效益4200万元。",
                      "举办191场发布活动，其中疫情发布会151场。", "大同市杏儿沟煤矿事故造成43人死亡，阳泉煤业集团公司三矿事故造成28人死亡。"})
            .empty());
}

TEST_CASE("shares of a plan, things counted first and numbered items name their own metric", "[conflicts][metrics]") {
  // A share of the plan (占年计划的…%) belongs to the figure it is a share of.
  CHECK(conflicts_in({"完成营业收入18亿元，占年计划的64%；完成税收2.1亿元，占年计划的58%。"}).empty());
  // Of a count added too (新增…人, 新建…公里), not only of a level.
  CHECK(conflicts_in({"新增城镇就业3100人，完成年度目标的104%。新建污水管网12公里，完成年度目标的96%。"}).empty());
  CHECK(conflicts_in({"完成营业收入18亿元，占年计划的64%。", "完成营业收入18亿元，占年计划的69%。"}) ==
        std::vector<std::string>{"69% ← 64%"});
  // 市级项目5个，总投资… / 县级项目11个，总投资…: each total is the total of what was counted.
  CHECK(conflicts_in({"新开工市级项目5个，总投资12亿元；新开工县级项目11个，总投资8.6亿元。"}).empty());
  // The items of a numbered list each report on their own subject.
  CHECK(conflicts_in({"（一）纺织服装。实现产值40亿元，同比增长9%。", "（二）装备制造。实现产值55亿元，同比增长13%。"})
            .empty());
  CHECK(conflicts_in({"实现产值40亿元。", "实现产值55亿元。"}) == std::vector<std::string>{"55亿元 ← 40亿元"});
  // A total stated before the items, and each item's part of it (a short metric, smaller).
  CHECK(conflicts_in({"反映问题30个，涉及金额2.4亿元。", "（一）收费方面。反映问题11个，涉及金额0.9亿元。",
                      "（二）补贴方面。反映问题19个，涉及金额1.5亿元。"})
            .empty());
  // Near misses: a long metric under an item, or a larger value, against the total is compared.
  CHECK(conflicts_in({"全区自治区级民族团结进步示范单位14个。", "1．示范创建。全区自治区级民族团结进步示范单位4个。"}) ==
        std::vector<std::string>{"4个 ← 14个"});
  CHECK(conflicts_in({"涉及金额2.4亿元。", "（一）收费方面。涉及金额3.1亿元。"}, 5) == std::vector<std::string>{"3.1亿元 ← 2.4亿元"});
}

TEST_CASE("a plan named after a figure is that figure's plan", "[conflicts][metrics]") {
  // 完成年计划…的…%: each output figure with the plan it is measured against.
  CHECK(conflicts_in({"全县粮食产量41万吨，完成年计划45万吨的91%；油料产量6万吨，完成年计划5.5万吨的109%。"}).empty());
  CHECK(conflicts_in({"蔬菜产量30万吨，完成年度目标32万吨的94%。", "蔬菜产量30万吨，完成年度目标35万吨的86%。"}) ==
        std::vector<std::string>{"35万吨 ← 32万吨"});
}

TEST_CASE("a time named in a sentence holds for the next sentences of its text", "[conflicts][metrics]") {
  CHECK(conflicts_in({"全年，接待游客860万人次。实现旅游总收入增长9.5%。上半年，实现旅游总收入增长6.2%。"}).empty());
  // Until another time is named; in another text it holds no more.
  CHECK(conflicts_in({"上半年，实现旅游总收入增长6.2%。实现旅游总收入增长9.5%。"}, 5) ==
        std::vector<std::string>{"9.5% ← 6.2%"});
  CHECK(conflicts_in({"全年，接待游客860万人次。", "实现旅游总收入增长9.5%。上半年，实现旅游总收入增长6.2%。"}, 5) ==
        std::vector<std::string>{"6.2% ← 9.5%"});
}

TEST_CASE("what was done with the things counted before it is of those things", "[conflicts][metrics]") {
  // 受理…件，办结…件: the handled of each kind, not one count of 办结.
  CHECK(conflicts_in({"全年受理投诉举报520件，办结508件。其中，投诉310件，办结302件；举报210件，办结206件。"}).empty());
  CHECK(conflicts_in({"全年受理投诉举报520件，办结508件。", "全年受理投诉举报520件，办结498件。"}) ==
        std::vector<std::string>{"498件 ← 508件"});
}

TEST_CASE("things counted in different states are different things", "[conflicts][metrics]") {
  // N个X已…，M个X已…: the sets of X in each state, not one count of X.
  CHECK(conflicts_in({"今年安排改造老旧小区12个，目前2个小区已交付使用，7个小区已进场施工，3个小区正在办理手续。"}).empty());
  CHECK(conflicts_in({"排查隐患点位40处，其中6处点位均已销号，9处点位尚未整改。"}).empty());
  CHECK(conflicts_in({"全市有5名干部被立案审查，另有3名干部被诫勉谈话。"}).empty());
  // Near misses: the same state given two values, and one count with no state said.
  CHECK(conflicts_in({"经验收，2个小区已交付使用。", "经验收，4个小区已交付使用。"}) == std::vector<std::string>{"4个 ← 2个"});
  CHECK(conflicts_in({"新建8个标准化村卫生室。", "新建10个标准化村卫生室。"}) == std::vector<std::string>{"10个 ← 8个"});
  // 正, 尚, 未 start a noun as well as a state.
  std::vector<Quantity> noun = find_quantities("发展12名正式党员，关爱30名未成年人。");
  describe_metrics("发展12名正式党员，关爱30名未成年人。", noun);
  REQUIRE(noun.size() == 2);
  CHECK(noun[0].counted == "正式党员");
  CHECK(noun[0].state.empty());
  CHECK(noun[1].counted == "未成年人");
}

TEST_CASE("a word for now names no metric, even alone before the figure", "[conflicts][metrics]") {
  CHECK(conflicts_in({"目前5个社区已建成服务站。", "截至目前，8个社区已建成服务站。"}) == std::vector<std::string>{"8个 ← 5个"});
  CHECK(conflicts_in({"当前12家企业已复工。", "至今，15家企业已复工。"}) == std::vector<std::string>{"15家 ← 12家"});
  // Near miss: a period word is a time of its own (一季度 / 上半年), not now.
  CHECK(conflicts_in({"一季度5个社区已建成服务站。", "上半年8个社区已建成服务站。"}).empty());
}

TEST_CASE("a list of targets after a colon is planned, not done", "[conflicts][metrics]") {
  // A work report: last year's results, then this year's targets in one list.
  CHECK(conflicts_in({"上年全县一般公共预算收入增长6.2%，外贸进出口总额增长9%。",
                      "今年全县发展的主要预期目标是：一般公共预算收入增长5%左右；外贸进出口总额增长8%以上。"})
            .empty());
  CHECK(conflicts_in({"本年度计划安排：新建停车泊位1200个，改造公厕40座。", "新建停车泊位860个，改造公厕40座。"}).empty());
  // Near misses: a lead reporting on targets opens no list, and one target given twice is
  // still two values.
  CHECK(conflicts_in({"新建停车泊位860个。", "年度目标完成情况：新建停车泊位900个。"}) ==
        std::vector<std::string>{"900个 ← 860个"});
  CHECK(conflicts_in({"工作目标：新建停车泊位1200个。", "工作目标：新建停车泊位1500个。"}) ==
        std::vector<std::string>{"1500个 ← 1200个"});
}

TEST_CASE("last year and this year are two times", "[conflicts][metrics]") {
  CHECK(conflicts_in({"过去一年，全镇城镇新增就业2100人。今年，全镇城镇新增就业2300人。"}).empty());
  CHECK(conflicts_in({"去年全镇城镇新增就业2100人。", "今年全镇城镇新增就业2300人。"}).empty());
  CHECK(conflicts_in({"今年全镇城镇新增就业2100人。", "今年全镇城镇新增就业2300人。"}) ==
        std::vector<std::string>{"2300人 ← 2100人"});
}

TEST_CASE("the parts a 其中 lists run clause after clause to the full stop", "[conflicts][metrics]") {
  CHECK(conflicts_in({"全年完成培训3200人次。其中，线上课程完成培训1900人次；线下课程完成培训1300人次。"}).empty());
  CHECK(conflicts_in({"全年完成投资9亿元。其中，工业项目12个，完成投资5亿元；服务业项目8个，完成投资4亿元。"}).empty());
  // Near miss: after the full stop the total is stated again, with another value.
  CHECK(conflicts_in({"全年完成培训3200人次。其中，线上课程完成培训1900人次。全年完成培训3500人次。"}) ==
        std::vector<std::string>{"3500人次 ← 3200人次"});
}

TEST_CASE("a numbered item that restates its task, then reports from a time on: the task's figures are targets",
          "[conflicts][metrics]") {
  // 1.<task with its figures>。上半年，<what was done>: the first sentence is what was asked.
  CHECK(conflicts_in({"2.新建社区养老服务站不少于6个，改造农贸市场4个。截至6月底，新建社区养老服务站5个，改造农贸市场4个。"})
            .empty());
  CHECK(conflicts_in({"（三）培训农村实用人才3000人次。1-6月，培训农村实用人才1850人次。"}).empty());
  // Near misses: without an item number, or when the next sentence opens with no time, or
  // when the first sentence itself reports (已), the figures are compared as before.
  CHECK(conflicts_in({"新建社区养老服务站6个。截至6月底，新建社区养老服务站5个。"}) ==
        std::vector<std::string>{"5个 ← 6个"});
  CHECK(conflicts_in({"2.新建社区养老服务站6个。另新建社区养老服务站5个。"}) == std::vector<std::string>{"5个 ← 6个"});
  CHECK(conflicts_in({"2.已新建社区养老服务站6个。截至6月底，新建社区养老服务站5个。"}) ==
        std::vector<std::string>{"5个 ← 6个"});
}

TEST_CASE("a share named alone is the share of the count right before it", "[conflicts][metrics]") {
  // 占 / 占比 with no whole of their own: of different counts, different shares.
  CHECK(conflicts_in({"群众来信中，反映土地问题的86件，占41.3%；反映社保问题的52件，占25%。"}).empty());
  CHECK(conflicts_in({"按期完成的整改事项37项，占比74%。逾期未完成的整改事项13项，占比26%。"}).empty());
  // Near miss: one count's share given twice with two values still conflicts.
  CHECK(conflicts_in({"按期完成的整改事项37项，占比74%。", "按期完成的整改事项37项，占比76%。"}) ==
        std::vector<std::string>{"76% ← 74%"});
}

TEST_CASE("a metric negated by the words before it names another thing", "[conflicts][metrics]") {
  CHECK(conflicts_in({"达到序时进度的重点项目28个；未达到序时进度的重点项目9个。"}).empty());
  CHECK(!metrics_name_one("未达到序时进度", "达到序时进度", 5));
  CHECK(!metrics_name_one("不合格的食品批次", "合格的食品批次", 5));
  // Near miss: words that narrow without negating still name one metric.
  CHECK(metrics_name_one("自治区级民族团结进步示范单位", "民族团结进步示范单位", 5));
}

TEST_CASE("figures of the things a sentence counted, done by them, are not the whole's", "[conflicts][metrics]") {
  // 36家规上企业实现营业收入…: the counted enterprises did it, a subset of the whole.
  CHECK(conflicts_in({"全区实现营业收入52亿元，同比增长8.2%；全区36家规上企业实现营业收入41亿元，同比增长11.5%。"})
            .empty());
  // Near misses: a figure restated under a count that does not do it still conflicts; so do
  // two figures of the same counted things.
  CHECK(conflicts_in({"举办培训班5期，培训人员300人次。", "培训人员350人次。"}) ==
        std::vector<std::string>{"350人次 ← 300人次"});
  CHECK(conflicts_in({"全区36家规上企业实现营业收入41亿元。", "全区36家规上企业实现营业收入43亿元。"}) ==
        std::vector<std::string>{"43亿元 ← 41亿元"});
}

TEST_CASE("a bound that names the things counted next is no value, and names their metric", "[conflicts][metrics]") {
  // 在20%以上的…92个 / 30%以上的…54个: counts of two sets of villages, not one count twice.
  CHECK(conflicts_in({"空心化率在20%以上的行政村92个，空心化率30%以上的行政村54个。"}).empty());
  // 达到100%的51个，80%以下的4个: bounds of one metric per sentence.
  CHECK(conflicts_in({"问题整改完成率达到100%的单位51个，80%以下的单位4个；线索处置完成率达到100%的单位201个，"
                      "80%以下的单位22个。"})
            .empty());
  // A bound is not a level of its metric: 开工率74.10% and 开工率高于80%的有7个省份.
  CHECK(conflicts_in({"全省开工率74.10%，开工率高于80%的有7个市。"}).empty());
  // 10亿元以上项目 is not 亿元以上项目.
  CHECK(!metrics_name_one("投资10亿元以上项目", "亿元以上项目", 5));
  // Near miss: one set of villages counted twice with two values still conflicts.
  CHECK(conflicts_in({"空心化率在20%以上的行政村92个。", "空心化率在20%以上的行政村95个。"}) ==
        std::vector<std::string>{"95个 ← 92个"});
}

TEST_CASE("figures of a target named after them in their clause are planned", "[conflicts][metrics]") {
  // 超额完成…下降4%、…减少6%的改善目标: the target's values, not what was reached.
  CHECK(conflicts_in({"重污染天数同比下降39%，超额完成重污染天数同比减少6%的改善目标。"}).empty());
  // Near miss: 目标 in another clause leaves the figure a level.
  CHECK(conflicts_in({"重污染天数同比下降39%，重污染天数同比减少6%，完成改善目标。"}) ==
        std::vector<std::string>{"6% ← 39%"});
}

TEST_CASE("places named in a clause or an earlier sentence hold for the figures after them", "[conflicts][metrics]") {
  // 长三角地区41个城市…78.6%: the count's places are the figure's.
  CHECK(conflicts_in({"京津冀地区28个城市平均优良天数比例为62.9%；长三角地区41个城市平均优良天数比例为78.6%。"}).empty());
  // A sentence that names no place goes on with the places of the sentence before it.
  CHECK(conflicts_in({"京津冀地区PM2.5平均浓度为70微克/立方米。发生重污染395天次。长三角地区PM2.5平均浓度为46微克/立方米。"
                      "发生重污染60天次。"})
            .empty());
  // Near miss: with no other place named, one metric given twice conflicts.
  CHECK(conflicts_in({"京津冀地区PM2.5平均浓度为70微克/立方米。发生重污染395天次。发生重污染360天次。"}) ==
        std::vector<std::string>{"360天次 ← 395天次"});
  // PM2.5 and PM10 are two metrics, 微克/立方米 one measure word.
  CHECK(conflicts_in({"PM2.5平均浓度为47微克/立方米；PM10平均浓度为66微克/立方米。"}).empty());
}

TEST_CASE("a period from the year's start is not its last month: 1-12月 / 12月, 前三季度 / 三季度", "[conflicts][metrics]") {
  CHECK(conflicts_in({"12月，全市发生生产安全事故23起。1-12月，全市发生生产安全事故301起。"}).empty());
  CHECK(conflicts_in({"三季度完成投资42亿元。前三季度完成投资118亿元。"}).empty());
  // Near misses: one period written two ways is one time (上半年 / 1-6月; 1至6月份 / 1-6月).
  CHECK(conflicts_in({"上半年完成投资85亿元。1-6月，完成投资88亿元。"}) == std::vector<std::string>{"88亿元 ← 85亿元"});
  CHECK(conflicts_in({"1至6月份完成投资85亿元。1-6月，完成投资88亿元。"}) == std::vector<std::string>{"88亿元 ← 85亿元"});
}

TEST_CASE("accidents and cases counted first (起, 例, 笔) are what the sentence's other figures are of", "[conflicts][metrics]") {
  // 发生较大事故1起，死亡3人: the deaths of that accident, not of all accidents.
  CHECK(conflicts_in({"全市发生各类事故610起、死亡358人。发生较大道路运输事故1起，死亡3人。"}).empty());
  // Near miss: the same accidents' deaths given twice still conflict.
  CHECK(conflicts_in({"全市发生各类事故610起、死亡358人。", "全市发生各类事故610起、死亡365人。"}) ==
        std::vector<std::string>{"365人 ← 358人"});
}

TEST_CASE("the parts a paragraph enumerates (一是…二是…) are of different things, as list items are", "[conflicts][metrics]") {
  CHECK(conflicts_in({"一是强化城区教育保障。完成投资2亿元。二是补齐农村教育短板。完成投资3亿元。"}).empty());
  // Near misses: one part stating one metric twice; a lone 一是; 是 after a word (统一是) opens no part.
  CHECK(conflicts_in({"一是强化城区教育保障。完成投资2亿元，完成投资3亿元。二是补齐农村教育短板。"}) ==
        std::vector<std::string>{"3亿元 ← 2亿元"});
  CHECK(conflicts_in({"一是强化城区教育保障。完成投资2亿元。完成投资3亿元。"}) == std::vector<std::string>{"3亿元 ← 2亿元"});
  CHECK(conflicts_in({"标准统一是前提。完成投资2亿元。口径不统一是难点。完成投资3亿元。"}) ==
        std::vector<std::string>{"3亿元 ← 2亿元"});
}

TEST_CASE("parts enumerated one paragraph each (一是… / 二是…) are of different things", "[conflicts][metrics]") {
  CHECK(conflicts_in({"一是强化城区教育保障，完成投资2亿元。", "二是补齐农村教育短板，完成投资3亿元。"}).empty());
  // Near miss: a paragraph that only mentions 一是 inside stays one part with the next.
  CHECK(conflicts_in({"工作分两步走，其中的第一是调研。完成投资2亿元。", "完成投资3亿元。"}) ==
        std::vector<std::string>{"3亿元 ← 2亿元"});
}

TEST_CASE("a count right after the things the count before it counted is the part that did it", "[conflicts][metrics]") {
  // 20所城乡幼儿园开工19所: of the 20, 19 started; 15个项目开工12个 likewise.
  CHECK(conflicts_in({"20所城乡幼儿园开工19所，累计完成投资838万元。"}).empty());
  CHECK(conflicts_in({"15个项目开工12个。"}).empty());
  CHECK(conflicts_in({"截至10月31日，65件民生实事已完成26件，完成率40%。"}).empty());
  // Near miss: the count before stays a level, so a later count of it with another value conflicts.
  CHECK(conflicts_in({"15个项目开工12个。", "项目开工14个。"}) == std::vector<std::string>{"14个 ← 15个"});
}

TEST_CASE("a clause that names only its verb has the subject of the clause before it", "[conflicts][metrics]") {
  // 城市低保…退出374户 / 农村低保…退出1029户: two subjects' exits, not one metric twice.
  CHECK(conflicts_in({"城市低保新增276户，退出374户，农村低保新增1487户，退出1029户。"}).empty());
  // Near miss: one subject's exits given twice still conflict.
  CHECK(conflicts_in({"城市低保新增276户，退出374户。", "城市低保新增276户，退出381户。"}) ==
        std::vector<std::string>{"381户 ← 374户"});
}

TEST_CASE("the places a sentence named hold for its later figures; 了 after a verb gives no role", "[conflicts][metrics]") {
  CHECK(conflicts_in({"天津市接待游客195.5万人次，同比增长了4.6%，旅游总收入21.2亿元。",
                      "上海市接待游客824.6万人次，同比增长了16.3%，旅游总收入86.5亿元。"})
            .empty());
  // Near miss: one city's growth given twice conflicts.
  CHECK(conflicts_in({"天津市接待游客195.5万人次，同比增长了4.6%。", "天津市接待游客195.5万人次，同比增长5.1%。"}) ==
        std::vector<std::string>{"5.1% ← 4.6%"});
}

TEST_CASE("places and years differ apart: a shared year of comparison does not make two cities one", "[conflicts][metrics]") {
  CHECK(places_differ({"天津市", "2019年"}, {"上海市", "2019年"}));
  CHECK(places_differ({"大同市", "2022年"}, {"大同市", "2023年"}));
  CHECK_FALSE(places_differ({"大同市", "2022年"}, {"大同市"}));
  CHECK_FALSE(places_differ({"2019年"}, {"上海市"}));
}

TEST_CASE("changes against a base, average rates and shares of a budget are of the figure before them", "[conflicts][metrics]") {
  // 增幅同比回落19个百分点 / 19.8个百分点: the changes of two metrics' growth rates.
  CHECK(conflicts_in({"财政收入63795亿元，同比增长12.2%，增幅同比回落19个百分点。",
                      "税收收入54932亿元，同比增长9.8%，增幅同比回落19.8个百分点。"})
            .empty());
  // 比去年同月增加984亿元 / 1915亿元: the increases of revenue and of spending.
  CHECK(conflicts_in({"全国财政收入11040亿元，比去年同月增加984亿元。", "全国财政支出12724亿元，比去年同月增加1915亿元。"})
            .empty());
  // 两年平均增长6.1%: an average rate, not the year's growth, and of the metric before it.
  CHECK(conflicts_in({"规模以上工业增加值同比增长10.2%，两年平均增长6.1%。", "社会消费品零售总额同比增长16.9%，两年平均增长5.6%。"})
            .empty());
  // 为预算的55.3%, 同比增长8.2%: a share of the budget and a growth rate, each of the amount stated first.
  CHECK(conflicts_in({"完成公共财政预算收入20348万元，为预算的55.3%，同比增长8.2%。",
                      "国税部门完成3954万元，为预算的47.9%，同比下降7.2%。"})
            .empty());
  // Near misses: one metric's change given twice; one metric's growth given twice after a share.
  CHECK(conflicts_in({"财政收入63795亿元，增幅同比回落19个百分点。", "财政收入63795亿元，增幅同比回落18个百分点。"}) ==
        std::vector<std::string>{"18个百分点 ← 19个百分点"});
  CHECK(conflicts_in({"完成公共财政预算收入20348万元，为预算的55.3%，同比增长8.2%。", "公共财政预算收入同比增长9.2%。"}) ==
        std::vector<std::string>{"9.2% ← 8.2%"});
}

TEST_CASE("a gap to a reference and a multiple of a base are of the figure stated before them", "[conflicts][metrics]") {
  // 低于全县规上工业增速5.8个百分点 / 3.8个百分点: the gaps of two industries.
  CHECK(conflicts_in({"采矿业增加值同比下降4.5%，低于全县规上工业增速5.8个百分点；"
                      "电力业增加值同比下降2.5%，低于全县规上工业增速3.8个百分点。"})
            .empty());
  // 是“十五”期末的1.9倍 / 2.5倍: multiples of two metrics.
  CHECK(conflicts_in({"全区完成生产总值249.1亿元，是“十五”期末的1.9倍；完成社会消费品零售总额107.5亿元，是“十五”期末的2.5倍。"})
            .empty());
  // Near miss: one metric's gap given twice conflicts.
  CHECK(conflicts_in({"采矿业增加值同比下降4.5%，低于全县规上工业增速5.8个百分点。",
                      "采矿业增加值同比下降4.5%，低于全县规上工业增速6.8个百分点。"}) ==
        std::vector<std::string>{"6.8个百分点 ← 5.8个百分点"});
}

TEST_CASE("a clause naming only an attribute is of the subject its sentence named before", "[conflicts][metrics]") {
  // 存栏 of the pigs and 存栏 of the cattle; 总产 of the maize and of the soybeans.
  CHECK(conflicts_in({"全年出栏生猪18.2万头，存栏7.6万头；出栏肉牛2.3万头，存栏1.9万头。"}).empty());
  CHECK(conflicts_in({"稻谷单产520公斤，比上年增长3.1%，总产8.4万吨；小麦单产390公斤，比上年增长2.2%，总产3.5万吨。"})
            .empty());
  // Near misses: one herd's stock given twice after the same subject conflicts; a full metric
  // named in each clause is compared as before.
  CHECK(conflicts_in({"全年出栏生猪18.2万头，存栏7.6万头。", "全年出栏生猪18.2万头，存栏7.9万头。"}) ==
        std::vector<std::string>{"7.9万头 ← 7.6万头"});
  CHECK(conflicts_in({"出栏生猪18.2万头，生猪存栏7.6万头。", "全县生猪存栏7.9万头。"}) ==
        std::vector<std::string>{"7.9万头 ← 7.6万头"});
  // A word the clause before ends with is more of that kind, not an attribute of it.
  CHECK(conflicts_in({"安排乡村振兴资金1.9亿元、资金1.2亿元。"}).empty());
  // A sibling ending alike (国税 / 地税) takes the place of the word before, not its end.
  CHECK(conflicts_in({"化工园区全年共上缴国税2650万元，地税1048万元；物流园区共上缴国税345万元。"}).empty());
  CHECK(conflicts_in({"化工园区全年共上缴国税2650万元，地税1048万元。", "化工园区全年共上缴国税2650万元，地税1100万元。"}) ==
        std::vector<std::string>{"1100万元 ← 1048万元"});
}

TEST_CASE("a sentence opened by spending alone states the cost of the work it names", "[conflicts][metrics]") {
  // 投资86万元，在东街社区铺设… / 投资120万元对西苑小区进行…: the costs of two works.
  CHECK(conflicts_in({"投资86万元，在东街社区铺设透水砖路面。投资120万元对西苑小区进行管网改造。投资3.5万元将旧仓库改为便民市场。"})
            .empty());
  // Near miss: a subject before the spending names the metric, and it is compared.
  CHECK(conflicts_in({"老旧小区改造投资86万元。", "老旧小区改造投资120万元。"}) ==
        std::vector<std::string>{"120万元 ← 86万元"});
}

TEST_CASE("a share of a plan figure: the plan is of the metric stated before it", "[conflicts][metrics]") {
  // 占任务数1.1万亩的107% / 占任务数0.42万亩的119%: the plans of two kinds of planting.
  CHECK(conflicts_in({"完成人工造林2.4万亩，占任务数2.2万亩的109%；完成封山育林0.9万亩，占任务数0.8万亩的112%。"}).empty());
  // A ratio after an unreadable number (???万亩的107%) names no metric.
  CHECK(conflicts_in({"完成造林整地???万亩，占任务数???万亩的107%；荒山造林???万亩，占任务数???万亩的119%。"}).empty());
  // Near miss: one planting's plan given twice conflicts.
  CHECK(conflicts_in({"完成人工造林2.4万亩，占任务数2.2万亩的109%。", "完成人工造林2.4万亩，占任务数2.3万亩的104%。"}) ==
        std::vector<std::string>{"2.3万亩 ← 2.2万亩"});
}

TEST_CASE("shares of two plans are each of the amount stated before them", "[conflicts][metrics]") {
  // 完成省定目标任务的130.26%，市定目标任务的127%: one amount's shares of two plans.
  CHECK(conflicts_in({"全市城镇新增就业50801人，比上年增长20.61%，完成省定目标任务的130.26%，市定目标任务的127%。"}).empty());
  // Near miss: one amount's share of one plan given twice conflicts.
  CHECK(conflicts_in({"全市城镇新增就业50801人，完成省定目标任务的130.26%。", "全市城镇新增就业50801人，完成省定目标任务的127%。"}) ==
        std::vector<std::string>{"127% ← 130.26%"});
}

TEST_CASE("a sentence opened by a project's name states that project's figures", "[conflicts][metrics]") {
  // 共有校舍建设工程33个，建筑面积29565平方米 / 第三幼儿园项目，…，建筑面积7077平方米: the whole and one project.
  CHECK(conflicts_in({"今年共有校舍建设工程12个，建筑面积18600平方米，投入建设资金5200万元。"
                      "城东幼儿园项目，占地面积6100平方米，建筑面积4300平方米，投入建设资金1500万元。"
                      "南关小学项目，占地面积15200平方米，建筑面积7800平方米，投入建设资金2300万元。"})
            .empty());
  // Near misses: one project's figure given twice conflicts, its name in a clause of its own or not.
  CHECK(conflicts_in({"城东幼儿园项目，建筑面积4300平方米。", "城东幼儿园项目，建筑面积4500平方米。"}) ==
        std::vector<std::string>{"4500平方米 ← 4300平方米"});
  CHECK(conflicts_in({"城东幼儿园项目建筑面积4300平方米。", "城东幼儿园项目建筑面积4500平方米。"}) ==
        std::vector<std::string>{"4500平方米 ← 4300平方米"});
}

namespace {

// conflicts_in, with the scope's headings setting topics (heading_topics), as pc.conflicts does.
std::vector<std::string> conflicts_under_headings(const std::vector<std::string>& texts) {
  std::vector<std::vector<Quantity>> figures;
  for (const std::string& text : texts) {
    figures.push_back(find_quantities(text));
    describe_metrics(text, figures.back());
  }
  std::vector<const std::vector<Quantity>*> scope;
  for (const auto& f : figures) scope.push_back(&f);
  const ScopeTopics topics = heading_topics(texts, scope);
  std::vector<std::string> out;
  for (const FigureConflict& c : find_conflicting_figures(scope, 6, [](uint64_t) { return true; }, &topics))
    out.push_back(figures[c.text][c.figure].text + " ← " + figures[c.earlier_text][c.earlier_figure].text);
  return out;
}

}  // namespace

TEST_CASE("headings of a scope set topics: what two headings name is two things", "[conflicts]") {
  // Two works, each under its own numbered heading: their 总投资 are not one figure.
  CHECK(conflicts_under_headings({"一、城东污水处理厂提标改造", "工程总投资320万元，已投入使用。",
                                  "二、城西口袋公园建设", "工程总投资85万元，已建成开放。"})
            .empty());
  // An unnumbered heading too, when it states no figure.
  CHECK(conflicts_under_headings({"某镇年度工作总结", "各位代表：", "回顾上年工作", "新建村级文化广场12个。", "今年工作安排",
                                  "新建村级文化广场20个。"})
            .empty());
  // Near misses. One work's figure given twice under its heading still conflicts.
  CHECK(conflicts_under_headings({"一、城东污水处理厂提标改造", "工程总投资320万元，工程总投资350万元。"}) ==
        std::vector<std::string>{"350万元 ← 320万元"});
  // What the scope says before its first heading is of all of it: restated under a heading.
  CHECK(conflicts_under_headings({"今年共承办民生实事项目5个。", "（一）目标任务", "今年共承办民生实事项目4个。"}) ==
        std::vector<std::string>{"4个 ← 5个"});
  // A short line of running text that states a figure is no heading.
  CHECK(conflicts_under_headings({"这一年，各项工作稳步推进。", "全县新建村级文化广场12个", "全县新建村级文化广场20个。"}) ==
        std::vector<std::string>{"20个 ← 12个"});
}

TEST_CASE("a report's title is a headline: its figures are compared with nothing", "[conflicts]") {
  // The title rounds or sums up; the text's own figures are of what it says.
  CHECK(conflicts_under_headings({"全省前三季度新增就业人员160万人", "前三季度，全省城镇新增就业人员96万人，农村劳动力转移就业64万人。"})
            .empty());
  // A title with no figure leaves what follows it as the whole text's opening: restated under a heading, compared.
  CHECK(conflicts_under_headings({"区残联康复工作总结", "今年承办康复项目共三个。", "（二）、目标任务", "今年承办康复项目共二个。"}) ==
        std::vector<std::string>{"二个 ← 三个"});
  // Near miss: a first text that runs as a sentence is no title.
  CHECK(conflicts_under_headings({"全省前三季度新增就业人员160万人，", "全省前三季度新增就业人员96万人。"}) ==
        std::vector<std::string>{"96万人 ← 160万人"});
}

TEST_CASE("heading_topics: numbered and unnumbered headings, not running text", "[conflicts]") {
  std::vector<std::string> texts = {"前言写了总数。", "一、第一项工作", "正文。", "（二）、第二项",
                                    "全县完成投资5亿元", "回顾上半年", "正文，还有正文。"};
  std::vector<std::vector<Quantity>> figures;
  for (const std::string& text : texts) figures.push_back(find_quantities(text));
  std::vector<const std::vector<Quantity>*> scope;
  for (const auto& f : figures) scope.push_back(&f);
  CHECK(heading_topics(texts, scope).of_text == std::vector<size_t>{0, 1, 1, 2, 2, 3, 3});
  texts.insert(texts.begin(), "某局上半年工作总结");
  figures.insert(figures.begin(), find_quantities(texts.front()));
  scope.clear();
  for (const auto& f : figures) scope.push_back(&f);
  CHECK(heading_topics(texts, scope).of_text == std::vector<size_t>{kTitleTopic, 0, 1, 1, 2, 2, 3, 3});
}

TEST_CASE("the year a report names as its own is the year of 今年, 全年, 本年 in it", "[conflicts]") {
  // A title naming the year, then the year's figure restated under 今年: one figure given twice.
  CHECK(conflicts_under_headings({"某街道2024年工作总结", "2024年全年新建口袋公园6个。", "今年新建口袋公园8个。"}) ==
        std::vector<std::string>{"8个 ← 6个"});
  CHECK(conflicts_under_headings({"2024年上半年工作总结", "2024年新增市场主体320户。", "一、主要工作",
                                  "本年新增市场主体350户。"}) ==
        std::vector<std::string>{"350户 ← 320户"});
  // 年内 is the year too.
  CHECK(conflicts_under_headings({"某街道2024年工作总结", "2024年新建口袋公园6个。", "年内新建口袋公园8个。"}) ==
        std::vector<std::string>{"8个 ← 6个"});
  // No title: the first text opening with the year names it.
  CHECK(conflicts_under_headings({"2024年，我局新建口袋公园6个。", "今年新建口袋公园8个。"}) ==
        std::vector<std::string>{"8个 ← 6个"});
  // Near misses: another year than the report's, last year, part of the year against the whole, and a
  // title naming two years.
  CHECK(conflicts_under_headings({"某街道2024年工作总结", "2023年新建口袋公园6个。", "今年新建口袋公园8个。"}).empty());
  CHECK(conflicts_under_headings({"某街道2024年工作总结", "去年新建口袋公园6个。", "今年新建口袋公园8个。"}).empty());
  CHECK(conflicts_under_headings({"某街道2024年工作总结", "今年1-6月新建口袋公园6个。", "全年新建口袋公园8个。"}).empty());
  CHECK(conflicts_under_headings({"某街道2023年工作总结和2024年工作计划", "2024年新建口袋公园6个。",
                                  "今年新建口袋公园8个。"})
            .empty());
  // A title and a first text naming two different years name none.
  CHECK(conflicts_under_headings({"某街道2024年工作总结", "2023年，我局新建口袋公园6个。", "今年新建口袋公园8个。"}).empty());
  // A year's report published the next year (no summary in its title) says 今年 of the year it is written in.
  CHECK(conflicts_under_headings({"某区2022年度法治政府建设情况报告", "2022年，全区办理行政复议案件56件。",
                                  "今年以来，全区办理行政复议案件12件。"})
            .empty());
  CHECK(conflicts_under_headings({"关于2020年度区本级预算执行的审计工作报告", "2020年，审计发现问题金额3亿元。",
                                  "今年，审计发现问题金额1亿元。"})
            .empty());
}

TEST_CASE("heading_topics: the scope's own year", "[conflicts]") {
  auto topics_of = [](const std::vector<std::string>& texts) {
    std::vector<std::vector<Quantity>> figures;
    for (const std::string& text : texts) figures.push_back(find_quantities(text));
    std::vector<const std::vector<Quantity>*> scope;
    for (const auto& f : figures) scope.push_back(&f);
    const ScopeTopics topics = heading_topics(texts, scope);
    std::vector<size_t> out = topics.of_text;
    out.push_back(topics.own_year);
    return out;  // the texts' topics, then the scope's own year (0: none)
  };
  CHECK(topics_of({"某局2024年上半年工作总结", "正文。"}) == std::vector<size_t>{kTitleTopic, 0, 2024});
  CHECK(topics_of({"2024年以来，各项工作稳步推进。", "正文。"}) == std::vector<size_t>{0, 0, 2024});
  // Near misses: a year not opening the first text, and a title naming two.
  CHECK(topics_of({"截至2024年底，各项工作稳步推进。", "正文。"}) == std::vector<size_t>{0, 0, 0});
  CHECK(topics_of({"某局2023-2024年工作总结", "正文。"}) == std::vector<size_t>{kTitleTopic, 0, 0});
}

TEST_CASE("a list item's heading opened by a quoted name is the item's heading", "[conflicts][metrics]") {
  // 1、“东片”即城东区域绿化工程，… / 2、“西片”即…: two items, each named by its quoted name.
  CHECK(conflicts_in({"1、“东片”即城东沿路绿化工程，今年规划造林1万亩，目前已完成绿化1.2万亩。",
                      "2、“西片”即城西沿河绿化工程，目前已完成绿化4万亩。"})
            .empty());
  // Near miss: one item's figure given twice conflicts.
  CHECK(conflicts_in({"1、“东片”即城东沿路绿化工程，目前已完成绿化1.2万亩。",
                      "1、“东片”即城东沿路绿化工程，已完成绿化1.5万亩。"}) ==
        std::vector<std::string>{"1.5万亩 ← 1.2万亩"});
}

TEST_CASE("items a paragraph numbers inside itself are of different things", "[conflicts][metrics]") {
  // …。1、总投资8亿元的…项目。…。2、总投资6亿元的…项目。: each sentence run opened by 1、, 2、 is one item.
  CHECK(conflicts_in({"全区重点项目共3个，总投资20亿元。1、总投资8亿元的城南污水处理厂项目。累计完成投资3亿元。"
                      "2、总投资6亿元的东湖公园提升项目。累计完成投资2亿元。"})
            .empty());
  // Near misses: one item's figure given twice still conflicts, and 2、8亿元 inside a sentence opens no item.
  CHECK(conflicts_in({"1、总投资8亿元的城南污水处理厂项目。累计完成投资3亿元。2、东湖公园提升项目。累计完成投资4亿元，"
                      "其中设备2、1亿元。"}).empty());
  CHECK(conflicts_in({"城南污水处理厂项目总投资8亿元。累计完成投资3亿元；累计完成投资4亿元。"}) ==
        std::vector<std::string>{"4亿元 ← 3亿元"});
}

TEST_CASE("a sentence opened by a stretch or phase of a project states its figures", "[conflicts][metrics]") {
  // 东河治理城区段，投资… / 东河治理生态工程二期，投资…: two works, each named in a clause of its own.
  CHECK(conflicts_in({"在建河道治理进展如下：东河治理城区段，投资2100万元，已完成60%；东河治理生态工程二期，"
                      "投资3400万元，已完成20%；西河治理工程，投资1800万元，已完成90%。"})
            .empty());
  // Near misses: one stretch's figure given twice conflicts; 现阶段 names no stretch.
  CHECK(conflicts_in({"东河治理城区段，投资2100万元。", "东河治理城区段，投资2300万元。"}) ==
        std::vector<std::string>{"2300万元 ← 2100万元"});
  CHECK(conflicts_in({"在当前阶段，累计投资2100万元。", "在当前阶段，累计投资2300万元。"}) ==
        std::vector<std::string>{"2300万元 ← 2100万元"});
}

TEST_CASE("a dash between Roman numerals is a range inside a metric's name", "[conflicts][metrics]") {
  // 市控断面Ⅱ-Ⅲ类水质比例 / 县控断面Ⅱ-Ⅲ类水质比例: two sets of sections, not one 类水质比例.
  CHECK(conflicts_in({"市控断面Ⅱ-Ⅲ类水质比例90%，县控断面Ⅱ-Ⅲ类水质比例85.5%。"}).empty());
  // Near miss: one set's ratio given twice conflicts.
  CHECK(conflicts_in({"市控断面Ⅱ-Ⅲ类水质比例90%。", "全年市控断面Ⅱ-Ⅲ类水质比例92%。"}) ==
        std::vector<std::string>{"92% ← 90%"});
}

TEST_CASE("a metric narrowed by words before it in the same sentence is a part, not a restatement", "[conflicts][metrics]") {
  // 财政总收入20亿元，增长6%；地方财政总收入12亿元，增长5%: the whole, then the local part.
  CHECK(conflicts_in({"全年完成财政总收入20亿元，增长6%；地方财政总收入12亿元，增长5%。"}).empty());
  // Near misses: the narrower metric given twice, or the whole restated shorter, still conflicts.
  CHECK(conflicts_in({"地方财政总收入12亿元。", "全年地方财政总收入13亿元。"}) ==
        std::vector<std::string>{"13亿元 ← 12亿元"});
  CHECK(conflicts_in({"全年完成财政总收入20亿元，增长6%。", "地方财政总收入12亿元，其余为上划收入；财政总收入21亿元。"}) ==
        std::vector<std::string>{"21亿元 ← 20亿元"});
}

TEST_CASE("what was done to the people counted before is of those people", "[conflicts][metrics]") {
  // 摸排返乡人员320人，落实管控45人 / 摸排外来务工人员1800人，落实管控260人: controls of two groups.
  CHECK(conflicts_in({"摸排返乡人员320人，落实管控45人；", "摸排外来务工人员1800人，落实管控260人；"}).empty());
  // Near miss: one group's figure given twice conflicts.
  CHECK(conflicts_in({"摸排返乡人员320人，落实管控45人。", "截至月底，摸排返乡人员320人，落实管控48人。"}) ==
        std::vector<std::string>{"48人 ← 45人"});
}

TEST_CASE("a measure word per another is one unit: prices of two things are two metrics", "[conflicts][quantities]") {
  auto figures = find_quantities("鸡蛋价格由去年的9元/公斤下降到7.5元/公斤");
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].unit == "元/公斤");
  CHECK(figures[1].unit == "元/公斤");
  // 鸡蛋价格由…9元/公斤下降到… / 鸭蛋价格由…12元/公斤下降到…: changes of two prices.
  CHECK(conflicts_in({"鸡蛋价格由去年的9元/公斤下降到7.5元/公斤；鸭蛋价格由去年的12元/公斤下降到10元/公斤。"}).empty());
  // Near miss: one price given twice conflicts.
  CHECK(conflicts_in({"目前鸡蛋价格为7.5元/公斤。", "目前鸡蛋价格为8元/公斤。"}) == std::vector<std::string>{"8元/公斤 ← 7.5元/公斤"});
}

TEST_CASE("a phase of a work names it; a metric with words added in its sentence is another thing", "[conflicts][quantities]") {
  // 开展环卫二期工程建设 / 三期工程: phases, not counts of 期.
  CHECK(conflicts_in({"投入900万元，开展绿化二期工程建设；投入1200万元，开展绿化三期工程建设。"}).empty());
  // 采购洗扫车5辆；…采购小型洗扫车2辆: the later is another kind the sentence lists; so are two
  // offices' rates 1.1元/吨/公里 / 1.0元/吨/公里.
  CHECK(conflicts_in({"投入300万元，采购洗扫车5辆；投入90万元，采购小型洗扫车2辆。"}).empty());
  CHECK(conflicts_in({"清运单价为：东区办事处1.1元/吨/公里，西区和北区办事处1.0元/吨/公里。"}).empty());
  // Near misses: sessions counted in 期 stay figures; one kind given twice still conflicts.
  CHECK(conflicts_in({"举办培训班三期。", "全年举办培训班五期。"}) == std::vector<std::string>{"五期 ← 三期"});
  CHECK(conflicts_in({"采购小型洗扫车2辆。", "年内采购小型洗扫车3辆。"}) == std::vector<std::string>{"3辆 ← 2辆"});
}

TEST_CASE("a clause of spending alone states the cost of the work its next clause names", "[conflicts][metrics]") {
  // …，投入755万元，新建10座转运站；同时，投入520万元，采购果皮箱: the costs of two works.
  CHECK(conflicts_in({"投入2000万元，开展一期建设，投入750万元，新建10座转运站；同时，投入520万元，采购果皮箱和垃圾桶。"}).empty());
  // Near miss: a subject named with the spending, given twice, still conflicts.
  CHECK(conflicts_in({"转运站建设投入750万元。", "转运站建设投入780万元。"}) ==
        std::vector<std::string>{"780万元 ← 750万元"});
}

TEST_CASE("a figure for each of the things counted before it is one per each", "[conflicts][metrics]") {
  // 四个试点村各建成1个示范园: one per village, not a total against 四个.
  CHECK(conflicts_in({"今年四个试点村各建成1个示范园，全乡示范园达到4个。"}).empty());
  CHECK(conflicts_in({"全乡建成示范园4个。", "四个试点村各建成1个示范园。"}).empty());
  // Near miss: 各 opening a scope (各村) is no such figure; one count given twice conflicts.
  CHECK(conflicts_in({"各村共建成示范园4个。", "各村共建成示范园5个。"}) == std::vector<std::string>{"5个 ← 4个"});
}

TEST_CASE("a metric opened by 其他 or 其余 names the rest of a whole, not the whole", "[conflicts][metrics]") {
  // The whole, its parts after 其中, then the rest: three sums, none a restatement of another.
  CHECK(conflicts_in({"今年共投入农田水利建设资金8620万元。其中投入省级项目资金5100万元，新建泵站6座。"
                      "投入其他农田水利建设资金3520万元，维修渠道12条。"})
            .empty());
  CHECK(conflicts_in({"全镇共有行政村18个，其余行政村6个已完成改造。"}).empty());
  // Near miss: the rest stated twice, or the whole stated twice, still conflicts.
  CHECK(conflicts_in({"投入其他农田水利建设资金3520万元。", "投入其他农田水利建设资金3250万元。"}) ==
        std::vector<std::string>{"3250万元 ← 3520万元"});
  CHECK(conflicts_in({"共投入农田水利建设资金8620万元。", "共投入农田水利建设资金8260万元。"}) ==
        std::vector<std::string>{"8260万元 ← 8620万元"});
}

TEST_CASE("clauses opened by a count and a state of the counted things are of their own group", "[conflicts][metrics]") {
  // Each 计划投资 is of the group its clause counted: done, under way, new.
  CHECK(conflicts_in({"另有12个乡村道路改造项目已经完工，计划投资2310.5万元；6个正在推进，计划投资5620万元；"
                      "新开工4个项目，计划投资980万元。"})
            .empty());
  // The same things done with (建设) and in a state (主体完工): two groups, not one count.
  CHECK(conflicts_in({"完成城南水厂等5个农村饮水巩固提升项目建设。", "11个农村饮水巩固提升项目主体完工。"}).empty());
  // Near misses: one group's count or one clause's plan given twice still conflicts.
  CHECK(conflicts_in({"完成5个农村饮水巩固提升项目建设。", "完成7个农村饮水巩固提升项目建设。"}) ==
        std::vector<std::string>{"7个 ← 5个"});
  CHECK(conflicts_in({"6个正在推进，计划投资5620万元。", "6个正在推进，计划投资6520万元。"}) ==
        std::vector<std::string>{"6520万元 ← 5620万元"});
}

TEST_CASE("what a clause says was done to the counted things after 了 tells two counts apart", "[conflicts][metrics]") {
  CHECK(conflicts_in({"全年共为126万名学生进行了视力筛查，为38.5万名学生进行了口腔检查。"}).empty());
  // Near miss: one check counted twice still conflicts.
  CHECK(conflicts_in({"共为126万名学生进行了视力筛查。", "共为128万名学生进行了视力筛查。"}) ==
        std::vector<std::string>{"128万名 ← 126万名"});
}

TEST_CASE("a growth of yield after an attribute clause is of that attribute", "[conflicts][metrics]") {
  // 增产 after 单产 is the yield's growth, after 总产 the output's, with or without a space.
  CHECK(conflicts_in({"全县油菜种植面积12.4万亩,单产165.2公斤,增产12.5%,总产2.05万吨,增产18%。"}).empty());
  CHECK(conflicts_in({"全县油菜种植面积 12.4 万亩,单产 165.2 公斤,增产 12.5%,总产 2.05 万吨,增产 18%。"}).empty());
  // A space before the figure, as a PDF's text layer sets it, changes nothing: 增产 18% is a growth too.
  for (const char* text : {"油菜总产2.05万吨,增产18%。", "油菜总产2.05万吨,增产 18%。"})
    CHECK(find_quantities(text).back().role == static_cast<int>(FigureRole::Growth));
  // Near miss: one attribute's growth given twice still conflicts.
  CHECK(conflicts_in({"全县油菜总产2.05万吨,增产18%。", "全县油菜总产2.05万吨,增产21%。"}) ==
        std::vector<std::string>{"21% ← 18%"});
}

TEST_CASE("shares after a clause naming their whole with …中 are of that whole", "[conflicts][metrics]") {
  // Two wholes, each named by a clause of its own: 出口商品构成中 / 进口商品构成中.
  CHECK(conflicts_in({"出口商品构成中，机电产品占58.2%，纺织品占12.4%；进口商品构成中，机电产品占41.5%；纺织品占6.3%。"})
            .empty());
  // Near misses: one whole's share given twice still conflicts, its whole named by a clause or not.
  CHECK(conflicts_in({"出口商品构成中，机电产品占58.2%。", "出口商品构成中，机电产品占61%。"}) ==
        std::vector<std::string>{"61% ← 58.2%"});
  CHECK(conflicts_in({"出口商品构成中，机电产品占58.2%，纺织品占12.4%；机电产品占61%。"}) ==
        std::vector<std::string>{"61% ← 58.2%"});
}

TEST_CASE("counts after a clause counting a whole with …中 are of that whole", "[conflicts][metrics]") {
  // Two sets of projects, each counted in a clause of its own ending with 中 (a 、 may join its words).
  CHECK(conflicts_in({"8项为民办实事项目中，2项已完工，3项进展顺利，3项进度滞后。"
                      "15项市、县重点改革任务中，9项进展顺利，6项进度滞后。"})
            .empty());
  // Near misses: a count of the set in a clause not ending with 中 leaves its counts compared, and
  // a clause ending with 中 that says a state (正在建设中) names no whole.
  CHECK(conflicts_in({"8项为民办实事项目，3项进展顺利。", "8项为民办实事项目，5项进展顺利。"}) ==
        std::vector<std::string>{"5项 ← 3项"});
  CHECK(conflicts_in({"3项进展顺利。", "2个项目正在建设中，5项进展顺利。"}) == std::vector<std::string>{"5项 ← 3项"});
}

TEST_CASE("a figure said to be cumulative is not of the period the sentence before named", "[conflicts][metrics]") {
  // 一季度 carries to the next sentence, but 累计 there counts since the work began.
  CHECK(conflicts_in({"一季度全县新增帮扶对象35户。全县累计帮扶对象412户。"}).empty());
  // Near misses: two cumulative counts, and a cumulative count in a sentence naming the same period.
  CHECK(conflicts_in({"全县累计帮扶对象412户。", "全县累计帮扶对象430户。"}) == std::vector<std::string>{"430户 ← 412户"});
  CHECK(conflicts_in({"一季度全县帮扶对象35户。一季度全县累计帮扶对象41户。"}) ==
        std::vector<std::string>{"41户 ← 35户"});
}

TEST_CASE("the session of a term names a meeting, not a count of meetings", "[conflicts][quantities]") {
  // 市政协九届二次会议 … 九届三次会议: two sessions, no figure.
  CHECK(find_quantities("市政协九届二次会议以来共收到提案300件，九届三次会议将于明年召开。").size() == 1);
  CHECK(conflicts_in({"市政协九届二次会议以来收到提案300件。", "九届三次会议将于明年召开。"}).empty());
  // Near miss: meetings counted stay figures.
  CHECK(find_quantities("全年召开3次会议，审议议题12项。").size() == 2);
}

TEST_CASE("a rate under a list item, against the rate before any item, is the item's own", "[conflicts][metrics]") {
  // 办结率98% for all the channels, then each channel's own under its item.
  CHECK(conflicts_in({"本月共受理诉求856件，办结率98%。", "（一）热线电话。受理诉求700件，办结率100%。",
                      "（二）网上留言。受理诉求156件，办结率100%。"})
            .empty());
  // Near misses: a rate restated before any item conflicts, and so does a long-named rate under an item.
  CHECK(conflicts_in({"本月诉求办结率98%。", "本月诉求办结率100%。"}) == std::vector<std::string>{"100% ← 98%"});
  CHECK(conflicts_in({"群众诉求按期办结率98%。", "（一）热线电话。群众诉求按期办结率100%。"}) ==
        std::vector<std::string>{"100% ← 98%"});
}

TEST_CASE("the parts listed after 其中： are each of their part, not of the whole", "[conflicts]") {
  // The whole before the colon, then one text per part, each opened by its name and count.
  CHECK(conflicts_under_headings({"全市重点项目共24项，当年计划投资40亿元。", "全年完成投资46亿元，完成率115%。其中：",
                                  "省级4项，当年计划投资12亿元。全年完成投资15亿元，完成率125%。",
                                  "县级20项，当年计划投资28亿元。全年完成投资31亿元，完成率110.7%。"})
            .empty());
  // Near misses: the same texts with no 其中： before them are compared with the whole, and a part
  // restating its own figure conflicts.
  CHECK(conflicts_under_headings({"年度投资完成率115%。", "省级4项，当年计划投资12亿元。年度投资完成率125%。"}) ==
        std::vector<std::string>{"125% ← 115%"});
  CHECK(conflicts_under_headings({"全年完成投资46亿元。其中：", "省级4项，当年计划投资12亿元。全年完成投资15亿元。全年完成投资17亿元。"}) ==
        std::vector<std::string>{"17亿元 ← 15亿元"});
}

TEST_CASE("a word of negation or degree put into a metric names other things", "[conflicts][metrics]") {
  // 半失能 is not 失能: three groups of one sentence.
  CHECK(conflicts_in({"经评估，认定为具备生活自理能力的特困人员42人，认定为具备生活半自理能力的特困人员7人。"}).empty());
  // Near miss: a metric restated with words that neither negate nor qualify it still conflicts,
  // and 上半年 is a time, no degree.
  CHECK(conflicts_in({"认定为具备生活自理能力的特困人员42人。", "上半年认定为具备生活自理能力的特困人员45人。"}) ==
        std::vector<std::string>{"45人 ← 42人"});
}

TEST_CASE("a change under a list item, smaller than the change before any item, is the item's part", "[conflicts][metrics]") {
  // 同比增加6起 for all, then 同比增加2起 for one kind under its item.
  CHECK(conflicts_in({"发生较大事故20起、死亡和失踪人员70人，同比增加6起、18人。",
                      "3.渔业船舶发生2起、死亡和失踪人员6人，同比增加2起、6人。"})
            .empty());
  // Near misses: a larger change under an item, and a change restated before any item, are compared.
  CHECK(conflicts_in({"发生较大事故20起、死亡和失踪人员70人，同比增加6起、18人。",
                      "3.渔业船舶发生9起、死亡和失踪人员26人，同比增加9起、26人。"})
            .size() >= 1);
  CHECK(conflicts_in({"死亡和失踪人员70人，同比增加18人。", "死亡和失踪人员70人，同比增加11人。"}) ==
        std::vector<std::string>{"11人 ← 18人"});
}

TEST_CASE("a sum spent on a work named after 开展 or 用于 is that work's", "[conflicts][metrics]") {
  // Two sums, each for the work named after it.
  CHECK(conflicts_in({"落实资金6.2亿元开展农村供水保障工程建设，落实省级资金5.8亿元开展小型水库除险加固。"}).empty());
  // Near misses: one work's sum given twice conflicts, and so do sums that name no work.
  CHECK(conflicts_in({"落实资金6.2亿元开展农村供水保障工程建设。", "落实资金5.8亿元开展农村供水保障工程建设。"}) ==
        std::vector<std::string>{"5.8亿元 ← 6.2亿元"});
  CHECK(conflicts_in({"落实资金6.2亿元。", "落实资金5.8亿元。"}) == std::vector<std::string>{"5.8亿元 ← 6.2亿元"});
}

TEST_CASE("a smaller sum of the things a sentence counted is their part of the whole", "[conflicts][metrics]") {
  // 累计完成投资…, then the sum of 42处 projects the sentence counted: their share.
  CHECK(conflicts_in({"截至6月底，累计完成投资9600万元。", "实施的42处农村供水提升工程进度过半，完成投资2100万元。"}).empty());
  // Near misses: a larger sum of counted things than the whole is compared, and so are two sums of
  // no counted things.
  CHECK(conflicts_in({"截至6月底，累计完成投资1600万元。", "实施的42处农村供水提升工程进度过半，完成投资2100万元。"}).size() ==
        1);
  CHECK(conflicts_in({"截至6月底，累计完成投资9600万元。", "截至6月底，累计完成投资9100万元。"}) ==
        std::vector<std::string>{"9100万元 ← 9600万元"});
}

TEST_CASE("a change since a long-past time is not the change on the year before", "[conflicts][metrics]") {
  // 同比 against “十四五”以来累计: two bases, two changes; the period's tail 以来 names no metric.
  CHECK(conflicts_in({"良好水体比例为88.1%，同比上升1.2个百分点，“十四五”以来实现“四连升”，累计上升9.6个百分点。"}).empty());
  // 劣四类 is a class of its own (no figure 四类 cuts the metric short), and 以来 is no metric.
  CHECK(conflicts_in({"近岸海域优良水质面积比例为86.2%，同比上升2.2个百分点，“十四五”以来累计上升11.0个百分点；"
                      "劣四类水质面积比例为6.8%，同比下降0.9个百分点，“十四五”以来累计下降2.7个百分点。"})
            .empty());
  // Near misses: one base stated twice with two values still conflicts; this year's 今年以来 is read
  // against the year before, as 同比 is.
  CHECK(conflicts_in({"良好水体比例同比上升1.2个百分点。", "良好水体比例同比上升2.0个百分点。"}) ==
        std::vector<std::string>{"2.0个百分点 ← 1.2个百分点"});
  CHECK(conflicts_in({"今年以来，全区工业产值同比增长6.1%。", "今年以来，全区工业产值增长7.3%。"}) ==
        std::vector<std::string>{"7.3% ← 6.1%"});
}

TEST_CASE("projects of one level, or of levels joined by 、, are some of the projects, not all", "[conflicts][metrics]") {
  // 全区重点项目 then 区级 and 市、区两级 ones: the whole's plan and spending vs each level's.
  CHECK(conflicts_in({"全年安排重点项目60个，年度计划投资120亿元。1-9月，完成投资95亿元。"
                      "纳入市、区重点项目22个，年度计划投资70亿元，完成投资58亿元；区重点项目38个，年度计划投资50亿元，完成投资37亿元。"})
            .empty());
  // 12个未开工项目中: the counts after it are parts of those twelve, not all the projects of a level.
  CHECK(conflicts_in({"12个未开工项目中，市重点项目有5个，区重点项目有7个。", "区重点项目38个。"}).empty());
  // Near misses: the whole of a place (全区) is all of them; one level's count given twice conflicts.
  CHECK(conflicts_in({"全区重点项目60个，年度计划投资120亿元。", "重点项目年度计划投资125亿元。"}) ==
        std::vector<std::string>{"125亿元 ← 120亿元"});
  CHECK(conflicts_in({"区重点项目38个，完成投资37亿元。", "区重点项目40个。"}) == std::vector<std::string>{"40个 ← 38个"});
}

TEST_CASE("a metric with another thing joined before it by 、 or 和 names both, not the one", "[conflicts][metrics]") {
  CHECK(!metrics_name_one("区重点项目", "纳入市、区重点项目", 5));
  CHECK(!metrics_name_one("养老服务支出", "医疗和养老服务支出", 5));
  CHECK(topics_differ("重点项目", "区重点项目"));
  CHECK(topics_differ("重点项目", "纳入市、区重点项目"));
  // Near misses: scope words that narrow nothing (全区, 本市) still name one metric and one topic.
  CHECK(metrics_name_one("重点项目", "全区重点项目", 4));
  CHECK(!topics_differ("重点项目", "全区重点项目"));
  CHECK(!topics_differ("重点项目", "本市重点项目"));
}

TEST_CASE("a name joining two opposites (进出口, 国内外) is not the one it is written around", "[conflicts][metrics]") {
  CHECK(conflicts_in({"全市外贸进出口总额85.2亿元，同比增长9%；其中出口总额51.6亿元。", "全年出口总额51.6亿元。"}).empty());
  CHECK(conflicts_in({"共接待国内外游客41.3万人次，同比增长12%；接待国内游客39.8万人次，同比增长11%。"}).empty());
  CHECK(!metrics_name_one("出口总额", "进出口总额", 4));
  CHECK(!metrics_name_one("接待国内游客", "接待国内外游客", 4));
  // Near miss: both names hold the pair: one metric, whose two values conflict.
  CHECK(metrics_name_one("城乡居民收入", "全县城乡居民收入", 4));
  CHECK(conflicts_in({"城乡居民人均收入2.1万元。", "全县城乡居民人均收入2.3万元。"}) ==
        std::vector<std::string>{"2.3万元 ← 2.1万元"});
}

TEST_CASE("a base of comparison said once before a list holds for each change the list joins with 、", "[conflicts][metrics]") {
  // 同比 … 、 … and 环比 … 、 …: two lists of changes against two bases, one per list.
  CHECK(conflicts_in({"同比客运量下降5.2%、货运量上升8.4%，环比客运量上升3.1%、货运量上升12.6%。"}).empty());
  CHECK(conflicts_in({"6月份，比上月旅客发送量增长4%、行包发送量增长9%；同比旅客发送量增长7%、行包发送量增长15%。"})
            .empty());
  // Near misses: one base, one list, said twice with another value, still conflicts; so does a change
  // the list names no base for, against one said under a base.
  CHECK(conflicts_in({"同比客运量下降5.2%、货运量上升8.4%。", "同比客运量下降5.2%、货运量上升9.4%。"}) ==
        std::vector<std::string>{"9.4% ← 8.4%"});
  CHECK(conflicts_in({"环比客运量上升3.1%、货运量上升12.6%。", "货运量上升10.6%。"}) ==
        std::vector<std::string>{"10.6% ← 12.6%"});
}

TEST_CASE("a share named alone with no figure read before it in its sentence names no metric", "[conflicts][metrics]") {
  // 12 个 / 18 个: counts set apart from their measure word are not read; their shares are of them.
  CHECK(conflicts_in({"已完工的 12 个，占比 40%；在建的 18 个，占比 60%。"}).empty());
  CHECK(conflicts_in({"参加培训的 30 人，占比 75%。", "通过考核的 28 人，占比 70%。"}).empty());
  // Near miss: after a count that is read, one count's share given twice still conflicts.
  CHECK(conflicts_in({"已完工的项目12个，占比40%。", "已完工的项目12个，占比45%。"}) ==
        std::vector<std::string>{"45% ← 40%"});
}

TEST_CASE("a change stated of the things its text counted is not the change stated of no such things", "[conflicts][metrics]") {
  // 全省…下降3.2个百分点 / 沿江片区9个县…。一季度，…下降6.8个百分点: the counted counties' change, a part's.
  CHECK(conflicts_in({"一季度，森林覆盖监测达标率为81.5%，同比下降3.2个百分点。",
                      "沿江片区9个县监测站点运行正常。一季度，森林覆盖监测达标率为70.2%，同比下降6.8个百分点。"})
            .empty());
  // Near misses: the same change of the counted things said twice conflicts; so do two changes of no
  // counted things.
  CHECK(conflicts_in({"沿江片区9个县监测站点运行正常。一季度，森林覆盖监测达标率同比下降6.8个百分点。",
                      "沿江片区9个县监测站点运行正常。一季度，森林覆盖监测达标率同比下降5.8个百分点。"}) ==
        std::vector<std::string>{"5.8个百分点 ← 6.8个百分点"});
  CHECK(conflicts_in({"一季度，森林覆盖监测达标率同比下降3.2个百分点。", "一季度，森林覆盖监测达标率同比下降6.8个百分点。"}) ==
        std::vector<std::string>{"6.8个百分点 ← 3.2个百分点"});
}

TEST_CASE("a time or a comparison named alone with nothing before it in its sentence names no metric", "[conflicts][metrics]") {
  // After a semicolon: the balances' own increases, each of the balance the clause before named.
  CHECK(conflicts_in({"个人存款余额8.2万亿元，同比增长6%；一季度增加0.9万亿元，同比多增0.2万亿元。"
                      "单位存款余额5.1万亿元，同比增长4%；一季度增加0.3万亿元，同比少增0.1万亿元。"})
            .empty());
  // Near miss: a time with a metric named after it (一季度增加个人存款) is a metric, stated twice.
  CHECK(conflicts_in({"一季度增加个人存款0.9万亿元。", "一季度增加个人存款0.8万亿元。"}) ==
        std::vector<std::string>{"0.8万亿元 ← 0.9万亿元"});
}

TEST_CASE("a change named alone after a clause naming another thing with no figure is not of the figure before", "[conflicts][metrics]") {
  // 受理商标异议申请件: the count of that thing left out; its change is not the change of 3.1万件.
  CHECK(conflicts_in({"受理专利复审请求3.1万件，同比增长8.5%，受理商标异议申请件，同比增长14%。"}).empty());
  // Near miss: with nothing named between, the change is of the figure before, and conflicts.
  CHECK(conflicts_in({"受理专利复审请求3.1万件，同比增长8.5%。", "受理专利复审请求3.1万件，同比增长14%。"}) ==
        std::vector<std::string>{"14% ← 8.5%"});
}

TEST_CASE("a conjunction alone before a list's last figure names no metric", "[conflicts][metrics]") {
  CHECK(conflicts_in({"城区、郊区、山区覆盖率为93.5%、88.1%和71.2%。", "三地用户同比增长12%、9.4%和15.3%。"}).empty());
  // Near miss: a metric named before 和 is still a metric.
  CHECK(conflicts_in({"山区和平原覆盖率71.2%。", "山区和平原覆盖率75.2%。"}) == std::vector<std::string>{"75.2% ← 71.2%"});
}

TEST_CASE("前N个月 is the period from the year's start to month N, not month N alone", "[conflicts][metrics]") {
  CHECK(conflicts_in({"8月，全省外贸进出口910亿元。前8个月，全省外贸进出口6420亿元。"}).empty());
  // Near miss: 前8个月 and 1-8月 are one period, whose two values conflict.
  CHECK(conflicts_in({"前8个月，全省外贸进出口6420亿元。", "1-8月，全省外贸进出口6520亿元。"}) ==
        std::vector<std::string>{"6520亿元 ← 6420亿元"});
}

TEST_CASE("a share of a named whole is of the figure before it, or of the clause naming its thing", "[conflicts][metrics]") {
  // 加工贸易's share (its clause, no figure) and 机电产品's (the figure before): two shares.
  CHECK(conflicts_in({"船舶出口净增5.2亿美元；加工贸易出口比重提高，占全市出口比重的61.3%。"
                      "机电产品出口68.4亿美元，同比增长21%，占全市出口比重的49.7%。"})
            .empty());
  // Near miss: one thing's share of the whole given twice still conflicts.
  CHECK(conflicts_in({"机电产品出口68.4亿美元，占全市出口比重的49.7%。", "机电产品出口68.4亿美元，占全市出口比重的52.6%。"}) ==
        std::vector<std::string>{"52.6% ← 49.7%"});
}

TEST_CASE("a figure after the first of its sentence is of what that first figure named", "[conflicts][metrics]") {
  // Each sentence opens with a sector's own figure; the clauses after it (增加值增长, 拉动…增长)
  // leave the sector out: three sectors' growth, not one growth given three times.
  CHECK(conflicts_in({"种植业增加值12.3亿元，占全县比重18%，增加值增长3.1%。养殖业增加值8.7亿元，占全县比重13%，"
                      "增加值增长5.4%；林业增加值2.2亿元，增加值增长1.8%。"})
            .empty());
  CHECK(conflicts_in({"第一产业对全市经济增长的贡献率为9%，拉动GDP增长0.4个百分点；第三产业对全市经济增长的贡献率为61%，"
                      "拉动GDP增长3.1个百分点。"},
                     5)
            .empty());  // 5: the least length conflicting-figures passes
  // Near misses: two sentences opened by one metric still compare the clauses after it, and a
  // growth stated first in its sentence is compared with the one stated after a level.
  CHECK(conflicts_in({"种植业增加值12.3亿元，增加值增长3.1%。", "种植业增加值12.3亿元，增加值增长4.2%。"}) ==
        std::vector<std::string>{"4.2% ← 3.1%"});
  CHECK(conflicts_in({"种植业增加值12.3亿元，种植业增加值增长3.1%。", "种植业增加值增长4.2%，高于全市平均。"}) ==
        std::vector<std::string>{"4.2% ← 3.1%"});
}

TEST_CASE("counts each given with its share of one total are members of a breakdown", "[conflicts][metrics]") {
  // Two villages whose names the text left out, each with its share of the town's households.
  CHECK(conflicts_in({"全镇脱贫户358户，分布如下：村有脱贫户112户，占全镇脱贫户总数的31.3%，村有脱贫户96户，"
                      "占全镇脱贫户总数的26.8%。"})
            .empty());
  // Near misses: the same counts without their shares, or with a share only once, are compared.
  CHECK(conflicts_in({"村有脱贫户112户。", "村有脱贫户96户。"}) == std::vector<std::string>{"96户 ← 112户"});
  CHECK(conflicts_in({"村有脱贫户112户，占全镇脱贫户总数的31.3%。", "村有脱贫户96户。"}) ==
        std::vector<std::string>{"96户 ← 112户"});
}

TEST_CASE("a kind, a trade mode or a class put into a metric's name narrows it to a part", "[conflicts][metrics]") {
  // Must apply: the longer name counts some of the shorter's things (外贸 cargo of all cargo, one
  // trade mode's exports of all exports, the larger shops' sales of all sales).
  CHECK(conflicts_in({"本月全市码头完成货物吞吐量5200万吨，同比增长9%。",
                      "本月全市码头完成外贸货物吞吐量1830万吨，同比增长4%。"})
            .empty());
  CHECK(conflicts_in({"一季度全区出口额86亿元。", "一季度全区一般贸易出口额41亿元。"}).empty());
  CHECK(conflicts_in({"全县社会消费品零售额52.3亿元。", "全县限额以上社会消费品零售额18.6亿元。"}).empty());
  CHECK(!metrics_name_one("货物吞吐量", "集装箱货物吞吐量", 2));
  CHECK(!metrics_name_one("工业增加值", "规模以上工业增加值", 2));
  // A currency class: the loans in yuan are some of the loans in all currencies.
  CHECK(conflicts_in({"截至6月末，全市各项贷款余额3120.5亿元，比年初增加215.3亿元。"
                      "人民币各项贷款余额为3068.2亿元，比年初增加201.9亿元。"})
            .empty());
  // Near miss: 本外币 put before the name is the whole the name already is: compared.
  CHECK(conflicts_in({"截至6月末，全市各项贷款余额3120.5亿元。", "截至6月末，全市本外币各项贷款余额3150.5亿元。"}) ==
        std::vector<std::string>{"3150.5亿元 ← 3120.5亿元"});
  // Near miss: scope words and verbs left out, or an average put in, still name one metric.
  CHECK(metrics_name_one("全县粮食总产量", "实现粮食总产量", 2) == false);  // neither ends the other: unchanged
  CHECK(metrics_name_one("货物吞吐量", "全港累计完成货物吞吐量", 2));
  CHECK(metrics_name_one("城市年节水量", "城市平均年节水量", 2));
  CHECK(conflicts_in({"本月全市码头完成货物吞吐量5200万吨。", "本月全市码头累计完成货物吞吐量5600万吨。"}) ==
        std::vector<std::string>{"5600万吨 ← 5200万吨"});
  // Near miss: the qualifier in both names: one metric, compared.
  CHECK(conflicts_in({"本月完成外贸货物吞吐量1830万吨。", "本月全市码头完成外贸货物吞吐量1900万吨。"}) ==
        std::vector<std::string>{"1900万吨 ← 1830万吨"});
}

TEST_CASE("a group of organisations named by a paragraph's first figure is the subject of its attribute clauses", "[conflicts][metrics]") {
  // Must apply: all the city's state firms, then those its commission supervises directly.
  CHECK(conflicts_in({"上半年，全市属地国有企业资产总额2150亿元，同比增长6%；净资产910亿元；营业收入132亿元。",
                      "市国资委出资企业资产总额480亿元；净资产205亿元。营业收入61亿元。"})
            .empty());
  // Near miss: the attribute restated in another paragraph that names no group of its own is
  // still compared with the first paragraph's (unless the group's is the smaller: its part).
  CHECK(conflicts_in({"上半年，全市属地国有企业资产总额2150亿元；净资产910亿元。", "上半年，净资产890亿元。"}) ==
        std::vector<std::string>{"890亿元 ← 910亿元"});
  // Near miss: one group in both paragraphs: one subject, compared.
  CHECK(conflicts_in({"市国资委出资企业资产总额480亿元；净资产205亿元。", "市国资委出资企业资产总额480亿元；净资产215亿元。"}) ==
        std::vector<std::string>{"215亿元 ← 205亿元"});
}

TEST_CASE("a clause saying 累计 with no time of its own after a period its sentence named is a running total", "[conflicts][metrics]") {
  // Must apply: this year's planting, then the total since the work began.
  CHECK(conflicts_in({"今年全县完成植树造林1.6万亩，累计完成植树造林9.3万亩。"}).empty());
  CHECK(conflicts_in({"2024年新增农村公益性岗位120个，累计新增农村公益性岗位860个。"}).empty());
  // Near miss: 累计 joined to the period in its own clause is that period's total, compared.
  CHECK(conflicts_in({"1-9月累计完成固定资产投资7.4亿元，完成固定资产投资7.9亿元。"}) ==
        std::vector<std::string>{"7.9亿元 ← 7.4亿元"});
  // Near miss: up to a day named before (截至6月底), 累计 is that day's level, as without it.
  CHECK(conflicts_in({"截至6月底，累计完成固定资产投资7.4亿元。", "截至6月底，完成固定资产投资7.9亿元。"}) ==
        std::vector<std::string>{"7.9亿元 ← 7.4亿元"});
}

TEST_CASE("a share written as a fraction is a figure in per cent", "[conflicts][quantities]") {
  // Must apply: one share given as a fraction and as another fraction.
  CHECK(conflicts_in({"全镇留守老人占常住人口的四分之一，", "留守老人占常住人口的三分之一。"}) ==
        std::vector<std::string>{"三分之一 ← 四分之一"});
  CHECK(conflicts_in({"全镇留守老人占常住人口的三分之一，", "留守老人占常住人口的25%。"}) ==
        std::vector<std::string>{"25% ← 三分之一"});
  // Near miss: the fraction and the per cent it rounds to agree.
  CHECK(conflicts_in({"全镇留守老人占常住人口的三分之一，", "留守老人占常住人口的33.3%。"}).empty());
  CHECK(conflicts_in({"全镇留守老人占常住人口的三分之一，", "留守老人占常住人口的33%。"}).empty());
}

TEST_CASE("a sentence opened by the view it takes (从…看, 分…看, 按…统计) states figures of that view", "[conflicts][metrics]") {
  // Must apply: the counts of industries seen by the year's running rate, then by the month's.
  CHECK(conflicts_in({"从累计增速看，有9个行业增幅扩大，3个行业降幅收窄。从当月增速看，有5个行业增幅扩大，4个行业降幅收窄。"})
            .empty());
  CHECK(conflicts_in({"按经营地统计，城镇消费品零售额增长9%。", "按消费形态统计，城镇消费品零售额增长8%。"}).empty());
  // Near miss: one view in both, or a view in one only: compared.
  CHECK(conflicts_in({"从累计增速看，有9个行业增幅扩大。", "从累计增速看，有7个行业增幅扩大。"}) ==
        std::vector<std::string>{"7个 ← 9个"});
  CHECK(conflicts_in({"从累计增速看，有9个行业增幅扩大。", "全年有7个行业增幅扩大。"}) ==
        std::vector<std::string>{"7个 ← 9个"});
}

TEST_CASE("a contribution named with its contributor is not one named without it", "[conflicts][metrics]") {
  // Must apply: 对…的贡献率 is of whoever the words before 对 name, the sentence's subject when none.
  CHECK(conflicts_in({"五大传统行业合计对规上工业的贡献率达到67.7%。", "高技术产业增加值增长8.2%，对规上工业的贡献率为35.2%。"})
            .empty());
  CHECK(!metrics_name_one("对规上工业的贡献率", "五大传统行业合计对规上工业的贡献率", 2));
  // Near miss: the contributor named in both, or in neither: one metric.
  CHECK(metrics_name_one("对规上工业的贡献率", "对规上工业的贡献率", 2));
  CHECK(metrics_name_one("传统行业对规上工业的贡献率", "五大传统行业对规上工业的贡献率", 2));
}

TEST_CASE("a clause naming a thing and how it fares is the subject of a doing clause after it", "[conflicts][metrics]") {
  // Must apply: each category opens its sentence by how it fares, then 实现 its sales.
  CHECK(conflicts_in({"家电类商品增势良好，实现零售额6.2亿元，增长12.1%。建材类商品有所回落，实现零售额3.9亿元，下降2.4%。"})
            .empty());
  CHECK(conflicts_in({"纺织产业实现工业增加值38.2亿元。此外，建材产业快速壮大，实现工业增加值52.7亿元。"}).empty());
  // Near miss: a framing clause that says nothing of how a thing fares leaves the doing clause's
  // metric as it was: compared.
  CHECK(conflicts_in({"全县上下共同努力，完成固定资产投资5.2亿元。", "完成固定资产投资5.6亿元。"}) ==
        std::vector<std::string>{"5.6亿元 ← 5.2亿元"});
  // Near miss: one thing fares and does twice: one metric, compared.
  CHECK(conflicts_in({"家电类商品增势良好，实现零售额6.2亿元。", "家电类商品增势良好，实现零售额6.8亿元。"}) ==
        std::vector<std::string>{"6.8亿元 ← 6.2亿元"});
}

TEST_CASE("a later count of the kind of things a text opened by counting counts some of that set", "[conflicts][metrics]") {
  // Must apply: the new starts among each text's own set of projects.
  CHECK(conflicts_in({"全县18个市重点项目完成投资12.4亿元。5个新开工项目中，4个已开工。",
                      "全县40个县重点项目完成投资20.1亿元。9个新开工项目中，6个已开工。"})
            .empty());
  // Near miss: one set in both texts: the same new starts, compared.
  CHECK(conflicts_in({"全县18个市重点项目完成投资12.4亿元。5个新开工项目中，4个已开工。",
                      "全县18个市重点项目完成投资12.4亿元。7个新开工项目中，4个已开工。"}) ==
        std::vector<std::string>{"7个 ← 5个"});
  // Near miss: a later count of another kind of things (户, not 项目) is not of the set: compared.
  CHECK(conflicts_in({"全县18个市重点项目完成投资12.4亿元。帮扶困难户120户。", "帮扶困难户150户。"}) ==
        std::vector<std::string>{"150户 ← 120户"});
}

TEST_CASE("what a clause opened by 涉及 right after a count names is of that counted set", "[conflicts][metrics]") {
  // Must apply: two sets of notices, each with the problems it involves.
  CHECK(conflicts_in({"下发整改通知书15份，涉及安全隐患212处；约谈函4份，涉及安全隐患37处。"}).empty());
  CHECK(conflicts_in({"收到市级交办件30件，涉及群众诉求96条。", "收到省级交办件8件，涉及群众诉求21条。"}).empty());
  // Near miss: one set in both: the same involvement, compared.
  CHECK(conflicts_in({"下发整改通知书15份，涉及安全隐患212处。", "下发整改通知书15份，涉及安全隐患230处。"}) ==
        std::vector<std::string>{"230处 ← 212处"});
  // Near miss: 涉及 not right after a count (a clause between) names no set.
  CHECK(conflicts_in({"下发整改通知书15份，督促各单位限期整改，涉及安全隐患212处。", "经排查，涉及安全隐患230处。"}) ==
        std::vector<std::string>{"230处 ← 212处"});
}

TEST_CASE("a named project or campaign made a clause's subject is the subject of the work clauses after it", "[conflicts][metrics]") {
  // Must apply: the county's new homes, then one named project's, and two projects of one programme.
  CHECK(conflicts_in({"全年新建乡镇养老院6所，新增床位520张，“安康家园”二期工程顺利完工，新增床位180张。"}).empty());
  CHECK(conflicts_in({"城东泵站改造工程通过完工验收，完成投资1860万元。城西引水管网工程完成清表工作，铺设管道8.2公里，"
                      "完成投资9400万元。"})
            .empty());
  // Near miss: the same project in both: compared.
  CHECK(conflicts_in({"城东泵站改造工程通过完工验收，完成投资1860万元。", "城东泵站改造工程通过完工验收，完成投资1960万元。"}) ==
        std::vector<std::string>{"1960万元 ← 1860万元"});
  // Near miss: a clause with no project (a framing clause) leaves the work clause's subject unnamed: compared.
  CHECK(conflicts_in({"全县上下克难攻坚，新增床位520张。", "各部门通力协作，新增床位560张。"}) ==
        std::vector<std::string>{"560张 ← 520张"});
}

TEST_CASE("subjects named each before a colon in one sentence are the subjects of the figures after them", "[conflicts][metrics]") {
  // Must apply: two kinds of relief in one cell, each head before its colon.
  CHECK(conflicts_in({"备注：城镇特困:供养标准900元/月，人均补助410.5元/月,农村特困:供养标准620元/月，人均补助233.8元/月。"})
            .empty());
  CHECK(conflicts_in({"全县救助情况。城镇低保：救助人数2210人，发放资金860万元；农村低保：救助人数9870人，发放资金2730万元。"})
            .empty());
  // Near miss: one head alone in its sentence names no second subject: its figures are compared with
  // the same figures elsewhere.
  CHECK(conflicts_in({"总体情况：全年发放救助资金860万元。", "全年发放救助资金900万元。"}) ==
        std::vector<std::string>{"900万元 ← 860万元"});
  // Near miss: the same head in two sentences: compared.
  CHECK(conflicts_in({"城镇低保：救助人数2210人，农村低保：救助人数9870人。", "城镇低保：救助人数2300人，农村低保：救助人数9870人。"}) ==
        std::vector<std::string>{"2300人 ← 2210人"});
}

TEST_CASE("a line that is a name and a colon heads the texts after it", "[conflicts]") {
  // Must apply: two regions, each named on a line of its own before its figures.
  CHECK(conflicts_under_headings({"西部片区：", "1-9月优良天数比例为81.2%，细颗粒物浓度为31微克/立方米。", "东部沿海6个城市：",
                                  "1-9月优良天数比例为88.5%，细颗粒物浓度为26微克/立方米。"})
            .empty());
  // Near miss: a line that runs on past its colon is running text, no heading: the same figure
  // restated after it is compared.
  CHECK(conflicts_under_headings({"西部片区：1-9月优良天数比例为81.2%。", "1-9月优良天数比例为83.0%。"}) ==
        std::vector<std::string>{"83.0% ← 81.2%"});
  // Near miss: one region's figure restated under its own heading still conflicts.
  CHECK(conflicts_under_headings({"西部片区：", "1-9月优良天数比例为81.2%。", "1-9月优良天数比例为83.0%。"}) ==
        std::vector<std::string>{"83.0% ← 81.2%"});
}

TEST_CASE("with no time named, 累计 after the same metric in its sentence is the running total", "[conflicts][metrics]") {
  // Must apply: the period's investment, then the total since the work began, in one sentence.
  CHECK(conflicts_in({"共完成投资3200万元，占年度任务的80%；累计完成投资8600万元，占总投资的49%。"}).empty());
  // Near miss: both clauses without 累计, or both with it: one metric, compared.
  CHECK(conflicts_in({"共完成投资3200万元；完成投资3400万元。"}) == std::vector<std::string>{"3400万元 ← 3200万元"});
  CHECK(conflicts_in({"累计完成投资8600万元；累计完成投资8800万元。"}) == std::vector<std::string>{"8800万元 ← 8600万元"});
  // Near miss: 累计 in a sentence of its own, after no figure of the metric in it: left as it was, compared.
  CHECK(conflicts_in({"共完成投资3200万元。", "累计完成投资8600万元。"}) == std::vector<std::string>{"8600万元 ← 3200万元"});
}

TEST_CASE("a clause saying how a slice of offences fares is the subject of the 查处 clause after it", "[conflicts][metrics]") {
  // Must apply: slices of one year's drink-driving cases, each named by how it fares, then its count.
  CHECK(conflicts_in({"县乡道路查处数量明显上升，共查处1.3万起，同比增加18%。",
                      "25-40岁男性驾驶人酒驾多发，查处2.6万起，占总数的61.2%。",
                      "醉驾(血液酒精含量80以上)占比下降，查处0.4万起，同比减少9.5%。"})
            .empty());
  // Near miss: the same slice named twice with two counts: compared.
  CHECK(conflicts_in({"县乡道路查处数量明显上升，共查处1.3万起。", "县乡道路查处数量明显上升，共查处1.6万起。"}) ==
        std::vector<std::string>{"1.6万起 ← 1.3万起"});
  // Near miss: a clause that says how the work went, not how a slice fares, names no slice: compared.
  CHECK(conflicts_in({"各地严格落实夜查制度，共查处1.3万起。", "全年共查处1.6万起。"}) ==
        std::vector<std::string>{"1.6万起 ← 1.3万起"});
}

TEST_CASE("a sentence opening a breakdown by a view with no figure of its own makes the rest of its text parts", "[conflicts][metrics]") {
  // Must apply: the total's growth, then a breakdown by where goods are sold opened by a sentence with no
  // figure; the growths after it in the paragraph are urban and rural sales', not the total's restated.
  CHECK(conflicts_in({"全市社会消费品零售总额同比增长8.1%。按经营地分，城镇市场好于乡村市场。城镇社会消费品零售总额同比"
                      "增长8.6%，乡村社会消费品零售总额同比增长6.2%。"})
            .empty());
  CHECK(conflicts_in({"9月末，全市本外币存款余额8620亿元，同比增长7.9%。分币种看，人民币存款稳步增长，外币存款有所减少。"
                      "9月末，人民币存款余额8410亿元，同比增长8.3%。"})
            .empty());
  // Near miss: a view sentence that states its own figures holds only to its end: the next sentence's
  // figure is compared with the total.
  CHECK(conflicts_in({"全市本外币存款余额8620亿元。分币种看，人民币存款余额8410亿元。全市本外币存款余额8650亿元。"}) ==
        std::vector<std::string>{"8650亿元 ← 8620亿元"});
  // Near miss: the breakdown's paragraph ends with its text: a later paragraph's figure is compared.
  CHECK(conflicts_in({"全市本外币存款余额8620亿元。分币种看，人民币存款稳步增长。", "全市本外币存款余额8650亿元。"}) ==
        std::vector<std::string>{"8650亿元 ← 8620亿元"});
}

TEST_CASE("a place named right after a figure, the full stop dropped, starts a new sentence's subject", "[conflicts][metrics]") {
  // Must apply: a region's figures, then a city's run on with no full stop; then a region with a count of
  // its cities. Each region (京津冀及周边地区, 长三角, 珠三角, 汾渭平原…) is a place of its own.
  CHECK(conflicts_in({"京津冀及周边地区2+26城市PM2.5浓度为48微克/立方米，同比下降6.1%，臭氧浓度为171微克/立方米，"
                      "同比上升4.2%天津市PM2.5浓度为44微克/立方米，同比下降9.3%，臭氧浓度为168微克/立方米",
                      "长三角地区41个城市平均优良天数比例为84.6%，PM2.5浓度为31微克/立方米",
                      "珠三角9个城市平均优良天数比例为91.2%，PM2.5浓度为22微克/立方米"})
            .empty());
  // Near miss: the same place restated after a dropped stop: compared.
  CHECK(conflicts_in({"天津市PM2.5浓度为44微克/立方米，同比下降9.3%天津市PM2.5浓度为47微克/立方米"}) ==
        std::vector<std::string>{"47微克/立方米 ← 44微克/立方米"});
}

TEST_CASE("two counts of one whole's things in one state are one figure given twice", "[conflicts]") {
  // 督查通报 restating its tally: the 52 projects, the started ones 47 and then 45.
  CHECK(conflicts_in({"截至9月底，全县52个重点项目已开工47个，开工率90.4%。", "全县52个重点项目中，已开工45个，未开工7个。"}) ==
        std::vector<std::string>{"45个 ← 47个"});
  CHECK(conflicts_in({"会议确定事项22件，已办结6件。", "会议确定的22件事项中，已办结8件。"}) ==
        std::vector<std::string>{"8件 ← 6件"});
  // Near misses: another state of the same whole; a whole of another size (a town's projects);
  // two dates; the same count restated.
  CHECK(conflicts_in({"全县52个重点项目已开工47个，已竣工12个。"}).empty());
  CHECK(conflicts_in({"全县52个重点项目已开工47个。", "其中，城关镇12个重点项目已开工9个。"}).empty());
  CHECK(conflicts_in({"截至6月底，全县52个重点项目已开工30个。", "截至9月底，全县52个重点项目已开工47个。"}).empty());
  CHECK(conflicts_in({"全县52个重点项目已开工47个。", "全县52个重点项目中，已开工47个，未开工5个。"}).empty());
}

TEST_CASE("a count that qualifies the next figure through a verb and 的 is told apart by that figure's clause", "[conflicts]") {
  // 涉及, 普及, 惠及 are verbs, not the conjunction 及; the bills are counted by what their
  // projects' clause says (已经表决通过 / 仍在审查).
  CHECK(conflicts_in({"收到提案1800件，312件提案涉及的41个改革事项已经表决通过，95件提案涉及的9个改革事项仍在审查。"})
            .empty());
  // Near miss: the same qualified count restated with another value is one figure given twice.
  CHECK(conflicts_in({"312件提案涉及的41个改革事项已经表决通过。", "其后，320件提案涉及的41个改革事项已经表决通过。"}) ==
        std::vector<std::string>{"320件 ← 312件"});
}

TEST_CASE("a count of a whole's things in one state, after the whole's name and 中, is of that whole", "[conflicts][metrics]") {
  // A 督查通报 restating its tally with no count of the whole: 已 before the state and 中， after the
  // whole change nothing of what is counted.
  CHECK(conflicts_in({"截至10月底，全市民生实事项目已完工18个。", "全市民生实事项目中，已完工16个，正在推进4个。"}) ==
        std::vector<std::string>{"16个 ← 18个"});
  CHECK(conflicts_in({"今年受理信访事项已办结126件。", "受理信访事项中，已办结131件。"}) ==
        std::vector<std::string>{"131件 ← 126件"});
  // Near misses: another state of the whole; another place's things; two dates; the same count
  // restated; a part named after 中， (its own things, not a state).
  CHECK(conflicts_in({"全市民生实事项目已完工18个。", "全市民生实事项目中，已开工21个。"}).empty());
  CHECK(conflicts_in({"全市民生实事项目中，已完工18个。", "东城区民生实事项目中，已完工5个。"}).empty());
  CHECK(conflicts_in({"截至6月底，全市民生实事项目已完工9个。", "截至10月底，全市民生实事项目中，已完工18个。"}).empty());
  CHECK(conflicts_in({"全市民生实事项目已完工18个。", "全市民生实事项目中，已完工18个。"}).empty());
  CHECK(conflicts_in({"全市民生实事项目已完工18个。", "全市民生实事项目中，教育类项目完工6个。"}).empty());
}

TEST_CASE("与上年相比 after an item's total is that item's change, as 比上年 is", "[conflicts][metrics]") {
  // A 决算 说明 gives each item's total and then its change framed by 与…相比: two items, two changes.
  CHECK(conflicts_in({"本单位财政拨款收入总计820万元，与上年相比增加36万元。"
                      "本单位一般公共预算财政拨款支出总计790万元，与上年相比增加21万元。"})
            .empty());
  CHECK(conflicts_in({"全镇税收收入4.2亿元，同上年同期相比增长6%；非税收入1.1亿元，同上年同期相比下降3%。"}).empty());
  // Near misses: one item's change given twice with two values is still one figure given twice.
  CHECK(conflicts_in({"本单位财政拨款收入总计820万元，与上年相比增加36万元。", "本单位财政拨款收入总计820万元，与上年相比增加38万元。"}) ==
        std::vector<std::string>{"38万元 ← 36万元"});
  // 相比 must close the frame: 与上级拨款 names a thing, not a base.
  CHECK(conflicts_in({"本单位收到与上级拨款配套资金120万元。", "本单位收到与上级拨款配套资金150万元。"}) ==
        std::vector<std::string>{"150万元 ← 120万元"});
}

TEST_CASE("a span of years counted back from now (五年来, 过去五年, 近三年) is a period of its own", "[conflicts][metrics]") {
  // A review totals its five years, then gives the last year's figure of the same metric.
  CHECK(conflicts_in({"五年来，全市完成固定资产投资1260亿元。", "过去一年，全市完成固定资产投资268亿元。"}).empty());
  CHECK(conflicts_in({"近三年，全区新增城镇就业2.3万人；去年，全区新增城镇就业4800人。"}).empty());
  CHECK(conflicts_in({"十年来，累计改造农村公路860公里。", "今年，改造农村公路120公里。"}).empty());
  // Near misses: one span said two ways is one time; two values of it conflict. So do two values of the year.
  CHECK(conflicts_in({"五年来，全市完成固定资产投资1260亿元。", "过去五年，全市完成固定资产投资1290亿元。"}) ==
        std::vector<std::string>{"1290亿元 ← 1260亿元"});
  CHECK(conflicts_in({"五年以来，全市完成固定资产投资1260亿元。", "近五年，全市完成固定资产投资1290亿元。"}) ==
        std::vector<std::string>{"1290亿元 ← 1260亿元"});
  CHECK(conflicts_in({"过去一年，全市完成固定资产投资268亿元。", "去年，全市完成固定资产投资275亿元。"}) ==
        std::vector<std::string>{"275亿元 ← 268亿元"});
  // 三年行动 names a plan, not a time.
  CHECK(conflicts_in({"实施三年行动，全市完成固定资产投资268亿元。", "全市完成固定资产投资275亿元。"}) ==
        std::vector<std::string>{"275亿元 ← 268亿元"});
}

TEST_CASE("a five-year plan's years (“十三五”期间, 十二五时期) are a span of their own", "[conflicts][metrics]") {
  CHECK(conflicts_in({"“十三五”期间，全县完成固定资产投资1260亿元。", "2020年，全县完成固定资产投资268亿元。"}).empty());
  CHECK(conflicts_in({"十二五时期，全县新增城镇就业2.1万人；去年全县新增城镇就业4600人。"}).empty());
  // Near misses: one plan's years said two ways are one time; a plan named (“十三五”规划) is no time.
  CHECK(conflicts_in({"“十三五”期间，全县完成固定资产投资1260亿元。", "十三五时期，全县完成固定资产投资1290亿元。"}) ==
        std::vector<std::string>{"1290亿元 ← 1260亿元"});
  CHECK(conflicts_in({"落实“十三五”规划，全县完成固定资产投资1260亿元。", "全县完成固定资产投资1290亿元。"}) ==
        std::vector<std::string>{"1290亿元 ← 1260亿元"});
}
