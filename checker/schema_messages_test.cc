#include "schema_messages.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("libxml2's schema messages read in Chinese, elements by their Chinese names", "[schema][messages]") {
  CHECK(schema_message_zh("Element '{urn:plancheck:report:1}task': The attribute 'ref' is required but missing.") ==
        "任务（task）缺少必需的属性任务编号（ref）");
  CHECK(schema_message_zh("Element '{urn:plancheck:report:1}task', attribute 'status': [facet 'enumeration'] The "
                          "value 'finished' is not an element of the set {'done', 'in-progress', 'not-started', "
                          "'blocked'}.") ==
        "任务（task）的状态（status）填写为“finished”，应为以下之一：done、in-progress、not-started、blocked");
  CHECK(schema_message_zh("Element '{urn:plancheck:report:1}report', attribute 'submitted': '2023-13-01' is not a "
                          "valid value of the atomic type 'xs:date'.") ==
        "报告（report）的报送日期（submitted）填写为“2023-13-01”，不是有效的日期（如 2023-11-30）");
  CHECK(schema_message_zh("Element '{urn:plancheck:report:1}budget': This element is not expected. Expected is ( "
                          "{urn:plancheck:report:1}lead ).") == "经费（budget）不应出现在这里（此处应为：牵头单位（lead））");
  CHECK(schema_message_zh("something libxml2 says that is new").empty());
  CHECK(vocabulary_word("evidence") == "佐证材料");
  CHECK(vocabulary_word("nonsense").empty());
}
