#include "quantities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "masks.h"
#include "metrics.h"
#include "numerals.h"

namespace plancheck {

const char* approx_name(Approx a) {
  switch (a) {
    case Approx::Exact: return "exact";
    case Approx::Over: return "over";
    case Approx::About: return "about";
    case Approx::Under: return "under";
    case Approx::AtLeast: return "at-least";
    case Approx::AtMost: return "at-most";
  }
  return "exact";
}

namespace {

struct Qualifier {
  std::string_view word;
  Approx approx;
};

constexpr std::string_view kConsecutive = "连续";

// Longer words first, so that 不超过 wins over 超过 and 将近 over 近.
constexpr Qualifier kLeadingQualifiers[] = {
    {"不超过", Approx::AtMost}, {"不高于", Approx::AtMost},  {"不多于", Approx::AtMost},
    {"不少于", Approx::AtLeast}, {"不低于", Approx::AtLeast}, {"不足", Approx::Under},
    {"不到", Approx::Under},     {"超过", Approx::Over},      {"多于", Approx::Over},
    {"高于", Approx::Over},      {"大于", Approx::Over},      {"少于", Approx::Under},
    {"低于", Approx::Under},     {"小于", Approx::Under},     {"至少", Approx::AtLeast},
    {"最少", Approx::AtLeast},   {"最多", Approx::AtMost},    {"至多", Approx::AtMost},
    {"将近", Approx::Under},     {"接近", Approx::Under},     {"大约", Approx::About},
    {"约", Approx::About},       {"近", Approx::Under},       {"逾", Approx::Over},
    {"超", Approx::Over},        {kConsecutive, Approx::Exact},
    // Signs of tables and target lists: ≥95%, >90%, ＜5‰ (bounds, as 以上/以下 are: a target's minimum or maximum).
    {"≥", Approx::AtLeast},      {"≤", Approx::AtMost},       {">", Approx::AtLeast},
    {"＞", Approx::AtLeast},     {"<", Approx::AtMost},       {"＜", Approx::AtMost},
};

constexpr Qualifier kTrailingQualifiers[] = {
    {"以上", Approx::AtLeast}, {"以下", Approx::AtMost}, {"以内", Approx::AtMost}, {"左右", Approx::About},
    {"上下", Approx::About},
};

// Measure words (量词) that end a figure. 年, 月, 日 are absent on purpose: after a
// number they date things (2023年11月30日, 2013年以来); 连续*年 is the one exception.
constexpr std::string_view kMeasureWords[] = {
    "人次", "场次", "篇次", "批次", "户次", "件次", "架次", "车次", "班次", "台次", "辆次", "个次", "天次", "个月", "个百分点", "百分点", "平方公里", "平方米",
    "微克/立方米", "毫克/立方米", "毫克/升", "微克", "毫克",
    "个工作日", "工作日", "立方米", "千瓦时", "千瓦", "千克", "公斤", "毫米", "厘米",
    "公里", "千米", "公顷", "小时", "分钟", "课时", "学时", "新台币", "台币", "港币", "美元",
    "港元", "欧元", "日元", "韩元", "澳元", "英镑", "卢布", "泰铢", "元", "圆", "%", "％", "‰",
    "期", "次", "册", "个", "处", "家", "名", "人", "场", "篇", "项", "所", "户", "批", "部",
    "本", "件", "天", "条", "支", "座", "套", "种", "类", "份", "首", "位", "间", "辆", "台",
    "张", "块", "幅", "枚", "棵", "株", "头", "只", "亩", "吨", "米", "倍", "轮", "起", "宗",
    "栋", "幢", "对", "例", "盏", "艘", "架", "根", "眼", "门", "节", "届", "段", "片", "组", "双",
    "斤", "笔", "羽", "尾",
};
constexpr std::string_view kYearWord = "年";

// Set phrases whose numerals count nothing (千家万户 would read as 1000家).
constexpr std::string_view kIdioms[] = {"千家万户", "百家争鸣"};

constexpr std::string_view kPercentWords = "百分之";  // 百分之八 = 8%

bool starts_with_at(std::string_view text, size_t at, std::string_view word) {
  return at <= text.size() && text.size() - at >= word.size() &&
         std::memcmp(text.data() + at, word.data(), word.size()) == 0;
}

bool ends_with_at(std::string_view text, size_t end, std::string_view word) {
  return end >= word.size() && end <= text.size() &&
         std::memcmp(text.data() + end - word.size(), word.data(), word.size()) == 0;
}

constexpr bool is_mask(char32_t c) { return c == U'*' || c == U'＊'; }
bool is_point(char32_t c) { return c == U'.' || c == U'．'; }
bool is_scale(char32_t c) { return c == U'万' || c == U'萬' || c == U'亿' || c == U'億'; }
double scale_of(char32_t c) { return c == U'万' || c == U'萬' ? 1e4 : 1e8; }
bool is_arabic(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

char32_t code_point_before(std::string_view text, size_t end) {
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return decode_code_point(text, start).value;
}

std::string_view normalize_unit(std::string_view unit) {
  if (unit == "圆") return "元";
  if (unit == "％") return "%";
  return unit;
}

// kMeasureWords by their first code point, so that a figure compares its unit with the
// two or three words that begin like it, not with all of them.
struct MeasureWordIndex {
  struct Entry {
    char32_t first;
    std::string_view word;
  };
  std::array<Entry, std::size(kMeasureWords)> entries;

  MeasureWordIndex() {
    for (size_t i = 0; i < entries.size(); ++i)
      entries[i] = {decode_code_point(kMeasureWords[i], 0).value, kMeasureWords[i]};
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.first < b.first; });
  }
};

size_t measure_word_length(std::string_view text, size_t at, bool counts_years) {
  static const MeasureWordIndex index;
  size_t longest = 0;
  // A word can only match where the text starts with its first code point.
  const char32_t first = decode_code_point(text, at).value;
  auto entry = std::lower_bound(
      index.entries.begin(), index.entries.end(), first,
      [](const MeasureWordIndex::Entry& e, char32_t c) { return e.first < c; });
  for (; entry != index.entries.end() && entry->first == first; ++entry)
    if (entry->word.size() > longest && starts_with_at(text, at, entry->word))
      longest = entry->word.size();
  if (longest == 0 && counts_years && starts_with_at(text, at, kYearWord))
    longest = kYearWord.size();
  return longest;
}

}  // namespace

