#include "masks.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quantities.h"
#include "utf32.h"

using plancheck::find_masks;

namespace {

// Each mask of `text` as its marks, with "#" after a figure's.
std::vector<std::string> masks_in(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : find_masks(text)) out.push_back(text.substr(m.offset, m.length) + (m.figure ? "#" : ""));
  return out;
}

}  // namespace

TEST_CASE("masks of every mark a template uses, for figures and for words", "[masks]") {
  CHECK(masks_in("走访群众x名，召开座谈会XX次，落实资金××万元，建成○个，完成率□%，发放4X件") ==
        std::vector<std::string>{"x#", "XX#", "××#", "○#", "□#", "X#"});
  CHECK(masks_in("在x镇召开，湖北XXXX产业园，直接责任人XXX、李二民，公安、××、海关，视察*重要讲话") ==
        std::vector<std::string>{"x", "XXXX", "XXX", "××", "*"});
  // Near misses of a footnote and a letter list: a star that closes a blank, a lone mask in a list of words.
  CHECK(masks_in("全年税收收入增长*。") == std::vector<std::string>{"*"});
  CHECK(masks_in("涉及公安、X、海关") == std::vector<std::string>{"X"});
  CHECK(masks_in("建成“X个”示范点，完成“20XX年”任务") == std::vector<std::string>{"X#", "XX#"});  // a figure in quotes
  CHECK(masks_in("投资○○○○万元，存在x级以上大震，培训人员超过*.*万人次") ==
        std::vector<std::string>{"○○○○#", "x#", "*.*#"});
}

TEST_CASE("decision: letters of words and codes, zeros, signs, bullets and check boxes are no masks", "[masks]") {
  for (const char* text : {"配备X光机和X射线检测仪", "开通5G网络", "型号GX-200", "网址www.xxgk.gov.cn",
                           "二○○五年三月", "规格3×4米", "1920 × 1080", "○ 加强领导", "□是 □否", "*注：",
                           "3 * 4", "某某同志", "iPhone X", "二〇二三年", "实施“728X”计划", "构建“3+2+X”格局",
                           "全年税收收入8.6亿元*。", "注：*为预计数。", "见《实施意见》*，", "修建M、X两座桥梁",
                           "分A、B、X三档"}) {
    INFO(text);
    CHECK(find_masks(text).empty());
  }
}

TEST_CASE("underscores left blank to fill in are masks; names, codes and rules are not", "[masks]") {
  // A template's blanks: a word (在____的指导下) or a figure (投资____亿元, 共＿＿人).
  CHECK(masks_in("在____的指导下，完成投资____亿元，共＿＿人参加") ==
        std::vector<std::string>{"____", "____#", "＿＿#"});
  CHECK(masks_in("__________单位（盖章）") == std::vector<std::string>{"__________"});
  for (const char* text : {"见report_2023.docx", "变量a__b", "__init__", "__________", "编号2023__01", "甲_乙"}) {
    INFO(text);
    CHECK(find_masks(text).empty());
  }
}

TEST_CASE("masked figures are figures with their measure word and qualifier", "[masks][quantities]") {
  auto figures = plancheck::find_quantities("试点项目XX个，投资约××万元，文件4X件");
  REQUIRE(figures.size() == 3);
  CHECK(figures[0].text == "XX个");
  CHECK(figures[0].masked);
  CHECK(figures[1].text == "约××万元");
  CHECK(figures[1].unit == "元");
  CHECK(figures[2].text == "4X件");
  // Measure words of the genre beyond 个/件: a mask before them is a figure, not a word.
  figures = plancheck::find_quantities("办理结婚登记XXXX对，新装路灯××盏");
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].text == "XXXX对");
  CHECK(figures[0].masked);
  CHECK(figures[1].text == "××盏");
}

