// read_plan_header on the shapes a plan's header takes when it is published: short texts
// written for these tests, one shape each.
#include "plan_header.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

struct Read {
  PlanHeader header;
  std::vector<ImportWarning> warnings;
  bool warned(const std::string& zh_part) const {
    for (const ImportWarning& w : warnings)
      if (w.zh.find(zh_part) != std::string::npos) return true;
    return false;
  }
};

Read read_text(const std::string& text, PlanHeaderOptions options = {}) {
  Read r;
  r.header = read_plan_header(text_source(text, "plan.txt"), options, r.warnings);
  return r;
}

}  // namespace

TEST_CASE("plan header: the common shape — title, 文号, salutation, body; signature at the end", "[header]") {
  Read r = read_text(
      "某市人民政府关于加快发展\n"          // 1
      "乡村旅游的实施意见\n"                // 2
      "某政发〔2022〕9号\n"                 // 3
      "\n"                                  // 4
      "各县区人民政府，市政府各部门：\n"    // 5
      "为推动乡村旅游发展，提出如下意见。\n"  // 6
      "一、完善规划\n"                      // 7
      "某市人民政府\n"                      // 8
      "2022年6月8日\n");                    // 9
  CHECK(r.header.id == "某政发〔2022〕9号");
  CHECK(r.header.title == "某市人民政府关于加快发展乡村旅游的实施意见");
  CHECK(r.header.issued.iso() == "2022-06-08");
  CHECK(r.header.issuer == "某市人民政府");
  CHECK(r.header.plan_year == 2022);
  CHECK(r.header.body_block == 5);  // line 6, the first after the salutation
  CHECK_FALSE(r.header.id_inferred);
  CHECK_FALSE(r.header.issued_inferred);
  CHECK(r.warnings.empty());
}

TEST_CASE("plan header: a 文号 typed with spaces is read without them", "[header]") {
  Read r = read_text("某局关于做好汛期安全工作的通知\n某局发 〔2019〕 12 号\n各科室：\n正文。\n某局\n2019年5月2日\n");
  CHECK(r.header.id == "某局发〔2019〕12号");
  CHECK(r.warnings.empty());
}

TEST_CASE("plan header: a traditional-character 文号 with inserted pinyin, and a date in Chinese numerals", "[header]") {
  Read r = read_text(
      "縣政發(fā)〔2021〕8號\n"
      "各鄉鎮人民政府：\n"
      "現將《某縣2021年春耕生產工作計劃》印發給你們，請認真執行。\n"
      "某縣人民政府\n"
      "二○二一年三月九日\n"
      "某縣2021年春耕生產工作計劃\n"
      "一、目標\n");
  CHECK(r.header.id == "縣政發(fā)〔2021〕8號");  // as written
  CHECK(r.header.issued.iso() == "2021-03-09");
  CHECK(r.header.title == "某縣2021年春耕生產工作計劃");
  CHECK(r.header.issuer == "某縣人民政府");
  CHECK(r.header.body_block == 6);  // the attached plan's first heading
}

TEST_CASE("plan header: a 文号 only in the page's metadata row; the 发文日期 field when the signature is absent",
          "[header]") {
  Read r = read_text(
      "某区人民政府办公室关于印发节能工作要点的通知\n"
      "索 引 号 AB123/2024-00017 发文日期 2024-02-05\n"
      "发布机构 某区人民政府办公室 文　　号 某政办〔2024〕3号\n"
      "各街道办事处：\n"
      "现将节能工作要点印发给你们。\n");
  CHECK(r.header.id == "某政办〔2024〕3号");
  CHECK(r.header.issued.iso() == "2024-02-05");
  CHECK(r.header.issuer == "某区人民政府办公室");
  CHECK_FALSE(r.header.issued_inferred);
}

TEST_CASE("plan header: a field's label on one line and its value on the next", "[header]") {
  Read r = read_text("發文字號:\n\n某辦函〔2016〕40號\n成文日期:\n2016年08月30日\n標  題:\n某某工作的通知\n");
  CHECK(r.header.id == "某辦函〔2016〕40號");
  CHECK(r.header.issued.iso() == "2016-08-30");  // a field's value is no signature
}

