// docs/writing-rules.md, run as a newcomer would follow it, so the tutorial cannot drift
// from the tool: every file it shows is written, every command it shows is run in an
// empty folder, and each command's output must be what the page prints.
//
// The page's conventions: a fenced block whose info string is `<language> <path>` is a
// file to write; a `console` block holds commands (`$ ...`) each followed by its output,
// and a last output line `[N]` is a non-zero exit status (as in cram).
#include <array>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include <catch2/catch.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

struct Block {
  std::string info;  // the fence's info string
  std::string body;
  int line = 0;      // where the fence opens in the page
};

std::vector<Block> fenced_blocks(const std::string& markdown) {
  std::vector<Block> blocks;
  std::istringstream in(markdown);
  Block* open = nullptr;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.rfind("```", 0) == 0) {
      if (open) {
        open = nullptr;
      } else {
        blocks.push_back({line.substr(3), "", number});
        open = &blocks.back();
      }
    } else if (open) {
      open->body += line + "\n";
    }
  }
  return blocks;
}

// Lines without trailing spaces, and no trailing empty lines.
std::string tidy(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    line.erase(line.find_last_not_of(" \t\r") + 1);
    out += line + "\n";
  }
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  return out;
}

struct Shell {
  std::string output;
  int status = 0;
};

// Runs `command` with bash in `cwd`, with the plancheck under test first on PATH.
Shell run_shell(const std::string& command, const std::string& cwd) {
  std::string bin_dir = std::filesystem::path(PLANCHECK_BIN).parent_path().string();
  std::string step_dir = make_temp_dir("tutorial-step");
  std::string script = step_dir + "/step.sh";
  write_file(script, "cd '" + cwd + "' || exit 99\nexport NO_COLOR=1 PATH='" + bin_dir + "':\"$PATH\"\n" + command + "\n");
  Shell shell;
  FILE* pipe = popen(("bash '" + script + "' 2>&1 </dev/null").c_str(), "r");
  if (!pipe) return {"popen failed", -1};
  std::array<char, 4096> buffer;
  for (size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) shell.output.append(buffer.data(), n);
  int status = pclose(pipe);
  shell.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::filesystem::remove_all(step_dir);
  return shell;
}

}  // namespace

TEST_CASE("docs/writing-rules.md: every file and command of the tutorial, from an empty folder", "[tutorial]") {
  std::string page = read_file(PLANCHECK_FIXTURE("docs/writing-rules.md"));
  REQUIRE(!page.empty());
  // The page starts in a folder `tutorial` inside the source tree: ../.luacheckrc is the project's.
  std::string root = make_temp_dir("tutorial");
  write_file(root + "/.luacheckrc", read_file(PLANCHECK_FIXTURE(".luacheckrc")));
  std::string dir = root + "/tutorial";
  std::filesystem::create_directories(dir);

  int files = 0, commands = 0, last_status = -1;
  for (const Block& block : fenced_blocks(page)) {
    std::istringstream info(block.info);
    std::string language, path;
    info >> language >> path;
    if (!path.empty()) {
      write_file(dir + "/" + path, block.body);
      ++files;
      continue;
    }
    if (language != "console") continue;
    // Split into commands and the output the page says each prints.
    std::vector<std::pair<std::string, std::string>> steps;
    std::istringstream lines(block.body);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("$ ", 0) == 0) steps.push_back({line.substr(2), ""});
      else if (!steps.empty()) steps.back().second += line + "\n";
    }
    for (auto& [command, expected] : steps) {
      int expected_status = 0;
      std::string printed = tidy(expected);
      size_t last_line = printed.rfind('\n', printed.size() - 2);
      last_line = last_line == std::string::npos ? 0 : last_line + 1;
      if (printed.size() > last_line && printed[last_line] == '[') {
        expected_status = std::stoi(printed.substr(last_line + 1));
        printed.erase(last_line);
      }
      Shell shell = run_shell(command, dir);
      INFO("docs/writing-rules.md:" << block.line << ": $ " << command);
      CHECK(tidy(shell.output) == tidy(printed));
      CHECK(shell.status == expected_status);
      last_status = shell.status;
      ++commands;
    }
  }
  CHECK(files >= 5);
  CHECK(commands >= 5);
  CHECK(last_status == 0);  // the tutorial ends with everything passing
}