size_t measure_word_at(std::string_view text, size_t at) { return measure_word_length(text, at, false); }

namespace {

// 27万 is rounded to the 万: ± 5000. Chinese numerals and plain digits are exact.
double rounding_of(std::string_view number) {
  double scale = 1;
  size_t end = number.size();
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(number[start]) & 0xC0) == 0x80) --start;
    char32_t c = decode_code_point(number, start).value;
    if (!is_scale(c)) break;
    scale *= scale_of(c);
    end = start;
  }
  if (scale == 1) return 0;
  double last_place = 1;
  bool after_point = false;
  for (size_t offset = 0; offset < end;) {
    CodePoint cp = decode_code_point(number, offset);
    if (is_point(cp.value)) {
      after_point = true;
    } else if (!is_arabic(cp.value) && cp.value != U',' && cp.value != U'，') {
      return 0;
    } else if (after_point) {
      last_place /= 10;
    }
    offset += cp.length;
  }
  return 0.5 * last_place * scale;
}

// The number or `*` placeholder at `at`, then what a figure adds after it: 余/多, a
// scale, the measure word, 角/分 after 元.
struct Body {
  double value = 0;
  double rounding = 0;
  bool masked = false;
  bool over = false;
  std::string_view unit;  // into the text read, or a literal (normalize_unit)
  size_t number_end = 0;
  size_t end = 0;
};

bool take_over(std::string_view text, size_t& pos) {
  if (pos >= text.size()) return false;
  CodePoint cp = decode_code_point(text, pos);
  if (cp.value != U'余' && cp.value != U'多') return false;
  pos += cp.length;
  return true;
}

double take_scale(std::string_view text, size_t& pos) {
  double scale = 1;
  while (pos < text.size()) {
    CodePoint cp = decode_code_point(text, pos);
    if (!is_scale(cp.value)) break;
    scale *= scale_of(cp.value);
    pos += cp.length;
  }
  return scale;
}