TEST_CASE("plan header: a 文号 cited inside a sentence is not the plan's; the id is derived with a warning",
          "[header]") {
  Read r = read_text(
      "各部门：\n"
      "某区人民政府办公室\n"
      "2023年3月1日\n"
      "某区2023年优化服务重点任务清单\n"
      "根据《某市工作方案》（某市办发〔2023〕2号）要求，制定本清单。\n"
      "（某市办发〔2023〕2号）\n"
      "1. 第一项任务。\n");
  CHECK(r.header.id_inferred);
  CHECK(r.header.id == "某区优化服务重点任务清单（2023）");
  CHECK(r.warned("没有找到文号"));
  CHECK(r.header.title == "某区2023年优化服务重点任务清单");
}

TEST_CASE("plan header: a garbled signature date is skipped and the page's 发布日期 taken, with warnings",
          "[header]") {
  Read r = read_text(
      "某镇关于印发2021年防汛工作安排的通知\n"    // 1
      "发布日期:2021-04-12\n"                     // 2
      "各村委会:\n"                               // 3
      "现将安排印发给你们,请遵照执行。\n"          // 4
      "某镇人民政府\n"                            // 5
      "2021412日\n"                               // 6
      "附件\n"                                    // 7
      "2021年防汛工作安排\n"                      // 8
      "序号\n"                                    // 9
      "2021年12月31日\n");                        // 10: a cell of the flattened table
  CHECK(r.header.issued.iso() == "2021-04-12");
  CHECK(r.header.issued_inferred);
  CHECK(r.warned("读不出日期"));
  CHECK(r.warned("发布日期"));
  CHECK(r.header.title == "2021年防汛工作安排");
  CHECK(r.header.issuer == "某镇人民政府");
  REQUIRE_FALSE(r.warnings.empty());
  CHECK(r.warnings.front().line == 6);
}

TEST_CASE("plan header: the plan's year is the title's, else the issue year; a span of years names none",
          "[header]") {
  Read r = read_text("某委2024年工作要点\n某委发〔2023〕30号\n各处室：\n正文。\n某委\n2023年12月28日\n");
  CHECK(r.header.plan_year == 2024);
  CHECK(r.header.issued.year == 2023);
  r = read_text("某市2021—2025年交通规划\n某政发〔2021〕3号\n各区：\n正文。\n某市人民政府\n2021年2月1日\n");
  CHECK(r.header.plan_year == 2021);  // the issue year: the title names a span
}

TEST_CASE("plan header: --id and --issued override what the document says", "[header]") {
  const std::string text = "某办发〔2020〕1号\n某工作方案\n正文。\n某办\n2020年1月5日\n";
  Read r = read_text(text, {"甲方案", "2020-02-03"});
  CHECK(r.header.id == "甲方案");
  CHECK(r.header.issued.iso() == "2020-02-03");
  CHECK_FALSE(r.header.id_inferred);
  CHECK(r.warnings.empty());
  r = read_text(text, {"", "2020-13-40"});
  CHECK(r.header.issued.iso() == "2020-01-05");
  CHECK(r.warned("--issued"));
}

TEST_CASE("plan header: with no date at all, the title's year, with a warning", "[header]") {
  Read r = read_text("某单位2025年安全生产工作计划\n一、目标\n");
  CHECK(r.header.issued.iso() == "2025-01-01");
  CHECK(r.header.issued_inferred);
  CHECK(r.warned("标题中的年份"));
  CHECK(r.header.id_inferred);
}

