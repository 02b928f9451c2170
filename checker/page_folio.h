// A printed page's number left in the text of a document copied from its PDF or Word print
// (— 3 —, - 3 -, — — — 3 —, 第3页, 第3页 共10页): print furniture, no part of the plan.
#pragma once
#include <string_view>

namespace plancheck {

// The line holds nothing but a page number set off as printers set it: between dashes on both
// sides, or 第N页 (with 共M页). A bare number (a 序号 cell) or 3/10 (a fraction) is not one.
bool is_page_folio(std::string_view line);

}  // namespace plancheck
