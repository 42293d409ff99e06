#!/usr/bin/env bash
# Sets up and runs every Dateline test: native Catch2 suite (CTest), the sanitizer build of
# the core and its tests, the web build, and the browser tests in headless Chromium.
# Installs what is missing; safe to re-run. Usage: scripts/test.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jobs="$(nproc)"

step() { printf '\n=== %s\n' "$*"; }

step "dependencies"
scripts/install-deps.sh test
[[ -x scripts/fetch-gumbo.sh ]] && scripts/fetch-gumbo.sh

step "native build and Catch2 suite"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")

if [[ -x scripts/test-sanitize.sh ]]; then
  step "sanitizers and fuzzing"
  scripts/test-sanitize.sh
fi

step "web build"
./build-wasm.sh

step "browser tests (headless Chromium)"
(cd tests/e2e && npm ci --no-audit --no-fund --silent && DATELINE_CLI="$root/build/dateline" npm test)
