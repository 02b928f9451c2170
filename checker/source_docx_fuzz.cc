// libFuzzer target (cmake -DPLANCHECK_FUZZ=ON, clang): see fuzz_entries.h.
#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plancheck::fuzz_source_docx(data, size);
  return 0;
}
