#include "server.h"

#include <cstring>
#include <filesystem>
#include <map>

#include <httplib.h>
#include <spdlog/spdlog.h>

#include "auth.h"
#include "pages.h"
#include "service.h"

namespace plancheck::service {

namespace {

using httplib::Request;
using httplib::Response;

const char* kSessionCookie = "pc_session";
const char* kCsrfCookie = "pc_csrf";

std::string cookie(const Request& req, const std::string& name) {
  std::string header = req.get_header_value("Cookie");
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string part = header.substr(pos, end - pos);
    size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos) part = part.substr(start);
    if (part.compare(0, name.size() + 1, name + "=") == 0) return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return "";
}

// `secure`: the service is reached over https (--public-url), so the cookie never travels in clear.
void set_cookie(Response& res, const std::string& name, const std::string& value, long max_age, bool secure) {
  res.set_header("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                                    std::to_string(max_age) + (secure ? "; Secure" : ""));
}

// A form field, from a urlencoded body or a multipart one.
std::string field(const Request& req, const std::string& name) {
  if (req.has_param(name.c_str())) return req.get_param_value(name.c_str());
  if (req.has_file(name)) return req.get_file_value(name).content;
  return "";
}

bool is_api(const Request& req) { return req.path.rfind("/api/", 0) == 0; }

void send_json(Response& res, const json& body, int status = 200) {
  res.status = status;
  res.set_content(body.dump(2, ' ', false, json::error_handler_t::replace) + "\n", "application/json; charset=utf-8");
}

void send_html(Response& res, const std::string& html, int status = 200) {
  res.status = status;
  res.set_content(html, "text/html; charset=utf-8");
}

void send_error(const Request& req, Response& res, int status, const std::string& message) {
  if (is_api(req))
    send_json(res, {{"error", message}, {"status", status}}, status);
  else
    send_html(res, page_error(status, message), status);
}

void redirect(Response& res, const std::string& to) {
  res.status = 303;
  res.set_header("Location", to);
}

// An id from the path; one too long to be any row's is no row: 404.
int64_t number(const Request& req, int index) {
  const std::string text = req.matches[index].str();
  if (text.size() > 18) throw ServiceError(404, "页面不存在。");
  return std::stoll(text);
}

// A list of units as a person types it: separated by 、，,；; or line breaks.
std::vector<std::string> unit_list(const std::string& text) {
  std::vector<std::string> units;
  std::string current;
  auto flush = [&] {
    size_t a = current.find_first_not_of(" \t\r\n"), b = current.find_last_not_of(" \t\r\n");
    if (a != std::string::npos) units.push_back(current.substr(a, b - a + 1));
    current.clear();
  };
  for (size_t i = 0; i < text.size();) {
    bool separator = false;
    for (const char* sep : {"、", "，", "；", ",", ";", "\n"}) {
      size_t n = std::strlen(sep);
      if (text.compare(i, n, sep) == 0) {
        flush();
        i += n;
        separator = true;
        break;
      }
    }
    if (!separator) current += text[i++];
  }
  flush();
  return units;
}

// The corrections of the review form: lead_<task>, responsible_<task>, deadline_<task>.
std::vector<TaskEdit> task_edits(const Request& req) {
  std::map<std::string, TaskEdit> by_task;
  for (const auto& [key, value] : req.params) {
    for (const char* prefix : {"lead_", "responsible_", "deadline_"}) {
      std::string p = prefix;
      if (key.compare(0, p.size(), p) != 0) continue;
      TaskEdit& edit = by_task[key.substr(p.size())];
      edit.task = key.substr(p.size());
      if (p == "lead_") edit.leads = unit_list(value);
      if (p == "responsible_") edit.responsible = unit_list(value);
      if (p == "deadline_") edit.deadline = value;
    }
  }
  std::vector<TaskEdit> edits;
  for (auto& [task, edit] : by_task) edits.push_back(edit);
  return edits;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<Service> service;
  httplib::Server http;
  std::string generated_password;
  int port = 0;

  // The CSRF token of this browser (a cookie, echoed in every form: double submit, and
  // SameSite=Strict besides); issued on the first page that has a form.
  std::string csrf(const Request& req, Response& res) {
    std::string token = cookie(req, kCsrfCookie);
    if (token.size() == 43) return token;
    token = random_token();
    set_cookie(res, kCsrfCookie, token, 7 * 24 * 3600, https());
    return token;
  }

  void require_csrf(const Request& req) {
    std::string sent = field(req, "csrf");
    if (sent.empty()) sent = req.get_header_value("X-CSRF-Token");
    if (!same_secret(sent, cookie(req, kCsrfCookie)))
      throw ServiceError(403, "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试。");
  }

  AccountRow supervisor(const Request& req) {
    std::optional<AccountRow> account = service->session(cookie(req, kSessionCookie));
    if (!account) throw ServiceError(401, "请先登录。");
    return *account;
  }

  bool https() const { return options.public_url.rfind("https://", 0) == 0; }

  std::string base_url() const {
    return options.public_url.empty() ? "http://" + options.host + ":" + std::to_string(port) : options.public_url;
  }

  // Runs a handler; ServiceError becomes its status and message (a page or JSON), a
  // supervisor page without a session goes to the sign-in page.
  httplib::Server::Handler wrap(std::function<void(const Request&, Response&)> handler) {
    return [handler](const Request& req, Response& res) {
      try {
        handler(req, res);
      } catch (const ServiceError& e) {
        if (e.status == 401 && !is_api(req) && req.method == "GET") {
          redirect(res, "/login");
          return;
        }
        send_error(req, res, e.status, e.what());
      }
    };
  }

  // A change to a draft plan (corrections, publishing): the plan as it then stands, or on a
  // refusal its review page again with the reason.
  httplib::Server::Handler draft_change(std::function<void(const std::string&, int64_t, const Request&)> change) {
    return wrap([this, change](const Request& req, Response& res) {
      AccountRow who = supervisor(req);
      require_csrf(req);
      int64_t id = number(req, 1);
      try {
        change(who.name, id, req);
      } catch (const ServiceError& e) {
        if (is_api(req) || e.status == 404) throw;
        send_html(res, page_plan_draft(service->plan(id), csrf(req, res), e.what()), e.status);
        return;
      }
      if (is_api(req)) send_json(res, service->plan(id));
      else redirect(res, "/s/plans/" + std::to_string(id));
    });
  }

  void routes() {
    http.Get("/static/style.css", [](const Request&, Response& res) {
      res.set_header("Cache-Control", "max-age=3600");
      res.set_content(kStyleSheet, "text/css; charset=utf-8");
    });
    http.Get("/", [](const Request&, Response& res) { redirect(res, "/s"); });

    // Signing in.
    http.Get("/login", wrap([this](const Request& req, Response& res) { send_html(res, page_login(csrf(req, res), "")); }));
    http.Get("/api/csrf", wrap([this](const Request& req, Response& res) { send_json(res, {{"csrf", csrf(req, res)}}); }));
    auto login = [this](const Request& req, Response& res) {
      require_csrf(req);
      std::optional<std::string> token = service->sign_in(field(req, "name"), field(req, "password"));
      if (!token) {
        if (is_api(req)) throw ServiceError(401, "账号或密码不正确。");
        send_html(res, page_login(csrf(req, res), "账号或密码不正确。"), 401);
        return;
      }
      set_cookie(res, kSessionCookie, *token, 12 * 3600, https());
      if (is_api(req)) send_json(res, {{"ok", true}});
      else redirect(res, "/s");
    };
    http.Post("/login", wrap(login));
    http.Post("/api/login", wrap(login));
    auto logout = [this](const Request& req, Response& res) {
      require_csrf(req);
      service->sign_out(cookie(req, kSessionCookie));
      set_cookie(res, kSessionCookie, "", 0, https());
      if (is_api(req)) send_json(res, {{"ok", true}});
      else redirect(res, "/login");
    };
    http.Post("/logout", wrap(logout));
    http.Post("/api/logout", wrap(logout));

    // Supervisor: plans.
    http.Get("/s", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      send_html(res, page_home(service->plans(), csrf(req, res), ""));
    }));
    http.Get("/api/plans", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      send_json(res, service->plans());
    }));
    auto upload_plan = [this](const Request& req, Response& res) {
      AccountRow who = supervisor(req);
      require_csrf(req);
      if (!req.has_file("file")) throw ServiceError(400, "请选择要上传的方案文件。");
      auto file = req.get_file_value("file");
      try {
        json made = service->upload_plan(who.name, file.filename, file.content);
        if (is_api(req)) send_json(res, made, 201);
        else redirect(res, "/s/plans/" + std::to_string(made["id"].get<int64_t>()));
      } catch (const ServiceError& e) {
        if (is_api(req)) throw;
        send_html(res, page_home(service->plans(), csrf(req, res), e.what()), e.status);
      }
    };
    http.Post("/s/plans", wrap(upload_plan));
    http.Post("/api/plans", wrap(upload_plan));
    http.Get(R"(/s/plans/(\d+))", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      json plan = service->plan(number(req, 1));
      if (plan["state"] == "published") send_html(res, page_dashboard(plan, csrf(req, res), base_url()));
      else send_html(res, page_plan_draft(plan, csrf(req, res), ""));
    }));
    http.Get(R"(/api/plans/(\d+))", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      json plan = service->plan(number(req, 1));
      if (plan.contains("units"))
        for (auto& u : plan["units"])
          if (!u["link"].is_null()) u["url"] = base_url() + u["link"].get<std::string>();
      send_json(res, plan);
    }));
    auto edit = draft_change([this](const std::string& actor, int64_t id, const Request& req) {
      service->edit_plan(actor, id, task_edits(req));
    });
    http.Post(R"(/s/plans/(\d+)/edit)", edit);
    http.Post(R"(/api/plans/(\d+)/edit)", edit);
    auto publish = draft_change([this](const std::string& actor, int64_t id, const Request& req) {
      service->publish(actor, id, field(req, "period_from"), field(req, "period_to"), field(req, "deadline"));
    });
    http.Post(R"(/s/plans/(\d+)/publish)", publish);
    http.Post(R"(/api/plans/(\d+)/publish)", publish);
    auto link = [this](const Request& req, Response& res) {
      AccountRow who = supervisor(req);
      require_csrf(req);
      json changed = service->set_link(who.name, number(req, 1), req.matches[2].str() == "revoke");
      if (is_api(req)) send_json(res, changed);
      else redirect(res, "/s/plans/" + std::to_string(changed["plan"].get<int64_t>()));
    };
    http.Post(R"(/s/units/(\d+)/(reissue|revoke))", wrap(link));
    http.Post(R"(/api/units/(\d+)/(reissue|revoke))", wrap(link));

    // Supervisor: the dashboard's other views.
    http.Get(R"(/s/plans/(\d+)/reminders)", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      send_html(res, page_reminders(service->reminders(number(req, 1)), csrf(req, res), !options.remind_webhook.empty()));
    }));
    http.Get(R"(/api/plans/(\d+)/reminders)", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      send_json(res, service->reminders(number(req, 1)));
    }));
    auto send_reminders = [this](const Request& req, Response& res) {
      AccountRow who = supervisor(req);
      require_csrf(req);
      json sent = service->send_reminders(who.name, number(req, 1));
      if (is_api(req)) send_json(res, sent);
      else redirect(res, "/s/plans/" + req.matches[1].str() + "/reminders");
    };
    http.Post(R"(/s/plans/(\d+)/reminders/send)", wrap(send_reminders));
    http.Post(R"(/api/plans/(\d+)/reminders/send)", wrap(send_reminders));
    auto csv = [this](const Request& req, Response& res) {
      supervisor(req);
      bool matrix = req.matches[2].str() == "matrix";
      std::string text = matrix ? service->matrix_csv(number(req, 1)) : service->findings_csv(number(req, 1));
      res.set_header("Content-Disposition", std::string("attachment; filename=\"") + (matrix ? "matrix" : "findings") + ".csv\"");
      res.set_content(text, "text/csv; charset=utf-8");
    };
    http.Get(R"(/s/plans/(\d+)/(matrix|findings)\.csv)", wrap(csv));
    http.Get(R"(/api/plans/(\d+)/(matrix|findings)\.csv)", wrap(csv));
    http.Get(R"(/s/submissions/(\d+))", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      send_html(res, page_submission(service->submission(number(req, 1)), csrf(req, res)));
    }));
    http.Get(R"(/api/submissions/(\d+))", wrap([this](const Request& req, Response& res) {
      supervisor(req);
      send_json(res, service->submission(number(req, 1)));
    }));
    auto annotated_for_supervisor = [this](const Request& req, Response& res) {
      supervisor(req);
      send_docx(res, service->annotated(number(req, 1), nullptr));
    };
    http.Get(R"(/s/submissions/(\d+)/annotated\.docx)", wrap(annotated_for_supervisor));
    http.Get(R"(/api/submissions/(\d+)/annotated\.docx)", wrap(annotated_for_supervisor));
    auto review = [this](const Request& req, Response& res) {
      AccountRow who = supervisor(req);
      require_csrf(req);
      int64_t id = number(req, 1);
      std::string action = field(req, "action");
      if (action != "accept" && action != "return") throw ServiceError(400, "请选择采纳或退回。");
      service->review(who.name, id, action == "accept", field(req, "reasons"));
      if (is_api(req)) send_json(res, service->submission(id));
      else redirect(res, "/s/submissions/" + std::to_string(id));
    };
    http.Post(R"(/s/submissions/(\d+)/review)", wrap(review));
    http.Post(R"(/api/submissions/(\d+)/review)", wrap(review));
    auto audit = [this](const Request& req, Response& res) {
      supervisor(req);
      int64_t plan = req.has_param("plan") ? std::atoll(req.get_param_value("plan").c_str()) : 0;
      json rows = service->audit(plan);
      if (is_api(req)) send_json(res, rows);
      else send_html(res, page_audit(rows));
    };
    http.Get("/s/audit", wrap(audit));
    http.Get("/api/audit", wrap(audit));

    // Units, through their links.
    const std::string token = "([A-Za-z0-9_-]{1,64})";
    http.Get("/u/" + token, wrap([this](const Request& req, Response& res) {
      UnitRow unit = service->unit_for_token(req.matches[1].str());
      send_html(res, page_unit(service->unit_page(unit), req.matches[1].str(), csrf(req, res), nullptr, ""));
    }));
    http.Get("/api/u/" + token, wrap([this](const Request& req, Response& res) {
      send_json(res, service->unit_page(service->unit_for_token(req.matches[1].str())));
    }));
    auto upload = [this](const Request& req, Response& res) {
      UnitRow unit = service->unit_for_token(req.matches[1].str());
      require_csrf(req);
      if (!req.has_file("file")) throw ServiceError(400, "请选择要上传的报告文件。");
      auto file = req.get_file_value("file");
      json result;
      try {
        result = service->upload_report(unit, file.filename, file.content);
      } catch (const ServiceError& e) {
        if (is_api(req)) throw;
        send_html(res, page_unit(service->unit_page(unit), req.matches[1].str(), csrf(req, res), nullptr, e.what()), e.status);
        return;
      }
      if (is_api(req)) send_json(res, result, 201);
      else send_html(res, page_unit(service->unit_page(unit), req.matches[1].str(), csrf(req, res), result, ""));
    };
    http.Post("/u/" + token + "/upload", wrap(upload));
    http.Post("/api/u/" + token + "/upload", wrap(upload));
    http.Get("/u/" + token + R"(/submissions/(\d+))", wrap([this](const Request& req, Response& res) {
      UnitRow unit = service->unit_for_token(req.matches[1].str());
      send_html(res, page_unit_submission(service->unit_submission(unit, number(req, 2)), req.matches[1].str()));
    }));
    http.Get("/api/u/" + token + R"(/submissions/(\d+))", wrap([this](const Request& req, Response& res) {
      UnitRow unit = service->unit_for_token(req.matches[1].str());
      send_json(res, service->unit_submission(unit, number(req, 2)));
    }));
    auto annotated_for_unit = [this](const Request& req, Response& res) {
      UnitRow unit = service->unit_for_token(req.matches[1].str());
      send_docx(res, service->annotated(number(req, 2), &unit));
    };
    http.Get("/u/" + token + R"(/submissions/(\d+)/annotated\.docx)", wrap(annotated_for_unit));
    http.Get("/api/u/" + token + R"(/submissions/(\d+)/annotated\.docx)", wrap(annotated_for_unit));
  }

  static void send_docx(Response& res, const std::string& bytes) {
    res.set_header("Content-Disposition", "attachment; filename=\"annotated.docx\"");
    res.set_content(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  void safety() {
    // Links carry secrets: no referrer leaves the site; nothing is cached; no script runs.
    http.set_default_headers({{"Content-Security-Policy",
                               "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'"},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"X-Frame-Options", "DENY"},
                              {"Cache-Control", "no-store"}});
    // The body limit: the upload plus room for the form around it.
    http.set_payload_max_length(options.max_upload_bytes + (64u << 10));
    http.set_exception_handler([](const Request& req, Response& res, std::exception_ptr ep) {
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        spdlog::error("{} {}: {}", req.method, req.path, e.what());  // the log has it; the browser does not
      } catch (...) {
        spdlog::error("{} {}: unknown exception", req.method, req.path);
      }
      send_error(req, res, 500, "服务器内部错误，请稍后再试或联系督查室。");
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const Request& req, Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      std::string message = res.status == 404   ? "页面不存在。"
                            : res.status == 413 ? "文件过大，超过了上传上限。"
                            : res.status == 400 ? "请求无法处理。"
                                                : "请求无法处理。";
      send_error(req, res, res.status, message);
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_logger([](const Request& req, const Response& res) {
      // The link's token is a secret: logged without it.
      std::string path = req.path.rfind("/u/", 0) == 0 || req.path.rfind("/api/u/", 0) == 0 ? "/u/…" : req.path;
      spdlog::info("{} {} {}", req.method, path, res.status);
    });
  }
};

Server::Server(const ServerOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  init_crypto();
  // The reports and the database are the units' and the office's: readable by this user only.
  if (std::filesystem::create_directories(options.data_dir))
    std::filesystem::permissions(options.data_dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
  ServiceConfig config;
  config.data_dir = options.data_dir;
  config.as_of = options.as_of;
  config.max_upload_bytes = options.max_upload_bytes;
  config.remind_webhook = options.remind_webhook;
  impl_->service = std::make_unique<Service>(open_store(options.database.empty() ? options.data_dir + "/plancheck.db" : options.database), config);
  if (auto password = impl_->service->ensure_admin(options.admin_password_file)) impl_->generated_password = *password;
  impl_->safety();
  impl_->routes();
}

Server::~Server() = default;

const std::string& Server::generated_password() const { return impl_->generated_password; }

int Server::bind() {
  if (impl_->options.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(impl_->options.host);
  } else {
    impl_->port = impl_->http.bind_to_port(impl_->options.host, impl_->options.port) ? impl_->options.port : -1;
  }
  if (impl_->port < 0) throw std::runtime_error("无法监听 " + impl_->options.host + ":" + std::to_string(impl_->options.port));
  return impl_->port;
}

bool Server::run() { return impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

}  // namespace plancheck::service
