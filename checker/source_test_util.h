// Helpers for the document readers' tests (checker/source_*_test.cc).
#pragma once
#include <filesystem>
#include <functional>
#include <string>

#include <catch2/catch.hpp>

#include "cli.h"
#include "source_document.h"

namespace plancheck_test {

inline std::string source_fixture(const std::string& name) { return PLANCHECK_FIXTURE("tests/data/sources/" + name); }

// Reads a file through read_source_document; on failure the error's Chinese text is in *error.
inline bool read_source(const std::string& path, plancheck::SourceDocument* doc, std::string* error = nullptr,
                        const plancheck::SourceReadOptions& options = {}) {
  plancheck::SourceReadError e;
  bool ok = plancheck::read_source_document(path, options, doc, &e);
  if (error) *error = e.zh;
  return ok;
}

// All paragraph texts and cell texts joined, to ask whether some words came out at all.
inline std::string all_text(const plancheck::SourceDocument& doc) { return plancheck::source_plain_text(doc); }

inline bool has_note(const plancheck::SourceDocument& doc, const std::string& zh) {
  for (const auto& note : doc.notes)
    if (note.first.find(zh) != std::string::npos) return true;
  return false;
}

inline std::string metadata(const plancheck::SourceDocument& doc, const std::string& key) {
  for (const auto& field : doc.metadata)
    if (field.first == key) return field.second;
  return "";
}

// `text` without any white space (ASCII, U+3000, U+00A0): how the corpus compares renderings.
inline std::string without_spaces(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (text.compare(i, 3, "\xE3\x80\x80") == 0) { i += 2; continue; }
    if (text.compare(i, 2, "\xC2\xA0") == 0) { i += 1; continue; }
    out += text[i];
  }
  return out;
}

// Calls `check(rendering, text)` for every corpus rendering (corpus/docx/*<extension>) read
// through read_source_document, with the text of the plan it renders (corpus/plans/*.txt).
// Returns how many were read; -1 (and a warning) when the corpus is not there.
inline int for_each_corpus_rendering(const std::string& extension,
                                     const std::function<void(const plancheck::SourceDocument&, const std::string&)>& check) {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(PLANCHECK_SHARED_DIR) / "corpus";
  if (!fs::is_directory(corpus / "docx")) {
    WARN("no corpus at " << corpus.string());
    return -1;
  }
  int read = 0;
  for (const auto& entry : fs::directory_iterator(corpus / "docx")) {
    if (entry.path().extension() != extension) continue;
    INFO(entry.path().filename().string());
    plancheck::SourceDocument doc;
    std::string error;
    REQUIRE(read_source(entry.path().string(), &doc, &error));
    check(doc, read_file((corpus / "plans" / (entry.path().stem().string() + ".txt")).string()));
    ++read;
  }
  return read;
}

}  // namespace plancheck_test
