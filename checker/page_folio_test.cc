// page_folio: a printed page's number left in copied text.
#include "page_folio.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("page_folio: a number between dashes or 第N页 is a printed page's number", "[import][folio]") {
  for (const char* line : {"— 3 —", "- 12 -", "— — — 3 —", "－4－", "—— 7 ——", "第3页", "第 3 页 共 10 页", "共10页第3页",
                           "第3页，共10页", "　— 5 —　"})
    CHECK(is_page_folio(line));
  // Near misses: a bare number is a 序号 cell, a fraction or a dash on one side only is text, and
  // a page cited in a sentence is the plan's words.
  for (const char* line : {"3", "3/10", "— 3", "3 —", "—", "— —", "——三——", "见第3页附表", "第3页表2", "2023 —",
                           "— 2023年 —", ""})
    CHECK_FALSE(is_page_folio(line));
}
