#include "blobs.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

#include <sodium.h>

namespace plancheck::service {

namespace {

bool valid_hash(const std::string& hash) {
  if (hash.size() != 64) return false;
  for (char c : hash)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

void fsync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

BlobStore::BlobStore(std::string dir) : dir_(std::move(dir)) {
  std::filesystem::create_directories(dir_ + "/tmp");
  // What a killed process left half-written was never linked into place nor acknowledged;
  // only old ones go, since another process sharing the folder may be writing its own.
  std::error_code ec;
  auto now = std::filesystem::file_time_type::clock::now();
  for (const auto& entry : std::filesystem::directory_iterator(dir_ + "/tmp", ec)) {
    auto written = std::filesystem::last_write_time(entry.path(), ec);
    if (!ec && now - written > std::chrono::hours(1)) std::filesystem::remove(entry.path(), ec);
  }
}

std::string BlobStore::path(const std::string& hash) const {
  return dir_ + "/" + hash.substr(0, 2) + "/" + hash;
}

std::string BlobStore::put(std::string_view bytes) {
  std::string hash = sha256_hex(bytes);
  std::string target = path(hash);
  if (::access(target.c_str(), F_OK) == 0) return hash;  // the same bytes, already whole
  std::string folder = dir_ + "/" + hash.substr(0, 2);
  std::filesystem::create_directories(folder);
  std::string temp = dir_ + "/tmp/" + hash + ".XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) fail("cannot create a temporary blob");
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int saved = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      errno = saved;
      fail("cannot write a blob");
    }
    p += n;
    left -= size_t(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(temp.c_str());
    fail("cannot flush a blob");
  }
  // link() never replaces: a blob another request stored meanwhile stays as it is.
  if (::link(temp.c_str(), target.c_str()) != 0 && errno != EEXIST) {
    int saved = errno;
    ::unlink(temp.c_str());
    errno = saved;
    fail("cannot store a blob");
  }
  ::unlink(temp.c_str());
  fsync_path(folder, O_RDONLY | O_DIRECTORY);
  return hash;
}

bool BlobStore::get(const std::string& hash, std::string* bytes) const {
  if (!valid_hash(hash)) return false;
  std::ifstream in(path(hash), std::ios::binary);
  if (!in) return false;
  std::ostringstream out;
  out << in.rdbuf();
  *bytes = out.str();
  return true;
}

}  // namespace plancheck::service
