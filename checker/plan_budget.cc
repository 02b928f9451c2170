// A simple reading of budget clauses (the plan-header branch owns the full one): a clause
// that puts something into a budget (列入/纳入…预算, 在…预算中…列支/安排) is Required;
// funding words without 预算 are Funding.
#include "plan_budget.h"

#include "import_text.h"

namespace plancheck {

std::vector<BudgetClause> find_budget_clauses(std::string_view paragraph) {
  std::vector<BudgetClause> found;
  size_t begin = 0;
  while (begin < paragraph.size()) {
    size_t end = std::string_view::npos;
    size_t mark = 0;
    for (std::string_view m : {"，", "。", "；", ",", ";"}) {
      size_t at = paragraph.find(m, begin);
      if (at < end) {
        end = at;
        mark = m.size();
      }
    }
    if (end == std::string_view::npos) end = paragraph.size();
    std::string_view clause = paragraph.substr(begin, end - begin);
    size_t budget = clause.find("预算");
    bool required = false;
    if (budget != std::string_view::npos && clause.find("预算内") != budget) {
      for (std::string_view verb : {"列入", "纳入"}) {
        size_t at = clause.find(verb);
        if (at != std::string_view::npos && at < budget) required = true;
      }
      size_t in = clause.find("在");
      if (in != std::string_view::npos && in < budget && clause.find("预算中") != std::string_view::npos &&
          (clause.find("列支") != std::string_view::npos || clause.find("安排") != std::string_view::npos))
        required = true;
    }
    bool funding = !required && (clause.find("经费保障") != std::string_view::npos || clause.find("资金保障") != std::string_view::npos);
    if (required || funding) found.push_back({required ? BudgetKind::Required : BudgetKind::Funding, trim_spaces(clause), begin});
    if (end >= paragraph.size()) break;
    begin = end + mark;
  }
  return found;
}

}  // namespace plancheck
