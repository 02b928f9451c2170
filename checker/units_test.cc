#include "units.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using plancheck::closest_unit;
using plancheck::is_collective_name;
using plancheck::normalize_unit_name;
using plancheck::UnitDirectory;

namespace {

struct NormCase {
  const char* input;
  const char* expected;
};

struct PairCase {
  const char* a;
  const char* b;
  bool same;
};

struct CollectiveCase {
  const char* name;
  bool collective;
};

struct SuggestCase {
  const char* name;
  std::vector<std::string> candidates;
  const char* expected;  // nullptr: no suggestion
};

}  // namespace

TEST_CASE("normalize_unit_name folds widths, brackets and spaces", "[units]") {
  const NormCase cases[] = {
      {"区政工部", "区政工部"},
      {"各镇（街道）", "各镇(街道)"},                 // full-width parens, NFKC
      {"各镇(街道)", "各镇(街道)"},
      {"聊江委办发〔2023〕5号", "聊江委办发[2023]5号"},  // 〔〕
      {"聊江委办发【2023】5号", "聊江委办发[2023]5号"},  // 【】
      {"聊江委办发［2023］5号", "聊江委办发[2023]5号"},  // ［］ full-width, NFKC
      {"聊江委办发〖2023〗5号", "聊江委办发[2023]5号"},  // 〖〗
      {"聊江委办发︹2023︺5号", "聊江委办发[2023]5号"},  // vertical forms, NFKC → 〔〕
      {"聊江委办发〔２０２３〕５号", "聊江委办发[2023]5号"},  // full-width digits
      {"区\u3000政工部", "区政工部"},                // ideographic space
      {"\u3000\u3000区政工部\u3000", "区政工部"},
      {"区\u00A0政工部", "区政工部"},                // NBSP
      {" 区政工部 ", "区政工部"},
      {"区 政 工 部", "区政工部"},
      {"区\t政工部\r\n", "区政工部"},
      {"区\u2003政工部", "区政工部"},                // em space
      {"\uFEFF区政工部\u200B", "区政工部"},          // BOM, zero-width space
      {"ＡＢＣ局", "ABC局"},                         // full-width Latin
      {"", ""},
      {"\u3000 \u00A0", ""},
  };
  for (const auto& c : cases) {
    INFO("input: " << c.input);
    CHECK(normalize_unit_name(c.input) == c.expected);
  }
}

TEST_CASE("normalize_unit_name survives invalid UTF-8", "[units]") {
  const struct {
    std::string input;
    std::string expected;
  } cases[] = {
      {std::string("\xff\xfe 区政工部"), std::string("\xff\xfe区政工部")},
      {std::string("区政\xe5 工部"), std::string("区政\xe5工部")},          // truncated sequence
      {std::string("\xc0\xaf abc"), std::string("\xc0\xaf" "abc")},          // overlong
      {std::string("\xed\xa0\x80 x"), std::string("\xed\xa0\x80x")},        // surrogate
      {std::string("\x80\u3000\u00A0y"), std::string("\x80y")},
      {std::string("\xe3\x80"), std::string("\xe3\x80")},                   // cut U+3000
  };
  for (const auto& c : cases) {
    CHECK(normalize_unit_name(c.input) == c.expected);
  }
  // Embedded NUL is valid UTF-8 and is kept.
  CHECK(normalize_unit_name(std::string("a\0b", 3)) == std::string("a\0b", 3));
}

