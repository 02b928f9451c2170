// Budget clauses as a small grammar over a sentence's structure, not a list of sentences:
//
//   required  := INTO [QUALIFIER]{0,12} 预算 ¬(内|收入|外|执行)          列入各级财政年度预算, 报本级政府列入财政预算
//              | FUNDS … 由 [..]{0,16} 预算 [..]{0,4} (保障|安排|解决|列支|承担)  所需经费由同级财政预算保障
//              | FUNDS … (在|从) [..]{0,14} 预算中 [单独]? (列支|安排|列出|解决) ¬的
//   INTO      := 列入 | 纳入 | 编入 | 列进 | 纳进       (not after 不/不得/严禁)
//   funding   := FUNDS (保障|支持|投入|补充|统筹)       加强经费保障, 加大资金支持力度, 资金补充
//              | 财政 [全额]? 保障                       纳入同级财政全额保障范围
//              | 安排 ¬的 [..]{0,8} (经费|资金)          安排必要的人员和经费
//              | (增加|加大) [财政]? 投入
//   FUNDS     := 经费 | 资金 | 费用 | 补贴 | 补助 | 支出 | 所需
//
// [..] is any run without punctuation, so each part stays inside one clause. A sentence that
// names 预算 in another role — a revenue target (一般公共预算收入增长5%), central investment
// (中央预算内投资), a reward paid from a budget (年度预算中单独安排的资金…予以奖励), a principle
// (严格预算和项目管理), a duty to define (经费预算等职责) — matches none of the forms.
#include "plan_budget.h"

#include <algorithm>
#include <initializer_list>

#include "numerals.h"

