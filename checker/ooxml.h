// Reading Office Open XML parts (word/document.xml, numbering.xml, styles.xml) with pugixml
// by local names: files from other tools use other prefixes than w:.
#pragma once
#include <pugixml.hpp>

namespace plancheck::ooxml {

// Elements inside one another in a part: Word's deepest (a text box in a table in a content
// control) stay under 60. The .docx reader refuses a part nested deeper; below it the reader
// and the annotator (docx_comments) walk every level, so they count the same paragraphs.
constexpr int kMaxPartDepth = 256;

// Whether `node` is an element named `name` (w:p, x:p → p).
bool is(const pugi::xml_node& node, const char* name);
// The first child element named `name`, or an empty node.
pugi::xml_node child(const pugi::xml_node& node, const char* name);
// An attribute by local name (w:val, w:type…), or nullptr.
const char* attr(const pugi::xml_node& node, const char* name);
// An integer attribute, kept within ±1,000,000 (a span or a level, never more); `fallback`
// when absent or not a number.
int int_attr(const pugi::xml_node& node, const char* name, int fallback);

}  // namespace plancheck::ooxml