TEST_CASE("is_collective_name recognises group names", "[units]") {
  const CollectiveCase cases[] = {
      {"各镇（街道）", true},
      {"各镇(街道)", true},
      {"各镇\u3000（街道）", true},
      {"区直各部门", true},
      {"市直各单位", true},
      {"各街道", true},
      {"各有关部门", true},
      {"各部门", true},
      {"各级党委", true},
      {"各分支机构", true},
      {"机关各党支部", true},
      {"驻区各中省直单位", true},
      {"区各有关部门", true},
      // Near-misses: real units.
      {"区文明办", false},
      {"区政工部", false},
      {"区教体中心", false},
      {"区社保中心", false},
      {"党群工作部", false},
      {"区党群工作部", false},
      {"市公安局度假区分局", false},
      {"区各界联合会", false},  // 各 inside a name, not followed by a group word
      {"镇（街道）", false},     // a level of government, not a group of units
      {"", false},
  };
  for (const auto& c : cases) {
    INFO("name: " << c.name);
    CHECK(is_collective_name(c.name) == c.collective);
  }
}

TEST_CASE("UnitDirectory resolves aliases after normalization", "[units]") {
  UnitDirectory dir;
  dir.add("党群工作部", {"区党群工作部"});
  dir.add("各镇（街道）", {}, true);
  dir.add("区政工部");
  dir.add("区文明办");
  dir.add("组织人事部", {"区组织人事部", "组织部"});

  SECTION("canonical returns the declared name") {
    CHECK(dir.canonical("党群工作部") == std::optional<std::string>("党群工作部"));
    CHECK(dir.canonical("区党群工作部") == std::optional<std::string>("党群工作部"));
    CHECK(dir.canonical("区\u3000党群工作部 ") == std::optional<std::string>("党群工作部"));
    CHECK(dir.canonical("各镇(街道)") == std::optional<std::string>("各镇（街道）"));
    CHECK(dir.canonical("组织部") == std::optional<std::string>("组织人事部"));
    CHECK_FALSE(dir.canonical("区社保中心").has_value());
    CHECK_FALSE(dir.canonical("").has_value());
    CHECK_FALSE(dir.canonical("\u3000").has_value());
  }

  SECTION("same_unit") {
    const PairCase cases[] = {
        {"党群工作部", "区党群工作部", true},     // alias
        {"区党群工作部", "党群工作部", true},
        {"区党群工作部", "区党群工作部", true},
        {"区\u3000政工部", "区政工部", true},     // ideographic space
        {"区政工部 ", "区政工部", true},
        {"各镇（街道）", "各镇(街道)", true},      // full-width vs half-width
        {"组织部", "区组织人事部", true},          // two aliases of one unit
        {"区政工部", "区文明办", false},
        {"区政工部", "政工部", false},             // close, but not declared as an alias
        {"区教体中心", "区社保中心", false},        // neither declared
        {"区社保中心", "区社保中心", true},         // undeclared but equal
        {"", "", false},
        {"\u3000", " ", false},
        {"党群工作部", "组织人事部", false},
    };
    for (const auto& c : cases) {
      INFO(c.a << " vs " << c.b);
      CHECK(dir.same_unit(c.a, c.b) == c.same);
    }
  }

  SECTION("is_collective") {
    CHECK(dir.is_collective("各镇（街道）"));
    CHECK(dir.is_collective("各镇(街道)"));
    CHECK(dir.is_collective("区直各部门"));  // undeclared, but reads as a group name
    CHECK_FALSE(dir.is_collective("区政工部"));
    CHECK_FALSE(dir.is_collective("区党群工作部"));
    CHECK_FALSE(dir.is_collective("区社保中心"));
  }
}

TEST_CASE("UnitDirectory: a declared name wins over another unit's alias", "[units]") {
  UnitDirectory dir;
  dir.add("区党群工作部", {"党群工作部"});
  dir.add("党群工作部");  // later declared as a unit of its own
  CHECK(dir.canonical("党群工作部") == std::optional<std::string>("党群工作部"));
  CHECK(dir.canonical("区党群工作部") == std::optional<std::string>("区党群工作部"));
  CHECK_FALSE(dir.same_unit("党群工作部", "区党群工作部"));

  UnitDirectory first;
  first.add("甲单位", {"简称"});
  first.add("乙单位", {"简称"});  // the alias stays with the first declaration
  CHECK(first.canonical("简称") == std::optional<std::string>("甲单位"));

  UnitDirectory flags;
  flags.add("区直机关", {}, true);
  flags.add("区直机关");  // a repeated declaration does not clear the flag
  CHECK(flags.is_collective("区直机关"));
}

