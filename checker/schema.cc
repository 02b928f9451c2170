#include "schema.h"
#include "schema_messages.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

namespace plancheck {

struct SchemaSet::Compiled {
  xmlSchemaPtr schema = nullptr;
  ~Compiled() { if (schema) xmlSchemaFree(schema); }
};

void init_xml_library() {
  xmlInitParser();
  // No catalog, no network: plancheck's own two schemas are all it ever loads.
  xmlSetExternalEntityLoader([](const char* url, const char*, xmlParserCtxtPtr ctxt) -> xmlParserInputPtr {
    if (url && std::strncmp(url, "file:", 5) != 0 && std::strstr(url, "://")) return nullptr;
    return url ? xmlNewInputFromFile(ctxt, url) : nullptr;
  });
}

namespace {
std::unique_ptr<SchemaSet::Compiled> compile(const std::string& path);
}  // namespace

SchemaSet::SchemaSet(const std::string& schema_dir)
    : plan_(compile(schema_dir + "/plan.xsd")), report_(compile(schema_dir + "/report.xsd")) {}

SchemaSet::~SchemaSet() = default;

namespace {

struct CompileErrors {
  std::string first;
};

std::unique_ptr<SchemaSet::Compiled> compile(const std::string& path) {
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.c_str());
  CompileErrors errors;
  xmlSchemaSetParserStructuredErrors(
      parser,
      [](void* data, xmlErrorPtr error) {
        auto* errs = static_cast<CompileErrors*>(data);
        if (errs->first.empty() && error && error->message) errs->first = error->message;
      },
      &errors);
  auto compiled = std::make_unique<SchemaSet::Compiled>();
  compiled->schema = xmlSchemaParse(parser);
  xmlSchemaFreeParserCtxt(parser);
  if (!compiled->schema)
    throw std::runtime_error("cannot compile schema " + path + ": " + errors.first);
  return compiled;
}

struct ValidationRun {
  const Document* doc;
  const std::string* lang;
  std::vector<Finding>* out;
  const pugi::xml_node* current;  // the element being validated (TreeFeeder::current)
  int reported = 0;
};

constexpr int kMaxSchemaFindingsPerFile = 100;

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// The name quoted after `marker` in a libxml2 message ("Element '{ns}task'"), without
// its namespace, or "" when the message quotes none.
std::string quoted_name(const std::string& message, const std::string& marker) {
  size_t at = message.find(marker + " '");
  if (at == std::string::npos) return "";
  size_t start = at + marker.size() + 2, end = message.find('\'', start);
  if (end == std::string::npos) return "";
  std::string name = message.substr(start, end - start);
  size_t brace = name.find('}');
  return brace == std::string::npos ? name : name.substr(brace + 1);
}

// libxml2 gives a line but no column for validity errors; the line is that of `element`,
// the element being validated (TreeFeeder::locate). The column is that of the attribute
// the message names if it stands on that line, else of the element's start tag. Taken
// from the tree: an in-place parse has overwritten the '=' and '<' a text search needs.
int column_on_line(const Document& doc, int line, pugi::xml_node element, const std::string& attribute) {
  if (!element) return 1;
  if (!attribute.empty())
    for (pugi::xml_attribute attr : element.attributes())
      if (attribute == local_name(attr.name())) {
        SourcePosition at = doc.position_of(attr);
        if (at.line == line) return at.column;
        break;
      }
  SourcePosition at = doc.position_of(element);
  return at.line == line ? at.column : 1;
}

void on_validity_error(void* data, xmlErrorPtr error) {
  auto* run = static_cast<ValidationRun*>(data);
  if (!error || error->level < XML_ERR_ERROR || error->domain != XML_FROM_SCHEMASV) return;
  if (++run->reported > kMaxSchemaFindingsPerFile) return;
  Finding f;
  f.rule = "schema";
  f.severity = Severity::Error;
  f.file = run->doc->path();
  f.line = error->line > 0 ? error->line : 1;
  std::string detail = trim(error->message ? error->message : "invalid");
  f.column = column_on_line(*run->doc, f.line, *run->current, quoted_name(detail, "attribute"));
  std::string in_words = *run->lang == "en" ? "" : schema_message_zh(detail);  // schema_messages.h
  f.message = *run->lang == "en" ? "does not match the schema: " + detail
              : in_words.empty() ? "不符合格式规范：" + detail
                                 : "不符合格式规范：" + in_words;
  run->out->push_back(std::move(f));
}

// Walks a pugixml tree and gives libxml2's validator the SAX2 events a parser would:
// namespaces resolved from the xmlns attributes in scope, text and CDATA as characters.
// Every name and value pointer handed over stays valid (it points into the tree), as
// the validator keeps some of them until the element ends.
struct TreeFeeder {
  const Document* doc = nullptr;
  xmlSAXHandlerPtr sax = nullptr;  // the validator's handler, set by xmlSchemaSAXPlug
  void* user = nullptr;
  pugi::xml_node current;          // where a validity error is reported
  std::vector<std::pair<std::string, const char*>> bindings;  // prefix ("" default) → URI, innermost last

