#include "suggest.h"

#include <catch2/catch.hpp>

using namespace plancheck;

TEST_CASE("did-you-mean picks the closest known name and nothing far away", "[suggest]") {
  std::vector<std::string> tools{"check", "rules", "explain", "test", "new-rule", "status"};
  CHECK(closest_name("chek", tools) == "check");
  CHECK(closest_name("stauts", tools) == "status");  // a transposition is one edit
  CHECK(closest_name("newrule", tools) == "new-rule");
  CHECK(closest_name("frobnicate", tools).empty());
  CHECK(closest_name("check", tools).empty());  // known: no suggestion
  CHECK(closest_name("--asof", {"--as-of", "--plan", "--lang"}) == "--as-of");
  CHECK(closest_name("--f", {"--format", "--fail-on"}).empty());  // ambiguous prefix
  CHECK(closest_name("--form", {"--format", "--fail-on"}) == "--format");  // a unique prefix
  CHECK(closest_name("emitt", {"emit", "figures", "deadline"}) == "emit");
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("did-you-mean reads in the run's language", "[suggest]") {
  CHECK(did_you_mean("check", "zh") == "，你是不是要用 check？");
  CHECK(did_you_mean("check", "en") == " (did you mean check?)");
  CHECK(did_you_mean("", "zh").empty());
}
