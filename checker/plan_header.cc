// The header of a published plan, read as a grammar of the genre rather than of one
// document: see plan_header.h for what it returns.
//
// Each line is looked at in three spellings:
// - `written`: as in the document, spaces removed (国发 〔2011〕 35 号 → 国发〔2011〕35号); the
//   document number is kept in this form, traditional characters and all;
// - `plain`: `written` without the pinyin a mirror site inserts after a character (發(fā));
// - `folded`: `plain` with traditional characters folded to simplified ones by OpenCC
//   (號 → 号) and full-width digits to ASCII, one code point for one, so an
//   index into `folded` is an index into `plain`.
#include "plan_header.h"

#include <algorithm>
#include <ctime>
#include <functional>
#include <optional>

#include "chinese_variants.h"
#include "numerals.h"

namespace plancheck {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0xA0 || c == 0x200B ||
         c == 0xFEFF || (c >= 0x2000 && c <= 0x200A);
}

bool is_latin_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

// An ideograph, or the circle zero of dates written in ideographs (二〇二三).
bool ideograph_or_zero(char32_t c) { return is_ideograph(c) || c == U'〇'; }

// Digits, colons, brackets and the zeros of dates in one form each, for recognising words.
char32_t fold_char(char32_t c) {
  if (c >= U'０' && c <= U'９') return '0' + (c - U'０');
  switch (c) {
    case U'：': return ':';
    case U'○': case U'Ｏ': case U'零': return U'〇';
    case U'（': return '(';
    case U'）': return ')';
    default: return c;
  }
}

// `text` in simplified characters (OpenCC, one code point for one: 號 → 号) with fold_char
// applied, so an index into the result is an index into `text`. Only for recognising the
// header's words: what the document says is always kept as written.
std::u32string fold(std::u32string_view text) {
  std::u32string folded = to_u32(to_simplified(to_utf8(text)));
  if (folded.size() != text.size()) folded = text;  // never happens with to_simplified; keep positions anyway
  for (char32_t& c : folded) c = fold_char(c);
  return folded;
}

constexpr std::u32string_view kChineseDigits = U"〇一二三四五六七八九";

int chinese_digit(char32_t c) {
  size_t at = kChineseDigits.find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// A number of 1..2 digits, Arabic (05) or Chinese (十二, 三十一, 二十), at `pos` of folded text.
std::optional<int> read_small_number(std::u32string_view s, size_t& pos) {
  size_t start = pos;
  int value = 0, digits = 0;
  while (pos < s.size() && is_ascii_digit(s[pos]) && digits < 2) value = value * 10 + (s[pos++] - '0'), ++digits;
  if (digits) return value;
  pos = start;
  // Chinese: [二三]?十[一-九]? or [一-九]
  int tens = 0;
  if (pos + 1 < s.size() && chinese_digit(s[pos]) >= 2 && chinese_digit(s[pos]) <= 3 && s[pos + 1] == U'十')
    tens = chinese_digit(s[pos]), pos += 2;
  else if (pos < s.size() && s[pos] == U'十')
    tens = 1, pos += 1;
  int ones = 0;
  if (pos < s.size() && chinese_digit(s[pos]) >= 1) ones = chinese_digit(s[pos]), ++pos;
  if (tens == 0 && ones == 0) {
    pos = start;
    return std::nullopt;
  }
  return tens * 10 + ones;
}

// A four-digit year, Arabic or digit by digit in Chinese (二〇一一, 一九九六).
std::optional<int> read_year(std::u32string_view s, size_t& pos) {
  if (pos + 4 > s.size()) return std::nullopt;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    char32_t c = s[pos + i];
    int d = is_ascii_digit(c) ? c - '0' : chinese_digit(c);
    if (d < 0) return std::nullopt;
    year = year * 10 + d;
  }
  if (pos + 4 < s.size() && (is_ascii_digit(s[pos + 4]) || chinese_digit(s[pos + 4]) >= 0)) return std::nullopt;
  pos += 4;
  return year;
}

bool plausible(const Date& d) { return d.valid() && d.year >= 1949 && d.year <= 2100; }

// A whole date at `pos` of folded text: 2023年1月3日, 二〇一一年十月十七日, 2022-01-21,
// 2022/1/21, 2022.01.21. Moves `pos` past it.
std::optional<Date> read_date_at(std::u32string_view s, size_t& pos) {
  size_t start = pos;
  auto year = read_year(s, pos);
  if (!year) return std::nullopt;
  Date d;
  d.year = *year;
  if (pos < s.size() && s[pos] == U'年') {
    ++pos;
    auto month = read_small_number(s, pos);
    if (!month || pos >= s.size() || s[pos] != U'月') return pos = start, std::nullopt;
    ++pos;
    auto day = read_small_number(s, pos);
    if (!day || pos >= s.size() || (s[pos] != U'日' && s[pos] != U'号')) return pos = start, std::nullopt;
    ++pos;
    d.month = *month;
    d.day = *day;
  } else if (pos < s.size() && (s[pos] == '-' || s[pos] == '/' || s[pos] == '.')) {
    char32_t sep = s[pos++];
    auto month = read_small_number(s, pos);
    if (!month || pos >= s.size() || s[pos] != sep) return pos = start, std::nullopt;
    ++pos;
    auto day = read_small_number(s, pos);
    if (!day) return pos = start, std::nullopt;
    d.month = *month;
    d.day = *day;
  } else {
    return pos = start, std::nullopt;
  }
  if (!plausible(d)) return pos = start, std::nullopt;
  return d;
}

// The first date anywhere in `s`, or in a field's value (which may carry a time after it).
std::optional<Date> find_date(std::u32string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && is_ascii_digit(s[i - 1])) continue;
    size_t pos = i;
    if (auto d = read_date_at(s, pos)) return d;
  }
  return std::nullopt;
}

// Every date in `s`.
std::vector<Date> find_dates(std::u32string_view s) {
  std::vector<Date> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && is_ascii_digit(s[i - 1])) continue;
    size_t pos = i;
    if (auto d = read_date_at(s, pos)) {
      out.push_back(*d);
      i = pos - 1;
    }
  }
  return out;
}

bool contains(std::u32string_view s, std::u32string_view word) { return s.find(word) != std::u32string_view::npos; }
bool starts(std::u32string_view s, std::u32string_view word) { return s.substr(0, word.size()) == word; }
bool ends(std::u32string_view s, std::u32string_view word) {
  return s.size() >= word.size() && s.substr(s.size() - word.size()) == word;
}

bool is_open_bracket(char32_t c) { return c == U'〔' || c == '[' || c == U'［' || c == '(' || c == U'【' || c == U'〖'; }
bool is_close_bracket(char32_t c) { return c == U'〕' || c == ']' || c == U'］' || c == ')' || c == U'】' || c == U'〗'; }