// `number_at` is read_number_prefix(text.substr(at)) when the caller has it already.
std::optional<Body> read_body(std::string_view text, size_t at, bool counts_years,
                              bool unit_required, const NumberPrefix* number_at = nullptr) {
  Body body;
  size_t pos = at;
  bool percent_words = starts_with_at(text, at, kPercentWords);
  if (percent_words) pos += kPercentWords.size();
  CodePoint first = decode_code_point(text, pos);
  if (!percent_words && is_mask(first.value)) {
    body.masked = true;
    pos += first.length;
    // *.*: a masked decimal.
    if (pos < text.size()) {
      CodePoint point = decode_code_point(text, pos);
      if (is_point(point.value) && pos + point.length < text.size()) {
        CodePoint second = decode_code_point(text, pos + point.length);
        if (is_mask(second.value)) pos += point.length + second.length;
      }
    }
  } else {
    NumberPrefix number =
        number_at && pos == at ? *number_at : read_number_prefix(text.substr(pos));
    if (number.length == 0) return std::nullopt;
    body.value = number.value;
    body.rounding = rounding_of(text.substr(pos, number.length));
    pos += number.length;
  }
  body.number_end = pos;
  // 三分之一, 四分之三, 千分之五: a share written as a fraction, read as the per cent (or per mille)
  // it is, to a whole per cent (三分之一 agrees with 33.3% and 33%, not with 25%).
  if (!percent_words && !body.masked && pos > at && starts_with_at(text, pos, "分之")) {
    const double denominator = body.value;
    const NumberPrefix numerator = read_number_prefix(text.substr(pos + std::string_view("分之").size()));
    const bool per_mille = text.substr(at, pos - at) == "千";
    if (numerator.length == 0 || numerator.value <= 0 || (!per_mille && (denominator < 2 || denominator > 10)) ||
        (!per_mille && numerator.value >= denominator))
      return std::nullopt;
    pos += std::string_view("分之").size() + numerator.length;
    body.value = per_mille ? numerator.value : 100 * numerator.value / denominator;
    body.rounding = per_mille ? 0 : 0.5;
    body.unit = per_mille ? "‰" : "%";
    body.number_end = body.end = pos;
    return body;
  }
  if (percent_words) {
    body.unit = "%";
    body.end = pos;
    return body;
  }
  // 150余万人次 and *余万册 put the scale after 余; 23.5万余人次 and *万余人 before it.
  body.over = take_over(text, pos);
  if (body.over || body.masked) {
    double scale = take_scale(text, pos);
    body.value *= scale;
    body.rounding *= scale;
  }
  if (!body.over) body.over = take_over(text, pos);

  size_t unit_length = measure_word_length(text, pos, counts_years);
  if (unit_length == 0 && unit_required) return std::nullopt;
  body.unit = normalize_unit(text.substr(pos, unit_length));
  pos += unit_length;
  // 15元/公斤, 1200元/吨, 1.1元/吨/公里: a measure word per others is one unit, a price or a rate.
  // (Only a unit read as written: the view then runs on over the text.)
  if (unit_length > 0 && pos < text.size() && text[pos] == '/' && body.unit.data() == text.data() + pos - unit_length) {
    const size_t unit_start = pos - unit_length;
    while (pos < text.size() && text[pos] == '/') {
      const size_t per = measure_word_length(text, pos + 1, false);
      if (per == 0) break;
      pos += 1 + per;
    }
    if (pos > unit_start + unit_length) {
      body.unit = text.substr(unit_start, pos - unit_start);
      body.end = pos;
      return body;
    }
  }
  if (body.unit == "元") {
    NumberPrefix coins = read_yuan_fraction(text.substr(pos));
    body.value += coins.value;
    pos += coins.length;
  }
  body.end = pos;
  return body;
}

// Words that end in a qualifier but qualify nothing: 最近3个月 is a period, not 近.
// 签约3个, 节约2万元, 预约50人次: 约 is part of a verb there, not 约 "about".
constexpr std::string_view kNotQualifiers[] = {"最近", "附近", "临近", "邻近", "靠近", "就近", "赶超",
                                               "签约", "节约", "制约", "预约", "履约", "违约", "合约",
                                               "公约", "特约", "相约", "集约", "缔约", "践约", "邀约",
                                               "解约", "守约", "失约", "毁约", "契约"};