TEST_CASE("plan header: a document's metadata and places other than lines (a Word file)", "[header]") {
  SourceDocument doc;
  doc.path = "plan.docx";
  doc.format = SourceFormat::Docx;
  auto paragraph = [&](const std::string& text) {
    SourceBlock b;
    b.text = text;
    b.place.paragraph = static_cast<int>(doc.blocks.size()) + 1;
    doc.blocks.push_back(b);
  };
  paragraph("某县农村人居环境整治实施方案");
  paragraph("一、总体要求");
  doc.metadata = {{"dcterms:created", "2019-07-02T08:00:00Z"}};
  std::vector<ImportWarning> warnings;
  PlanHeader header = read_plan_header(doc, {}, warnings);
  CHECK(header.title == "某县农村人居环境整治实施方案");
  CHECK(header.issued.iso() == "2019-07-02");
  CHECK(header.body_block == 1);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[1].zh.find("文号") != std::string::npos);
  CHECK(warnings[1].place.paragraph == 1);  // named at the title it was derived from
}

TEST_CASE("plan header: a signature and its date run into one line, as a PDF's text layer may give them",
          "[header]") {
  Read r = read_text("某县水务局关于印发河道保洁工作方案的通知\n某水发〔2023〕4号\n各乡镇：\n现将方案印发给你们。\n"
                     "某县水务局 2023 年 3 月 15 日\n河道保洁工作方案\n一、目标\n");
  CHECK(r.header.issued.iso() == "2023-03-15");
  CHECK(r.header.issuer == "某县水务局");
  CHECK(r.header.title == "河道保洁工作方案");
  // A sentence that ends in a date is no signature.
  r = read_text("某县工作方案\n某发〔2023〕1号\n会议定于2023年3月15日\n某县人民政府\n2023年3月20日\n");
  CHECK(r.header.issued.iso() == "2023-03-20");
}

TEST_CASE("plan header: title, 文号, signature and date stacked with no blank line — the issuer is the signature", "[header]") {
  Read r = read_text(
      "江北县农业产业提升行动方案\n"  // 1
      "江农发〔2024〕3号\n"           // 2
      "江北县农业农村局\n"            // 3
      "2024年4月2日\n"                // 4
      "一、重点任务\n");              // 5
  CHECK(r.header.id == "江农发〔2024〕3号");
  CHECK(r.header.issuer == "江北县农业农村局");
  CHECK(r.header.issued.iso() == "2024-04-02");
}

TEST_CASE("plan header: an id derived from a title with a span of years keeps no empty bracket", "[header]") {
  Read r = read_text(
      "南岭市智慧交通三年行动计划（2024—2026年）\n"
      "一、重点任务\n"
      "南岭市交通运输局\n"
      "2024年1月9日\n");
  CHECK(r.header.id == "南岭市智慧交通三年行动计划（2024）");
  CHECK(r.warned("没有找到文号"));
}

TEST_CASE("plan header: an id derived from a title drops a year's 年度 whole", "[header]") {
  Read r = read_text(
      "青石乡2019年度防汛工作计划\n"
      "一、重点任务\n"
      "青石乡人民政府\n"
      "2019年3月5日\n");
  CHECK(r.header.id == "青石乡防汛工作计划（2019）");
  // Near miss: 年度 without a year before it is a word of the title.
  r = read_text("青石乡年度防汛工作计划\n青石乡人民政府\n2019年3月5日\n");
  CHECK(r.header.id == "青石乡年度防汛工作计划（2019）");
}

TEST_CASE("plan header: an id derived from a title keeps none of the pinyin a mirror site inserted", "[header]") {
  Read r = read_text(
      "東江市2024年重點工(gōng)作任務分(fēn)解方案\n"
      "一、重點任務\n"
      "東江市人民政府辦公室\n"
      "2024年2月1日\n");
  CHECK(r.header.id == "東江市重點工作任務分解方案（2024）");
  // Near miss: a bracket of words, not letters, stays (a plan's own bracket).
  r = read_text("南岭市城市更新（试行）工作方案\n南岭市住建局\n2024年2月1日\n");
  CHECK(r.header.id == "南岭市城市更新（试行）工作方案（2024）");
}