// A document number that is the whole of `folded` (a line or a field's value, spaces
// removed): an issuer's abbreviation (州政發(fā), 国办函), the year in brackets, the number,
// 号. A line that opens with a bracket (（济政办发〔2021〕4号）) or with a verb (根据…) cites
// another document.
bool is_document_number(std::u32string_view folded) {
  size_t pos = 0, prefix_chars = 0;
  while (pos < folded.size()) {
    char32_t c = folded[pos];
    if (ideograph_or_zero(c) && chinese_digit(c) < 0) {
      ++pos, ++prefix_chars;
    } else if (c == '(' && prefix_chars > 0) {  // pinyin inserted after a character: 發(fā)
      size_t close = pos + 1;
      while (close < folded.size() && is_latin_letter(folded[close])) ++close;
      if (close == pos + 1 || close >= folded.size() || folded[close] != ')') break;
      pos = close + 1;
    } else {
      break;
    }
  }
  if (prefix_chars == 0 || prefix_chars > 14) return false;
  std::u32string_view prefix = folded.substr(0, pos);
  for (std::u32string_view verb : {U"根据", U"按照", U"依据", U"依照", U"详见", U"参照", U"印发", U"转发"})
    if (contains(prefix, verb)) return false;
  if (pos >= folded.size() || !is_open_bracket(folded[pos])) return false;
  ++pos;
  if (!read_year(folded, pos)) return false;
  if (pos >= folded.size() || !is_close_bracket(folded[pos])) return false;
  ++pos;
  if (pos < folded.size() && folded[pos] == U'第') ++pos;
  size_t digits = 0;
  while (pos < folded.size() && is_ascii_digit(folded[pos])) ++pos, ++digits;
  if (digits == 0 || digits > 5) return false;
  return pos + 1 == folded.size() && folded[pos] == U'号';
}

// A numbered line: 一、 （一） (1) 1. 1、 1． ① — where a plan's body starts.
bool is_numbered(std::u32string_view folded) {
  size_t pos = 0;
  if (!folded.empty() && folded[0] >= U'①' && folded[0] <= U'⑳') return true;
  bool bracket = !folded.empty() && folded[0] == '(';
  if (bracket) ++pos;
  size_t chinese = 0, digits = 0;
  while (pos < folded.size() && (chinese_digit(folded[pos]) >= 0 || folded[pos] == U'十')) ++pos, ++chinese;
  if (!chinese)
    while (pos < folded.size() && is_ascii_digit(folded[pos])) ++pos, ++digits;
  if (!chinese && !digits) return false;
  if (pos >= folded.size()) return false;
  if (bracket) return folded[pos] == ')';
  if (chinese) return folded[pos] == U'、';
  if (digits > 3) return false;
  bool mark = folded[pos] == '.' || folded[pos] == U'．' || folded[pos] == U'、';
  return mark && !(pos + 1 < folded.size() && is_ascii_digit(folded[pos + 1]));
}

bool has_sentence_mark(std::u32string_view s) {
  for (char32_t c : s)
    if (c == U'。' || c == U'，' || c == ',' || c == U'；' || c == ';' || c == ':' || c == U'！' || c == U'？' || c == '!' ||
        c == '?')
      return true;
  return false;
}

// The 文号 part of a printed notice's number line, which may carry the signer's field after
// it (上行文: 某政办发〔2024〕7号　签发人：张三, names after the colon, no sentence): the line up to
// 签发人, or the whole line. A 签发人 line alone has no 文号 and stays as it is.
std::u32string_view without_signer(std::u32string_view folded) {
  size_t signer = folded.find(U"签发人");
  if (signer == std::u32string_view::npos || signer == 0) return folded;
  std::u32string_view names = folded.substr(signer + 3);
  if (names.empty() || names.front() != ':') return folded;
  names.remove_prefix(1);
  if (names.empty() || names.size() > 12 || has_sentence_mark(names)) return folded;
  return folded.substr(0, signer);
}

// A line that is a 文号, alone or with the signer's field after it.
bool is_number_line(std::u32string_view folded) { return is_document_number(without_signer(folded)); }

// Words a document's title ends with.
constexpr std::u32string_view kTitleEndings[] = {
    U"方案", U"意见", U"通知", U"计划", U"规划", U"要点", U"办法", U"细则", U"分工", U"决定", U"规定", U"纲要",
    U"清单", U"分解", U"分解表", U"任务表", U"一览表", U"安排", U"措施", U"请示", U"报告", U"通报", U"批复", U"函",
    U"实施意见", U"行动", U"工程", U"制度", U"规则", U"指引", U"标准",
    // 若干政策, 若干举措: a city's yearly policy package, its measures assigned to units like a plan's tasks.
    U"政策", U"举措"};

bool ends_like_title(std::u32string_view folded) {
  std::u32string_view s = folded;
  while (!s.empty() && (s.back() == U'》' || s.back() == U'”' || s.back() == '"' || s.back() == U'〉')) s.remove_suffix(1);
  // A short note in brackets after the title word: 方案（2023—2025年）, 办法（试行）, 计划（修订稿）.
  if (!s.empty() && s.back() == ')') {
    size_t open = s.rfind('(');
    if (open != std::u32string_view::npos && s.size() - open <= 16) s = s.substr(0, open);
  }
  for (std::u32string_view w : kTitleEndings)
    if (ends(s, w)) return true;
  return false;
}

// Lines a page or a print run puts around the body that are neither title nor text:
// （此件公开发布）, (本文有删减), 附件, 附件1, 附件一.
bool is_aside(std::u32string_view folded) {
  if (folded.size() >= 2 && folded.front() == '(' && folded.back() == ')') return true;
  if (starts(folded, U"附件")) {
    std::u32string_view rest = folded.substr(2);
    if (rest.empty()) return true;
    bool all_number = std::all_of(rest.begin(), rest.end(), [](char32_t c) {
      return is_ascii_digit(c) || chinese_digit(c) >= 0 || c == U'十' || c == ':' || c == U'、';
    });
    if (all_number) return true;
  }
  return false;
}

// A web page's navigation left above the title in a copied page: 返回首页, 网站首页, a site's name
// (中国政府网, 新华网), a breadcrumb (首页 > 政务公开, 您现在的位置：…). No line of a title.
bool is_page_chrome(std::u32string_view folded) {
  // A browser's title bar copied with the page: …的意见-湖南省人民政府门户网站, …通知_某市人民政府网.
  for (char32_t separator : {U'-', U'_', U'|', U'｜'})
    if (size_t at = folded.rfind(separator); at != std::u32string_view::npos && at + 1 < folded.size()) {
      const std::u32string_view site = folded.substr(at + 1);
      if (site.size() <= 16 && (ends(site, U"网站") || ends(site, U"网"))) return true;
    }
  if (contains(folded, U"关于")) return false;
  if (ends(folded, U"首页") && folded.size() <= 6) return true;
  if (folded.size() <= 6 && folded.size() >= 3 && folded.back() == U'网') return true;
  for (std::u32string_view w : {U"当前位置", U"现在的位置", U"所在位置", U"所在的位置"})
    if (contains(folded, w)) return true;
  return contains(folded, U">") || contains(folded, U"»");
}

