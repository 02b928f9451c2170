// What validating while parsing would cost (bench/RESULTS.md, issue 17, stop 31): libxml2
// parses each file's bytes with the compiled schema's validator plugged into its SAX
// handler (xmlSchemaSAXPlug), as plancheck would if it gave up feeding the validator from
// the pugixml tree. No DTD is loaded, no entity substituted, no network used. Not built by
// CMake; by hand:
//   g++ -O2 -I/usr/include/libxml2 bench/xsd_while_parsing.cc -o /tmp/xsd_while_parsing -lxml2
//   valgrind --tool=callgrind /tmp/xsd_while_parsing schemas/report.xsd r200/*.xml
// (add `tree` before the schema to let libxml2's default SAX2 handler build its tree, as
// xmlTextReader does). Prints the number of errors (0 when every file is valid); SHOW=1
// prints each with its line.
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace {
int errors = 0;
void on_error(void*, xmlErrorPtr e) {
  if (!e || e->level < XML_ERR_ERROR) return;
  ++errors;
  if (std::getenv("SHOW")) std::fprintf(stderr, "line %d: %s", e->line, e->message);
}
// The parser's line, which libxml2's validator then reports (as xmlSchemaValidateStream does).
int parser_line(void* data, const char** file, unsigned long* line) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(data);
  *file = nullptr;
  *line = ctxt->input ? static_cast<unsigned long>(ctxt->input->line) : 0;
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  int first = 1;
  const bool tree = argc > 1 && std::strcmp(argv[1], "tree") == 0;
  if (tree) ++first;
  if (argc - first < 1) {
    std::fprintf(stderr, "usage: %s [tree] SCHEMA.xsd FILE...\n", argv[0]);
    return 2;
  }
  xmlInitParser();
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(argv[first]);
  xmlSchemaPtr schema = xmlSchemaParse(parser);
  xmlSchemaFreeParserCtxt(parser);
  if (!schema) return 2;
  static xmlSAXHandler none;  // no tree: only the validator's callbacks do anything
  none.initialized = XML_SAX2_MAGIC;
  for (int i = first + 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(valid, on_error, nullptr);
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(bytes.data(), static_cast<int>(bytes.size()));
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);  // and neither XML_PARSE_NOENT nor XML_PARSE_DTDLOAD
    xmlSchemaValidateSetLocator(valid, parser_line, ctxt);
    xmlSAXHandlerPtr own = ctxt->sax;
    if (!tree) ctxt->sax = &none;
    xmlSchemaSAXPlugPtr plug = xmlSchemaSAXPlug(valid, &ctxt->sax, &ctxt->userData);
    xmlParseDocument(ctxt);
    if (!ctxt->wellFormed) ++errors;
    xmlSchemaSAXUnplug(plug);
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    ctxt->sax = own;
    xmlFreeParserCtxt(ctxt);
    xmlSchemaFreeValidCtxt(valid);
  }
  xmlSchemaFree(schema);
  std::printf("errors %d\n", errors);
  return errors ? 1 : 0;
}
