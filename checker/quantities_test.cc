#include "quantities.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

// plancheck::Approx names the qualifier; Catch's Approx compares doubles.
using Qualifier = plancheck::Approx;
using plancheck::find_quantities;
using plancheck::Quantity;
using plancheck::quantities_agree;
using plancheck::read_quantity;

namespace {

std::string read_seed(const std::string& prefix) {
  namespace fs = std::filesystem;
  for (const auto& entry : fs::directory_iterator(fs::path(PLANCHECK_SOURCE_DIR) / "fixtures/seeds"))
    if (entry.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      return text.str();
    }
  FAIL("no seed " << prefix);
  return {};
}

std::vector<std::string> texts_of(const std::vector<Quantity>& figures) {
  std::vector<std::string> texts;
  for (const auto& q : figures) texts.push_back(q.text);
  return texts;
}

Quantity must_read(const std::string& text) {
  INFO(text);
  auto q = read_quantity(text);
  REQUIRE(q);
  return *q;
}

}  // namespace

TEST_CASE("every figure form of formats.md reads", "[quantities]") {
  struct Case {
    const char* text;
    double value;
    Qualifier approx;
    const char* unit;
  };
  const Case cases[] = {
      {"1361期", 1361, Qualifier::Exact, "期"},
      {"27万人次", 270000, Qualifier::Exact, "人次"},
      {"超过27万人次", 270000, Qualifier::Over, "人次"},
      {"1100余次", 1100, Qualifier::Over, "次"},
      {"23.5万余人次", 235000, Qualifier::Over, "人次"},
      {"近30万次", 300000, Qualifier::Under, "次"},
      {"6.29亿元", 629000000, Qualifier::Exact, "元"},
      {"235万元", 2350000, Qualifier::Exact, "元"},
      {"8466多万元", 84660000, Qualifier::Over, "元"},
      {"95%", 95, Qualifier::Exact, "%"},
      {"至少1处", 1, Qualifier::AtLeast, "处"},
      {"百场", 100, Qualifier::Exact, "场"},
      {"两千余人", 2000, Qualifier::Over, "人"},
      {"150余万人次", 1500000, Qualifier::Over, "人次"},
      {"约30万次", 300000, Qualifier::About, "次"},
      {"不超过5项", 5, Qualifier::AtMost, "项"},
      {"75%以上", 75, Qualifier::AtLeast, "%"},
      {"5.5%以内", 5.5, Qualifier::AtMost, "%"},
      {"60个工作日以内", 60, Qualifier::AtMost, "个工作日"},
      {"5620对", 5620, Qualifier::Exact, "对"},      // 结婚登记
      {"12例", 12, Qualifier::Exact, "例"},          // 病例
      {"300余盏", 300, Qualifier::Over, "盏"},       // 路灯
      {"3眼", 3, Qualifier::Exact, "眼"},            // 机井
      {"百分之八", 8, Qualifier::Exact, "%"},
      {"９５％", 95, Qualifier::Exact, "%"},
      {"连续3年", 3, Qualifier::Exact, "年"},
      {"  1361期\u3000", 1361, Qualifier::Exact, "期"},
  };
  for (const Case& c : cases) {
    Quantity q = must_read(c.text);
    INFO(c.text);
    CHECK(q.value == Approx(c.value));
    CHECK(q.approx == c.approx);
    CHECK(q.unit == c.unit);
    CHECK_FALSE(q.masked);
  }
}

TEST_CASE("masked placeholders are figures without a value", "[quantities]") {
  struct Case {
    const char* text;
    const char* unit;
    Qualifier approx;
  };
  const Case cases[] = {
      {"*期", "期", Qualifier::Exact},         {"*.*万人次", "人次", Qualifier::Exact},
      {"*余万册", "册", Qualifier::Over},      {"*%", "%", Qualifier::Exact},
      {"连续*年", "年", Qualifier::Exact},     {"超过*.*万人次", "人次", Qualifier::Over},
      {"＊个", "个", Qualifier::Exact},
  };
  for (const Case& c : cases) {
    Quantity q = must_read(c.text);
    INFO(c.text);
    CHECK(q.masked);
    CHECK(q.value == 0);
    CHECK(q.unit == c.unit);
    CHECK(q.approx == c.approx);
  }
}

