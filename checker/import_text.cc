#include "import_text.h"

#include <utf8proc.h>

namespace plancheck {

namespace {

// Byte length of the space at the start of `s` (ASCII white space, U+3000, U+00A0), or 0.
size_t space_at(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (starts_with(s, "\u3000")) return 3;
  if (starts_with(s, "\u00a0")) return 2;
  return 0;
}

// Byte length of the space that ends `s`, or 0.
size_t space_before_end(std::string_view s) {
  for (std::string_view space : {"\u3000", "\u00a0"})
    if (ends_with(s, space)) return space.size();
  if (!s.empty() && space_at(s.substr(s.size() - 1)) == 1) return 1;
  return 0;
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string trim_spaces(std::string_view s) {
  while (size_t n = space_at(s)) s.remove_prefix(n);
  while (size_t n = space_before_end(s)) s.remove_suffix(n);
  return std::string(s);
}

size_t count_chars(std::string_view s) {
  size_t count = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

bool split_lines(std::string_view text, std::vector<TextLine>* lines, int* bad_line) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  lines->clear();
  int number = 0;
  while (!text.empty() || number == 0) {
    size_t end = text.find_first_of("\r\n");
    std::string_view line = text.substr(0, end);
    ++number;
    if (!valid_utf8(line)) {
      *bad_line = number;
      return false;
    }
    lines->push_back({number, trim_spaces(line)});
    if (end == std::string_view::npos) break;
    size_t next = end + 1;
    if (text[end] == '\r' && next < text.size() && text[next] == '\n') ++next;
    text.remove_prefix(next);
  }
  return true;
}

bool ends_sentence(std::string_view line) {
  static constexpr std::string_view kEnds[] = {"。", "！", "？", "；", "：", "〕", "）", "】", "」", "!", "?",
                                               ";", ":", ")", "]", "…"};
  for (std::string_view end : kEnds)
    if (ends_with(line, end)) return true;
  return false;
}

bool has_clause_punctuation(std::string_view line) {
  static constexpr std::string_view kMarks[] = {"。", "，", ",", "；", ";", "：", ":", "！", "？", "!", "?"};
  for (std::string_view mark : kMarks)
    if (line.find(mark) != std::string_view::npos) return true;
  return false;
}

bool has_sentence_punctuation(std::string_view line) {
  return has_clause_punctuation(line) || line.find("、") != std::string_view::npos;
}

std::string xml_comment_text(std::string text) {
  for (size_t at = text.find("--"); at != std::string::npos; at = text.find("--", at)) text.replace(at, 2, "- -");
  return " " + text + " ";
}

namespace {

// Whether a line opens with a mark that closes a clause or a sentence.
bool opens_with_closing_mark(std::string_view line) {
  static constexpr std::string_view kMarks[] = {"。", "，", "、", "；", "：", "！", "？", ",", ";"};
  for (std::string_view mark : kMarks)
    if (starts_with(line, mark)) return true;
  return false;
}

}  // namespace

std::vector<Paragraph> join_paragraphs(const std::vector<TextLine>& lines, size_t from, size_t to,
                                       const std::function<bool(size_t)>& alone,
                                       const std::function<bool(size_t)>& starts_block) {
  std::vector<Paragraph> paragraphs;
  bool open = false;  // the last paragraph goes on in the next line
  for (size_t i = from; i < to && i < lines.size(); ++i) {
    const std::string& text = lines[i].text;
    if (text.empty()) continue;
    bool by_itself = alone(i);
    // A line that opens with a mark closing a clause (。，、；) ends the line before it: a copy
    // that breaks lines before figures leaves `…完成率达到` / `99.8%` / `。`. No paragraph starts so.
    const bool closes_line_before = !paragraphs.empty() && !starts_block(i) && opens_with_closing_mark(text);
    if ((open && !by_itself && !starts_block(i)) || closes_line_before) {
      paragraphs.back().text += text;
    } else {
      paragraphs.push_back({lines[i].number, text});
    }
    open = !by_itself && !ends_sentence(paragraphs.back().text);
  }
  return paragraphs;
}

}  // namespace plancheck
