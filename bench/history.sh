#!/usr/bin/env bash
# Benchmark of `pystats history` (issue 11), separate from bench/run.sh. One command:
#
#   bench/history.sh
#
# Publishes the CLI as users run it (Release, Native AOT; libduckdb.so lands beside the binary)
# and times whole processes on the pipeline tree ../shared/results-2024:
#   - full ingest into a fresh store (target <= 3 s), re-ingest of the same tree (<= 0.5 s),
#   - `history trend` (<= 150 ms per process) and `history changes`,
#   - store size against the JSON bytes (<= 25%),
#   - `history compare A B` against `pystats A.json B.json` on a published pair (same bytes too),
#   - start-up: `pystats --help` and a JSON report, against a baseline binary without history
#     when PYSTATS_BASELINE_BIN is set (e.g. a publish of main), as ratios; and that neither
#     maps libduckdb.so.
# Wall-clock medians and the median CPU time (user + sys) of each command are printed: on a
# shared machine the CPU time is the steadier figure.
#
# Environment (all optional):
#   PYSTATS_BIN           an already published pystats (libduckdb.so beside it) instead of publishing
#   PYSTATS_BASELINE_BIN  a pystats without the history feature, for the start-up ratios
#   PYSTATS_RESULTS       the results tree (default: ../shared/results-2024 beside the repository)
#   BENCH_RUNS            timed runs per command after one warm-up (default 7)
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TREE=${PYSTATS_RESULTS:-$ROOT/../shared/results-2024}
RUNS=${BENCH_RUNS:-7}

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

[ -d "$TREE" ] || die "results tree not found at $TREE (set PYSTATS_RESULTS)"
TREE=$(cd "$TREE" && pwd -P)
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or newer (EPOCHREALTIME)"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pystats-history-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ -n "${PYSTATS_BIN:-}" ]; then
  PYSTATS=$PYSTATS_BIN
else
  note "publishing pystats (Release, Native AOT, linux-x64)..."
  dotnet publish "$ROOT/src/PyStats.Cli" -c Release -r linux-x64 -o "$WORK/bin" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; die "dotnet publish failed"; }
  PYSTATS=$WORK/bin/pystats
fi
[ -x "$PYSTATS" ] || die "$PYSTATS is not executable"

