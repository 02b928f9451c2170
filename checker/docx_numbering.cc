#include "docx_numbering.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "ooxml.h"

namespace plancheck {

namespace {

using ooxml::attr;
using ooxml::child;
using ooxml::int_attr;
using ooxml::is;

// 一 … 九十九 and on: 十, 十一, 二十, 一百零五 (Word's chineseCounting).
std::string chinese_counting(int n, const char* const digits[10], const char* ten, const char* hundred,
                             const char* thousand) {
  if (n <= 0) return digits[0];
  if (n >= 10000) return std::to_string(n);
  std::string out;
  int th = n / 1000, h = n / 100 % 10, t = n / 10 % 10, u = n % 10;
  bool zero = false;
  if (th) out += std::string(digits[th]) + thousand;
  if (h) out += std::string(digits[h]) + hundred;
  else if (th && (t || u)) zero = true;
  if (t) {
    if (zero) out += digits[0], zero = false;
    if (!(t == 1 && n < 20)) out += digits[t];  // 十一, not 一十一
    out += ten;
  } else if ((th || h) && u) {
    zero = true;
  }
  if (u) {
    if (zero) out += digits[0];
    out += digits[u];
  }
  return out;
}

std::string letters(int n, char first) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>(first + (n - 1) % 26));
  return out;
}

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                        {90, "xc"},  {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                                                        {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kParts)
    for (; n >= value; n -= value) out += text;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

std::string DocxNumbering::format_number(int n, const std::string& format) {
  static const char* const kSimple[10] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};  // 一百零五
  static const char* const kLegal[10] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
  static const char* const kTraditional[10] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "japaneseCounting" ||
      format == "taiwaneseCounting" || format == "taiwaneseCountingThousand" || format == "koreanCounting")
    return chinese_counting(n, kSimple, "十", "百", "千");
  if (format == "chineseLegalSimplified") return chinese_counting(n, kLegal, "拾", "佰", "仟");
  if (format == "ideographDigital" || format == "taiwaneseDigital" || format == "japaneseDigitalTenThousand") {
    std::string out;
    for (char d : std::to_string(n)) out += kTraditional[d - '0'];
    return out;
  }
  if (format == "ideographTraditional" && n >= 1 && n <= 10) {
    static const char* const kStems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    return kStems[n - 1];
  }
  if ((format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") && n >= 1 && n <= 20) {
    char32_t c = U'①' + static_cast<char32_t>(n - 1);  // ① U+2460 … ⑳ U+2473
    return std::string{static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                       static_cast<char>(0x80 | (c & 0x3F))};
  }
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::string out;
    for (char d : std::to_string(n)) out += std::string("\xEF\xBC") + static_cast<char>(0x90 + (d - '0'));  // ０ U+FF10
    return out;
  }
  if (format == "decimalZero") return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (format == "upperLetter") return letters(n, 'A');
  if (format == "lowerLetter") return letters(n, 'a');
  if (format == "upperRoman") return roman(n, true);
  if (format == "lowerRoman") return roman(n, false);
  return std::to_string(n);
}

void DocxNumbering::load(const pugi::xml_document& numbering) {
  pugi::xml_node root = child(numbering, "numbering");
  for (pugi::xml_node node : root.children()) {
    if (is(node, "abstractNum")) {
      const char* id = attr(node, "abstractNumId");
      if (!id) continue;
      Abstract& abstract = abstracts_[id];
      for (pugi::xml_node lvl : node.children()) {
        if (!is(lvl, "lvl")) continue;
        int level = int_attr(lvl, "ilvl", -1);
        if (level < 0 || level > 8) continue;
        Level& l = abstract.levels[static_cast<size_t>(level)];
        if (pugi::xml_node fmt = child(lvl, "numFmt"); fmt && attr(fmt, "val")) l.format = attr(fmt, "val");
        if (pugi::xml_node text = child(lvl, "lvlText"); text && attr(text, "val")) l.text = attr(text, "val");
        if (pugi::xml_node start = child(lvl, "start")) l.start = int_attr(start, "val", 1);
        if (pugi::xml_node restart = child(lvl, "lvlRestart")) l.restart = std::max(-1, int_attr(restart, "val", -1));
      }
    } else if (is(node, "num")) {
      int id = int_attr(node, "numId", 0);
      pugi::xml_node abstract = child(node, "abstractNumId");
      if (id <= 0 || !abstract || !attr(abstract, "val")) continue;
      Instance& instance = instances_[id];
      instance.abstract_id = attr(abstract, "val");
      for (pugi::xml_node override_node : node.children()) {
        if (!is(override_node, "lvlOverride")) continue;
        int level = int_attr(override_node, "ilvl", -1);
        if (level < 0 || level > 8) continue;
        if (pugi::xml_node start = child(override_node, "startOverride"))
          instance.start_override[static_cast<size_t>(level)] = std::max(1, int_attr(start, "val", 1));
      }
    }
  }
}

std::string DocxNumbering::next_label(int num_id, int level) {
  if (level < 0 || level > 8) return "";
  auto instance = instances_.find(num_id);
  if (instance == instances_.end()) return "";
  auto abstract = abstracts_.find(instance->second.abstract_id);
  if (abstract == abstracts_.end()) return "";
  const auto& levels = abstract->second.levels;
  auto& counters = abstract->second.counters;
  Instance& in = instance->second;
  auto start_of = [&](size_t k) { return in.start_override[k] ? in.start_override[k] : levels[k].start; };
  size_t at = static_cast<size_t>(level);
  if (!in.used[at] && in.start_override[at]) counters[at] = in.start_override[at];  // restarted here
  else counters[at] = counters[at] == 0 ? start_of(at) : counters[at] + 1;
  in.used[at] = true;
  for (size_t k = at + 1; k < counters.size(); ++k) {
    const int restart = levels[k].restart;  // lower levels restart, unless lvlRestart says not after this one
    if (restart < 0 || (restart > 0 && static_cast<int>(at) < restart)) counters[k] = 0;
  }
  const Level& l = levels[at];
  if (l.format == "bullet" || l.format == "none") return "";
  std::string label;
  for (size_t i = 0; i < l.text.size(); ++i) {
    if (l.text[i] == '%' && i + 1 < l.text.size() && l.text[i + 1] >= '1' && l.text[i + 1] <= '9') {
      size_t k = static_cast<size_t>(l.text[i + 1] - '1');
      int n = counters[k] ? counters[k] : start_of(k);
      label += format_number(n, levels[k].format);
      ++i;
    } else {
      label += l.text[i];
    }
  }
  return label;
}

}  // namespace plancheck