// The notice's closing sentence, which hands the plan on: 现将《…》印发给你们，请认真贯彻落实。, 请遵照执行。,
// or the list of its attachments under it.
// A page that leaves out the issuer under it (the seal and name set as an image) puts the
// signature's date right below this sentence.
bool closes_notice(std::u32string_view folded) {
  // The notice's list of attachments (附件：1.…), which the layout puts right above the signature.
  if (starts(folded, U"附件:") || starts(folded, U"附件：")) return true;
  if (starts(folded, U"附件") && folded.size() > 3 && (folded[3] == ':' || folded[3] == U'：') && is_ascii_digit(folded[2]))
    return true;
  for (std::u32string_view w : {U"印发给你们", U"转发给你们", U"印发你们", U"转发你们", U"现予印发", U"现予以印发"})
    if (contains(folded, w)) return true;
  if (contains(folded, U"现将") && (contains(folded, U"印发") || contains(folded, U"转发"))) return true;
  // Its last clause alone: 请认真贯彻执行。 请结合实际抓好落实。
  std::u32string_view s = folded;
  while (!s.empty() && (s.back() == U'。' || s.back() == '!' || s.back() == U'！')) s.remove_suffix(1);
  size_t comma = s.find_last_of(U"，,;；。");
  std::u32string_view last = comma == std::u32string_view::npos ? s : s.substr(comma + 1);
  if (!starts(last, U"请") || last.size() > 20) return false;
  for (std::u32string_view verb : {U"执行", U"落实", U"实施"})
    if (ends(last, verb)) return true;
  return false;
}

// A date line whose 年, 月 and 日 a page lost (set in a font it did not carry): 2024327 for
// 2024年3月27日, 201675 for 2016年7月5日. The year is the first four digits; the rest is read
// when it splits into a month and a day one way only (327 → 3月27日), else `*readings` says how
// many ways it splits (2024115: 1月15日 or 11月5日) and nothing is read.
std::optional<Date> date_without_marks(std::u32string_view folded, int* readings) {
  *readings = 0;
  if (folded.size() < 6 || folded.size() > 8 || !std::all_of(folded.begin(), folded.end(), is_ascii_digit))
    return std::nullopt;
  auto number = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t k = from; k < from + n; ++k) v = v * 10 + static_cast<int>(folded[k] - '0');
    return v;
  };
  const int year = number(0, 4);
  const size_t rest = folded.size() - 4;
  std::optional<Date> found;
  for (size_t month_digits = 1; month_digits <= 2; ++month_digits) {
    const size_t day_digits = rest - month_digits;
    if (day_digits < 1 || day_digits > 2) continue;
    Date d;
    d.year = year;
    d.month = number(4, month_digits);
    d.day = number(4 + month_digits, day_digits);
    if (!plausible(d)) continue;
    ++*readings;
    found = d;
  }
  if (*readings != 1) return std::nullopt;
  return found;
}

// A line that looks like a date but does not read as one (2022121日: the signature's date
// as a page garbled it).
bool is_garbled_date(std::u32string_view folded) {
  if (folded.empty() || folded.size() > 16 || !is_ascii_digit(folded[0]) || folded.back() != U'日') return false;
  return std::all_of(folded.begin(), folded.end(), [](char32_t c) {
    return is_ascii_digit(c) || c == U'年' || c == U'月' || c == U'日' || c == '-' || c == '/' || c == '.';
  });
}

struct Line {
  size_t block = 0;
  bool in_table = false;
  std::string text;        // trimmed, as written
  std::u32string written;  // spaces (and page noise such as &nbsp;) removed
  std::u32string plain;    // written without inserted pinyin
  std::u32string folded;   // plain with the header's traditional characters simplified
  SourcePlace place;
};

Line make_line(size_t block, std::string_view text, const SourcePlace& place, bool in_table) {
  Line line;
  line.block = block;
  line.in_table = in_table;
  line.text = trim_spaces(text);
  line.place = place;
  std::u32string all = to_u32(line.text);
  for (size_t i = 0; i < all.size(); ++i) {
    if (is_space(all[i])) continue;
    if (all[i] == '&') {  // an HTML entity left in a crawl: &nbsp; &sp;
      size_t semi = i + 1;
      while (semi < all.size() && semi - i <= 8 && ((all[semi] >= 'a' && all[semi] <= 'z') || all[semi] == '#' ||
                                                     is_ascii_digit(all[semi])))
        ++semi;
      if (semi < all.size() && all[semi] == ';' && semi > i + 1) {
        i = semi;
        continue;
      }
    }
    line.written += all[i];
  }
  for (size_t i = 0; i < line.written.size(); ++i) {
    char32_t c = line.written[i];
    if ((c == '(' || c == U'（') && i > 0 && ideograph_or_zero(line.written[i - 1])) {
      size_t close = i + 1;
      bool accented = false;
      while (close < line.written.size() && is_latin_letter(line.written[close])) {
        accented = accented || line.written[close] > 0x7F;
        ++close;
      }
      // Pinyin carries tone marks; (EN) or (PDF) in a title is not pinyin.
      if (close < line.written.size() && (line.written[close] == ')' || line.written[close] == U'）') && accented &&
          close - i <= 8) {
        i = close;
        continue;
      }
    }
    line.plain += c;
  }
  line.folded = fold(line.plain);
  return line;
}

// A metadata field: what a page, a document's first rows or the container say outside the text.
// Created: a container's own timestamp (Word's dcterms:created), weaker than anything the text says.
enum class FieldKind { Number, Written, Published, Created, Title, Issuer, Other };

struct Field {
  FieldKind kind = FieldKind::Other;
  std::string value;    // as written (plain), spaces removed
  std::u32string folded_value;
  const Line* line = nullptr;  // null: SourceDocument::metadata
  std::string name;
};

struct Label {
  std::u32string_view word;
  FieldKind kind;
};
// Longest first, so 发文字号 is not read as 文号 and 发布机构 not as 发布.
constexpr Label kLabels[] = {
    {U"发文字号", FieldKind::Number}, {U"发文日期", FieldKind::Written},  {U"成文日期", FieldKind::Written},
    {U"印发日期", FieldKind::Written}, {U"签发日期", FieldKind::Written},  {U"发布日期", FieldKind::Published},
    {U"发布时间", FieldKind::Published}, {U"公开日期", FieldKind::Published}, {U"公布日期", FieldKind::Published},
    {U"发文机关", FieldKind::Issuer},  {U"发布机构", FieldKind::Issuer},    {U"发文单位", FieldKind::Issuer},
    {U"发布单位", FieldKind::Issuer},  {U"主题分类", FieldKind::Other},     {U"信息分类", FieldKind::Other},
    {U"索引号", FieldKind::Other},     {U"主题词", FieldKind::Other},       {U"有效性", FieldKind::Other},
    {U"文件编号", FieldKind::Number}, {U"发文编号", FieldKind::Number},  {U"发文时间", FieldKind::Written},
    {U"发文文号", FieldKind::Number}, {U"发布机关", FieldKind::Issuer},
    {U"公开方式", FieldKind::Other},   {U"公开时限", FieldKind::Other},     {U"公开范围", FieldKind::Other},
    {U"文号", FieldKind::Number},      {U"字号", FieldKind::Number},        {U"标题", FieldKind::Title},
    {U"时效", FieldKind::Other},       {U"分类", FieldKind::Other},         {U"来源", FieldKind::Other},
};

