// Real plans the importer had never seen, judged by hand (tests/data/plans-real/README.md): the
// tasks, their leads, responsible units and deadlines as a person reads them from the text.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "import_plan.h"
#include "import_test_util.h"
#include "source_document.h"

using namespace plancheck;

namespace {

PlanImport import_real(const char* name) {
  const auto path = std::filesystem::path(PLANCHECK_SOURCE_DIR) / "tests/data/plans-real" / name;
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  PlanImport result;
  import_plan(text_source(bytes.str(), path.string()), PlanImportOptions{}, result);
  return result;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("plans-real: 四川 流通体系 2022 — 按职责分工负责, and a unit every task has (不再做分工，下同)", "[import][real]") {
  PlanImport r = import_real("sichuan-liutong-2022.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"(一)", "(二)"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='(一)']/responsible") ==
        Names{"省发展改革委", "省市场监管局", "商务厅", "省大数据中心", "相关市(州)人民政府"});
  CHECK(texts(r.xml, "//task[@id='(二)']/responsible") == Names{"省市场监管局", "相关市(州)人民政府"});
  CHECK(texts(r.xml, "//task/deadline").empty());
}

TEST_CASE("plans-real: 房县 营商环境 2023 — the issuer left out above the date; (牵头单位：X，责任单位：Y)", "[import][real]") {
  PlanImport r = import_real("fangxian-yingshang-2023.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2023-06-30"});
  CHECK(texts(r.xml, "/plan/title") == Names{"以控制成本为核心优化营商环境的具体措施"});
  CHECK(texts(r.xml, "//task/@id") == Names{"(一)", "(二)"});
  CHECK(texts(r.xml, "//task[@id='(一)']/lead") == Names{"县行政审批局"});
  CHECK(texts(r.xml, "//task[@id='(二)']/lead") == Names{"县行政审批局", "县市场监管局", "县发改局"});
  CHECK(texts(r.xml, "//task[@id='(二)']/responsible") == Names{"县直各有关单位", "各乡镇人民政府"});
  CHECK(texts(r.xml, "//task/deadline").empty());
}

TEST_CASE("plans-real: 石景山 街道 2019 — page numbers of the print between the lines, labels on lines of their own",
          "[import][real]") {
  PlanImport r = import_real("shijingshan-jiedao-2019.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2019-04-16"});
  CHECK(texts(r.xml, "/plan/title") == Names{"石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案"});
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2"});
  CHECK(texts(r.xml, "//task[@id='1']/lead") == Names{"区委组织部"});
  CHECK(texts(r.xml, "//task[@id='1']/responsible") ==
        Names{"区委编办", "区民政局(区委社会工委)", "园区党工委", "各街道党工委"});
  CHECK(texts(r.xml, "//task[@id='2']/lead").empty());
}

TEST_CASE("plans-real: 芜湖 教育 2024 — a date line that lost 年月日, 责任科室", "[import][real]") {
  PlanImport r = import_real("wuhu-jiaoyu-2024.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2024-03-27"});
  CHECK(texts(r.xml, "/plan/title") == Names{"芜湖市教育局2024年工作要点"});
  CHECK(texts(r.xml, "//task/@id") == Names{"1"});
  CHECK(texts(r.xml, "//task/responsible") == Names{"组干科", "机关党委"});
  CHECK(texts(r.xml, "//task/deadline").empty());
}

TEST_CASE("plans-real: 立山 2023 — 牵头单位 and 责任单位 on lines under each target", "[import][real]") {
  PlanImport r = import_real("lishan-2023.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/plan/@id") == Names{"鞍立政发〔2023〕2号"});
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2023-03-28"});
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3", "4", "5", "6"});
  CHECK(texts(r.xml, "//task/lead") == Names{"区发改局", "区工信局", "区发改局", "区商务局", "区财政局", "区发改局"});
  CHECK(texts(r.xml, "//task[@id='5']/responsible") == Names{"立山经济开发区", "各街道", "税务局"});
  CHECK(texts(r.xml, "//task/deadline").empty());
}

TEST_CASE("plans-real: 徐庄镇 2017 — a |-ruled table of what, when and who, no 序号, months as 1月份", "[import][real]") {
  PlanImport r = import_real("xuzhuang-anquan-2017.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/plan/@id") == Names{"徐庄镇安全生产专项整治工作计划（2017）"});
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2017-02-24"});
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/title") == Names{"烟花爆竹"});
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"安监站", "安监所"});
  CHECK(texts(r.xml, "//task[@id='7']/responsible") == Names{"工商质监所", "安监站"});
  CHECK(texts(r.xml, "//task[@id='12']/responsible") == Names{"超限站", "公路站", "交警六中队"});
  CHECK(texts(r.xml, "//task/deadline") ==
        Names{"2017-01-31", "2017-02-28", "2017-03-31", "2017-04-30", "2017-05-31", "2017-06-30", "2017-07-31",
              "2017-08-31", "2017-09-30", "2017-10-31", "2017-11-30", "2017-12-31"});
}

