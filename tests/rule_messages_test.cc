// The words around a finding are the supervisor's: every message the default rule pack
// writes, run through its own test cases, is checked for English words in Chinese output
// (and for Chinese outside quotes in English output). A piece of the document is always
// quoted (“…”), so what stands outside quotes is the rule's own wording.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "engine.h"
#include "rule_tests.h"

using namespace plancheck;

namespace {

// `text` with every quoted span (“…”, "…", 「…」, 《…》) removed.
std::string outside_quotes(const std::string& text) {
  static const std::pair<std::string, std::string> kQuotes[] = {
      {"“", "”"}, {"\"", "\""}, {"「", "」"}, {"《", "》"}, {"‘", "’"}};
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    bool skipped = false;
    for (const auto& [open, close] : kQuotes) {
      if (text.compare(i, open.size(), open) != 0) continue;
      size_t end = text.find(close, i + open.size());
      if (end == std::string::npos) break;
      out += ' ';
      i = end + close.size();
      skipped = true;
      break;
    }
    if (!skipped) out += text[i++];
  }
  return out;
}

// Units and abbreviations a Chinese message may write as they are.
bool is_unit(const std::string& word) {
  static const std::set<std::string> kUnits = {"km", "m", "kg", "t", "h", "min", "s", "MiB", "KB", "MB", "GB", "XML"};
  return kUnits.count(word) > 0;
}

// The ASCII words of a Chinese message a supervisor would have to understand: runs of
// letters (with - and _) that are neither a rule id, a command-line option (--plan),
// nor a unit.
std::vector<std::string> english_words(const std::string& message, const std::set<std::string>& rule_ids) {
  std::string text = outside_quotes(message);
  std::vector<std::string> found;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (!std::isalpha(c)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
                                 text[end] == '_'))
      ++end;
    std::string word = text.substr(i, end - i);
    bool option = i >= 2 && text.compare(i - 2, 2, "--") == 0;
    if (!rule_ids.count(word) && !option && !is_unit(word)) found.push_back(word);
    i = end;
  }
  return found;
}

// Whether `text` has a CJK character (ideographs, CJK and full-width punctuation) outside quotes.
bool has_chinese_outside_quotes(const std::string& message) {
  std::string text = outside_quotes(message);
  for (size_t i = 0; i + 2 < text.size() + 1; ++i) {
    unsigned char c = text[i];
    if ((c & 0xF0) != 0xE0 || i + 2 >= text.size()) continue;
    unsigned code = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
    if ((code >= 0x3000 && code <= 0x9FFF) || (code >= 0xFF00 && code <= 0xFFEF)) return true;
  }
  return false;
}

struct PackMessages {
  std::set<std::string> rule_ids;     // of the default pack
  std::set<std::string> rules_fired;  // rules with at least one message
  std::vector<Finding> findings;
};

// Every finding of every case of the default pack, with the rules writing in `lang`.
PackMessages run_pack_cases(const std::string& lang) {
  PackMessages pack;
  std::vector<std::string> dirs = rule_dirs_with({});
  for (const std::string& root : default_case_roots(dirs))
    for (const std::string& dir : find_case_dirs(root)) {
      RuleTestCase test_case = load_rule_test_case(dir, root);
      test_case.lang = lang;
      CaseOutcome outcome = run_rule_test_case(test_case, {});
      for (const RuleInfo& rule : outcome.result.rules) pack.rule_ids.insert(rule.id);
      for (const Finding& f : outcome.result.findings) {
        pack.rules_fired.insert(f.rule);
        pack.findings.push_back(f);
      }
    }
  return pack;
}

}  // namespace

TEST_CASE("the message checker sees English words outside quotes and nothing inside them", "[messages]") {
  std::set<std::string> ids{"task-known"};
  CHECK(english_words("任务 3 状态为 in-progress", ids) == std::vector<std::string>{"in-progress"});
  CHECK(english_words("任务 3 没有说明经费（缺少 budget）", ids) == std::vector<std::string>{"budget"});
  CHECK(english_words("佐证材料“attachments/a.txt”不存在", ids).empty());
  CHECK(english_words("见 task-known；请用 --plan 指定，长 5km", ids).empty());
  CHECK(has_chinese_outside_quotes("task 3 names 区政工部 as lead"));
  CHECK_FALSE(has_chinese_outside_quotes("task 3 names “区政工部” as lead"));
}

TEST_CASE("every finding message of the default pack reads in Chinese without English words", "[messages]") {
  PackMessages pack = run_pack_cases("zh");
  // Every rule of the pack has a case where it fires, so every rule is read here.
  for (const std::string& id : pack.rule_ids) {
    INFO("rule " << id);
    CHECK(pack.rules_fired.count(id) == 1);
  }
  for (const Finding& f : pack.findings) {
    INFO(f.rule << ": " << f.message);
    CHECK(english_words(f.message, pack.rule_ids).empty());
    if (!f.suggestion.empty()) CHECK(english_words(f.suggestion, pack.rule_ids).empty());
  }
}

TEST_CASE("with --lang en every finding message of the default pack keeps Chinese inside quotes", "[messages]") {
  PackMessages pack = run_pack_cases("en");
  REQUIRE(pack.findings.size() > pack.rule_ids.size());
  for (const Finding& f : pack.findings) {
    INFO(f.rule << ": " << f.message);
    CHECK_FALSE(has_chinese_outside_quotes(f.message));
  }
}