TEST_CASE("masked decimals, event dates and figures cut at 万 are figures", "[masks][quantities]") {
  // x.x before a scale or measure word is one masked decimal, as *.* is.
  CHECK(masks_in("产值增长x.x%，防控X.X万亩，亩产xxxx斤，贷款***笔") ==
        std::vector<std::string>{"x.x#", "X.X#", "xxxx#", "***#"});
  // A month and a day joined by a dot (“7·20”暴雨): masked, a date, whatever mark it uses.
  CHECK(masks_in("“*·**”洪涝灾害，“XX·X”冰冻灾害") == std::vector<std::string>{"*·**#", "XX·X#"});
  // A masked range before a measure word is one figure: x-x月 (1-6月 left blank).
  CHECK(masks_in("x-x月份，全市投资增长x%；*～*个") == std::vector<std::string>{"x-x#", "x#", "*～*#"});
  CHECK(masks_in("型号X-X，编号XX-2") == std::vector<std::string>{});  // codes: no measure word after them
  // Masked digits inside a number before its measure word: 20xx9人 (not x86, 2x4木方 is no figure either).
  CHECK(masks_in("城镇8779户20xx9人，累计保障") == std::vector<std::string>{"xx#"});
  CHECK(masks_in("兼容x86架构，编号20X3A").empty());
  // A noun that begins with a measure word, or a complete year, after the marks: a masked name.
  CHECK(masks_in("红土山养殖业发展**项目，勤**2023年十件实事，XX人员到岗") == std::vector<std::string>{"**", "**", "XX"});
  // Near misses: a measure word that is one (**项, **2023 without 年 is no year), a masked year's digits.
  CHECK(masks_in("完成**项，20**年") == std::vector<std::string>{"**#", "**#"});
  // A date with slashes or dashes, masked in part or whole, is one masked figure.
  CHECK(masks_in("汇报日期：201X/X/XX，印发于20XX-XX-XX。") == std::vector<std::string>{"X#", "XX#"});
  CHECK(masks_in("型号AX-2023/1/2，编号2023-11-20，SN 20X3-AB").empty());
  // A list number left as x (x.城区学校建设), and a range of months written x月-x月.
  CHECK(masks_in("x.城区学校建设。x.农村学校建设：x月-x月，招聘教师xx名") ==
        std::vector<std::string>{"x#", "x#", "x#", "x#", "xx#"});
  // x、x、x: one blank letter repeated is three blanks, not a list of names (M、X两座桥 is).
  CHECK(masks_in("赴x、x、x等院校招聘") == std::vector<std::string>{"x", "x", "x"});
  CHECK(masks_in("修建M、X两座桥梁，版本X.509，型号x.y").empty());
  // A scale makes a number though the measure word is left out.
  CHECK(masks_in("户籍人口XXXX万，总投资XX亿") == std::vector<std::string>{"XXXX#", "XX#"});
  auto figures = plancheck::find_quantities("户籍人口超过XXXX万，“X·XX”疫情");
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].text == "超过XXXX万");
  CHECK(figures[1].text == "X·XX");
  // Near misses: x's of an address or a code before a point, a real event date, a lone dot.
  for (const char* text : {"详见www.xx.gov.cn", "登录xx.xx.cn查询", "“7·20”暴雨", "张·X"}) {
    INFO(text);
    CHECK(masks_in(text).empty());
  }
}

TEST_CASE("a per cent sign with its number left out is a masked figure", "[masks][quantities]") {
  CHECK(masks_in("城镇登记失业率控制在%，事故起数同比分别上升.%和.%，覆盖率达%以上。") ==
        std::vector<std::string>{"%#", ".%#", ".%#", "%#"});
  auto figures = plancheck::find_quantities("城镇登记失业率控制在%，与上年末持平");
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].masked);
  CHECK(figures[0].text == "%");
  // Near misses: a number before it, a unit label, a column heading in a text without a
  // comma or full stop, a sign before more words of the clause.
  for (const char* text : {"增长5%，", "增长5.2%。", "单位：%，下同。", "比重（%）", "同比增长%", "增长率%的计算口径，见附表。"}) {
    INFO(text);
    CHECK(masks_in(text).empty());
  }
}

TEST_CASE("every mark starts with a byte find_masks stops at", "[masks]") {
  // find_masks passes over bytes no mark starts with, and over CJK ideographs three bytes
  // at a time: a mark added to is_mask_mark must start with a byte it stops at.
  for (char32_t c = 1; c < 0x110000; ++c) {
    if (!plancheck::is_mask_mark(c)) continue;
    std::string mark;
    plancheck::append_utf8(c, &mark);
    CHECK(plancheck::may_hold_mask(mark.substr(0, 1)));
    CHECK((static_cast<unsigned char>(mark[0]) < 0xE4 || static_cast<unsigned char>(mark[0]) > 0xE9));
  }
}

