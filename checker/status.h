// `plancheck status`: where the units stand on a plan's tasks as of a date. One cell per
// (plan task × unit the task names as lead or responsible); the state of a cell comes
// from the unit's latest report (by @submitted) and earlier reports are its history.
// Collective names (各镇（街道）) get no cell: they are no unit that reports.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dates.h"
#include "document.h"
#include "finding.h"
#include "plan.h"

namespace plancheck {

enum class CellState { Done, InProgress, NotStarted, Blocked, Missing };

const char* state_name(CellState state);  // done, in-progress, not-started, blocked, missing
std::optional<CellState> parse_report_status(std::string_view status);  // a task/@status

struct HistoryEntry {
  std::string report;  // path
  Date submitted;
  CellState state = CellState::Missing;  // missing: that report did not cover the task
};

struct StatusCell {
  std::string plan, task, unit;  // unit: the plan's own name for it
  std::string role;              // "lead" or "responsible" (lead when the task names both)
  CellState state = CellState::Missing;
  std::string report;            // the unit's latest report; empty when it has none
  Date deadline;                 // invalid when the task has none
  std::string deadline_text;     // the plan's wording (2023年11月底前)
  long days_left = 0;            // as-of to deadline; negative once it has passed
  bool overdue = false, due_soon = false;
  std::vector<HistoryEntry> history;  // the unit's earlier reports, oldest first
};

// A date ahead (on or after the as-of date): a task deadline or a plan milestone.
struct UpcomingDate {
  std::string plan;
  std::string task;  // empty for a milestone
  Date date;
  std::string text;  // the plan's wording
  long days_left = 0;
};

struct PlanStatus {
  std::string plan_id;
  std::string path;
  std::vector<std::string> tasks;                 // task ids, plan order
  std::vector<std::string> task_titles;           // their titles, same order
  std::vector<std::string> units;                 // units with cells, first named first
  std::vector<std::string> units_without_report;  // of those, the ones with no report on this plan
  std::vector<std::string> collective_names;      // group names the tasks list (no cells)
  // Reports on this plan from units its tasks do not name (a town under 各镇（街道）).
  std::vector<std::string> other_reporting_units;
};

// Something in a report that status could not use; the report is otherwise counted.
struct StatusNote {
  std::string path;
  SourcePosition at;
  std::string zh, en;
};

struct StatusResult {
  Date as_of;
  int due_soon_days = 14;
  std::vector<PlanStatus> plans;
  std::vector<StatusCell> cells;       // by plan, then task in plan order, then unit
  std::vector<UpcomingDate> upcoming;  // by date, then plan, task (milestones last on a day)
  // Reports whose @plan names no loaded plan, as "path (plan id)".
  std::vector<std::string> reports_without_plan;
  std::vector<StatusNote> notes;
};

struct StatusOptions {
  Date as_of;
  int due_soon_days = 14;
};

// `reports` are loaded progress reports; documents of any other kind are skipped.
StatusResult compute_status(const PlanSet& plans, const std::vector<const Document*>& reports,
                            const StatusOptions& options);

// The deadline of a plan task: its ISO content, else its wording read as a date, or a
// recurring 每年N月; kind None when it has none.
Deadline plan_task_deadline(pugi::xml_node task, int reference_year);

// How a cell weighs under --fail-on: overdue is an error; missing or due soon a warning.
std::optional<Severity> cell_severity(const StatusCell& cell);

// Counts of a set of cells, for the totals per unit and per task.
struct StateTally {
  int done = 0, in_progress = 0, not_started = 0, blocked = 0, missing = 0;
  int overdue = 0, due_soon = 0;
  void add(const StatusCell& cell);
  int of(CellState state) const;
};

struct StatusOutputOptions {
  std::string lang = "zh";
  bool color = false;
};

// The terminal view: per plan, a unit × task matrix padded by display width (so Chinese
// lines up), totals per unit (right) and per task (below), then the cells that need
// attention with their history, the units with no report, and the dates ahead.
void write_status_text(std::ostream& out, const StatusResult& status, const StatusOutputOptions& options);
// A <section id="status"> for the HTML report of `check --format html`: the matrix per
// plan (details and history in each cell's title), totals, and the units with no report.
void write_status_html(std::ostream& out, const StatusResult& status, const StatusOutputOptions& options);
// The cells that need attention (overdue, due soon, blocked, left out) as an HTML
// <section id="attention">, the HTML form of the text view's 需要关注 list; nothing when none.
void write_status_attention_html(std::ostream& out, const StatusResult& status, const StatusOutputOptions& options);
// `plancheck status --format html`: one self-contained page (the report's style), with
// the attention list, the matrix per plan and the dates ahead.
void write_status_page_html(std::ostream& out, const StatusResult& status, const std::vector<std::string>& errors,
                            const StatusOutputOptions& options);
// The JSON of cli.md `plancheck status --format json`.
void write_status_json(std::ostream& out, const StatusResult& status, const StatusOutputOptions& options);

}  // namespace plancheck
