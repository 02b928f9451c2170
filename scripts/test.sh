#!/usr/bin/env bash
# README's second command (and CI's): install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"

# The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer, in one clang
# build that also holds the libFuzzer targets (scripts/sanitized-build.sh).
scripts/sanitized-build.sh
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"

# A short run of each libFuzzer target on that build; docs/security.md.
scripts/fuzz.sh 30
