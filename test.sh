#!/usr/bin/env bash
# Builds everything and runs every test: GoogleTest/ctest for core and CLI, then the browser
# tests that drive the real web app in headless Chromium. Exits non-zero on any failure.
#   ./test.sh              all stages
#   ./test.sh --native     install, the g++ build and its tests, then the sanitizer stage
#   ./test.sh --browser    install, web build, browser tests only
#   ./test.sh --sanitize   install, the sanitizer + fuzz stage only (scripts/sanitize.sh)
# Build dirs: build/native-test (g++, Debug without debug info: compiles and links faster than
# -O3 or -g, and keeps assertions on): the CLI that dist/bin ships, the benchmarks (ctest only
# smoke-runs them; numbers come from BENCHMARKS.md's build) and the tests that need a build
# without sanitizers (the CLI under an address-space limit);
# build/sanitize (clang-14 with ASan/UBSan and libFuzzer): the whole GoogleTest suite (core, CLI,
# web logic) under the sanitizers, then each fuzz target of tests/fuzz for 20 s — one build for
# both, so the suite is compiled once (the time budget: ./test.sh stays under 30 minutes);
# build/web (Release, shared with run.sh; the browser tests run the build that ships).
# Browser-test screenshots of failures: tests/browser/test-results/.
set -uo pipefail
cd "$(dirname "$0")"

want_native=1 want_browser=1 want_sanitize=1
case "${1:-}" in
  --native) want_browser=0 ;;
  --browser) want_native=0 want_sanitize=0 ;;
  --sanitize) want_native=0 want_browser=0 ;;
  "") ;;
  *) echo "usage: ./test.sh [--native|--browser|--sanitize]" >&2; exit 2 ;;
esac

failed=()
summary=()
t_all=$SECONDS
# Each stage's output is also kept in build/test-logs/ so that the lines saying why a stage
# failed can be repeated under the summary: CI shows only the end of a long run's output.
logs=build/test-logs
rm -rf "$logs" && mkdir -p "$logs"
# stage NAME CMD...: runs one stage, records its time and result.
stage() {
  local name="$1"; shift
  local t0=$SECONDS rc=0 log
  log="$logs/$(tr -c 'a-zA-Z0-9\n' '-' <<<"$name").log"
  echo
  echo "=== $name"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local dt=$((SECONDS - t0))
  if [ "$rc" -eq 0 ]; then summary+=("ok    ${dt}s  $name"); else summary+=("FAIL  ${dt}s  $name (exit $rc)"); failed+=("$name"); failed_logs+=("$log"); fi
  return "$rc"
}
failed_logs=()
# The lines of a failed stage's log that name what failed (test names, sanitizer and fuzzer
# reports, failed assertions), at most 60 of them.
why_failed() {
  grep -E -n 'FAILED|Failed|failed|[Ee]rror|ERROR|SUMMARY|runtime error|Timeout|timed out|✖|not ok|deadly signal|ALARM|out-of-memory|crash-|leak|Expected|Which is|Value of' "$1" |
    grep -v -E '^[0-9]+:\s*(ok|✔)' | tail -n 60
}
skip() { summary+=("skip        $1 ($2)"); failed+=("$1"); }

stage "install dependencies" ./scripts/install-deps.sh || { echo "test.sh: cannot install dependencies" >&2; exit 1; }
stage "format check (clang-format)" ./scripts/format-check.sh || true

if [ "$want_native" -eq 1 ]; then
  if stage "native build (g++: CLI, benchmarks, limits tests)" env SCORECARD_TARGETS="scorecard_bench cli_limits_tests" \
      ./scripts/build.sh native build/native-test Debug -DSCORECARD_BENCHMARKS=ON -DCMAKE_CXX_FLAGS_DEBUG=-g0; then
    stage "ctest (g++: limits, benchmark smoke, purity)" ctest --test-dir build/native-test --output-on-failure -j2 --timeout 300 \
      -L '^(cli_limits_tests|bench_smoke|purity)$' || true
  else
    skip "ctest (g++: limits, benchmark smoke, purity)" "native build failed"
  fi
fi

if [ "$want_sanitize" -eq 1 ]; then
  stage "GoogleTest under ASan/UBSan + fuzz" ./scripts/sanitize.sh || true
fi

if [ "$want_browser" -eq 1 ]; then
  if stage "web build" ./scripts/build.sh web build/web Release; then
    rm -rf tests/browser/test-results
    stage "browser tests" node --test --test-concurrency=1 --test-timeout=600000 --test-reporter=spec tests/browser/ || true
  else
    skip "browser tests" "web build failed"
  fi
fi

echo
echo "=== summary ($((SECONDS - t_all))s total)"
printf '  %s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
  for log in "${failed_logs[@]}"; do
    echo
    echo "=== why it failed (lines of $log)"
    why_failed "$log"
  done
  echo "test.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all passed"
