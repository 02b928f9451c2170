#include "docx_comments.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unistd.h>

#include <pugixml.hpp>
#include <zip.h>

#include "document.h"
#include "ooxml.h"  // kMaxPartDepth

namespace plancheck {

namespace {

constexpr const char* kMainNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kCommentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr const char* kCommentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
constexpr zip_uint64_t kMaxPartBytes = zip_uint64_t{256} << 20;

bool is(pugi::xml_node node, const char* name) {
  return node.type() == pugi::node_element && std::strcmp(local_name(node.name()), name) == 0;
}

pugi::xml_node child(pugi::xml_node node, const char* name) {
  for (pugi::xml_node c : node.children())
    if (is(c, name)) return c;
  return {};
}

const char* attr(pugi::xml_node node, const char* name) {
  for (pugi::xml_attribute a : node.attributes())
    if (std::strcmp(local_name(a.name()), name) == 0) return a.value();
  return nullptr;
}

int int_attr(pugi::xml_node node, const char* name, int fallback) {
  const char* value = attr(node, name);
  return value && *value ? std::atoi(value) : fallback;
}

struct ZipCloser {
  void operator()(zip_t* z) const {
    if (z) zip_discard(z);
  }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

bool read_entry(zip_t* zip, zip_int64_t index, std::string* out) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
      st.size > kMaxPartBytes)
    return false;
  zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
  if (!file) return false;
  out->assign(static_cast<size_t>(st.size), '\0');
  zip_int64_t n = out->empty() ? 0 : zip_fread(file, out->data(), st.size);
  zip_fclose(file);
  return n == static_cast<zip_int64_t>(st.size);
}

bool read_part(zip_t* zip, const std::string& name, std::string* out) {
  zip_int64_t index = zip_name_locate(zip, name.c_str(), 0);
  return index >= 0 && read_entry(zip, index, out);
}

bool parse(const std::string& bytes, pugi::xml_document* doc) {
  return doc->load_buffer(bytes.data(), bytes.size(),
                          pugi::parse_default | pugi::parse_declaration | pugi::parse_ws_pcdata) &&
         doc->document_element();
}

std::string save(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  std::string text = out.str();
  if (!doc.first_child() || doc.first_child().type() != pugi::node_declaration)
    text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + text;
  return text;
}

// "word/document.xml" from _rels/.rels.
std::string main_part_name(zip_t* zip) {
  std::string bytes;
  pugi::xml_document rels;
  if (read_part(zip, "_rels/.rels", &bytes) && parse(bytes, &rels))
    for (pugi::xml_node r : rels.document_element().children()) {
      const char* type = attr(r, "Type");
      const char* target = attr(r, "Target");
      if (type && target && std::string(type).size() >= 15 &&
          std::string(type).compare(std::string(type).size() - 15, 15, "/officeDocument") == 0) {
        std::string t = target;
        if (!t.empty() && t[0] == '/') t.erase(0, 1);
        return t;
      }
    }
  return "word/document.xml";
}

// The prefix ("w:") the document uses for WordprocessingML.
std::string main_prefix(pugi::xml_node root) {
  for (pugi::xml_attribute a : root.attributes())
    if (std::strncmp(a.name(), "xmlns:", 6) == 0 && std::strcmp(a.value(), kMainNs) == 0) return std::string(a.name() + 6) + ":";
  return "w:";
}

bool has_text(pugi::xml_node p) {
  for (pugi::xml_node n = p.first_child(); n; n = next_in_subtree(n, p))
    if (is(n, "t")) {
      std::string_view t = n.text().get();
      for (size_t i = 0; i < t.size();) {
        if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
          ++i;
        } else if (t.compare(i, 3, "\u3000") == 0) {
          i += 3;
        } else if (t.compare(i, 2, "\u00a0") == 0) {
          i += 2;
        } else {
          return true;
        }
      }
    }
  return false;
}

// The body's paragraphs with text and its top-level tables, as the .docx reader counts them.
struct BodyIndex {
  std::vector<pugi::xml_node> paragraphs;  // [n-1] = paragraph n
  std::vector<pugi::xml_node> tables;
  pugi::xml_node first_paragraph;

  void walk(pugi::xml_node node, int depth = 0) {
    if (depth > ooxml::kMaxPartDepth) return;  // as the .docx reader (it refuses deeper parts)
    for (pugi::xml_node c : node.children()) {
      if (is(c, "p")) {
        if (!first_paragraph) first_paragraph = c;
        if (has_text(c)) paragraphs.push_back(c);
      } else if (is(c, "tbl")) {
        tables.push_back(c);
      } else if (is(c, "sdt")) {
        walk(child(c, "sdtContent"), depth + 1);
      } else if (is(c, "customXml") || is(c, "ins") || is(c, "moveTo")) {
        walk(c, depth + 1);
      }
    }
  }
};

