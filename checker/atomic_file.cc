#include "atomic_file.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <streambuf>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace plancheck {

namespace {

// The temporary being written, for the signal handler to remove (one at a time: plancheck
// writes its files one after another).
char g_pending[4096];
std::atomic<bool> g_has_pending{false};
std::atomic<int> g_cooperative{0};  // StopBetweenReports sections open
volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void on_stop_signal(int sig) {
  if (g_has_pending.load()) unlink(g_pending);  // async-signal-safe
  if (g_cooperative.load() > 0 && g_stop_signal == 0) {
    g_stop_signal = sig;
    return;
  }
  _exit(128 + sig);
}

// A streambuf over a file descriptor that keeps the errno of the first failed write.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

  bool flush_all() {
    const char* p = pbase();
    while (p < pptr() && error_ == 0) {
      ssize_t n = ::write(fd_, p, static_cast<size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) error_ = n < 0 ? errno : EIO;
      else p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!flush_all()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush_all() ? 0 : -1; }

 private:
  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

WriteError write_error(const std::string& path, int error) {
  std::string reason = std::strerror(error);
  return WriteError("无法写入 " + path + "：" + reason + "；原文件未改动", "cannot write " + path + ": " + reason +
                                                                            "; the previous file is unchanged");
}

// Writes through `write` into `fd`; returns 0 or the errno of the first failure.
int write_to_fd(int fd, const std::function<void(std::ostream&)>& write) {
  FdBuffer buffer(fd);
  std::ostream out(&buffer);
  write(out);
  out.flush();
  if (buffer.error()) return buffer.error();
  return out ? 0 : EIO;
}

mode_t new_file_mode(const std::string& target) {
  struct stat existing {};
  if (stat(target.c_str(), &existing) == 0) return existing.st_mode & 07777;
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

}  // namespace

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  struct stat existing {};
  if (stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    // A device or a pipe: nothing to rename over, but a failed write still fails.
    int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw write_error(path, errno);
    int error = write_to_fd(fd, write);
    if (close(fd) != 0 && error == 0) error = errno;
    if (error) throw write_error(path, error);
    return;
  }
  fs::path target(path);
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  if (pattern.size() >= sizeof g_pending) throw write_error(path, ENAMETOOLONG);
  // The temporary is created and recorded with SIGINT/SIGTERM held back, so the handler
  // never misses one that exists.
  sigset_t stop_signals, previous;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);
  int fd = mkostemp(pattern.data(), O_CLOEXEC);
  int create_error = errno;
  if (fd >= 0) {
    std::memcpy(g_pending, pattern.c_str(), pattern.size() + 1);
    g_has_pending = true;
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) throw write_error(path, create_error);
  int error = fchmod(fd, new_file_mode(path)) == 0 ? 0 : errno;
  if (!error) error = write_to_fd(fd, write);
  if (!error && fsync(fd) != 0) error = errno;
  if (close(fd) != 0 && !error) error = errno;
  if (!error && rename(pattern.c_str(), path.c_str()) != 0) error = errno;
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  if (error) unlink(pattern.c_str());
  g_has_pending = false;
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (error) throw write_error(path, error);
  // The rename itself reaches the disk with the folder's entry.
  int dir = open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    fsync(dir);
    close(dir);
  }
}

void write_file_atomically(const std::string& path, const std::string& text) {
  write_file_atomically(path, [&](std::ostream& out) { out << text; });
}

void write_stdout(const std::string& text) {
  finish_stdout();
  const char* p = text.data();
  size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(STDOUT_FILENO, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int error = n < 0 ? errno : EIO;
      std::string reason = std::strerror(error);
      throw WriteError("无法写入标准输出：" + reason, "cannot write to standard output: " + reason);
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
}

void finish_stdout() {
  errno = 0;
  std::cout.flush();
  bool failed = !std::cout;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) failed = true;
  if (!failed) return;
  int error = errno;
  if (error == 0) {  // stdio lost the reason: one more byte finds it again
    error = ::write(STDOUT_FILENO, "\n", 1) < 0 ? errno : EIO;
  }
  std::cout.clear();
  std::clearerr(stdout);
  std::string reason = std::strerror(error);
  throw WriteError("无法写入标准输出：" + reason, "cannot write to standard output: " + reason);
}

void install_signal_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool stop_requested() { return g_stop_signal != 0; }
int stop_exit_status() { return 128 + g_stop_signal; }

StopBetweenReports::StopBetweenReports() { ++g_cooperative; }
StopBetweenReports::~StopBetweenReports() { --g_cooperative; }

}  // namespace plancheck