struct LabelAt {
  size_t begin, end;
  FieldKind kind;
};

// The labels in a folded line, in order. A label counts only at the line's start or after a
// value (never inside a sentence: a line with 。 holds no field).
std::vector<LabelAt> labels_in(std::u32string_view folded) {
  std::vector<LabelAt> found;
  if (contains(folded, U"。")) return found;
  std::vector<bool> taken(folded.size(), false);
  for (const Label& label : kLabels) {
    for (size_t at = folded.find(label.word); at != std::u32string_view::npos;
         at = folded.find(label.word, at + label.word.size())) {
      size_t end = at + label.word.size();
      if (std::any_of(taken.begin() + at, taken.begin() + end, [](bool t) { return t; })) continue;
      std::fill(taken.begin() + at, taken.begin() + end, true);
      found.push_back({at, end, label.kind});
    }
  }
  std::sort(found.begin(), found.end(), [](const LabelAt& a, const LabelAt& b) { return a.begin < b.begin; });
  if (found.empty() || found.front().begin != 0) return {};  // a field row starts with its label
  return found;
}

FieldKind kind_of_metadata_name(const std::string& name) {
  const std::string lower = ascii_lower(name);
  std::u32string folded = fold(to_u32(lower));
  for (const Label& label : kLabels)
    if (contains(folded, label.word)) return label.kind;
  for (const char* w : {"docno", "document_number", "wenhao", "filenum"})
    if (lower.find(w) != std::string::npos) return FieldKind::Number;
  for (const char* w : {"written", "signed"})
    if (lower.find(w) != std::string::npos) return FieldKind::Written;
  for (const char* w : {"created", "modified"})
    if (lower.find(w) != std::string::npos) return FieldKind::Created;
  for (const char* w : {"pubdate", "publishdate", "published", "firstpublishedtime", "date"})
    if (lower.find(w) != std::string::npos) return FieldKind::Published;
  if (lower.find("title") != std::string::npos) return FieldKind::Title;
  for (const char* w : {"publisher", "issuer", "contentsource"})
    if (lower.find(w) != std::string::npos) return FieldKind::Issuer;
  return FieldKind::Other;
}

std::string place_zh(const Line* line) { return line ? describe_place(line->place, "zh") : std::string("元数据"); }
std::string place_en(const Line* line) { return line ? describe_place(line->place, "en") : std::string("metadata"); }

