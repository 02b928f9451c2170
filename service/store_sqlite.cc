// The embedded default: one SQLite file in WAL mode, synchronous=FULL so that an upload
// acknowledged is on disk. One connection behind a mutex: SQLite writes one at a time
// anyway, and the checking (the slow part) runs outside the store.
#include <mutex>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store.h"

namespace plancheck::service {

namespace {

PlanRow plan_row(SQLite::Statement& q) {
  PlanRow p;
  p.id = q.getColumn(0).getInt64();
  p.plan_id = q.getColumn(1).getString();
  p.title = q.getColumn(2).getString();
  p.source_name = q.getColumn(3).getString();
  p.source_blob = q.getColumn(4).getString();
  p.xml_blob = q.getColumn(5).getString();
  p.review_json = q.getColumn(6).getString();
  p.state = q.getColumn(7).getString();
  p.period_from = q.getColumn(8).getString();
  p.period_to = q.getColumn(9).getString();
  p.deadline = q.getColumn(10).getString();
  p.created_at = q.getColumn(11).getString();
  p.published_at = q.getColumn(12).getString();
  return p;
}
const char* kPlanColumns =
    "SELECT id, plan_id, title, source_name, source_blob, xml_blob, review_json, state, period_from, period_to, "
    "deadline, created_at, published_at FROM plans";

UnitRow unit_row(SQLite::Statement& q) {
  UnitRow u;
  u.id = q.getColumn(0).getInt64();
  u.plan_ref = q.getColumn(1).getInt64();
  u.name = q.getColumn(2).getString();
  u.token = q.getColumn(3).getString();
  u.token_digest = q.getColumn(4).getString();
  u.token_issued_at = q.getColumn(5).getString();
  return u;
}
const char* kUnitColumns = "SELECT id, plan_ref, name, token, token_digest, token_issued_at FROM units";

SubmissionRow submission_row(SQLite::Statement& q) {
  SubmissionRow s;
  s.id = q.getColumn(0).getInt64();
  s.unit_ref = q.getColumn(1).getInt64();
  s.version = q.getColumn(2).getInt();
  s.file_name = q.getColumn(3).getString();
  s.kind = q.getColumn(4).getString();
  s.blob = q.getColumn(5).getString();
  s.report_xml_blob = q.getColumn(6).getString();
  s.annotated_blob = q.getColumn(7).getString();
  s.check_json = q.getColumn(8).getString();
  s.errors = q.getColumn(9).getInt();
  s.warnings = q.getColumn(10).getInt();
  s.infos = q.getColumn(11).getInt();
  s.review = q.getColumn(12).getString();
  s.review_reasons = q.getColumn(13).getString();
  s.reviewed_at = q.getColumn(14).getString();
  s.created_at = q.getColumn(15).getString();
  return s;
}
const char* kSubmissionColumns =
    "SELECT id, unit_ref, version, file_name, kind, blob, report_xml_blob, annotated_blob, check_json, errors, "
    "warnings, infos, review, review_reasons, reviewed_at, created_at FROM submissions";

class SqliteStore : public Store {
 public:
  explicit SqliteStore(const std::string& path)
      : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX) {
    db_.setBusyTimeout(10000);  // another process on the same file (a second `serve`) waits its turn
    db_.exec("PRAGMA journal_mode=WAL");
    db_.exec("PRAGMA synchronous=FULL");
    db_.exec("PRAGMA foreign_keys=ON");
    migrate();
  }

