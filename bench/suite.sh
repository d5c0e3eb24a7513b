#!/usr/bin/env bash
# The suite-view benchmark (issue 10): a 100-benchmark suite, both sides made of real
# per-benchmark pipeline JSON, compared with `pystats suite`; measures the pages and the command.
# Usage: bench/suite.sh            (see bench/README.md)
#   PYSTATS_BIN   an already published pystats (else Native AOT is published into a temp dir)
#   RESULTS       the results tree (default ../shared/results-2024)
#   CHROMIUM      the browser (default /usr/bin/chromium)
#   RUNS          timed runs per measurement, median (default 3)
#   BENCH_KEEP=1  keep the temp dir (the pages, to open them)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESULTS=${RESULTS:-$ROOT/../shared/results-2024}
RUNS=${RUNS:-3}
note() { echo "suite.sh: $*" >&2; }
die() { note "$*"; exit 1; }
[ -f "$RESULTS/index.tsv" ] || die "no results tree at $RESULTS (set RESULTS)"
command -v node >/dev/null || die "node is needed for the page metrics"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pystats-suite.XXXXXX")
if [ "${BENCH_KEEP:-0}" = 1 ]; then note "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

if [ -n "${PYSTATS_BIN:-}" ]; then
  PYSTATS=$PYSTATS_BIN
else
  case "$(uname -m)" in x86_64) RID=linux-x64 ;; aarch64 | arm64) RID=linux-arm64 ;; *) die "set PYSTATS_BIN" ;; esac
  note "publishing pystats (Release, Native AOT, $RID)..."
  dotnet publish "$ROOT/src/PyStats.Cli" -c Release -r "$RID" -o "$WORK/bin" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; die "dotnet publish failed"; }
  PYSTATS=$WORK/bin/pystats
fi

# ---- the suite: 100 benchmarks per side, each a real 3.13 pipeline JSON (symlinked, named the
# way pipelines name per-benchmark files); base k is run k, head k is run 7k+1 (mod the runs), so
# every benchmark compares two different real runs.
mapfile -t JSONS < <(tail -n +2 "$RESULTS/index.tsv" | awk -F'\t' '$3 ~ /^3\.13/ {print $2}')
n=${#JSONS[@]}
[ "$n" -gt 1 ] || die "fewer than 2 CPython 3.13 JSON files in $RESULTS"
mkdir -p "$WORK/base" "$WORK/head"
for k in $(seq 0 99); do
  name=$(printf 'bench%03d' "$k")
  ln -s "$RESULTS/${JSONS[$((k % n))]}" "$WORK/base/bm-pystats-$name.json"
  ln -s "$RESULTS/${JSONS[$(((7 * k + 1) % n))]}" "$WORK/head/bm-pystats-$name.json"
done
INPUT_BYTES=$(find -L "$WORK/base" "$WORK/head" -name "*.json" -printf "%s\n" | awk '{s += $1} END {print s}')

# median wall seconds of RUNS runs of a command (after one warm-up run), and the median CPU
# seconds (user + sys, by /usr/bin/time when there is one): on a shared machine the CPU time
# says more than the wall time.
time_median() {
  "$@" >/dev/null 2>&1
  local rows cpu
  rows=$(mktemp); cpu=$(mktemp)
  for _ in $(seq "$RUNS"); do
    local s e
    s=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then /usr/bin/time -f "%U %S" -o "$cpu" "$@" >/dev/null 2>&1; else "$@" >/dev/null 2>&1; echo "0 0" >"$cpu"; fi
    e=$(date +%s.%N)
    tail -n 1 "$cpu" | awk -v s="$s" -v e="$e" '{print e - s, $1 + $2}' >>"$rows"
  done
  median() { cut -d' ' -f"$1" "$rows" | sort -g | awk '{a[NR] = $1} END {printf "%.2f", a[int((NR + 1) / 2)]}'; }
  if [ -x /usr/bin/time ]; then echo "$(median 1) s (CPU $(median 2) s)"; else echo "$(median 1) s"; fi
  rm -f "$rows" "$cpu"
}

SAMPLES="$ROOT/samples/cpython-3.13"
note "timing (load average $(cut -d' ' -f1-3 /proc/loadavg))..."
T_PAGES=$(time_median "$PYSTATS" suite "$WORK/base" "$WORK/head" --format html -o "$WORK/pages")
T_ONEPAGE=$(time_median "$PYSTATS" suite "$WORK/base" "$WORK/head" --format html -o "$WORK/suite.html")
T_MD=$(time_median "$PYSTATS" suite "$WORK/base" "$WORK/head" -o "$WORK/suite.md")
T_ONE=$(time_median "$PYSTATS" --extended "$WORK/base/bm-pystats-bench001.json" "$WORK/head/bm-pystats-bench001.json" -o "$WORK/one.md")
"$PYSTATS" "$SAMPLES/stdlib-tests-tier2-off/raw" "$SAMPLES/stdlib-tests-tier2-on/raw" --format html -o "$WORK/compare.html"
"$PYSTATS" --extended "$SAMPLES/stdlib-tests-tier2-off/raw" "$SAMPLES/stdlib-tests-tier2-on/raw" --format html -o "$WORK/compare-extended.html"
printf '<!DOCTYPE html><title>floor</title><p>floor</p>\n' >"$WORK/floor.html"

note "loading pages in Chromium..."
METRICS=$(node --no-warnings --experimental-websocket "$ROOT/bench/page-metrics.mjs" --runs "$RUNS" \
  "$WORK/floor.html" "$WORK/pages/index.html" "$WORK/pages/bench/bench000.html" "$WORK/pages/bench/_all.html" \
  "$WORK/suite.html" "$WORK/compare.html" "$WORK/compare-extended.html")
metric() { awk -F'\t' -v p="$1" -v c="$2" '$1 == p {print $c}' <<<"$METRICS"; }
bytes() { stat -c %s "$1"; }

cat <<TABLE

Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared); inputs: 2 × 100 real JSON files, $INPUT_BYTES bytes.