class HeaderReader {
 public:
  HeaderReader(const SourceDocument& doc, const PlanHeaderOptions& options, std::vector<ImportWarning>& warnings)
      : doc_(doc), options_(options), warnings_(warnings) {
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
      const SourceBlock& block = doc.blocks[b];
      if (block.kind == SourceBlock::Kind::Paragraph) {
        size_t from = 0;
        int sub = 0;
        for (;;) {
          size_t nl = block.text.find('\n', from);
          SourcePlace place = block.place;
          if (place.line > 0) place.line += sub;
          lines_.push_back(make_line(b, std::string_view(block.text).substr(from, nl - from), place, false));
          if (nl == std::string::npos) break;
          from = nl + 1;
          ++sub;
        }
      } else {
        // A table row, its cells side by side: a page's metadata table reads as field rows.
        for (size_t r = 0; r < block.table.rows.size(); ++r) {
          std::string row;
          for (const SourceCell& cell : block.table.rows[r]) row += cell.text + " ";
          lines_.push_back(make_line(b, row, cell_place(block, r), true));
        }
      }
    }
    // The header area: everything before the first numbered line.
    header_end_ = lines_.size();
    for (size_t i = 0; i < lines_.size(); ++i)
      if (!lines_[i].in_table && is_numbered(lines_[i].folded)) {
        header_end_ = i;
        break;
      }
  }

  PlanHeader read() {
    read_fields();
    PlanHeader header;
    find_signature();
    find_titles(header);
    read_issued(header);
    read_id(header);
    if (issued_today_ && !(!header.id_inferred && issued_from_id_year(header)) &&
        (issued_from_body_year(header) || issued_from_cited_year(header)) && header.id_inferred)
      rederive_id(header);
    read_issuer(header);
    header.plan_year = title_year(header.title).value_or(header.issued.year);
    header.title_year = title_year(header.title).has_value();
    return header;
  }

 private:
  bool issued_today_ = false;  // no date anywhere: today was taken
  size_t today_warning_ = 0;   // the warning that says so
  size_t id_warning_ = static_cast<size_t>(-1);  // the warning naming an id made from the title

  void warn(const Line* line, std::string zh, std::string en) {
    ImportWarning w;
    if (line) {
      w.line = line->place.line;
      w.place = line->place;
    }
    w.zh = std::move(zh);
    w.en = std::move(en);
    warnings_.push_back(std::move(w));
  }

  void add_field(FieldKind kind, std::u32string_view plain, std::u32string_view folded, const Line* line,
                 std::string name) {
    while (!folded.empty() && (folded.front() == ':' || folded.front() == U'：')) {
      folded.remove_prefix(1);
      plain.remove_prefix(1);
    }
    if (folded.empty()) return;
    fields_.push_back({kind, to_utf8(plain), std::u32string(folded), line, std::move(name)});
  }

  void read_fields() {
    for (size_t i = 0; i < header_end_; ++i) {
      const Line& line = lines_[i];
      std::vector<LabelAt> labels = labels_in(line.folded);
      for (size_t k = 0; k < labels.size(); ++k) {
        size_t value_begin = labels[k].end;
        size_t value_end = k + 1 < labels.size() ? labels[k + 1].begin : line.folded.size();
        std::u32string_view folded = std::u32string_view(line.folded).substr(value_begin, value_end - value_begin);
        std::u32string_view plain = std::u32string_view(line.plain).substr(value_begin, value_end - value_begin);
        std::string name = to_utf8(std::u32string_view(line.plain).substr(labels[k].begin, labels[k].end - labels[k].begin));
        bool empty_value = std::all_of(folded.begin(), folded.end(), [](char32_t c) { return c == ':'; });
        if (empty_value && labels.size() == 1) {
          // 發文字號: on a line, the value on the next one.
          for (size_t j = i + 1; j < header_end_ && j <= i + 2; ++j) {
            if (lines_[j].folded.empty()) continue;
            if (labels_in(lines_[j].folded).empty()) add_field(labels[k].kind, lines_[j].plain, lines_[j].folded, &lines_[j], name);
            break;
          }
          continue;
        }
        add_field(labels[k].kind, plain, folded, &line, name);
      }
    }
    for (const auto& [name, value] : doc_.metadata) {
      Line l = make_line(0, value, {}, false);
      add_field(kind_of_metadata_name(name), l.plain, l.folded, nullptr, name);
    }
  }

  const Field* field(FieldKind kind, const std::function<bool(const Field&)>& accept) const {
    for (const Field& f : fields_)
      if (f.kind == kind && accept(f)) return &f;
    return nullptr;
  }

  std::optional<Date> published_date() const {
    const Field* f = field(FieldKind::Published, [](const Field& f) { return find_date(f.folded_value).has_value(); });
    return f ? find_date(f->folded_value) : std::nullopt;
  }

  // The signature's date: a line that is one date and nothing else, under a line that is
  // no sentence (the issuer) — not a field's value under its label, never later than the
  // page says the document was published. A garbled one is skipped with a warning and
  // still marks where the signature stands.
  void find_signature() {
    std::optional<Date> published = published_date();
    for (size_t i = 0; i < lines_.size(); ++i) {
      const Line& line = lines_[i];
      if (line.in_table || line.folded.empty()) continue;
      size_t prev = i;
      while (prev > 0 && lines_[prev - 1].folded.empty() && !lines_[prev - 1].in_table) --prev;
      const Line* above = prev > 0 ? &lines_[prev - 1] : nullptr;
      bool under_issuer = !above || (!above->in_table && !has_sentence_mark(above->folded) && !is_numbered(above->folded) &&
                                     labels_in(above->folded).empty());
      // Or right under the notice's closing sentence, the issuer left out by the page.
      const bool under_notice = above && !above->in_table && closes_notice(above->folded);
      under_issuer = under_issuer || under_notice;
      size_t pos = 0;
      std::optional<Date> date = read_date_at(line.folded, pos);
      if (date && pos == line.folded.size()) {
        if (!under_issuer) continue;
        if (published && *published < *date) continue;  // a date in a table or schedule, not the signature
        signature_ = i;
        signature_date_ = *date;
        return;
      }
      // The signature and its date run into one line (a PDF's text layer): 某区人民政府2023年5月30日.
      if (auto split = issuer_then_date(line.folded); split && (!published || !(*published < split->second))) {
        signature_ = i;
        signature_date_ = split->second;
        signature_issuer_ = to_utf8(std::u32string_view(line.plain).substr(0, split->first));
        return;
      }
      // Bare digits are a signature's date only right under the issuer or the notice, not
      // under any line without a sentence (a unit cell of a table set one cell per line).
      const bool under_signer = above && !above->in_table && (under_notice || under_issuer_after_text(prev));
      int readings = 0;
      if (auto lost = date_without_marks(line.folded, &readings); lost && under_signer && (!published || !(*published < *lost))) {
        signature_ = i;
        signature_date_ = *lost;
        warn(&line, "“" + line.text + "”读作落款日期 " + lost->iso() + "（年、月、日三字缺失）",
             "“" + line.text + "” read as the signature's date " + lost->iso() + " (its 年, 月 and 日 missing)");
        return;
      }
      if ((is_garbled_date(line.folded) || (readings > 1 && under_signer)) && under_issuer && garbled_ == SIZE_MAX) {
        garbled_ = i;
        warn(&line, "“" + line.text + "”像是落款日期，但读不出日期，已跳过",
             "“" + line.text + "” looks like the signature's date but does not read as a date; skipped");
      }
    }
  }

  // The lines above line `below` are a signature: one to three issuers' names, a sentence (the
  // text they sign) above them. A unit cell of a table set one cell per line has a cell of words
  // above it instead.
  bool under_issuer_after_text(size_t below) const {
    size_t k = below;
    int organs = 0;
    auto up = [&]() {
      while (k > 0 && lines_[k - 1].folded.empty() && !lines_[k - 1].in_table) --k;
      return k > 0 ? &lines_[--k] : nullptr;
    };
    for (const Line* l = up(); l; l = up()) {
      if (l->in_table) return false;
      if (organs > 0 && has_sentence_mark(l->folded)) return true;
      if (has_sentence_mark(l->folded) || !names_an_organ(l->folded) || ++organs > 3) return false;
    }
    return false;
  }

  // An issuer's name: it ends as organs' names do and holds no label.
  static bool names_an_organ(std::u32string_view name) {
    for (std::u32string_view end : {U"府", U"厅", U"室", U"院", U"委", U"会", U"局", U"部", U"署", U"办", U"处", U"组",
                                    U"中心", U"公司", U"站", U"所"})
      if (ends(name, end) && labels_in(name).empty()) return true;
    return false;
  }

  // A line that is an issuer's name followed by a date: the name ends as organs' names do.
  static std::optional<std::pair<size_t, Date>> issuer_then_date(std::u32string_view folded) {
    if (folded.size() > 44 || has_sentence_mark(folded)) return std::nullopt;
    for (size_t i = 2; i + 8 <= folded.size(); ++i) {
      size_t pos = i;
      std::optional<Date> date = read_date_at(folded, pos);
      if (!date || pos != folded.size()) continue;
      std::u32string_view name = folded.substr(0, i);
      if (names_an_organ(name)) return std::make_pair(i, *date);
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The lines from `i` on that make a title: no sentence in them, not numbered, at most
  // four, the last ending in 方案/意见/通知…; {first, one past last} or nothing.
  std::optional<std::pair<size_t, size_t>> title_at(size_t i, bool need_ending, size_t limit) const {
    std::optional<std::pair<size_t, size_t>> best;
    size_t taken = 0;
    for (size_t j = i; j < limit && taken < 4; ++j) {
      const Line& line = lines_[j];
      // A title's lines may stand a blank line apart (text extracted from a PDF), not two.
      if (line.folded.empty() && !line.in_table && j > i && j + 1 < limit && !lines_[j + 1].folded.empty() &&
          !lines_[j - 1].folded.empty())
        continue;
      ++taken;
      if (line.in_table || line.folded.empty() || has_sentence_mark(line.folded) || is_numbered(line.folded) ||
          is_number_line(line.folded) || is_aside(line.folded) || is_page_chrome(line.folded) ||
          !labels_in(line.folded).empty())
        break;
      size_t pos = 0;
      if (read_date_at(line.folded, pos) && pos == line.folded.size()) break;
      if (line.folded.size() > 80) break;
      // The longest run that ends in a title word: 关于全面推行…记录制度 / 重大执法决定…的指导意见.
      if (ends_like_title(line.folded)) {
        // A whole title written again under one (a page's heading, then 《the title》): the
        // repeat is no second line of it.
        if (best && best->second == j) {
          std::u32string again = line.folded, before;
          if (!again.empty() && again.front() == U'《' && again.back() == U'》') again = again.substr(1, again.size() - 2);
          for (size_t k = best->first; k < j; ++k) before += lines_[k].folded;
          if (again.size() >= 6 && before.find(again) != std::u32string::npos) break;
        }
        best = std::make_pair(i, j + 1);
        continue;
      }
      // Without the ending word a title stands alone before the text starts.
      size_t next = j + 1;
      if (next < limit && lines_[next].folded.empty()) ++next;
      if (!need_ending && !best &&
          (next >= limit || lines_[next].folded.empty() || has_sentence_mark(lines_[next].folded) ||
           is_numbered(lines_[next].folded)))
        return std::make_pair(i, j + 1);
    }
    return best;
  }

  std::string join_text(std::pair<size_t, size_t> range) const {
    std::string out;
    for (size_t j = range.first; j < range.second; ++j) out += to_utf8(lines_[j].written);
    return out;
  }

  // The notice that carries the plan says so: 现印发给你们, 现将…印发, 转发给你们.
  bool forwards_a_plan(size_t end) const {
    for (size_t i = 0; i < end; ++i) {
      const std::u32string& f = lines_[i].folded;
      for (std::u32string_view w : {U"印发给你们", U"转发给你们", U"现予印发", U"现将", U"现印发", U"印发你们"})
        if (contains(f, w) && (w != U"现将" || contains(f, U"印发") || contains(f, U"转发"))) return true;
    }
    return false;
  }

  void find_titles(PlanHeader& header) {
    // The document's own title: the first run of title lines at the top.
    std::optional<std::pair<size_t, size_t>> top;
    size_t top_limit = std::min(header_end_, signature_ < lines_.size() ? signature_ : lines_.size());
    for (size_t i = 0; i < top_limit && !top; ++i) {
      if (lines_[i].in_table || lines_[i].folded.empty()) continue;
      if (has_sentence_mark(lines_[i].folded) && labels_in(lines_[i].folded).empty() && !is_number_line(lines_[i].folded))
        break;  // the text has begun
      top = title_at(i, true, top_limit);
    }
    // A plan attached to its notice: its title follows the notice's signature.
    size_t mark = signature_ < lines_.size() ? signature_ : garbled_;
    std::optional<std::pair<size_t, size_t>> attached;
    if (mark < lines_.size()) {
      size_t i = mark + 1;
      while (i < lines_.size() && !lines_[i].in_table &&
             (lines_[i].folded.empty() || is_aside(lines_[i].folded) || lines_[i].folded == lines_[mark].folded))
        ++i;
      if (i < lines_.size()) attached = title_at(i, false, lines_.size());
      // A document whose own text runs to its signature (a plan signed at its end, its
      // attachment a table) is read from the top; a short notice forwards the plan after it.
      size_t notice_lines = 0;
      for (size_t j = top ? top->second : 0; j < mark; ++j) notice_lines += lines_[j].folded.empty() ? 0 : 1;
      if (attached && !forwards_a_plan(mark) && notice_lines > 8) attached.reset();
    }
    // Where the body starts: after the attached plan's title; else after the salutation
    // (各省、自治区…：) or the top title.
    size_t body_line = 0;
    if (attached) {
      header.title = join_text(*attached);
      title_line_ = attached->first;
      body_line = attached->second;
    } else {
      if (top) {
        header.title = join_text(*top);
        title_line_ = top->first;
        body_line = top->second;
      }
      for (size_t i = body_line; i < header_end_; ++i) {
        const std::u32string& f = lines_[i].folded;
        if (f.empty() || lines_[i].in_table) continue;
        if (is_number_line(f) || !labels_in(f).empty()) {
          body_line = i + 1;
          continue;
        }
        if (ends(f, U":") && !starts(f, U"附件") && !contains(f, U"。")) {
          body_line = i + 1;  // the salutation
          break;
        }
        if (has_sentence_mark(f)) break;
      }
    }
    if (header.title.empty()) {
      const Field* f = field(FieldKind::Title, [](const Field&) { return true; });
      if (f) {
        header.title = f->value;
        warn(f->line, "没有找到标题行，取" + place_zh(f->line) + "的标题字段：" + f->value,
             "no title line; the title field at " + place_en(f->line) + " is used: " + f->value);
      }
    }
    if (header.title.empty()) warn(nullptr, "没有找到标题（以“方案”“意见”“通知”等结尾的行）", "no title (a line ending in 方案, 意见, 通知 or the like)");
    header.body_block = body_line < lines_.size() ? lines_[body_line].block : doc_.blocks.size();
  }

  void read_issued(PlanHeader& header) {
    if (!options_.issued.empty()) {
      if (auto d = Date::parse_iso(options_.issued)) {
        header.issued = *d;
        return;
      }
      warn(nullptr, "--issued 的值“" + options_.issued + "”不是 YYYY-MM-DD 日期，未采用",
           "--issued “" + options_.issued + "” is not a YYYY-MM-DD date; not used");
    }
    if (signature_ < lines_.size()) {
      header.issued = signature_date_;
      return;
    }
    auto dated = [](const Field& f) { return find_date(f.folded_value).has_value(); };
    if (const Field* f = field(FieldKind::Written, dated)) {
      header.issued = *find_date(f->folded_value);
      return;
    }
    header.issued_inferred = true;
    if (const Field* f = field(FieldKind::Published, dated)) {
      header.issued = *find_date(f->folded_value);
      warn(f->line, "没有找到落款日期，按" + place_zh(f->line) + "的" + f->name + " " + header.issued.iso() + " 作为成文日期",
           "no signature date; the " + f->name + " at " + place_en(f->line) + ", " + header.issued.iso() +
               ", is taken as the issue date");
      return;
    }
    // The latest date written in the header, else the title's year.
    const Line* where = nullptr;
    for (size_t i = 0; i < header_end_; ++i)
      for (const Date& d : find_dates(lines_[i].folded))
        if (!header.issued.valid() || header.issued < d) header.issued = d, where = &lines_[i];
    if (where) {
      warn(where, "没有找到落款日期，按文首最晚的日期 " + header.issued.iso() + " 作为成文日期，请用 --issued 核实",
           "no signature date; the latest date in the header, " + header.issued.iso() +
               ", is taken as the issue date; confirm it with --issued");
      return;
    }
    if (const Field* f = field(FieldKind::Created, dated)) {
      header.issued = *find_date(f->folded_value);
      warn(nullptr, "没有找到成文日期，按文件属性 " + f->name + " 的 " + header.issued.iso() + " 作为成文日期，请用 --issued 核实",
           "no issue date; the file's " + f->name + ", " + header.issued.iso() +
               ", is taken as the issue date; confirm it with --issued");
      return;
    }
    std::optional<int> year = title_year(header.title);
    if (year) {
      header.issued = {*year, 1, 1};
      warn(title_line_ < lines_.size() ? &lines_[title_line_] : nullptr,
           "没有找到成文日期，按标题中的年份作 " + header.issued.iso() + "，请用 --issued 给出",
           "no issue date; taken from the title's year as " + header.issued.iso() + "; give it with --issued");
      return;
    }
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    header.issued = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
    issued_today_ = true;
    today_warning_ = warnings_.size();
    warn(nullptr, "没有找到任何日期，以今天 " + header.issued.iso() + " 作为成文日期，请用 --issued 给出",
         "no date anywhere; today, " + header.issued.iso() + ", is taken as the issue date; give it with --issued");
  }

  // A 文号 names the year the document was issued in (许政〔2020〕20号): with no date anywhere, 1
  // January of that year is nearer the truth than today, and dates without a year (年底前) are
  // that year's, not today's.
  bool issued_from_id_year(PlanHeader& header) {
    const std::u32string id = to_u32(header.id);
    for (size_t i = 0; i + 5 < id.size(); ++i) {
      const int year = bracketed_year_at(id, i);
      if (year == 0) continue;
      header.issued = {year, 1, 1};
      const std::string zh = "没有找到任何日期，按文号中的年份作 " + header.issued.iso() + "，请用 --issued 给出";
      const std::string en = "no date anywhere; taken from the year in the document number as " + header.issued.iso() +
                             "; give it with --issued";
      replace_today_warning(zh, en);
      return true;
    }
    return false;
  }

  // The year of a 文号 whose bracket opens at s[i] (〔2016〕, [2016], （2016）), or 0.
  static int bracketed_year_at(std::u32string_view s, size_t i) {
    if (i + 5 >= s.size()) return 0;
    if (s[i] != U'〔' && s[i] != U'[' && s[i] != U'［' && s[i] != U'【' && s[i] != U'(' && s[i] != U'（') return 0;
    int year = 0;
    size_t k = i + 1;
    for (; k < s.size() && k < i + 5 && is_ascii_digit(s[k]); ++k) year = year * 10 + static_cast<int>(s[k] - U'0');
    if (k != i + 5 || year < 1949 || year > 2099) return 0;
    if (s[k] != U'〕' && s[k] != U']' && s[k] != U'］' && s[k] != U'】' && s[k] != U')' && s[k] != U'）') return 0;
    return year;
  }

  // No date and no 文号 of its own, but the opening paragraphs name the plan by its year: a
  // year written right before a plan's own noun, a few words between at most (市政府公布了2012年
  // 十大实事的任务分解表, 现将2024年全县民生实事…印发): the plan is that year's, so 1 January
  // of it stands for the issue date (a warning says so) and 6月底前 falls in that year, not
  // today's. Only the first lines of the body count, and only a plan noun: 2019年以来 or a
  // year in a sentence about the past names no plan.
  bool issued_from_body_year(PlanHeader& header) {
    static constexpr std::u32string_view kPlanNouns[] = {
        U"实事", U"工作要点", U"重点工作", U"工作计划", U"行动计划", U"工作方案", U"实施方案", U"任务分解",
        U"责任分解", U"重点任务", U"目标任务", U"工作任务", U"民生工程"};
    size_t body_lines = 0;
    for (const Line& line : lines_) {
      if (line.in_table || line.folded.empty()) continue;
      if (++body_lines > 8) break;
      const std::u32string_view s = line.folded;
      for (size_t i = 0; i + 5 <= s.size(); ++i) {
        if (i > 0 && is_ascii_digit(s[i - 1])) continue;
        size_t pos = i;
        auto year = read_year(s, pos);
        if (!year || *year < 1949 || *year > 2100 || pos >= s.size() || s[pos] != U'年') continue;
        size_t after = pos + 1;
        if (after < s.size() && s[after] == U'度') ++after;
        // A few words between, six characters at most, no mark and no digit among them.
        for (size_t k = after; k < s.size() && k <= after + 6 && ideograph_or_zero(s[k]) && chinese_digit(s[k]) < 0; ++k)
          for (std::u32string_view noun : kPlanNouns) {
            if (s.substr(k, noun.size()) != noun) continue;
            header.issued = {*year, 1, 1};
            const std::string named = to_utf8(line.plain.substr(i, k + noun.size() - i));
            const std::string zh = "没有找到任何日期，按正文中“" + named + "”的年份作 " + header.issued.iso() + "，请用 --issued 给出";
            const std::string en = "no date anywhere; taken from the year of “" + named + "” in the text as " +
                                   header.issued.iso() + "; give it with --issued";
            replace_today_warning(zh, en);
            return true;
          }
      }
    }
    return false;
  }

  // No date and no 文号 of its own, but documents cited by theirs (根据《…的通知》（昆政发〔2016〕13号）):
  // a plan is issued no earlier than what it cites, so 1 January of the latest such year is
  // nearer the truth than today, and a date without a year (5月底前) is of that year.
  bool issued_from_cited_year(PlanHeader& header) {
    int latest = 0;
    for (const Line& line : lines_)
      for (size_t i = 0; i < line.written.size(); ++i)
        if (int year = bracketed_year_at(line.written, i); year > latest && i > 0 && line.written[i - 1] >= 0x4E00) {
          size_t k = i + 6;  // past 〔2016〕: a number, then 号
          while (k < line.written.size() && is_ascii_digit(line.written[k])) ++k;
          if (k > i + 6 && k < line.written.size() && (line.written[k] == U'号' || line.written[k] == U'號')) latest = year;
        }
    if (latest == 0 || latest > header.issued.year) return false;
    header.issued = {latest, 1, 1};
    const std::string zh = "没有找到任何日期和本方案的文号，按所引文件文号中最近的年份作 " + header.issued.iso() + "，请用 --issued 给出";
    const std::string en = "no date and no document number of its own; taken from the latest year among the cited "
                           "documents' numbers as " + header.issued.iso() + "; give it with --issued";
    replace_today_warning(zh, en);
    return true;
  }

  // The warning that said today was taken, now that the date came from elsewhere.
  void replace_today_warning(const std::string& zh, const std::string& en) {
    if (today_warning_ >= warnings_.size()) return;
    warnings_[today_warning_].zh = zh;
    warnings_[today_warning_].en = en;
  }

  // The id made from the title and year again, once the year is known better, and its warning.
  void rederive_id(PlanHeader& header) {
    header.id = derived_id(header);
    if (id_warning_ < warnings_.size()) {
      warnings_[id_warning_].zh = id_warning_zh(header.id);
      warnings_[id_warning_].en = id_warning_en(header.id);
    }
  }
  static std::string id_warning_zh(const std::string& id) {
    return "没有找到文号，按标题和年份以“" + id + "”作为方案编号；可用 --id 指定";
  }
  static std::string id_warning_en(const std::string& id) {
    return "no document number; “" + id + "”, from the title and year, is used as the plan's id; give one with --id";
  }

  void read_id(PlanHeader& header) {
    if (!options_.id.empty()) {
      header.id = options_.id;
      return;
    }
    for (size_t i = 0; i < header_end_; ++i) {
      const Line& line = lines_[i];
      if (line.in_table) continue;
      // 国发〔2023〕5号  签发人：某某
      std::u32string_view folded = line.folded, written = line.written;
      size_t signer = folded.find(U"签发人");
      if (signer != std::u32string_view::npos) {
        folded = folded.substr(0, signer);
        // `written` may be longer (pinyin); cut it at the same word.
        size_t w = written.find(U"签发人");
        if (w == std::u32string_view::npos) w = written.find(U"簽發人");
        written = written.substr(0, w);
      }
      if (is_document_number(folded)) {
        header.id = to_utf8(written);
        return;
      }
    }
    if (const Field* f = field(FieldKind::Number, [](const Field& f) { return is_document_number(f.folded_value); })) {
      header.id = f->value;
      return;
    }
    header.id_inferred = true;
    header.id = derived_id(header);
    id_warning_ = warnings_.size();
    warn(title_line_ < lines_.size() ? &lines_[title_line_] : nullptr, id_warning_zh(header.id), id_warning_en(header.id));
  }

  // `t` without brackets left holding only what remains of a span of years once the years
  // are gone: 行动计划（2023—2025年） → 行动计划（2023—） → 行动计划.
  static std::u32string without_year_brackets(const std::u32string& t) {
    static constexpr std::u32string_view kSpanChars = U"0123456789—–-－~～至 ";
    std::u32string out;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == U'（' || t[i] == U'(') {
        size_t close = i + 1;
        while (close < t.size() && kSpanChars.find(t[close]) != std::u32string_view::npos) ++close;
        if (close < t.size() && (t[close] == U'）' || t[close] == U')')) {
          i = close;
          continue;
        }
      }
      out += t[i];
    }
    return out;
  }

  // `t` without the pinyin a mirror site inserts after a character: 重點工(gōng)作 → 重點工作.
  static std::u32string without_pinyin(const std::u32string& t) {
    std::u32string out;
    for (size_t i = 0; i < t.size(); ++i) {
      if ((t[i] == U'(' || t[i] == U'（') && i > 0 && ideograph_or_zero(t[i - 1])) {
        size_t close = i + 1;
        while (close < t.size() && is_latin_letter(t[close])) ++close;
        if (close > i + 1 && close < t.size() && (t[close] == U')' || t[close] == U'）')) {
          i = close;
          continue;
        }
      }
      out += t[i];
    }
    return out;
  }

  // The plan's title without the notice's wrapping (关于印发《…》的通知) and without its
  // years, then the plan's year in brackets: 深化改革重点任务分工方案（2021）.
  std::string derived_id(const PlanHeader& header) const {
    std::u32string t = without_pinyin(to_u32(header.title));
    size_t about = t.find(U"关于印发");
    if (about == std::u32string::npos) about = t.find(U"關於印發");
    if (about != std::u32string::npos) t = t.substr(about + 4);
    if (ends(t, U"的通知")) t.resize(t.size() - 3);
    std::u32string shorter;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == U'《' || t[i] == U'》') continue;
      size_t pos = i;
      if (read_year(t, pos) && pos < t.size() && t[pos] == U'年') {
        // 2017年度 goes with its 度: 徐庄镇2017年度安全生产… is 徐庄镇安全生产…
        i = pos + 1 < t.size() && t[pos + 1] == U'度' ? pos + 1 : pos;
        continue;
      }
      shorter += t[i];
    }
    shorter = without_year_brackets(shorter);
    if (shorter.size() > 40) shorter = shorter.substr(0, 40);
    if (shorter.empty()) {
      std::string stem = doc_.path;
      size_t slash = stem.find_last_of('/');
      if (slash != std::string::npos) stem = stem.substr(slash + 1);
      size_t dot = stem.rfind('.');
      if (dot != std::string::npos && dot > 0) stem = stem.substr(0, dot);
      shorter = to_u32(stem.empty() ? std::string("方案") : stem);
    }
    int year = title_year(header.title).value_or(header.issued.year);
    return to_utf8(shorter) + "（" + std::to_string(year) + "）";
  }

  void read_issuer(PlanHeader& header) {
    if (!signature_issuer_.empty()) {
      header.issuer = signature_issuer_;
      return;
    }
    // Above the signature's date, or above a garbled date line that stands where it would.
    size_t mark = signature_ < lines_.size() ? signature_ : garbled_;
    if (mark < lines_.size()) {
      size_t i = mark;
      while (i > 0 && lines_[i - 1].folded.empty() && !lines_[i - 1].in_table) --i;
      while (i > 0) {
        const Line& line = lines_[i - 1];
        // The signature ends upwards at a blank line, a sentence, a label or the 文号.
        if (line.in_table || line.folded.empty() || has_sentence_mark(line.folded) || is_numbered(line.folded) ||
            line.folded.size() > 30 || !labels_in(line.folded).empty() || is_document_number(line.folded))
          break;
        // Above the name under the date, only more issuers' names: a notice's list of
        // attachments (2.2025年…任务分解) ends the signature.
        if (!header.issuer.empty() && !names_an_organ(line.folded)) break;
        size_t pos = 0;
        if (!(read_date_at(line.folded, pos) && pos == line.folded.size())) header.issuer = to_utf8(line.written);
        --i;
      }
      if (!header.issuer.empty()) return;
    }
    if (const Field* f = field(FieldKind::Issuer, [](const Field&) { return true; })) {
      header.issuer = f->value;
      return;
    }
    if (signature_ < lines_.size())
      warn(&lines_[signature_], "日期上方没有发文单位署名", "no issuer's signature above the issue date");
  }

  // The year a title names on its own (2020年…工作计划), not a span (2021—2025年).
  static std::optional<int> title_year(const std::string& title) {
    std::u32string t = fold(to_u32(title));
    std::optional<int> found;
    for (size_t i = 0; i < t.size(); ++i) {
      if (i > 0 && (is_ascii_digit(t[i - 1]) || chinese_digit(t[i - 1]) >= 0)) continue;
      size_t pos = i;
      auto year = read_year(t, pos);
      if (!year || *year < 1949 || *year > 2100) continue;
      bool span_before = i > 0 && (t[i - 1] == '-' || t[i - 1] == U'—' || t[i - 1] == U'–' || t[i - 1] == U'～' ||
                                   t[i - 1] == '~' || t[i - 1] == U'至');
      bool span_after = pos < t.size() && (t[pos] == '-' || t[pos] == U'—' || t[pos] == U'–' || t[pos] == U'～' ||
                                           t[pos] == '~' || t[pos] == U'至');
      if (pos < t.size() && t[pos] == U'年' && pos + 1 < t.size() &&
          (t[pos + 1] == '-' || t[pos + 1] == U'—' || t[pos + 1] == U'–' || t[pos + 1] == U'～' || t[pos + 1] == U'至'))
        span_after = true;
      if (span_before || span_after) return std::nullopt;
      if (!found) found = *year;
      i = pos;
    }
    return found;
  }

  const SourceDocument& doc_;
  const PlanHeaderOptions& options_;
  std::vector<ImportWarning>& warnings_;
  std::vector<Line> lines_;
  std::vector<Field> fields_;
  size_t header_end_ = 0;
  size_t signature_ = SIZE_MAX, garbled_ = SIZE_MAX, title_line_ = SIZE_MAX;
  Date signature_date_;
  std::string signature_issuer_;  // when the signature and its date share a line
};

}  // namespace

PlanHeader read_plan_header(const SourceDocument& doc, const PlanHeaderOptions& options,
                            std::vector<ImportWarning>& warnings) {
  return HeaderReader(doc, options, warnings).read();
}

}  // namespace plancheck
