// Trust under faults (issue 14): nothing checked is never clean, every file written is
// whole or untouched, a signal ends the run cleanly. Through the real binary, as a user,
// an unprivileged account, a full disk or a kill would meet it.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <thread>

#include <fcntl.h>
#include <grp.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

using namespace plancheck_test;
namespace fs = std::filesystem;

namespace {

const std::string kPlan004 = "fixtures/plans/004-liaocheng.xml";

std::string report_xml(const std::string& body, const std::string& plan = "聊江委办发〔2023〕5号") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<report xmlns=\"urn:plancheck:report:1\" plan=\"" + plan +
         "\" unit=\"区政工部\" submitted=\"2023-11-20\">\n" + body + "</report>\n";
}

// A report whose every task is unknown to the plan: one task-known error per task, so the
// outputs and the baseline grow with `tasks`.
std::string report_with_unknown_tasks(int tasks) {
  std::string body;
  for (int i = 0; i < tasks; ++i)
    body += "  <task ref=\"9" + std::to_string(i) + "\" status=\"done\"><lead>区政工部</lead></task>\n";
  return report_xml(body);
}

// How a test starts the binary beyond run_cli: environment, user, limits, stdout.
struct Launch {
  std::vector<std::string> args;
  std::string cwd = PLANCHECK_SOURCE_DIR;
  std::vector<std::pair<std::string, std::string>> env;  // value "" unsets
  std::string bin = PLANCHECK_BIN;
  bool as_nobody = false;       // uid/gid 65534, no supplementary groups
  long file_size_limit = -1;    // RLIMIT_FSIZE in bytes (a disk that fills up), SIGXFSZ ignored
  std::string stdout_path;      // default: a temp file read back into CliRun::out
};

struct Child {
  pid_t pid = -1;
  std::string dir, out_path, err_path;
  bool read_out = true;  // false for a device such as /dev/full
};

