#!/usr/bin/env bash
# The README's test command, and exactly what .ci/run runs:
#   1. installs what is missing (Debian packages, clang for the fuzzers);
#   2. builds dossier and every test with GCC under AddressSanitizer and
#      UndefinedBehaviorSanitizer (cmake --preset asan, -O1) and runs the whole
#      suite with ctest: a memory error, leak or undefined behaviour fails it;
#   3. builds the libFuzzer targets with clang and runs each for FUZZ_SECONDS
#      (default 20) on its seed corpus, three at a time (scripts/fuzz.sh);
#      FUZZ_SECONDS=0 skips.
#      The fuzz build and runs start beside the test run, which spends much of
#      its time waiting on child processes, so CI stays well under 20 minutes.
# For a quick optimised build with tests use `cmake --preset dev`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build build-asan -j"$jobs"
echo "ASan+UBSan build: $(( $(date +%s) - start )) s"

fuzz_seconds=${FUZZ_SECONDS:-20}
fuzz_pid=""
if [ "$fuzz_seconds" -gt 0 ]; then
  mkdir -p build-fuzz
  FUZZ_PARALLEL=3 bash scripts/fuzz.sh "$fuzz_seconds" >build-fuzz/ci.log 2>&1 &
  fuzz_pid=$!
fi

# halt_on_error: the first report fails its test; detect_leaks: LeakSanitizer on.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
(cd build-asan && ctest --output-on-failure -j"$jobs") || status=1
echo "test suite under ASan+UBSan: $(( $(date +%s) - start )) s"

if [ -n "$fuzz_pid" ]; then
  wait "$fuzz_pid" || status=1
  cat build-fuzz/ci.log
  echo "fuzzing: $(( $(date +%s) - start )) s"
fi
exit $status
