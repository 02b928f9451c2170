#include "baseline.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "atomic_file.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {

constexpr const char* kFormat = "plancheck-baseline-1";

using Key = std::tuple<std::string, std::string, std::string, std::string>;  // rule, file, task, message

// The finding's file relative to the baseline's folder, with forward slashes.
std::string relative_to(const std::string& baseline_path, const std::string& file) {
  std::error_code ec;
  fs::path base = fs::weakly_canonical(fs::absolute(fs::path(baseline_path)).parent_path(), ec);
  fs::path target = fs::weakly_canonical(fs::absolute(file), ec);
  fs::path relative = target.lexically_relative(base);
  return (relative.empty() ? target : relative).generic_string();
}

bool recordable(const Finding& f) { return !f.waived && f.rule.rfind("waiver-", 0) != 0; }

}  // namespace

void write_baseline(const std::string& path, const std::vector<Finding>& findings, const std::string& lang) {
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const Finding& f : findings)
    if (recordable(f))
      entries.push_back({{"rule", f.rule}, {"file", relative_to(path, f.file)}, {"task", f.task}, {"message", f.message}});
  nlohmann::ordered_json doc = {{"format", kFormat}, {"lang", lang}, {"findings", entries}};
  write_file_atomically(path, doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
}

void apply_baseline(const std::string& path, const std::string& lang, std::vector<Finding>& findings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw BaselineError(path + ": 无法读取基线 (cannot read the baseline)");
  nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || doc.value("format", "") != kFormat || !doc["findings"].is_array())
    throw BaselineError(path + ": 不是 plancheck 基线文件 (not a plancheck baseline; write one with --write-baseline)");
  std::string recorded_lang = doc.value("lang", "zh");
  if (recorded_lang != lang)
    throw BaselineError(path + ": 基线以 --lang " + recorded_lang + " 记录，本次为 --lang " + lang +
                        "，消息无法比对 (the baseline was recorded with --lang " + recorded_lang + ")");
  std::map<Key, int> remaining;
  for (const auto& entry : doc["findings"]) {
    if (!entry.is_object()) throw BaselineError(path + ": 基线条目应为对象 (baseline entries are objects)");
    ++remaining[Key{entry.value("rule", ""), entry.value("file", ""), entry.value("task", ""), entry.value("message", "")}];
  }
  std::map<std::string, std::string> relative_files;
  for (Finding& f : findings) {
    if (!recordable(f)) continue;
    auto file = relative_files.find(f.file);
    if (file == relative_files.end()) file = relative_files.emplace(f.file, relative_to(path, f.file)).first;
    auto it = remaining.find(Key{f.rule, file->second, f.task, f.message});
    if (it == remaining.end() || it->second == 0) continue;
    --it->second;
    f.in_baseline = true;
  }
}

BaselineLock::BaselineLock(const std::string& baseline_path) {
  fs::path folder = fs::path(baseline_path).parent_path();
  if (folder.empty()) folder = ".";
  fd_ = open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) return;  // no folder: writing the baseline will say so
  while (flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
  }
}

BaselineLock::~BaselineLock() {
  if (fd_ >= 0) close(fd_);  // closing releases the lock
}

}  // namespace plancheck