TEST_CASE("closest_unit suggests near names, never far ones", "[units]") {
  const std::vector<std::string> plan004 = {
      "区政工部", "区文明办", "区教体中心", "区社保中心", "区综治办", "区住建局",
      "区文化旅游局", "区发展与统计服务中心", "市公安局度假区分局"};
  const SuggestCase cases[] = {
      // Same name with or without the 区/市 prefix, either way.
      {"政工部", plan004, "区政工部"},
      {"党群工作部", {"组织人事部", "区党群工作部"}, "区党群工作部"},
      {"区党群工作部", {"组织人事部", "党群工作部"}, "党群工作部"},
      {"公安局度假区分局", plan004, "市公安局度假区分局"},
      // Exactly equal after normalization.
      {"区政工部\u3000", plan004, "区政工部"},
      // One character off.
      {"区政工处", plan004, "区政工部"},
      {"区文明委", plan004, "区文明办"},
      {"区发展和统计服务中心", plan004, "区发展与统计服务中心"},
      // Two off in a long name (len 10 → up to 2 edits).
      {"区发展及统计服务所心", plan004, "区发展与统计服务中心"},
      // Near-misses that must not match.
      {"区政工部", {"区文明办"}, nullptr},
      {"区教体中心", {"区社保中心"}, nullptr},
      {"区卫计局", {"区住建局"}, nullptr},
      {"区财政局", {"区住建局", "区综治办"}, nullptr},
      {"", plan004, nullptr},
      {"区政工部", {}, nullptr},
  };
  for (const auto& c : cases) {
    INFO("name: " << c.name);
    const auto got = closest_unit(c.name, c.candidates);
    if (c.expected) {
      REQUIRE(got.has_value());
      CHECK(*got == c.expected);
    } else {
      CHECK_FALSE(got.has_value());
    }
  }
}

TEST_CASE("closest_unit prefers the prefix form, then the smallest distance, then order",
          "[units]") {
  // 区政工部 is one edit from both; the prefix rule ranks 政工部 first.
  CHECK(closest_unit("区政工部", {"区政工处", "政工部"}) == std::optional<std::string>("政工部"));
  // Equal distance: the first candidate.
  CHECK(closest_unit("区政工部", {"区政工处", "区政工科"}) ==
        std::optional<std::string>("区政工处"));
  // Smaller distance wins regardless of order.
  CHECK(closest_unit("区发展与统计服务中心", {"区发展及统计服务所心", "区发展和统计服务中心"}) ==
        std::optional<std::string>("区发展和统计服务中心"));
  // An exact match beats everything.
  CHECK(closest_unit("区文明办", {"文明办", "区文明办"}) ==
        std::optional<std::string>("区文明办"));
  // The candidate is returned as written, not normalized.
  CHECK(closest_unit("各镇(街道)", {"各镇（街道）"}) ==
        std::optional<std::string>("各镇（街道）"));
}

TEST_CASE("closest_unit knows a unit's name in full and in short (简称)", "[units]") {
  const std::vector<std::string> plan = {"市财政局", "市住建局", "市发改委", "市卫健委"};
  CHECK(closest_unit("临江市住房和城乡建设局", plan) == std::optional<std::string>("市住建局"));
  CHECK(closest_unit("市发展和改革委员会", plan) == std::optional<std::string>("市发改委"));
  CHECK(closest_unit("临江市卫生健康委员会", plan) == std::optional<std::string>("市卫健委"));
  CHECK(closest_unit("住建局", plan) == std::optional<std::string>("市住建局"));
  // Another office in full is no short form of these.
  CHECK(closest_unit("临江市人力资源和社会保障局", plan) == std::nullopt);
}
