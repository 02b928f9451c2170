#include "repeats.h"

#include <cstdint>
#include <unordered_map>
#include <utility>

#include "numerals.h"

namespace plancheck {

namespace {

// One character of the texts as they are compared: a code point other than white space,
// or a separator between texts that matches nothing. 16 bytes: a scope's texts come from
// one file, which is far below 4 GiB (LoadLimits).
struct CharAt {
  char32_t c;
  uint32_t text, begin, end;  // where it stands in its text, in bytes [begin, end)
};
constexpr char32_t kSeparator = 0xFFFFFFFF;

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x3000 || c == 0xA0;
}

std::vector<CharAt> comparable_chars(const std::vector<std::string_view>& texts) {
  size_t bytes = 0;
  for (std::string_view text : texts) bytes += text.size();
  std::vector<CharAt> out;
  out.reserve(bytes / 3 + texts.size() + 16);  // mostly 3-byte CJK: seldom grows
  for (size_t t = 0; t < texts.size(); ++t) {
    std::string_view text = texts[t];
    for (size_t pos = 0; pos < text.size();) {
      CodePoint cp = decode_code_point(text, pos);  // U+FFFD, 1 byte for a bad byte
      if (!is_space(cp.value))
        out.push_back({cp.value, static_cast<uint32_t>(t), static_cast<uint32_t>(pos),
                       static_cast<uint32_t>(pos + cp.length)});
      pos += cp.length;
    }
    out.push_back({kSeparator, static_cast<uint32_t>(t), static_cast<uint32_t>(text.size()),
                   static_cast<uint32_t>(text.size())});
  }
  return out;
}

}  // namespace

std::vector<RepeatedPassage> find_repeated_passages(const std::vector<std::string_view>& texts, size_t min_chars) {
  std::vector<RepeatedPassage> found;
  if (min_chars == 0) return found;
  std::vector<CharAt> chars = comparable_chars(texts);
  const size_t n = chars.size();
  // A window is min_chars characters with no separator; windows are found by a rolling
  // hash and confirmed character by character. hash[i] is the window starting at i, or 0
  // when it holds a separator (a real window that hashes to 0, one in 2^64, is skipped).
  constexpr uint64_t kBase = 1000003;
  uint64_t power = 1;
  for (size_t i = 1; i < min_chars; ++i) power *= kBase;
  std::vector<uint64_t> hash(n, 0);
  {
    uint64_t h = 0;
    size_t clean = 0;  // characters since the last separator
    for (size_t i = 0; i < n; ++i) {
      if (i >= min_chars) h -= power * chars[i - min_chars].c;
      h = h * kBase + chars[i].c;
      clean = chars[i].c == kSeparator ? 0 : clean + 1;
      if (i + 1 >= min_chars && clean >= min_chars) hash[i + 1 - min_chars] = h;
    }
  }
  auto same = [&](size_t a, size_t b, size_t length) {
    for (size_t k = 0; k < length; ++k)
      if (chars[a + k].c != chars[b + k].c) return false;
    return true;
  };
  // Window hash → earlier positions, oldest first. Nearly every hash is seen once, so the
  // first position lives in a flat open-addressing table (one allocation for the whole
  // scope, not one per character: bench/RESULTS.md); later ones with the same hash (a
  // collision, or overlapping windows in a run like 哈哈哈…) in `later`.
  // A slot holds a position; its hash is hash[position], so the table is a plain array
  // that is filled like memset.
  constexpr uint32_t kEmpty = UINT32_MAX;
  size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  std::vector<uint32_t> first(slots, kEmpty);
  std::unordered_map<uint64_t, std::vector<size_t>> later;
  auto slot_of = [&](uint64_t h) {
    size_t slot = static_cast<size_t>(h ^ (h >> 29)) & (slots - 1);
    while (first[slot] != kEmpty && hash[first[slot]] != h) slot = (slot + 1) & (slots - 1);
    return slot;
  };
  for (size_t i = 0; i + min_chars <= n;) {
    if (hash[i] == 0) {
      ++i;
      continue;
    }
    size_t match = n;
    size_t slot = slot_of(hash[i]);
    if (first[slot] != kEmpty) {
      size_t j = first[slot];
      if (j + min_chars <= i && same(j, i, min_chars)) match = j;
      auto it = match == n ? later.find(hash[i]) : later.end();
      if (it != later.end())
        for (size_t k : it->second)
          if (k + min_chars <= i && same(k, i, min_chars)) {
            match = k;
            break;
          }
    }
    if (match == n) {
      if (first[slot] == kEmpty) first[slot] = static_cast<uint32_t>(i);
      else later[hash[i]].push_back(i);
      ++i;
      continue;
    }
    size_t length = min_chars;
    while (i + length < n && match + length < i && chars[i + length].c != kSeparator &&
           chars[match + length].c == chars[i + length].c)
      ++length;
    const CharAt& start = chars[i];
    const CharAt& last = chars[i + length - 1];
    found.push_back({start.text, start.begin, last.end - start.begin, chars[match].text, chars[match].begin});
    i += length;
  }
  return found;
}

}  // namespace plancheck
