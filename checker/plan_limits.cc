#include "plan_limits.h"

#include <vector>

#include "chinese_variants.h"
#include "dates.h"
#include "import_text.h"

namespace plancheck {

namespace {

// The paragraph without the spaces, line breaks and full stops after its last word.
std::string_view trimmed_end(std::string_view text) {
  while (!text.empty()) {
    if (ends_with(text, "。")) text.remove_suffix(3);
    else if (ends_with(text, "　")) text.remove_suffix(3);
    else if (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t' || text.back() == '.')
      text.remove_suffix(1);
    else break;
  }
  return text;
}

// The bracket closing `text`: where its opening mark starts and where its content begins and
// ends (bytes). False when `text` does not end in a closing bracket or it never opens.
bool closing_bracket(std::string_view text, size_t& open, size_t& content_begin, size_t& content_end) {
  text = trimmed_end(text);
  size_t close_size = 0;
  if (ends_with(text, "）") || ends_with(text, "〕") || ends_with(text, "】")) close_size = 3;
  else if (ends_with(text, ")") || ends_with(text, "]")) close_size = 1;
  if (close_size == 0) return false;
  content_end = text.size() - close_size;
  int depth = 0;
  for (size_t i = content_end; i > 0;) {
    // Step back one UTF-8 character.
    size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::string_view c = text.substr(start, i - start);
    if (c == "）" || c == ")" || c == "〕" || c == "】" || c == "]") {
      ++depth;
    } else if (c == "（" || c == "(" || c == "〔" || c == "【" || c == "[") {
      if (depth == 0) {
        open = start;
        content_begin = i;
        return true;
      }
      --depth;
    }
    i = start;
  }
  return false;
}

// Whether the whole of `content` is one time: the date reader's match covers it (2024年6月底,
// 2023年底, 2024年) or two dates joined as a period (2024年3月—11月底, 2023—2025年).
bool time_alone(std::string_view content) {
  const std::string s = to_simplified(span_of_years_as_period(trim_spaces(content)));
  if (s.empty()) return false;
  const std::vector<DeadlineMatch> matches = find_deadlines(s, /*ref_year=*/2024);
  if (matches.empty() || matches.front().offset != 0) return false;
  for (const DeadlineMatch& m : matches)
    if (m.deadline.kind != DeadlineKind::Date) return false;
  const DeadlineMatch& last = matches.back();
  if (last.offset + last.length != s.size()) return false;
  if (matches.size() == 1) return true;
  if (matches.size() != 2) return false;
  const std::string between = trim_spaces(std::string_view(s).substr(matches[0].length, matches[1].offset - matches[0].length));
  for (std::string_view mark : {"至", "到", "—", "——", "－", "-", "~", "～", "–", "―"})
    if (between == mark) return true;
  return false;
}

}  // namespace

bool open_ended_limit(std::string_view value) {
  std::string s = to_simplified(trim_spaces(value));
  while (ends_with(s, "。") || ends_with(s, "；") || ends_with(s, "，")) s.resize(s.size() - 3);
  if (s.empty()) return false;
  for (std::string_view words : {"全年", "全年度", "贯穿全年", "常年", "长年"})
    if (s == words || (starts_with(s, words) && s.size() <= words.size() + 12)) return true;
  // 整改时限：立行立改 — at once, as a rectification list says it: no date either.
  for (std::string_view words : {"立行立改", "即知即改", "即查即改", "立即整改", "立即"})
    if (s == words || (starts_with(s, words) && s.size() <= words.size() + 18)) return true;
  // 长期坚持, 持续推进, 常态化开展, 即日起: the date reader's own open-ended wording, alone.
  const std::vector<DeadlineMatch> matches = find_deadlines(s, /*ref_year=*/2024);
  if (matches.empty() || matches.front().offset != 0) return false;
  for (const DeadlineMatch& m : matches)
    if (m.deadline.kind != DeadlineKind::OpenEnded) return false;
  return s.size() - matches.front().length <= 12;  // 长期坚持，常抓不懈: a few words more at most
}

bool recurs_within_year(std::string_view value) {
  std::string s = to_simplified(trim_spaces(value));
  while (ends_with(s, "。") || ends_with(s, "；") || ends_with(s, "，")) s.resize(s.size() - 3);
  if (count_chars(s) > 12) return false;
  for (std::string_view every : {"每季度", "每个季度", "每季", "每月", "每个月", "每半年", "每周", "每旬", "每双月"})
    if (starts_with(s, every)) return true;
  return false;
}

std::string span_of_years_as_period(std::string_view content) {
  const std::string s = trim_spaces(content);
  // Four digits, a dash or 至, four digits and 年: the first year wants its 年.
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits != 4) return s;
  std::string_view rest = std::string_view(s).substr(4);
  for (std::string_view mark : {"——", "—", "－", "-", "~", "～", "–", "―", "至", "到"}) {
    if (!starts_with(rest, mark)) continue;
    std::string_view second = rest.substr(mark.size());
    size_t d = 0;
    while (d < second.size() && second[d] >= '0' && second[d] <= '9') ++d;
    if (d == 4 && starts_with(second.substr(4), "年")) return s.substr(0, 4) + "年" + std::string(rest);
    return s;
  }
  return s;
}

std::string closing_time_bracket(std::string_view text) {
  size_t open = 0, b = 0, e = 0;
  if (!closing_bracket(text, open, b, e)) return "";
  // Right after a full stop or another bracket (or a line of its own): not a note on words.
  std::string_view before = std::string_view(text).substr(0, open);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\n' || before.back() == '\t')) before.remove_suffix(1);
  while (ends_with(before, "　")) before.remove_suffix(3);
  const bool own_line = std::string_view(text).substr(before.size(), open - before.size()).find('\n') != std::string_view::npos;
  const bool set_apart = before.empty() || own_line || ends_with(before, "。") || ends_with(before, "）") ||
                         ends_with(before, ")") || ends_with(before, "〕") || ends_with(before, "】") ||
                         ends_with(before, "；") || ends_with(before, ";");
  if (!set_apart) return "";
  std::string_view content = std::string_view(trimmed_end(text)).substr(b, e - b);
  if (!time_alone(content)) return "";
  return trim_spaces(content);
}

std::string closing_bracket_last_piece(std::string_view text) {
  size_t open = 0, b = 0, e = 0;
  if (!closing_bracket(text, open, b, e)) return "";
  std::string_view content = std::string_view(trimmed_end(text)).substr(b, e - b);
  size_t from = 0;
  for (std::string_view mark : {"，", "；", ",", ";"}) {
    size_t at = content.rfind(mark);
    if (at != std::string_view::npos && at + mark.size() > from) from = at + mark.size();
  }
  return trim_spaces(content.substr(from));
}

}  // namespace plancheck