Child spawn(const Launch& launch) {
  Child child;
  child.dir = make_temp_dir("trust-run");
  child.out_path = launch.stdout_path.empty() ? child.dir + "/stdout" : launch.stdout_path;
  child.err_path = child.dir + "/stderr";
  child.read_out = launch.stdout_path.empty();
  child.pid = fork();
  REQUIRE(child.pid >= 0);
  if (child.pid == 0) {
    int out = open(child.out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(child.err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int in = open("/dev/null", O_RDONLY);
    dup2(out, 1);
    dup2(err, 2);
    dup2(in, 0);
    if (chdir(launch.cwd.c_str()) != 0) _exit(127);
    setenv("NO_COLOR", "1", 1);
    for (const auto& [name, value] : launch.env) {
      if (value.empty()) unsetenv(name.c_str());
      else setenv(name.c_str(), value.c_str(), 1);
    }
    if (launch.file_size_limit >= 0) {
      signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead of killing
      rlimit limit{static_cast<rlim_t>(launch.file_size_limit), static_cast<rlim_t>(launch.file_size_limit)};
      setrlimit(RLIMIT_FSIZE, &limit);
    }
    if (launch.as_nobody && (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)) _exit(126);
    std::vector<std::string> copy = launch.args;
    std::vector<char*> argv{const_cast<char*>(launch.bin.c_str())};
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(launch.bin.c_str(), argv.data());
    _exit(127);
  }
  return child;
}

struct Finished {
  CliRun run;
  bool exited = false;  // ended by exit(), not killed by a signal
};

Finished wait_for(const Child& child) {
  int status = 0;
  waitpid(child.pid, &status, 0);
  Finished done;
  done.exited = WIFEXITED(status);
  done.run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (child.read_out) done.run.out = read_file(child.out_path);
  done.run.err = read_file(child.err_path);
  fs::remove_all(child.dir);
  return done;
}

CliRun launch(const Launch& l) { return wait_for(spawn(l)).run; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The temporaries a writer leaves in `dir` (".NAME.XXXXXX").
std::vector<std::string> temporaries_in(const std::string& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().rfind(".", 0) == 0) found.push_back(entry.path().string());
  return found;
}

// Polls until `dir` holds a temporary (the write has begun) or the child has ended.
bool wait_for_temporary(const std::string& dir, pid_t pid) {
  for (;;) {
    if (!temporaries_in(dir).empty()) return true;
    siginfo_t info{};
    if (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid)
      return false;  // ended first
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

// Starts `launch`, sends `sig` once a temporary shows the write has begun, and waits for
// the end. `writing` says the signal came mid-write, as the test means it to.
struct Interrupted {
  bool writing = false;
  Finished done;
};
Interrupted interrupt_while_writing(const Launch& launch, const std::string& dir, int sig) {
  Child child = spawn(launch);
  Interrupted result;
  result.writing = wait_for_temporary(dir, child.pid);
  kill(child.pid, sig);
  result.done = wait_for(child);
  return result;
}

// A small file system with no space left (a tmpfs, filled up), mounted while it lives;
// `mounted` is false where mounting is not permitted.
struct FullDisk {
  std::string dir = make_temp_dir("tmpfs");
  bool mounted = false;
  FullDisk() { mounted = geteuid() == 0 && mount("tmpfs", dir.c_str(), "tmpfs", 0, "size=128k") == 0; }
  // Fills what is left, once the files the test wants are in place.
  void fill() {
    if (!mounted) return;
    int fd = open((dir + "/.filler").c_str(), O_WRONLY | O_CREAT, 0644);
    std::string block(4096, 'x');
    while (write(fd, block.data(), block.size()) > 0) {
    }
    while (write(fd, block.data(), 1) > 0) {
    }
    close(fd);
  }
  ~FullDisk() {
    if (mounted) umount2(dir.c_str(), MNT_DETACH);
  }
};

// The temporaries in `dir` other than the filler of a FullDisk.
std::vector<std::string> writer_temporaries(const std::string& dir) {
  std::vector<std::string> found;
  for (const std::string& path : temporaries_in(dir))
    if (fs::path(path).filename() != ".filler") found.push_back(path);
  return found;
}

// A folder of `count` reports, each with `tasks` unknown tasks: a run with many findings.
std::string many_reports(int count, int tasks) {
  std::string dir = make_temp_dir("many");
  std::string report = report_with_unknown_tasks(tasks);
  for (int i = 0; i < count; ++i) write_file(dir + "/r" + std::to_string(1000 + i) + ".xml", report);
  return dir;
}

}  // namespace

// ---- Nothing checked is never clean ----

TEST_CASE("an empty folder is not a clean run: exit 2, no report found", "[cli][trust]") {
  std::string dir = make_temp_dir("empty");
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", dir});
  CHECK(run.exit_code == 2);
  CHECK(contains(run.out, "没有找到进展报告"));
  CHECK(contains(run.out, "共 1 个方案、0 份报告"));
  CliRun english = run_cli({"check", "--plan", kPlan004, "--lang", "en", "--as-of", "2023-11-20", dir});
  CHECK(english.exit_code == 2);
  CHECK(contains(english.out, "no progress report found"));
  // In JSON the reason is on stderr and in "errors".
  CliRun json = run_cli({"check", "--plan", kPlan004, "--format", "json", "--as-of", "2023-11-20", dir});
  CHECK(json.exit_code == 2);
  CHECK(contains(json.err, "没有找到进展报告"));
  CHECK(nlohmann::json::parse(json.out)["errors"].size() == 1);
}

TEST_CASE("a folder holding only the plan and attachments has no report: exit 2", "[cli][trust]") {
  std::string dir = make_temp_dir("only-plan");
  fs::copy_file(PLANCHECK_FIXTURE(kPlan004), dir + "/plan.xml");
  write_file(dir + "/附件.xlsx", "not a report");
  CliRun run = run_cli({"check", "--plan", dir + "/plan.xml", "--as-of", "2023-11-20", dir});
  CHECK(run.exit_code == 2);
  CHECK(contains(run.out, "没有找到进展报告"));
}

TEST_CASE("reports named *.XML are found; other files are skipped and listed, never counted", "[cli][trust]") {
  std::string dir = make_temp_dir("upper");
  write_file(dir + "/A.XML", report_with_unknown_tasks(1));
  write_file(dir + "/sub/b.Xml", report_with_unknown_tasks(1));
  write_file(dir + "/photo.jpg", "jpeg");
  write_file(dir + "/sub/notes.odt", "odt");
  CliRun run = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--verbose", dir});
  CHECK(run.exit_code == 1);
  CHECK(contains(run.out, "A.XML:3:"));
  CHECK(contains(run.out, "b.Xml:3:"));
  CHECK(contains(run.out, "共 1 个方案、2 份报告"));
  CHECK(contains(run.out, "跳过 2 个非报告文件"));
  CHECK(count_of(run.err, "photo.jpg：已跳过，不是报告") == 1);
  CHECK(count_of(run.err, "notes.odt：已跳过，不是报告") == 1);
  // Without --verbose they are counted, not listed.
  CliRun quiet = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", dir});
  CHECK(!contains(quiet.err, "photo.jpg"));

  CliRun json = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "json", dir});
  auto doc = nlohmann::json::parse(json.out);
  int checked = 0, skipped = 0;
  for (const auto& file : doc["files"]) {
    if (file["status"] == "checked" && file["kind"] == "report") ++checked;
    if (file["status"] == "skipped") ++skipped;
  }
  CHECK(checked == 2);
  CHECK(skipped == 2);
}

TEST_CASE("a subfolder an ordinary user may not read: named, exit 2, the rest still checked", "[cli][trust]") {
  std::string dir = make_temp_dir("unreadable");
  write_file(dir + "/open/a.xml", report_with_unknown_tasks(1));
  write_file(dir + "/closed/b.xml", report_with_unknown_tasks(1));
  fs::permissions(dir + "/closed", fs::perms::owner_all);  // 0700, owned by the test's user
  Launch l;
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", dir};
  l.as_nobody = geteuid() == 0;
  if (!l.as_nobody) WARN("not root: the folder is unreadable to this user already");
  CliRun run = launch(l);
  REQUIRE(run.exit_code != 126);  // could not become nobody
  CHECK(run.exit_code == 2);
  CHECK(contains(run.out, dir + "/closed: 无法读取文件夹："));
  CHECK(contains(run.out, "Permission denied"));
  CHECK(contains(run.out, "open/a.xml:3:"));  // still checked
  fs::permissions(dir + "/closed", fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read |
                                       fs::perms::group_exec | fs::perms::others_exec);
}

TEST_CASE("two plans with one id: both named, exit 2, neither used", "[cli][trust]") {
  std::string dir = make_temp_dir("dup-plans");
  fs::copy_file(PLANCHECK_FIXTURE(kPlan004), dir + "/first.xml");
  fs::copy_file(PLANCHECK_FIXTURE(kPlan004), dir + "/second.xml");
  write_file(dir + "/reports/r.xml", report_with_unknown_tasks(1));
  CliRun run = run_cli({"check", "--plan", dir + "/first.xml", "--plan", dir + "/second.xml", "--as-of", "2023-11-20",
                        dir + "/reports"});
  CHECK(run.exit_code == 2);
  CHECK(contains(run.out, "first.xml:1:1: 方案编号 聊江委办发〔2023〕5号 与 " + dir + "/second.xml 相同"));
  CHECK(contains(run.out, "second.xml:1:1: 方案编号 聊江委办发〔2023〕5号 与 " + dir + "/first.xml 相同"));
  // Swapping them changes nothing but the order of the two lines.
  CliRun swapped = run_cli({"check", "--plan", dir + "/second.xml", "--plan", dir + "/first.xml", "--as-of",
                            "2023-11-20", dir + "/reports"});
  CHECK(swapped.exit_code == 2);
  CHECK(count_of(swapped.out, "[") == count_of(run.out, "["));
  CliRun english = run_cli({"check", "--lang", "en", "--plan", dir + "/first.xml", "--plan", dir + "/second.xml",
                            "--as-of", "2023-11-20", dir + "/reports"});
  CHECK(contains(english.out, "is also the id of " + dir + "/second.xml"));
}

TEST_CASE("no rule pack: check and rules exit 2 and say where they looked", "[cli][trust]") {
  std::string empty = make_temp_dir("no-home");
  Launch l;
  l.env = {{"PLANCHECK_HOME", empty}};
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "fixtures/reports/004"};
  CliRun run = launch(l);
  CHECK(run.exit_code == 2);
  CHECK(contains(run.err, "PLANCHECK_HOME=" + empty + " 中没有规则包"));
  CHECK(!contains(run.out, "通过"));
  l.args = {"rules"};
  CliRun rules = launch(l);
  CHECK(rules.exit_code == 2);
  CHECK(rules.out.empty());
  l.args = {"rules", "--lang", "en"};
  CHECK(contains(launch(l).err, "holds no rule pack"));
  // A data folder with an empty rules/ loads no rule: exit 2 too.
  fs::create_directories(empty + "/rules");
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "fixtures/reports/004"};
  CliRun no_rules = launch(l);
  CHECK(no_rules.exit_code == 2);
  CHECK(contains(no_rules.err, "未加载任何规则"));
}

