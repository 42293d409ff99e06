# Shared by test-sanitize.sh and fuzz-long.sh (sourced, not run): the fuzz targets, their seed
# folders, and one bounded libFuzzer run that fails loudly on any finding.

# Every tests/fuzz/<name>.cpp is a target, built as fuzz_<name>.
fuzz_targets() {
  local f
  for f in "$root"/tests/fuzz/*.cpp; do basename "$f" .cpp; done
}

# Committed seeds for a target: its own corpus plus the project's real inputs of that kind.
fuzz_seed_dirs() {
  local dirs=("$root/tests/fuzz/corpus/$1")
  case "$1" in
    read_article) dirs+=("$root/assets/articles" "$root/tests/data/read" "$root/tests/data/hostile") ;;
    pipeline) dirs+=("$root/assets/articles") ;;
    timeml | tag_time) dirs+=("$root/tests/data/time") ;;
  esac
  local d
  for d in "${dirs[@]}"; do [[ -d "$d" ]] && printf '%s\n' "$d"; done
}

# run_fuzz BUILD_DIR TARGET SECONDS [extra libFuzzer flags...]: new inputs go to a work corpus
# inside the build folder (never into the committed seeds); findings go to fuzz-artifacts/.
run_fuzz() {
  local build="$1" target="$2" seconds="$3"
  shift 3
  local bin="$build/fuzz_$target" work="$build/fuzz-corpus/$target" artifacts="$build/fuzz-artifacts"
  [[ -x "$bin" ]] || { echo "dateline: missing fuzz target $bin" >&2; return 1; }
  mkdir -p "$work" "$artifacts"
  local seeds=()
  mapfile -t seeds < <(fuzz_seed_dirs "$target")
  local dict=()
  [[ "$target" != bundle_json && -f "$root/tests/fuzz/time.dict" ]] && dict=(-dict="$root/tests/fuzz/time.dict")
  local log="$artifacts/$target.log"
  echo "fuzz $target: ${seconds}s"
  # -timeout: an input that takes longer counts as a hang; -rss_limit_mb: as a memory blow-up.
  if ! "$bin" -max_total_time="$seconds" -timeout="${DATELINE_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
       -max_len="${DATELINE_FUZZ_MAX_LEN:-16384}" -print_final_stats=1 \
       -artifact_prefix="$artifacts/$target-" "${dict[@]}" "$@" "$work" "${seeds[@]}" >"$log" 2>&1; then
    echo "dateline: fuzz target $target found a problem; input saved under $artifacts/$target-*" >&2
    grep -E "ERROR|SUMMARY|#[0-9]+ 0x|contract broken|Test unit written" "$log" | head -40 >&2 || true
    echo "dateline: full log: $log; reproduce with: $bin $artifacts/$target-<file>" >&2
    return 1
  fi
  grep -E "stat::number_of_executed_units|cov:" "$log" | tail -2 | sed "s/^/  /"
}
