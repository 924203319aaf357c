#!/usr/bin/env bash
# bench/run.sh [MB] [SEED]: every benchmark, one table, each figure beside its baseline.
#
# Builds the release binaries, generates a deterministic corpus of MB
# megabytes (default 100) of mixed zh-Hans / zh-Hant / ja / en documents, and
# measures in the same run:
#   - reading + hashing the files (baseline for ingest)
#   - a bare SQLite FTS5 unicode61 import of the same paragraphs (baseline)
#   - dossier add end to end with 1 job and with all cores: MB/s, docs/s, peak memory
#   - database size relative to the text
#   - extraction throughput per fact type (bench/extract_bench)
#   - the index benchmark, when bench/index_bench is built (search/query latency)
# The machine is shared and noisy: read the ratios, not the absolute times.
# DOSSIER_BEFORE=/path/to/an/older/dossier adds rows for that binary, measured
# in the same run, for before/after comparisons. ROUNDS=N (default 1) repeats
# the FTS5 import and the ingest runs and reports their medians.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
SEED=${2:-42}
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
jobs=$(nproc)
mkdir -p bench/out
# The build's output (GCC 12 prints -Wrestrict false positives at -O3) goes
# to a log, shown only when the build fails.
if ! { cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BUILD_TESTS=OFF -DDOSSIER_BUILD_BENCH=ON &&
       cmake --build build-release -j"$jobs"; } >bench/out/build.log 2>&1; then
  cat bench/out/build.log >&2
  exit 1
fi
bin=build-release
out=bench/out
corpus=$out/corpus-$MB-$SEED
mkdir -p $out
[ -d "$corpus" ] || $bin/bench/generate_corpus --out "$corpus" --mb "$MB" --seed "$SEED"
files=$(find "$corpus" -type f | wc -l)
bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
mb=$(awk "BEGIN {print $bytes/1048576}")

# run CMD...: prints "seconds peak_kb" of the command.
run() { /usr/bin/time -f "%e %M" -o $out/time.txt "$@" >/dev/null 2>$out/stderr.txt || true; cat $out/time.txt; }

