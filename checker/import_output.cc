#include "import_output.h"

#include <sstream>
#include <vector>

#include "data_dir.h"
#include "document.h"
#include "import_text.h"
#include "schema.h"
#include "source_document.h"

namespace plancheck {

std::string serialize_imported(pugi::xml_document& xml, const std::string& source, const char* command) {
  pugi::xml_node comment = xml.prepend_child(pugi::node_comment);
  comment.set_value(xml_comment_text(std::string("plancheck ") + command + " " + source).c_str());
  pugi::xml_node declaration = xml.prepend_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

std::string imported_schema_problems(const std::string& xml, const std::string& lang) {
  init_xml_library();
  LoadError error;
  std::unique_ptr<Document> doc = Document::parse(xml, "<import>", LoadLimits{}, &error);
  if (!doc) return error.to_string();
  SchemaSet schemas(data_dir() + "/schemas");
  std::vector<Finding> findings;
  schemas.validate(*doc, lang, findings);
  std::string problems;
  for (const Finding& f : findings) problems += std::to_string(f.line) + ":" + std::to_string(f.column) + ": " + f.message + "\n";
  return problems;
}

}  // namespace plancheck
