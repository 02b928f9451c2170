#include "input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <unordered_map>

#include "source_document.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {

// Lists `dir` and its subfolders into `set`. A folder that cannot be listed is named and
// its siblings are still listed (recursive_directory_iterator stops at the first error).
void walk(const fs::path& dir, InputSet& set, std::vector<std::string>& found) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    set.unreadable.push_back({dir.string(), ec.message()});
    return;
  }
  std::vector<fs::path> subfolders;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_symlink(type_ec) && entry.is_directory(type_ec)) continue;  // no loops
    if (entry.is_directory(type_ec)) {
      subfolders.push_back(entry.path());
    } else if (entry.is_regular_file(type_ec)) {
      std::string path = entry.path().string();
      if (is_report_kind(classify_input(path))) found.push_back(path);
      else set.skipped.push_back(path);
    } else {
      // Not a folder, not a file: a link to nothing or a loop of links (a report that is not
      // there: reading it names the system's reason), or a pipe, socket or device (never
      // read: a pipe would block the run). Listed either way, never passed over in silence.
      std::string path = entry.path().string();
      if (entry.is_symlink(type_ec) && is_report_kind(classify_input(path))) found.push_back(path);
      else set.skipped.push_back(path);
    }
  }
  if (ec) set.unreadable.push_back({dir.string(), ec.message()});  // failed part-way through
  for (const fs::path& sub : subfolders) walk(sub, set, found);
}

}  // namespace

InputKind classify_input(const std::string& path) {
  std::string ext = lower_extension(path);
  if (ext == ".xml") return InputKind::Xml;
  if (ext == ".docx") return InputKind::Word;
  if (ext == ".pdf") return InputKind::Pdf;
  if (ext == ".html" || ext == ".htm") return InputKind::Html;
  if (ext == ".txt") return InputKind::Text;
  return InputKind::Other;
}

const char* input_kind_name(InputKind kind) {
  switch (kind) {
    case InputKind::Xml: return "xml";
    case InputKind::Word: return "word";
    case InputKind::Pdf: return "pdf";
    case InputKind::Html: return "html";
    case InputKind::Text: return "text";
    case InputKind::Other: return "other";
  }
  return "other";
}

bool is_report_kind(InputKind kind) { return kind != InputKind::Other; }

InputSet discover_inputs(const std::vector<std::string>& inputs) {
  InputSet set;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {  // a missing or unreadable file is named when it is read
      set.reports.push_back({input, classify_input(input), true});
      continue;
    }
    std::vector<std::string> found;
    size_t skipped_before = set.skipped.size();
    walk(input, set, found);
    std::sort(found.begin(), found.end());
    std::sort(set.skipped.begin() + static_cast<std::ptrdiff_t>(skipped_before), set.skipped.end());
    for (const std::string& path : found) set.reports.push_back({path, classify_input(path), false});
  }
  // A file named twice, or named and found in a folder, is read once.
  std::vector<InputFile> unique;
  std::unordered_map<std::string, size_t> index;
  for (InputFile& file : set.reports) {
    auto [at, fresh] = index.emplace(file.path, unique.size());
    if (fresh) unique.push_back(std::move(file));
    else unique[at->second].named = unique[at->second].named || file.named;
  }
  set.reports = std::move(unique);
  return set;
}

}  // namespace plancheck
