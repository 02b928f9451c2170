// What an importer made, made ready to write: the XML text with its declaration and a
// comment naming its source, and the schema's complaints about it, so that nothing `check`
// would refuse is ever written (import-plan, import-report, and the submission service).
#pragma once
#include <string>

#include <pugixml.hpp>

namespace plancheck {

// The document as UTF-8 XML with its declaration and a comment naming where it came from
// (`plancheck <command> <source>`). Adds both nodes to `xml`.
std::string serialize_imported(pugi::xml_document& xml, const std::string& source, const char* command);

// Validates XML an importer made against its schema (schemas/ of the data folder).
// Returns the complaints as "line:column: message" lines; empty when it is valid.
std::string imported_schema_problems(const std::string& xml, const std::string& lang);

}  // namespace plancheck
