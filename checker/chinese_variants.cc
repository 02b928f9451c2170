#include "chinese_variants.h"

#include <memory>
#include <mutex>

#include <opencc.h>

namespace plancheck {

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || pos + n > s.size()) {
      out.push_back(0xFFFD);
      ++pos;
      continue;
    }
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    bool bad = false;
    for (size_t i = 1; i < n; ++i) {
      unsigned char k = static_cast<unsigned char>(s[pos + i]);
      if ((k & 0xC0) != 0x80) bad = true;
      cp = (cp << 6) | (k & 0x3F);
    }
    if (bad) {
      out.push_back(0xFFFD);
      ++pos;
      continue;
    }
    out.push_back(cp);
    pos += n;
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

namespace {

// One converter for the process; OpenCC's converter is not documented as thread-safe,
// so calls are serialised.
class Converter {
 public:
  Converter() : handle_(opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP)) {}
  ~Converter() {
    if (ok()) opencc_close(handle_);
  }
  bool ok() const { return handle_ != reinterpret_cast<opencc_t>(-1) && handle_ != nullptr; }
  std::string convert(std::string_view text) {
    std::lock_guard<std::mutex> lock(mutex_);
    char* converted = opencc_convert_utf8(handle_, text.data(), text.size());
    if (!converted) return std::string(text);
    std::string out(converted);
    opencc_convert_utf8_free(converted);
    return out;
  }

 private:
  opencc_t handle_;
  std::mutex mutex_;
};

Converter& converter() {
  static Converter instance;
  return instance;
}

bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

std::string to_simplified(std::string_view utf8) {
  if (all_ascii(utf8)) return std::string(utf8);
  Converter& c = converter();
  if (!c.ok()) return std::string(utf8);
  std::u32string original = to_u32(utf8);
  if (to_utf8(original) != utf8) return std::string(utf8);  // not valid UTF-8: leave it alone
  std::string whole = c.convert(utf8);
  std::u32string converted = to_u32(whole);
  if (converted.size() == original.size()) return whole;
  // A phrase changed length: convert character by character, keeping a character whose
  // conversion is not exactly one code point.
  std::u32string out;
  out.reserve(original.size());
  for (char32_t ch : original) {
    std::u32string one = to_u32(c.convert(to_utf8(std::u32string(1, ch))));
    out.push_back(one.size() == 1 ? one[0] : ch);
  }
  return to_utf8(out);
}

}  // namespace plancheck
