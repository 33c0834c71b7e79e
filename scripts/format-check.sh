#!/usr/bin/env bash
# Lists the C++ files under core/ cli/ web/ tests/ that clang-format (.clang-format) would change.
# Run by ./test.sh as its first stage. --fix rewrites the files in place.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files 'core/*' 'cli/*' 'web/*' 'tests/*' 'bench/*' | grep -E '\.(h|hpp|cpp)$')
if [ "${1:-}" = "--fix" ]; then clang-format -i "${files[@]}"; exit 0; fi
bad=0
for f in "${files[@]}"; do
  if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then echo "needs formatting: $f"; bad=$((bad + 1)); fi
done
echo "format-check: $bad of ${#files[@]} files need formatting"
[ "$bad" -eq 0 ]
