// find_repeated_passages: the search behind duplicate-passage.
#include "repeats.h"

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

// 30 and 29 characters.
const std::string k30 = "统筹安排专项资金用于民族团结进步示范区创建保各项创建高效开展";
const std::string k29 = "统筹安排专项资金用于民族团结进步示范区创建保各项创建高效开";

}  // namespace

TEST_CASE("a passage of 30 characters repeated is found at the repeat but one of 29 is not", "[repeats]") {
  REQUIRE(k30.size() == 30 * 3);
  auto found = find_repeated_passages({"甲" + k30 + "。", "乙" + k30 + "。"}, 30);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == 1);
  CHECK(found[0].offset == std::string("乙").size());
  CHECK(found[0].length == k30.size() + std::string("。").size());  // it goes on matching
  CHECK(found[0].first_text == 0);
  CHECK(found[0].first_offset == std::string("甲").size());

  CHECK(find_repeated_passages({"甲" + k29 + "乙", "丙" + k29 + "丁"}, 30).empty());
}

TEST_CASE("repeats: white space folds, texts are not joined, each repeat is found once", "[repeats]") {
  // A line break and ideographic spaces inside the repeat are no difference.
  std::string broken = k30.substr(0, 30) + "\n\u3000\u3000" + k30.substr(30);
  auto found = find_repeated_passages({k30, broken}, 30);
  REQUIRE(found.size() == 1);
  CHECK(found[0].length == broken.size());

  // The end of one text and the start of the next are not one passage.
  std::string half1 = k30.substr(0, 45), half2 = k30.substr(45);
  CHECK(find_repeated_passages({half1, half2, k30}, 30).empty());

  // Written three times: two repeats, both of the first.
  found = find_repeated_passages({k30 + "。" + k30 + "；" + k30}, 30);
  REQUIRE(found.size() == 2);
  CHECK(found[0].first_offset == 0);
  CHECK(found[1].first_offset == 0);
}

TEST_CASE("repeats: four-byte characters, two-byte ones and bad bytes are characters too", "[repeats]") {
  // 30 characters of every width: 𠀀 (4 bytes), é (2), 中 (3), a (1); and a bad byte, which
  // counts as one character that matches only the same bad byte.
  std::string mixed;
  for (int i = 0; i < 6; ++i) mixed += "\xF0\xA0\x80\x80" "\xC3\xA9" "中" "a" "\xFF";
  std::string first = "甲" + mixed + "。", second = "乙" + mixed + "。";
  auto found = find_repeated_passages({first, second}, 30);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == 1);
  CHECK(second.substr(found[0].offset, found[0].length) == mixed + "。");
  // One character short (the last bad byte dropped: 29) is no repeat.
  std::string m29 = mixed.substr(0, mixed.size() - 1);
  CHECK(find_repeated_passages({"甲" + m29 + "丙", "乙" + m29 + "丁"}, 30).empty());
}

TEST_CASE("repeats: a run of exactly the minimum is found wherever it starts, in one text or two", "[repeats]") {
  // The search first asks whether any window can repeat, keeping only some windows: a
  // repeat must be found at every start and every distance, and one character short not.
  const std::string filler = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸";
  auto chars = [](const std::string& s, size_t from, size_t n) { return s.substr(from * 3, n * 3); };
  for (size_t min_chars : {4, 7, 30}) {
    const std::string run = chars(k30, 0, min_chars);
    const std::string short_run = chars(k30, 0, min_chars - 1);
    for (size_t before = 0; before < 13; ++before) {
      for (size_t gap = 0; gap < 5; ++gap) {
        INFO("min_chars " << min_chars << ", " << before << " characters before, " << gap << " between");
        const std::string lead = chars(filler, 0, before), middle = chars(filler, 20 - gap, gap);
        auto found = find_repeated_passages({lead + run + middle + run}, min_chars);
        REQUIRE(found.size() == 1);
        CHECK(found[0].offset == lead.size() + run.size() + middle.size());
        CHECK(found[0].first_offset == lead.size());
        CHECK(find_repeated_passages({lead + run, middle + "　" + run}, min_chars).size() == 1);
        CHECK(find_repeated_passages({lead + short_run + middle + short_run}, min_chars).empty());
      }
    }
  }

  // A no-break space inside one copy is no difference; two different bad bytes read alike.
  const std::string copy = chars(k30, 0, 10) + "\u00A0" + chars(k30, 10, 20);
  CHECK(find_repeated_passages({k30, copy}, 30).size() == 1);
  const std::string bad1 = chars(k30, 0, 15) + "\xFF" + chars(k30, 15, 14), bad2 = chars(k30, 0, 15) + "\xFE" + chars(k30, 15, 14);
  CHECK(find_repeated_passages({bad1, bad2}, 30).size() == 1);
}