template <typename F>
void each(pugi::xml_node node, const char* name, F f, int depth = 0) {
  for (pugi::xml_node c : node.children()) {
    if (is(c, name))
      f(c);
    else if ((is(c, "sdt") || is(c, "customXml")) && depth < ooxml::kMaxPartDepth)
      each(is(c, "sdt") ? child(c, "sdtContent") : c, name, f, depth + 1);
  }
}

// The cell of `table` at 1-based `row`, covering grid `column` (0: the first cell that holds
// more than a number — a row's task).
pugi::xml_node find_cell(pugi::xml_node table, int row, int column) {
  pugi::xml_node found;
  int r = 0;
  each(table, "tr", [&](pugi::xml_node tr) {
    if (++r != row || found) return;
    int at = 1;
    if (pugi::xml_node trpr = child(tr, "trPr"))
      if (pugi::xml_node before = child(trpr, "gridBefore")) at += std::max(0, int_attr(before, "val", 0));
    pugi::xml_node first, wordy;
    each(tr, "tc", [&](pugi::xml_node tc) {
      int span = 1;
      if (pugi::xml_node tcpr = child(tc, "tcPr"))
        if (pugi::xml_node s = child(tcpr, "gridSpan")) span = std::max(1, int_attr(s, "val", 1));
      if (!first) first = tc;
      if (!wordy) {
        std::string text;
        for (pugi::xml_node n = tc.first_child(); n; n = next_in_subtree(n, tc))
          if (is(n, "t")) text += n.text().get();
        if (text.size() > 6) wordy = tc;  // more than two characters: not a 序号
      }
      if (column > 0 && at <= column && column < at + span && !found) found = tc;
      at += span;
    });
    if (column == 0) found = wordy ? wordy : first;
  });
  return found;
}

// Puts commentRangeStart at the start of `first`, commentRangeEnd and the reference run at
// the end of `last` (both w:p).
void anchor(pugi::xml_node first, pugi::xml_node last, const std::string& w, int id) {
  std::string id_text = std::to_string(id);
  pugi::xml_node ppr = child(first, "pPr");
  pugi::xml_node start = ppr ? first.insert_child_after((w + "commentRangeStart").c_str(), ppr)
                             : first.prepend_child((w + "commentRangeStart").c_str());
  start.append_attribute((w + "id").c_str()) = id_text.c_str();
  pugi::xml_node end = last.append_child((w + "commentRangeEnd").c_str());
  end.append_attribute((w + "id").c_str()) = id_text.c_str();
  pugi::xml_node run = last.append_child((w + "r").c_str());
  run.append_child((w + "commentReference").c_str()).append_attribute((w + "id").c_str()) = id_text.c_str();
}

