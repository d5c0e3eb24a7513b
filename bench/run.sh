#!/usr/bin/env bash
# Process-level benchmark of pystats (issue 5: speed and scale). One command:
#
#   bench/run.sh
#
# Publishes the CLI the way users run it (Release, Native AOT), makes raw-counter directories of
# 1,000 and 10,000 files under a temp dir by copying the corpus's real counter files (unique
# names), and times whole processes: `pystats DIR`, the floor `wc -l` over the same files (it
# reads every byte once), CPython's summarize_stats.py when PYSTATS_REFERENCE names a command for
# it, and a merged JSON file -> Markdown report. Prints medians, ratios and peak RSS.
#
# Environment (all optional):
#   PYSTATS_REFERENCE  command running CPython's script, e.g. "python3 ~/cpython/Tools/scripts/summarize_stats.py"
#                      (it gets the input path as its last argument); skipped when unset
#   BENCH_RUNS         timed runs per command after one warm-up run (default 7; the median is reported)
#   BENCH_REF_RUNS     timed runs of the reference (default 3: it is slow)
#   BENCH_RSS_RUNS     runs under /usr/bin/time for peak RSS (default 3; the largest is reported)
#   BENCH_SIZES        directory sizes in files (default "1000 10000")
#   BENCH_TIMER        auto (hyperfine when installed, else the built-in loop), hyperfine or loop
#   PYSTATS_BIN        an already published pystats to time instead of publishing one
#   PYSTATS_CORPUS     the parity corpus (default: ../shared/corpus beside the repository when
#                      present, else the copy in the repository, tests/data/parity)
#   BENCH_KEEP         1 keeps the temp dir (printed) for a look afterwards
#   BENCH_INSTALL      1 also runs bench/install.sh (each install path vs the bare AOT binary, sizes)
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -n "${PYSTATS_CORPUS:-}" ]; then CORPUS=$PYSTATS_CORPUS
elif [ -d "$ROOT/../shared/corpus" ]; then CORPUS=$ROOT/../shared/corpus
else CORPUS=$ROOT/tests/data/parity; fi
RUNS=${BENCH_RUNS:-7}
REF_RUNS=${BENCH_REF_RUNS:-3}
RSS_RUNS=${BENCH_RSS_RUNS:-3}
SIZES=${BENCH_SIZES:-"1000 10000"}
TIMER=${BENCH_TIMER:-auto}
REFERENCE=${PYSTATS_REFERENCE:-}

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }
# Timing (choose_timer, median, time_group, fmt_s, fmt_ratio).
# shellcheck source=bench/timing.sh
source "$ROOT/bench/timing.sh"

[ -d "$CORPUS" ] || die "corpus not found at $CORPUS (set PYSTATS_CORPUS)"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or newer (EPOCHREALTIME)"
choose_timer

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pystats-bench.XXXXXX")
if [ "${BENCH_KEEP:-0}" = 1 ]; then note "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

# ---------------------------------------------------------------- peak RSS
# /usr/bin/time -v (GNU time) reports the maximum resident set size; install it when missing and
# possible, else poll /proc/PID/status for VmHWM (the kernel's own high-water mark).
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  note "installing GNU time (Debian package 'time') for peak RSS"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 || true
fi
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then RSS_TOOL="/usr/bin/time"; else RSS_TOOL="/proc polling"; fi

# Peak RSS in KiB of one run of "$@" (stdout discarded).
peak_rss_once() {
  if [ "$RSS_TOOL" = /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$WORK/rss" "$@" >/dev/null 2>>"$WORK/stderr.log" || die "failed: $*"
    tail -n 1 "$WORK/rss"
  else
    "$@" >/dev/null 2>>"$WORK/stderr.log" &
    local pid=$! peak=0 kb
    while kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null) && [ -n "$kb" ]; do
      peak=$kb
      sleep 0.002
    done
    wait "$pid" || die "failed: $*"
    echo "$peak"
  fi
}

# Largest peak RSS in KiB over RSS_RUNS runs.
peak_rss() {
  local best=0 kb
  for _ in $(seq "$RSS_RUNS"); do
    kb=$(peak_rss_once "$@")
    [ "$kb" -gt "$best" ] && best=$kb
  done
  echo "$best"
}

