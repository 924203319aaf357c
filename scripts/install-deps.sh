#!/usr/bin/env bash
# Installs the Debian packages dossier needs to build and test, if missing.
# Safe to run again; needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(
  g++ cmake make pkg-config python3 sqlite3
  libicu-dev libre2-dev libsqlite3-dev libxml2-dev libssl-dev zlib1g-dev
  catch2 libcli11-dev nlohmann-json3-dev libfmt-dev
  libopencc-dev opencc libstemmer-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
