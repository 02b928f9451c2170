#include "numerals.h"

#include <limits>
#include <new>
#include <vector>

namespace plancheck {

CodePoint decode_other_code_point(std::string_view text, size_t offset) {
  constexpr CodePoint kInvalid{0xFFFD, 1};
  if (offset >= text.size()) return kInvalid;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + offset;
  const size_t left = text.size() - offset;
  const unsigned lead = s[0];
  if (lead < 0x80) return {lead, 1};
  auto continuation = [](unsigned char b) { return (b & 0xC0) == 0x80; };
  if (lead < 0xC2 || lead > 0xF4) return kInvalid;
  if (lead < 0xE0) {
    if (left < 2 || !continuation(s[1])) return kInvalid;
    return {char32_t((lead & 0x1F) << 6 | (s[1] & 0x3F)), 2};
  }
  if (lead < 0xF0) {
    if (left < 3 || !continuation(s[1]) || !continuation(s[2])) return kInvalid;
    if (lead == 0xED && s[1] > 0x9F) return kInvalid;  // surrogates
    char32_t value = (lead & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    if (value < 0x800) return kInvalid;
    return {value, 3};
  }
  if (left < 4 || !continuation(s[1]) || !continuation(s[2]) || !continuation(s[3]))
    return kInvalid;
  if ((lead == 0xF0 && s[1] < 0x90) || (lead == 0xF4 && s[1] > 0x8F)) return kInvalid;
  return {char32_t((lead & 0x07) << 18 | (s[1] & 0x3F) << 12 | (s[2] & 0x3F) << 6 |
                   (s[3] & 0x3F)),
          4};
}

namespace {

enum class Kind { Digit, Unit, Scale, Point, Minus, Separator, Other };

struct Token {
  Kind kind = Kind::Other;
  int digit = 0;          // Digit
  double multiplier = 0;  // Unit (10, 100, 1000) and Scale (1e4, 1e8)
  bool arabic = false;    // Digit written 0-9 or ０-９
  bool digit_only = false;  // 幺: a digit in phone-number style sequences only
  bool no_sequence = false; // 两: never read digit by digit (两两 is no number)
  size_t offset = 0, end = 0;  // bytes in the text read
};

Token classify(char32_t c) {
  auto digit = [](int d) { Token t; t.kind = Kind::Digit; t.digit = d; return t; };
  auto unit = [](Kind k, double m) { Token t; t.kind = k; t.multiplier = m; return t; };
  if (c >= U'0' && c <= U'9') { Token t = digit(int(c - U'0')); t.arabic = true; return t; }
  if (c >= U'０' && c <= U'９') { Token t = digit(int(c - U'０')); t.arabic = true; return t; }
  switch (c) {
    case U'零': case U'〇': return digit(0);
    case U'一': case U'壹': return digit(1);
    case U'幺': { Token t = digit(1); t.digit_only = true; return t; }
    case U'二': case U'贰': case U'貳': return digit(2);
    case U'两': case U'兩': { Token t = digit(2); t.no_sequence = true; return t; }
    case U'三': case U'叁': case U'參': case U'叄': return digit(3);
    case U'四': case U'肆': return digit(4);
    case U'五': case U'伍': return digit(5);
    case U'六': case U'陆': case U'陸': return digit(6);
    case U'七': case U'柒': return digit(7);
    case U'八': case U'捌': return digit(8);
    case U'九': case U'玖': return digit(9);
    case U'十': case U'拾': return unit(Kind::Unit, 10);
    case U'百': case U'佰': return unit(Kind::Unit, 100);
    case U'千': case U'仟': return unit(Kind::Unit, 1000);
    case U'万': case U'萬': return unit(Kind::Scale, 1e4);
    case U'亿': case U'億': return unit(Kind::Scale, 1e8);
    case U'点': case U'.': case U'．': return unit(Kind::Point, 0);
    case U'负': case U'-': case U'－': return unit(Kind::Minus, 0);
    case U',': case U'，': return unit(Kind::Separator, 0);
    default: return Token{};
  }
}

bool is_arabic_digit(const Token& t) { return t.kind == Kind::Digit && t.arabic; }

// The tokens of one numeral run. Runs in running text are short, and the figure reader
// reads one per candidate number: they stay on the stack up to kInline tokens.
class TokenRun {
 public:
  TokenRun() = default;
  TokenRun(const TokenRun&) = delete;
  TokenRun& operator=(const TokenRun&) = delete;

  void push_back(const Token& t) {
    if (size_ < kInline) {
      new (inline_ + size_ * sizeof(Token)) Token(t);
    } else {
      if (size_ == kInline) heap_.assign(data(), data() + kInline);
      heap_.push_back(t);
    }
    ++size_;
  }
  const Token* data() const {
    return size_ <= kInline ? std::launder(reinterpret_cast<const Token*>(inline_)) : heap_.data();
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Token& back() const { return data()[size_ - 1]; }

 private:
  static constexpr size_t kInline = 32;
  // Raw storage: a Token array would initialise all kInline tokens on every read.
  alignas(Token) unsigned char inline_[kInline * sizeof(Token)];
  size_t size_ = 0;
  std::vector<Token> heap_;  // every token, once the run outgrows inline_
};

// Tokens of the numeral run at the start of `text`; stops at the first code point
// that cannot be part of a number. 廿 reads as 二十: two tokens over the same bytes.
void tokenize_run(std::string_view text, bool whole_text, TokenRun& tokens) {
  size_t offset = 0;
  while (offset < text.size()) {
    CodePoint cp = decode_code_point(text, offset);
    size_t end = offset + cp.length;
    if (cp.value == U'廿') {
      Token two = classify(U'二'), ten = classify(U'十');
      two.offset = ten.offset = offset;
      two.end = ten.end = end;
      tokens.push_back(two);
      tokens.push_back(ten);
    } else {
      Token t = classify(cp.value);
      if (t.kind == Kind::Other && !whole_text) break;
      // A comma only groups thousands between Arabic digits (82，225); elsewhere it
      // ends the number, as in 9个，自治区级60个.
      if (t.kind == Kind::Separator && !whole_text &&
          (tokens.empty() || !is_arabic_digit(tokens.back()) || end >= text.size() ||
           !is_arabic_digit(classify(decode_code_point(text, end).value))))
        break;
      t.offset = offset;
      t.end = end;
      tokens.push_back(t);
    }
    offset = end;
  }
}

// A view of consecutive tokens: reading a part of a run copies nothing.
struct Span {
  const Token* first = nullptr;
  size_t count = 0;

  Span() = default;
  Span(const Token* f, size_t n) : first(f), count(n) {}
  explicit Span(const TokenRun& run) : first(run.data()), count(run.size()) {}
  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  const Token& operator[](size_t i) const { return first[i]; }
  const Token& front() const { return first[0]; }
  const Token* begin() const { return first; }
  const Token* end() const { return first + count; }
  Span sub(size_t from, size_t to) const { return {first + from, to - from}; }
};
constexpr double kNoUnit = std::numeric_limits<double>::infinity();

// 233,333，333,434: groups of three after the first, or no separators at all.
std::optional<double> read_arabic_run(Span run) {
  double value = 0;
  int group = 0;
  bool grouped = false;
  for (const Token& t : run) {
    if (t.kind == Kind::Separator) {
      if (group == 0 || group > 3 || (grouped && group != 3)) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    value = value * 10 + t.digit;
    ++group;
  }
  if (group == 0 || (grouped && group != 3)) return std::nullopt;
  return value;
}

// 一七二零 → 1720, 二〇二三 → 2023: digits read one by one (a single digit reads as itself).
std::optional<double> read_chinese_sequence(Span run) {
  double value = 0;
  for (const Token& t : run) {
    if (t.kind != Kind::Digit || t.arabic || (t.no_sequence && run.size() > 1))
      return std::nullopt;
    value = value * 10 + t.digit;
  }
  return run.empty() ? std::nullopt : std::optional<double>(value);
}

// Numbers with units: 一千零一万一千零一, 三万五, 两千六, 1百01, 200亿零四千230, 3千万亿.
// Arabic runs count as one literal (100万, 1万600).
std::optional<double> read_positional(Span tokens) {
  double below_yi_closed = 0;  // everything already multiplied by 亿
  double wan_closed = 0;       // within the current 亿 group, parts multiplied by 万
  double section = 0;          // the part below 万 being read
  bool has_pending = false;  // a digit or Arabic literal not yet given a unit
  double pending = 0;
  bool pending_arabic = false;
  bool pending_follows_unit = false;  // 三万五: the digit right after a unit
  double last_unit = kNoUnit;         // units in a section must fall: 千 > 百 > 十
  double last_multiplier = 0;
  bool zero_gap = false, previous_bare = false, seen_wan = false, seen_yi = false;

  for (size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    if (t.kind == Kind::Digit) {
      if (has_pending || t.digit_only) return std::nullopt;
      double literal = t.digit;
      bool arabic = t.arabic;
      size_t next = i + 1;
      if (arabic) {
        while (next < tokens.size() &&
               (is_arabic_digit(tokens[next]) || tokens[next].kind == Kind::Separator))
          ++next;
        auto run = read_arabic_run(tokens.sub(i, next));
        if (!run) return std::nullopt;
        literal = *run;
      } else if (literal == 0) {
        // 零 marks a gap (一千零一); a leading, doubled or trailing 零 is no number.
        if (i == 0 || zero_gap || next == tokens.size()) return std::nullopt;
        zero_gap = true;
        i = next;
        continue;
      }
      pending = literal;
      has_pending = true;
      pending_arabic = arabic;
      pending_follows_unit = i > 0 && !zero_gap && tokens[i - 1].kind != Kind::Digit;
      i = next;
      continue;
    }
    if (t.kind == Kind::Unit) {
      if (t.multiplier >= last_unit) return std::nullopt;
      double count = 1;
      bool bare = !has_pending;
      if (has_pending) {
        if (pending == 0 || pending >= 10) return std::nullopt;
        count = pending;
      } else {
        // 十 may stand alone (十一, 一百十一); 百/千 only at the start (百场) or after
        // 零 (一万零百一十一), never two bare units in a row (百十一).
        bool allowed = t.multiplier == 10 || i == 0 || zero_gap;
        if (!allowed || previous_bare) return std::nullopt;
      }
      section += count * t.multiplier;
      last_unit = last_multiplier = t.multiplier;
      has_pending = false;
      zero_gap = false;
      previous_bare = bare;
      ++i;
      continue;
    }
    if (t.kind == Kind::Scale) {
      double group = section + (has_pending ? pending : 0);
      if (zero_gap && !has_pending) return std::nullopt;
      if (t.multiplier == 1e4) {
        if (seen_wan || group == 0) return std::nullopt;
        wan_closed = group * 1e4;
        seen_wan = true;
      } else {
        if (seen_yi || wan_closed + group == 0) return std::nullopt;
        below_yi_closed = (wan_closed + group) * 1e8;
        wan_closed = 0;
        seen_wan = false;
        seen_yi = true;
      }
      section = 0;
      has_pending = false;
      last_unit = kNoUnit;
      last_multiplier = t.multiplier;
      zero_gap = previous_bare = false;
      ++i;
      continue;
    }
    return std::nullopt;
  }
  if (has_pending) {
    if (!pending_arabic && pending_follows_unit) {
      section += pending * last_multiplier / 10;  // 一百二 = 120, 三万五 = 35000
    } else {
      if (pending >= last_multiplier && last_multiplier > 0) return std::nullopt;
      section += pending;
    }
  }
  return below_yi_closed + wan_closed + section;
}

std::optional<double> read_integer(Span tokens) {
  if (tokens.empty()) return std::nullopt;
  bool has_units = false, all_arabic = true;
  for (const Token& t : tokens) {
    if (t.kind == Kind::Unit || t.kind == Kind::Scale) has_units = true;
    if (!is_arabic_digit(t) && t.kind != Kind::Separator) all_arabic = false;
  }
  if (has_units) return read_positional(tokens);
  if (all_arabic) return read_arabic_run(tokens);
  return read_chinese_sequence(tokens);
}

// [负] integer [点 digits [万|亿]...]: 零点五, 10.1万, 一百点123, -10.1.
std::optional<double> read_tokens(Span tokens) {
  double sign = 1;
  if (!tokens.empty() && tokens.front().kind == Kind::Minus) {
    sign = -1;
    tokens = tokens.sub(1, tokens.size());
  }
  size_t point = 0;
  while (point < tokens.size() && tokens[point].kind != Kind::Point) ++point;
  if (point == tokens.size()) {
    auto value = read_integer(tokens);
    return value ? std::optional<double>(sign * *value) : std::nullopt;
  }
  auto whole = read_integer(tokens.sub(0, point));
  if (!whole) return std::nullopt;
  size_t i = point + 1;
  double fraction = 0, place = 1;
  for (; i < tokens.size() && tokens[i].kind == Kind::Digit && !tokens[i].no_sequence; ++i) {
    place /= 10;
    fraction += tokens[i].digit * place;
  }
  if (i == point + 1) return std::nullopt;
  double scale = 1, last_scale = 0;
  for (; i < tokens.size(); ++i) {
    // Only a rising run of scales may follow a decimal: 16.4亿, 3.5万亿 (not 10.1万零100).
    if (tokens[i].kind != Kind::Scale || tokens[i].multiplier <= last_scale) return std::nullopt;
    last_scale = tokens[i].multiplier;
    scale *= tokens[i].multiplier;
  }
  return sign * (*whole + fraction) * scale;
}

bool is_yuan(char32_t c) { return c == U'元' || c == U'圆'; }

}  // namespace

NumberPrefix read_yuan_fraction(std::string_view text) {
  CodePoint first = decode_code_point(text, 0);
  if (!text.empty() && (first.value == U'整' || first.value == U'正')) return {0, first.length};
  NumberPrefix result;
  size_t offset = 0;
  // Each part is one digit and its coin: 角 (毛) is a tenth, 分 a hundredth.
  struct Coin { char32_t name, alternative; double worth; };
  for (const Coin& coin : {Coin{U'角', U'毛', 0.1}, Coin{U'分', U'分', 0.01}}) {
    if (offset >= text.size()) break;
    CodePoint digit = decode_code_point(text, offset);
    Token t = classify(digit.value);
    if (t.kind != Kind::Digit || offset + digit.length >= text.size()) break;
    CodePoint unit = decode_code_point(text, offset + digit.length);
    if (unit.value != coin.name && unit.value != coin.alternative) continue;
    result.value += t.digit * coin.worth;
    offset += digit.length + unit.length;
    result.length = offset;
  }
  return result;
}

std::optional<double> read_number(std::string_view text) {
  // 壹拾壹元整, 壹佰捌拾壹圆柒角: cheque wording, the number before 元 plus its coins.
  for (size_t offset = 0; offset < text.size();) {
    CodePoint cp = decode_code_point(text, offset);
    if (is_yuan(cp.value)) {
      std::string_view tail = text.substr(offset + cp.length);
      NumberPrefix coins = read_yuan_fraction(tail);
      if (coins.length != tail.size()) return std::nullopt;
      TokenRun tokens;
      tokenize_run(text.substr(0, offset), true, tokens);
      auto whole = read_tokens(Span(tokens));
      return whole ? std::optional<double>(*whole + coins.value) : std::nullopt;
    }
    offset += cp.length;
  }
  TokenRun tokens;
  tokenize_run(text, true, tokens);
  return read_tokens(Span(tokens));
}

std::optional<int> read_digit_sequence(std::string_view text) {
  TokenRun run;
  tokenize_run(text, true, run);
  Span tokens(run);
  if (tokens.empty() || tokens.size() > 9) return std::nullopt;
  bool arabic = tokens.front().arabic;
  int value = 0;
  for (const Token& t : tokens) {
    if (t.kind != Kind::Digit || t.arabic != arabic || t.no_sequence) return std::nullopt;
    value = value * 10 + t.digit;
  }
  return value;
}

NumberPrefix read_number_prefix(std::string_view text) {
  TokenRun run;
  tokenize_run(text, false, run);
  Span tokens(run);
  for (size_t count = tokens.size(); count > 0; --count) {
    // Never cut inside one code point (廿 is two tokens).
    if (count < tokens.size() && tokens[count].offset < tokens[count - 1].end) continue;
    if (auto value = read_tokens(tokens.sub(0, count)))
      return {*value, tokens[count - 1].end};
  }
  return {};
}

}  // namespace plancheck
