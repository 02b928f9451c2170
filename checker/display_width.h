// How wide text is on a terminal: CJK characters and full-width forms take two columns,
// combining marks none (Unicode East Asian Width, via utf8proc). Tables that mix Chinese
// and ASCII line up only when they are padded by this width, never by bytes.
#pragma once
#include <string>
#include <string_view>

namespace plancheck {

// Columns `text` takes on a terminal. Bytes that are not UTF-8 count one column each.
size_t display_width(std::string_view text);

// `text` followed (pad_right) or preceded (pad_left) by spaces up to `width` columns;
// text already that wide or wider is returned as it is.
std::string pad_right(std::string_view text, size_t width);
std::string pad_left(std::string_view text, size_t width);

}  // namespace plancheck
