#!/usr/bin/env bash
# Installs what is missing, builds dossier and its tests, runs every test with ctest.
# This is the README's test command and exactly what .ci/run runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOSSIER_BUILD_TESTS=ON -DDOSSIER_BUILD_BENCH=OFF >/dev/null
cmake --build build -j"$jobs"
cd build && ctest --output-on-failure -j"$jobs"