now_us() { local t=$EPOCHREALTIME; echo "${t/[.,]/}"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.6f\n", m }'; }

# measure NAME SETUP -- COMMAND...: one warm-up, then RUNS timed runs (SETUP, a shell snippet, runs
# untimed before each); sets WALL_NAME and CPU_NAME (medians, seconds).
measure() {
  local name=$1 setup=$2
  shift 3
  : >"$WORK/$name.wall"; : >"$WORK/$name.cpu"
  for i in $(seq 0 "$RUNS"); do
    eval "$setup"
    local start end
    start=$(now_us)
    /usr/bin/time -f '%U %S' -o "$WORK/cpu" "$@" >/dev/null 2>>"$WORK/stderr.log" || die "failed: $* (see $WORK/stderr.log)"
    end=$(now_us)
    if [ "$i" -gt 0 ]; then
      awk -v d=$(( end - start )) 'BEGIN { printf "%.6f\n", d / 1e6 }' >>"$WORK/$name.wall"
      awk '{ printf "%.6f\n", $1 + $2 }' "$WORK/cpu" >>"$WORK/$name.cpu"
    fi
  done
  printf -v "WALL_$name" '%s' "$(median <"$WORK/$name.wall")"
  printf -v "CPU_$name" '%s' "$(median <"$WORK/$name.cpu")"
}

[ -x /usr/bin/time ] || die "needs GNU time (/usr/bin/time; Debian package 'time')"
DB=$WORK/history.duckdb
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

note "full ingest of $TREE..."
measure ingest 'rm -f "$DB" "$DB.wal"' -- "$PYSTATS" history ingest "$TREE" --db "$DB"
note "re-ingest..."
measure reingest ':' -- "$PYSTATS" history ingest "$TREE" --db "$DB"
note "trend and changes..."
measure trend ':' -- "$PYSTATS" history trend family-hit-ratio --subject LOAD_ATTR --fork python --db "$DB"
measure changes ':' -- "$PYSTATS" history changes --db "$DB"
measure runs ':' -- "$PYSTATS" history runs --db "$DB"

# A published pair: the first comparison report of index.tsv and its base.
IFS=$'\t' read -r _ HEAD_JSON _ _ _ _ _ _ _ _ BASE_FOLDER < <(awk -F'\t' 'NR > 1 && $10 != "-"' "$TREE/index.tsv" | head -n 1)
BASE_JSON=$(awk -F'\t' -v b="$BASE_FOLDER" '$1 == b { print $2 }' "$TREE/index.tsv")
ids() { "$PYSTATS" history sql "SELECT run_id FROM runs WHERE source_path = '$TREE/$1'" --db "$DB" --format csv | tail -n 1 | tr -d '\r'; }
BASE_ID=$(ids "$BASE_JSON"); HEAD_ID=$(ids "$HEAD_JSON")
note "compare: runs $BASE_ID $HEAD_ID vs the files..."
measure compare_store ':' -- "$PYSTATS" history compare "$BASE_ID" "$HEAD_ID" --db "$DB" --date 2024-07-01
measure compare_files ':' -- "$PYSTATS" "$TREE/$BASE_JSON" "$TREE/$HEAD_JSON" --date 2024-07-01
if cmp -s <("$PYSTATS" history compare "$BASE_ID" "$HEAD_ID" --db "$DB" --date 2024-07-01) <("$PYSTATS" "$TREE/$BASE_JSON" "$TREE/$HEAD_JSON" --date 2024-07-01); then SAME=identical; else SAME=DIFFERENT; fi

note "start-up..."
measure help ':' -- "$PYSTATS" --help
measure report ':' -- "$PYSTATS" "$TREE/$HEAD_JSON" --date 2024-07-01
DUCK_MAPPED=$(LD_DEBUG=files "$PYSTATS" --help 2>&1 >/dev/null | grep -c 'libduckdb' || true)
DUCK_MAPPED_REPORT=$(LD_DEBUG=files "$PYSTATS" "$TREE/$HEAD_JSON" 2>&1 >/dev/null | grep -c 'libduckdb' || true)
DUCK_MAPPED_HISTORY=$(LD_DEBUG=files "$PYSTATS" history runs --db "$DB" 2>&1 >/dev/null | grep -c 'libduckdb' || true)
if [ -n "${PYSTATS_BASELINE_BIN:-}" ]; then
  measure base_help ':' -- "$PYSTATS_BASELINE_BIN" --help
  measure base_report ':' -- "$PYSTATS_BASELINE_BIN" "$TREE/$HEAD_JSON" --date 2024-07-01
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

JSON_BYTES=$(find "$TREE" -name '*.json' -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
DB_BYTES=$(stat -c %s "$DB")

fmt_s() { awk -v v="$1" 'BEGIN { if (v == "") print "–"; else if (v < 1) printf "%.1f ms\n", v * 1000; else printf "%.2f s\n", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "–"; else printf "%.2f\n", a / b }'; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT met"; fi; }
row() { local n=$1 label=$2; local -n w="WALL_$n" c="CPU_$n"; echo "| $label | $(fmt_s "$w") | $(fmt_s "$c") |"; }

echo
echo "pystats history benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $LOAD_BEFORE before, $LOAD_AFTER after"
echo "pystats: $PYSTATS (Native AOT); median of $RUNS runs after a warm-up; CPU = user + sys"
echo
echo "| command | wall (median) | CPU (median) |"
echo "| --- | ---: | ---: |"
row ingest "history ingest results-2024 (69 runs, new store)"
row reingest "history ingest results-2024 again (nothing new)"
row trend "history trend family-hit-ratio --subject LOAD_ATTR --fork python"
row changes "history changes"
row runs "history runs"
row compare_store "history compare $BASE_ID $HEAD_ID"
row compare_files "pystats BASE.json HEAD.json (same pair)"
row help "pystats --help"
row report "pystats HEAD.json (JSON -> report)"
if [ -n "${PYSTATS_BASELINE_BIN:-}" ]; then
  row base_help "baseline pystats --help"
  row base_report "baseline pystats HEAD.json"
fi
echo
echo "Store: $DB_BYTES bytes for $JSON_BYTES bytes of JSON = $(awk -v a="$DB_BYTES" -v b="$JSON_BYTES" 'BEGIN { printf "%.1f%%", 100 * a / b }')"
echo "history compare vs comparing the files: $(ratio "$WALL_compare_store" "$WALL_compare_files") (wall), output $SAME"
echo "libduckdb.so mapped by: --help $DUCK_MAPPED, JSON report $DUCK_MAPPED_REPORT, history runs $DUCK_MAPPED_HISTORY (LD_DEBUG=files lines)"
echo
echo "Targets (issue 11):"
echo "- full ingest: $(fmt_s "$WALL_ingest") (target <= 3 s): $(verdict "$WALL_ingest <= 3")"
echo "- re-ingest: $(fmt_s "$WALL_reingest") (target <= 0.5 s): $(verdict "$WALL_reingest <= 0.5")"
echo "- trend query per process: $(fmt_s "$WALL_trend") (target <= 150 ms): $(verdict "$WALL_trend <= 0.15")"
echo "- store size: $(awk -v a="$DB_BYTES" -v b="$JSON_BYTES" 'BEGIN { printf "%.1f%%", 100 * a / b }') of the JSON bytes (target <= 25%): $(verdict "$DB_BYTES <= $JSON_BYTES * 0.25")"
echo "- other commands do not load libduckdb.so: $(verdict "$DUCK_MAPPED == 0 && $DUCK_MAPPED_REPORT == 0")"
if [ -n "${PYSTATS_BASELINE_BIN:-}" ]; then
  echo "- start-up vs baseline: --help $(ratio "$WALL_help" "$WALL_base_help") (CPU $(ratio "$CPU_help" "$CPU_base_help")), JSON report $(ratio "$WALL_report" "$WALL_base_report") (CPU $(ratio "$CPU_report" "$CPU_base_report"))"
fi