TEST_CASE("strings that are not one figure", "[quantities]") {
  for (const char* text : {"", "期", "*", "2023年", "*重要讲话", "1万-5万元", "27万人次以后",
                           "十一十二次", "第三次"}) {
    INFO(text);
    CHECK_FALSE(read_quantity(text));
  }
}

TEST_CASE("approx names", "[quantities]") {
  CHECK(std::string(plancheck::approx_name(Qualifier::Exact)) == "exact");
  CHECK(std::string(plancheck::approx_name(Qualifier::Over)) == "over");
  CHECK(std::string(plancheck::approx_name(Qualifier::About)) == "about");
  CHECK(std::string(plancheck::approx_name(Qualifier::Under)) == "under");
  CHECK(std::string(plancheck::approx_name(Qualifier::AtLeast)) == "at-least");
  CHECK(std::string(plancheck::approx_name(Qualifier::AtMost)) == "at-most");
}

TEST_CASE("figures in running text carry byte offsets and their qualifiers", "[quantities]") {
  const std::string text = "培训人员超过27万人次，开展活动1100余次，资金6.29亿元。";
  auto figures = find_quantities(text);
  REQUIRE(texts_of(figures) ==
          std::vector<std::string>{"超过27万人次", "1100余次", "6.29亿元"});
  for (const auto& q : figures) CHECK(text.substr(q.offset, q.length) == q.text);
  CHECK(figures[0].offset == std::string("培训人员").size());
  CHECK(figures[0].approx == Qualifier::Over);
  CHECK(figures[0].value == 270000);
  CHECK(figures[2].value == Approx(6.29e8));
}

TEST_CASE("each figure carries its subject: the words back to a mark or the figure before", "[quantities]") {
  auto subjects = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& q : find_quantities(text)) out.push_back(q.subject);
    return out;
  };
  CHECK(subjects("新增自治区级民族团结进步示范单位4个。") ==
        std::vector<std::string>{"新增自治区级民族团结进步示范单位"});
  // A comma, a full stop, a book title's 》 or a space ends the subject; so does the figure before.
  CHECK(subjects("培训人员超过27万人次，开展活动1100余次。") == std::vector<std::string>{"培训人员", "开展活动"});
  CHECK(subjects("举办《讲座》3场，宣讲5场走访10户") == std::vector<std::string>{"", "宣讲", "走访"});
  CHECK(subjects("receive\t4个; give (visit)5次 to 3个") == std::vector<std::string>{"receive", "", ""});
  CHECK(subjects("编印宣传折页*份，发放5000份") == std::vector<std::string>{"编印宣传折页", "发放"});
  // A figure at the start of a text states nothing before it.
  CHECK(subjects("12场活动") == std::vector<std::string>{""});
}

TEST_CASE("a `*` that stands for no number is no figure", "[quantities]") {
  for (const char* text : {"视察*重要讲话", "用好*色资源", "新时代*民族工作", "纳入平安*建设",
                           "获得者*国先进典型", "**重点**"}) {
    INFO(text);
    CHECK(find_quantities(text).empty());
  }
  CHECK(texts_of(find_quantities("举办培训班*期、编发*余万册")) ==
        std::vector<std::string>{"*期", "*余万册"});
}

