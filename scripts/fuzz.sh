#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] [TARGET...]: builds the libFuzzer targets with
# clang (ASan + UBSan) and runs each for SECONDS (default 30) on a seed corpus
# made from corpus/ and the test tables, as many at once as there are cores
# (FUZZ_PARALLEL overrides). Crashing inputs land in build-fuzz/crashes/<target>/;
# add each one to the tests when fixed. Exits non-zero if any target found a crash,
# leak, timeout or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-30}
shift || true
bash scripts/install-deps.sh
for p in clang libclang-rt-14-dev; do
  dpkg -s $p >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq --no-install-recommends $p >/dev/null; }
done
jobs=$(nproc 2>/dev/null || echo 2)
parallel=${FUZZ_PARALLEL:-$jobs}
# -O1 -g1: the sanitizers need little optimisation; line tables keep reports readable.
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DDOSSIER_FUZZ=ON -DDOSSIER_BUILD_TESTS=OFF -DDOSSIER_BUILD_BENCH=OFF >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_ingest fuzz_folded_text fuzz_numeral fuzz_extract_figure fuzz_extract_date
           fuzz_extract_org fuzz_extract_commitment fuzz_query fuzz_tokenizer fuzz_stored_text
           fuzz_fact_pack)
fi
cmake --build build-fuzz -j"$jobs" --target "${targets[@]}" >/dev/null
seeds=build-fuzz/seeds
mkdir -p $seeds
# Seeds: every corpus document and every test data file.
find corpus tests/data -type f -size -256k -exec cp {} $seeds/ \; 2>/dev/null || true

# run_target NAME: one libFuzzer run; prints a one-line verdict, exits non-zero on a finding.
run_target() {
  local t=$1
  mkdir -p build-fuzz/work/$t build-fuzz/crashes/$t
  if build-fuzz/tests/fuzz/$t build-fuzz/work/$t $seeds -max_total_time=$SECONDS_PER_TARGET \
       -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix=build-fuzz/crashes/$t/ \
       -print_final_stats=1 >build-fuzz/$t.log 2>&1; then
    echo "ok     $t: $(grep -o 'stat::number_of_executed_units: *[0-9]*' build-fuzz/$t.log | grep -o '[0-9]*$') runs in ${SECONDS_PER_TARGET}s"
  else
    echo "FAILED $t (build-fuzz/$t.log, input in build-fuzz/crashes/$t/)"
    grep -E "ERROR|SUMMARY|runtime error" build-fuzz/$t.log | head -5
    return 1
  fi
}
export -f run_target
export SECONDS_PER_TARGET seeds
printf '%s\n' "${targets[@]}" | xargs -P "$parallel" -I{} bash -c 'run_target {}'
