// The store on an SQL connection (sql.h): the same statements on SQLite and PostgreSQL,
// every value passed as text. One connection per store behind a mutex: writes are one at a
// time anyway, and the checking (the slow part) runs outside the store.
#include <functional>
#include <mutex>
#include <stdexcept>

#include "sql.h"
#include "store.h"

namespace plancheck::service {

namespace {

using Row = SqlConnection::Row;

int64_t num(const std::string& text) { return text.empty() ? 0 : std::stoll(text); }
std::string str(int64_t n) { return std::to_string(n); }

const char* kPlanColumns =
    "SELECT id, plan_id, title, source_name, source_blob, xml_blob, review_json, state, period_from, period_to, "
    "deadline, created_at, published_at FROM plans";
PlanRow plan_row(const Row& r) {
  return {num(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]};
}

const char* kUnitColumns = "SELECT id, plan_ref, name, token, token_digest, token_issued_at FROM units";
UnitRow unit_row(const Row& r) { return {num(r[0]), num(r[1]), r[2], r[3], r[4], r[5]}; }

const char* kSubmissionColumns =
    "SELECT id, unit_ref, version, file_name, kind, blob, report_xml_blob, annotated_blob, check_json, errors, "
    "warnings, infos, review, review_reasons, reviewed_at, created_at FROM submissions";
SubmissionRow submission_row(const Row& r) {
  SubmissionRow s;
  s.id = num(r[0]);
  s.unit_ref = num(r[1]);
  s.version = int(num(r[2]));
  s.file_name = r[3];
  s.kind = r[4];
  s.blob = r[5];
  s.report_xml_blob = r[6];
  s.annotated_blob = r[7];
  s.check_json = r[8];
  s.errors = int(num(r[9]));
  s.warnings = int(num(r[10]));
  s.infos = int(num(r[11]));
  s.review = r[12];
  s.review_reasons = r[13];
  s.reviewed_at = r[14];
  s.created_at = r[15];
  return s;
}

class SqlStore : public Store {
 public:
  explicit SqlStore(std::unique_ptr<SqlConnection> db) : db_(std::move(db)) { migrate(); }

  std::optional<AccountRow> account(const std::string& name) override {
    auto rows = query("SELECT id, name, password_hash FROM accounts WHERE name = ?", {name});
    if (rows.empty()) return std::nullopt;
    return AccountRow{num(rows[0][0]), rows[0][1], rows[0][2]};
  }

  int64_t count_accounts() override { return num(query("SELECT COUNT(*) FROM accounts")[0][0]); }

  int64_t add_account(const std::string& name, const std::string& hash, const std::string& at) override {
    return num(query("INSERT INTO accounts (name, password_hash, created_at) VALUES (?, ?, ?) RETURNING id",
                     {name, hash, at})[0][0]);
  }

  void add_session(const std::string& digest, int64_t account, const std::string& expires_at) override {
    query("INSERT INTO sessions (digest, account_ref, expires_at) VALUES (?, ?, ?)", {digest, str(account), expires_at});
  }

  std::optional<AccountRow> session_account(const std::string& digest, const std::string& now) override {
    auto rows = query(
        "SELECT a.id, a.name, a.password_hash FROM sessions s JOIN accounts a ON a.id = s.account_ref "
        "WHERE s.digest = ? AND s.expires_at > ?",
        {digest, now});
    if (rows.empty()) return std::nullopt;
    return AccountRow{num(rows[0][0]), rows[0][1], rows[0][2]};
  }

  void delete_session(const std::string& digest) override { query("DELETE FROM sessions WHERE digest = ?", {digest}); }

  int64_t add_plan(const PlanRow& p) override {
    return num(query("INSERT INTO plans (plan_id, title, source_name, source_blob, xml_blob, review_json, state, "
                     "period_from, period_to, deadline, created_at, published_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                     "RETURNING id",
                     {p.plan_id, p.title, p.source_name, p.source_blob, p.xml_blob, p.review_json, p.state,
                      p.period_from, p.period_to, p.deadline, p.created_at, p.published_at})[0][0]);
  }

  std::optional<PlanRow> plan(int64_t id) override {
    auto rows = query(std::string(kPlanColumns) + " WHERE id = ?", {str(id)});
    if (rows.empty()) return std::nullopt;
    return plan_row(rows[0]);
  }

  std::vector<PlanRow> plans() override {
    std::vector<PlanRow> out;
    for (const Row& r : query(std::string(kPlanColumns) + " ORDER BY id DESC")) out.push_back(plan_row(r));
    return out;
  }

  void update_draft(int64_t id, const std::string& xml_blob, const std::string& review_json) override {
    query("UPDATE plans SET xml_blob = ?, review_json = ? WHERE id = ? AND state = 'draft'", {xml_blob, review_json, str(id)});
  }

  void publish_plan(int64_t id, const std::string& xml_blob, const std::string& from, const std::string& to,
                    const std::string& deadline, const std::string& at, const std::vector<UnitRow>& units) override {
    transaction([&] {
      // Only a draft is published: a second click (or a second process) changes nothing.
      auto draft = unlocked("SELECT id FROM plans WHERE id = ? AND state = 'draft'" + db_->row_lock(), {str(id)});
      if (draft.empty()) return;
      unlocked("UPDATE plans SET xml_blob = ?, period_from = ?, period_to = ?, deadline = ?, state = 'published', "
               "published_at = ? WHERE id = ?",
               {xml_blob, from, to, deadline, at, str(id)});
      for (const UnitRow& u : units)
        unlocked("INSERT INTO units (plan_ref, name, token, token_digest, token_issued_at) VALUES (?,?,?,?,?)",
                 {str(id), u.name, u.token, u.token_digest, at});
    });
  }

