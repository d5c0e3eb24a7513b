#!/usr/bin/env bash
# Start-up and report time of pystats through each install path (issue 12), against the bare
# Native AOT binary, and the size of every release artifact. One command:
#
#   bench/install.sh                          # or BENCH_INSTALL=1 bench/run.sh after the process benchmark
#
# Builds the release folder (packaging/release.sh) unless BENCH_RELEASE names one, installs it the
# way users do (the wheel into a fresh venv, the dotnet tool into a temp --tool-path, the archive
# unpacked), and times `pystats --help` and JSON -> Markdown report (the largest corpus
# expected.json) through:
#   bare AOT binary   the executable unzipped from PyStats.Tool.linux-x64 (no install machinery),
#                     and a second copy of it: the spread of two identical executables is the noise
#   wheel: pystats    `pystats` found on PATH in the venv (pip installed the native executable as the script)
#   wheel: python -m  `python -m cpython_pystats` (Python's start-up, then exec; cannot be near native)
#   dotnet tool       the tool path's `pystats` (a symlink into the linux-x64 RID package)
#   archive           the executable of the unpacked .tar.gz
#   tool fallback     `dotnet pystats.dll` of PyStats.Tool.any: what platforms without an AOT package get
#
# Environment (all optional):
#   BENCH_RELEASE   an existing packaging/release.sh output folder (skips the build, minutes)
#   BENCH_RUNS      timed runs per command (default 30; the median is reported)
#   BENCH_ROUNDS    with hyperfine: rounds the runs are split into, rows in turn (default 10)
#   BENCH_TIMER     auto (hyperfine, installed with apt-get when missing and possible, else the loop), hyperfine or loop
#   BENCH_JSON      the JSON input (default: the largest expected.json of the corpus)
#   PYSTATS_CORPUS  the parity corpus (default: ../shared/corpus beside the repository)
#   PYTHON          the Python for the venv (default python3)
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${PYSTATS_CORPUS:-$ROOT/../shared/corpus}
RUNS=${BENCH_RUNS:-30}
TIMER=${BENCH_TIMER:-auto}
PYTHON=${PYTHON:-python3}
VERSION=$(tr -d '[:space:]' <"$ROOT/VERSION")

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }
# Timing (choose_timer, median, time_group, fmt_s, fmt_ratio).
# shellcheck source=bench/timing.sh
source "$ROOT/bench/timing.sh"

[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or newer (EPOCHREALTIME)"
if [ "$TIMER" = auto ] && ! command -v hyperfine >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  note "installing hyperfine (Debian package) for the timings"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } || true
fi
choose_timer

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pystats-bench-install.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

JSON_INPUT=${BENCH_JSON:-$(find "$CORPUS" -name expected.json -type f -printf '%s %p\n' 2>/dev/null | sort -n | tail -n 1 | cut -d' ' -f2-)}
[ -f "$JSON_INPUT" ] || die "no JSON input (set BENCH_JSON, or PYSTATS_CORPUS to the parity corpus)"

# ---------------------------------------------------------------- the release, installed
if [ -n "${BENCH_RELEASE:-}" ]; then
  REL=$(cd "$BENCH_RELEASE" && pwd)
else
  note "building the release folder (packaging/release.sh; a few minutes)..."
  REL=$WORK/release
  bash "$ROOT/packaging/release.sh" "$REL" >"$WORK/release.log" 2>&1 || { cat "$WORK/release.log" >&2; die "packaging/release.sh failed"; }
fi

note "installing: venv + wheel, dotnet tool, archive..."
mkdir -p "$WORK/bare" "$WORK/any" "$WORK/archive"
(cd "$WORK/bare" && unzip -q "$REL/PyStats.Tool.linux-x64.$VERSION.nupkg")
BARE=$WORK/bare/tools/any/linux-x64/pystats
chmod +x "$BARE"  # zip entries of a nupkg carry no mode; the tool installer sets it, unzip does not
# The same bytes again under another name: how far two identical executables land apart in this
# run is the noise every other ratio carries.
CONTROL=$WORK/bare/pystats-copy
cp "$BARE" "$CONTROL"
(cd "$WORK/any" && unzip -q "$REL/PyStats.Tool.any.$VERSION.nupkg")
ANY_DLL=$WORK/any/tools/net10.0/any/pystats.dll

"$PYTHON" -m venv "$WORK/venv" || die "$PYTHON -m venv failed"
PIP_DISABLE_PIP_VERSION_CHECK=1 "$WORK/venv/bin/python" -m pip install -q --no-index --find-links "$REL" "cpython-pystats==$VERSION" || die "pip install of the wheel failed"

