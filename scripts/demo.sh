#!/usr/bin/env bash
# Installs what is missing, builds the release binary, ingests corpus/ into a
# fresh database and shows what was stored. This is the README's demo command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BUILD_TESTS=OFF -DDOSSIER_BUILD_BENCH=OFF >/dev/null
cmake --build build-release -j"$jobs" --target dossier
dossier=build-release/cli/dossier
db=${DOSSIER_DEMO_DB:-demo.db}
rm -f "$db" "$db-wal" "$db-shm"
echo "== dossier add corpus/*.txt corpus/*.html corpus/*.xml   (the documents, not corpus/README.md)"
"$dossier" --db "$db" add corpus/*.txt corpus/*.html corpus/*.xml || true
echo
echo "== dossier list"
"$dossier" --db "$db" list
echo
echo "== dossier stats"
"$dossier" --db "$db" stats
echo
echo "== dossier search '经济'   (finds 经济, 經濟 and 経済)"
"$dossier" --db "$db" search --limit 5 '经济' || true
echo
echo "== dossier search --kwic 'RCEP 合作'"
"$dossier" --db "$db" search --kwic --limit 5 'RCEP 合作' || true
echo
echo "== dossier facts --type figure --unit USD"
"$dossier" --db "$db" facts --type figure --unit USD --limit 15
echo
echo "== dossier sheet --all"
"$dossier" --db "$db" sheet --all
