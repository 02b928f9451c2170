// Modules that rules require are compiled once per process and kept as bytecode
// (lua_sandbox.cc, load_module_file): what a rule gets must stay what its file says now.
#include <catch2/catch.hpp>

#include "rule_host.h"

using namespace plancheck;
using namespace plancheck_test;

namespace {

// The messages of one check of the fixture report by every rule in `dir`, in a new host, sorted.
std::vector<std::string> sorted_messages_of_rules_in(const std::string& dir) {
  std::vector<std::string> out = messages_of_rules_in(dir);
  std::sort(out.begin(), out.end());
  return out;
}

std::string module_text(const std::string& version) {
  // A shebang line (luaL_loadfilex leaves it out but keeps its line end) and an error on
  // line 4, to see that the kept bytecode still has the file's lines.
  return "#!/usr/bin/env lua\nlocal M = { version = '" + version + "' }\n\nfunction M.fail() error('failed') end\n"
         "return M\n";
}

const char* const kRequiringRule = R"(local m = require("lib.mod")
return {
  id = "%s", severity = "info", summary = "requires lib.mod",
  check = function(report, plan)
    pc.emit{ at = report:root(), message = m.version }
    m.fail()
  end,
})";

std::string requiring_rule(const std::string& id) {
  std::string text = kRequiringRule;
  text.replace(text.find("%s"), 2, id);
  return text;
}

}  // namespace

TEST_CASE("a module kept compiled gives every rule its file as it is, with its lines", "[rule-host]") {
  std::string dir = make_temp_dir("rule-modules");
  std::filesystem::create_directory(dir + "/lib");
  write_file(dir + "/a.lua", requiring_rule("a"));
  write_file(dir + "/b.lua", requiring_rule("b"));  // its require finds lib.mod compiled for a
  write_file(dir + "/lib/mod.lua", module_text("one"));
  std::vector<std::string> first = sorted_messages_of_rules_in(dir);
  REQUIRE(first.size() == 4);
  CHECK(first[0] == "a: one");
  CHECK(first[1].rfind("b: one", 0) == 0);
  for (const std::string& m : first)
    if (m.find("failed") != std::string::npos) CHECK(m.find("mod.lua:4: failed") != std::string::npos);
  CHECK(std::count_if(first.begin(), first.end(), [](const std::string& m) {
          return m.find("mod.lua:4: failed") != std::string::npos;
        }) == 2);

  // The file changed: a new host compiles it again.
  write_file(dir + "/lib/mod.lua", module_text("two"));
  std::vector<std::string> second = sorted_messages_of_rules_in(dir);
  CHECK(std::count(second.begin(), second.end(), "a: two") == 1);
  CHECK(std::count(second.begin(), second.end(), "b: two") == 1);
}
