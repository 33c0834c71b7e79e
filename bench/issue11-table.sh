#!/usr/bin/env bash
# Re-measures every row of issue 11's table in one run on this machine and prints it as Markdown
# (what | measured now | peer/limit measured in the same run | goal | met?). Each peer or limit
# is measured in the same run as its row, since the machine is shared. Wall times and peak RSS
# come from `/usr/bin/time -f '%e %M'`; a command that takes under 30 s is run RUNS times (median),
# a longer one once. Helpers: bench/issue11/ (simdjson parse, Python peer, hello page) and
# tests/browser/bench/issue11-browser.mjs. Results go to BENCHMARKS.md with the machine.
#
# Needs: the Release CLI + scorecard_bench (BUILD, see BENCHMARKS.md "Commands"), the Release web
# build (dist/web, dist/alignment-scorecard.html, build/web/_deps/imgui-1.86), libsimdjson-dev,
# emscripten, Chromium + tests/browser/node_modules. Big files go to WORK (about 1 GB at most).
# usage: bench/issue11-table.sh [RUNS=3]   (env: BUILD=build/bench WORK=/tmp/bench11;
#        EDIT_SIZE=1000_deals only to try the script quickly)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
RUNS="${1:-3}"
BUILD="${BUILD:-build/bench}" WORK="${WORK:-/tmp/bench11}"
CLI="$root/$BUILD/dist/bin/scorecard" BENCH="$root/$BUILD/bench/scorecard_bench"
TOOLS="$WORK/tools" LOG="$WORK/issue11-table.log"
mkdir -p "$TOOLS"
: >"$LOG"
export NODE_PATH=/usr/share/nodejs
note() { echo "$*" | tee -a "$LOG" >&2; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
yes_no() { awk "BEGIN { exit !($1) }" && echo yes || echo "**no**"; }
loads=()
sample_load() { loads+=("$(cut -d' ' -f1 /proc/loadavg)"); }

# run NAME CMD...: times CMD (stdout to WORK/NAME.out); RUNS times if the first run took < 30 s,
# else once. Sets WALL (median s), RSS (median peak MB), N (runs). Exit codes 0 and 1 (= findings)
# are results; anything else stops the script.
run() {
  local name="$1" walls=() rsss=() rc w kb
  shift
  sample_load
  while :; do
    rc=0
    /usr/bin/time -o "$WORK/time.txt" -f '%e %M' "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
    [ "$rc" -le 1 ] || { note "$name failed (exit $rc): $(tail -3 "$WORK/$name.err")"; exit 1; }
    read -r w kb < <(tail -1 "$WORK/time.txt")
    walls+=("$w") rsss+=("$((kb / 1024))")
    if [ "${#walls[@]}" -ge "$RUNS" ] || awk "BEGIN { exit !($w >= 30) }"; then break; fi
  done
  WALL="$(median "${walls[@]}")" RSS="$(median "${rsss[@]}")" N="${#walls[@]}"
  note "$name: wall ${walls[*]} s; peak RSS ${rsss[*]} MB (median of $N)"
}

start=$(date +%s)
note "== inputs (not timed)"
big="$WORK/deals-1m.scorecard.json" mid="$WORK/deals-100k.scorecard.json"
ent="$WORK/enterprise.scorecard.json" base="$WORK/enterprise-no-deals.scorecard.json"
csv="$WORK/enterprise-deals.csv" rules="$WORK/enterprise-rules.json"
g++ -O3 -std=c++20 bench/issue11/simdjson_parse.cpp -lsimdjson -o "$TOOLS/simdjson_parse"
[ -s "$big" ] || "$BENCH" --write-document=1000000:"$big"
[ -s "$mid" ] || "$BENCH" --write-document=100000:"$mid"
if [ ! -s "$csv" ]; then
  "$CLI" generate --preset enterprise -o "$ent" >/dev/null
  "$CLI" export "$ent" --max-size 1G --table deals -o "$csv" >/dev/null
  rm -f "$ent"
fi
[ -s "$base" ] || "$CLI" generate --preset enterprise --deals 0 -o "$base" >/dev/null
[ -s "$rules" ] || python3 bench/issue11/rules_from_scorecard.py "$base" "$rules" >/dev/null
[ -s "$TOOLS/hello/hello.html" ] ||
  bench/issue11/hello/build.sh "$root/build/web/_deps/imgui-1.86" "$TOOLS/hello" >>"$LOG" 2>&1
bytes=$(stat -c %s "$big")
cat "$big" "$mid" "$csv" >/dev/null  # read once, so every run finds them in the page cache
note "1M-deal file: $bytes bytes; 100k-deal file: $(stat -c %s "$mid") bytes; CSV: $(stat -c %s "$csv") bytes"

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); }