TEST_CASE("no output carries the data folder's path: rules are plancheck:rules/x.lua", "[cli][trust]") {
  std::string elsewhere = make_temp_dir("cwd");  // outside the source tree, as an installed run
  write_file(elsewhere + "/r.xml", report_with_unknown_tasks(1));
  Launch l;
  l.cwd = elsewhere;
  l.args = {"check", "--plan", PLANCHECK_FIXTURE(kPlan004), "--as-of", "2023-11-20", "--format", "sarif", "r.xml"};
  CliRun sarif = launch(l);
  CHECK(sarif.exit_code == 1);
  CHECK(contains(sarif.out, "plancheck:rules/task-known.lua"));
  CHECK(!contains(sarif.out, std::string(PLANCHECK_SOURCE_DIR) + "/rules"));
  l.args = {"rules", "--format", "json"};
  CliRun rules = launch(l);
  CHECK(contains(rules.out, "plancheck:rules/task-known.lua"));
  CHECK(!contains(rules.out, PLANCHECK_SOURCE_DIR));
}

// ---- Every file written is whole or untouched ----

TEST_CASE("standard output on a full device: exit 2 and the reason", "[cli][trust]") {
  Launch l;
  l.stdout_path = "/dev/full";
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "fixtures/reports/004"};
  CliRun run = launch(l);
  CHECK(run.exit_code == 2);
  CHECK(contains(run.err, "无法写入标准输出：No space left on device"));
  l.args = {"rules"};
  CHECK(launch(l).exit_code == 2);
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "json", "fixtures/reports/004"};
  CHECK(launch(l).exit_code == 2);
  // --output /dev/full: a device is written in place, and its failure is still caught.
  CliRun output = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--output", "/dev/full",
                           "fixtures/reports/004"});
  CHECK(output.exit_code == 2);
  CHECK(contains(output.err, "无法写入 /dev/full：No space left on device"));
}

