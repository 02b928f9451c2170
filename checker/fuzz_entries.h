// What each libFuzzer target (checker/*_fuzz.cc) does with one input, in the core library
// so that tests/fuzz_regressions_test.cc replays every input a fuzzer once crashed on
// through the same code. Each function must return normally for any bytes at all.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace plancheck {

struct FuzzTarget {
  const char* name;  // the *_fuzz.cc file without the suffix; also its corpus folder name
  void (*run)(const uint8_t* data, size_t size);
};

// Loads the bytes as a document, validates it against the schemas and runs the default
// rule pack on it (as a report of fixtures/plans/004-liaocheng.xml, or as a plan).
void fuzz_check_document(const uint8_t* data, size_t size);
// read_deadline and find_deadlines.
void fuzz_dates(const uint8_t* data, size_t size);
// read_quantity, find_quantities and quantities_agree.
void fuzz_quantities(const uint8_t* data, size_t size);
// import_plan, and the plan it makes loaded back as a plan.
void fuzz_import_plan(const uint8_t* data, size_t size);

// read_source_bytes on the bytes as a .docx (the zip and XML reader), and source_plain_text.
void fuzz_source_docx(const uint8_t* data, size_t size);
// read_source_bytes on the bytes as a .pdf (poppler and the layout rebuild), and source_plain_text.
void fuzz_source_pdf(const uint8_t* data, size_t size);

const std::vector<FuzzTarget>& fuzz_targets();

}  // namespace plancheck