TEST_CASE("plans-real: 嵊泗 乡村振兴任务清单 2021 — 考核项目 before 序号, 考核指标 merged down, a 责任部门 over two lines",
          "[import][real]") {
  PlanImport r = import_real("shengsi-xiangcun-2021.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"县海洋与渔业局", "县农业农村局"});
  CHECK(texts(r.xml, "//task[@id='2']/responsible") == Names{"县海洋与渔业局", "县农业农村局"});
  CHECK(texts(r.xml, "//task[@id='3']/responsible") == Names{"县经济和信息化局"});
  for (const char* id : {"4", "5", "6", "7", "8", "9", "10"})
    CHECK(texts(r.xml, (std::string("//task[@id='") + id + "']/responsible").c_str()) == Names{"县农业农村局"});
  // 评分部门 scores the work: its offices are no unit of a task.
  CHECK(r.xml.select_nodes("//task/*[starts-with(., '市')]").empty());
  CHECK(texts(r.xml, "//task[@id='10']/title") == Names{"建设美丽牧场"});
  CHECK(texts(r.xml, "//task/deadline").empty());
}

TEST_CASE("plans-real: 郧阳 2023 分解表 — a row the excerpt cuts after its lead", "[import][real]") {
  PlanImport r = import_real("yunyang-2023.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/*/@issued") == Names{"2023-01-30"});
  CHECK(texts(r.xml, "//task/@id") == Names{"1"});
  CHECK(texts(r.xml, "//task[@id='1']/lead") == Names{"区发改局"});
  CHECK(texts(r.xml, "//task/responsible").empty());  // 牵头领导 names people
}

TEST_CASE("plans-real: 泗洲头镇 2024 — header words broken over two lines, 责任领导 a person", "[import][real]") {
  PlanImport r = import_real("sizhoutou-2024.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"白仙山水库工程政策处理工作领导小组"});
  CHECK(texts(r.xml, "//task[@id='2']/responsible") == Names{"乡村振兴办"});
  CHECK(r.xml.select_nodes("//*[.='欧乾震' or .='吴宇凡']").empty());
}

TEST_CASE("plans-real: 霍山开发区 2025 — cells one per line closed by a bar, 责任领导 names people", "[import][real]") {
  PlanImport r = import_real("huoshan-kaifaqu-2025.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"招商工作部", "安商工作部"});
  CHECK(texts(r.xml, "//task[@id='2']/responsible") == Names{"改革办"});
  CHECK(texts(r.xml, "//task[@id='3']/responsible") == Names{"规划建设局"});
  CHECK(r.xml.select_nodes("//*[.='叶林' or .='马振明' or .='张云峰']").empty());
}

TEST_CASE("plans-real: 洋縣 民生實事 2024 (trad) — cells closed by bars, 建設地點 and 投資金額 columns", "[import][real]") {
  // plans15's second held-out text: 0 of 5 rows at its first look, now seen.
  PlanImport r = import_real("yangxian-minsheng-2024-trad.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/*/@issued") == Names{"2024-04-02"});
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3", "4", "5"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task/responsible") == Names{"教體局", "住建局", "住建局", "交通局", "農業農村局"});
  CHECK(texts(r.xml, "//task[@id='3']/title") == Names{"洋縣2024年老舊小區改造項目"});
}

