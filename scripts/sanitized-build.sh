#!/usr/bin/env bash
# One clang build with AddressSanitizer and UndefinedBehaviorSanitizer, in build-asan: the
# test suite runs on it (scripts/test.sh) and so do the libFuzzer targets (scripts/fuzz.sh),
# so CI compiles the core twice (release and sanitized), not three times.
# -O1: the sanitized suite is CPU-bound; -O0 would double its time.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++ -DPLANCHECK_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" "$@" >/dev/null
cmake --build build-asan -j"$(nproc)"
