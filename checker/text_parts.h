// The parts of a report's text that the text rules compare within (rules.md, "Scope of
// text rules"), computed once per report in C++ instead of by every rule in Lua.
//
// A scope is one task's `progress` elements, the `p` directly under a `narrative`, or the
// `p` of one `narrative//section`, in that order (tasks first). A scope splits into parts
// where another document begins inside it: a letter, a notice or a report ends with its
// signature date, and what follows is an attachment or a forwarded report, which quote
// one another on purpose. A part begins
// - at a text that opens with 附件 (附件, 附件1, 附件二, 附件：);
// - after a signature date in Chinese numerals with a four-digit year (二〇〇四年十一月四日),
//   where the text goes on after it or ends with it;
// - after a short text (a signature line, at most 40 characters) ending with a date in
//   digits (国土资源部2004年10月10日).
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace plancheck {

class Document;

// Bytes [base, base + length) of text_of(node).
struct TextPiece {
  pugi::xml_node node;
  size_t base = 0;
  size_t length = 0;
};

// One part: its pieces in document order. A text split by a part break gives a piece to
// each side; an empty text is a piece of length 0.
using TextPart = std::vector<TextPiece>;

// The texts of one scope, in document order, with the text of each (text_of(node)).
struct TextScope {
  std::vector<pugi::xml_node> nodes;
  std::vector<std::string> texts;
};

// Calls fn with every scope of a report (its root element is <report>) in the order
// rules.md gives, one at a time (a 100 MB report's text is never copied whole).
void each_text_scope(const Document& report, const std::function<void(const TextScope&)>& fn);

// Every text the text rules read, in document order: /report/task/progress,
// /report/narrative/p and /report/narrative//section/p (report:texts()).
std::vector<pugi::xml_node> rule_texts(const Document& report);

// The parts of one scope.
std::vector<TextPart> split_into_parts(const TextScope& scope);

// The parts of every scope of a report.
std::vector<TextPart> text_parts(const Document& report);

// Byte offsets just past each date in Chinese numerals with a four-digit year in `s`
// (二〇〇四年十月十日): exposed for tests.
std::vector<size_t> chinese_date_ends(std::string_view s);

}  // namespace plancheck
