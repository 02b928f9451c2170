#include "evidence_path.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>

namespace plancheck {

namespace fs = std::filesystem;

namespace {

// The general case: resolve every symlink, then see whether the result is still inside.
EvidenceStatus resolved_status(const fs::path& folder, const fs::path& target) {
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(folder / target, ec);
  auto mismatch = std::mismatch(folder.begin(), folder.end(), resolved.begin(), resolved.end());
  if (ec || mismatch.first != folder.end()) return EvidenceStatus::Outside;
  return fs::is_regular_file(resolved, ec) ? EvidenceStatus::Ok : EvidenceStatus::Missing;
}

}  // namespace

const char* evidence_status_name(EvidenceStatus status) {
  switch (status) {
    case EvidenceStatus::Ok: return "ok";
    case EvidenceStatus::Missing: return "missing";
    case EvidenceStatus::Outside: return "outside";
    case EvidenceStatus::Remote: return "remote";
  }
  return "missing";
}

fs::path evidence_folder(const std::string& report_path) {
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(fs::path(report_path).parent_path(), ec), ec);
}

EvidenceStatus evidence_status(const fs::path& folder, const std::string& href) {
  auto starts_with = [&](const char* prefix) { return href.rfind(prefix, 0) == 0; };
  if (starts_with("http://") || starts_with("https://")) return EvidenceStatus::Remote;
  fs::path target(href);
  if (href.empty() || target.is_absolute() || href.find(':') != std::string::npos) return EvidenceStatus::Outside;
  for (const fs::path& part : target)
    if (part == "..") return EvidenceStatus::Outside;
  // The usual link, attachments/x.pdf with no symlink on the way, costs one lstat per
  // component instead of a canonical walk of the whole absolute path; anything else
  // (a symlink, ".", an empty component, an unusual error) takes the general way.
  fs::path prefix = folder;
  for (auto part = target.begin(); part != target.end(); ++part) {
    if (part->empty() || *part == ".") return resolved_status(folder, target);
    prefix /= *part;
    struct stat st;
    if (::lstat(prefix.c_str(), &st) != 0) {
      if (errno == ENOENT) return EvidenceStatus::Missing;
      return resolved_status(folder, target);
    }
    if (S_ISLNK(st.st_mode)) return resolved_status(folder, target);
    bool last = std::next(part) == target.end();
    if (last) return S_ISREG(st.st_mode) ? EvidenceStatus::Ok : EvidenceStatus::Missing;
    if (!S_ISDIR(st.st_mode)) return resolved_status(folder, target);
  }
  return resolved_status(folder, target);
}

}  // namespace plancheck
