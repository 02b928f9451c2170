// `plancheck serve` killed with SIGKILL in the middle of a stream of uploads: after a
// restart, every upload it acknowledged is there, and nothing is half-stored.
#include <arpa/inet.h>
#include <fcntl.h>
#include <filesystem>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "blobs.h"
#include "serve_test_util.h"

using namespace plancheck::service::testing;
namespace fs = std::filesystem;

namespace {

int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t size = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &size);
  close(fd);
  return ntohs(addr.sin_port);
}

// The real binary, as an administrator starts it.
pid_t start_serve(const std::string& dir, int port) {
  pid_t pid = fork();
  if (pid == 0) {
    int log = open((dir + "/serve.log").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(log, 1);
    dup2(log, 2);
    std::string listen = "127.0.0.1:" + std::to_string(port), data = dir + "/data", password = dir + "/admin-password";
    execl(PLANCHECK_BIN, "plancheck", "serve", "--listen", listen.c_str(), "--data", data.c_str(),
          "--admin-password-file", password.c_str(), "--as-of", "2023-11-20", static_cast<char*>(nullptr));
    _exit(127);
  }
  httplib::Client probe("127.0.0.1", port);
  for (int i = 0; i < 500 && !probe.Get("/login"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return pid;
}

// Stops the server however the test ends (a failed REQUIRE throws past the end).
struct Child {
  pid_t pid = -1;
  ~Child() {
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
  }
};

}  // namespace

TEST_CASE("SIGKILL during uploads loses nothing acknowledged and half-stores nothing", "[service][crash]") {
  char tmpl[] = "/tmp/plancheck-crash-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  struct RemoveFolder {
    std::string path;
    ~RemoveFolder() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  } remove_folder{dir};
  std::ofstream(dir + "/admin-password") << "correct-horse-battery\n";
  int port = free_port();
  Child server;
  server.pid = start_serve(dir, port);

  Browser b;
  b.port = port;
  b.sign_in();
  json plan = b.publish_004();
  std::string link = link_of(plan, "区政工部");
  std::string report = source("fixtures/reports/004/zhenggongbu-2023-11.xml");

  // One unit uploads again and again, each version different; the server dies mid-stream.
  std::vector<std::string> acknowledged;
  std::atomic<bool> stop{false};
  std::thread uploader([&] {
    for (int n = 1; !stop; ++n) {
      std::string name = "r-" + std::to_string(n) + ".xml";
      std::string bytes = report + "<!-- upload " + std::to_string(n) + " -->\n";
      auto r = b.upload("/api/u/" + link + "/upload", name, bytes);
      if (!r) break;  // the server is gone: this one was never acknowledged
      if (r->status == 201) acknowledged.push_back(name);
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  kill(server.pid, SIGKILL);
  waitpid(server.pid, nullptr, 0);
  server.pid = -1;
  stop = true;
  uploader.join();
  REQUIRE(acknowledged.size() >= 3);

  server.pid = start_serve(dir, port);
  json unit = b.get_json("/api/u/" + link);
  std::vector<std::string> stored;
  for (const auto& v : unit["versions"]) stored.push_back(v["file_name"]);
  for (const std::string& name : acknowledged)
    CHECK(std::find(stored.begin(), stored.end(), name) != stored.end());
  // At most the one in flight was stored without its acknowledgement reaching the client.
  CHECK(stored.size() <= acknowledged.size() + 1);
  // Every version's findings read back whole.
  for (const auto& v : unit["versions"]) {
    json s = b.get_json("/api/u/" + link + "/submissions/" + std::to_string(v["id"].get<int64_t>()));
    CHECK(s["check"]["findings"].is_array());
  }
  // Every blob holds exactly the bytes its name hashes: none is half-written.
  for (const auto& entry : fs::recursive_directory_iterator(dir + "/data/blobs")) {
    if (!entry.is_regular_file() || entry.path().parent_path().filename() == "tmp") continue;
    CHECK(plancheck::service::sha256_hex(read_bytes(entry.path().string())) == entry.path().filename().string());
  }
  // And the service takes uploads again.
  auto again = b.upload("/api/u/" + link + "/upload", "after.xml", report);
  REQUIRE(again);
  CHECK(again->status == 201);

  kill(server.pid, SIGTERM);
  waitpid(server.pid, nullptr, 0);
  server.pid = -1;
}
