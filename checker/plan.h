// A loaded plan: its document plus the indexes every report check needs
// (tasks by id, the unit directory, the reference year), built once and then
// shared read-only by all worker threads.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dates.h"
#include "document.h"
#include "units.h"

namespace plancheck {

class Plan {
 public:
  explicit Plan(std::unique_ptr<Document> doc);

  const Document& document() const { return *doc_; }
  const std::string& id() const { return id_; }
  // The year deadlines without one refer to: the plan's issue year.
  int reference_year() const { return issued_.valid() ? issued_.year : 0; }
  const Date& issued() const { return issued_; }
  pugi::xml_node task(const std::string& id) const;  // null node when the plan has no such task
  const std::vector<pugi::xml_node>& tasks() const { return tasks_; }
  const UnitDirectory& units() const { return units_; }

 private:
  std::unique_ptr<Document> doc_;
  std::string id_;
  Date issued_;
  std::vector<pugi::xml_node> tasks_;  // document order
  std::unordered_map<std::string, pugi::xml_node> task_by_id_;
  UnitDirectory units_;
};

// Whether two 文号 name one plan: equal once white space is dropped, full-width digits made
// ASCII and every bracket read alike (某政办发〔2024〕12号, [2024], 【2024】, （2024）).
bool same_plan_id(std::string_view a, std::string_view b);
// The form same_plan_id compares: 某政办发[2024]12号 for every way of bracketing it.
std::string plan_id_key(std::string_view id);

// The plans of one run, found by the id a report's @plan names (same_plan_id).
class PlanSet {
 public:
  void add(std::unique_ptr<Plan> plan) { plans_.push_back(std::move(plan)); }
  const Plan* find(const std::string& id) const;
  const std::vector<std::unique_ptr<Plan>>& all() const { return plans_; }

 private:
  std::vector<std::unique_ptr<Plan>> plans_;
};

}  // namespace plancheck