// Whether `c` is the last code point of a word of kLeadingQualifiers or kNotQualifiers.
bool ends_a_qualifier(char32_t c) {
  static const std::vector<char32_t> lasts = [] {
    std::vector<char32_t> out;
    for (std::string_view word : kNotQualifiers)
      out.push_back(code_point_before(word, word.size()));
    for (const Qualifier& q : kLeadingQualifiers)
      out.push_back(code_point_before(q.word, q.word.size()));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return std::binary_search(lasts.begin(), lasts.end(), c);
}

// `previous` is code_point_before(text, at). A word that ends at `at` ends in that code
// point; where no qualifier ends in it, none can end there and the words go unchecked.
const Qualifier* leading_qualifier_before(std::string_view text, size_t at, char32_t previous) {
  if (!ends_a_qualifier(previous)) return nullptr;
  for (std::string_view word : kNotQualifiers)
    if (ends_with_at(text, at, word)) return nullptr;
  for (const Qualifier& q : kLeadingQualifiers)
    if (ends_with_at(text, at, q.word)) return &q;
  return nullptr;
}

const Qualifier* leading_qualifier_at(std::string_view text, size_t at) {
  for (const Qualifier& q : kLeadingQualifiers)
    if (starts_with_at(text, at, q.word)) return &q;
  return nullptr;
}

const Qualifier* trailing_qualifier_at(std::string_view text, size_t at) {
  for (const Qualifier& q : kTrailingQualifiers)
    if (starts_with_at(text, at, q.word)) return &q;
  return nullptr;
}

// A figure as the scan finds it: what a Quantity holds before its strings are copied out
// of the text (find_quantities copies them once, into a vector of the final size).
struct Found {
  double value = 0;
  double rounding = 0;
  bool masked = false;
  Approx approx = Approx::Exact;
  std::string_view unit;  // into the text read, or a literal (normalize_unit)
  size_t offset = 0;
  size_t length = 0;
};

// Builds the figure from its leading qualifier (may be null), body and trailing words.
Found make_found(std::string_view text, size_t begin, const Qualifier* leading, const Body& body) {
  Found f;
  f.value = body.value;
  f.rounding = body.rounding;
  f.masked = body.masked;
  f.unit = body.unit;
  f.approx = leading ? leading->approx : Approx::Exact;
  if (body.over) f.approx = Approx::Over;
  size_t end = body.end;
  if (f.approx == Approx::Exact) {
    if (const Qualifier* trailing = trailing_qualifier_at(text, end)) {
      f.approx = trailing->approx;
      end += trailing->word.size();
    }
  }
  f.offset = begin;
  f.length = end - begin;
  return f;
}

// Fills `q` (a default one) with `f`, its text copied from `text`.
void fill_quantity(std::string_view text, const Found& f, Quantity& q) {
  q.value = f.value;
  q.rounding = f.rounding;
  q.masked = f.masked;
  q.approx = f.approx;
  q.unit = std::string(f.unit);  // built, then moved in: cheaper than assigning into the empty string
  q.offset = f.offset;
  q.length = f.length;
  q.text = std::string(text.substr(f.offset, f.length));
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view kSpaces[] = {" ", "\t", "\r", "\n", "\u3000"};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view space : kSpaces) {
      if (starts_with_at(text, 0, space)) {
        text.remove_prefix(space.size());
        trimmed = true;
      }
      if (ends_with_at(text, text.size(), space)) {
        text.remove_suffix(space.size());
        trimmed = true;
      }
    }
  }
  return text;
}

enum class QuoteMark { None, Opens, Closes, Straight, LineEnd };

constexpr QuoteMark quote_mark(char32_t c) {
  switch (c) {
    case U'“': case U'《': case U'「': case U'『': case U'‘': case U'〈': return QuoteMark::Opens;
    case U'”': case U'》': case U'」': case U'』': case U'’': case U'〉': return QuoteMark::Closes;
    case U'"': return QuoteMark::Straight;
    case U'\n': return QuoteMark::LineEnd;
    default: return QuoteMark::None;
  }
}

