#include "text_parts.h"

#include <cstring>

#include "document.h"

namespace plancheck {

namespace {

constexpr size_t kSignatureChars = 40;  // a signature line: a unit's name and a date
constexpr std::string_view kYear = "年", kMonth = "月", kDay = "日", kAttachment = "附件";

// Digits of a year in Chinese numerals (二〇〇四), and of a month or a day (十一, 廿三).
// Every one is three bytes in UTF-8.
constexpr std::string_view kYearDigits[] = {"〇", "○", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::string_view kSmallNumerals[] = {"一", "二", "三", "四", "五", "六", "七",
                                               "八", "九", "十", "廿", "〇", "○", "零"};

template <size_t N>
bool is_one_of(std::string_view s, const std::string_view (&set)[N]) {
  for (std::string_view member : set)
    if (s == member) return true;
  return false;
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }  // Lua's %s
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte where the character before `at` starts (at > 0).
size_t previous_character(std::string_view s, size_t at) {
  do --at;
  while (at > 0 && is_continuation(s[at]));
  return at;
}

size_t characters(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !is_continuation(c);
  return n;
}

bool starts_with(std::string_view s, size_t at, std::string_view prefix) {
  return s.size() >= at + prefix.size() && s.compare(at, prefix.size(), prefix) == 0;
}

// Up to `most` small numerals from `at`: where they end, and how many there were.
std::pair<size_t, int> small_numerals(std::string_view s, size_t at, int most) {
  int n = 0;
  while (n < most && at + 3 <= s.size() && is_one_of(s.substr(at, 3), kSmallNumerals)) at += 3, ++n;
  return {at, n};
}

// Whether `s` ends with a date in digits: 2004年10月10日 (four digits, one or two, one or two).
bool ends_with_digit_date(std::string_view s) {
  auto digits_before = [&](size_t end) {
    size_t start = end;
    while (start > 0 && is_ascii_digit(s[start - 1])) --start;
    return end - start;
  };
  if (s.size() < kDay.size() || s.substr(s.size() - kDay.size()) != kDay) return false;
  size_t at = s.size() - kDay.size();
  size_t day = digits_before(at);
  if (day < 1 || day > 2 || at - day < kMonth.size() || s.substr(at - day - kMonth.size(), kMonth.size()) != kMonth)
    return false;
  at -= day + kMonth.size();
  size_t month = digits_before(at);
  if (month < 1 || month > 2 || at - month < kYear.size() || s.substr(at - month - kYear.size(), kYear.size()) != kYear)
    return false;
  at -= month + kYear.size();
  return digits_before(at) >= 4;
}

// `s` without ASCII white space at either end.
std::string_view trim_ascii_space(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

bool opens_attachment(std::string_view s) { return starts_with(trim_ascii_space(s), 0, kAttachment); }

// Where parts begin inside `s` (the first non-space byte after each Chinese-numeral
// date), and whether the text after `s` begins one (`s` ends with a signature date).
std::vector<size_t> part_breaks(std::string_view s, bool* next_starts_part) {
  std::vector<size_t> breaks;
  const std::vector<size_t> date_ends = chinese_date_ends(s);
  for (size_t end : date_ends) {
    size_t rest = end;
    while (rest < s.size() && is_ascii_space(s[rest])) ++rest;
    if (rest < s.size()) breaks.push_back(rest);
  }
  std::string_view trimmed = trim_ascii_space(s);
  // A date holds no ASCII space, so the dates of `trimmed` are those of `s`, moved.
  const size_t lead = static_cast<size_t>(trimmed.data() - s.data());
  bool ends_with_date = !date_ends.empty() && date_ends.back() == lead + trimmed.size();
  // At most four bytes a character: a longer text is no signature line, uncounted.
  if (!ends_with_date && trimmed.size() <= 4 * kSignatureChars && characters(trimmed) <= kSignatureChars)
    ends_with_date = ends_with_digit_date(trimmed);
  *next_starts_part = ends_with_date;
  return breaks;
}

std::vector<pugi::xml_node> child_elements(pugi::xml_node parent, const char* name) {
  std::vector<pugi::xml_node> nodes;
  for (pugi::xml_node child : parent.children(name))
    if (child.type() == pugi::node_element) nodes.push_back(child);
  return nodes;
}

}  // namespace

std::vector<size_t> chinese_date_ends(std::string_view s) {
  std::vector<size_t> ends;
  for (size_t year = s.find(kYear); year != std::string_view::npos; year = s.find(kYear, year + kYear.size())) {
    size_t start = year;
    int digits = 0;
    while (digits < 4 && start > 0) {
      size_t previous = previous_character(s, start);
      if (!is_one_of(s.substr(previous, start - previous), kYearDigits)) break;
      start = previous;
      ++digits;
    }
    if (digits != 4) continue;
    auto [month_end, months] = small_numerals(s, year + kYear.size(), 2);
    if (months == 0 || !starts_with(s, month_end, kMonth)) continue;
    auto [day_end, days] = small_numerals(s, month_end + kMonth.size(), 3);
    if (days > 0 && starts_with(s, day_end, kDay)) ends.push_back(day_end + kDay.size());
  }
  return ends;
}

void each_text_scope(const Document& report, const std::function<void(const TextScope&)>& fn) {
  pugi::xml_node root = report.root();
  if (std::strcmp(root.name(), "report") != 0) return;
  auto add = [&](std::vector<pugi::xml_node> nodes) {
    if (nodes.empty()) return;
    TextScope scope;
    for (pugi::xml_node node : nodes) scope.texts.push_back(text_of(node));
    scope.nodes = std::move(nodes);
    fn(scope);
  };
  for (pugi::xml_node task : root.children("task")) add(child_elements(task, "progress"));
  for (pugi::xml_node narrative : root.children("narrative")) {
    add(child_elements(narrative, "p"));
    for (pugi::xml_node node = narrative.first_child(); node; node = next_in_subtree(node, narrative))
      if (node.type() == pugi::node_element && std::strcmp(node.name(), "section") == 0)
        add(child_elements(node, "p"));
  }
}

std::vector<pugi::xml_node> rule_texts(const Document& report) {
  std::vector<pugi::xml_node> texts;
  pugi::xml_node root = report.root();
  if (std::strcmp(root.name(), "report") != 0) return texts;
  auto is = [](pugi::xml_node node, const char* name) {
    return node.type() == pugi::node_element && std::strcmp(node.name(), name) == 0;
  };
  for (pugi::xml_node child : root.children()) {
    if (is(child, "task")) {
      for (pugi::xml_node progress : child.children())
        if (is(progress, "progress")) texts.push_back(progress);
    } else if (is(child, "narrative")) {
      for (pugi::xml_node node = child.first_child(); node; node = next_in_subtree(node, child))
        if (is(node, "p") && (node.parent() == child || is(node.parent(), "section"))) texts.push_back(node);
    }
  }
  return texts;
}

std::vector<TextPart> split_into_parts(const TextScope& scope) {
  std::vector<TextPart> parts;
  TextPart part;
  auto close = [&] {
    if (!part.empty()) parts.push_back(std::move(part));
    part.clear();
  };
  bool starts_part = false;
  for (size_t i = 0; i < scope.texts.size(); ++i) {
    std::string_view s = scope.texts[i];
    if (starts_part || opens_attachment(s)) close();
    size_t from = 0;
    for (size_t at : part_breaks(s, &starts_part)) {
      part.push_back({scope.nodes[i], from, at - from});
      close();
      from = at;
    }
    part.push_back({scope.nodes[i], from, s.size() - from});
  }
  close();
  return parts;
}

std::vector<TextPart> text_parts(const Document& report) {
  std::vector<TextPart> parts;
  each_text_scope(report, [&](const TextScope& scope) {
    for (TextPart& part : split_into_parts(scope)) parts.push_back(std::move(part));
  });
  return parts;
}

}  // namespace plancheck