TEST_CASE("a form's blank for a number: empty brackets or spaces before a measure word", "[masks][quantities]") {
  CHECK(masks_in("本季度完成投资（    ）万元，占年度计划的（ ）%，培训【　】人次，新建()个") ==
        std::vector<std::string>{"（    ）#", "（ ）#", "【　】#", "()#"});
  CHECK(masks_in("本季度完成投资    万元，同比增长　　%。") == std::vector<std::string>{"    #", "　　#"});
  std::vector<plancheck::Quantity> figures = plancheck::find_quantities("完成投资（  ）亿元，新建站点12个。");
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].masked);
  CHECK(figures[0].text == "（  ）亿元");
  CHECK(figures[0].unit == "元");
  CHECK_FALSE(figures[1].masked);
  // Near misses: a table's heading and its unit, the columns apart by spaces; one space; a
  // number before the blank; brackets with words or a list number; a question's blank with
  // no measure word; a paragraph's indent.
  CHECK(masks_in("地区生产总值    亿元    128.6").empty());
  CHECK(masks_in("固定资产投资  亿元  45").empty());
  CHECK(masks_in("完成投资 万元的项目").empty());
  CHECK(masks_in("投资3  亿元").empty());
  CHECK(masks_in("（一）完成投资（含续建）5亿元").empty());
  CHECK(masks_in("是否按期完成（ ）").empty());
  CHECK(masks_in("　　全年完成投资3亿元").empty());
}

TEST_CASE("spaces that indent paragraphs run together are no blank", "[masks]") {
  CHECK(masks_in("认真部署各项工作　　根据年度安排，　　本季度共完成　　对口帮扶任务").empty());
  CHECK(masks_in("新建    个村级服务站").empty());  // a blank of spaces must end its clause
  CHECK(masks_in("新建（  ）个村级服务站") == std::vector<std::string>{"（  ）#"});
}

TEST_CASE("a blank of underscores after a number's first digits stands for the rest", "[masks][quantities]") {
  // 20__年, 19____年: the digits of a year left to fill in, as 20xx年 does.
  CHECK(masks_in("圆满完成了20__年初制定的各项计划，19____年全镇造林") == std::vector<std::string>{"__#", "____#"});
  auto figures = plancheck::find_quantities("20____年全县有林地面积12万亩");
  REQUIRE_FALSE(figures.empty());
  CHECK(figures[0].masked);
  CHECK(figures[0].text == "20____年");
  // Near misses: digits on both sides (a code), letters after, no measure word after.
  for (const char* text : {"编号2023__01", "版本2__b", "序列20__甲乙"}) {
    INFO(text);
    CHECK(find_masks(text).empty());
  }
}

TEST_CASE("one underscore between Chinese words and a measure word is a closed-up blank", "[masks][quantities]") {
  // A template's blanks a copy closed up to one mark: 在校学生_人, 合格率为_%, 提高_个百分点.
  CHECK(masks_in("全镇在校学生_人，合格率为_%，比上年提高_个百分点，_年以来新建_所学校") ==
        std::vector<std::string>{"_#", "_#", "_#", "_#", "_#"});
  auto figures = plancheck::find_quantities("全镇在校学生_人");
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].masked);
  CHECK(figures[0].text == "_人");
  // Near misses: one underscore joining words (甲_乙, 以_新时代), a noun that opens with a
  // measure word (工作_人员), a file name, a digit after it.
  for (const char* text : {"甲_乙", "以_新时代为指引", "安排工作_人员到岗", "见附件report_人事.docx", "编号_2人"}) {
    INFO(text);
    CHECK(find_masks(text).empty());
  }
}

TEST_CASE("a mask set apart by spaces, like every figure of a PDF's text, is a figure", "[masks][quantities]") {
  // 粮食面积 92.6 万亩, 退耕还林 xx 亩: the text sets each figure apart by spaces.
  CHECK(masks_in("全区完成退耕还林 xx 亩，占计划 xx 亩的 101%") == std::vector<std::string>{"xx#", "xx#"});
  CHECK(masks_in("xx 年，全区蔬菜播种面积 11.5 万亩") == std::vector<std::string>{"xx#"});
  // Near misses: a letter among Latin words, an X-ray (X 光), a mask before words, not a measure word.
  for (const char* text : {"型号 x 系列", "购置 X 光机两台", "the x 年报", "由 xx 负责"}) {
    INFO(text);
    CHECK(find_masks(text).empty());
  }
}

