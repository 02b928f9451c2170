// A loaded plan: its document plus the indexes every report check needs
// (tasks by id, the unit directory, the reference year), built once and then
// shared read-only by all worker threads.
#pragma once
#include <memory>
#include <optional>
#include <string>
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

// The plans of one run, found by the id a report's @plan names.
class PlanSet {
 public:
  void add(std::unique_ptr<Plan> plan) { plans_.push_back(std::move(plan)); }
  const Plan* find(const std::string& id) const;
  const std::vector<std::unique_ptr<Plan>>& all() const { return plans_; }

 private:
  std::vector<std::unique_ptr<Plan>> plans_;
};

}  // namespace plancheck
