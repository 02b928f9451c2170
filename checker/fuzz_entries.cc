#include "fuzz_entries.h"

#include <memory>
#include <sstream>
#include <string_view>

#include "dates.h"
#include "document.h"
#include "engine.h"
#include "import_plan.h"
#include "lua_host.h"
#include "plan.h"
#include "quantities.h"
#include "schema.h"
#include "source_document.h"

namespace plancheck {

namespace {

std::string_view as_text(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// Built once per process: the schemas, plan 004 and a rule host with the default pack.
struct CheckSetup {
  std::unique_ptr<SchemaSet> schemas;
  std::unique_ptr<Plan> plan;
  std::unique_ptr<LuaHost> host;
  RunSettings settings;

  CheckSetup() {
    init_xml_library();
    schemas = std::make_unique<SchemaSet>(data_dir() + "/schemas");
    LoadError error;
    auto doc = Document::load(data_dir() + "/fixtures/plans/004-liaocheng.xml", LoadLimits{}, &error);
    if (!doc) throw std::runtime_error(error.to_string());
    plan = std::make_unique<Plan>(std::move(doc));
    settings.as_of = Date{2023, 11, 20};
    settings.limits.seconds = 1.0;  // a slow input is a finding for the fuzzer, not a hang
    std::vector<std::string> dirs = rule_dirs_with({});
    host = std::make_unique<LuaHost>(discover_rules(dirs), dirs, settings);
  }
};

CheckSetup& check_setup() {
  static CheckSetup setup;
  return setup;
}

}  // namespace

void fuzz_check_document(const uint8_t* data, size_t size) {
  CheckSetup& setup = check_setup();
  LoadError error;
  std::unique_ptr<Document> doc =
      Document::parse(std::string(as_text(data, size)), "fuzz.xml", LoadLimits{}, &error);
  if (!doc) {
    (void)error.to_string();
    return;
  }
  std::vector<Finding> findings;
  setup.schemas->validate(*doc, "zh", findings);
  if (doc->kind() == DocumentKind::Report) {
    setup.host->check_report(*doc, setup.plan.get(), findings);
  } else if (doc->kind() == DocumentKind::Plan) {
    Plan plan(std::move(doc));
    setup.host->check_plan(plan, findings);
  }
}

void fuzz_dates(const uint8_t* data, size_t size) {
  std::string_view text = as_text(data, size);
  Deadline deadline = read_deadline(text, 2023);
  if (deadline.kind == DeadlineKind::Recurring) (void)next_occurrence(deadline, Date{2023, 11, 20});
  for (const DeadlineMatch& match : find_deadlines(text, 2023)) (void)match.deadline.first.iso();
}

void fuzz_quantities(const uint8_t* data, size_t size) {
  std::string_view text = as_text(data, size);
  std::optional<Quantity> whole = read_quantity(text);
  std::vector<Quantity> found = find_quantities(text);
  for (size_t i = 0; i + 1 < found.size(); ++i) (void)quantities_agree(found[i], found[i + 1]);
  if (whole && !found.empty()) (void)quantities_agree(*whole, found.front());
}

void fuzz_import_plan(const uint8_t* data, size_t size) {
  PlanImport result;
  import_plan(as_text(data, size), result);
  if (!result.ok) return;
  std::ostringstream xml;
  result.xml.save(xml);
  LoadError error;
  if (auto doc = Document::parse(xml.str(), "imported.xml", LoadLimits{}, &error)) {
    if (doc->kind() == DocumentKind::Plan) Plan plan(std::move(doc));
  }
}

namespace {

// Small limits: a fuzz input must fail fast, not unpack hundreds of MiB.
void read_as(const uint8_t* data, size_t size, const char* name) {
  SourceReadOptions options;
  options.max_unpacked_bytes = size_t{16} << 20;
  options.converter_seconds = 0;  // never start LibreOffice from a fuzzer
  SourceDocument doc;
  SourceReadError error;
  if (read_source_bytes(as_text(data, size), name, options, &doc, &error)) {
    std::vector<SourcePlace> places;
    (void)source_plain_text(doc, &places);
  }
}

}  // namespace

void fuzz_source_docx(const uint8_t* data, size_t size) { read_as(data, size, "fuzz.docx"); }

void fuzz_source_pdf(const uint8_t* data, size_t size) { read_as(data, size, "fuzz.pdf"); }

const std::vector<FuzzTarget>& fuzz_targets() {
  static const std::vector<FuzzTarget> targets{{"check_document", fuzz_check_document},
                                               {"dates", fuzz_dates},
                                               {"quantities", fuzz_quantities},
                                               {"import_plan", fuzz_import_plan},
                                               {"source_docx", fuzz_source_docx},
                                               {"source_pdf", fuzz_source_pdf}};
  return targets;
}

}  // namespace plancheck
