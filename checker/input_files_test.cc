#include "input_files.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

void touch(const fs::path& path) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << "x";
}

}  // namespace

TEST_CASE("a path's kind comes from its extension, compared without case", "[input_files]") {
  CHECK(classify_input("a/b.xml") == InputKind::Xml);
  CHECK(classify_input("报告.XML") == InputKind::Xml);
  CHECK(classify_input("r.Docx") == InputKind::Word);
  CHECK(classify_input("r.PDF") == InputKind::Pdf);
  CHECK(classify_input("r.htm") == InputKind::Html);
  CHECK(classify_input("r.HTML") == InputKind::Html);
  CHECK(classify_input("r.txt") == InputKind::Text);
  CHECK(classify_input("r.doc") == InputKind::Other);   // old Word: converted by import, not read here
  CHECK(classify_input("xml") == InputKind::Other);     // a name, not an extension
  CHECK(classify_input("r.xml.bak") == InputKind::Other);
}

TEST_CASE("a folder gives its reports sorted and lists the rest as skipped", "[input_files]") {
  fs::path dir = fs::temp_directory_path() / ("plancheck-input-files-" + std::to_string(getpid()));
  fs::remove_all(dir);
  touch(dir / "b.xml");
  touch(dir / "A.XML");
  touch(dir / "sub" / "c.Xml");
  touch(dir / "sub" / "photo.jpg");
  touch(dir / "sub" / "tally.xlsx");
  touch(dir / "d.DOCX");  // Word, PDF, web pages and text are candidates; reading them decides
  InputSet set = discover_inputs({dir.string(), dir.string() + "/b.xml"});
  REQUIRE(set.reports.size() == 4);  // b.xml named and found: read once
  CHECK(set.reports[0].path == (dir / "A.XML").string());
  CHECK(set.reports[1].path == (dir / "b.xml").string());
  CHECK(set.reports[1].named);
  CHECK(!set.reports[0].named);
  CHECK(set.reports[2].path == (dir / "d.DOCX").string());
  CHECK(set.reports[2].kind == InputKind::Word);
  CHECK(set.reports[3].path == (dir / "sub" / "c.Xml").string());
  REQUIRE(set.skipped.size() == 2);
  CHECK(set.skipped[0] == (dir / "sub" / "photo.jpg").string());
  CHECK(set.skipped[1] == (dir / "sub" / "tally.xlsx").string());
  CHECK(set.unreadable.empty());
  fs::remove_all(dir);
}

TEST_CASE("a file named on the command line is a report whatever its name", "[input_files]") {
  InputSet set = discover_inputs({"no/such/file.docx"});
  REQUIRE(set.reports.size() == 1);
  CHECK(set.reports[0].named);
  CHECK(set.reports[0].kind == InputKind::Word);
}
