#!/usr/bin/env bash
# Builds the native CLI and the web app, then serves the app on http://127.0.0.1:${PORT:-8080}.
#   ./run.sh           build everything and serve dist/web/ (Ctrl+C stops)
#   ./run.sh --build   build everything and exit
# Outputs: dist/bin/scorecard (CLI), dist/web/ (hosted folder), dist/alignment-scorecard.html
# (one self-contained file that opens from the file system).
set -euo pipefail
cd "$(dirname "$0")"

build_only=0
case "${1:-}" in
  --build) build_only=1 ;;
  "") ;;
  -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: ./run.sh [--build]" >&2; exit 2 ;;
esac

./scripts/install-deps.sh
./scripts/build.sh native build/native Release
./scripts/build.sh web build/web Release

echo
echo "CLI:          dist/bin/scorecard"
echo "hosted app:   dist/web/index.html (+ scorecard.js, scorecard.wasm)"
echo "single file:  dist/alignment-scorecard.html ($(stat -c %s dist/alignment-scorecard.html) bytes, $(gzip -9c dist/alignment-scorecard.html | wc -c) gzipped)"

[ "$build_only" -eq 1 ] && exit 0

echo
exec node scripts/serve.mjs dist/web --port "${PORT:-8080}"