TEST_CASE("plan header: a title ending in 若干政策 or 若干举措 is the plan's title", "[header]") {
  // A city's yearly policy package: its measures are assigned to units like a plan's tasks.
  Read r = read_text(
      "南岭市人民政府\n"
      "2025年3月1日\n"
      "南岭市推动经济高质量发展若干政策\n"
      "（2025年版）\n"
      "一、强化科技创新（由市科技局牵头）\n");
  CHECK(r.header.title == "南岭市推动经济高质量发展若干政策");
  r = read_text("南岭市人民政府\n2025年3月1日\n南岭市促进消费若干举措\n一、扩大消费\n");
  CHECK(r.header.title == "南岭市促进消费若干举措");
  // Near miss: a sentence that ends in 政策 is no title.
  r = read_text("南岭市人民政府\n2025年3月1日\n南岭市促进消费工作方案\n为促进消费，结合实际，落实各项政策\n");
  CHECK(r.header.title == "南岭市促进消费工作方案");
}

TEST_CASE("plan header: with no date anywhere, the year in the 文号 is the issue year, not today's", "[header]") {
  // A page that keeps the 文号 and the body but neither the title nor the signature's date.
  Read r = read_text(
      "许政〔2020〕20号\n"
      "各县(市、区)人民政府,市人民政府各部门:\n"
      "现将《政府工作报告》提出的重点工作任务予以分解，年底前向市政府报告全年落实情况。\n"
      "一、抓好疫情防控\n");
  CHECK(r.header.id == "许政〔2020〕20号");
  CHECK(r.header.issued.iso() == "2020-01-01");
  CHECK(r.header.plan_year == 2020);
  CHECK(r.warned("按文号中的年份作 2020-01-01"));
  // Near misses: a date in the header still wins, and an id made up from nothing names no year.
  r = read_text("许政〔2020〕20号\n关于分解重点工作的通知\n许昌市人民政府\n2020年5月20日\n一、抓好疫情防控\n");
  CHECK(r.header.issued.iso() == "2020-05-20");
  r = read_text("各县人民政府:\n现将重点工作予以分解。\n一、抓好疫情防控\n");
  CHECK(r.warned("以今天"));
}

TEST_CASE("plan header: with no date and no 文号 of its own, the latest year of a cited 文号 is the issue year", "[header]") {
  // A page that kept the body of a county's measures: no 文号, no signature, no year in its title,
  // but the documents it answers cited by theirs. It is issued no earlier than they are.
  Read r = read_text(
      "某县稳就业若干措施\n"
      "根据《某省人民政府关于稳就业的意见》（某政发〔2019〕8号）和《某市稳就业工作方案》（某市办〔2020〕3号），制定如下措施。\n"
      "一、落实减负稳岗政策。6月底前完成稳岗返还。（县人社局牵头，县财政局配合）\n");
  CHECK(r.header.issued.iso() == "2020-01-01");
  CHECK(r.header.id == "某县稳就业若干措施（2020）");  // the id made from the title takes that year too
  CHECK(r.warned("按所引文件文号中最近的年份作 2020-01-01"));
  // Near misses: a bracketed year that follows no character of a 文号 is none, so today is taken.
  r = read_text("某县稳就业若干措施\n本措施自印发之日起施行（2020）。\n一、落实减负稳岗政策。\n");
  CHECK(r.warned("以今天"));
}

TEST_CASE("plan header: a date right under the notice's closing sentence is the signature's, the issuer left out",
          "[header]") {
  // The page set the issuer's name and seal as an image: the date follows the notice's text.
  Read r = read_text(
      "各街道办事处，区直各部门：\n"
      "《某区便民服务十条措施》已经区政府同意，现印发给你们，请认真贯彻落实。\n"
      "2024年5月6日\n"
      "某区便民服务十条措施\n"
      "一、推行证照联办。（区行政审批局牵头）\n");
  CHECK(r.header.issued.iso() == "2024-05-06");
  CHECK(r.header.title == "某区便民服务十条措施");
  CHECK_FALSE(r.warned("没有找到落款日期"));
  // Closed by its last clause alone, the notice's word 印发 elsewhere.
  Read alone = read_text(
      "各村：\n"
      "经镇政府研究，制定本计划，请遵照执行。\n"
      "2017年2月24日\n"
      "某镇2017年安全生产工作计划\n"
      "一、开展检查。（安监站负责）\n");
  CHECK(alone.header.issued.iso() == "2017-02-24");
  CHECK(alone.header.title == "某镇2017年安全生产工作计划");
  // Near miss: a date alone under a sentence of the body is a step of the work, not a signature.
  Read body = read_text(
      "某区便民服务工作方案\n"
      "一、推行证照联办。各街道于下列日期前报送材料。\n"
      "2024年5月6日\n"
      "二、建设驿站。（区民政局负责）\n"
      "某区人民政府\n"
      "2024年3月1日\n");
  CHECK(body.header.issued.iso() == "2024-03-01");
}

