// The marks a metric's reading stops at, shared by checker/metrics.cc and checker/metric_items.cc:
// sentence ends, clause marks, brackets and quotes, digits.
#pragma once

namespace plancheck::metric_text {

constexpr bool is_sentence_end(char32_t c) {
  switch (c) {
    case U'。': case U'；': case U'！': case U'？': case U';': case U'!': case U'?': case U'\n': return true;
    default: return false;
  }
}

// Marks that end a clause: what stands before a figure beyond them is not its subject.
constexpr bool is_clause_mark(char32_t c) {
  if (is_sentence_end(c)) return true;
  switch (c) {
    case U'，': case U'、': case U'：': case U',': case U'.': case U':': case U' ': case U'\t':
    case U'\r': case U'\u3000': case U'"': case U'|': case U'—': case U'-': case U'~': case U'～':
      return true;
    default:
      return false;
  }
}

constexpr char32_t opener_of(char32_t c) {
  switch (c) {
    case U'）': return U'（';
    case U')': return U'(';
    case U'》': return U'《';
    case U'”': return U'“';
    case U'」': return U'「';
    case U'』': return U'『';
    case U'’': return U'‘';
    case U'】': return U'【';
    case U'〕': return U'〔';
    case U'〉': return U'〈';
    case U']': return U'[';
    default: return 0;
  }
}
constexpr bool is_opener(char32_t c) {
  switch (c) {
    case U'（': case U'(': case U'《': case U'“': case U'「': case U'『': case U'‘': case U'【': case U'〔':
    case U'〈': case U'[':
      return true;
    default:
      return false;
  }
}

constexpr bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
constexpr bool is_roman_numeral(char32_t c) { return c >= U'Ⅰ' && c <= U'Ⅻ'; }

}  // namespace plancheck::metric_text