TEST_CASE("a full file system: exit 2 with the reason, the old output whole, no temporary left", "[cli][trust]") {
  FullDisk disk;
  std::string dir = disk.dir;
  std::string reports = many_reports(1, 50);
  const std::string old_text = "<p>last week's report</p>\n";
  write_file(dir + "/out.html", old_text);
  write_file(dir + "/baseline.json", "{\"old\": true}\n");
  disk.fill();
  Launch l;
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "html", "--output",
            dir + "/out.html", reports};
  if (!disk.mounted) {
    WARN("cannot mount a tmpfs here: a file-size limit stands in for the full disk");
    l.file_size_limit = 4096;  // stderr, a file too, still has room for the message
  }
  CliRun run = launch(l);
  CHECK(run.exit_code == 2);
  CHECK(contains(run.err, "无法写入 " + dir + "/out.html："));
  CHECK(contains(run.err, disk.mounted ? "No space left on device" : "File too large"));
  CHECK(read_file(dir + "/out.html") == old_text);
  CHECK(writer_temporaries(dir).empty());
  // The baseline alike.
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--write-baseline", dir + "/baseline.json", reports};
  CliRun baseline = launch(l);
  CHECK(baseline.exit_code == 2);
  CHECK(contains(baseline.err, "baseline.json："));
  CHECK(read_file(dir + "/baseline.json") == "{\"old\": true}\n");
  CHECK(writer_temporaries(dir).empty());
}

TEST_CASE("SIGKILL while --output is written leaves the old file byte for byte", "[cli][trust]") {
  std::string reports = many_reports(1, 20000);
  std::string dir = make_temp_dir("kill-output");
  const std::string old_text = "<html>the page from before</html>\n";
  write_file(dir + "/page.html", old_text);
  Launch l;
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "html", "--output",
            dir + "/page.html", reports};
  Interrupted killed = interrupt_while_writing(l, dir, SIGKILL);
  REQUIRE(killed.writing);  // the kill came while the page was being written
  CHECK(!killed.done.exited);
  CHECK(read_file(dir + "/page.html") == old_text);
}