TEST_CASE("dates, ordinals and list numbers are no figures", "[quantities]") {
  for (const char* text : {"2023年11月30日前完成", "10月8日至9日召开", "2013年以来",
                           "二〇二三年十一月底前", "自治区第十三次党代会", "第九次全国代表大会",
                           "1.加强组织领导", "（一）强化责任", "一、总体要求", "十四五规划",
                           "十分重要"}) {
    INFO(text);
    CHECK(find_quantities(text).empty());
  }
  // After a date the count that follows is still read.
  CHECK(texts_of(find_quantities("2023年11月完成培训3期")) == std::vector<std::string>{"3期"});
  CHECK(texts_of(find_quantities("近3年累计开展活动3600余场次")) ==
        std::vector<std::string>{"3600余场次"});
}

TEST_CASE("decision: numbers in quoted names and book titles are no figures", "[quantities]") {
  // “三个离不开”, “五个认同” and 《…》 titles name slogans and documents; they count nothing,
  // and a conflicting-figures rule must not compare them with real counts.
  for (const char* text : {"牢固树立“三个离不开”“五个认同”思想", "编印《马克思主义“五观”基本问题口袋书》",
                           "开展\"三项计划\"活动", "落实《2个条例》"}) {
    INFO(text);
    CHECK(find_quantities(text).empty());
  }
  // The quote ends, the count after it is read.
  CHECK(texts_of(find_quantities("开展“三项计划”各类活动7次(项)")) ==
        std::vector<std::string>{"7次"});
}

TEST_CASE("decision: a lone 一 is an article, and set phrases count nothing", "[quantities]") {
  for (const char* text : {"选树一批精品示范点位", "同唱一首歌", "一家亲", "深入千家万户",
                           "百家争鸣", "统一战线", "一体推进"}) {
    INFO(text);
    CHECK(find_quantities(text).empty());
  }
  // Any other numeral counts, Chinese or not.
  CHECK(texts_of(find_quantities("两个城市、百场学习、三所学校、至少一处")) ==
        std::vector<std::string>{"两个", "百场", "三所", "至少一处"});
}

TEST_CASE("figures and subjects next to bytes that are no UTF-8 or past the BMP", "[quantities]") {
  struct Case {
    std::string text;
    size_t offset;
    std::string figure, subject;
  };
  const Case cases[] = {
      {"\xe4\xb8" "3个", 2, "3个", "\xe4\xb8"},  // a cut ideograph
      {"\x80" "3个", 1, "3个", "\x80"},            // a stray continuation byte
      {"活动\xff" "5场", 7, "5场", "活动\xff"},
      {"开展\x80\x80" "活动5场", 14, "5场", "开展\x80\x80" "活动"},
      {"表情😀3个，", 10, "3个", "表情😀"},
      {"😀活动5场", 10, "5场", "😀活动"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto figures = find_quantities(c.text);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].offset == c.offset);
    CHECK(figures[0].text == c.figure);
    CHECK(figures[0].subject == c.subject);
  }
}

TEST_CASE("the longest measure word wins among those that begin alike", "[quantities]") {
  auto figures = find_quantities(
      "增长3个百分点，历时3个月，建成3个，面积5平方公里、5平方米，100新台币，2台，3％，5‰，5圆");
  std::vector<std::string> units;
  for (const auto& q : figures) units.push_back(q.unit);
  CHECK(texts_of(figures) == std::vector<std::string>{"3个百分点", "3个月", "3个", "5平方公里",
                                                      "5平方米", "100新台币", "2台", "3％", "5‰",
                                                      "5圆"});
  CHECK(units == std::vector<std::string>{"个百分点", "个月", "个", "平方公里", "平方米", "新台币",
                                          "台", "%", "‰", "元"});
  // Counts of times a thing was handled: 件次, 架次, 车次 are one measure word, not 件 and a noun 次.
  figures = find_quantities("受理来信来访286件次，保障航班1200架次，发送旅客车辆3500车次");
  units.clear();
  for (const auto& q : figures) units.push_back(q.unit);
  CHECK(units == std::vector<std::string>{"件次", "架次", "车次"});
}