// Quoted names and book titles (“三个离不开”, 《…》) hold numbers that count nothing.
// A quote that is never closed ends with its line.
class QuoteTracker {
 public:
  void see(char32_t c) {
    switch (quote_mark(c)) {
      case QuoteMark::Opens: ++depth_; break;
      case QuoteMark::Closes:
        if (depth_ > 0) --depth_;
        break;
      case QuoteMark::Straight: ascii_open_ = !ascii_open_; break;
      case QuoteMark::LineEnd: depth_ = 0; ascii_open_ = false; break;
      case QuoteMark::None: break;
    }
  }
  bool inside() const { return depth_ > 0 || ascii_open_; }

 private:
  int depth_ = 0;
  bool ascii_open_ = false;
};

bool starts_figure(char32_t c) { return is_numeral_char(c) || is_mask(c); }

// The code points the scan of find_quantities stops at: those that may start a figure or
// move a quote. All lie in the Basic Multilingual Plane; one bit each, built once at start-up
// (not constexpr: clang's constant evaluator gives up after 65,536 code points).
struct ScanStops {
  uint64_t words[0x10000 / 64] = {};
  ScanStops() {
    for (char32_t c = 0; c < 0x10000; ++c)
      if (is_numeral_char(c) || is_mask_mark(c) || quote_mark(c) != QuoteMark::None)
        words[c / 64] |= uint64_t{1} << (c % 64);
  }
  bool contains(char32_t c) const { return c < 0x10000 && (words[c / 64] >> (c % 64) & 1); }
};
const ScanStops kScanStops;

// The scan's hot path: past the CJK ideographs from `pos` on that are no stop, without
// the general decoder. An ideograph U+4000–U+9FFF is E4–E9 and two continuation bytes,
// always valid UTF-8; its bit in kScanStops is word (lead & 0x0F, byte 2 & 0x3F), bit
// (byte 3 & 0x3F).
size_t skip_plain_ideographs(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  if (text.size() < 3) return pos;
  const size_t last = text.size() - 3;  // the last byte a three-byte character can start at
  while (pos <= last) {
    const unsigned lead = bytes[pos];
    if (lead - 0xE4u > 0xE9u - 0xE4u) break;
    const unsigned second = bytes[pos + 1] ^ 0x80u, third = bytes[pos + 2] ^ 0x80u;  // 0–3F when continuation bytes
    if ((second | third) > 0x3Fu) break;
    if (kScanStops.words[(lead & 0x0F) << 6 | second] >> third & 1) break;
    pos += 3;
  }
  return pos;
}

// 3-5个, 3至5个, 三到五个, 1.5亿-2亿元, 3-5万元: a range written as its two ends before one
// measure word is one figure, any value between its ends (its value the middle, its rounding
// half the width), so that 建设3-5个示范点 states no figure 5 and agrees with 4个. The low end
// takes the high end's scale when it has none (3-5万元 is 30000 to 50000). Not a range: an
// ordinal (第3-5名), a low end that is not below the high one, a change (由3个增加至5个: 至
// after a verb, not a number).
constexpr std::string_view kRangeMarks[] = {"-", "－", "−", "~", "～", "—", "至", "到"};

// Returns false when the range is an ordinal one (第3-5名): then it is no figure at all.
bool widen_to_range(std::string_view text, size_t number_at, const Body& high, Found& q) {
  // Where a mark ends at `number_at`, the code point before it is the mark's last (its
  // only one): most figures have none of them before, and are passed at once.
  static const std::array<char32_t, std::size(kRangeMarks)> kLasts = [] {
    std::array<char32_t, std::size(kRangeMarks)> lasts{};
    for (size_t i = 0; i < lasts.size(); ++i) lasts[i] = code_point_before(kRangeMarks[i], kRangeMarks[i].size());
    return lasts;
  }();
  if (std::find(kLasts.begin(), kLasts.end(), code_point_before(text, number_at)) == kLasts.end()) return true;
  for (std::string_view mark : kRangeMarks) {
    if (!ends_with_at(text, number_at, mark)) continue;
    const size_t low_end = number_at - mark.size();
    size_t low_begin = low_end;
    while (low_begin > 0) {
      const char32_t c = code_point_before(text, low_begin);
      if (!is_numeral_char(c) && !is_point(c)) break;
      do --low_begin;
      while (low_begin > 0 && (static_cast<unsigned char>(text[low_begin]) & 0xC0) == 0x80);
    }
    if (low_begin == low_end) return true;
    if (ends_with_at(text, low_begin, "第")) return false;
    const std::string_view low_text = text.substr(low_begin, low_end - low_begin);
    const NumberPrefix low = read_number_prefix(low_text);
    if (low.length != low_text.size()) return true;
    double low_value = low.value;
    const char32_t low_last = code_point_before(low_text, low_text.size());
    const char32_t high_last = code_point_before(text, high.number_end);
    if (!is_scale(low_last) && is_scale(high_last)) low_value *= scale_of(high_last);
    if (!(low_value < high.value)) return true;
    q.rounding = (high.value - low_value) / 2 + high.rounding;
    q.value = (high.value + low_value) / 2;
    q.length += q.offset - low_begin;
    q.offset = low_begin;
    return true;
  }
  return true;
}

