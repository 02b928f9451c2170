// The submission service's operations, apart from HTTP: what a supervisor and a unit can
// do, each returning the data its page shows (the JSON API returns the same). Errors are
// ServiceError, with the HTTP status and a message in Chinese for the person.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "blobs.h"
#include "dates.h"
#include "intake.h"
#include "store.h"

namespace plancheck::service {

using json = nlohmann::ordered_json;

class ServiceError : public std::runtime_error {
 public:
  ServiceError(int status, const std::string& message) : std::runtime_error(message), status(status) {}
  int status;
};

struct ServiceConfig {
  std::string data_dir;
  std::optional<Date> as_of;      // a fixed "today" (tests, demonstrations); the real date when empty
  size_t max_upload_bytes = 20u << 20;
  std::string remind_webhook;     // http(s)://host[:port]/path that 催报 lists are POSTed to; none when empty
};

class Service {
 public:
  Service(std::unique_ptr<Store> store, ServiceConfig config);

  Date today() const;
  std::string now() const;  // UTC, ISO 8601 to the second
  size_t max_upload_bytes() const { return config_.max_upload_bytes; }

  // Creates the supervisor account `admin` when there is none. The password is the first
  // line of `password_file`, or else generated and returned (to be shown once).
  std::optional<std::string> ensure_admin(const std::string& password_file);

  // A session token for the right password, else nullopt.
  std::optional<std::string> sign_in(const std::string& name, const std::string& password);
  std::optional<AccountRow> session(const std::string& token);
  void sign_out(const std::string& token);

  // Supervisor.
  json plans();
  json upload_plan(const std::string& actor, const std::string& file_name, const std::string& bytes);
  json plan(int64_t id);  // a draft's review, or a published plan's dashboard
  // Corrections to a draft's tasks (intake.h TaskEdit), before it is published.
  void edit_plan(const std::string& actor, int64_t id, const std::vector<TaskEdit>& edits);
  void publish(const std::string& actor, int64_t id, const std::string& period_from, const std::string& period_to,
               const std::string& deadline);
  json set_link(const std::string& actor, int64_t unit_id, bool revoke);  // reissue or revoke
  json reminders(int64_t plan_id);
  // POSTs the 催报 list as JSON to the webhook; returns {"sent", "status"}. ServiceError 409
  // when no webhook is set, 502 when it does not answer 2xx.
  json send_reminders(const std::string& actor, int64_t plan_id);
  std::string matrix_csv(int64_t plan_id);
  std::string findings_csv(int64_t plan_id);
  json submission(int64_t submission_id);
  void review(const std::string& actor, int64_t submission_id, bool accept, const std::string& reasons);
  json audit(int64_t plan_id);

  // A unit, through its link.
  UnitRow unit_for_token(const std::string& token);  // ServiceError 404 for a wrong or revoked link
  json unit_page(const UnitRow& unit);
  json upload_report(const UnitRow& unit, const std::string& file_name, const std::string& bytes);
  json unit_submission(const UnitRow& unit, int64_t submission_id);
  std::string annotated(int64_t submission_id, const UnitRow* unit);  // .docx bytes

 private:
  PlanRow published_plan(int64_t id);
  std::string title_of(int64_t plan_id);
  std::string blob(const std::string& hash);
  json status_of(const PlanRow& plan);
  json submission_json(const SubmissionRow& row, const UnitRow& unit);
  json units_json(const PlanRow& plan, const json& status);

  std::unique_ptr<Store> store_;
  ServiceConfig config_;
  BlobStore blobs_;
  // .doc/.wps uploads waiting for or in LibreOffice (seconds each; the core's 60 s timeout
  // bounds one). Beyond kMaxConversions the unit is asked to come back: 503.
  std::atomic<int> conversions_{0};
  static constexpr int kMaxConversions = 4;
};

}  // namespace plancheck::service
