// The submission service end to end over HTTP: a server in this process on a free loopback
// port with a fresh data folder, driven with httplib::Client as a browser or a script would.
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <mutex>
#include <thread>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "blobs.h"
#include "server.h"
#include "serve_test_util.h"

using nlohmann::json;
namespace fs = std::filesystem;
using namespace plancheck;
using namespace plancheck::service::testing;

namespace {

// A service on its own data folder, as `plancheck serve --as-of 2023-11-20` would run it.
struct Running : Browser {
  std::string dir;
  std::unique_ptr<service::Server> server;
  std::thread thread;

  bool keep_dir = false;  // a restart test opens the same folder again

  explicit Running(size_t max_upload = 1u << 20, const std::string& existing = "", const std::string& database = "",
                   const std::string& remind_webhook = "") {
    char tmpl[] = "/tmp/plancheck-serve-XXXXXX";
    dir = existing.empty() ? std::string(mkdtemp(tmpl)) : existing;
    if (existing.empty()) std::ofstream(dir + "/admin-password") << "correct-horse-battery\n";
    service::ServerOptions options;
    options.data_dir = dir + "/data";
    options.database = database;
    options.remind_webhook = remind_webhook;
    options.port = 0;
    options.admin_password_file = dir + "/admin-password";
    options.as_of = Date::parse_iso("2023-11-20");
    options.max_upload_bytes = max_upload;
    server = std::make_unique<service::Server>(options);
    port = server->bind();
    thread = std::thread([this] { server->run(); });
    httplib::Client probe("127.0.0.1", port);
    for (int i = 0; i < 200 && !probe.Get("/login"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~Running() {
    server->stop();
    thread.join();
    std::error_code ec;
    if (!keep_dir) fs::remove_all(dir, ec);
  }

};

}  // namespace

// The flow of issue 18 on seed 004, on whichever database `s` runs.
static void walk_the_flow(Running& s) {
  s.sign_in();

  json plan = s.publish_004();
  int64_t plan_id = plan["id"];
  CHECK(plan["state"] == "published");
  CHECK(plan["plan_id"] == "聊江委办发〔2023〕5号");
  // Every unit the tasks name has a link; the collective 各镇（街道） does not.
  std::vector<std::string> names;
  for (const auto& u : plan["units"]) names.push_back(u["name"]);
  CHECK(std::find(names.begin(), names.end(), "区政工部") != names.end());
  CHECK(std::find(names.begin(), names.end(), "区教体中心") != names.end());
  CHECK(std::find(names.begin(), names.end(), "各镇（街道）") == names.end());
  REQUIRE(cell(plan, "区政工部", "3"));
  CHECK((*cell(plan, "区政工部", "3"))["colour"] == "due-soon");  // not reported, task 3 due 2023-11-30
  CHECK((*cell(plan, "区政工部", "3"))["state"] == "missing");
  std::string zhenggongbu = link_of(plan, "区政工部"), jiaoti = link_of(plan, "区教体中心");

  // The unit's page: its tasks and the deadline.
  json unit = s.get_json("/api/u/" + zhenggongbu);
  CHECK(unit["unit"] == "区政工部");
  CHECK(unit["deadline"] == "2023-11-25");
  CHECK(unit["days_left"] == 5);
  CHECK(unit["tasks"].size() == 13);

  // 区政工部 uploads its XML report: the findings of `check`, in Chinese, at once.
  auto r = s.upload("/api/u/" + zhenggongbu + "/upload", "zhenggongbu-2023-11.xml",
                    source("fixtures/reports/004/zhenggongbu-2023-11.xml"));
  REQUIRE(r);
  INFO(r->body);
  REQUIRE(r->status == 201);
  json first = json::parse(r->body);
  CHECK(first["label"] == "第1稿");
  const json& findings = first["check"]["findings"];
  CHECK(has_rule(findings, "deadline-due-soon", "3"));
  CHECK(has_rule(findings, "metric-for-target", "3"));
  CHECK(has_rule(findings, "evidence-for-done", "11"));
  CHECK(first["check"]["summary"] == json({{"error", 0}, {"warning", 2}, {"info", 1}}));
  // The same JSON as `check --format json`, with the file as the unit named it: no path of the server's.
  REQUIRE(first["check"]["files"].size() == 2);
  CHECK(first["check"]["files"][0]["kind"] == "plan");
  CHECK(first["check"]["files"][1]["path"] == "zhenggongbu-2023-11.xml");
  CHECK(first["check"]["files"][1]["status"] == "checked");
  CHECK(first["check"].dump().find(s.dir) == std::string::npos);
  for (const auto& f : findings) CHECK(f["file"] == "zhenggongbu-2023-11.xml");
  CHECK(first["comparison"].is_null());

  // 区教体中心 uploads its Word report with a task table: findings point at table cells.
  r = s.upload("/api/u/" + jiaoti + "/upload", "教体中心进展报告.docx", source("fixtures/reports/word/jiaoti-2023-11.docx"));
  REQUIRE(r);
  INFO(r->body);
  REQUIRE(r->status == 201);
  json word = json::parse(r->body);
  CHECK(has_rule(word["check"]["findings"], "lead-unit-matches", "2"));
  CHECK(has_rule(word["check"]["findings"], "task-known", ""));
  bool in_table = false;
  for (const auto& f : word["check"]["findings"])
    if (f.contains("place") && f["place"].contains("table")) {
      in_table = true;
      CHECK(f["place"]["text"].get<std::string>().find("表1") == 0);
    }
  CHECK(in_table);
  CHECK(word["annotated"] == true);
  auto docx = s.client().Get(("/u/" + jiaoti + "/submissions/" + std::to_string(word["id"].get<int64_t>()) + "/annotated.docx").c_str(),
                             s.headers());
  REQUIRE(docx);
  CHECK(docx->status == 200);
  CHECK(docx->body.substr(0, 2) == "PK");
  CHECK(docx->body.find("word/comments.xml") != std::string::npos);

  // The dashboard's matrix follows.
  plan = s.get_json("/api/plans/" + std::to_string(plan_id));
  CHECK((*cell(plan, "区政工部", "3"))["state"] == "in-progress");
  CHECK((*cell(plan, "区政工部", "3"))["colour"] == "due-soon");
  CHECK((*cell(plan, "区政工部", "1"))["colour"] == "on-track");
  json reminders = s.get_json("/api/plans/" + std::to_string(plan_id) + "/reminders");
  std::vector<std::string> not_reported;
  for (const auto& u : reminders["units"]) not_reported.push_back(u["unit"]);
  CHECK(std::find(not_reported.begin(), not_reported.end(), "区政工部") == not_reported.end());
  CHECK(std::find(not_reported.begin(), not_reported.end(), "区教体中心") == not_reported.end());
  CHECK(std::find(not_reported.begin(), not_reported.end(), "区文明办") != not_reported.end());
  CHECK(reminders["units"][0]["days_left"] == 5);
  auto csv = s.client().Get(("/api/plans/" + std::to_string(plan_id) + "/findings.csv").c_str(), s.headers());
  REQUIRE(csv);
  CHECK(csv->body.find("metric-for-target") != std::string::npos);
  CHECK(csv->body.find("区教体中心,第1稿") != std::string::npos);
  auto page = s.client().Get(("/s/plans/" + std::to_string(plan_id)).c_str(), s.headers());
  REQUIRE(page);
  CHECK(page->body.find("class=\"due-soon\"") != std::string::npos);

  // The supervisor returns 区政工部's report, the findings as reasons.
  int64_t first_id = first["id"];
  json detail = s.get_json("/api/submissions/" + std::to_string(first_id));
  std::string reasons = detail["suggested_reasons"];
  CHECK(reasons.find("区级教育实践基地") != std::string::npos);
  auto review = s.client().Post(("/api/submissions/" + std::to_string(first_id) + "/review").c_str(), s.headers(),
                                httplib::Params{{"action", "return"}, {"reasons", reasons}, {"csrf", s.csrf}});
  REQUIRE(review);
  CHECK(review->status == 200);

  // The unit sees why, on its page.
  unit = s.get_json("/api/u/" + zhenggongbu);
  CHECK(unit["versions"][0]["review"] == "returned");
  CHECK(unit["versions"][0]["review_reasons"] == reasons);
  auto unit_page = s.client().Get(("/u/" + zhenggongbu).c_str(), s.headers());
  REQUIRE(unit_page);
  CHECK(unit_page->body.find("督查室已退回第1稿") != std::string::npos);

  // 第2稿 reports the plan's own target: metric-for-target is fixed, the deadline note stays.
  std::string fixed = source("fixtures/reports/004/zhenggongbu-2023-11.xml");
  std::string old_metric = "<metric name=\"区级教育实践基地\" value=\"2\" unit=\"处\"/>";
  REQUIRE(fixed.find(old_metric) != std::string::npos);
  fixed.replace(fixed.find(old_metric), old_metric.size(), "<metric name=\"市级教育实践基地\" value=\"1\" unit=\"处\"/>");
  std::string old_text = "正在完善展陈内容，按要求准备市级基地申报材料。";
  REQUIRE(fixed.find(old_text) != std::string::npos);
  fixed.replace(fixed.find(old_text), old_text.size(), "其中1处已获评市级教育实践基地。");
  r = s.upload("/api/u/" + zhenggongbu + "/upload", "zhenggongbu-2023-11-v2.xml", fixed);
  REQUIRE(r);
  INFO(r->body);
  REQUIRE(r->status == 201);
  json second = json::parse(r->body);
  CHECK(second["label"] == "第2稿");
  const json& comparison = second["comparison"];
  REQUIRE(comparison.is_object());
  CHECK(comparison["previous"]["label"] == "第1稿");
  CHECK(has_rule(comparison["fixed"], "metric-for-target", "3"));
  CHECK(has_rule(comparison["open"], "deadline-due-soon", "3"));
  CHECK(comparison["added"].empty());
  unit = s.get_json("/api/u/" + zhenggongbu);
  CHECK(unit["versions"].size() == 2);

  // Every upload, review and change is in the audit log.
  json audit = s.get_json("/api/audit?plan=" + std::to_string(plan_id));
  std::vector<std::string> actions;
  for (const auto& a : audit["audit"]) actions.push_back(a["action"]);
  CHECK(std::count(actions.begin(), actions.end(), "上传报告") == 3);
  CHECK(std::count(actions.begin(), actions.end(), "退回报告") == 1);
  CHECK(std::count(actions.begin(), actions.end(), "发布方案") == 1);
}

TEST_CASE("supervisor publishes seed 004, two units report, one is returned and fixed", "[service]") {
  Running s;
  walk_the_flow(s);
}

namespace {

// A throwaway PostgreSQL cluster: initdb and pg_ctl as the postgres user in a temporary
// folder, listening on a Unix socket there only; stopped and removed at the end.
struct Cluster {
  std::string dir;
  bool up = false;
  static int run(const std::string& command) { return std::system(command.c_str()); }
  Cluster() {
    char tmpl[] = "/tmp/plancheck-pg-XXXXXX";
    dir = mkdtemp(tmpl);
    if (geteuid() != 0 || run("command -v initdb >/dev/null && command -v pg_ctl >/dev/null && id postgres >/dev/null 2>&1") != 0)
      return;
    std::string as_postgres = "runuser -u postgres -- ";
    up = run("chown postgres " + dir + " && cd / && " + as_postgres + "initdb -D " + dir +
             "/data -A trust -U postgres --no-sync >" + dir + "/initdb.log 2>&1 && " + as_postgres + "pg_ctl -D " + dir +
             "/data -o \"-k " + dir + " -c listen_addresses='' -c fsync=off\" -l " + dir + "/pg.log -w start >/dev/null") == 0;
  }
  ~Cluster() {
    if (up) run("cd / && runuser -u postgres -- pg_ctl -D " + dir + "/data -m immediate -w stop >/dev/null");
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string uri() const { return "postgresql:///postgres?host=" + dir + "&user=postgres"; }
};

}  // namespace

TEST_CASE("the same flow on PostgreSQL", "[service][postgresql]") {
  Cluster cluster;
  if (!cluster.up) {
    WARN("no PostgreSQL cluster could be started (needs root, the postgres user, initdb and pg_ctl): skipped");
    return;
  }
  Running s(1u << 20, "", cluster.uri());
  walk_the_flow(s);
}

TEST_CASE("the service refuses what it must, in Chinese, without paths or traces", "[service]") {
  Running s(64u << 10);  // 64 KiB uploads
  s.sign_in();
  json plan = s.publish_004();
  std::string link = link_of(plan, "区政工部");
  std::string report = source("fixtures/reports/004/zhenggongbu-2023-11.xml");

  SECTION("a form without its CSRF token is forbidden") {
    auto r = s.upload("/api/u/" + link + "/upload", "r.xml", report, false);
    REQUIRE(r);
    CHECK(r->status == 403);
    CHECK(json::parse(r->body)["error"].get<std::string>().find("CSRF") != std::string::npos);
    auto login = s.client().Post("/api/login", s.headers(), httplib::Params{{"name", "admin"}, {"password", "x"}});
    REQUIRE(login);
    CHECK(login->status == 403);
    auto form = s.client().Post(("/u/" + link + "/upload").c_str(), s.headers(),
                                httplib::MultipartFormDataItems{{"file", report, "r.xml", "text/xml"},
                                                                {"csrf", "not-the-token", "", ""}});
    REQUIRE(form);
    CHECK(form->status == 403);
    CHECK(s.get_json("/api/u/" + link)["versions"].empty());
  }

  SECTION("a wrong or revoked link is 404 with nothing of the server in it") {
    for (const std::string& path : std::vector<std::string>{"/u/" + std::string(43, 'A'), "/api/u/" + std::string(43, 'A'), "/u/short",
                                    "/no/such/page"}) {
      auto r = s.client().Get(path.c_str(), s.headers());
      REQUIRE(r);
      CHECK(r->status == 404);
      CHECK(r->body.find(s.dir) == std::string::npos);
      CHECK(r->body.find(".cc") == std::string::npos);
      CHECK(r->body.find("std::") == std::string::npos);
    }
    int64_t unit_id = 0;
    for (const auto& u : plan["units"])
      if (u["name"] == "区政工部") unit_id = u["id"];
    auto revoke = s.client().Post(("/api/units/" + std::to_string(unit_id) + "/revoke").c_str(), s.headers(),
                                  httplib::Params{{"csrf", s.csrf}});
    REQUIRE(revoke);
    CHECK(revoke->status == 200);
    auto gone = s.client().Get(("/u/" + link).c_str(), s.headers());
    REQUIRE(gone);
    CHECK(gone->status == 404);
    CHECK(gone->body.find("链接无效或已被收回") != std::string::npos);
    auto upload = s.upload("/api/u/" + link + "/upload", "r.xml", report);
    REQUIRE(upload);
    CHECK(upload->status == 404);
    // Reissued: a new link works, the old one stays dead.
    auto reissue = s.client().Post(("/api/units/" + std::to_string(unit_id) + "/reissue").c_str(), s.headers(),
                                   httplib::Params{{"csrf", s.csrf}});
    REQUIRE(reissue);
    std::string fresh = json::parse(reissue->body)["link"].get<std::string>().substr(3);
    CHECK(fresh != link);
    CHECK(s.get_json("/api/u/" + fresh)["unit"] == "区政工部");
  }

  SECTION("an upload over the limit is 413") {
    std::string big = report;
    while (big.size() < (100u << 10)) big += "<!-- padding padding padding padding padding padding -->\n";
    auto r = s.upload("/api/u/" + link + "/upload", "big.xml", big);
    REQUIRE(r);
    CHECK(r->status == 413);
    CHECK(json::parse(r->body)["error"].get<std::string>().find("文件过大") != std::string::npos);
    // Far over the limit, the body is refused before it is read.
    std::string huge(4u << 20, 'x');
    auto refused = s.upload("/u/" + link + "/upload", "huge.txt", huge);
    REQUIRE(refused);
    CHECK(refused->status == 413);
    CHECK(refused->body.find("文件过大") != std::string::npos);
    CHECK(s.get_json("/api/u/" + link)["versions"].empty());
  }

  SECTION("a program renamed .docx is refused by its content") {
    std::string exe = "MZ\x90";
    exe += std::string("\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0", 14) + "This program cannot be run in DOS mode.";
    auto r = s.upload("/api/u/" + link + "/upload", "报告.docx", exe);
    REQUIRE(r);
    CHECK(r->status == 415);
    CHECK(json::parse(r->body)["error"].get<std::string>().find("可执行程序") != std::string::npos);
    auto page = s.upload("/u/" + link + "/upload", "报告.docx", exe);
    REQUIRE(page);
    CHECK(page->status == 415);
    CHECK(page->body.find("不是报告") != std::string::npos);
    CHECK(s.get_json("/api/u/" + link)["versions"].empty());
  }

  SECTION("a file name a spreadsheet would run is exported as text") {
    auto r = s.upload("/api/u/" + link + "/upload", "=HYPERLINK(1).xml", report);
    REQUIRE(r);
    REQUIRE(r->status == 201);
    auto csv = s.client().Get(("/api/plans/" + std::to_string(plan["id"].get<int64_t>()) + "/findings.csv").c_str(),
                              s.headers());
    REQUIRE(csv);
    CHECK(csv->body.find(",'=HYPERLINK(1).xml,") != std::string::npos);
    CHECK(csv->body.find(",=HYPERLINK") == std::string::npos);
  }

  SECTION("an id no row can have is 404, not a server error") {
    auto r = s.client().Get("/api/submissions/99999999999999999999999", s.headers());
    REQUIRE(r);
    CHECK(r->status == 404);
  }

  SECTION("the supervisor's pages need a session") {
    auto r = s.client().Get("/api/plans");
    REQUIRE(r);
    CHECK(r->status == 401);
    auto page = s.client().Get("/s");
    REQUIRE(page);
    CHECK(page->status == 303);
    auto wrong = s.client().Post("/api/login", s.headers(),
                                 httplib::Params{{"name", "admin"}, {"password", "wrong password"}, {"csrf", s.csrf}});
    REQUIRE(wrong);
    CHECK(wrong->status == 401);
  }
}

TEST_CASE("what was acknowledged is there after a restart", "[service]") {
  std::string dir, link;
  int64_t plan_id = 0;
  {
    Running s;
    s.keep_dir = true;
    dir = s.dir;
    s.sign_in();
    json plan = s.publish_004();
    plan_id = plan["id"];
    link = link_of(plan, "区政工部");
    auto r = s.upload("/api/u/" + link + "/upload", "zhenggongbu.xml", source("fixtures/reports/004/zhenggongbu-2023-11.xml"));
    REQUIRE(r);
    REQUIRE(r->status == 201);
  }
  // The password file is read on first start only: the account is in the database now.
  fs::remove(dir + "/admin-password");
  Running again(1u << 20, dir);
  again.sign_in();
  json unit = again.get_json("/api/u/" + link);
  REQUIRE(unit["versions"].size() == 1);
  CHECK(unit["versions"][0]["file_name"] == "zhenggongbu.xml");
  json plan = again.get_json("/api/plans/" + std::to_string(plan_id));
  CHECK((*cell(plan, "区政工部", "3"))["state"] == "in-progress");
  // Each stored file is named by its SHA-256 and holds exactly those bytes.
  int blobs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir + "/data/blobs")) {
    if (!entry.is_regular_file() || entry.path().parent_path().filename() == "tmp") continue;
    ++blobs;
    CHECK(service::sha256_hex(read_bytes(entry.path().string())) == entry.path().filename().string());
  }
  CHECK(blobs >= 3);  // the plan, its published XML, the report
  CHECK(fs::is_empty(dir + "/data/blobs/tmp"));
}

TEST_CASE("a .doc report goes through LibreOffice and is checked like its .docx", "[service][libreoffice]") {
  if (std::system("command -v soffice >/dev/null 2>&1") != 0) {
    WARN("LibreOffice (soffice) is not installed: skipped");
    return;
  }
  Running s;
  // The Word fixture saved as .doc, as a unit on an old Word would send it.
  std::string convert = "cd " + s.dir + " && soffice --headless --norestore -env:UserInstallation=file://" + s.dir +
                        "/lo --convert-to doc --outdir " + s.dir + " " + PLANCHECK_SOURCE_DIR +
                        "/fixtures/reports/word/jiaoti-2023-11.docx >/dev/null 2>&1";
  REQUIRE(std::system(convert.c_str()) == 0);
  std::string doc = read_bytes(s.dir + "/jiaoti-2023-11.doc");
  REQUIRE(doc.substr(0, 4) == "\xD0\xCF\x11\xE0");
  s.sign_in();
  json plan = s.publish_004();
  auto r = s.upload("/api/u/" + link_of(plan, "区教体中心") + "/upload", "教体中心.doc", doc);
  REQUIRE(r);
  INFO(r->body);
  REQUIRE(r->status == 201);
  json version = json::parse(r->body);
  CHECK(version["kind"] == "doc");
  CHECK(version["annotated"] == true);  // the unit gets a .docx with the findings as comments
  CHECK(has_rule(version["check"]["findings"], "lead-unit-matches", "2"));
  CHECK(has_rule(version["check"]["findings"], "task-known", "99"));
}

TEST_CASE("the 催报 list goes to the webhook as JSON", "[service]") {
  // A receiver standing in for the office's messaging system.
  httplib::Server receiver;
  std::string received;
  std::mutex mutex;
  receiver.Post("/hook", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mutex);
    received = req.body;
    res.set_content("{}", "application/json");
  });
  int hook_port = receiver.bind_to_any_port("127.0.0.1");
  std::thread hook([&] { receiver.listen_after_bind(); });
  {
    Running s(1u << 20, "", "", "http://127.0.0.1:" + std::to_string(hook_port) + "/hook");
    s.sign_in();
    json plan = s.publish_004();
    std::string id = std::to_string(plan["id"].get<int64_t>());
    auto r = s.upload("/api/u/" + link_of(plan, "区政工部") + "/upload", "r.xml",
                      source("fixtures/reports/004/zhenggongbu-2023-11.xml"));
    REQUIRE(r);
    REQUIRE(r->status == 201);
    auto sent = s.client().Post(("/api/plans/" + id + "/reminders/send").c_str(), s.headers(),
                                httplib::Params{{"csrf", s.csrf}});
    REQUIRE(sent);
    INFO(sent->body);
    CHECK(sent->status == 200);
    std::lock_guard<std::mutex> lock(mutex);
    json list = json::parse(received);
    CHECK(list["plan_id"] == "聊江委办发〔2023〕5号");
    CHECK(list["deadline"] == "2023-11-25");
    std::vector<std::string> units;
    for (const auto& u : list["units"]) units.push_back(u["unit"]);
    CHECK(std::find(units.begin(), units.end(), "区文明办") != units.end());
    CHECK(std::find(units.begin(), units.end(), "区政工部") == units.end());  // it has reported
    CHECK(list["units"][0]["days_left"] == 5);
  }
  receiver.stop();
  hook.join();
}