// True when `c` at this point continues a number already under way (the 361 of 1361).
bool continues_number(char32_t previous, char32_t c) {
  if (is_mask(c)) return is_mask(previous);
  return is_numeral_char(previous) || is_point(previous) || is_mask(previous);
}

struct Range {
  double low, high;
};

// The values a figure allows. 近/不到 mean a little less: within 10% below.
Range range_of(const Quantity& q) {
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  const double v = q.value, r = q.rounding;
  switch (q.approx) {
    case Approx::Over:
    case Approx::AtLeast: return {v - r, kInfinity};
    case Approx::AtMost: return {-kInfinity, v + r};
    case Approx::Under: return {v * 0.9 - r, v + r};
    case Approx::About: return {v * 0.9 - r, v * 1.1 + r};
    case Approx::Exact: break;
  }
  return {v - r, v + r};
}

// Whether a session's number and 次 (or 中, of a plenary) then 会议, 全会 or 大会 start at `at`,
// after a 人大 or 政协 the term belongs to: 二次会议, 人大一次会议, 四中全会.
bool names_a_session(std::string_view text, size_t at) {
  for (std::string_view body : {"人大", "政协"})
    if (starts_with_at(text, at, body)) at += body.size();
  const NumberPrefix number = read_number_prefix(text.substr(at));
  if (number.length == 0) return false;
  at += number.length;
  if (!starts_with_at(text, at, "次") && !starts_with_at(text, at, "中")) return false;
  at += std::string_view("次").size();
  return starts_with_at(text, at, "会议") || starts_with_at(text, at, "全会") || starts_with_at(text, at, "大会");
}

// 一类水质, 劣四类, 优良（一、二类）: a class written in Chinese numerals names the class (of
// water, of sea water, of a road), it counts none. A class is named when the words go on
// right after it, when 劣 (worse than) stands before it, or when it ends a list of classes
// (一、二类). 分为三类。 and 3类 count kinds.
bool names_a_class(std::string_view text, size_t pos, char32_t first, const Body& body) {
  if (body.unit != "类" || (first >= U'0' && first <= U'9') || (first >= U'０' && first <= U'９'))
    return false;
  if (body.end < text.size() && is_ideograph(decode_code_point(text, body.end).value)) return true;
  const char32_t before = code_point_before(text, pos);
  if (before == U'劣') return true;
  if (before != U'、') return false;
  const size_t comma = pos - std::string_view("、").size();
  return comma > 0 && is_numeral_char(code_point_before(text, comma));
}

// 前4个月增长11.6%，前5个月增长12%: the first months (or quarters, years, weeks, days) of a time
// are a period, not a count. 提前3个月完成 (three months early) still counts its months.
bool names_a_period(std::string_view text, size_t pos, const Body& body) {
  if (!ends_with_at(text, pos, "前") || ends_with_at(text, pos, "提前")) return false;
  for (std::string_view unit : {"个月", "月", "个季度", "季度", "年", "周", "天", "日"})
    if (body.unit == unit) return true;
  return body.unit == "个" && (starts_with_at(text, body.end, "季度") || starts_with_at(text, body.end, "月"));  // 前两个季度
}

