#include "cli.h"

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace plancheck_test {


CliRun run_cli(const std::vector<std::string>& args, const std::string& cwd) {
  // stdout and stderr go to temp files, not pipes, so a large output cannot deadlock.
  std::string dir = make_temp_dir("cli");
  std::string out_path = dir + "/stdout", err_path = dir + "/stderr";
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int in = open("/dev/null", O_RDONLY);
    dup2(out, 1);
    dup2(err, 2);
    dup2(in, 0);
    if (chdir(cwd.c_str()) != 0) _exit(127);
    setenv("NO_COLOR", "1", 1);
    std::vector<char*> argv;
    std::string bin = PLANCHECK_BIN;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = read_file(out_path);
  run.err = read_file(err_path);
  std::filesystem::remove_all(dir);
  return run;
}

std::string make_temp_dir(const std::string& hint) {
  static std::atomic<int> counter{0};
  std::filesystem::path base = std::filesystem::temp_directory_path() / "plancheck-tests";
  std::filesystem::create_directories(base);
  std::string name = hint + "-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  std::filesystem::path dir = base / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

void write_file(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream data;
  data << in.rdbuf();
  return data.str();
}

int count_of(const std::string& haystack, const std::string& needle) {
  int count = 0;
  for (size_t at = haystack.find(needle); !needle.empty() && at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++count;
  return count;
}

}  // namespace plancheck_test
