// XSD validation with libxml2: schemas/plan.xsd and schemas/report.xsd are compiled
// once; each document's pugixml tree is fed to libxml2's streaming validator as SAX2
// events (no second parse, no DTD, no entity substitution, no network). A report in the
// plain shape every real one has is judged valid by one walk of its tree instead
// (surely_valid_report); only the others reach libxml2.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "document.h"
#include "finding.h"

namespace plancheck {

class SchemaSet {
 public:
  // Compiles plan.xsd and report.xsd from `schema_dir`; throws std::runtime_error
  // naming the file when either does not compile.
  explicit SchemaSet(const std::string& schema_dir);
  ~SchemaSet();
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  // Validates `doc` against the schema of its kind; each violation becomes a finding
  // with rule id `schema` (severity error), in `lang` ("zh" or "en").
  // Safe to call from several threads at once.
  void validate(const Document& doc, const std::string& lang, std::vector<Finding>& out) const;
  // The same by libxml2 alone, never the quick path below (tests compare the two).
  void validate_with_libxml2(const Document& doc, const std::string& lang, std::vector<Finding>& out) const;

  // Whether `doc` is a report that is surely valid by report.xsd as shipped, judged in one
  // walk of the tree without libxml2: true only for the plain shapes every real report has
  // (no prefixes, no foreign attributes, values in their simplest lexical forms); anything
  // else, and every report when report.xsd is not the file this was written against
  // (quick_reports() false), goes to libxml2, which gives the messages.
  bool surely_valid_report(const Document& doc) const;
  bool quick_reports() const { return quick_reports_; }

  struct Compiled;  // an xmlSchemaPtr, freed with the set

 private:
  std::unique_ptr<Compiled> plan_, report_;
  bool quick_reports_ = false;  // report.xsd is the one surely_valid_report knows
};

// Call once on the main thread before any thread validates (libxml2's global set-up).
void init_xml_library();

}  // namespace plancheck