  std::optional<AccountRow> account(const std::string& name) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "SELECT id, name, password_hash FROM accounts WHERE name = ?");
    q.bind(1, name);
    if (!q.executeStep()) return std::nullopt;
    return AccountRow{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()};
  }

  int64_t count_accounts() override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "SELECT COUNT(*) FROM accounts");
    q.executeStep();
    return q.getColumn(0).getInt64();
  }

  int64_t add_account(const std::string& name, const std::string& hash) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "INSERT INTO accounts (name, password_hash, created_at) VALUES (?, ?, datetime('now'))");
    q.bind(1, name);
    q.bind(2, hash);
    q.exec();
    return db_.getLastInsertRowid();
  }

  void add_session(const std::string& digest, int64_t account, const std::string& expires_at) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "INSERT INTO sessions (digest, account_ref, expires_at) VALUES (?, ?, ?)");
    q.bind(1, digest);
    q.bind(2, account);
    q.bind(3, expires_at);
    q.exec();
  }

  std::optional<AccountRow> session_account(const std::string& digest, const std::string& now) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_,
                        "SELECT a.id, a.name, a.password_hash FROM sessions s JOIN accounts a ON a.id = s.account_ref "
                        "WHERE s.digest = ? AND s.expires_at > ?");
    q.bind(1, digest);
    q.bind(2, now);
    if (!q.executeStep()) return std::nullopt;
    return AccountRow{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()};
  }

  void delete_session(const std::string& digest) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "DELETE FROM sessions WHERE digest = ?");
    q.bind(1, digest);
    q.exec();
  }

  int64_t add_plan(const PlanRow& p) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_,
                        "INSERT INTO plans (plan_id, title, source_name, source_blob, xml_blob, review_json, state, "
                        "period_from, period_to, deadline, created_at, published_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    int i = 1;
    for (const std::string* v : {&p.plan_id, &p.title, &p.source_name, &p.source_blob, &p.xml_blob, &p.review_json,
                                 &p.state, &p.period_from, &p.period_to, &p.deadline, &p.created_at, &p.published_at})
      q.bind(i++, *v);
    q.exec();
    return db_.getLastInsertRowid();
  }

  std::optional<PlanRow> plan(int64_t id) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, std::string(kPlanColumns) + " WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return plan_row(q);
  }

  std::vector<PlanRow> plans() override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, std::string(kPlanColumns) + " ORDER BY id DESC");
    std::vector<PlanRow> rows;
    while (q.executeStep()) rows.push_back(plan_row(q));
    return rows;
  }

  void publish_plan(int64_t id, const std::string& xml_blob, const std::string& from, const std::string& to,
                    const std::string& deadline, const std::string& at, const std::vector<UnitRow>& units) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Transaction transaction(db_);
    SQLite::Statement q(db_,
                        "UPDATE plans SET xml_blob = ?, period_from = ?, period_to = ?, deadline = ?, "
                        "state = 'published', published_at = ? WHERE id = ? AND state = 'draft'");
    q.bind(1, xml_blob);
    q.bind(2, from);
    q.bind(3, to);
    q.bind(4, deadline);
    q.bind(5, at);
    q.bind(6, id);
    if (q.exec() != 1) return;  // published already (a second click): nothing changes
    for (const UnitRow& u : units) {
      SQLite::Statement insert(db_,
                               "INSERT INTO units (plan_ref, name, token, token_digest, token_issued_at) VALUES (?,?,?,?,?)");
      insert.bind(1, id);
      insert.bind(2, u.name);
      insert.bind(3, u.token);
      insert.bind(4, u.token_digest);
      insert.bind(5, at);
      insert.exec();
    }
    transaction.commit();
  }

  std::vector<UnitRow> units(int64_t plan_ref) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, std::string(kUnitColumns) + " WHERE plan_ref = ? ORDER BY id");
    q.bind(1, plan_ref);
    std::vector<UnitRow> rows;
    while (q.executeStep()) rows.push_back(unit_row(q));
    return rows;
  }

  std::optional<UnitRow> unit(int64_t id) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, std::string(kUnitColumns) + " WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return unit_row(q);
  }

  std::optional<UnitRow> unit_by_digest(const std::string& digest) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, std::string(kUnitColumns) + " WHERE token_digest = ? AND token_digest <> ''");
    q.bind(1, digest);
    if (!q.executeStep()) return std::nullopt;
    return unit_row(q);
  }

  void set_unit_token(int64_t unit, const std::string& token, const std::string& digest, const std::string& at) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "UPDATE units SET token = ?, token_digest = ?, token_issued_at = ? WHERE id = ?");
    q.bind(1, token);
    q.bind(2, digest);
    q.bind(3, at);
    q.bind(4, unit);
    q.exec();
  }

  SubmissionRow add_submission(const SubmissionRow& row) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Transaction transaction(db_);
    SubmissionRow s = row;
    SQLite::Statement next(db_, "SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE unit_ref = ?");
    next.bind(1, s.unit_ref);
    next.executeStep();
    s.version = next.getColumn(0).getInt();
    SQLite::Statement q(db_,
                        "INSERT INTO submissions (unit_ref, version, file_name, kind, blob, report_xml_blob, "
                        "annotated_blob, check_json, errors, warnings, infos, review, review_reasons, reviewed_at, "
                        "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    q.bind(1, s.unit_ref);
    q.bind(2, s.version);
    int i = 3;
    for (const std::string* v : {&s.file_name, &s.kind, &s.blob, &s.report_xml_blob, &s.annotated_blob, &s.check_json})
      q.bind(i++, *v);
    q.bind(i++, s.errors);
    q.bind(i++, s.warnings);
    q.bind(i++, s.infos);
    for (const std::string* v : {&s.review, &s.review_reasons, &s.reviewed_at, &s.created_at}) q.bind(i++, *v);
    q.exec();
    s.id = db_.getLastInsertRowid();
    transaction.commit();
    return s;
  }

  std::optional<SubmissionRow> submission(int64_t id) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, std::string(kSubmissionColumns) + " WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return submission_row(q);
  }

  std::vector<SubmissionRow> submissions_of_unit(int64_t unit) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, std::string(kSubmissionColumns) + " WHERE unit_ref = ? ORDER BY version");
    q.bind(1, unit);
    std::vector<SubmissionRow> rows;
    while (q.executeStep()) rows.push_back(submission_row(q));
    return rows;
  }

  void review_submission(int64_t id, const std::string& review, const std::string& reasons,
                         const std::string& at) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "UPDATE submissions SET review = ?, review_reasons = ?, reviewed_at = ? WHERE id = ?");
    q.bind(1, review);
    q.bind(2, reasons);
    q.bind(3, at);
    q.bind(4, id);
    q.exec();
  }

  void audit(const std::string& actor, const std::string& action, int64_t plan_ref, const std::string& detail,
             const std::string& at) override {
    std::lock_guard<std::mutex> lock(mutex_);
    SQLite::Statement q(db_, "INSERT INTO audit (at, actor, action, plan_ref, detail) VALUES (?,?,?,?,?)");
    q.bind(1, at);
    q.bind(2, actor);
    q.bind(3, action);
    q.bind(4, plan_ref);
    q.bind(5, detail);
    q.exec();
  }

  std::vector<AuditRow> audit_log(int64_t plan_ref, int limit) override {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string sql = "SELECT id, at, actor, action, plan_ref, detail FROM audit";
    if (plan_ref != 0) sql += " WHERE plan_ref = ?";
    sql += " ORDER BY id DESC";
    if (limit > 0) sql += " LIMIT " + std::to_string(limit);
    SQLite::Statement q(db_, sql);
    if (plan_ref != 0) q.bind(1, plan_ref);
    std::vector<AuditRow> rows;
    while (q.executeStep())
      rows.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                      q.getColumn(3).getString(), q.getColumn(4).getInt64(), q.getColumn(5).getString()});
    return rows;
  }

 private:
  // Creates the tables of a new database; a database of an older version would be brought
  // up to date here, one version at a time.
  void migrate() {
    SQLite::Transaction transaction(db_);
    for (const std::string& sql : schema_statements("INTEGER PRIMARY KEY")) db_.exec(sql);
    SQLite::Statement q(db_, "SELECT MAX(version) FROM schema_version");
    int version = q.executeStep() && !q.getColumn(0).isNull() ? q.getColumn(0).getInt() : 0;
    if (version > kSchemaVersion)
      throw std::runtime_error("the database was made by a newer plancheck (schema " + std::to_string(version) + ")");
    if (version < kSchemaVersion) db_.exec("INSERT INTO schema_version (version) VALUES (" + std::to_string(kSchemaVersion) + ")");
    transaction.commit();
  }

  std::mutex mutex_;
  SQLite::Database db_;
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) { return std::make_unique<SqliteStore>(path); }

}  // namespace plancheck::service
