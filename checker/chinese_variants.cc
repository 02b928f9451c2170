#include "chinese_variants.h"

#include <memory>
#include <mutex>
#include <vector>

#include <opencc.h>

namespace plancheck {

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

// Traditional characters frequent in reports and plans, each written only in traditional
// text (its simplified form differs): 個 → 个, 國 → 国, 萬 → 万 …
constexpr std::u32string_view kCommonTraditional =
    U"個們國會區縣為這來時說對發經與長門業東萬億產實現進過動員設務點開關從後當體總數統計際農應將機構場"
    U"權邊聯議證財貿項鄉鎮價費標準辦單級書記報導專資環齡歲醫療衛島漁電鐵輸運變";
// Their simplified forms that traditional text never writes (准, 后, 体 left out: traditional
// text has them too).
constexpr std::u32string_view kCommonSimplified =
    U"个们国会区县为这来时说对发经与长门业东产实现进过动员设务点开关从当总数统计际农应将机构场"
    U"权边联议证财贸项乡镇价费标办单级书记报导专资环龄岁医疗卫岛渔电铁输运变";

}  // namespace

bool has_traditional_characters(std::string_view utf8) {
  // One byte per code point of the Basic Multilingual Plane: 1 for the traditional characters
  // above, 2 for the simplified ones. The first of either decides: a text in one script shows
  // it within a few characters, so most texts are not read to their end.
  static const std::vector<unsigned char> script = [] {
    std::vector<unsigned char> kind(0x10000, 0);
    for (char32_t c : kCommonTraditional) kind[c] = 1;
    for (char32_t c : kCommonSimplified) kind[c] = 2;
    return kind;
  }();
  for (size_t i = 0; i + 2 < utf8.size(); ++i) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0xE0 || lead >= 0xF0) continue;  // every character above is three bytes long
    const auto b1 = static_cast<unsigned char>(utf8[i + 1]), b2 = static_cast<unsigned char>(utf8[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) continue;
    if (const unsigned char kind = script[(lead & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)]) return kind == 1;
    i += 2;
  }
  return false;
}

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

std::string original_span(std::string_view original, std::string_view simplified, size_t begin, size_t end) {
  std::u32string o = to_u32(original);
  size_t b = to_u32(simplified.substr(0, begin)).size();
  size_t e = b + to_u32(simplified.substr(begin, end - begin)).size();
  if (o.size() != to_u32(simplified).size()) return std::string(simplified.substr(begin, end - begin));
  return to_utf8(std::u32string_view(o).substr(b, e - b));
}

std::string without_pinyin_glosses(std::string_view utf8, bool* glossed) {
  if (glossed) *glossed = false;
  if (utf8.find('(') == std::string_view::npos && utf8.find("（") == std::string_view::npos) return std::string(utf8);
  const std::u32string s = to_u32(utf8);
  std::u32string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == U'(' || s[i] == U'（') && i > 0 && s[i - 1] >= 0x3400) {
      size_t j = i + 1;
      bool toned = false;
      while (j < s.size() && j <= i + 7 && ((s[j] >= U'a' && s[j] <= U'z') || (s[j] >= 0xC0 && s[j] <= 0x24F))) {
        toned = toned || s[j] > 0x7F;
        ++j;
      }
      if (j < s.size() && (s[j] == U')' || s[j] == U'）') && j > i + 1 && toned) {
        if (glossed) *glossed = true;
        i = j;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return to_utf8(out);
}

}  // namespace plancheck
