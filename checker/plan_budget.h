// Budget requirements as plans word them: 经费列入/纳入（同级）财政预算, 所需经费由…预算保障,
// 在…财政预算中单独列支 — required; funding wording without 预算 (加强经费保障, 加大资金支持力度,
// 纳入…财政全额保障范围) — noted, not required; and the false friends (一般公共预算收入增长5%,
// 中央预算内投资, 严格预算管理, 经费预算等职责) — neither.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

enum class BudgetKind {
  Required,  // the work's funding must be put in a budget: <budget required="true">
  Funding,   // funding is promised without naming a budget: not a requirement
};

struct BudgetClause {
  BudgetKind kind = BudgetKind::Required;
  std::string text;  // the clause as written (between 。；, or the sentence)
  size_t offset = 0; // byte offset of the clause in the paragraph
};

// Every budget clause in a paragraph of running text, in order.
std::vector<BudgetClause> find_budget_clauses(std::string_view paragraph);

}  // namespace plancheck