note "== 1-3: parse limit, validate, score (1M-deal file)"
run simdjson "$TOOLS/simdjson_parse" "$big"
parse=$WALL
row "1. simdjson parse of the 1M-deal file ($((bytes / 1000000)) MB; bare, native; \`$(cat "$WORK/simdjson.out")\`)" \
  "${parse} s (median of $N)" "— (this is the limit)" "—" "—"
run validate "$CLI" validate --max-size 1G "$big"
row "2. \`scorecard validate\` of the 1M-deal file" "${WALL} s, peak RSS ${RSS} MB (median of $N)" \
  "parse ${parse} s: $(calc %.1f "$WALL / $parse")× the parse" "—" "—"
run score "$CLI" score --max-size 1G --format json "$big"
row "3. \`scorecard score --format json\` of the 1M-deal file" "${WALL} s, peak RSS ${RSS} MB (median of $N)" \
  "parse ${parse} s: $(calc %.1f "$WALL / $parse")×; RSS $(calc %.1f "$RSS * 1048576 / $bytes")× the file" \
  "≤ 2.5× the parse, RSS ≤ 2× the file" \
  "time $(yes_no "$WALL <= 2.5 * $parse"), RSS $(yes_no "$RSS * 1048576 <= 2 * $bytes")"

note "== 4: partners (1M-deal file)"
run partners "$CLI" partners --max-size 1G --format json "$big"
row "4. \`scorecard partners --format json\` of the 1M-deal file" "${WALL} s, peak RSS ${RSS} MB ($N run(s))" \
  "parse ${parse} s: $(calc %.1f "$WALL / $parse")×" "—" "—"

note "== 5: partner manager's job: 1M deals as CSV, 1,000 partners, 300 SKUs, 3 bands"
run import "$CLI" import "$base" --max-size 1G --table deals "$csv" -o "$WORK/imported.scorecard.json"
imp=$WALL imp_rss=$RSS imp_n=$N
run partners_imported "$CLI" partners --max-size 1G --format json "$WORK/imported.scorecard.json"
ours=$(calc %.2f "$imp + $WALL") ours_rss=$((imp_rss > RSS ? imp_rss : RSS))
ours_detail="import ${imp} s (${imp_n} run(s)) + partners ${WALL} s ($N run(s))"
run python python3 bench/issue11/pricing_accuracy.py "$rules" "$csv"
row "5. import 1M-deal CSV + \`scorecard partners\` (enterprise: 1,000 partners, 300 SKUs, 3 bands)" \
  "${ours} s = ${ours_detail}; peak RSS ${ours_rss} MB" \
  "Python csv script ${WALL} s, ${RSS} MB (median of $N; \`$(cat "$WORK/python.out")\`): ours is $(calc %.2f "$WALL / $ours")× as fast; LibreOffice Calc not installed (issue: 145–168 s)" \
  "≥ 3× faster than the Python script" "$(yes_no "$WALL >= 3 * $ours")"

note "== 6: File > Open of the 100k-deal file in the browser vs the native load"
run native100k "$CLI" validate "$mid"
native=$WALL
sample_load
node tests/browser/bench/issue11-browser.mjs open "$mid" --runs "$RUNS" >"$WORK/open.json"
read -r open gap gapmax lines < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]));
print(round(r["openMsMedian"]/1000, 2), round(r["maxGapMsMedian"]), round(r["maxGapMsMax"]), r["progressLinesMin"])' "$WORK/open.json")
note "browser open: $(cat "$WORK/open.json")"
row "6. web app File > Open of a 100,000-deal file ($(($(stat -c %s "$mid") / 1000000)) MB, served, headless Chromium)" \
  "${open} s; longest frame gap ${gap} ms (max of runs ${gapmax} ms); ≥ ${lines} progress lines (median of $RUNS)" \
  "native \`scorecard validate\` ${native} s: browser $(calc %.1f "$open / $native")×" \
  "≤ 3× native, no frame > 100 ms, progress shown" \
  "time $(yes_no "$open <= 3 * $native"), frames $(yes_no "$gapmax <= 100"), progress $(yes_no "$lines > 0")"

