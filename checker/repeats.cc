#include "repeats.h"

#include <algorithm>
#include <cstdint>
#include <memory>
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

// Whether `texts` may hold a run of `min_chars` characters written twice: false only when
// none is. Nearly every scope repeats nothing, and this says so from one pass over the
// bytes (into 4 bytes a character) and one over the characters, without the 16-byte
// per-character records and the table of every window the search builds. A repeated run [j, j + min_chars) starts, within its first `step` characters, a
// shorter window of `width` = min_chars − step + 1 characters at a position of its text
// that is a multiple of `step`, and the same window stands `i − j` characters later. So
// only every step-th window of a text is kept, and every window is looked up among those
// kept before it: a hit may be a repeat (or a shorter one, or a hash collision), and the
// search decides; no hit is no repeat.
bool may_repeat(const std::vector<std::string_view>& texts, size_t min_chars) {
  const size_t step = std::max<size_t>(1, min_chars / 3);
  const size_t width = min_chars - step + 1;
  size_t bytes = 0;
  for (std::string_view text : texts) bytes += text.size();  // an upper bound on the characters
  // Every text's characters first, then the windows: two tight loops instead of one with
  // both the decoding's branches and the window's, and a table sized by the characters.
  // A character is its bytes, packed: one number per code point, as the search's code
  // points are, without decoding. Three-byte characters led by E1–EC or EE–EF (nearly all
  // of a Chinese text) are valid whenever their two continuation bytes are; others go
  // through the decoder, and a bad byte (which the search reads as U+FFFD, equal to any
  // other bad byte) leaves the question to the search. White space is left out.
  std::unique_ptr<char32_t[]> chars(new char32_t[bytes + 1]);  // not zeroed: only what is written is read
  std::vector<size_t> ends;  // where each text's characters end in `chars`
  ends.reserve(texts.size());
  char32_t* out = chars.get();
  for (std::string_view text : texts) {
    const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = begin + text.size();
    for (const unsigned char* p = begin; p < end;) {
      const unsigned lead = *p;
      if (lead - 0xE1u <= 0xEFu - 0xE1u && lead != 0xED && end - p >= 3 && ((p[1] ^ 0x80u) | (p[2] ^ 0x80u)) < 0x40) {
        const char32_t c = char32_t(lead) << 16 | char32_t(p[1]) << 8 | p[2];
        p += 3;
        *out = c;
        out += c != 0xE38080;  // U+3000
      } else if (lead < 0x80) {
        ++p;
        *out = lead;
        out += !is_space(lead);
      } else {
        const CodePoint cp = decode_code_point(text, static_cast<size_t>(p - begin));
        if (cp.value == 0xFFFD && cp.length == 1) return true;
        char32_t c = 0;
        for (size_t k = 0; k < cp.length; ++k) c = c << 8 | p[k];
        p += cp.length;
        *out = c;
        out += c != 0xC2A0;  // U+00A0
      }
    }
    ends.push_back(static_cast<size_t>(out - chars.get()));
  }
  const size_t total = ends.empty() ? 0 : ends.back();
  constexpr uint64_t kBase = 1000003;
  uint64_t power = 1;  // kBase^(width − 1): what the character leaving the window weighs
  for (size_t i = 1; i < width; ++i) power *= kBase;
  size_t slots = 16;
  while (slots < 2 * (total / step + texts.size() + 1)) slots *= 2;
  std::vector<uint64_t> kept(slots, 0);  // window hashes; 0 is an empty slot
  for (size_t t = 0, from = 0; t < ends.size(); from = ends[t++]) {
    const size_t n = ends[t] - from;
    if (n < width) continue;
    const char32_t* cs = chars.get() + from;
    uint64_t h = 0;
    for (size_t k = 0; k < width; ++k) h = h * kBase + cs[k];
    // The window [k − width, k); every step-th one, from the text's first, is kept.
    for (size_t k = width, keep_in = 0;; ++k) {
      const uint64_t key = h | 1;  // never 0
      size_t slot = static_cast<size_t>(key ^ (key >> 29)) & (slots - 1);
      while (kept[slot] != 0 && kept[slot] != key) slot = (slot + 1) & (slots - 1);
      if (kept[slot] == key) return true;
      if (keep_in == 0) {
        kept[slot] = key;
        keep_in = step;
      }
      --keep_in;
      if (k == n) break;
      h = (h - power * cs[k - width]) * kBase + cs[k];
    }
  }
  return false;
}

}  // namespace

std::vector<RepeatedPassage> find_repeated_passages(const std::vector<std::string_view>& texts, size_t min_chars) {
  std::vector<RepeatedPassage> found;
  if (min_chars == 0 || !may_repeat(texts, min_chars)) return found;
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
