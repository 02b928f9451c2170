#include "metric_items.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "plan_numbering.h"
#include "utf32.h"

using namespace plancheck;

namespace {

std::string heading_of(const std::string& text) { return item_heading(text, read_item_number(text)); }

// Each part's label, in order.
std::vector<std::string> parts_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& part : paragraph_parts(text, to_u32(text))) out.push_back(to_utf8(part.second));
  return out;
}

}  // namespace

TEST_CASE("a list item's heading: the words after its number, a quoted name opening it included", "[metric_items]") {
  CHECK(heading_of("1、光电子信息产业加快增长，产值113亿元。") == "光电子信息产业加快增长");
  CHECK(heading_of("2、“西片”即城西沿河绿化工程，已完成绿化4万亩。") == "“西片”即城西沿河绿化工程");
  CHECK(heading_of("（三）完善管理制度。") == "完善管理制度");
  // Near misses: no number, a quote that never closes, a bracket after words.
  CHECK(heading_of("全年完成绿化4万亩。").empty());
  CHECK(heading_of("3、“西片即城西沿河绿化工程").empty());
  CHECK(heading_of("4、城西沿河（二期）工程，完成投资1亿元。") == "城西沿河");
}

TEST_CASE("the parts and items a paragraph numbers inside itself", "[metric_items]") {
  CHECK(parts_of("一是抓好春耕，完成播种3万亩；二是抓好防汛，储备编织袋2万条。") == std::vector<std::string>{"一是", "二是"});
  CHECK(parts_of("重点项目3个。1、城南污水处理厂项目。完成投资3亿元。2、东湖公园提升项目。完成投资2亿元。") ==
        std::vector<std::string>{"1、", "2、"});
  // Near misses: one 一是 inside a text, digits before 、 inside a sentence, numbers out of order.
  CHECK(parts_of("全年工作中，一是抓好春耕。").empty());
  CHECK(parts_of("累计完成投资2、8亿元，已完成立项、1、2亿元的设备订购。").empty());
  CHECK(parts_of("重点项目。2、城南项目。1、东湖项目。").empty());
}
