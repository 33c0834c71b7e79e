#!/usr/bin/env bash
# The sanitizer + fuzz stage of ./test.sh (issue 12): ONE clang build serves both.
#   1. configures build/sanitize with clang-14: everything compiled with
#      -fsanitize=address,undefined (UB is fatal) and -fsanitize=fuzzer-no-link (coverage for
#      libFuzzer), -O1 with line tables; benchmarks off; the libFuzzer targets of tests/fuzz on;
#   2. runs the GoogleTest suite (core, CLI, web logic) under ASan/UBSan/LeakSanitizer;
#   3. runs every fuzz target from its seed corpus: in ./test.sh a fixed number of inputs from a
#      fixed seed (-seed=1 -runs=N, ~20 s each), so the gate tries the same inputs on every
#      machine and a clean clone that passes here passes in CI; FUZZ_SECONDS=N instead explores
#      for N seconds per target from a random seed (finds new inputs; for developers).
# Exits non-zero on any failed test, sanitizer report, crash, leak, timeout or broken invariant.
#   scripts/sanitize.sh                 all three steps
#   scripts/sanitize.sh --fuzz-only     build only the fuzz targets and fuzz (no GoogleTest run)
#   FUZZ_SECONDS=600 scripts/sanitize.sh --fuzz-only    a longer fuzzing run (README, "Fuzzing")
#   FUZZ_TARGETS="document merge" ...   only these targets
# Found crashes land in build/sanitize/fuzz-artifacts/ (reproduce: build/sanitize/fuzz/fuzz_<t> FILE);
# the growing corpus in build/sanitize/fuzz-corpus/<t>/ (the committed seeds stay untouched).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dir="${SANITIZE_DIR:-build/sanitize}"
jobs="${SCORECARD_JOBS:-2}"
seconds="${FUZZ_SECONDS:-}"
run_tests=1
case "${1:-}" in
  --fuzz-only) run_tests=0 ;;
  "") ;;
  *) echo "usage: scripts/sanitize.sh [--fuzz-only]" >&2; exit 2 ;;
esac

command -v clang++-14 >/dev/null || { echo "sanitize: clang++-14 missing: run scripts/install-deps.sh" >&2; exit 1; }

echo "== sanitizer + fuzz build (clang-14, ASan+UBSan, -O1) in $dir"
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
  -DCMAKE_CXX_FLAGS="$san -fsanitize=fuzzer-no-link -Wno-missing-field-initializers" \
  -DCMAKE_EXE_LINKER_FLAGS="$san" \
  -DSCORECARD_BENCHMARKS=OFF -DSCORECARD_TESTS=ON -DSCORECARD_FUZZ=ON \
  -DSCORECARD_DIST_DIR="$root/$dir/dist" >/dev/null
# The build's output (clang's warnings included) goes to a log, shown when the build fails.
# --fuzz-only builds the fuzz targets alone.
build_targets=()
if [ "$run_tests" -eq 0 ]; then
  while read -r t; do [ -n "$t" ] && build_targets+=(--target "fuzz_$t"); done <"$dir/fuzz/targets.txt"
fi
if ! cmake --build "$dir" -j"$jobs" "${build_targets[@]}" >"$dir/build.log" 2>&1; then
  grep -E "error|FAILED" "$dir/build.log" | head -n 40
  tail -n 40 "$dir/build.log"
  echo "sanitize: the build failed (log: $dir/build.log)" >&2
  exit 1
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)}"
status=0

if [ "$run_tests" -eq 1 ]; then
  echo "== GoogleTest under ASan/UBSan"
  # Every test runs. The slowest under ASan is format_mutation_test (every sample mutated, about
  # a minute of CPU). cli_limits_test skips its address-space-limit case itself under ASan
  # (ASan reserves terabytes of address space; the normal ctest stage runs it).
  ctest --test-dir "$dir" --output-on-failure -j"$jobs" --timeout 600 || status=1
fi

if [ -n "$seconds" ]; then echo "== fuzzing: ${seconds}s per target, random seed"; else echo "== fuzzing: a fixed set of inputs per target (-seed=1)"; fi
mapfile -t targets < <(if [ -n "${FUZZ_TARGETS:-}" ]; then tr ' ' '\n' <<<"$FUZZ_TARGETS"; else cat "$dir/fuzz/targets.txt"; fi)
mkdir -p "$dir/fuzz-artifacts" "$dir/fuzz-logs"
# Extra read-only seed directories per target, beside tests/fuzz/corpus/<t>/ (not copied there,
# to keep the committed corpus small).
extra_seeds() {
  case "$1" in
    document|report) echo assets/samples tests/data/format tests/data/validation ;;
    csv_import) echo assets/import-examples ;;
    *) ;;
  esac
}
# Inputs per target in the gate: about 15-20 s of each on this project's 2-core machines, two
# at a time (the targets differ a lot in speed). -max_total_time caps a much slower machine at 120 s; what it
# tries then is a prefix of the same sequence.
gate_runs() {
  case "$1" in
    copy_audit) echo 60000 ;;
    share_link) echo 25000 ;;
    document) echo 5000 ;;
    report | diff) echo 7000 ;;
    csv_import) echo 2500 ;;
    merge) echo 1500 ;;
    *) echo 5000 ;;
  esac
}
run_target() {
  local t="$1" work="$dir/fuzz-corpus/$1" budget
  if [ -n "$seconds" ]; then budget=(-max_total_time="$seconds")
  else
    # The gate starts from the committed seeds alone, as in a clean clone.
    rm -rf "$work"
    budget=(-seed=1 -runs="$(gate_runs "$t")" -max_total_time=120)
  fi
  mkdir -p "$work"
  "$dir/fuzz/fuzz_$t" "${budget[@]}" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$dir/fuzz-artifacts/$t-" "$work" "tests/fuzz/corpus/$t" $(extra_seeds "$t") \
    >"$dir/fuzz-logs/$t.log" 2>&1
}
# Two targets at a time (the machine's two cores): the stage takes ~half the sum.
pids=() names=()
for t in "${targets[@]}"; do
  [ -n "$t" ] || continue
  run_target "$t" & pids+=($!) names+=("$t")
  if [ "${#pids[@]}" -ge "$jobs" ]; then
    if ! wait "${pids[0]}"; then status=1; echo "fuzz: ${names[0]} FAILED"; tail -n 60 "$dir/fuzz-logs/${names[0]}.log"; fi
    echo "fuzz: ${names[0]}: $(grep -E '^Done [0-9]+ runs' "$dir/fuzz-logs/${names[0]}.log" | tail -n 1)"
    pids=("${pids[@]:1}") names=("${names[@]:1}")
  fi
done
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then status=1; echo "fuzz: ${names[$i]} FAILED"; tail -n 60 "$dir/fuzz-logs/${names[$i]}.log"; fi
  echo "fuzz: ${names[$i]}: $(grep -E '^Done [0-9]+ runs' "$dir/fuzz-logs/${names[$i]}.log" | tail -n 1)"
done

[ "$status" -eq 0 ] && echo "sanitize: clean" || echo "sanitize: FAILED (logs: $dir/fuzz-logs/, crashes: $dir/fuzz-artifacts/)" >&2
exit "$status"