cat >"$WORK/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="release" value="$REL" /></packageSources></configuration>
EOF
NUGET_PACKAGES=$WORK/nuget-cache DOTNET_NOLOGO=1 dotnet tool install PyStats.Tool --version "$VERSION" --tool-path "$WORK/tools" \
  --configfile "$WORK/nuget.config" >"$WORK/tool.log" 2>&1 || { cat "$WORK/tool.log" >&2; die "dotnet tool install failed"; }

tar -xzf "$REL/pystats-$VERSION-linux-x64.tar.gz" -C "$WORK/archive"
ARCHIVE=$WORK/archive/pystats-$VERSION-linux-x64/pystats

# The wheel's row runs plain `pystats`: the PATH lookup is part of that install path.
export PATH="$WORK/venv/bin:$PATH"
[ "$(command -v pystats)" = "$WORK/venv/bin/pystats" ] || die "pystats on PATH is not the venv's"

# ---------------------------------------------------------------- timings
PATHS=(bare control wheel pymod tool archive fallback)
declare -A LABEL=(
  [bare]="bare AOT binary"
  [control]="bare AOT binary, second copy (noise of this run)"
  [wheel]="wheel: \`pystats\` on PATH"
  [pymod]="wheel: \`python -m cpython_pystats\`"
  [tool]="dotnet tool (\`--tool-path\`)"
  [archive]="archive (.tar.gz)"
  [fallback]="tool fallback: \`dotnet pystats.dll\` (PyStats.Tool.any)"
)
declare -A TARGETED=([wheel]=1 [tool]=1 [archive]=1)
command_of() {
  case $1 in
    bare) CMD=("$BARE") ;;
    control) CMD=("$CONTROL") ;;
    wheel) CMD=(pystats) ;;
    pymod) CMD=("$WORK/venv/bin/python" -m cpython_pystats) ;;
    tool) CMD=("$WORK/tools/pystats") ;;
    archive) CMD=("$ARCHIVE") ;;
    fallback) CMD=(dotnet "$ANY_DLL") ;;
  esac
}

