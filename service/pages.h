// The HTML pages, each rendered from the same JSON the API returns for it: no data reaches
// a page that the API does not also give. Plain forms, no script; every form carries the
// CSRF token.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace plancheck::service {

using json = nlohmann::ordered_json;

extern const char* const kStyleSheet;  // /static/style.css

std::string page_error(int status, const std::string& message);
std::string page_login(const std::string& csrf, const std::string& error);
std::string page_home(const json& plans, const std::string& csrf, const std::string& error);
std::string page_plan_draft(const json& plan, const std::string& csrf, const std::string& error);
std::string page_dashboard(const json& plan, const std::string& csrf, const std::string& base_url);
std::string page_submission(const json& submission, const std::string& csrf);  // the supervisor's view
std::string page_reminders(const json& reminders, const std::string& csrf, bool webhook);
std::string page_audit(const json& audit);
// The unit's page; `result` is the submission just uploaded (or null), `error` a refusal.
std::string page_unit(const json& unit, const std::string& token, const std::string& csrf, const json& result,
                      const std::string& error);
std::string page_unit_submission(const json& submission, const std::string& token);

}  // namespace plancheck::service
