#!/usr/bin/env bash
# README's first command: install what is missing, build, and check the bundled reports.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target plancheck
set +e
./build/plancheck check --plan fixtures/plans/004-liaocheng.xml --plan fixtures/plans/003-benxi.xml \
  --as-of 2023-11-20 fixtures/reports
status=$?
set -e
echo "plancheck exit status: $status (0 clean, 1 findings at --fail-on level, 2 could not check)"
[ "$status" -le 1 ]
