// Times read_source_document on each file given (bench/readers.sh builds and runs it):
// the best of N runs, with the blocks it read.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "source_document.h"

int main(int argc, char** argv) {
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
      continue;
    }
    double best = 1e9;
    size_t blocks = 0;
    for (int r = 0; r < runs; ++r) {
      plancheck::SourceDocument doc;
      plancheck::SourceReadError error;
      auto start = std::chrono::steady_clock::now();
      bool ok = plancheck::read_source_document(argv[i], {}, &doc, &error);
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (!ok) {
        std::fprintf(stderr, "%s: %s\n", argv[i], error.zh.c_str());
        return 2;
      }
      best = std::min(best, seconds);
      blocks = doc.blocks.size();
    }
    std::printf("%-40s %8.3f s  (%zu blocks, best of %d)\n", argv[i], best, blocks, runs);
  }
  return 0;
}