TEST_CASE("a spaced mask with a point in it, or its measure word right after it, is a figure too", "[masks][quantities]") {
  // A PDF's text: 年度投资 x.xx 亿, 总投资 xx.x 亿元, 完成目标的 xxx%; its plain figures are spaced too.
  CHECK(masks_in("全年完成水利投资 x.xx 亿，完成年度目标的 xxx%，其中 2 座水库总投资 xx.x 亿元") ==
        std::vector<std::string>{"x#", "xxx#", "xx#"});  // (the first run of marks of each figure)
  // Where the text so sets its figures apart, marks set apart before Chinese words are a name.
  CHECK(masks_in("今年 3 月，xx 镇污水管网工程建成，xxx 水库于 5 月蓄水") == std::vector<std::string>{"xx", "xxx"});
  // Near misses: marks before words in a text that sets no figure apart; X 光 in a spaced text.
  CHECK(masks_in("由 xx 镇负责实施").empty());
  CHECK(masks_in("今年 3 月购置 XX 光机").empty());
}

TEST_CASE("two times marks opening a text before a measure word are a masked figure", "[masks][quantities]") {
  // ××年上半年以来: the year of a template, at the very start of its text.
  CHECK(masks_in("××年上半年以来，××乡加快发展") == std::vector<std::string>{"××#", "××"});
  // Near misses: one mark opening a list item; marks before words.
  CHECK(masks_in("× 年度任务未完成").empty());
  CHECK(masks_in("×加强领导").empty());
}

TEST_CASE("a masked place's paper or yearbook is a masked word, not a figure of days", "[masks][quantities]") {
  // 通过__电视台、__日报: the blank names a place; 日报, 时报, 年鉴 are nouns, not 日, 时, 年.
  CHECK(masks_in("通过__电视台、__日报、XX时报和《**年鉴》宣传") == std::vector<std::string>{"__", "__", "XX", "**"});
  // Near misses: a masked count of days, hours or years stays a figure.
  CHECK(masks_in("用时XX日完成，培训__小时，连续**年") == std::vector<std::string>{"XX#", "__#", "**#"});
}

TEST_CASE("a masked place's organ whose name opens with 人 is a masked word", "[masks][quantities]") {
  // xx人大常委会, XX人社局, **人防办, 荣获xx人居环境范例奖: 人大, 人社, 人防, 人居 are names, not 人 counted.
  CHECK(masks_in("向xx人大常委会报告，XX人社局、**人防办配合，荣获××人居环境范例奖") ==
        std::vector<std::string>{"xx", "XX", "**", "××"});
  // Near miss: a masked count of people stays a figure.
  CHECK(masks_in("培训xx人，其中人大代表3人") == std::vector<std::string>{"xx#"});
}

TEST_CASE("a masked hospital's department is a masked word, not a masked count of wells", "[masks][quantities]") {
  // *市*区*眼科医院: 眼科 is a department, not 眼 counting wells.
  CHECK(masks_in("由XX市**区XX眼科医院承办") == std::vector<std::string>{"XX", "**", "XX"});
  // Near miss: a masked count of wells stays a figure.
  CHECK(masks_in("新打机井XX眼，配套眼科设备3台") == std::vector<std::string>{"XX#"});
}

TEST_CASE("masked digits before ㎡ are a masked figure", "[masks][quantities]") {
  // 修补路面40__㎡: the digits after 40 left to fill in, as 20__年.
  CHECK(masks_in("粉刷外墙30__㎡，修补路面40__㎡，补栽草坪850㎡") == std::vector<std::string>{"__#", "__#"});
  // Near miss: a blank between words before ㎡ is no figure's digits.
  CHECK(masks_in("面积以____为准，单位㎡") == std::vector<std::string>{"____"});
}

TEST_CASE("a per cent sign after another in a list has its number left out too", "[masks]") {
  // 分别占全年任务的%、52%、%、55%: the first, third and fourth shares were never filled in.
  CHECK(masks_in("出栏生猪、牛、羊、禽，分别占全年任务的%、52%、%、%、55%。") ==
        std::vector<std::string>{"%#", "%#", "%#"});
  // Near misses: a list of filled-in shares, and a unit label after a list mark.
  CHECK(masks_in("分别增长3%、5%和8%。").empty());
  CHECK(masks_in("单位：人、%，其他为万元。").empty());
}

