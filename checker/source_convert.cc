// .doc / .wps / .rtf: LibreOffice converts them to .docx when it is installed (soffice on
// PATH), each run with its own profile in a fresh temporary folder, under a time limit (the
// whole process group is killed when it runs over); the .docx is then read as any other.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "source_readers.h"

namespace plancheck {

namespace {

namespace fs = std::filesystem;

std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (!path) return "";
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    std::string candidate = dir + "/" + program;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

// A temporary folder removed when this goes out of scope, whatever happened.
struct TempDir {
  std::string path;
  TempDir() {
    std::string tmp = std::getenv("TMPDIR") && *std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp";
    std::string pattern = tmp + "/plancheck-convert-XXXXXX";
    if (mkdtemp(&pattern[0])) path = pattern;
  }
  ~TempDir() {
    if (path.empty()) return;
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

enum class RunResult { Done, Failed, TimedOut };

// Runs argv in its own process group, output discarded; kills the group after `seconds`.
RunResult run(const std::vector<std::string>& argv, double seconds, const std::string& home) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) return RunResult::Failed;
  if (pid == 0) {
    setpgid(0, 0);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 1);
      dup2(null, 2);
    }
    setenv("HOME", home.c_str(), 1);  // LibreOffice writes beside the profile too
    execv(args[0], args.data());
    _exit(127);
  }
  setpgid(pid, pid);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  int status = 0;
  while (true) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0) return RunResult::Failed;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      return RunResult::TimedOut;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(-pid, SIGKILL);  // helpers LibreOffice may have left in the group
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? RunResult::Done : RunResult::Failed;
}

}  // namespace

bool convert_to_docx(std::string_view bytes, const std::string& extension, const SourceReadOptions& options,
                     std::string* docx, SourceReadError* error) {
  const std::string kind = extension.empty() ? ".doc" : extension;
  const std::string soffice = find_on_path("soffice");
  if (soffice.empty()) {
    *error = {"无法读取 " + kind + " 文件：本机没有安装 LibreOffice（soffice）。请用 Word 或 WPS 把它另存为 .docx 后再试",
              "cannot read a " + kind + " file: LibreOffice (soffice) is not installed. Save it as .docx from Word or WPS and try again"};
    return false;
  }
  if (options.converter_seconds <= 0) {
    *error = {"此处不转换 " + kind + " 文件，请用 Word 或 WPS 把它另存为 .docx",
              "converting a " + kind + " file is turned off here; save it as .docx from Word or WPS"};
    return false;
  }
  TempDir temp;
  if (temp.path.empty()) {
    *error = {"无法创建临时文件夹来转换 " + kind + " 文件", "cannot create a temporary folder to convert the " + kind + " file"};
    return false;
  }
  const std::string input = temp.path + "/document" + kind;
  {
    std::ofstream file(input, std::ios::binary);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
      *error = {"无法写入临时文件来转换 " + kind + " 文件", "cannot write a temporary file to convert the " + kind + " file"};
      return false;
    }
  }
  const std::string outdir = temp.path + "/out";
  fs::create_directories(temp.path + "/profile");
  RunResult result = run({soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                          "-env:UserInstallation=file://" + temp.path + "/profile", "--convert-to", "docx", "--outdir",
                          outdir, input},
                         options.converter_seconds, temp.path);
  if (result == RunResult::TimedOut) {
    *error = {"LibreOffice 转换 " + kind + " 文件超时（" + std::to_string(static_cast<int>(options.converter_seconds)) +
                  " 秒），请用 Word 或 WPS 把它另存为 .docx",
              "LibreOffice took too long converting the " + kind + " file (" +
                  std::to_string(static_cast<int>(options.converter_seconds)) + " s); save it as .docx from Word or WPS"};
    return false;
  }
  const std::string converted = outdir + "/document.docx";
  std::ifstream file(converted, std::ios::binary);
  if (!file) {
    *error = {"LibreOffice 无法转换这个 " + kind + " 文件（可能已损坏或加密），请用 Word 或 WPS 把它另存为 .docx",
              "LibreOffice could not convert this " + kind + " file (damaged or encrypted?); save it as .docx from Word or WPS"};
    return false;
  }
  std::ostringstream converted_bytes;
  converted_bytes << file.rdbuf();
  *docx = converted_bytes.str();
  return true;
}

bool read_converted_source(std::string_view bytes, const std::string& name, const std::string& extension,
                           const SourceReadOptions& options, SourceDocument* out, SourceReadError* error) {
  const std::string kind = extension.empty() ? ".doc" : extension;
  std::string docx;
  if (!convert_to_docx(bytes, extension, options, &docx, error)) return false;
  if (!read_docx_source(docx, name, options, out, error)) return false;
  out->notes.push_back({"已用 LibreOffice 把 " + kind + " 文件转换为 .docx 后读取",
                        "the " + kind + " file was converted to .docx with LibreOffice and read"});
  return true;
}

}  // namespace plancheck
