// Who does a task, as plans write it: the unit clauses and the unit lists inside them.
//
// Clauses: bracketed 〔牵头单位：X；责任单位：Y〕, （X牵头，Y配合）, （X、Y负责）, （X会同Y负责）,
// （负责部门：X；适用范围：Z）; a label line 责任单位：X; running text 由A会同B…. The
// words that make a unit a lead (牵头, 牵头单位, A of A会同B) or responsible (责任单位,
// 配合, 参与, 协办, 指导, 按职责分工负责, B of A会同B); a bare 负责 assigns without naming
// a lead, which the plan's first-listed rule (列第一位者为牵头单位) may settle. A verb may have
// how the units share it before it (分别, 共同, 联合) and a complement after it (落实, 实施).
// 具体任务均涉及X / 以下均需X落实 name units every later task has.
//
// Lists: split on 、，,；; 及 等和, and on 和 only between two unit names (工业和信息化部
// stays whole); never inside brackets (各县（市、区）人民政府); 等 / 等有关部门 dropped;
// a place-class word after 各X (各区、县级市) stays with it; a date ends the list.
//
// Everything is read on a simplified copy (chinese_variants.h) and cut from the original,
// so names in traditional characters stay as written.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

enum class UnitRole {
  Lead,         // 牵头
  Responsible,  // 责任单位, 配合, 参与, 指导 …
  Assigned,     // 负责, 按职责分工负责: responsible, or lead under the first-listed rule
};

struct UnitMention {
  std::string name;  // as written
  UnitRole role = UnitRole::Responsible;
  bool under_responsible_label = false;  // listed after 责任单位：, where the first-listed rule may make it the lead
  bool partner = false;  // named by a verb of taking part (配合, 参与, 协助): beside it, the units that 负责 lead
};

struct UnitClause {
  std::vector<UnitMention> units;   // in the order written
  bool first_listed_rule = false;   // the clause states 列第一位者为牵头单位 (下同)
  std::vector<std::string> inherited;  // 以下均需X落实，不再列出: X for every later task
  std::string date_text;            // a date that ended a list (…,6月底完成)
  size_t begin = 0, end = 0;        // byte range in the paragraph (brackets included)
  bool unclosed = false;            // its bracket never closes
  bool in_prose = false;            // read from the task's own sentences (由X负责, …，X负责，Y配合): it
                                    // yields to a bracket or label the task states its units in
};

// Every unit clause of a paragraph, in order.
std::vector<UnitClause> find_unit_clauses(std::string_view paragraph);

// A list of unit names (a table cell, a label's list), split as the grammar above says.
// `date_text` (optional) receives a date that ended the list.
std::vector<std::string> split_unit_list(std::string_view list, std::string* date_text = nullptr);

// A unit list as split_unit_list reads it, each unit in `role` unless its own note makes
// it the lead: a 责任单位 cell 市市场监管局（牵头）、市税务局.
std::vector<UnitMention> read_unit_list(std::string_view list, UnitRole role);

// A table cell of units: labelled (牵头单位：X 配合单位：Y) or with verbs (X牵头，Y配合) as a
// unit clause reads them, else a list each in `role` (read_unit_list).
std::vector<UnitMention> read_unit_cell(std::string_view cell, UnitRole role);

// True when `name` ends like a unit's name: 部, 委, 局, 办, 厅, 署, 院, 会, 政府, 中心, 单位 …
bool has_unit_suffix(std::string_view name);

// A heading that names the lead of every task under it, its number cut off:
// 县示范区管委会牵头工作（8项） → 县示范区管委会. Empty for any other heading.
std::vector<std::string> heading_lead_units(std::string_view heading);

// An item whose words are only units' names, its number kept ((一)党政办, 2.城管中队及各社区):
// in a division of work, the title of what follows it (负责…). The units, Assigned; empty
// when the item holds anything else or has no number.
std::vector<UnitMention> read_unit_title(std::string_view item);

// The paragraph is nothing but a unit clause or label line (责任单位：X, （责任单位：X）).
bool is_unit_line(std::string_view paragraph);

// The sentence states the first-listed rule for the whole document, as a notice or a table's
// note does outside every unit clause: 责任单位中排在第一位的为牵头单位, 列第一位的为牵头单位.
bool states_first_listed_rule(std::string_view sentence);

// What a plan's note says, once for every task, of a task that names no lead of its own:
// nothing; that the first unit it lists leads (states_first_listed_rule: 未明确牵头单位的，第一个
// 单位为牵头单位); that every unit it lists leads (无牵头单位的，责任单位即为牵头单位, 未标明牵头
// 单位的，所列单位均为牵头单位); or that a unit it lists alone leads (只有一个责任单位的，即为牵头单位).
enum class LeadDefault { None, FirstListed, AllListed, SoleListed };
LeadDefault stated_lead_default(std::string_view sentence);

// Words a task's words open with and a unit's name never does: 建设政务服务中心 and 确保各部门
// are work to do. `simplified`: read on the simplified copy.
bool opens_with_task_verb(std::string_view simplified);

// Resolves roles: Assigned units become responsible, or, under the first-listed rule and
// when the clause names no lead, the first of them (or the first listed after 责任单位：)
// becomes the lead. Without the rule, units that 负责 beside units that only take part
// (X负责，Y配合; X、Y负责，Z参与) are in charge of them: the lead.
void resolve_roles(UnitClause& clause, bool first_listed_rule);

}  // namespace plancheck
