// A version against the one before it: which findings are new, which were fixed, which are
// still open. Findings match on rule, task and message (as a baseline matches them,
// baseline.h), not on line or paragraph, so text moved by an edit does not make a finding
// new; each earlier finding answers for one later finding.
#pragma once
#include <nlohmann/json.hpp>

namespace plancheck::service {

struct VersionComparison {
  nlohmann::ordered_json added = nlohmann::ordered_json::array();  // in this version only
  nlohmann::ordered_json fixed = nlohmann::ordered_json::array();  // in the earlier version only
  nlohmann::ordered_json open = nlohmann::ordered_json::array();   // in both
};

// `earlier` and `later` are `findings` arrays of `check --format json`.
VersionComparison compare_findings(const nlohmann::ordered_json& earlier, const nlohmann::ordered_json& later);

}  // namespace plancheck::service
