// A database connection as the store uses it: statements with `?` parameters, passed and
// read back as text, so that one implementation of the store (store_sql.cc) runs on SQLite
// and on PostgreSQL alike. Not thread-safe: the store serialises its calls.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace plancheck::service {

class SqlConnection {
 public:
  using Row = std::vector<std::string>;  // NULL reads as ""
  virtual ~SqlConnection() = default;

  virtual std::vector<Row> query(const std::string& sql, const std::vector<std::string>& params = {}) = 0;
  virtual void begin() = 0;  // a transaction that will write
  virtual void commit() = 0;
  virtual void rollback() = 0;
  // The auto-numbered key column ("INTEGER PRIMARY KEY" / "BIGINT GENERATED … IDENTITY …").
  virtual std::string id_type() const = 0;
  // What locks the rows a SELECT reads until commit (" FOR UPDATE"; SQLite's BEGIN
  // IMMEDIATE already holds the whole database).
  virtual std::string row_lock() const = 0;
};

// The SQLite file at `path`, created if needed; WAL, synchronous=FULL, foreign keys on.
std::unique_ptr<SqlConnection> open_sqlite(const std::string& path);
// A PostgreSQL connection URI (postgresql://user@/db?host=/socket/dir).
std::unique_ptr<SqlConnection> open_postgresql(const std::string& uri);

}  // namespace plancheck::service
