#!/usr/bin/env bash
# Sanitizer suite: builds the core, CLI and Catch2 tests with clang's AddressSanitizer and
# UndefinedBehaviorSanitizer (plus the libFuzzer targets), runs every test, then runs each fuzz
# target for a short bounded time. Fails on any finding. Called by scripts/test.sh.
# Env: DATELINE_FUZZ_SECONDS (per target, default 20; 0 skips fuzzing), DATELINE_ASAN_DIR.
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh test installs them).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${DATELINE_ASAN_DIR:-$root/build-asan}"
seconds="${DATELINE_FUZZ_SECONDS:-20}"
jobs="$(nproc)"
# shellcheck source=fuzz-common.sh
source "$root/scripts/fuzz-common.sh"

for tool in clang clang++; do
  command -v "$tool" >/dev/null || { echo "dateline: $tool not found; run scripts/install-deps.sh test" >&2; exit 1; }
done

echo "sanitizer build in $build"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDATELINE_SANITIZE=ON -DDATELINE_FUZZ=ON >/dev/null
cmake --build "$build" -j"$jobs"

# Leaks count as failures; UBSan stops at the first finding with a stack.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
echo "Catch2 suite under ASan + UBSan"
# A test that runs past the timeout counts as a hang. The two biggest hostile cases (100,000
# files through the CLI, a 10 MB line) take minutes under ASan; the release suite runs them, and
# the same code paths run here on smaller inputs.
failed=()
(cd "$build" && ctest --output-on-failure -j"$jobs" --timeout "${DATELINE_TEST_TIMEOUT:-300}" \
  -E "hostile cli - 100,000|hostile sizes - a 10 MB line") || failed+=("Catch2 suite")

if [[ "$seconds" != 0 ]]; then
  for target in $(fuzz_targets); do
    run_fuzz "$build" "$target" "$seconds" || failed+=("fuzz_$target")
  done
fi
if ((${#failed[@]})); then
  echo "dateline: sanitizers or fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "sanitizers and fuzzing: clean"