namespace plancheck {

namespace {

bool is_punctuation(char32_t c) {
  return c == U'，' || c == U'。' || c == U'；' || c == U'：' || c == U'、' || c == ',' || c == ';' || c == ':' ||
         c == U'！' || c == U'？' || c == '\n';
}

// Characters in s[from, to), or -1 when the span holds punctuation.
int clean_chars(std::string_view s, size_t from, size_t to) {
  int chars = 0;
  for (size_t i = from; i < to;) {
    CodePoint cp = decode_code_point(s, i);
    if (is_punctuation(cp.value)) return -1;
    i += cp.length;
    ++chars;
  }
  return chars;
}

bool within(std::string_view s, size_t from, size_t to, int max_chars) {
  if (to < from) return false;
  int n = clean_chars(s, from, to);
  return n >= 0 && n <= max_chars;
}

bool starts_at(std::string_view s, size_t at, std::string_view word) { return s.substr(at, word.size()) == word; }

bool starts_with_any(std::string_view s, size_t at, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (starts_at(s, at, w)) return true;
  return false;
}

// Every position of any of `words` in `s`, with the word's length.
std::vector<std::pair<size_t, size_t>> find_all(std::string_view s, std::initializer_list<std::string_view> words) {
  std::vector<std::pair<size_t, size_t>> found;
  for (std::string_view w : words)
    for (size_t at = s.find(w); at != std::string_view::npos; at = s.find(w, at + w.size())) found.push_back({at, w.size()});
  std::sort(found.begin(), found.end());
  return found;
}

bool negated_before(std::string_view s, size_t at) {
  for (std::string_view neg : {"不得", "不应", "严禁", "不", "未", "禁止"}) {
    if (at < neg.size()) continue;
    // the negation right before the verb, or one word (将/把 …) before it
    size_t start = at >= 12 ? at - 12 : 0;
    size_t found = s.substr(start, at - start).rfind(neg);
    if (found != std::string_view::npos && within(s, start + found + neg.size(), at, 2)) return true;
  }
  return false;
}

constexpr size_t kNone = std::string_view::npos;

constexpr std::string_view kFunds[] = {"经费", "资金", "费用", "补贴", "补助", "支出", "所需"};

// 预算 followed by what makes it something else than the budget work is put in.
bool budget_in_other_role(std::string_view s, size_t budget_end) {
  return starts_with_any(s, budget_end, {"内", "收入", "外", "以外", "之外", "执行", "绩效", "公开"});
}

size_t required_into(std::string_view s) {
  for (auto [at, len] : find_all(s, {"列入", "纳入", "编入", "列进", "纳进"})) {
    if (negated_before(s, at)) continue;
    size_t from = at + len;
    for (size_t budget = s.find("预算", from); budget != std::string_view::npos; budget = s.find("预算", budget + 1)) {
      if (!within(s, from, budget, 12)) break;
      if (!budget_in_other_role(s, budget + 6)) return budget;
    }
  }
  return kNone;
}

bool has_funds_before(std::string_view s, size_t before) {
  for (std::string_view w : kFunds) {
    size_t at = s.find(w);
    if (at != std::string_view::npos && at < before) return true;
  }
  return false;
}

size_t required_borne_by(std::string_view s) {
  for (auto [at, len] : find_all(s, {"由"})) {
    if (!has_funds_before(s, at)) continue;
    size_t budget = s.find("预算", at);
    if (budget == std::string_view::npos || !within(s, at + len, budget, 16) || budget_in_other_role(s, budget + 6))
      continue;
    for (auto [verb, vlen] : find_all(s.substr(budget + 6), {"保障", "安排", "解决", "列支", "承担"}))
      if (within(s, budget + 6, budget + 6 + verb, 4)) return budget;
  }
  return kNone;
}

size_t required_paid_from(std::string_view s) {
  for (auto [at, len] : find_all(s, {"在", "从"})) {
    if (!has_funds_before(s, at)) continue;
    size_t budget = s.find("预算中", at);
    if (budget == std::string_view::npos || !within(s, at + len, budget, 14)) continue;
    size_t after = budget + std::string_view("预算中").size();
    if (starts_at(s, after, "单独")) after += 6;
    for (std::string_view verb : {"列支", "安排", "列出", "解决"})
      if (starts_at(s, after, verb) && !starts_at(s, after + verb.size(), "的")) return budget;
  }
  return kNone;
}

size_t funding(std::string_view s) {
  for (auto [at, len] : find_all(s, {"经费", "资金"}))
    if (starts_with_any(s, at + len, {"保障", "支持", "投入", "补充", "统筹", "扶持"})) return at;
  for (auto [at, len] : find_all(s, {"财政"})) {
    size_t from = at + len;
    if (starts_at(s, from, "全额")) from += 6;
    if (starts_at(s, from, "保障")) return at;
  }
  for (auto [at, len] : find_all(s, {"安排"})) {
    if (starts_at(s, at + len, "的")) continue;
    for (auto [funds, flen] : find_all(s.substr(at + len), {"经费", "资金"}))
      if (within(s, at + len, at + len + funds, 8)) return at;
  }
  for (auto [at, len] : find_all(s, {"增加", "加大"})) {
    size_t from = at + len;
    if (starts_at(s, from, "财政")) from += 6;
    if (starts_at(s, from, "投入")) return at;
  }
  return kNone;
}

// The clause (between ，) of `sentence` that holds byte `at`.
std::pair<size_t, size_t> comma_clause(std::string_view sentence, size_t at) {
  size_t from = 0, to = sentence.size();
  for (std::string_view comma : {"，", ","}) {
    size_t before = sentence.substr(0, at).rfind(comma);
    if (before != std::string_view::npos) from = std::max(from, before + comma.size());
    size_t after = sentence.find(comma, at);
    if (after != std::string_view::npos) to = std::min(to, after);
  }
  return {from, to};
}

}  // namespace

std::vector<BudgetClause> find_budget_clauses(std::string_view paragraph) {
  std::vector<BudgetClause> clauses;
  size_t begin = 0;
  while (begin < paragraph.size()) {
    size_t end = begin;
    size_t mark_len = 0;
    while (end < paragraph.size()) {
      CodePoint cp = decode_code_point(paragraph, end);
      if (cp.value == U'。' || cp.value == U'；' || cp.value == ';' || cp.value == U'！' || cp.value == U'？' ||
          cp.value == '\n') {
        mark_len = cp.length;
        break;
      }
      end += cp.length;
    }
    std::string_view sentence = paragraph.substr(begin, end - begin);
    // Leading spaces are not part of the clause as quoted.
    size_t skip = 0;
    while (skip < sentence.size() && (sentence[skip] == ' ' || starts_at(sentence, skip, "\u3000")))
      skip += sentence[skip] == ' ' ? 1 : 3;
    sentence.remove_prefix(skip);
    if (!sentence.empty()) {
      BudgetKind kind = BudgetKind::Required;
      size_t at = required_into(sentence);
      if (at == kNone) at = required_borne_by(sentence);
      if (at == kNone) at = required_paid_from(sentence);
      if (at == kNone) kind = BudgetKind::Funding, at = funding(sentence);
      if (at != kNone) {
        auto [from, to] = comma_clause(sentence, at);
        clauses.push_back({kind, std::string(sentence.substr(from, to - from)), begin + skip + from});
      }
    }
    begin = end + mark_len;
    if (mark_len == 0) break;
  }
  return clauses;
}

}  // namespace plancheck