// Whether the number at `pos` with its measure word names a thing rather than counting:
// a phase of a work, a term's session, a class, the first months of a time.
bool names_not_a_count(std::string_view text, size_t pos, char32_t first, const Body& body) {
  if (body.masked) return false;
  // 环卫二期工程, 生态基础工程三期: a phase of a work names it, it counts no sessions (培训三期).
  if (body.unit == "期" && (starts_with_at(text, body.end, "工程") || starts_with_at(text, body.end, "项目") ||
                            ends_with_at(text, pos, "工程") || ends_with_at(text, pos, "项目")))
    return true;
  // 政协十二届二次会议, 十四届人大一次会议, 十九届四中全会: a term and its session name a meeting,
  // they count none (召开3次会议, 连任三届 do).
  if (body.unit == "届" && names_a_session(text, body.end)) return true;
  if (body.unit == "次" &&
      (ends_with_at(text, pos, "届") || ends_with_at(text, pos, "届人大") || ends_with_at(text, pos, "届政协")) &&
      names_a_session(text, pos))
    return true;
  return names_a_class(text, pos, first, body) || names_a_period(text, pos, body);
}

}  // namespace

std::optional<Quantity> read_quantity(std::string_view text) {
  text = trim(text);
  const Qualifier* leading = leading_qualifier_at(text, 0);
  size_t at = leading ? leading->word.size() : 0;
  bool consecutive = leading && leading->word == kConsecutive;
  auto body = read_body(text, at, consecutive, /*unit_required=*/false);
  // A bare `*` could stand for anything; only its measure word makes it a figure.
  if (!body || (body->masked && body->unit.empty())) return std::nullopt;
  const Found f = make_found(text, 0, leading, *body);
  if (f.length != text.size()) return std::nullopt;
  Quantity q;
  fill_quantity(text, f, q);
  return q;
}

std::vector<Quantity> find_quantities(std::string_view text, bool with_metrics) {
  return find_quantities(text, find_masks(text), with_metrics);
}

std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Mask>& masks, bool with_metrics) {
  // The scan finds the figures as views of the text; each becomes a Quantity, its strings
  // copied once, in a vector of the final size (the result may be kept: no spare room).
  std::vector<Found> found;
  QuoteTracker quotes;
  size_t next_mask = 0;
  for (size_t pos = 0; pos < text.size();) {
    // Most code points neither move a quote nor start a figure: nothing to see.
    pos = skip_plain_ideographs(text, pos);
    if (pos == text.size()) break;
    CodePoint cp = decode_code_point(text, pos);
    const bool stop = kScanStops.contains(cp.value);
    if (stop) quotes.see(cp.value);
    // A masked figure (x名, ××万元, 4X件, a form's blank （  ）万元) is one wherever it
    // stands, quoted or not.
    while (next_mask < masks.size() && (!masks[next_mask].figure || masks[next_mask].figure_offset < pos))
      ++next_mask;
    if (next_mask < masks.size() && masks[next_mask].figure_offset == pos) {
      const Mask& mask = masks[next_mask++];
      Body body;
      body.masked = true;
      body.over = mask.over;
      body.unit = mask.unit;
      body.number_end = body.end = mask.figure_end;
      const Qualifier* leading = leading_qualifier_before(text, pos, code_point_before(text, pos));
      found.push_back(make_found(text, leading ? pos - leading->word.size() : pos, leading, body));
      pos = found.back().offset + found.back().length;
      continue;
    }
    if (!stop) {
      pos += cp.length;
      continue;
    }
    if (is_mask_mark(cp.value)) {  // a mark that is no figure's: a masked word, or no mask
      pos += cp.length;
      continue;
    }
    if (quotes.inside() || !starts_figure(cp.value)) {
      pos += cp.length;
      continue;
    }
    const char32_t previous = code_point_before(text, pos);
    if (continues_number(previous, cp.value)) {
      pos += cp.length;
      continue;
    }
    size_t idiom_length = 0;
    for (std::string_view idiom : kIdioms)
      if (starts_with_at(text, pos, idiom)) idiom_length = idiom.size();
    if (idiom_length) {
      pos += idiom_length;
      continue;
    }
    // Past a number that is no figure, so that its tail (the 三 of 第十三次) is not read again.
    const NumberPrefix number = read_number_prefix(text.substr(pos));
    size_t number_length = std::max(number.length, cp.length);
    if (ends_with_at(text, pos, "第")) {  // ordinals: 第十三次, 第九次
      pos += number_length;
      continue;
    }
    const Qualifier* leading = leading_qualifier_before(text, pos, previous);
    bool consecutive = leading && leading->word == kConsecutive;
    auto body = read_body(text, pos, consecutive, /*unit_required=*/true, &number);
    // A lone 一 is the article of 一批, 一首歌, 一家亲, not a count.
    bool article = body && !body->masked && !body->over && !leading &&
                   text.substr(pos, body->number_end - pos) == "一";
    if (!body || article || names_not_a_count(text, pos, cp.value, *body)) {
      pos += number_length;
      continue;
    }
    size_t begin = leading ? pos - leading->word.size() : pos;
    found.push_back(make_found(text, begin, leading, *body));
    if (!leading && !body->masked && !widen_to_range(text, pos, *body, found.back())) {
      pos = found.back().offset + found.back().length;
      found.pop_back();
      continue;
    }
    pos = found.back().offset + found.back().length;
  }
  std::vector<Quantity> quantities(found.size());
  size_t previous_end = 0;  // a masked figure ends a subject too
  for (size_t i = 0; i < found.size(); ++i) {
    Quantity& q = quantities[i];
    fill_quantity(text, found[i], q);
    const std::string_view subject = figure_subject(text, q.offset, previous_end);
    q.subject = std::string(subject);
    previous_end = q.offset + q.length;
  }
  if (with_metrics) describe_metrics(text, quantities);
  return quantities;
}