# ---------------------------------------------------------------- pystats, published as users run it
if [ -n "${PYSTATS_BIN:-}" ]; then
  PYSTATS=$PYSTATS_BIN
  [ -x "$PYSTATS" ] || die "PYSTATS_BIN=$PYSTATS is not executable"
else
  case "$(uname -m)" in
    x86_64) RID=linux-x64 ;;
    aarch64 | arm64) RID=linux-arm64 ;;
    *) die "no runtime identifier known for $(uname -m); publish pystats yourself and set PYSTATS_BIN" ;;
  esac
  note "publishing pystats (Release, Native AOT, $RID)..."
  dotnet publish "$ROOT/src/PyStats.Cli" -c Release -r "$RID" -o "$WORK/bin" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; die "dotnet publish failed"; }
  PYSTATS=$WORK/bin/pystats
fi

# ---------------------------------------------------------------- data: real counter files, replicated
mapfile -t SOURCES < <(find "$CORPUS" -path '*/raw/*' -type f | sort)
[ "${#SOURCES[@]}" -gt 0 ] || die "no raw counter files under $CORPUS"

# make_dir N: N files named NNNNN-ORIGINAL, copies of the corpus files in turn; one tee per source file.
make_dir() {
  local n=$1 dir="$WORK/raw-$1" s i
  mkdir -p "$dir"
  for s in "${!SOURCES[@]}"; do
    local targets=()
    for (( i = s; i < n; i += ${#SOURCES[@]} )); do
      targets+=("$dir/$(printf '%05d' "$i")-$(basename "${SOURCES[$s]}")")
    done
    [ "${#targets[@]}" -gt 0 ] && tee "${targets[@]}" <"${SOURCES[$s]}" >/dev/null
  done
  find "$dir" -type f -print0 | sort -z >"$WORK/list-$n"
}

JSON_INPUT=$(find "$CORPUS" -name expected.json -type f -printf '%s %p\n' | sort -n | tail -n 1 | cut -d' ' -f2-)
[ -n "$JSON_INPUT" ] || die "no expected.json in $CORPUS"

note "timer: $TIMER; $RUNS runs after a warm-up (reference: $REF_RUNS); peak RSS: $RSS_TOOL, largest of $RSS_RUNS runs"
[ -n "$REFERENCE" ] || note "PYSTATS_REFERENCE is not set: CPython's summarize_stats.py is skipped (set it to a command that runs the script)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

group_digits() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }
# Peak RSS in decimal megabytes (10^6 bytes), as the targets are stated; /usr/bin/time reports KiB.
fmt_mb() { awk -v k="$1" 'BEGIN { if (k == "") print "–"; else printf "%.1f MB\n", k * 1024 / 1e6 }'; }

ROWS=()
declare -A RSS_OF RATIO_OF

# measure_row KIND SIZE INPUT FLOOR-COMMAND...: times the floor, pystats and the reference on
# INPUT, measures peak RSS, and adds a table row; leaves ROW_MEDIAN, ROW_RATIO and ROW_RSS.
measure_row() {
  local kind=$1 size=$2 input=$3 ref_rss=""
  shift 3
  CMD_floor=("$@"); RUNS_floor=$RUNS
  CMD_pystats=("$PYSTATS" "$input"); RUNS_pystats=$RUNS
  local group=(floor pystats)
  MEDIAN_reference=""
  if [ -n "$REFERENCE" ]; then
    CMD_reference=(sh -c "$REFERENCE \"\$1\"" reference "$input"); RUNS_reference=$REF_RUNS
    group+=(reference)
  fi
  time_group "${group[@]}"
  ROW_RSS=$(peak_rss "${CMD_pystats[@]}")
  [ -n "$REFERENCE" ] && ref_rss=$(peak_rss "${CMD_reference[@]}")
  ROW_MEDIAN=$MEDIAN_pystats
  ROW_RATIO=$(fmt_ratio "$MEDIAN_pystats" "$MEDIAN_floor")
  ROWS+=("| $kind | $size | $(fmt_s "$MEDIAN_floor") | $(fmt_s "$MEDIAN_pystats") | $ROW_RATIO | $(fmt_s "$MEDIAN_reference") | $(fmt_ratio "$MEDIAN_reference" "$MEDIAN_pystats") | $(fmt_mb "$ROW_RSS") | $(fmt_mb "$ref_rss") |")
}

fmt_bytes() { awk -v b="$1" -v d="$2" 'BEGIN { printf "%." d "f MB\n", b / 1e6 }'; }

for n in $SIZES; do
  note "generating $n files..."
  make_dir "$n"
  bytes=$(du -sb "$WORK/raw-$n" | cut -f1)
  note "timing $n files ($(fmt_bytes "$bytes" 0))..."
  measure_row "raw directory" "$(group_digits "$n") files, $(fmt_bytes "$bytes" 0)" "$WORK/raw-$n" wc -l "--files0-from=$WORK/list-$n"
  RSS_OF[$n]=$ROW_RSS
  RATIO_OF[$n]=$ROW_RATIO
  rm -rf "$WORK/raw-$n"
done

note "timing JSON -> report ($JSON_INPUT)..."
measure_row "JSON → report" "$(basename "$(dirname "$JSON_INPUT")")/$(basename "$JSON_INPUT"), $(fmt_bytes "$(stat -c %s "$JSON_INPUT")" 1)" "$JSON_INPUT" wc -l "$JSON_INPUT"
JSON_MEDIAN=$ROW_MEDIAN

CMD_help=("$PYSTATS" --help); RUNS_help=$RUNS
time_group help
help_rss=$(peak_rss "${CMD_help[@]}")
ROWS+=("| start-up | pystats --help | – | $(fmt_s "$MEDIAN_help") | – | – | – | $(fmt_mb "$help_rss") | – |")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# ---------------------------------------------------------------- report
echo
echo "pystats benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || uname -m), load average $LOAD_BEFORE before, $LOAD_AFTER after"
echo "pystats: $("$PYSTATS" --version 2>/dev/null || echo '?') ($PYSTATS); timer: $TIMER, median of $RUNS runs after a warm-up (reference: $REF_RUNS); peak RSS: $RSS_TOOL, largest of $RSS_RUNS runs; MB = 10^6 bytes"
echo
echo "| input | size | floor: wc -l | pystats | pystats / floor | reference | reference / pystats | pystats peak RSS | reference peak RSS |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${ROWS[@]}"
echo

# ---------------------------------------------------------------- targets (issue 5)
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT met"; fi; }
largest=""; smallest=""
for n in $SIZES; do [ -z "$smallest" ] && smallest=$n; largest=$n; done
echo "Targets:"
if [ -n "$largest" ]; then
  stated=""
  [ "$largest" = 10000 ] || stated=" (the target is stated for 10,000 files)"
  echo "- $(group_digits "$largest") files: pystats / floor = ${RATIO_OF[$largest]} (target <= 2): $(verdict "${RATIO_OF[$largest]} <= 2")$stated"
fi
echo "- JSON -> Markdown report: $(fmt_s "$JSON_MEDIAN") median (target <= 100 ms): $(verdict "$JSON_MEDIAN <= 0.1")"
if [ -n "$largest" ]; then
  big=${RSS_OF[$largest]}
  echo "- peak RSS at $(group_digits "$largest") files: $(fmt_mb "$big") (target <= 60 MB): $(verdict "$big * 1024 <= 60e6")"
  if [ "$smallest" != "$largest" ]; then
    small=${RSS_OF[$smallest]}
    echo "- peak RSS $(group_digits "$largest") vs $(group_digits "$smallest") files: $(awk -v a="$big" -v b="$small" 'BEGIN { printf "%+.1f%%", (a / b - 1) * 100 }') (target within 10%): $(verdict "$big <= $small * 1.1 && $big >= $small * 0.9")"
  fi
fi

# ---------------------------------------------------------------- install paths (issue 12), on request
if [ "${BENCH_INSTALL:-0}" = 1 ]; then
  echo
  bash "$ROOT/bench/install.sh"
fi