TEST_CASE("numbers longer than any in a report still read whole", "[quantities]") {
  auto ones = find_quantities("共有" + std::string(40, '1') + "个");
  REQUIRE(ones.size() == 1);
  CHECK(ones[0].length == 40 + std::string("个").size());
  CHECK(ones[0].value == Approx(1.111111111111111e39));
  std::string threes;
  for (int i = 0; i < 35; ++i) threes += "三";
  auto built = find_quantities("建成" + threes + "个");
  REQUIRE(built.size() == 1);
  CHECK(built[0].text == threes + "个");
  CHECK(built[0].value == Approx(3.3333333333333323e34));
  std::string tens;
  for (int i = 0; i < 40; ++i) tens += "十";
  CHECK(find_quantities(tens + "个").empty());
}

TEST_CASE("a qualifier is a word of its own", "[quantities]") {
  auto figures = find_quantities("最近3个月开展活动，附近2所学校");
  REQUIRE(texts_of(figures) == std::vector<std::string>{"3个月", "2所"});
  CHECK(figures[0].approx == Qualifier::Exact);
  CHECK(figures[1].approx == Qualifier::Exact);
}

TEST_CASE("comparison signs of tables and target lists qualify the figure after them", "[quantities]") {
  auto figures = find_quantities("覆盖率>90% | ≥95% | 占比＜5% | ≤3个");
  REQUIRE(texts_of(figures) == std::vector<std::string>{">90%", "≥95%", "＜5%", "≤3个"});
  CHECK(figures[0].approx == Qualifier::AtLeast);
  CHECK(figures[1].approx == Qualifier::AtLeast);
  CHECK(figures[2].approx == Qualifier::AtMost);
  CHECK(figures[3].approx == Qualifier::AtMost);
  CHECK(figures[0].metric == "覆盖率");
}

TEST_CASE("约 that ends a verb (签约, 节约, 预约) qualifies nothing; 约 alone still does", "[quantities]") {
  auto figures = find_quantities("当月签约12个项目，节约资金30万元，预约挂号500人次，新增就业约800人");
  REQUIRE(texts_of(figures) == std::vector<std::string>{"12个", "30万元", "500人次", "约800人"});
  CHECK(figures[0].approx == Qualifier::Exact);
  CHECK(figures[1].approx == Qualifier::Exact);
  CHECK(figures[2].approx == Qualifier::Exact);
  CHECK(figures[3].approx == Qualifier::About);
}

TEST_CASE("measure words of farm and environment reports: 斤, 笔, 羽, 尾, 天次, 微克/立方米", "[quantities]") {
  auto figures = find_quantities("小麦亩产1200斤，发放贷款36笔，出栏家禽3.1万羽，投放鱼苗50万尾，发生重污染395天次，"
                                 "PM2.5浓度为47微克/立方米");
  REQUIRE(figures.size() == 6);
  CHECK(figures[0].unit == "斤");
  CHECK(figures[1].unit == "笔");
  CHECK(figures[2].unit == "羽");
  CHECK(figures[3].unit == "尾");
  CHECK(figures[4].unit == "天次");
  CHECK(figures[5].unit == "微克/立方米");
}

TEST_CASE("a range before one measure word is one figure: any value between its ends", "[quantities]") {
  auto figures = find_quantities("每村培育致富带头人三到五名，每个街道建设3-5个示范点，补助3至5万元，投入1.5亿-2亿元，增长5～8%");
  REQUIRE(texts_of(figures) == std::vector<std::string>{"三到五名", "3-5个", "3至5万元", "1.5亿-2亿元", "5～8%"});
  CHECK(figures[1].value == Approx(4));
  CHECK(figures[1].rounding == Approx(1));
  CHECK(figures[2].value == Approx(40000));  // the low end takes the high end's 万
  CHECK(figures[3].value == Approx(1.75e8));
  auto four = read_quantity("4个"), six = read_quantity("6个");
  CHECK(quantities_agree(figures[1], *four));
  CHECK_FALSE(quantities_agree(figures[1], *six));
  // Near misses: a change (由3个增加至5个), an ordinal range (第3-5名), dates and months.
  CHECK(texts_of(find_quantities("由3个增加至5个")) == std::vector<std::string>{"3个", "5个"});
  CHECK(find_quantities("获得第3-5名").empty());
  CHECK(find_quantities("1-6月，2023-11-20，2020—2022年").empty());
}