  std::vector<UnitRow> units(int64_t plan_ref) override {
    std::vector<UnitRow> out;
    for (const Row& r : query(std::string(kUnitColumns) + " WHERE plan_ref = ? ORDER BY id", {str(plan_ref)}))
      out.push_back(unit_row(r));
    return out;
  }

  std::optional<UnitRow> unit(int64_t id) override {
    auto rows = query(std::string(kUnitColumns) + " WHERE id = ?", {str(id)});
    if (rows.empty()) return std::nullopt;
    return unit_row(rows[0]);
  }

  std::optional<UnitRow> unit_by_digest(const std::string& digest) override {
    auto rows = query(std::string(kUnitColumns) + " WHERE token_digest = ? AND token_digest <> ''", {digest});
    if (rows.empty()) return std::nullopt;
    return unit_row(rows[0]);
  }

  void set_unit_token(int64_t unit, const std::string& token, const std::string& digest, const std::string& at) override {
    query("UPDATE units SET token = ?, token_digest = ?, token_issued_at = ? WHERE id = ?", {token, digest, at, str(unit)});
  }

  SubmissionRow add_submission(const SubmissionRow& row) override {
    SubmissionRow s = row;
    transaction([&] {
      // The unit's row locked: two uploads of one unit get versions one after the other.
      unlocked("SELECT id FROM units WHERE id = ?" + db_->row_lock(), {str(s.unit_ref)});
      s.version = int(num(unlocked("SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE unit_ref = ?",
                                   {str(s.unit_ref)})[0][0]));
      s.id = num(unlocked("INSERT INTO submissions (unit_ref, version, file_name, kind, blob, report_xml_blob, "
                          "annotated_blob, check_json, errors, warnings, infos, review, review_reasons, reviewed_at, "
                          "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
                          {str(s.unit_ref), str(s.version), s.file_name, s.kind, s.blob, s.report_xml_blob,
                           s.annotated_blob, s.check_json, str(s.errors), str(s.warnings), str(s.infos), s.review,
                           s.review_reasons, s.reviewed_at, s.created_at})[0][0]);
    });
    return s;
  }

  std::optional<SubmissionRow> submission(int64_t id) override {
    auto rows = query(std::string(kSubmissionColumns) + " WHERE id = ?", {str(id)});
    if (rows.empty()) return std::nullopt;
    return submission_row(rows[0]);
  }

  std::vector<SubmissionRow> submissions_of_unit(int64_t unit) override {
    std::vector<SubmissionRow> out;
    for (const Row& r : query(std::string(kSubmissionColumns) + " WHERE unit_ref = ? ORDER BY version", {str(unit)}))
      out.push_back(submission_row(r));
    return out;
  }

  void review_submission(int64_t id, const std::string& review, const std::string& reasons,
                         const std::string& at) override {
    query("UPDATE submissions SET review = ?, review_reasons = ?, reviewed_at = ? WHERE id = ?",
          {review, reasons, at, str(id)});
  }

  void audit(const std::string& actor, const std::string& action, int64_t plan_ref, const std::string& detail,
             const std::string& at) override {
    query("INSERT INTO audit (at, actor, action, plan_ref, detail) VALUES (?,?,?,?,?)",
          {at, actor, action, str(plan_ref), detail});
  }

  std::vector<AuditRow> audit_log(int64_t plan_ref, int limit) override {
    std::string sql = "SELECT id, at, actor, action, plan_ref, detail FROM audit";
    std::vector<std::string> params;
    if (plan_ref != 0) {
      sql += " WHERE plan_ref = ?";
      params.push_back(str(plan_ref));
    }
    sql += " ORDER BY id DESC";
    if (limit > 0) sql += " LIMIT " + std::to_string(limit);
    std::vector<AuditRow> out;
    for (const Row& r : query(sql, params)) out.push_back({num(r[0]), r[1], r[2], r[3], num(r[4]), r[5]});
    return out;
  }

 private:
  std::vector<Row> query(const std::string& sql, const std::vector<std::string>& params = {}) {
    std::lock_guard<std::mutex> lock(mutex_);
    return db_->query(sql, params);
  }
  std::vector<Row> unlocked(const std::string& sql, const std::vector<std::string>& params) {
    return db_->query(sql, params);
  }

  void transaction(const std::function<void()>& body) {
    std::lock_guard<std::mutex> lock(mutex_);
    db_->begin();
    try {
      body();
      db_->commit();
    } catch (...) {
      db_->rollback();
      throw;
    }
  }

  // Creates the tables of a new database; a database of an older version would be brought
  // up to date here, one version at a time.
  void migrate() {
    transaction([&] {
      for (const std::string& sql : schema_statements(db_->id_type())) unlocked(sql, {});
      auto rows = unlocked("SELECT MAX(version) FROM schema_version", {});
      int64_t version = rows.empty() ? 0 : num(rows[0][0]);
      if (version > kSchemaVersion)
        throw std::runtime_error("the database was made by a newer plancheck (schema " + std::to_string(version) + ")");
      if (version < kSchemaVersion)
        unlocked("INSERT INTO schema_version (version) VALUES (?)", {std::to_string(kSchemaVersion)});
    });
  }

  std::mutex mutex_;
  std::unique_ptr<SqlConnection> db_;
};

}  // namespace

std::unique_ptr<Store> open_store(const std::string& database) {
  if (database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0)
    return std::make_unique<SqlStore>(open_postgresql(database));
  return std::make_unique<SqlStore>(open_sqlite(database.rfind("sqlite:", 0) == 0 ? database.substr(7) : database));
}

}  // namespace plancheck::service