  // The line of the element being validated: libxml2 calls this only for an error.
  static int locate(void* data, const char** file, unsigned long* line) {
    auto* feeder = static_cast<TreeFeeder*>(data);
    *file = feeder->doc->path().c_str();
    *line = static_cast<unsigned long>(feeder->doc->position_of(feeder->current).line);
    return 0;
  }

  // The URI bound to `prefix`, or null for no namespace (xmlns="" unbinds).
  const xmlChar* uri_of(const std::string& prefix) const {
    for (auto it = bindings.rbegin(); it != bindings.rend(); ++it)
      if (it->first == prefix) return *it->second ? reinterpret_cast<const xmlChar*>(it->second) : nullptr;
    return nullptr;
  }

  static const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

  // Recursive: Document::load has refused anything nested deeper than --max-depth.
  void feed(pugi::xml_node element) {
    const size_t scope = bindings.size();
    std::vector<const xmlChar*> namespaces;  // prefix, URI pairs declared here
    for (pugi::xml_attribute attr : element.attributes()) {
      const char* name = attr.name();
      if (std::strcmp(name, "xmlns") == 0) {
        bindings.emplace_back("", attr.value());
        namespaces.insert(namespaces.end(), {nullptr, x(attr.value())});
      } else if (std::strncmp(name, "xmlns:", 6) == 0) {
        bindings.emplace_back(name + 6, attr.value());
        namespaces.insert(namespaces.end(), {x(name + 6), x(attr.value())});
      }
    }
    std::vector<const xmlChar*> attributes;  // localname, prefix, URI, value, end
    for (pugi::xml_attribute attr : element.attributes()) {
      const char* name = attr.name();
      if (std::strcmp(name, "xmlns") == 0 || std::strncmp(name, "xmlns:", 6) == 0) continue;
      const char* colon = std::strchr(name, ':');
      const xmlChar* uri = colon ? uri_of(std::string(name, colon)) : nullptr;  // no default ns for attributes
      const char* value = attr.value();
      attributes.insert(attributes.end(), {x(colon ? colon + 1 : name), nullptr, uri, x(value),
                                           x(value + std::strlen(value))});
    }
    const char* name = element.name();
    const char* colon = std::strchr(name, ':');
    const xmlChar* local = x(colon ? colon + 1 : name);
    const xmlChar* uri = uri_of(colon ? std::string(name, colon) : std::string());
    current = element;
    sax->startElementNs(user, local, nullptr, uri, static_cast<int>(namespaces.size() / 2), namespaces.data(),
                        static_cast<int>(attributes.size() / 5), 0, attributes.data());
    for (pugi::xml_node child : element.children()) {
      if (child.type() == pugi::node_element) {
        feed(child);
        current = element;
      } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        sax->characters(user, x(child.value()), static_cast<int>(std::strlen(child.value())));
      }
    }
    sax->endElementNs(user, local, nullptr, uri);
    bindings.resize(scope);
  }
};

}  // namespace

void SchemaSet::validate(const Document& doc, const std::string& lang, std::vector<Finding>& out) const {
  const Compiled* compiled = doc.kind() == DocumentKind::Plan ? plan_.get()
                             : doc.kind() == DocumentKind::Report ? report_.get() : nullptr;
  if (!compiled) {
    Finding f;
    f.rule = "schema";
    f.file = doc.path();
    SourcePosition at = doc.position_of(doc.root());
    f.line = at.line;
    f.column = at.column;
    std::string found = std::string(doc.root().name()) + " xmlns=\"" + doc.root().attribute("xmlns").value() + "\"";
    f.message = lang == "en"
                    ? "not a plancheck plan or report: the root element is " + found +
                          ", expected plan in " + kPlanNamespace + " or report in " + kReportNamespace
                    : "不是 plancheck 的实施方案或进展报告：根元素为 " + found + "，应为 " + kPlanNamespace +
                          " 中的 plan 或 " + kReportNamespace + " 中的 report";
    out.push_back(std::move(f));
    return;
  }
  // pugixml has parsed the document already (and refused DTDs, entities and malformed
  // input); its tree is fed to libxml2's streaming validator as SAX2 events instead of
  // parsing the bytes a second time (bench/RESULTS.md has the numbers).
  TreeFeeder feeder;
  ValidationRun run{&doc, &lang, &out, &feeder.current};
  xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(compiled->schema);
  if (!context) return;
  xmlSchemaSetValidStructuredErrors(context, on_validity_error, &run);
  xmlSchemaValidateSetLocator(context, TreeFeeder::locate, &feeder);
  feeder.doc = &doc;
  if (xmlSchemaSAXPlugPtr plug = xmlSchemaSAXPlug(context, &feeder.sax, &feeder.user)) {
    feeder.feed(doc.root());
    xmlSchemaSAXUnplug(plug);
  }
  xmlSchemaFreeValidCtxt(context);
  if (run.reported > kMaxSchemaFindingsPerFile) {
    Finding f;
    f.rule = "schema";
    f.file = doc.path();
    f.line = 1;
    f.message = lang == "en" ? "further schema errors not shown: " + std::to_string(run.reported - kMaxSchemaFindingsPerFile)
                             : "另有 " + std::to_string(run.reported - kMaxSchemaFindingsPerFile) + " 处格式错误未列出";
    out.push_back(std::move(f));
  }
}

}  // namespace plancheck
