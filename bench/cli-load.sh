#!/usr/bin/env bash
# Times `scorecard validate FILE` (read + loadDocument + validation + printing) in a process
# of its own, so its peak memory is the load's own: prints CPU seconds (user+sys), wall
# seconds and peak RSS per run and the medians. Make FILE with
#   scorecard_bench --write-document=1000000:/tmp/deals-1m.scorecard.json
# usage: bench/cli-load.sh SCORECARD_BINARY FILE [RUNS=3]
set -euo pipefail
bin="$1" file="$2" runs="${3:-3}"
cpu=() wall=() rss=()
stats="$(mktemp)"
trap 'rm -f "$stats"' EXIT
for ((i = 0; i < runs; i++)); do
  # exit code 1 only means the file has findings: still a measurement. The 1M-deal file is over
  # the CLI's default 64 MB limit (docs/FORMAT.md, "Limits"): --max-size lets it be read.
  /usr/bin/time -o "$stats" -f '%U %S %e %M' "$bin" validate --max-size 4G "$file" >/dev/null 2>&1 || true
  read -r user sys elapsed kb <"$stats"
  cpu+=("$(echo "$user + $sys" | bc)") wall+=("$elapsed") rss+=("$((kb / 1024))")
  echo "run $((i + 1)): cpu ${cpu[-1]} s, wall ${elapsed} s, peak RSS ${rss[-1]} MB"
done
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "median: cpu $(median "${cpu[@]}") s, wall $(median "${wall[@]}") s, peak RSS $(median "${rss[@]}") MB"
