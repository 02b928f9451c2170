// evidence_status: where an evidence link leads, by the file system alone.
#include "evidence_path.h"

#include <unistd.h>

#include <fstream>

#include <catch2/catch.hpp>

using namespace plancheck;
namespace fs = std::filesystem;

TEST_CASE("evidence links: inside and present, missing, outside, remote; symlinks followed first", "[evidence]") {
  fs::path base = fs::temp_directory_path() / ("plancheck-evidence-" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base / "reports" / "attachments");
  fs::create_directories(base / "elsewhere");
  std::ofstream(base / "reports" / "attachments" / "minutes.pdf") << "%PDF-";
  std::ofstream(base / "reports" / "r.xml") << "<report/>";
  std::ofstream(base / "elsewhere" / "secret.txt") << "no";
  fs::create_symlink(base / "elsewhere", base / "reports" / "link-out");
  fs::create_symlink(base / "reports" / "attachments" / "minutes.pdf", base / "reports" / "link-in.pdf");

  fs::path folder = evidence_folder((base / "reports" / "r.xml").string());
  CHECK(evidence_status(folder, "attachments/minutes.pdf") == EvidenceStatus::Ok);
  CHECK(evidence_status(folder, "./attachments/minutes.pdf") == EvidenceStatus::Ok);
  CHECK(evidence_status(folder, "link-in.pdf") == EvidenceStatus::Ok);
  CHECK(evidence_status(folder, "attachments/agenda.pdf") == EvidenceStatus::Missing);
  CHECK(evidence_status(folder, "no-such-folder/agenda.pdf") == EvidenceStatus::Missing);
  CHECK(evidence_status(folder, "attachments") == EvidenceStatus::Missing);  // a folder is no file
  CHECK(evidence_status(folder, "link-out/secret.txt") == EvidenceStatus::Outside);
  CHECK(evidence_status(folder, "../elsewhere/secret.txt") == EvidenceStatus::Outside);
  CHECK(evidence_status(folder, (base / "elsewhere" / "secret.txt").string()) == EvidenceStatus::Outside);
  CHECK(evidence_status(folder, "C:/minutes.pdf") == EvidenceStatus::Outside);
  CHECK(evidence_status(folder, "") == EvidenceStatus::Outside);
  CHECK(evidence_status(folder, "https://example.org/minutes.pdf") == EvidenceStatus::Remote);
  // The same answers whichever way the folder was named.
  CHECK(evidence_folder((base / "reports" / "." / "r.xml").string()) == folder);
  fs::remove_all(base);
}
