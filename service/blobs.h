// Uploaded files, content-addressed: each stored once under the SHA-256 of its bytes
// (blobs/ab/abcdef…), written to a temporary file, flushed, and linked into place, so a
// blob is whole or absent and an existing one is never overwritten.
#pragma once
#include <string>
#include <string_view>

namespace plancheck::service {

class BlobStore {
 public:
  explicit BlobStore(std::string dir);  // creates dir and dir/tmp; removes temporaries over an hour old

  // Stores `bytes` (durably: fsync of the file and its folder) and returns its hash, 64
  // lower-case hex digits. Throws std::runtime_error when it cannot be written.
  std::string put(std::string_view bytes);

  bool get(const std::string& hash, std::string* bytes) const;
  std::string path(const std::string& hash) const;  // where the blob is (it may be absent)
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace plancheck::service
