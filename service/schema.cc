// The database schema, shared by every backend (store.h).
#include "store.h"

namespace plancheck::service {

std::vector<std::string> schema_statements(const std::string& id) {
  return {
      "CREATE TABLE IF NOT EXISTS accounts (id " + id +
          ", name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS sessions (digest TEXT PRIMARY KEY, account_ref BIGINT NOT NULL REFERENCES "
      "accounts(id), expires_at TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS plans (id " + id +
          ", plan_id TEXT NOT NULL, title TEXT NOT NULL, source_name TEXT NOT NULL, source_blob TEXT NOT NULL, "
          "xml_blob TEXT NOT NULL, review_json TEXT NOT NULL, state TEXT NOT NULL, period_from TEXT NOT NULL, "
          "period_to TEXT NOT NULL, deadline TEXT NOT NULL, created_at TEXT NOT NULL, published_at TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS units (id " + id +
          ", plan_ref BIGINT NOT NULL REFERENCES plans(id), name TEXT NOT NULL, token TEXT NOT NULL, "
          "token_digest TEXT NOT NULL, token_issued_at TEXT NOT NULL, UNIQUE (plan_ref, name))",
      "CREATE INDEX IF NOT EXISTS units_digest ON units (token_digest)",
      "CREATE TABLE IF NOT EXISTS submissions (id " + id +
          ", unit_ref BIGINT NOT NULL REFERENCES units(id), version INTEGER NOT NULL, file_name TEXT NOT NULL, "
          "kind TEXT NOT NULL, blob TEXT NOT NULL, report_xml_blob TEXT NOT NULL, annotated_blob TEXT NOT NULL, "
          "check_json TEXT NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, infos INTEGER NOT NULL, "
          "review TEXT NOT NULL, review_reasons TEXT NOT NULL, reviewed_at TEXT NOT NULL, created_at TEXT NOT NULL, "
          "UNIQUE (unit_ref, version))",
      "CREATE TABLE IF NOT EXISTS audit (id " + id +
          ", at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, plan_ref BIGINT NOT NULL, "
          "detail TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
  };
}

}  // namespace plancheck::service