TEST_CASE("a mask before 分 and a bound is a masked score", "[masks]") {
  // 全区_分以上考生_人, XX分以下的: a score left to fill in before 以上/以下.
  CHECK(masks_in("全区_分以上考生_人，XX分以下的学生") == std::vector<std::string>{"_#", "_#", "XX#"});
  // After half-width punctuation too: 考生_人,_分以上上线率.
  CHECK(masks_in("考生_人,_分以上上线率为_%") == std::vector<std::string>{"_#", "_#", "_#"});
  // Near misses: 分 opening a word after a mask stays a masked word.
  CHECK(masks_in("由XX分管，__分析原因") == std::vector<std::string>{"XX", "__"});
}

TEST_CASE("marks alone in quotes, or in a document number's year bracket, are masks", "[masks]") {
  // A template's name left in quotes, and a 文号 whose year was left out.
  CHECK(masks_in("按照“xx”专项行动部署，对照某政办发(XX)12号文件要求推进") == std::vector<std::string>{"xx", "XX"});
  CHECK(masks_in("根据某府发〔XXXX〕3号精神") == std::vector<std::string>{"XXXX"});
  // Near misses: one mark in quotes is a letter (“X”型支架); a bracket that is no document
  // number's (a code after Latin letters, ABC(XX)12号 is a model) is none.
  CHECK(masks_in("采购“X”型支架20套").empty());
  CHECK(masks_in("选用ABC(XX)12号型材").empty());
}

TEST_CASE("marks alone in square brackets before a measure word are a template's figure", "[masks]") {
  // A summary template's blanks, each set apart by brackets to be filled in.
  CHECK(masks_in("全年共开展巡查[X]次，整改隐患【X】处，事故起数同比下降[XX]%") ==
        std::vector<std::string>{"X#", "X#", "XX#"});
  CHECK(masks_in("累计投入资金［X］万元") == std::vector<std::string>{"X#"});
  // Near misses: a code's brackets after a letter or a digit, and a footnote's number.
  CHECK(masks_in("采购B[X]次型设备，编号3[X]次").empty());
  CHECK(masks_in("完成投资3.2亿元[1]").empty());
}

TEST_CASE("one letter and a digit where a year stands are a year masked to its last digit", "[masks]") {
  // A 文号 whose year kept only its last digit, and a title of a year so masked: masked words.
  CHECK(masks_in("依据《某县督查办法》（某办字〔x3〕15号）开展督查") == std::vector<std::string>{"x3"});
  CHECK(masks_in("印发《关于X4年度民生实事安排的通知》(某字[x4]9号)") == std::vector<std::string>{"X4", "x4"});
  // Near misses: a size (2x3米), a multiplication (x2.5倍), a model's name (选用X5型号, 宝马X3), and
  // a bracket that holds no year of a 文号 ([x2]组).
  CHECK(masks_in("铺设2x3米的盖板，效率提高x2.5倍").empty());
  CHECK(masks_in("选用X5型号设备，采购宝马X3一辆").empty());
  CHECK(masks_in("分为[x2]组").empty());
}

TEST_CASE("marks after 全 before a count are a masked place, not a code's letters", "[masks]") {
  // 全X3次召开…会议: 全市 or 全县 with its name left out; 3次 is the clause's own count.
  CHECK(masks_in("今年全X3次召开优化营商环境工作会议，全X营商环境评价位居前列") ==
        std::vector<std::string>{"X", "X"});
  // Near misses: a model's letter and digits after a brand (宝马X3), and 全 before digits with no
  // measure word after them (全X3系统) stay codes.
  CHECK(masks_in("采购宝马X3轿车2辆").empty());
  CHECK(masks_in("升级全X3系统").empty());
}

TEST_CASE("two marks opening a text before a place's level are a masked name, not a bullet", "[masks]") {
  // ××镇…工作总结, **区委办公室: the place's name left out of a title or a first sentence.
  CHECK(masks_in("××镇年度村镇建设工作总结") == std::vector<std::string>{"××"});
  CHECK(masks_in("**区委办公室组建以来，编发通报12期") == std::vector<std::string>{"**"});
  // Near misses: marks opening a text before other words are a list item's bullet, and one mark
  // before a level is a bullet too.
  CHECK(masks_in("××加强组织领导，压实责任").empty());
  CHECK(masks_in("*县级财政配套到位").empty());
}