TEST_CASE("plan header: a date line whose 年月日 the page lost is read when its digits split one way only",
          "[header]") {
  // 2024年3月27日 with 年, 月, 日 lost: 327 is 3月27日 only.
  Read r = read_text(
      "各县区教育局，局属各学校：\n"
      "现将《某市教育局2024年工作要点》印发给你们，请结合实际认真贯彻落实。\n"
      "2024327\n"
      "（此件主动公开）\n"
      "某市教育局2024年工作要点\n"
      "1.加强思想理论武装。（责任科室：组干科）\n");
  CHECK(r.header.issued.iso() == "2024-03-27");
  CHECK(r.header.title == "某市教育局2024年工作要点");
  CHECK(r.warned("年、月、日三字缺失"));
  // Near misses: 2024115 is 1月15日 or 11月5日, so no date is read (the line still marks the
  // signature, the title after it is found); and digits under a sentence of the body are a figure.
  Read two_ways = read_text(
      "各县区教育局：\n"
      "现将《某市教育局2024年工作要点》印发给你们，请认真贯彻落实。\n"
      "2024115\n"
      "某市教育局2024年工作要点\n"
      "1.加强思想理论武装。（责任科室：组干科）\n");
  CHECK(two_ways.header.title == "某市教育局2024年工作要点");
  CHECK(two_ways.header.issued.iso() != "2024-01-15");
  CHECK(two_ways.header.issued.iso() != "2024-11-05");
  Read figure = read_text(
      "某区2023年便民服务工作方案\n"
      "一、建设驿站。全年服务人次达到下列数字。\n"
      "2023415\n"
      "某区人民政府\n"
      "2023年2月1日\n");
  CHECK(figure.header.issued.iso() == "2023-02-01");
}

TEST_CASE("plan header: bare digits under a unit cell of a table set one cell per line are no signature", "[header]") {
  // 20231231 under 县住建局 is the table's 完成时限 cell, not the plan's date.
  Read r = read_text(
      "某县2023年重点项目清单\n"
      "序号\n项目名称\n责任单位\n完成时限\n"
      "1\n县城污水管网改造\n县住建局\n20231231\n"
      "某县人民政府\n"
      "2023年3月1日\n");
  CHECK(r.header.issued.iso() == "2023-03-01");
  // Under the issuer's name the same digits are its date.
  Read signed_line = read_text(
      "某县2023年重点项目清单\n"
      "一、建设项目。（县住建局负责）\n"
      "某县人民政府\n"
      "20230301\n");
  CHECK(signed_line.header.issued.iso() == "2023-03-01");
}

TEST_CASE("plan header: a date right under the notice's list of attachments is the signature's, the issuer left out",
          "[header]") {
  Read r = read_text(
      "某区人民政府关于分解落实2023年区政府工作目标任务的通知\n"
      "某政发〔2023〕5号\n"
      "各乡镇人民政府，区政府各部门：\n"
      "现将2023年区政府工作目标任务分解下达给你们，请认真组织落实。各责任单位要加强与牵头单位沟通联系。\n"
      "附件：2023年区政府工作目标任务落实责任分解表\n"
      "2023年1月30日\n"
      "附件\n"
      "2023年区政府工作目标任务落实责任分解表\n");
  CHECK(r.header.issued.iso() == "2023-01-30");
  CHECK_FALSE(r.warned("没有找到落款日期"));
  // Near miss: a line that only mentions an attachment in a sentence is the body's.
  Read body = read_text(
      "某区便民服务工作方案\n"
      "一、推行证照联办。具体事项见附件，各街道于下列日期前报送。\n"
      "2023年1月30日\n"
      "某区人民政府\n"
      "2023年3月1日\n");
  CHECK(body.header.issued.iso() == "2023-03-01");
}

