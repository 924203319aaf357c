#!/usr/bin/env bash
# The README's test command, and exactly what .ci/run runs:
#   1. installs what is missing (Debian packages, clang for the fuzzers);
#   2. builds dossier and every test with GCC under AddressSanitizer and
#      UndefinedBehaviorSanitizer (cmake --preset asan, -O1) and runs the whole
#      suite with ctest: a memory error, leak or undefined behaviour fails it;
#   3. builds the libFuzzer targets with clang and runs each for FUZZ_SECONDS
#      (default 30) on its seed corpus (scripts/fuzz.sh); FUZZ_SECONDS=0 skips.
# For a quick optimised build with tests use `cmake --preset dev`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build build-asan -j"$jobs"
# halt_on_error: the first report fails its test; detect_leaks: LeakSanitizer on.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
(cd build-asan && ctest --output-on-failure -j"$jobs")
echo "test suite under ASan+UBSan: $(( $(date +%s) - start )) s"
fuzz_seconds=${FUZZ_SECONDS:-30}
if [ "$fuzz_seconds" -gt 0 ]; then
  bash scripts/fuzz.sh "$fuzz_seconds"
fi
echo "scripts/test.sh: $(( $(date +%s) - start )) s after installing packages"
