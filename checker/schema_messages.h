// libxml2's schema-validity messages ("Element '{urn:…}task': The attribute 'ref' is
// required but missing.") in the supervisor's words: elements and attributes by their
// Chinese names (任务, 经费, 佐证材料), the XML name after them for whoever edits the file.
#pragma once
#include <string>

namespace plancheck {

// The Chinese name of an element or attribute of the plan and report vocabularies
// (task → 任务, evidence → 佐证材料, included → 是否列入预算), or "" when it has none.
std::string vocabulary_word(const std::string& xml_name);

// `detail` (libxml2's English) in Chinese when it is one of the messages libxml2 gives
// for a schema; otherwise "" (the caller keeps libxml2's text).
std::string schema_message_zh(const std::string& detail);

}  // namespace plancheck