TEST_CASE("plan header: a title a page writes twice, the second time in 《》, is one title", "[header]") {
  Read r = read_text(
      "某市人民政府办公室关于印发某市2016年政务公开工作要点的通知\n"
      "《某市人民政府办公室关于印发某市2016年政务公开工作要点的通知》\n"
      "各区人民政府，市政府各部门：\n现将《某市2016年政务公开工作要点》印发给你们，请认真贯彻落实。\n"
      "某市人民政府办公室\n2016年5月28日\n");
  CHECK(r.header.title == "某市人民政府办公室关于印发某市2016年政务公开工作要点的通知");
  // Near miss: a title broken over two lines, the second ending the first, stays one title.
  r = read_text(
      "某市人民政府办公室关于印发《某市2016年\n政务公开工作要点》的通知\n"
      "各区人民政府，市政府各部门：\n现将《某市2016年政务公开工作要点》印发给你们，请认真贯彻落实。\n"
      "某市人民政府办公室\n2016年5月28日\n");
  CHECK(r.header.title == "某市人民政府办公室关于印发《某市2016年政务公开工作要点》的通知");
}

TEST_CASE("plan header: the issuer is the names above the date, not the notice's list of attachments above them",
          "[header]") {
  Read r = read_text(
      "县示范区管委会，各乡、镇人民政府：\n现将有关任务分解印发给你们，请抓好落实。\n"
      "附件：1.2025年县《政府工作报告》任务清单\n2.2025年十件民生实事任务分解\n"
      "某县人民政府办公室\n2025年5月18日\n");
  CHECK(r.header.issuer == "某县人民政府办公室");
  // Near miss: two issuers' names on two lines sign together; the walk takes both lines' top.
  r = read_text(
      "各乡镇：\n现将有关任务分解印发给你们，请抓好落实。\n"
      "中共某县委办公室\n某县人民政府办公室\n2025年5月18日\n");
  CHECK(r.header.issuer == "中共某县委办公室");
}

TEST_CASE("plan header: a page's metadata line of several fields gives its 文件编号 and 发文时间", "[header]") {
  // Must apply: 文件编号 and 发文时间 are field labels like 文号 and 发文日期, on a line of
  // fields set side by side (the value runs to the next label).
  Read r = read_text(
      "索引号:  330000/2021-00123 发文时间:  2021-03-05\n"
      "公开方式:   主动公开 公开时限:   长期公开\n"
      "文件编号:  某政办发〔2021〕3号 发布机构:  某县政府办公室\n"
      "某县人民政府办公室关于印发2021年重点工作责任分解的通知\n"
      "各乡镇人民政府：\n"
      "一、推进道路建设。（责任单位：县交通局）\n");
  CHECK(r.header.id == "某政办发〔2021〕3号");
  CHECK(r.header.issued == Date{2021, 3, 5});
  // So are 发文文号 and 发布机关, as another site's template sets them.
  r = read_text(
      "索引号: 330400/2022-00088 公开方式: 主动公开\n"
      "发文文号: 某政办发〔2022〕9号 发布机关: 市政府办公室\n"
      "成文日期: 2022-04-20\n"
      "某市人民政府办公室关于印发2022年民生实事项目责任分解的通知\n"
      "一、推进道路建设。（责任单位：市交通局）\n");
  CHECK(r.header.id == "某政办发〔2022〕9号");
  CHECK(r.header.issued == Date{2022, 4, 20});
  // Near miss: 文件编号 inside a sentence is no field (the id then comes from the title).
  r = read_text(
      "某县人民政府办公室关于印发2021年重点工作责任分解的通知\n"
      "请在报送材料上注明文件编号某政办发〔2021〕3号等信息。\n"
      "一、推进道路建设。（责任单位：县交通局）\n"
      "2021年3月5日\n");
  CHECK(r.header.id != "某政办发〔2021〕3号");
}

