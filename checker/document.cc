#include "document.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

#include "numerals.h"
#include "text_encoding.h"

namespace plancheck {

const char* const kPlanNamespace = "urn:plancheck:plan:1";
const char* const kReportNamespace = "urn:plancheck:report:1";

std::string LoadError::to_string() const {
  std::ostringstream out;
  out << path << ":" << at.line << ":" << at.column << ": " << reason;
  return out.str();
}

// The next node after `node` in document order, staying inside `top`'s subtree.
pugi::xml_node next_in_subtree(pugi::xml_node node, pugi::xml_node top) {
  if (node.first_child()) return node.first_child();
  while (node && node != top) {
    if (node.next_sibling()) return node.next_sibling();
    node = node.parent();
  }
  return pugi::xml_node();
}

namespace {

// Where `s` stops being UTF-8 (no overlong forms, surrogates or values past U+10FFFF), or
// npos. This reads every byte of every file: runs of ASCII (the markup) go eight bytes at
// a time, the rest through the shared decoder, whose common cases are inline.
size_t first_invalid_utf8(const std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) {  // ASCII (markup, digits): eight bytes at a time while it lasts
      uint64_t eight;
      while (i + 8 <= n && (std::memcpy(&eight, p + i, 8), (eight & 0x8080808080808080ull) == 0)) i += 8;
      while (i < n && p[i] < 0x80) ++i;
      continue;
    }
    // A three-byte character led by E1–EC or EE–EF (every CJK ideograph and full-width
    // mark: most of a report) is valid with any two continuation bytes. E0 and ED, which
    // allow fewer, and the other forms are decoded (the whole check is a serial step
    // before a big report's rules can start).
    // A run of them goes through a loop of its own (the test folds the two continuation
    // bytes into one comparison).
    if (i + 3 <= n) {
      const size_t last = n - 3;  // where the last three-byte character can start
      size_t j = i;
      for (unsigned lead; j <= last && (lead = p[j]) - 0xE1u <= 0xEFu - 0xE1u && lead != 0xED &&
                          ((p[j + 1] ^ 0x80u) | (p[j + 2] ^ 0x80u)) < 0x40;)
        j += 3;
      if (j != i) {
        i = j;
        continue;
      }
    }
    CodePoint cp = decode_code_point(s, i);  // an invalid byte reads as U+FFFD, length 1
    if (cp.length == 1) return i;
    i += cp.length;
  }
  return std::string::npos;
}

// The encoding a byte order mark or the first bytes announce, if it is not UTF-8.
const char* foreign_encoding(const std::string& s) {
  auto starts = [&](const char* p, size_t n) { return s.size() >= n && std::memcmp(s.data(), p, n) == 0; };
  if (starts("\xFF\xFE\0\0", 4) || starts("\0\0\xFE\xFF", 4)) return "UTF-32";
  if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2)) return "UTF-16";
  if (starts("<\0", 2) || starts("\0<", 2)) return "UTF-16";  // no BOM: a '<' and a zero byte
  return nullptr;
}

// The encoding named in the XML declaration, lower-cased, or "" when none is named.
std::string declared_encoding(const std::string& s) {
  if (s.compare(0, 5, "<?xml") != 0) return "";
  size_t end = s.find("?>");
  size_t at = s.find("encoding", 0);
  if (end == std::string::npos || at == std::string::npos || at > end) return "";
  size_t quote = s.find_first_of("\"'", at);
  if (quote == std::string::npos || quote > end) return "";
  size_t close = s.find(s[quote], quote + 1);
  if (close == std::string::npos || close > end) return "";
  std::string name = s.substr(quote + 1, close - quote - 1);
  std::transform(name.begin(), name.end(), name.begin(), ::tolower);
  return name;
}