| measurement | value | target |
| --- | ---: | ---: |
| \`pystats suite … --format html -o DIR\` wall (CPU) (median of $RUNS) | ${T_PAGES} | ≤ 2 s |
| … the same, one page \`-o suite.html\` | ${T_ONEPAGE} | |
| … Markdown \`-o suite.md\` | ${T_MD} | |
| peer: one extended 2-run comparison of two of those files | ${T_ONE} | |
| total bytes written (DIR) | $(du -sb "$WORK/pages" | cut -f1) | |
| pages written | $(find "$WORK/pages" -name '*.html' | wc -l) | |
| first page \`index.html\` bytes | $(bytes "$WORK/pages/index.html") | ≤ 3 MB |
| first page DOM nodes (elements) | $(metric "$WORK/pages/index.html" 3) ($(metric "$WORK/pages/index.html" 4)) | ≤ 50,000 |
| first page load-to-idle (floor page: $(metric "$WORK/floor.html" 2) ms) | $(metric "$WORK/pages/index.html" 2) ms | ≤ 1.5 s |
| a benchmark page bytes / DOM nodes / load | $(bytes "$WORK/pages/bench/bench000.html") / $(metric "$WORK/pages/bench/bench000.html" 3) / $(metric "$WORK/pages/bench/bench000.html" 2) ms | |
| aggregate page \`bench/_all.html\` bytes / DOM nodes / load | $(bytes "$WORK/pages/bench/_all.html") / $(metric "$WORK/pages/bench/_all.html" 3) / $(metric "$WORK/pages/bench/_all.html" 2) ms | |
| one-page suite \`suite.html\` bytes / DOM nodes / load | $(bytes "$WORK/suite.html") / $(metric "$WORK/suite.html" 3) / $(metric "$WORK/suite.html" 2) ms | |
| Markdown suite bytes | $(bytes "$WORK/suite.md") | |
| 2-run comparison page (samples) bytes / DOM nodes / load | $(bytes "$WORK/compare.html") / $(metric "$WORK/compare.html" 3) / $(metric "$WORK/compare.html" 2) ms | ≤ 1 MB |
| … with \`--extended\` | $(bytes "$WORK/compare-extended.html") / $(metric "$WORK/compare-extended.html" 3) / $(metric "$WORK/compare-extended.html" 2) ms | |
TABLE
