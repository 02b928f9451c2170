#!/usr/bin/env bash
# README's second command (and CI's): install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"

# The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer (-O1: the
# sanitized suite is CPU-bound; -O0 would double its time).
cmake -S . -B build-asan -DPLANCHECK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" >/dev/null
cmake --build build-asan -j"$(nproc)"
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"

# A short run of each libFuzzer target (clang, in build-fuzz); docs/security.md.
scripts/fuzz.sh 60