// Decoded length in bytes of the character reference or entity starting at raw[i] ('&'),
// and the raw length it occupies. pugixml decodes the five predefined entities and
// numeric references; anything else it leaves as written.
void entity_lengths(const std::string& raw, size_t i, size_t* raw_len, size_t* decoded_len) {
  size_t semi = raw.find(';', i);
  if (semi == std::string::npos || semi - i > 12) { *raw_len = *decoded_len = 1; return; }
  std::string name = raw.substr(i + 1, semi - i - 1);
  *raw_len = semi - i + 1;
  if (name == "lt" || name == "gt" || name == "amp" || name == "apos" || name == "quot") {
    *decoded_len = 1;
  } else if (!name.empty() && name[0] == '#') {
    unsigned long cp = name.size() > 1 && (name[1] == 'x' || name[1] == 'X')
                           ? std::strtoul(name.c_str() + 2, nullptr, 16)
                           : std::strtoul(name.c_str() + 1, nullptr, 10);
    *decoded_len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  } else {
    *decoded_len = *raw_len;
  }
}

struct DepthCheck : pugi::xml_tree_walker {
  int max_depth;
  pugi::xml_node too_deep;
  explicit DepthCheck(int limit) : max_depth(limit) {}
  bool for_each(pugi::xml_node& node) override {
    if (depth() + 1 > max_depth) { too_deep = node; return false; }
    return true;
  }
};

}  // namespace

std::unique_ptr<Document> Document::load(const std::string& path, const LoadLimits& limits,
                                         LoadError* error) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) {
    *error = {path, {1, 1}, "无法读取文件 (cannot read file): " + std::string(std::strerror(errno))};
    return nullptr;
  }
  std::streamoff size = in.tellg();
  if (size < 0 || static_cast<size_t>(size) > limits.max_file_bytes) {
    *error = {path, {1, 1},
              "文件过大 (file too large): " + std::to_string(size) + " bytes, limit " +
                  std::to_string(limits.max_file_bytes) + " (--max-file-size)"};
    return nullptr;
  }
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  return parse(std::move(bytes), path, limits, error);
}

