#!/usr/bin/env bash
# Builds the libFuzzer targets (checker/*_fuzz.cc) in the sanitized clang build, build-asan
# (scripts/sanitized-build.sh), and runs each for SECONDS (default 60) on a corpus seeded
# from fixtures/ and tests/fuzz-regressions/.
# A crash stops the script with the fuzzer's report; the input is saved as
# build-asan/crash-<target>-*: fix the bug, then keep the input in
# tests/fuzz-regressions/<target>/ (tests/fuzz_regressions_test.cc replays them all).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=build-asan
scripts/sanitized-build.sh
targets=(check_document dates quantities import_plan source_docx source_pdf)

# Seeds: every fixture XML for the document target; lines and paragraphs of the seed
# documents for the wording targets; the seed plans' text for import_plan.
corpus="$build/corpus"
rm -rf "$corpus"
mkdir -p "${targets[@]/#/$corpus/}"
cp fixtures/plans/*.xml fixtures/malformed/*.xml "$corpus/check_document/"
find fixtures/reports -name '*.xml' -exec cp --backup=numbered -t "$corpus/check_document/" {} +
cp fixtures/seeds/*.txt "$corpus/import_plan/"
# The readers: the small Word and PDF files made for their tests (tests/data/sources/make.py).
cp tests/data/sources/*.docx "$corpus/source_docx/"
cp tests/data/sources/*.pdf "$corpus/source_pdf/"
n=0
while IFS= read -r line; do
  [ -n "$line" ] || continue
  n=$((n + 1))
  printf '%s' "$line" >"$corpus/dates/line-$n"
  printf '%s' "$line" >"$corpus/quantities/line-$n"
done < <(cat fixtures/seeds/*.txt | tr -d '\r' | cut -c1-400 | sort -u | head -n 2000)
for target in "${targets[@]}"; do
  if [ -d "tests/fuzz-regressions/$target" ]; then cp tests/fuzz-regressions/"$target"/* "$corpus/$target/"; fi
done

# Leaks in our code fail the run; fontconfig's process-lifetime caches do not (tests/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

run_target() {
  local target="$1"
  # -rss_limit_mb: the document target holds plan 004 and a Lua state; 2 GiB is ample.
  if ! "$build/${target}_fuzz" "$corpus/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/crash-$target-" 2>"$build/$target.log"; then
    tail -n 60 "$build/$target.log"
    echo "fuzz: $target failed; the input is in $build/crash-$target-*"
    return 1
  fi
  echo "fuzz: $target: $(grep -E '^Done' "$build/$target.log")"
}

# Two targets at a time (CI has 2 cores): six targets take 3 x SECONDS.
echo "fuzz: ${targets[*]}, ${seconds}s each"
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for target in "${targets[@]:i:2}"; do
    run_target "$target" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
done
exit "$status"