void add_comment(pugi::xml_node comments, const std::string& w, int id, const DocxComment& c,
                 const DocxCommentOptions& o) {
  pugi::xml_node comment = comments.append_child((w + "comment").c_str());
  comment.append_attribute((w + "id").c_str()) = std::to_string(id).c_str();
  comment.append_attribute((w + "author").c_str()) = o.author.c_str();
  if (!o.date.empty()) comment.append_attribute((w + "date").c_str()) = o.date.c_str();
  comment.append_attribute((w + "initials").c_str()) = o.initials.c_str();
  size_t start = 0;
  while (true) {
    size_t end = c.text.find('\n', start);
    std::string line = c.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    pugi::xml_node t = comment.append_child((w + "p").c_str()).append_child((w + "r").c_str()).append_child((w + "t").c_str());
    t.append_attribute("xml:space") = "preserve";
    t.text() = line.c_str();
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

std::string directory_of(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

std::string temporary_beside(const std::string& path) {
  static std::atomic<int> counter{0};
  return path + ".plancheck-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + ".tmp";
}

}  // namespace

bool add_docx_comments(const std::string& input, const std::string& output, const std::vector<DocxComment>& comments,
                       const DocxCommentOptions& options, DocxCommentResult* result) {
  *result = DocxCommentResult{};
  auto fail = [&](std::string why) {
    result->error = std::move(why);
    return false;
  };
  int code = 0;
  Zip in(zip_open(input.c_str(), ZIP_RDONLY, &code));
  if (!in) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return fail("不是 Word 文档（无法作为 zip 打开：" + why + "）");
  }
  const std::string main_part = main_part_name(in.get());
  const std::string rels_part = directory_of(main_part) + "_rels/" + main_part.substr(directory_of(main_part).size()) + ".rels";
  std::string document_bytes, rels_bytes, types_bytes, comments_bytes;
  if (!read_part(in.get(), main_part, &document_bytes)) return fail("Word 文档中没有 " + main_part);
  pugi::xml_document document, rels, types, comments_xml;
  if (!parse(document_bytes, &document)) return fail(main_part + " 不是有效的 XML");
  if (!read_part(in.get(), "[Content_Types].xml", &types_bytes) || !parse(types_bytes, &types))
    return fail("Word 文档中没有有效的 [Content_Types].xml");
  if (!read_part(in.get(), rels_part, &rels_bytes) || !parse(rels_bytes, &rels)) {
    rels.reset();
    pugi::xml_node root = rels.append_child("Relationships");
    root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/relationships";
  }
  const std::string w = main_prefix(document.document_element());

  // The comments part: the one the relationships name, else word/comments.xml, new.
  std::string comments_part;
  std::set<std::string> rel_ids;
  for (pugi::xml_node r : rels.document_element().children()) {
    if (const char* id = attr(r, "Id")) rel_ids.insert(id);
    const char* type = attr(r, "Type");
    const char* target = attr(r, "Target");
    if (type && target && std::strcmp(type, kCommentsType) == 0)
      comments_part = target[0] == '/' ? std::string(target + 1) : directory_of(main_part) + target;
  }
  const bool new_comments = comments_part.empty() || !read_part(in.get(), comments_part, &comments_bytes) ||
                            !parse(comments_bytes, &comments_xml);
  std::string cw = w;
  if (new_comments) {
    if (comments_part.empty()) {
      comments_part = directory_of(main_part) + "comments.xml";
      for (int n = 1;; ++n) {
        std::string id = "rId" + std::to_string(1000 + n);
        if (rel_ids.count(id)) continue;
        pugi::xml_node r = rels.document_element().append_child("Relationship");
        r.append_attribute("Id") = id.c_str();
        r.append_attribute("Type") = kCommentsType;
        r.append_attribute("Target") = comments_part.substr(directory_of(main_part).size()).c_str();
        break;
      }
    }
    comments_xml.reset();
    pugi::xml_node root = comments_xml.append_child((w + "comments").c_str());
    root.append_attribute(("xmlns:" + w.substr(0, w.size() - 1)).c_str()) = kMainNs;
  } else {
    cw = main_prefix(comments_xml.document_element());
  }
  bool has_override = false;
  for (pugi::xml_node o : types.document_element().children()) {
    const char* name = attr(o, "PartName");
    if (name && ("/" + comments_part) == name) has_override = true;
  }
  if (!has_override) {
    pugi::xml_node o = types.document_element().append_child("Override");
    o.append_attribute("PartName") = ("/" + comments_part).c_str();
    o.append_attribute("ContentType") = kCommentsContentType;
  }

  // Comment ids after every id already in use.
  int next_id = 0;
  for (pugi::xml_node n = comments_xml.document_element(); n; n = next_in_subtree(n, comments_xml.document_element()))
    if (is(n, "comment")) next_id = std::max(next_id, int_attr(n, "id", -1) + 1);
  for (pugi::xml_node n = document.document_element(); n; n = next_in_subtree(n, document.document_element()))
    if (is(n, "commentRangeStart") || is(n, "commentReference")) next_id = std::max(next_id, int_attr(n, "id", -1) + 1);

  BodyIndex body;
  body.walk(child(document.document_element(), "body"));
  for (const DocxComment& c : comments) {
    pugi::xml_node first, last;
    if (c.place.table > 0 && static_cast<size_t>(c.place.table) <= body.tables.size()) {
      pugi::xml_node cell = find_cell(body.tables[static_cast<size_t>(c.place.table - 1)], c.place.row, c.place.column);
      for (pugi::xml_node p : cell.children())
        if (is(p, "p")) {
          if (!first) first = p;
          last = p;
        }
    } else if (c.place.table == 0 && c.place.paragraph > 0 &&
               static_cast<size_t>(c.place.paragraph) <= body.paragraphs.size()) {
      first = last = body.paragraphs[static_cast<size_t>(c.place.paragraph - 1)];
    }
    if (first) {
      ++result->anchored;
    } else {
      first = last = body.paragraphs.empty() ? body.first_paragraph : body.paragraphs.front();
      if (!first) return fail("Word 文档正文中没有段落，无法添加批注");
      ++result->at_start;
    }
    anchor(first, last, w, next_id);
    add_comment(comments_xml.document_element(), cw, next_id, c, options);
    ++next_id;
  }

  // The new package: every entry copied as it is, but the four parts changed or added.
  std::map<std::string, std::string> replaced = {{main_part, save(document)},
                                                 {rels_part, save(rels)},
                                                 {"[Content_Types].xml", save(types)},
                                                 {comments_part, save(comments_xml)}};
  const std::string temporary = temporary_beside(output);
  Zip out(zip_open(temporary.c_str(), ZIP_CREATE | ZIP_EXCL, &code));
  if (!out) return fail("无法创建临时文件 " + temporary);
  auto abandon = [&](const std::string& why) {
    out.reset();
    std::remove(temporary.c_str());
    return fail(why);
  };
  std::set<std::string> written;
  zip_int64_t entries = zip_get_num_entries(in.get(), 0);
  auto add = [&](const std::string& name, zip_source_t* source) {
    if (!source) return false;
    if (zip_file_add(out.get(), name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      return false;
    }
    written.insert(name);
    return true;
  };
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(in.get(), static_cast<zip_uint64_t>(i), 0);
    if (!name) return abandon("无法读取 Word 文档的目录");
    auto changed = replaced.find(name);
    zip_source_t* source =
        changed != replaced.end()
            ? zip_source_buffer(out.get(), changed->second.data(), changed->second.size(), 0)
            : zip_source_zip(out.get(), in.get(), static_cast<zip_uint64_t>(i), 0, 0, -1);
    if (!add(name, source)) return abandon(std::string("无法复制 ") + name);
  }
  for (const auto& [name, bytes] : replaced)
    if (!written.count(name) && !add(name, zip_source_buffer(out.get(), bytes.data(), bytes.size(), 0)))
      return abandon("无法写入 " + name);
  zip_t* finished = out.release();
  if (zip_close(finished) != 0) {
    std::string why = zip_strerror(finished);
    zip_discard(finished);
    std::remove(temporary.c_str());
    return fail("无法写入 " + output + "：" + why);
  }
  if (std::rename(temporary.c_str(), output.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(temporary.c_str());
    return fail("无法写入 " + output + "：" + why);
  }
  return true;
}

bool read_docx_comments(const std::string& path, std::vector<AnchoredComment>* comments, std::string* error) {
  comments->clear();
  int code = 0;
  Zip zip(zip_open(path.c_str(), ZIP_RDONLY, &code));
  if (!zip) {
    *error = "not a zip";
    return false;
  }
  std::string document_bytes, comments_bytes;
  pugi::xml_document document, comments_xml;
  if (!read_part(zip.get(), main_part_name(zip.get()), &document_bytes) || !parse(document_bytes, &document)) {
    *error = "no main part";
    return false;
  }
  if (!read_part(zip.get(), "word/comments.xml", &comments_bytes) || !parse(comments_bytes, &comments_xml)) {
    *error = "no word/comments.xml";
    return false;
  }
  std::map<std::string, size_t> by_id;
  for (pugi::xml_node c : comments_xml.document_element().children()) {
    if (!is(c, "comment")) continue;
    AnchoredComment comment;
    comment.id = attr(c, "id") ? attr(c, "id") : "";
    comment.author = attr(c, "author") ? attr(c, "author") : "";
    comment.initials = attr(c, "initials") ? attr(c, "initials") : "";
    for (pugi::xml_node p : c.children()) {
      if (!is(p, "p")) continue;
      if (!comment.text.empty()) comment.text += '\n';
      for (pugi::xml_node n = p.first_child(); n; n = next_in_subtree(n, p))
        if (is(n, "t")) comment.text += n.text().get();
    }
    by_id[comment.id] = comments->size();
    comments->push_back(comment);
  }
  std::set<std::string> open;
  pugi::xml_node top = document.document_element();
  for (pugi::xml_node n = top; n; n = next_in_subtree(n, top)) {
    if (is(n, "commentRangeStart")) {
      std::string id = attr(n, "id") ? attr(n, "id") : "";
      open.insert(id);
      if (by_id.count(id))
        for (pugi::xml_node up = n.parent(); up; up = up.parent())
          if (is(up, "tc")) (*comments)[by_id[id]].in_table = true;
    } else if (is(n, "commentRangeEnd")) {
      open.erase(attr(n, "id") ? attr(n, "id") : "");
    } else if (is(n, "t")) {
      for (const std::string& id : open)
        if (by_id.count(id)) (*comments)[by_id[id]].anchored_text += n.text().get();
    } else if (is(n, "p")) {
      for (const std::string& id : open)
        if (by_id.count(id) && !(*comments)[by_id[id]].anchored_text.empty()) (*comments)[by_id[id]].anchored_text += '\n';
    }
  }
  return true;
}

}  // namespace plancheck