namespace {

// Marks that end the words a figure is stated of.
constexpr bool ends_subject(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'！': case U'？':
    case U'（': case U'）': case U'“': case U'”': case U'《': case U'》': case U'　':
    case U',': case U'.': case U';': case U':': case U'(': case U')': case U'!': case U'?': case U' ':
      return true;
    default:
      return false;
  }
}

constexpr bool no_ideograph_ends_subject() {
  for (char32_t c = 0x4000; c <= 0x9FFF; ++c)
    if (ends_subject(c)) return false;
  return true;
}
static_assert(no_ideograph_ends_subject(), "figure_subject passes over U+4000-U+9FFF unread");

}  // namespace

std::string_view figure_subject(std::string_view text, size_t offset, size_t from) {
  offset = std::min(offset, text.size());
  if (from >= offset) return {};
  // Back from the figure to the last mark: one pass over the subject, not one per mark.
  size_t start = offset;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (start > from) {
    // A CJK ideograph (U+4000–U+9FFF: E4–E9 and two continuation bytes) is never a mark;
    // the general step below would take it the same way, only slower. A run of them in a
    // loop of its own, the continuation bytes tested in one comparison.
    while (start - from >= 3 && bytes[start - 3] - 0xE4u <= 0xE9u - 0xE4u &&
           ((bytes[start - 2] ^ 0x80u) | (bytes[start - 1] ^ 0x80u)) <= 0x3Fu)
      start -= 3;
    if (start == from) break;
    size_t lead = start - 1;
    while (lead > from && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    if (ends_subject(decode_code_point(text, lead).value)) break;
    start = lead;
  }
  std::string_view subject = text.substr(start, offset - start);
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };  // Lua's %s
  while (!subject.empty() && space(subject.front())) subject.remove_prefix(1);
  while (!subject.empty() && space(subject.back())) subject.remove_suffix(1);
  return subject;
}

bool quantities_agree(const Quantity& a, const Quantity& b) {
  if (a.masked || b.masked) return false;  // a placeholder states nothing
  if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) return false;
  Range ra = range_of(a), rb = range_of(b);
  double gap = std::max(ra.low, rb.low) - std::min(ra.high, rb.high);
  if (gap < 0) return true;
  // Ranges that only touch agree when one is a single value (270000 and 超过27万);
  // two rounded figures that touch (30万 and 31万) are different figures.
  double tolerance = 1e-9 * std::max({1.0, std::fabs(a.value), std::fabs(b.value)});
  bool single_value = ra.low == ra.high || rb.low == rb.high;
  return single_value && gap <= tolerance;
}

}  // namespace plancheck
