// `plancheck serve`: the HTTP side of the submission service (cpp-httplib). Pages under
// /s (supervisor), /u/<link> (units) and /login; the same data as JSON under /api. Every
// POST needs the CSRF token; a browser never sees a stack trace or a path.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "dates.h"

namespace plancheck::service {

struct ServerOptions {
  std::string data_dir = "plancheck-data";  // plancheck.db and blobs/
  std::string database;                      // sqlite:FILE or postgresql://…; data_dir/plancheck.db when empty
  std::string host = "127.0.0.1";
  int port = 8080;                           // 0: any free port (tests)
  std::string admin_password_file;           // the supervisor's first password; generated when empty
  std::optional<Date> as_of;                 // a fixed "today"
  size_t max_upload_bytes = 20u << 20;
  std::string public_url;                    // how units reach the service, for the links shown; http://host:port when empty
  std::string remind_webhook;                // where 催报 lists are POSTed as JSON; none when empty
};

class Server {
 public:
  // Opens (creating) the data folder and its database; creates the supervisor account on
  // first start. Throws std::runtime_error with a reason.
  explicit Server(const ServerOptions& options);
  ~Server();

  // A password generated for the new supervisor account, to be shown once; empty otherwise.
  const std::string& generated_password() const;

  int bind();   // binds the listening socket; returns the port
  bool run();   // serves until stop(); false when it could not
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace plancheck::service
