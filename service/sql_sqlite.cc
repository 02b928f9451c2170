// The embedded default: one SQLite file in WAL mode, synchronous=FULL so that an upload
// acknowledged is on disk, a busy timeout so a second process on the same file waits.
#include <SQLiteCpp/SQLiteCpp.h>

#include "sql.h"

namespace plancheck::service {

namespace {

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(const std::string& path) : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
    db_.setBusyTimeout(10000);
    db_.exec("PRAGMA journal_mode=WAL");
    db_.exec("PRAGMA synchronous=FULL");
    db_.exec("PRAGMA foreign_keys=ON");
  }

  std::vector<Row> query(const std::string& sql, const std::vector<std::string>& params) override {
    SQLite::Statement q(db_, sql);
    for (size_t i = 0; i < params.size(); ++i) q.bind(int(i + 1), params[i]);
    std::vector<Row> rows;
    while (q.executeStep()) {
      Row row;
      for (int c = 0; c < q.getColumnCount(); ++c) row.push_back(q.getColumn(c).isNull() ? "" : q.getColumn(c).getString());
      rows.push_back(std::move(row));
    }
    return rows;
  }

  void begin() override { db_.exec("BEGIN IMMEDIATE"); }
  void commit() override { db_.exec("COMMIT"); }
  void rollback() override { db_.exec("ROLLBACK"); }
  std::string id_type() const override { return "INTEGER PRIMARY KEY"; }
  std::string row_lock() const override { return ""; }

 private:
  SQLite::Database db_;
};

}  // namespace

std::unique_ptr<SqlConnection> open_sqlite(const std::string& path) { return std::make_unique<SqliteConnection>(path); }

}  // namespace plancheck::service
