// Where an evidence link of a report leads (pc.evidence_status, rules evidence-exists and
// evidence-for-done), asked of the file system only: nothing is opened or fetched.
#pragma once
#include <filesystem>
#include <string>

namespace plancheck {

enum class EvidenceStatus {
  Ok,       // a regular file inside the report's folder
  Missing,  // inside the folder, but no such file
  Outside,  // .., an absolute path, a drive or scheme (':'), or a symlink that leaves the folder
  Remote,   // http:// or https://, never fetched
};

const char* evidence_status_name(EvidenceStatus status);  // "ok", "missing", "outside", "remote"

// The folder evidence of the report at `report_path` is relative to, symlinks resolved.
std::filesystem::path evidence_folder(const std::string& report_path);

// The status of `href` relative to `folder` (as evidence_folder gives it). Symlinks are
// followed before the check, so a link that points out is caught too.
EvidenceStatus evidence_status(const std::filesystem::path& folder, const std::string& href);

}  // namespace plancheck