std::unique_ptr<Document> Document::parse(std::string bytes, const std::string& path,
                                          const LoadLimits& limits, LoadError* error) {
  std::unique_ptr<Document> doc(new Document());
  doc->path_ = path;
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  doc->bytes_ = std::move(bytes);
  doc->index_lines();
  auto fail = [&](size_t offset, const std::string& reason) {
    *error = {path, doc->position_of_offset(offset), reason};
    return nullptr;
  };
  std::string& text = doc->bytes_;

  if (const char* enc = foreign_encoding(text))
    return fail(0, std::string("文件编码为 ") + enc + "，须为 UTF-8 (encoding is " + enc + ", must be UTF-8)");
  std::string declared = declared_encoding(text);
  if (!declared.empty() && is_gb_label(declared)) {
    // Many offices still save GBK. GB18030 keeps every ASCII byte (so every '\n' and
    // every line) where it was, and a character is a character in either encoding, so
    // lines and columns counted in the converted text are those of the file.
    std::string utf8;
    size_t bad_gb = 0;
    if (!decode_text(text, &utf8, nullptr, &bad_gb))
      return fail(bad_gb, "按声明的编码 " + declared + " 无法读取的字节 (bytes that are not " + declared + ")");
    // The declaration now says what the text is.
    size_t end = utf8.find("?>");
    size_t at = utf8.find("encoding");
    size_t quote = at == std::string::npos ? at : utf8.find_first_of("\"'", at);
    size_t close = quote == std::string::npos ? quote : utf8.find(utf8[quote], quote + 1);
    if (close != std::string::npos && close < end) utf8.replace(quote + 1, close - quote - 1, "UTF-8");
    text = std::move(utf8);
    doc->line_starts_.clear();
    doc->index_lines();
    doc->converted_from_ = declared;
    declared = "utf-8";
  }
  if (!declared.empty() && declared != "utf-8" && declared != "utf8")
    return fail(0, "声明的编码为 " + declared + "，须为 UTF-8 (declared encoding " + declared + ", must be UTF-8)");
  size_t bad = first_invalid_utf8(text);
  if (bad != std::string::npos) return fail(bad, "不是有效的 UTF-8 字节 (invalid UTF-8)");
  // XML has no character U+0000, and pugixml would take the byte for the end of the text.
  size_t zero = text.find('\0');
  if (zero != std::string::npos) return fail(zero, "含有零字节，不是 UTF-8 文本 (a zero byte: not UTF-8 text)");
  size_t first_tag = text.find_first_not_of(" \t\r\n");
  if (first_tag == std::string::npos) return fail(0, "文件为空 (empty file)");

  // parse_doctype keeps the DOCTYPE as a node so it can be refused below; pugixml
  // itself never loads a DTD or expands a declared entity.
  const unsigned options = pugi::parse_default | pugi::parse_doctype;
  // In place only where the parse replaces bytes one for one (see document.h): entities
  // and CRLF shift text, and position_in_text must see the text as written.
  const bool in_place = text.find('&') == std::string::npos && text.find('\r') == std::string::npos;
  const char last_byte = text.back();
  pugi::xml_parse_result parsed =
      in_place ? doc->xml_.load_buffer_inplace(text.data(), text.size(), options, pugi::encoding_utf8)
               : doc->xml_.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    // pugixml zeroes the last byte while it parses; on a truncated file that byte may
    // end a multi-byte character, and the error's column counts characters up to it.
    if (in_place) text.back() = last_byte;
    std::string reason = std::string("XML 格式错误 (not well-formed): ") + parsed.description();
    return fail(static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)), reason);
  }
  for (pugi::xml_node child : doc->xml_.children())
    if (child.type() == pugi::node_doctype)
      return fail(text.rfind("<!DOCTYPE", static_cast<size_t>(std::max<ptrdiff_t>(child.offset_debug(), 0))),
                  "不接受 DOCTYPE（DTD 与实体一律不读） (DOCTYPE is not allowed)");
  pugi::xml_node root = doc->root();
  if (!root) return fail(0, "没有根元素 (no root element)");

  DepthCheck depth(limits.max_depth);
  doc->xml_.traverse(depth);
  if (depth.too_deep)
    return fail(static_cast<size_t>(std::max<ptrdiff_t>(depth.too_deep.offset_debug() - 1, 0)),  // its `<`
                "元素嵌套超过 " + std::to_string(limits.max_depth) + " 层 (nesting deeper than " +
                    std::to_string(limits.max_depth) + ", --max-depth)");

  const char* ns = root.attribute("xmlns").value();
  std::string root_name = root.name();
  if (root_name == "plan" && std::strcmp(ns, kPlanNamespace) == 0) doc->kind_ = DocumentKind::Plan;
  if (root_name == "report" && std::strcmp(ns, kReportNamespace) == 0) doc->kind_ = DocumentKind::Report;
  return doc;
}

namespace {
bool starts_character(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }
}  // namespace

void Document::index_lines() {
  line_starts_.push_back(0);
  for (const char* at = bytes_.data(), *end = at + bytes_.size();
       (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<size_t>(end - at)))); )
    line_starts_.push_back(static_cast<size_t>(++at - bytes_.data()));
}

// Lazily: only documents with findings need columns. An in-place parse keeps every
// byte's kind (character start or continuation), so the parsed bytes count the same.
void Document::index_column_blocks() const {
  std::call_once(blocks_indexed_, [this] {
    characters_before_block_.reserve(bytes_.size() / kColumnBlock + 1);
    size_t characters = 0;
    for (size_t block = 0; block < bytes_.size(); block += kColumnBlock) {
      characters_before_block_.push_back(characters);
      size_t end = std::min(block + kColumnBlock, bytes_.size());
      for (size_t i = block; i < end; ++i) characters += starts_character(bytes_[i]);
    }
  });
}

size_t Document::offset_of_line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return std::string::npos;
  return line_starts_[static_cast<size_t>(line) - 1];
}

size_t Document::characters_before(size_t offset) const {
  index_column_blocks();
  size_t block = offset / kColumnBlock;
  if (block >= characters_before_block_.size()) block = characters_before_block_.empty() ? 0 : characters_before_block_.size() - 1;
  size_t count = characters_before_block_.empty() ? 0 : characters_before_block_[block];
  return count + characters_between(block * kColumnBlock, offset);
}