TEST_CASE("plan header: with no date anywhere, a year the opening lines name the plan by is its year", "[header]") {
  // Must apply: no date, no 文号, no year in the title; the article's opening says whose year
  // the plan is (公布了2013年十件实事的分解表): 1 January of it, with a warning.
  Read r = read_text(
      "十件实事责任到人\n"
      "昨日，市政府公布了2013年十件实事的分解表，各项都有责任单位。\n"
      "新建中小学校12所。\n"
      "责任单位：市教育局\n");
  CHECK(r.header.issued == Date{2013, 1, 1});
  CHECK(r.header.plan_year == 2013);
  CHECK(r.warned("2013年十件实事"));
  r = read_text("做好2025年工作要点的落实\n各单位：现将2025年度全区工作要点印发。\n一、抓项目。（责任单位：区发改局）\n");
  CHECK(r.header.plan_year == 2025);
  // Near misses: a year about the past (2019年以来) names no plan, nor a year far from the noun;
  // today's year stays, with its warning.
  r = read_text(
      "十件实事责任到人\n"
      "2019年以来，我市持续推进民生工作，群众满意度逐年提高。\n"
      "新建中小学校12所。\n"
      "责任单位：市教育局\n");
  CHECK(r.header.plan_year != 2019);
  CHECK(r.warned("以今天"));
}

TEST_CASE("plan header: a printed notice's 文号 line carrying the 签发人 field is the header; the title follows",
          "[header]") {
  Read r = read_text(
      "某县农业农村局文件\n"
      "某农发〔2023〕15号　　签发人：王五\n"
      "关于印发某县秋粮收储工作方案的通知\n"
      "各乡镇农业站：\n"
      "现将方案印发给你们，请认真执行。\n"
      "一、总体要求\n"
      "某县农业农村局\n"
      "2023年9月4日\n");
  CHECK(r.header.id == "某农发〔2023〕15号");
  CHECK(r.header.title == "关于印发某县秋粮收储工作方案的通知");
  CHECK(r.header.issued.iso() == "2023-09-04");
}

TEST_CASE("plan header: a 签发人 line with no 文号 is no document number", "[header]") {
  Read r = read_text(
      "签发人：王五\n"
      "关于印发某县秋粮收储工作方案的通知\n"
      "各乡镇农业站：\n"
      "现将方案印发给你们，请认真执行。\n"
      "某县农业农村局\n"
      "2023年9月4日\n");
  CHECK(r.header.id_inferred);
  CHECK(r.header.id.find("签发人") == std::string::npos);
}

TEST_CASE("plan header: a copied page's navigation above the title is no line of it", "[header]") {
  // 返回首页 / a site's name / a breadcrumb, each a blank line apart from the title as a page gives them.
  Read r = read_text(
      "返回首页\n\n某省政务网\n\n首页 > 政策文件\n\n某省人民政府关于推进\n智慧农业发展的意见\n\n某政发〔2021〕3号\n"
      "各市人民政府：\n为推进智慧农业，提出如下意见。\n一、夯实基础\n某省人民政府\n2021年4月2日\n");
  CHECK(r.header.title == "某省人民政府关于推进智慧农业发展的意见");
  // A browser's title bar copied above the page's own title (…的意见-某省人民政府门户网站).
  Read bar = read_text(
      "某省人民政府关于落实重点工作部门分工的意见-某省人民政府门户网站\n\n某省人民政府关于落实重点工作部门分工的意见\n"
      "某政发〔2019〕1号\n省直有关单位：\n现提出如下意见。\n一、稳增长\n");
  CHECK(bar.header.title == "某省人民政府关于落实重点工作部门分工的意见");
  // Near miss: a title whose first line ends in 网 is read whole (关于推进“互联网 / +政务服务”工作的通知).
  Read near = read_text("某县人民政府办公室关于推进“互联网\n+政务服务”工作的通知\n某政办发〔2021〕8号\n各乡镇：\n正文。\n");
  CHECK(near.header.title == "某县人民政府办公室关于推进“互联网+政务服务”工作的通知");
}