TEST_CASE("plans-real: 大竹 民生实事 2016 — unit cells over several lines, a row of two works", "[import][real]") {
  // plans15's third held-out text: 0 of 10 rows at its first look, now seen.
  PlanImport r = import_real("dazhu-minsheng-2016.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "/*/@issued") == Names{"2016-02-26"});
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"县水务局", "县住建局", "县护城河指挥部"});
  CHECK(texts(r.xml, "//task[@id='5']/responsible") == Names{"县民政局"});
  CHECK(texts(r.xml, "//task[@id='8']/responsible") == Names{"县教科局", "县代建中心"});
  CHECK(texts(r.xml, "//task/deadline") == Names{"2016-12-31", "2016-09-30", "2016-12-31", "2016-05-31", "2016-12-31",
                                                  "2016-12-31", "2016-12-31", "2016-12-31", "2016-12-31", "2016-12-31"});
}

TEST_CASE("plans-real: 鄭州 十大實事 2012 (trad, pinyin) — unnumbered items under their glossed label lines",
          "[import][real]") {
  // plans15's fourth held-out text: 0 of 2 at its first look, now seen. The page gives no date;
  // the article names the plan's year (公布了2012年十大實事), so the deadlines are 2012's (plans16).
  PlanImport r = import_real("zhengzhou-shida-shishi-2012-trad.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task/responsible") == Names{"市教育局", "市教育局"});
  CHECK(r.xml.select_nodes("//*[.='劉東' or .='毛杰']").empty());
  CHECK(texts(r.xml, "//task/deadline") == Names{"2012-12-31", "2012-12-31"});
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2012-01-01"});
}

TEST_CASE("plans-real: 临安 民生实事 2022 — a bar table under the page's bar metadata rows, steps numbered with months",
          "[import][real]") {
  // plans16 tune: 0 tasks at first look (the metadata row 索引号 | … was read as the header).
  PlanImport r = import_real("linan-shishi-2022.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/responsible").size() == 14);
  CHECK(texts(r.xml, "//task[@id='1']/responsible")[0] == "教育局");
  CHECK(texts(r.xml, "//task[@id='2']/responsible") ==
        Names{"卫生健康局", "财政局", "教育局", "规划和自然资源分局", "医疗保障分局", "民政局", "妇联", "各镇(街道)"});
  CHECK(texts(r.xml, "//task/deadline") == Names{"2022-11-30", "2022-11-30", "2022-11-30"});
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2022-07-14"});
}

TEST_CASE("plans-real: 湖州 重点工作 2020 — the first listed unit leads (列第一位者为工作牵头单位，下同)", "[import][real]") {
  PlanImport r = import_real("huzhou-2020.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2"});
  CHECK(texts(r.xml, "//task[@id='1']/lead") == Names{"市经信局"});
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"市财政局", "市发展改革委", "市人力社保局", "市金融办", "市税务局"});
  CHECK(texts(r.xml, "//task/deadline").empty());
}

TEST_CASE("plans-real: 青岛 新旧动能转换 2023 (trad, glosses in the words) — 牽頭單位 / 參與單位 in brackets",
          "[import][real]") {
  PlanImport r = import_real("qingdao-dongneng-2023-trad.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3"});
  CHECK(texts(r.xml, "//task/lead") == Names{"市科技局", "市科技局"});
  CHECK(texts(r.xml, "//task/responsible") == Names{"青島藍(lán)谷管理局"});
  CHECK(texts(r.xml, "/plan/@issued") == Names{"2023-01-30"});
}

TEST_CASE("plans-real: 宁海 民生实事 2022 (trad) — a bar table's spanning header cells padded at the row's end, rows short a cell",
          "[import][real]") {
  // plans16 held-out (0/6 responsible there), seen by plans17: cells set into the columns by what they hold.
  PlanImport r = import_real("ninghai-shishi-2022-trad.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3", "4", "5"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"縣教育局"});
  CHECK(texts(r.xml, "//task[@id='2']/responsible") == Names{"縣民政局", "各相關鄉鎮街道"});
  CHECK(texts(r.xml, "//task[@id='3']/responsible") == Names{"縣衛健局"});
  CHECK(texts(r.xml, "//task[@id='4']/responsible") == Names{"縣城投集團"});
  CHECK(texts(r.xml, "//task[@id='5']/responsible") == Names{"縣教育局"});
}

TEST_CASE("plans-real: 江山 民生实事 2023 — a flattened header broken over lines, row 1's name over two lines",
          "[import][real]") {
  // plans17's held-out text (row 1 read a line off, no deadline at its first look), seen by plans19.
  PlanImport r = import_real("jiangshan-shishi-2023.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"1", "2", "3"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task[@id='1']/responsible") == Names{"城投集团"});
  CHECK(texts(r.xml, "//task[@id='2']/responsible") == Names{"水利局"});
  CHECK(texts(r.xml, "//task[@id='1']/title") == Names{"城市用气提升工程"});
  CHECK(texts(r.xml, "//task[@id='1' or @id='2']/deadline") == Names{"2023-12-31", "2023-12-31"});
}

TEST_CASE("plans-real: 高新区 承诺事项 2022 — cells closed by bars, the header several cells a line", "[import][real]") {
  // plans19's held-out text (no task at its first look), seen after it.
  PlanImport r = import_real("gaoxin-chengnuo-2022.txt");
  REQUIRE(r.ok);
  CHECK(texts(r.xml, "//task/@id") == Names{"7"});
  CHECK(texts(r.xml, "//task/lead").empty());
  CHECK(texts(r.xml, "//task/responsible") == Names{"国土住建局"});
  CHECK(texts(r.xml, "//task/deadline") == Names{"2022-12-31"});
}