read hash_s hash_kb < <(run $bin/bench/baseline_bench hash "$corpus")
# runjson OUT CMD...: like run, keeping stdout (add --json) in OUT.
runjson() { local o=$1; shift; /usr/bin/time -f "%e %M" -o $out/time.txt "$@" >"$o" 2>$out/stderr.txt || true; cat $out/time.txt; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
max() { printf '%s\n' "$@" | sort -g | tail -1; }
# ROUNDS=N runs the FTS5 import and each add N times, interleaved (1 job,
# all jobs, then the same for DOSSIER_BEFORE), and reports medians: on this
# shared machine one pair of runs put the speed-up anywhere from 1.5x to 2.1x.
rounds=${ROUNDS:-1}
before=${DOSSIER_BEFORE:-}
fts=(); fts_kbs=(); a1=(); an=(); an_kb=(); up=(); b1=(); bn=(); bn_kb=(); bup=()
for round in $(seq "$rounds"); do
  rm -f $out/fts5-baseline.db
  read s kb < <(run $bin/bench/baseline_bench fts5 "$corpus" $out/fts5-baseline.db)
  fts+=("$s"); fts_kbs+=("$kb")
  rm -f $out/add1.db* $out/addn.db*
  read s1 _ < <(runjson $out/add1.jsonl $bin/cli/dossier --db $out/add1.db add --json --jobs 1 "$corpus")
  read sn kb < <(runjson $out/addn.jsonl $bin/cli/dossier --db $out/addn.db add --json --jobs "$jobs" "$corpus")
  a1+=("$s1"); an+=("$sn"); an_kb+=("$kb"); up+=("$(awk "BEGIN {print $s1/$sn}")")
  if [ -n "$before" ]; then
    rm -f $out/before1.db* $out/beforen.db*
    read s1 _ < <(run "$before" --db $out/before1.db add --quiet --jobs 1 "$corpus")
    read sn kb < <(run "$before" --db $out/beforen.db add --quiet --jobs "$jobs" "$corpus")
    b1+=("$s1"); bn+=("$sn"); bn_kb+=("$kb"); bup+=("$(awk "BEGIN {print $s1/$sn}")")
  fi
done
fts_s=$(median "${fts[@]}"); fts_kb=$(max "${fts_kbs[@]}")
fts_size=$(stat -c %s $out/fts5-baseline.db)
add1_s=$(median "${a1[@]}"); addn_s=$(median "${an[@]}"); addn_kb=$(max "${an_kb[@]}")
# CPU seconds of the writer and of the workers, from add's JSON summary (last round).
cpu() { tail -1 "$1" | python3 -c "import json,sys; s=json.load(sys.stdin)['summary']; print(s['writer_cpu_seconds'], s['workers_cpu_seconds'])"; }
read w1_writer w1_workers < <(cpu $out/add1.jsonl)
read wn_writer wn_workers < <(cpu $out/addn.jsonl)
last_addn_s=${an[-1]}
db_size=$(( $(stat -c %s $out/addn.db) + $(stat -c %s $out/addn.db-wal 2>/dev/null || echo 0) ))
if [ -n "$before" ]; then
  b1_s=$(median "${b1[@]}"); bn_s=$(median "${bn[@]}"); bn_kb=$(max "${bn_kb[@]}")
  bdb_size=$(( $(stat -c %s $out/beforen.db) + $(stat -c %s $out/beforen.db-wal 2>/dev/null || echo 0) ))
fi
# speedups RATIOS...: the median speed-up of the rounds, and their range.
speedups() { if [ $# -gt 1 ]; then printf '%.2fx (rounds %s)' "$(median "$@")" "$(printf '%s\n' "$@" | sort -g | awk '{printf "%s%.2f", (NR>1 ? " " : ""), $1}')"; else printf '%.2fx' "$1"; fi; }

rate() { awk "BEGIN {printf \"%.2f\", $mb/$1}"; }
ratio() { awk "BEGIN {printf \"%.2f\", $1/$2}"; }
echo
echo "corpus: $files documents, $(printf %.1f $mb) MB (seed $SEED), $jobs cores; ingest: median of $rounds round(s)"
echo
echo "| measure | dossier | baseline | ratio |"
echo "|---|---|---|---|"
echo "| ingest end to end, 1 job (MB/s) | $(rate $add1_s) | FTS5 unicode61 import $(rate $fts_s) | $(ratio $(rate $add1_s) $(rate $fts_s))x |"
echo "| ingest end to end, $jobs jobs (MB/s) | $(rate $addn_s) | FTS5 unicode61 import $(rate $fts_s) | $(ratio $(rate $addn_s) $(rate $fts_s))x |"
echo "| ingest, documents/s (1 job) | $(awk "BEGIN {printf \"%.0f\", $files/$add1_s}") | read+hash $(awk "BEGIN {printf \"%.0f\", $files/$hash_s}") | |"
echo "| ingest, documents/s ($jobs jobs) | $(awk "BEGIN {printf \"%.0f\", $files/$addn_s}") | read+hash $(awk "BEGIN {printf \"%.0f\", $files/$hash_s}") | |"
echo "| speed-up 1 → $jobs jobs | $(speedups "${up[@]}") | | |"
echo "| read + SHA-256 only (MB/s) | | $(rate $hash_s) | |"
echo "| database size / text | $(ratio $db_size $bytes)x | FTS5 unicode61 $(ratio $fts_size $bytes)x | |"
echo "| peak memory, add $jobs jobs (MB) | $((addn_kb/1024)) | FTS5 import $((fts_kb/1024)) | |"
echo "| CPU per MB, 1 job: writer / workers (s) | $(awk "BEGIN {printf \"%.3f / %.3f\", $w1_writer/$mb, $w1_workers/$mb}") | | writer $(ratio $w1_writer $w1_workers)x workers |"
# How much of the cores the writer and the workers kept busy (last round):
# what is missing is time when a thread waited (for the writer, for a
# worker's document, for the disk) instead of running.
echo "| cores busy, $jobs jobs (writer + workers CPU / wall / $jobs) | $(awk "BEGIN {printf \"%.0f%%\", 100*($wn_writer+$wn_workers)/($last_addn_s*$jobs)}") | | |"
# With W the workers' CPU and S the writer's, one job (one thread) takes
# W + S and N jobs on N cores at best max((W+S)/N, S): the single writer
# bounds the speed-up at (W+S)/S however many cores there are.
echo "| speed-up ceiling 1 → $jobs jobs, (W+S)/max((W+S)/$jobs,S) | $(awk "BEGIN {W=$w1_workers; S=$w1_writer; b=((W+S)/$jobs>S?(W+S)/$jobs:S); printf \"%.2f\", (W+S)/b}")x | | |"
if [ -n "$before" ]; then
  echo "| DOSSIER_BEFORE: ingest, 1 job (MB/s) | $(rate $b1_s) | FTS5 unicode61 import $(rate $fts_s) | $(ratio $(rate $b1_s) $(rate $fts_s))x |"
  echo "| DOSSIER_BEFORE: ingest, $jobs jobs (MB/s) | $(rate $bn_s) | FTS5 unicode61 import $(rate $fts_s) | $(ratio $(rate $bn_s) $(rate $fts_s))x |"
  echo "| DOSSIER_BEFORE: speed-up 1 → $jobs jobs | $(speedups "${bup[@]}") | | |"
  echo "| DOSSIER_BEFORE: database size / text | $(ratio $bdb_size $bytes)x | | |"
  echo "| DOSSIER_BEFORE: peak memory, $jobs jobs (MB) | $((bn_kb/1024)) | | |"
  echo "| this build vs DOSSIER_BEFORE, 1 job / $jobs jobs | $(ratio $b1_s $add1_s)x / $(ratio $bn_s $addn_s)x faster | | |"
fi
echo
echo "extraction throughput (MB of normalised text per second):"
[ -n "${SKIP_EXTRACT_BENCH:-}" ] || $bin/bench/extract_bench "$corpus" --threads "$jobs" | sed 's/^/    /'
if [ -x $bin/bench/index_bench ] && [ -z "${SKIP_INDEX_BENCH:-}" ]; then
  echo
  echo "index and query benchmark:"
  $bin/bench/index_bench --mb "$MB" --seed "$SEED" | sed 's/^/    /'
fi
