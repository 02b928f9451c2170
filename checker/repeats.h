// Passages repeated verbatim within a scope of text (one task's progress, one narrative
// section): the `duplicate-passage` rule's search, done in C++ because it compares every
// window of the text with every earlier one.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

struct RepeatedPassage {
  size_t text = 0;          // which text of the scope holds the repeat (0-based)
  size_t offset = 0;        // byte offset of the repeat in that text
  size_t length = 0;        // its length in bytes there
  size_t first_text = 0;    // where the passage was first written
  size_t first_offset = 0;
};

// Every run of at least `min_chars` characters that repeats an earlier run of `texts`
// verbatim, once per repeat, at the repeat and as long as it goes on matching. White
// space (line breaks, ideographic spaces) is not compared and not counted: Chinese puts
// none between words, so a line break inside one copy is no difference. A run never
// crosses from one text into the next, and a repeat never overlaps the passage it repeats.
std::vector<RepeatedPassage> find_repeated_passages(const std::vector<std::string_view>& texts, size_t min_chars);

}  // namespace plancheck
