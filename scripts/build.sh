#!/usr/bin/env bash
# One build step shared by run.sh and test.sh, so both configure the same way.
# usage: scripts/build.sh native|web BUILD_DIR BUILD_TYPE [CMAKE_ARGS...]
#   native -> dist/bin/scorecard and the GoogleTest executables (in BUILD_DIR)
#   web    -> dist/web/{index.html,scorecard.js,scorecard.wasm}, dist/alignment-scorecard.html
#             and dist/bin/scorecard.mjs (the CLI for node)
set -euo pipefail
cd "$(dirname "$0")/.."
kind="$1" dir="$2" type="$3"
shift 3
extra=("$@")  # more -D options for the configure step, e.g. -DSCORECARD_BENCHMARKS=ON
jobs="${SCORECARD_JOBS:-2}"
# SCORECARD_TARGETS="a b": build only these targets (native; the CLI is always built).
targets=()
for t in ${SCORECARD_TARGETS:-}; do targets+=(--target "$t"); done
[ "${#targets[@]}" -gt 0 ] && targets+=(--target scorecard)

case "$kind" in
  native)
    echo "== native build ($type) in $dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${extra[@]}" >/dev/null
    # Every native build dir links its CLI to the same dist/bin/scorecard; removing it makes
    # ninja relink it here, so dist/ never keeps a binary from another (debug, asan) build dir.
    rm -f dist/bin/scorecard
    cmake --build "$dir" -j"$jobs" "${targets[@]}"
    test -x dist/bin/scorecard || { echo "build: dist/bin/scorecard was not produced" >&2; exit 1; }
    ;;
  web)
    echo "== web build ($type) in $dir"
    # Debian's emcc needs node's global modules (acorn) from /usr/share/nodejs.
    export NODE_PATH=/usr/share/nodejs
    emcmake cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${extra[@]}" >/dev/null
    cmake --build "$dir" -j"$jobs"
    for f in dist/web/index.html dist/web/scorecard.js dist/web/scorecard.wasm dist/alignment-scorecard.html dist/bin/scorecard.mjs; do
      test -s "$f" || { echo "build: $f was not produced" >&2; exit 1; }
    done
    ;;
  *) echo "usage: scripts/build.sh native|web BUILD_DIR BUILD_TYPE" >&2; exit 2 ;;
esac