size_t Document::characters_between(size_t from, size_t to) const {
  size_t count = 0;
  for (size_t i = from; i < to && i < bytes_.size(); ++i) count += starts_character(bytes_[i]);
  return count;
}

SourcePosition Document::position_of_offset(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(next - line_starts_.begin()) - 1;
  size_t line_start = line_starts_[line_index];
  // A line of ordinary length is counted directly; a long one (a report written without
  // line breaks) through the block index, so that many findings on it do not each walk
  // it from its start.
  size_t before = offset - line_start <= kColumnBlock ? characters_between(line_start, offset)
                                                      : characters_before(offset) - characters_before(line_start);
  size_t column = before + 1;
  return {static_cast<int>(line_index) + 1, static_cast<int>(column)};
}

SourcePosition Document::position_of(pugi::xml_node node) const {
  ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return {1, 1};
  // For an element pugixml points at its name; the user's eye goes to the `<`.
  if (node.type() == pugi::node_element && offset > 0) --offset;
  return position_of_offset(static_cast<size_t>(offset));
}

SourcePosition Document::position_of(pugi::xml_attribute attr) const {
  // pugixml keeps offsets for nodes only. Its parse buffer holds every name in place, so
  // the buffer's start (the root's name minus the root's offset) turns an attribute's
  // name pointer into an offset too.
  pugi::xml_node root = this->root();
  if (!attr || !root) return {1, 1};
  const char* buffer = root.name() - root.offset_debug();
  ptrdiff_t offset = attr.name() - buffer;
  if (offset < 0 || static_cast<size_t>(offset) >= bytes_.size()) return {1, 1};
  return position_of_offset(static_cast<size_t>(offset));
}

SourcePosition Document::position_in_text(pugi::xml_node element, size_t index) const {
  size_t seen = 0;  // decoded bytes before the current text node
  ptrdiff_t last_end = element.offset_debug();
  for (pugi::xml_node node = element.first_child(); node; node = next_in_subtree(node, element)) {
    if (node.type() != pugi::node_pcdata && node.type() != pugi::node_cdata) continue;
    size_t length = std::strlen(node.value());
    size_t raw = static_cast<size_t>(node.offset_debug());
    if (index >= seen + length) { seen += length; last_end = node.offset_debug(); continue; }
    size_t want = index - seen;
    bool cdata = node.type() == pugi::node_cdata;
    for (size_t decoded = 0; decoded < want && raw < bytes_.size();) {
      if (!cdata && bytes_[raw] == '&') {
        size_t raw_len, decoded_len;
        entity_lengths(bytes_, raw, &raw_len, &decoded_len);
        raw += raw_len;
        decoded += decoded_len;
      } else if (!cdata && bytes_[raw] == '\r' && raw + 1 < bytes_.size() && bytes_[raw + 1] == '\n') {
        raw += 2;  // pugixml folds CRLF to one '\n'
        decoded += 1;
      } else {
        ++raw;
        ++decoded;
      }
    }
    return position_of_offset(raw);
  }
  return position_of_offset(static_cast<size_t>(std::max<ptrdiff_t>(last_end, 0)));
}

const char* local_name(const char* name) {
  const char* colon = std::strchr(name, ':');
  return colon ? colon + 1 : name;
}

std::string_view text_view(pugi::xml_node element, std::string& buffer) {
  auto is_text = [](pugi::xml_node n) { return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata; };
  if (is_text(element)) return element.value();
  pugi::xml_node only = element.first_child();
  if (only && !only.next_sibling() && is_text(only)) return only.value();
  buffer = text_of(element);
  return buffer;
}

std::string text_of(pugi::xml_node element) {
  if (element.type() == pugi::node_pcdata || element.type() == pugi::node_cdata) return element.value();
  std::string text;
  for (pugi::xml_node node = element.first_child(); node; node = next_in_subtree(node, element))
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) text += node.value();
  return text;
}

}  // namespace plancheck
