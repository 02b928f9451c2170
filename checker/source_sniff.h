// What a document's bytes are, by content: the magic bytes of each container, and markup
// only a web page starts with. The readers dispatch on it (source_document.cc) and the
// submission service vets uploads with it (service/sniff.cc), so both read one table.
#pragma once
#include <string>
#include <string_view>

namespace plancheck {

enum class Sniffed { Text, Html, Zip, Pdf, Ole, Rtf };

// `extension` (lower case, with its dot) only breaks a tie: markup in a file named .html.
Sniffed sniff_source(std::string_view bytes, const std::string& extension);

}  // namespace plancheck