TEST_CASE("cn2an sentences: the figures they state, and words that hold none",
          "[quantities][vendor]") {
  std::ifstream in(std::string(PLANCHECK_SOURCE_DIR) + "/tests/data/chinese-tests/cn2an-numbers.json");
  REQUIRE(in.good());
  // The figure each sentence states, as cn2an rewrites it. Dates (二零零一年三月四日),
  // fractions (二分之一), temperatures (摄氏度), ranges (~), 半 and 第 are no figures of ours.
  const std::map<std::string, std::pair<std::string, double>> figures = {
      {"小王捡了一百块钱", {"一百块", 100}},
      {"用户增长最快的三个城市", {"三个", 3}},
      {"今天股价上涨了百分之八", {"百分之八", 8}},
      {"两个", {"两个", 2}},
      {"两千米", {"两千米", 2000}},
      {"支票上金额应写为：伍仟元整", {"伍仟元整", 5000}},
  };
  int checked = 0, unchanged = 0;
  for (const auto& c : nlohmann::json::parse(in)) {
    if (c["kind"] != "text_transform") continue;
    const std::string input = c["input"];
    INFO(input);
    auto found = find_quantities(input);
    if (c["expected"] == input) {  // 大陆, 半岛, 两岸关系: cn2an leaves them alone, so do we
      CHECK(found.empty());
      ++unchanged;
    } else if (auto figure = figures.find(input); figure != figures.end()) {
      REQUIRE(found.size() == 1);
      CHECK(found[0].text == figure->second.first);
      CHECK(found[0].value == Approx(figure->second.second));
      ++checked;
    }
  }
  CHECK(unchanged == 3);
  CHECK(checked == 6);
}

TEST_CASE("seed 000: a masked figure for every `*` that stands for a number", "[quantities][seeds]") {
  const std::string text = read_seed("000_");
  auto figures = find_quantities(text);
  std::vector<std::string> masked, plain;
  for (const auto& q : figures) {
    CHECK(text.substr(q.offset, q.length) == q.text);
    (q.masked ? masked : plain).push_back(q.text);
  }
  // The 14 `*` of the seed, counted by hand: 7 figures. 视察*重要讲话, 新时代*民族工作,
  // 用好*色资源, “小*大讲堂”, “*少年手拉手”, *国先进典型 and 平安*建设 mask words.
  CHECK(masked == std::vector<std::string>{"*期", "超过*.*万人次", "*万册", "*余万册", "连续*年",
                                           "*%", "*余人"});
  // The “五百” campaign; 第十三次, “四大工程”, 一批 and the book titles are not figures.
  CHECK(plain == std::vector<std::string>{"百场", "百期", "百名", "百家", "百部"});
}

TEST_CASE("seed 002: 乌拉特后旗 states its 自治区级 units as 4个 and 14个", "[quantities][seeds]") {
  const std::string text = read_seed("002_");
  const std::string subject = "自治区级民族团结进步示范单位";
  size_t section = text.find("巴彦淖尔市乌拉特后旗民族事务委员会");
  REQUIRE(section != std::string::npos);
  std::vector<std::string> stated;
  for (const auto& q : find_quantities(text))
    if (q.offset >= section && q.offset >= subject.size() &&
        text.compare(q.offset - subject.size(), subject.size(), subject) == 0)
      stated.push_back(q.text);
  CHECK(stated == std::vector<std::string>{"4个", "14个"});
}

