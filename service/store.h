// The service's database, behind one interface so that SQLite (the embedded default) and
// PostgreSQL (several service processes sharing one database) behave alike. Rows are plain
// structs; every method is one transaction; implementations are safe to call from the
// HTTP server's threads.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plancheck::service {

struct AccountRow {
  int64_t id = 0;
  std::string name, password_hash;
};

struct PlanRow {
  int64_t id = 0;
  std::string plan_id, title;      // 文号 and title, as read
  std::string source_name;         // the uploaded file's name
  std::string source_blob;         // the uploaded bytes
  std::string xml_blob;            // the plan XML (with the reporting date once published)
  std::string review_json;         // the importer's review (plan_review.h)
  std::string state = "draft";     // draft | published
  std::string period_from, period_to, deadline;  // ISO dates, set when published
  std::string created_at, published_at;
};

struct UnitRow {
  int64_t id = 0, plan_ref = 0;
  std::string name;
  std::string token;         // the link's secret, shown to the supervisor; empty once revoked
  std::string token_digest;  // token_digest(token): how a link is looked up
  std::string token_issued_at;
};

struct SubmissionRow {
  int64_t id = 0, unit_ref = 0;
  int version = 0;                 // 第N稿, from 1 per unit
  std::string file_name, kind;     // as uploaded; docx | pdf | xml | text
  std::string blob;                // the uploaded bytes
  std::string report_xml_blob;     // the report as XML (for the status matrix)
  std::string annotated_blob;      // the .docx with findings as comments; empty if none
  std::string check_json;          // `check --format json` for this file
  int errors = 0, warnings = 0, infos = 0;
  std::string review = "pending";  // pending | accepted | returned
  std::string review_reasons, reviewed_at;
  std::string created_at;
};

struct AuditRow {
  int64_t id = 0;
  std::string at, actor, action;
  int64_t plan_ref = 0;  // 0: not about one plan
  std::string detail;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual std::optional<AccountRow> account(const std::string& name) = 0;
  virtual int64_t count_accounts() = 0;
  virtual int64_t add_account(const std::string& name, const std::string& password_hash, const std::string& at) = 0;

  virtual void add_session(const std::string& digest, int64_t account, const std::string& expires_at) = 0;
  // The account of a live session (expires_at after `now`), else nullopt.
  virtual std::optional<AccountRow> session_account(const std::string& digest, const std::string& now) = 0;
  virtual void delete_session(const std::string& digest) = 0;

  virtual int64_t add_plan(const PlanRow& plan) = 0;
  virtual std::optional<PlanRow> plan(int64_t id) = 0;
  virtual std::vector<PlanRow> plans() = 0;
  // A draft's plan XML and review after the supervisor's corrections; nothing once published.
  virtual void update_draft(int64_t id, const std::string& xml_blob, const std::string& review_json) = 0;
  // Publishes a draft: its final XML, dates, and one unit row (with its link) per unit.
  virtual void publish_plan(int64_t id, const std::string& xml_blob, const std::string& period_from,
                            const std::string& period_to, const std::string& deadline, const std::string& at,
                            const std::vector<UnitRow>& units) = 0;

  virtual std::vector<UnitRow> units(int64_t plan_ref) = 0;
  virtual std::optional<UnitRow> unit(int64_t id) = 0;
  virtual std::optional<UnitRow> unit_by_digest(const std::string& digest) = 0;
  // A new link (token non-empty) or none (revoked: both empty).
  virtual void set_unit_token(int64_t unit, const std::string& token, const std::string& digest,
                              const std::string& at) = 0;

  // Adds the unit's next version (version is assigned here); returns the row as stored.
  virtual SubmissionRow add_submission(const SubmissionRow& row) = 0;
  virtual std::optional<SubmissionRow> submission(int64_t id) = 0;
  virtual std::vector<SubmissionRow> submissions_of_unit(int64_t unit) = 0;  // by version
  virtual void review_submission(int64_t id, const std::string& review, const std::string& reasons,
                                 const std::string& at) = 0;

  virtual void audit(const std::string& actor, const std::string& action, int64_t plan_ref,
                     const std::string& detail, const std::string& at) = 0;
  virtual std::vector<AuditRow> audit_log(int64_t plan_ref, int limit) = 0;  // newest first; 0: all plans
};

// Opens (creating and migrating) the database: `postgresql://…` (or `postgres://…`), else an
// SQLite file (`sqlite:FILE` or a path), in WAL mode.
std::unique_ptr<Store> open_store(const std::string& database);

// The schema, one statement per entry, in SQL both SQLite and PostgreSQL read; `id_type` is
// the backend's auto-numbered key ("INTEGER PRIMARY KEY" / "BIGINT GENERATED ALWAYS AS
// IDENTITY PRIMARY KEY"). Version 1.
std::vector<std::string> schema_statements(const std::string& id_type);
constexpr int kSchemaVersion = 1;

}  // namespace plancheck::service