# The rows compare the same executable started different ways, so load from elsewhere on a shared
# machine must fall on all rows alike: they are timed in turn, round after round. The loop timer
# (time_group) does that run by run; hyperfine runs a command's runs back to back, so it is called
# in ROUNDS rounds of a few runs per row, and the median is taken over every run of a row.
ROUNDS=${BENCH_ROUNDS:-10}
time_interleaved() {
  local name round per=$(( (RUNS + ROUNDS - 1) / ROUNDS ))
  if [ "$TIMER" != hyperfine ]; then
    time_group "$@"
    return
  fi
  for name in "$@"; do : >"$WORK/$name.times"; : >"$WORK/$name.cpu"; done
  local names=("$@") i
  for round in $(seq "$ROUNDS"); do
    # Each round starts at another row: no row is always the one after the slow JIT fallback.
    for (( i = 0; i < ${#names[@]}; i++ )); do
      name=${names[$(( (i + round) % ${#names[@]} ))]}
      local -n cmd="CMD_$name"
      hyperfine -N --style none --warmup 1 --runs "$per" --export-json "$WORK/$name.json" -- "$(printf '%q ' "${cmd[@]}")" >/dev/null 2>>"$WORK/stderr.log" \
        || die "hyperfine failed for: ${cmd[*]}$(echo; tail -n 5 "$WORK/stderr.log")"
      # The "times" array of the export, one number per line; the mean CPU time (user + system)
      # of the round, once per run, for the CPU column.
      tr -d ' \n' <"$WORK/$name.json" >"$WORK/$name.flat"
      sed -e 's/.*"times":\[\([^]]*\)\].*/\1/' "$WORK/$name.flat" | tr ',' '\n' >>"$WORK/$name.times"
      sed -e 's/.*"user":\([^,]*\),"system":\([^,]*\),.*/\1 \2/' "$WORK/$name.flat" | awk -v n="$per" '{ for (i = 0; i < n; i++) printf "%.6f\n", $1 + $2 }' >>"$WORK/$name.cpu"
      unset -n cmd
    done
  done
  for name in "$@"; do
    printf -v "MEDIAN_$name" '%s' "$(median <"$WORK/$name.times")"
    printf -v "CPU_$name" '%s' "$(awk '{ s += $1 } END { if (NR) printf "%.6f\n", s / NR }' "$WORK/$name.cpu")"
  done
}

# Each install path's executable got into the page cache its own way (unzipped by the tool
# installer or pip in small writes, copied, untarred), and a file cached in small pages costs more
# page faults to start: 1.09-1.13x for the same bytes in the tool store, 0.96x once read back from
# disk. So the cache is dropped first (as root), and every executable is read from disk alike.
CACHE="kept (not root: the page cache could not be dropped)"
if sync && { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null; then
  CACHE="dropped before timing (every executable read back from disk alike)"
fi
note "page cache: $CACHE"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
declare -A HELP JSON HELP_CPU JSON_CPU
for workload in help json; do
  names=()
  for p in "${PATHS[@]}"; do
    command_of "$p"
    if [ "$workload" = help ]; then CMD+=(--help); else CMD+=("$JSON_INPUT"); fi
    declare -n target="CMD_${workload}_$p"
    target=("${CMD[@]}")
    unset -n target
    printf -v "RUNS_${workload}_$p" '%s' "$RUNS"
    names+=("${workload}_$p")
  done
  note "timing $workload through ${#PATHS[@]} install paths ($TIMER, $RUNS runs each)..."
  time_interleaved "${names[@]}"
  for p in "${PATHS[@]}"; do
    name="MEDIAN_${workload}_$p"
    cpu="CPU_${workload}_$p"
    if [ "$workload" = help ]; then HELP[$p]=${!name}; HELP_CPU[$p]=${!cpu:-}; else JSON[$p]=${!name}; JSON_CPU[$p]=${!cpu:-}; fi
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# ---------------------------------------------------------------- report
within() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b * 1.1) }'; }
echo
echo "pystats install paths: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $LOAD_BEFORE before, $LOAD_AFTER after"
echo "page cache: $CACHE"
echo "pystats $VERSION; timer: $TIMER, rows timed in turn ($( [ "$TIMER" = hyperfine ] && echo "$ROUNDS rounds of $(( (RUNS + ROUNDS - 1) / ROUNDS )) runs, one warm-up each" || echo "run by run after a warm-up")), median of every run; JSON input: $JSON_INPUT ($(stat -c %s "$JSON_INPUT") bytes)"
echo
echo "| install path | \`--help\` | / bare | CPU / bare | JSON → report | / bare | CPU / bare | target (≤ 1.10 × bare) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
VERDICTS=()
for p in "${PATHS[@]}"; do
  rh=$(fmt_ratio "${HELP[$p]}" "${HELP[bare]}")
  rj=$(fmt_ratio "${JSON[$p]}" "${JSON[bare]}")
  verdict="–"
  if [ -n "${TARGETED[$p]:-}" ]; then
    if within "${HELP[$p]}" "${HELP[bare]}" && within "${JSON[$p]}" "${JSON[bare]}"; then verdict="met"; else verdict="NOT met"; fi
    VERDICTS+=("${LABEL[$p]}: $verdict")
  elif [ "$p" = pymod ]; then
    verdict="none (Python starts first)"
  elif [ "$p" = fallback ]; then
    verdict="none (JIT; other platforms)"
  fi
  ch=$(fmt_ratio "${HELP_CPU[$p]}" "${HELP_CPU[bare]}")
  cj=$(fmt_ratio "${JSON_CPU[$p]}" "${JSON_CPU[bare]}")
  echo "| ${LABEL[$p]} | $(fmt_s "${HELP[$p]}") | $rh | $ch | $(fmt_s "${JSON[$p]}") | $rj | $cj | $verdict |"
done
echo
echo "Wall time: median over every run; CPU: mean user + system time of the process (hyperfine only),"
echo "less moved by other load than wall time. The second copy of the bare binary shows this run's noise."
echo
echo "| artifact | bytes | MB |"
echo "| --- | ---: | ---: |"
for f in "$REL"/*; do
  [ "$(basename "$f")" = SHA256SUMS ] && continue
  bytes=$(stat -c %s "$f")
  echo "| $(basename "$f") | $bytes | $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') |"
done
installed=$(stat -c %s "$WORK/venv/bin/pystats")
echo "| installed: venv/bin/pystats | $installed | $(awk -v b="$installed" 'BEGIN { printf "%.2f", b / 1e6 }') |"
echo
CORE=$(ls "$REL"/cpython_pystats-"$VERSION"-*.whl | head -n 1)
core_bytes=$(stat -c %s "$CORE")
echo "Targets:"
for v in "${VERDICTS[@]}"; do echo "- $v (\`--help\` and JSON → report within 10% of the bare AOT binary)"; done
echo "- core wheel $(basename "$CORE"): $(awk -v b="$core_bytes" 'BEGIN { printf "%.2f MB", b / 1e6 }') (target ≤ 10 MB): $(if [ "$core_bytes" -le 10000000 ]; then echo met; else echo "NOT met"; fi)"