TEST_CASE("seed 002: figures of the 乌拉特后旗 section", "[quantities][seeds]") {
  const std::string text = read_seed("002_");
  size_t section = text.find("巴彦淖尔市乌拉特后旗民族事务委员会");
  auto figures = find_quantities(std::string_view(text).substr(section));
  CHECK(texts_of(figures) == std::vector<std::string>{"近2.3万人次", "8466多万元", "55个", "7次",
                                                      "6000余人", "40个", "31个", "4个", "1个",
                                                      "14个", "1个"});
}

TEST_CASE("figures agree by what their qualifiers allow", "[quantities]") {
  auto q = must_read;
  CHECK(quantities_agree(q("超过27万人次"), q("280000人次")));
  CHECK_FALSE(quantities_agree(q("超过27万人次"), q("250000人次")));
  CHECK(quantities_agree(q("27万人次"), q("270000")));
  CHECK(quantities_agree(q("27万人次"), q("271234人次")));  // 27万 is rounded to the 万
  CHECK_FALSE(quantities_agree(q("270000人次"), q("271234人次")));
  CHECK_FALSE(quantities_agree(q("4个"), q("14个")));
  CHECK(quantities_agree(q("近30万次"), q("29万次")));
  CHECK_FALSE(quantities_agree(q("近30万次"), q("31万次")));
  CHECK(quantities_agree(q("至少1处"), q("3处")));
  CHECK_FALSE(quantities_agree(q("不超过5项"), q("6项")));
  CHECK(quantities_agree(q("约30万次"), q("31万次")));
  CHECK(quantities_agree(q("6.29亿元"), q("629000000元")));
  CHECK_FALSE(quantities_agree(q("27万人次"), q("27万人")));  // another measure
  CHECK_FALSE(quantities_agree(q("*期"), q("*期")));          // a placeholder states nothing
}

TEST_CASE("JioNLP money amounts that are one figure", "[quantities][vendor]") {
  std::ifstream in(std::string(PLANCHECK_SOURCE_DIR) + "/tests/data/chinese-tests/jionlp-money.json");
  REQUIRE(in.good());
  const auto cases = nlohmann::json::parse(in);

  // Forms reports do not use, each with why.
  const std::map<std::string, const char*> unsupported = {
      {"新台币 177.1 亿元", "currency named before the number, spaces inside the figure"},
      {"港币两千九百六十元", "currency named before the number"},
      {"15k左右", "k/w abbreviations are chat style"},
      {"30w上下", "k/w abbreviations are chat style"},
      {"十块三毛", "块/毛 money slang; in reports 块 counts plaques"},
      {"一百三十五块六角七分钱", "块/毛 money slang; in reports 块 counts plaques"},
      {"至少九千块钱以上", "块/毛 money slang; in reports 块 counts plaques"},
      {"三万元欧元", "two currency words"},
      {"9000元日币", "two currency words"},
      {"两个亿卢布", "两个亿 is speech, not report wording"},
      {"50万元（含）以上", "（含） inclusion note inside the figure"},
  };
  // JioNLP writes the currency it normalises to; our unit is the word as written.
  const std::map<std::string, std::string> currency_written = {
      {"新台币", "台币"}, {"港元", "港元"}};

  int passed = 0, skipped = 0, ranges_rejected = 0;
  for (const auto& c : cases) {
    const std::string input = c["input"];
    if (unsupported.count(input)) {
      ++skipped;
      continue;
    }
    INFO("input: " << input);
    auto q = read_quantity(input);
    const std::string definition = c["expected_definition"];
    if (c.contains("expected_low")) {
      // 3000多欧元 is one figure, over its low end; 1万-5万元, 几十万块, 八九亿韩元 are
      // ranges or vague amounts: not one figure, so none must be read.
      if (input.find("多") != std::string::npos) {
        REQUIRE(q);
        CHECK(q->approx == Qualifier::Over);
        CHECK(q->value == Approx(c["expected_low"].get<double>()));
      } else {
        CHECK_FALSE(q);
        ++ranges_rejected;
      }
      ++passed;
      continue;
    }
    REQUIRE(q);
    CHECK(q->value == Approx(c["expected_value"].get<double>()).margin(0.0051));
    const std::string currency = c["expected_currency"];
    auto written = currency_written.find(currency);
    if (q->unit.empty())
      CHECK(currency == "元");  // 三百万, 小于40万: JioNLP assumes 元
    else
      CHECK((q->unit == currency || (written != currency_written.end() && q->unit == written->second)));
    const std::set<Qualifier> allowed =
        definition == "accurate" ? std::set<Qualifier>{Qualifier::Exact}
        : definition == "blur-"  ? std::set<Qualifier>{Qualifier::Under, Qualifier::AtMost}
        : definition == "blur+"  ? std::set<Qualifier>{Qualifier::AtLeast, Qualifier::Over}
                                 : std::set<Qualifier>{Qualifier::About, Qualifier::Over};
    CHECK(allowed.count(q->approx) == 1);
    ++passed;
  }
  CHECK(skipped == 11);
  CHECK(ranges_rejected >= 18);
  CHECK(passed >= 43);
}