TEST_CASE("SIGKILL while --write-baseline is written leaves the old baseline usable", "[cli][trust]") {
  std::string reports = many_reports(1, 20000);
  std::string dir = make_temp_dir("kill-baseline");
  // A real baseline first, then a run killed while replacing it.
  CliRun first = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--write-baseline",
                          dir + "/baseline.json", "fixtures/reports/004"});
  REQUIRE(first.exit_code != 2);
  std::string old_text = read_file(dir + "/baseline.json");
  Launch l;
  l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--write-baseline", dir + "/baseline.json", reports};
  Interrupted killed = interrupt_while_writing(l, dir, SIGKILL);
  REQUIRE(killed.writing);
  CHECK(!killed.done.exited);
  CHECK(read_file(dir + "/baseline.json") == old_text);
  CliRun next = run_cli({"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--baseline", dir + "/baseline.json",
                         "fixtures/reports/004"});
  CHECK(next.exit_code != 2);
}

TEST_CASE("SIGINT or SIGTERM while the output is written: exit 130/143, old file whole, no temporary",
          "[cli][trust]") {
  std::string reports = many_reports(1, 20000);
  for (int sig : {SIGINT, SIGTERM}) {
    std::string dir = make_temp_dir("int-output");
    const std::string old_text = "old\n";
    write_file(dir + "/page.html", old_text);
    Launch l;
    l.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--format", "html", "--output",
              dir + "/page.html", reports};
    Interrupted stopped = interrupt_while_writing(l, dir, sig);
    REQUIRE(stopped.writing);
    CHECK(stopped.done.exited);
    CHECK(stopped.done.run.exit_code == 128 + sig);
    CHECK(read_file(dir + "/page.html") == old_text);
    CHECK(temporaries_in(dir).empty());
  }
}

TEST_CASE("Ctrl-C during a long run stops it between reports with exit 130 and writes nothing", "[cli][trust]") {
  std::string reports = many_reports(400, 200);
  std::string dir = make_temp_dir("int-run");
  Launch l;
  l.args = {"check", "-j", "2", "--plan", kPlan004, "--as-of", "2023-11-20", "--output", dir + "/out.txt",
            "--write-baseline", dir + "/baseline.json", reports};
  Child child = spawn(l);
  // The workers have started once the process has a second thread.
  std::string tasks = "/proc/" + std::to_string(child.pid) + "/task";
  for (;;) {
    std::error_code ec;
    auto count = std::distance(fs::directory_iterator(tasks, ec), fs::directory_iterator());
    if (ec || count > 1) break;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  kill(child.pid, SIGINT);
  Finished done = wait_for(child);
  CHECK(done.exited);
  CHECK(done.run.exit_code == 130);
  CHECK(!fs::exists(dir + "/out.txt"));
  CHECK(!fs::exists(dir + "/baseline.json"));
  CHECK(temporaries_in(dir).empty());
}

TEST_CASE("two runs writing one baseline at once: the result is a whole baseline", "[cli][trust]") {
  std::string reports_a = many_reports(1, 3000);
  std::string dir = make_temp_dir("two-writers");
  Launch a, b;
  a.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--write-baseline", dir + "/baseline.json", reports_a};
  b.args = {"check", "--plan", kPlan004, "--as-of", "2023-11-20", "--write-baseline", dir + "/baseline.json",
            "fixtures/reports/004"};
  Child first = spawn(a), second = spawn(b);
  CliRun ra = wait_for(first).run, rb = wait_for(second).run;
  CHECK(ra.exit_code != 2);
  CHECK(rb.exit_code != 2);
  auto doc = nlohmann::json::parse(read_file(dir + "/baseline.json"), nullptr, false);
  REQUIRE(!doc.is_discarded());
  CHECK(doc["format"].is_string());
  CHECK(doc["findings"].is_array());
  CHECK(temporaries_in(dir).empty());
}

TEST_CASE("import-plan -o on a full file system fails with the reason and leaves the old file", "[cli][trust]") {
  FullDisk disk;
  if (!disk.mounted) {
    WARN("cannot mount a tmpfs here: skipped");
    return;
  }
  write_file(disk.dir + "/plan.xml", "old\n");
  disk.fill();
  CliRun run = run_cli({"import-plan", "fixtures/seeds/004_e2df779010155b46.txt", "-o", disk.dir + "/plan.xml"});
  CHECK(run.exit_code == 2);
  CHECK(contains(run.err, "No space left on device"));
  CHECK(read_file(disk.dir + "/plan.xml") == "old\n");
  CHECK(writer_temporaries(disk.dir).empty());
}
