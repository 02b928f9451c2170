// What the service tests share: a client that keeps cookies and the CSRF token as a
// browser does, and reads the service's JSON.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

namespace plancheck::service::testing {

using nlohmann::json;

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string source(const std::string& relative) {
  return read_bytes(std::string(PLANCHECK_SOURCE_DIR) + "/" + relative);
}

// The service at 127.0.0.1:port as a browser (or a script) holding its cookies sees it.
struct Browser {
  int port = 0;
  std::string csrf, cookies;

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(120);
    c.set_write_timeout(60);
    return c;
  }
  httplib::Headers headers() const { return {{"Cookie", cookies}}; }

  // Keeps the cookies a response sets, as a browser would.
  void keep_cookies(const httplib::Result& r) {
    for (const auto& [name, value] : r->headers) {
      if (name != "Set-Cookie") continue;
      std::string pair = value.substr(0, value.find(';'));
      std::string key = pair.substr(0, pair.find('='));
      std::string merged;
      std::stringstream old(cookies);
      std::string part;
      while (std::getline(old, part, ';')) {
        if (!part.empty() && part[0] == ' ') part.erase(0, 1);
        if (!part.empty() && part.rfind(key + "=", 0) != 0) merged += (merged.empty() ? "" : "; ") + part;
      }
      cookies = merged + (merged.empty() ? "" : "; ") + pair;
    }
  }

  void get_csrf() {
    auto r = client().Get("/api/csrf", headers());
    REQUIRE(r);
    keep_cookies(r);
    csrf = json::parse(r->body)["csrf"];
  }

  void sign_in() {
    get_csrf();
    auto r = client().Post("/api/login", headers(),
                           httplib::Params{{"name", "admin"}, {"password", "correct-horse-battery"}, {"csrf", csrf}});
    REQUIRE(r);
    REQUIRE(r->status == 200);
    keep_cookies(r);
  }

  httplib::Result upload(const std::string& path, const std::string& file_name, const std::string& bytes,
                         bool with_csrf = true) {
    httplib::MultipartFormDataItems items = {{"file", bytes, file_name, "application/octet-stream"}};
    if (with_csrf) items.push_back({"csrf", csrf, "", ""});
    return client().Post(path.c_str(), headers(), items);
  }

  json get_json(const std::string& path) {
    auto r = client().Get(path.c_str(), headers());
    REQUIRE(r);
    INFO(path << " → " << r->status << " " << r->body);
    REQUIRE(r->status == 200);
    return json::parse(r->body);
  }

  // Publishes seed 004's plan; returns its dashboard.
  json publish_004() {
    auto r = upload("/api/plans", "004-liaocheng.xml", source("fixtures/plans/004-liaocheng.xml"));
    REQUIRE(r);
    INFO(r->body);
    REQUIRE(r->status == 201);
    int64_t id = json::parse(r->body)["id"];
    auto p = client().Post(("/api/plans/" + std::to_string(id) + "/publish").c_str(), headers(),
                           httplib::Params{{"period_from", "2023-06-01"}, {"period_to", "2023-11-15"},
                                           {"deadline", "2023-11-25"}, {"csrf", csrf}});
    REQUIRE(p);
    INFO(p->body);
    REQUIRE(p->status == 200);
    return json::parse(p->body);
  }
};

inline std::string link_of(const json& plan, const std::string& unit) {
  for (const auto& u : plan["units"])
    if (u["name"] == unit) return u["link"].get<std::string>().substr(3);  // "/u/" + token
  FAIL("no unit " << unit);
  return "";
}

inline const json* cell(const json& plan, const std::string& unit, const std::string& task) {
  for (const auto& c : plan["status"]["cells"])
    if (c["unit"] == unit && c["task"] == task) return &c;
  return nullptr;
}

inline bool has_rule(const json& findings, const std::string& rule, const std::string& task) {
  for (const auto& f : findings)
    if (f["rule"] == rule && (task.empty() || f["task"] == task)) return true;
  return false;
}

}  // namespace plancheck::service::testing
