// The quick judgement of reports (SchemaSet::surely_valid_report) against libxml2: it may
// only say "valid" where libxml2 finds nothing, and then validate() gives what libxml2 gives.
#include "schema.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "data_dir.h"

using namespace plancheck;

namespace {

const SchemaSet& schemas() {
  static const SchemaSet set = [] {
    init_xml_library();
    return SchemaSet(data_dir() + "/schemas");
  }();
  return set;
}

std::unique_ptr<Document> parse(const std::string& xml) {
  LoadError error;
  auto doc = Document::parse(xml, "test.xml", LoadLimits{}, &error);
  INFO(error.to_string());
  REQUIRE(doc);
  return doc;
}

std::vector<std::string> messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    out.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.message);
  return out;
}

// Whether libxml2 finds `doc` valid; and that the quick judgement never says so when it is not.
bool libxml2_valid(const Document& doc) {
  std::vector<Finding> by_libxml2, by_validate;
  schemas().validate_with_libxml2(doc, "en", by_libxml2);
  schemas().validate(doc, "en", by_validate);
  INFO(doc.path());
  if (schemas().surely_valid_report(doc)) CHECK(by_libxml2.empty());
  CHECK(messages(by_validate) == messages(by_libxml2));
  return by_libxml2.empty();
}

const std::string kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:plancheck:report:1\" ";
const std::string kRootAttrs = "plan=\"P\" unit=\"区政工部\" submitted=\"2024-06-21\"";

// A report whose root has `root` as attributes and `body` inside.
std::string report(const std::string& root, const std::string& body) {
  return kHead + root + ">\n" + body + "\n</report>\n";
}

const std::string kTask =
    "<task ref=\"3\" status=\"done\">\n  <lead>区农业农村局</lead>\n  <deadline>2024-04-30</deadline>\n"
    "  <progress>截至目前，已完成市级教育实践基地1处。</progress>\n"
    "  <metric name=\"市级教育实践基地\" value=\"1\" unit=\"处\"/>\n"
    "  <budget included=\"true\" source=\"乡村振兴衔接资金\" amount=\"43000.50\" currency=\"CNY\"/>\n"
    "  <evidence href=\"attachments/a.pdf\">佐证材料</evidence>\n</task>\n"
    "<narrative><p>一段。</p><section title=\"一、概况\"><p>二段。</p><section title=\"（一）\"><p>三</p></section></section></narrative>";

}  // namespace

TEST_CASE("schema: the shipped report.xsd is the one the quick judgement knows", "[schema]") {
  // A failure here means report.xsd changed: read surely_valid_report against the new file,
  // then update kReportSchemaHash (schema.cc).
  CHECK(schemas().quick_reports());
}

TEST_CASE("schema: a plain report is judged valid without libxml2, as libxml2 judges it", "[schema]") {
  auto doc = parse(report(kRootAttrs + " period-from=\"2024-04-01\" period-to=\"2024-02-29\"", kTask));
  CHECK(schemas().surely_valid_report(*doc));
  CHECK(libxml2_valid(*doc));
}

TEST_CASE("schema: what the quick judgement leaves to libxml2", "[schema]") {
  // Each near miss of the plain form: invalid ones must reach libxml2 for their messages;
  // valid but unusual ones (a time zone, a prefix, white space around a token) go there too.
  struct Case {
    std::string root, body;
    bool valid, quick;  // libxml2's verdict; whether surely_valid_report says valid without it
  };
  const std::vector<Case> cases = {
      {kRootAttrs, kTask, true, true},
      {"plan=\"P\" unit=\"区政工部\"", kTask, false, false},                                   // submitted missing
      {"plan=\" \" unit=\"区政工部\" submitted=\"2024-06-21\"", kTask, false, false},          // blank plan
      {"plan=\"P\" unit=\"区\" submitted=\"2024-02-30\"", kTask, false, false},               // no such day
      {"plan=\"P\" unit=\"区\" submitted=\"2023-02-29\"", kTask, false, false},               // not a leap year
      {"plan=\"P\" unit=\"区\" submitted=\"2024-02-29\"", kTask, true, true},
      {"plan=\"P\" unit=\"区\" submitted=\"2024-06-21Z\"", kTask, true, false},               // time zone
      {"plan=\"P\" unit=\"区\" submitted=\"2024-6-21\"", kTask, false, false},
      {"plan=\"P\" unit=\"区\" submitted=\" 2024-06-21 \"", kTask, false, false},  // libxml2 keeps the spaces
      {kRootAttrs + " lang=\"zh\"", kTask, false, false},                                      // unknown attribute
      {kRootAttrs + " xml:lang=\"zh\"", kTask, false, false},
      {kRootAttrs + " xmlns:r=\"urn:plancheck:report:1\"", "<r:task ref=\"1\" status=\"done\"/>", true, false},
      {kRootAttrs, "<task ref=\"1\" status=\"finished\"/>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\" done \"/>", true, false},
      {kRootAttrs, "<task ref=\"1\"/>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\" extra=\"x\"/>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><metric name=\"a\" value=\"1.\"/></task>", true, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><metric name=\"a\" value=\"+1\"/></task>", true, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><metric name=\"a\" value=\"1,000\"/></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><metric name=\"a\" value=\"\"/></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><metric name=\"a\" value=\"12345678901234567890\"/></task>", true, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><metric name=\"a\" value=\"1\">x</metric></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><metric name=\"a\" value=\"1\" approx=\"roughly\"/></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><budget included=\"yes\"/></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><budget included=\"1\" currency=\"cny\"/></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><budget included=\"0\" currency=\"CNY\"/></task>", true, true},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><budget included=\"true\"/><budget included=\"false\"/></task>", true, true},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><evidence>x</evidence></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><evidence href=\"a\"><b/></evidence></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><lead><b>x</b></lead></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><progress><![CDATA[a < b]]></progress></task>", true, true},
      {kRootAttrs, "<task ref=\"1\" status=\"done\"><note>x</note></task>", false, false},
      {kRootAttrs, "<task ref=\"1\" status=\"done\">正文</task>", false, false},
      {kRootAttrs, "正文<task ref=\"1\" status=\"done\"/>", false, false},
      {kRootAttrs, "<narrative><section><p>x</p></section></narrative>", false, false},  // title missing
      {kRootAttrs, "<narrative title=\"x\"><p>x</p></narrative>", false, false},
      {kRootAttrs, "<narrative><p xmlns=\"urn:other\">x</p></narrative>", false, false},
      {kRootAttrs, "<narrative><p xmlns=\"urn:plancheck:report:1\">x</p></narrative>", true, false},
      {kRootAttrs, "<narrative><section title=\"\"><p>x</p></section></narrative>", true, true},
      {kRootAttrs, "", true, true},
  };
  for (const Case& c : cases) {
    auto doc = parse(report(c.root, c.body));
    INFO(c.root << " | " << c.body);
    CHECK(libxml2_valid(*doc) == c.valid);
    CHECK(schemas().surely_valid_report(*doc) == c.quick);
  }
}

TEST_CASE("schema: every fixture report is judged as libxml2 judges it", "[schema]") {
  size_t reports = 0;
  for (const char* folder : {"/fixtures", "/tests/data"}) {
    const std::string root = data_dir() + folder;
    if (!std::filesystem::exists(root)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.path().extension() != ".xml") continue;
      LoadError error;
      auto doc = Document::load(entry.path().string(), LoadLimits{}, &error);
      if (!doc || doc->kind() != DocumentKind::Report) continue;
      ++reports;
      libxml2_valid(*doc);
    }
  }
  CHECK(reports > 10);
}