TEST_CASE("a class written in Chinese numerals names the class, it counts nothing", "[quantities]") {
  // 一类/四类 of sea water, 劣Ⅴ-style 劣三类, and a list of classes ending 二类: labels, not counts.
  CHECK(texts_of(find_quantities("一类海水面积占比96.2%，劣三类海水比例为6.4%。")) ==
        std::vector<std::string>{"96.2%", "6.4%"});
  CHECK(texts_of(find_quantities("良好（一、二类）水体比例为83.0%")) == std::vector<std::string>{"83.0%"});
  // Near misses: kinds counted, in Chinese numerals before a clause mark or in digits.
  CHECK(texts_of(find_quantities("生活垃圾分为四类。")) == std::vector<std::string>{"四类"});
  CHECK(texts_of(find_quantities("新增3类服务事项")) == std::vector<std::string>{"3类"});
}

TEST_CASE("the first months of a time are a period, not a count", "[quantities]") {
  // 前4个月 / 前三个季度: the first N months or quarters, the time a growth is of.
  CHECK(texts_of(find_quantities("出口前4个月增长11.6%，前5个月增长12%")) == std::vector<std::string>{"11.6%", "12%"});
  CHECK(texts_of(find_quantities("前两个季度完成投资8亿元")) == std::vector<std::string>{"8亿元"});
  // Near misses: ahead of time by months (提前), and a count after 目前, still count.
  CHECK(texts_of(find_quantities("工程提前3个月完工")) == std::vector<std::string>{"3个月"});
  CHECK(texts_of(find_quantities("目前3个项目已开工")) == std::vector<std::string>{"3个"});
}

TEST_CASE("a fraction (三分之一, 四分之三, 千分之五) is the share it states", "[quantities]") {
  std::vector<plancheck::Quantity> figures = plancheck::find_quantities("农户的四分之三参加合作社，不良率控制在千分之五以内");
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].text == "四分之三");
  CHECK(figures[0].unit == "%");
  CHECK(figures[0].value == Approx(75));
  CHECK(figures[1].text.rfind("千分之五", 0) == 0);
  CHECK(figures[1].unit == "‰");
  CHECK(figures[1].value == Approx(5));
  // Near misses: no fraction past the whole (五分之七), nor one of one part (一分之一); 百分之 stays per cent.
  CHECK(plancheck::find_quantities("占五分之七").empty());
  CHECK(plancheck::find_quantities("得一分之一").empty());
  std::vector<plancheck::Quantity> percent = plancheck::find_quantities("增长百分之八");
  REQUIRE(percent.size() == 1);
  CHECK(percent[0].unit == "%");
  CHECK(percent[0].value == Approx(8));
}