note "== 7: an edit at 1M deals (scorecard_bench)"
sample_load
"$BENCH" --benchmark_filter='^(edit_promise_name|edit_deal_field|copy_document_shared|validate|partner_kpis)/'"${EDIT_SIZE:-1000000_deals}\$" \
  --benchmark_format=json >"$WORK/edits.json" 2>>"$LOG"
read -r promise deal validate kpis total < <(python3 -c 'import json,sys
b = {x["name"].split("/")[0]: x for x in json.load(open(sys.argv[1]))["benchmarks"]}
f = lambda v: ("%.0f" if v >= 100 else "%.3g") % v
t = lambda k: "%s_(CPU_%s)_ms" % (f(b[k]["real_time"]), f(b[k]["cpu_time"]))
print(*(t(k) for k in ("edit_promise_name", "edit_deal_field", "validate", "partner_kpis")),
      f(b["edit_deal_field"]["real_time"] + b["validate"]["real_time"]))' "$WORK/edits.json")
promise=${promise//_/ } deal=${deal//_/ } validate=${validate//_/ } kpis=${kpis//_/ }
dealms=$(python3 -c 'import json,sys; print(max(x["real_time"] for x in json.load(open(sys.argv[1]))["benchmarks"] if x["name"].startswith("edit_")))' "$WORK/edits.json")
row "7. an edit at 1M deals (scorecard_bench, wall): \`edit_promise_name\` / \`edit_deal_field\` (the edit alone: setField, the new Document sharing unchanged tables)" \
  "${promise} / ${deal}; the edit + the recompute the app does after it (\`validateDocument\`, App::headChanged): ${total} ms" \
  "\`validate/1000000_deals\` ${validate}, \`partner_kpis/1000000_deals\` ${kpis} (same run)" \
  "≤ 5 ms edit → recomputed results" \
  "edit alone $(yes_no "$dealms <= 5"), with recompute $(yes_no "$total <= 5")"

note "== 8-9: the single file vs a bare ImGui page"
ours_b=$(stat -c %s dist/alignment-scorecard.html) hello_b=$(stat -c %s "$TOOLS/hello/hello.html")
row "8. \`dist/alignment-scorecard.html\` size" "$ours_b B ($(calc %.2f "$ours_b / 1048576") MiB)" \
  "bare ImGui hello page, same flags and packing: $hello_b B (issue: 412 KB)" "≤ 1 MB (1,048,576 B)" \
  "$(yes_no "$ours_b <= 1048576")"
sample_load
node tests/browser/bench/issue11-browser.mjs first-frame "$TOOLS/hello/hello.html" --runs $((RUNS + 2)) >"$WORK/first.json"
read -r ff hf < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(round(r["oursMedian"]), round(r["helloMedian"]))' "$WORK/first.json")
note "first frame: $(cat "$WORK/first.json")"
row "9. first frame from file:// (median of $((RUNS + 2)) fresh launches, alternated)" "${ff} ms" \
  "hello page ${hf} ms: ours $(calc %.2f "$ff / $hf")×" "≤ 1.3× the hello" "$(yes_no "$ff <= 1.3 * $hf")"
sample_load

echo
echo "Machine: nproc $(nproc), Linux $(uname -r), load average (1 min) $(median "${loads[@]}") median," \
  "$(printf '%s\n' "${loads[@]}" | sort -g | head -1)–$(printf '%s\n' "${loads[@]}" | sort -g | tail -1) over the run;" \
  "run took $(($(date +%s) - start)) s (inputs included)."
echo
echo "| what | measured now | peer/limit measured in the same run | goal | met? |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
