// An XML document read from disk: the pugixml tree, the bytes it came from, and
// positions (line, column) for any node, attribute or character of text in it.
//
// The file is held once: when it has no '&' and no '\r', pugixml parses it in place, so
// the tree's strings point into bytes_ and its '\0' terminators stand where some ASCII
// bytes were ('\n' among them). The line index is therefore built before the parse;
// code-point counts do not change (one ASCII byte for another). A file with entities or
// CRLF would have text shifted left by the parse, so it is parsed from a copy instead.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace plancheck {

struct SourcePosition {
  int line = 1;
  int column = 1;  // in characters (code points), 1-based, as editors count
};

// Why a file could not be read as XML at all: the cli.md `file:line:column: reason`.
struct LoadError {
  std::string path;
  SourcePosition at;
  std::string reason;
  std::string to_string() const;
};

enum class DocumentKind { Unknown, Plan, Report };

struct LoadLimits {
  size_t max_file_bytes = 256u << 20;  // a larger file is refused before it is read
  int max_depth = 64;                  // element nesting; the formats need fewer than 10
};

class Document {
 public:
  // Reads and parses `path`. Refuses (with a LoadError) what plancheck never accepts:
  // a DOCTYPE (so no DTD, no entity of any kind), an encoding other than UTF-8 (a
  // declared GBK, GB2312 or GB18030 is converted: converted_from), bytes that are not UTF-8, an empty or truncated file, nesting past max_depth.
  static std::unique_ptr<Document> load(const std::string& path, const LoadLimits& limits,
                                        LoadError* error);
  // Same, from bytes in memory (tests, fuzzing); `path` is only used in messages.
  static std::unique_ptr<Document> parse(std::string bytes, const std::string& path,
                                         const LoadLimits& limits, LoadError* error);

  const std::string& path() const { return path_; }
  size_t size_bytes() const { return bytes_.size(); }  // of the file as read, BOM removed
  const pugi::xml_document& xml() const { return xml_; }
  pugi::xml_node root() const { return xml_.document_element(); }
  DocumentKind kind() const { return kind_; }
  // The encoding the XML declaration named when it was GBK, GB2312 or GB18030 (the text
  // was converted to UTF-8 on reading, lines and columns unchanged); "" for UTF-8.
  const std::string& converted_from() const { return converted_from_; }

  SourcePosition position_of_offset(size_t byte_offset) const;
  // Byte offset where 1-based `line` starts, or npos past the last line.
  size_t offset_of_line(int line) const;
  SourcePosition position_of(pugi::xml_node node) const;  // an element: its `<`
  SourcePosition position_of(pugi::xml_attribute attr) const;
  // The position of byte `index` of `element`'s text as text_of() returns it,
  // mapped back through entities and line ends to where it stands in the file.
  SourcePosition position_in_text(pugi::xml_node element, size_t index) const;

 private:
  Document() = default;
  void index_lines();                   // from the raw bytes, before any parse
  void index_column_blocks() const;
  size_t characters_before(size_t byte_offset) const;  // code points in bytes_[0, offset)
  size_t characters_between(size_t from, size_t to) const;  // code points in bytes_[from, to)

  std::string path_;
  std::string bytes_;        // UTF-8, BOM removed; declared before xml_, which may point into it
  pugi::xml_document xml_;
  DocumentKind kind_ = DocumentKind::Unknown;
  std::string converted_from_;
  std::vector<size_t> line_starts_;
  mutable std::once_flag blocks_indexed_;  // plans are shared between worker threads
  static constexpr size_t kColumnBlock = 4096;
  mutable std::vector<size_t> characters_before_block_;  // code points before each 4 KiB block
};

// The next node after `node` in document order within `top`'s subtree (iterative, so
// deep documents cannot overflow the stack).
pugi::xml_node next_in_subtree(pugi::xml_node node, pugi::xml_node top);

// A node or attribute name without its namespace prefix: "r:task" → "task".
const char* local_name(const char* name);

// The text of an element and its descendants, in document order (XPath string()).
std::string text_of(pugi::xml_node element);
// The same text, without a copy when `element` holds one text node and nothing else (most
// paragraphs): a view of the tree, or else of `buffer`, filled with text_of.
std::string_view text_view(pugi::xml_node element, std::string& buffer);

extern const char* const kPlanNamespace;    // urn:plancheck:plan:1
extern const char* const kReportNamespace;  // urn:plancheck:report:1

}  // namespace plancheck
