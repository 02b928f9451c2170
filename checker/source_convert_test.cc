#include <stdlib.h>

#include <catch2/catch.hpp>

#include "source_test_util.h"

using namespace plancheck;
using namespace plancheck_test;

TEST_CASE("source convert: without LibreOffice a .doc is a clear error asking for .docx", "[source]") {
  const char* saved = getenv("PATH");
  std::string path = saved ? saved : "";
  setenv("PATH", "/nonexistent", 1);
  SourceDocument doc;
  std::string error;
  bool ok = read_source(source_fixture("merged-table.doc"), &doc, &error);
  setenv("PATH", path.c_str(), 1);
  CHECK_FALSE(ok);
  CHECK(error.find("另存为 .docx") != std::string::npos);
}

TEST_CASE("source convert: a Word 97 .doc is read through LibreOffice when it is installed", "[source][soffice]") {
  SourceDocument doc;
  std::string error;
  SourceReadOptions options;
  options.converter_seconds = 180;  // a fresh LibreOffice profile is slow on a busy machine
  bool ok = read_source(source_fixture("merged-table.doc"), &doc, &error, options);
  if (!ok && error.find("没有安装 LibreOffice") != std::string::npos) {
    WARN("LibreOffice is not installed; .doc conversion not tested");
    return;
  }
  REQUIRE(ok);
  CHECK(has_note(doc, "LibreOffice"));
  CHECK(all_text(doc).find("（牵头单位：县住建局；责任单位：各乡镇）") != std::string::npos);
  bool merged = false;
  for (const SourceBlock& block : doc.blocks)
    if (block.kind == SourceBlock::Kind::Table && block.table.rows.size() == 4) merged = block.table.rows[2][2].continued;
  CHECK(merged);
}
