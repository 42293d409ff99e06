#!/usr/bin/env bash
# Longer local fuzzing: builds the libFuzzer targets in build-fuzz and runs each (or the ones
# named) for DATELINE_FUZZ_SECONDS (default 600) with up to DATELINE_FUZZ_WORKERS processes.
# Usage: scripts/fuzz-long.sh [TARGET...]   Targets: the names of tests/fuzz/*.cpp.
# Findings land in build-fuzz/fuzz-artifacts/; turn each into a regression test under
# tests/core/hostile/ named after the bug (docs/security.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${DATELINE_FUZZ_DIR:-$root/build-fuzz}"
seconds="${DATELINE_FUZZ_SECONDS:-600}"
workers="${DATELINE_FUZZ_WORKERS:-1}"
# shellcheck source=fuzz-common.sh
source "$root/scripts/fuzz-common.sh"

CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDATELINE_FUZZ=ON \
  -DDATELINE_TESTS=OFF >/dev/null
targets=("$@")
((${#targets[@]})) || mapfile -t targets < <(fuzz_targets)
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
extra=()
((workers > 1)) && extra=(-fork="$workers" -ignore_crashes=1)
status=0
for target in "${targets[@]}"; do
  DATELINE_FUZZ_MAX_LEN="${DATELINE_FUZZ_MAX_LEN:-65536}" run_fuzz "$build" "$target" "$seconds" "${extra[@]}" || status=1
done
echo "work corpora: $build/fuzz-corpus/ (to add a small new seed: copy it to tests/fuzz/corpus/<target>/)"
exit "$status"
