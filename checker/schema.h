// XSD validation with libxml2: schemas/plan.xsd and schemas/report.xsd are compiled
// once; each document's pugixml tree is fed to libxml2's streaming validator as SAX2
// events (no second parse; libxml2 never reads a DTD, an entity or the network). Letting
// libxml2 parse the bytes with the validator plugged in costs three times as much and
// reports other lines (bench/RESULTS.md, issue 17, stop 31; bench/xsd_while_parsing.cc).
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

  struct Compiled;  // an xmlSchemaPtr, freed with the set

 private:
  std::unique_ptr<Compiled> plan_, report_;
};

// Call once on the main thread before any thread validates (libxml2's global set-up).
void init_xml_library();

}  // namespace plancheck
