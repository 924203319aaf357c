#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] [TARGET...]: builds the libFuzzer targets with
# clang (ASan + UBSan) and runs each for SECONDS (default 30) on a seed corpus
# made from corpus/ and the test tables. Crashing inputs land in
# build-fuzz/crashes/<target>/; add each one to the tests when fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-30}
shift || true
bash scripts/install-deps.sh
for p in clang libclang-rt-14-dev; do
  dpkg -s $p >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $p >/dev/null; }
done
jobs=$(nproc)
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDOSSIER_FUZZ=ON -DDOSSIER_BUILD_TESTS=OFF -DDOSSIER_BUILD_BENCH=OFF >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_ingest fuzz_folded_text fuzz_numeral fuzz_extract_figure fuzz_extract_date
           fuzz_extract_org fuzz_extract_commitment fuzz_query fuzz_tokenizer)
  # Only the targets this checkout has sources for.
  have=()
  for t in "${targets[@]}"; do
    base=${t%_figure}; base=${base%_date}; base=${base%_org}; base=${base%_commitment}
    [ -f tests/fuzz/$base.cpp ] && have+=("$t")
  done
  targets=("${have[@]}")
fi
cmake --build build-fuzz -j"$jobs" --target "${targets[@]}" >/dev/null
seeds=build-fuzz/seeds
mkdir -p $seeds
# Seeds: every corpus document and every test data file.
find corpus tests/data -type f -size -256k -exec cp {} $seeds/ \; 2>/dev/null || true
status=0
for t in "${targets[@]}"; do
  [ -x build-fuzz/tests/fuzz/$t ] || continue
  mkdir -p build-fuzz/work/$t build-fuzz/crashes/$t
  echo "== $t (${SECONDS_PER_TARGET}s)"
  if ! build-fuzz/tests/fuzz/$t build-fuzz/work/$t $seeds -max_total_time=$SECONDS_PER_TARGET \
       -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix=build-fuzz/crashes/$t/ \
       -print_final_stats=1 2>build-fuzz/$t.log; then
    status=1
    echo "FAILED: $t (see build-fuzz/$t.log and build-fuzz/crashes/$t/)"
    tail -30 build-fuzz/$t.log
  else
    grep -E "stat::number_of_executed_units|cov:" build-fuzz/$t.log | tail -2
  fi
done
exit $status