TEST_CASE("the supervisor corrects what the importer read before publishing", "[service]") {
  Running s;
  s.sign_in();
  // The plan as published: seed 004's text, read by import-plan.
  auto r = s.upload("/api/plans", "聊江委办发〔2023〕5号.txt", source("fixtures/seeds/004_e2df779010155b46.txt"));
  REQUIRE(r);
  INFO(r->body);
  REQUIRE(r->status == 201);
  std::string id = std::to_string(json::parse(r->body)["id"].get<int64_t>());
  json draft = s.get_json("/api/plans/" + id);
  CHECK(draft["state"] == "draft");
  CHECK(draft["review"]["tasks"].size() == 14);

  // Task 2 gets a second lead, task 1 a deadline the text did not give.
  auto edit = s.client().Post(("/api/plans/" + id + "/edit").c_str(), s.headers(),
                              httplib::Params{{"lead_2", "区教体中心、区文明办"}, {"deadline_1", "2023-12-31"}, {"csrf", s.csrf}});
  REQUIRE(edit);
  INFO(edit->body);
  REQUIRE(edit->status == 200);
  json edited = json::parse(edit->body);
  for (const auto& t : edited["review"]["tasks"]) {
    if (t["id"] == "2") CHECK(t["leads"] == json({"区教体中心", "区文明办"}));
    if (t["id"] == "1") CHECK(t["deadline"]["date"] == "2023-12-31");
  }
  // A deadline that is no date is refused, and nothing changes.
  auto bad = s.client().Post(("/api/plans/" + id + "/edit").c_str(), s.headers(),
                             httplib::Params{{"deadline_3", "月底"}, {"csrf", s.csrf}});
  REQUIRE(bad);
  CHECK(bad->status == 422);

  auto published = s.client().Post(("/api/plans/" + id + "/publish").c_str(), s.headers(),
                                   httplib::Params{{"period_from", "2023-06-01"}, {"period_to", "2023-11-15"},
                                                   {"deadline", "2023-11-25"}, {"csrf", s.csrf}});
  REQUIRE(published);
  REQUIRE(published->status == 200);
  json plan = json::parse(published->body);
  const json* c = cell(plan, "区文明办", "2");
  REQUIRE(c);
  CHECK((*c)["role"] == "lead");
  REQUIRE(cell(plan, "区文明办", "1"));
  CHECK((*cell(plan, "区文明办", "1"))["deadline"] == "2023-12-31");
  // Once published, the plan is what the units were given.
  auto late = s.client().Post(("/api/plans/" + id + "/edit").c_str(), s.headers(),
                              httplib::Params{{"lead_2", "区政工部"}, {"csrf", s.csrf}});
  REQUIRE(late);
  CHECK(late->status == 409);
  json audit = s.get_json("/api/audit?plan=" + id);
  bool logged = false;
  for (const auto& a : audit["audit"])
    if (a["action"] == "修改方案核对") logged = true;
  CHECK(logged);
}
