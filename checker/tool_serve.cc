// `plancheck serve`: the submission service (service/server.h). Units upload their reports
// through their own links and see the findings at once; the supervisor (督查室) publishes
// plans and follows the matrix live.
#include <csignal>
#include <iostream>

#include "server.h"
#include "tools.h"

namespace plancheck {

namespace {

struct ServeCommand {
  std::string listen = "127.0.0.1:8080";
  std::string data = "plancheck-data";
  std::string db;  // cli.md: sqlite:FILE or postgresql://…; DIR/plancheck.db when empty
  std::string admin_password_file;
  std::string as_of;
  std::string public_url;
  std::string remind_webhook;
  size_t max_upload_mib = 20;
};

service::Server* running = nullptr;

int run_serve(const ServeCommand& c) {
  service::ServerOptions options;
  size_t colon = c.listen.rfind(':');
  if (colon == std::string::npos) throw CLI::ValidationError("--listen", "expected HOST:PORT, got " + c.listen);
  options.host = c.listen.substr(0, colon);
  options.port = std::stoi(c.listen.substr(colon + 1));
  options.data_dir = c.data;
  options.database = c.db;
  options.admin_password_file = c.admin_password_file;
  if (!c.as_of.empty()) options.as_of = Date::parse_iso(c.as_of);
  options.public_url = c.public_url;
  options.remind_webhook = c.remind_webhook;
  options.max_upload_bytes = c.max_upload_mib << 20;
  service::Server server(options);
  int port = server.bind();
  if (!server.generated_password().empty())
    std::cerr << "plancheck: 已创建督查室账号 admin，初始密码（只显示这一次）：" << server.generated_password() << "\n";
  std::cerr << "plancheck: 提交服务已启动 http://" << options.host << ":" << port << "/ （数据目录 " << c.data << "）\n";
  running = &server;
  // SIGINT/SIGTERM stop the server between requests; the database is consistent at every commit.
  std::signal(SIGINT, [](int) { if (running) running->stop(); });
  std::signal(SIGTERM, [](int) { if (running) running->stop(); });
  bool ok = server.run();
  running = nullptr;
  return ok ? 0 : 2;
}

}  // namespace

void add_serve_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<ServeCommand>();
  CLI::App* sub = app.add_subcommand("serve", "报送服务：单位上传报告即时看到检查结果，督查室查看全局 (the submission web service)");
  sub->add_option("--listen", command->listen, "监听地址 HOST:PORT (listen address)")->capture_default_str();
  sub->add_option("--data", command->data, "数据目录：plancheck.db 与 blobs/ (data folder)")->capture_default_str();
  sub->add_option("--db", command->db, "数据库：sqlite:FILE（默认 DATA/plancheck.db）或 postgresql://… (the database)");
  sub->add_option("--admin-password-file", command->admin_password_file,
                  "首次启动时督查室账号 admin 的密码文件；不给则生成并显示一次 (first start: admin's password)");
  sub->add_option("--as-of", command->as_of, "以此日期为今天 YYYY-MM-DD（演示、测试）(a fixed today)")
      ->check([](const std::string& text) {
        return Date::parse_iso(text) ? std::string() : "expected a date YYYY-MM-DD, got " + text;
      });
  sub->add_option("--public-url", command->public_url, "单位访问本服务的地址，用于生成链接 (the URL units use)");
  sub->add_option("--remind-webhook", command->remind_webhook,
                  "催报名单以 JSON POST 到此地址 http(s)://… (where 催报 lists are sent)");
  sub->add_option("--max-upload-mib", command->max_upload_mib, "上传文件大小上限（MiB）(upload limit)")->capture_default_str();
  sub->callback([command, exit_code] { *exit_code = run_serve(*command); });
}

}  // namespace plancheck