TEST_CASE("a template whose blanks are set apart by spaces sets its masks apart as figures are", "[masks]") {
  // 辖 XX 个行政村，总面积 XX 平方千米，驻地 XX 村: runs of marks between spaces before words.
  CHECK(masks_in("乡政府驻地 XX 村，与 XX 镇相邻，属 XX 地形") == std::vector<std::string>{"XX", "XX", "XX"});
  // Near miss: one such run alone, in a text that sets nothing else apart, may be anything.
  CHECK(masks_in("此项工作由 xx 负责落实").empty());
}

TEST_CASE("one underscore before a level of government, or alone in a list, is a masked name", "[masks]") {
  // 中共_县_镇委 and 对照_市…方案: a place left blank; 以_、_企业: list items left blank.
  CHECK(masks_in("根据中共_县_镇委的通知要求") == std::vector<std::string>{"_", "_"});
  CHECK(masks_in("对照_市乡村振兴实施方案") == std::vector<std::string>{"_"});
  CHECK(masks_in("以_、_骨干企业为龙头") == std::vector<std::string>{"_", "_"});
  // Near misses: one underscore between other words still joins them; a level word after a
  // Latin name is a file's or a code's.
  for (const char* text : {"打造具有_风味的产品", "甲_乙", "见file_市场.docx"}) {
    INFO(text);
    CHECK(find_masks(text).empty());
  }
}

TEST_CASE("a page that joins its lines with spaces leaves no blank before a measure word, nor before a number", "[masks]") {
  // Must apply: the copy of a page runs its lines together with two spaces, mid-word (抚  育,
  // 苗  木): spaces before 级 or a number there end a line, they leave nothing blank.
  CHECK(masks_in("对新植林地进行抚  育，改善苗  木生长环境，提升防护功能等  级，巩固造林成果。").empty());
  CHECK(masks_in("今年需完成碳汇林抚育任务  8.52万亩，完成率为  61.3%。").empty());
  // Near miss: a form's blanks of spaces, each before a measure word, in a text that breaks no
  // word with spaces, are still blanks.
  CHECK(masks_in("本季度完成投资    万元，培训    人次。") == std::vector<std::string>{"    #", "    #"});
}

TEST_CASE("a star opening a text before a measure word and its noun is a masked count, not a bullet", "[masks]") {
  // A template's paragraph that starts with the count left out: *个工作组…召开会议*次.
  CHECK(masks_in("*个工作组先后召开会议*次") == std::vector<std::string>{"*#", "*#"});
  CHECK(masks_in("*名党员干部下沉社区") == std::vector<std::string>{"*#"});
  // Near misses: a bullet before words, before a space, and before a noun that begins with a
  // measure word (个人, 项目) stays a bullet.
  CHECK(masks_in("*加强组织领导").empty());
  CHECK(masks_in("* 个税改革稳步推进").empty());
  CHECK(masks_in("*个人信息保护落实到位").empty());
  CHECK(masks_in("*项目资金拨付到位").empty());
}

TEST_CASE("a star inside a run of Latin letters and ASCII symbols masks no Chinese word", "[masks]") {
  // A forum copy's anti-copy noise after each line (Qk*)Rtz, V}'*Hmp), a code or a password.
  CHECK(masks_in("全年接待来访团组二十余批。 Qk*)Rtz").empty());
  CHECK(masks_in("外事服务水平进一步提升。 V}'*Hmp *Lq~W}.").empty());
  // Near misses: Chinese on one side keeps a star a mask, half-width punctuation or not.
  CHECK(masks_in("积极参加*举办的论坛") == std::vector<std::string>{"*"});
  CHECK(masks_in("案例*,*水电站") == std::vector<std::string>{"*", "*"});
}

TEST_CASE("half-width brackets and quotes around marks are title marks, not Latin noise", "[masks]") {
  CHECK(masks_in("关于印发<**>县2020年度社会评价办法的通知") == std::vector<std::string>{"**"});
  CHECK(masks_in("实施\"*\"工程") == std::vector<std::string>{"*"});
}

TEST_CASE("marks on either side of a ratio's colon are masked numbers", "[masks]") {
  CHECK(masks_in("三次产业结构之比为××:××:××") == std::vector<std::string>{"××#", "××#", "××#"});
  CHECK(masks_in("男女比例为X：X，基本均衡") == std::vector<std::string>{"X#", "X#"});
  // Near miss: a label's colon before a masked name is no ratio.
  CHECK(masks_in("联系单位：××公司") == std::vector<std::string>{"××"});
}
