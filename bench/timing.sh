# Timing shared by the benchmark scripts (bench/run.sh, bench/install.sh); sourced, not run.
# Expects the functions die and note; time_group needs WORK (a temp dir) and TIMER (from choose_timer).

# choose_timer: turns TIMER (auto, hyperfine or loop; BENCH_TIMER) into hyperfine or loop.
choose_timer() {
  case "$TIMER" in
    auto) if command -v hyperfine >/dev/null 2>&1; then TIMER=hyperfine; else TIMER=loop; fi ;;
    hyperfine) command -v hyperfine >/dev/null 2>&1 || die "BENCH_TIMER=hyperfine but hyperfine is not installed" ;;
    loop) ;;
    *) die "BENCH_TIMER must be auto, hyperfine or loop" ;;
  esac
}

# Median wall time in seconds of each command of a group. The built-in loop runs the commands of
# a group in turn (one warm-up each, then round after round), so that load from elsewhere on the
# machine falls on all of them alike and their ratios stay fair.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.6f\n", m }'; }

run_quiet() { "$@" >/dev/null 2>>"$WORK/stderr.log" || die "failed (see stderr below): $*$(echo; tail -n 5 "$WORK/stderr.log")"; }

# time_group NAME... : each NAME has its command in the array CMD_NAME and its number of runs in
# RUNS_NAME; writes the median to MEDIAN_NAME.
time_group() {
  local name max=0
  if [ "$TIMER" = hyperfine ]; then
    for name in "$@"; do
      local -n cmd="CMD_$name" runs="RUNS_$name"
      hyperfine -N --style none --warmup 1 --runs "$runs" --export-csv "$WORK/$name.csv" -- "$(printf '%q ' "${cmd[@]}")" >/dev/null 2>>"$WORK/stderr.log" \
        || die "hyperfine failed for: ${cmd[*]}"
      printf -v "MEDIAN_$name" '%s' "$(awk -F, 'NR == 2 { printf "%.6f\n", $4 }' "$WORK/$name.csv")"
      unset -n cmd runs
    done
    return
  fi
  for name in "$@"; do
    local -n cmd="CMD_$name" runs="RUNS_$name"
    run_quiet "${cmd[@]}"
    : >"$WORK/$name.times"
    [ "$runs" -gt "$max" ] && max=$runs
    unset -n cmd runs
  done
  for round in $(seq "$max"); do
    for name in "$@"; do
      local -n cmd="CMD_$name" runs="RUNS_$name"
      if [ "$round" -le "$runs" ]; then
        # EPOCHREALTIME read in place, not in a $(…) subshell: no fork inside the timed span.
        local start end
        start=$EPOCHREALTIME
        run_quiet "${cmd[@]}"
        end=$EPOCHREALTIME
        echo "$(( ${end/[.,]/} - ${start/[.,]/} ))" | awk '{ printf "%.6f\n", $1 / 1e6 }' >>"$WORK/$name.times"
      fi
      unset -n cmd runs
    done
  done
  for name in "$@"; do
    printf -v "MEDIAN_$name" '%s' "$(median <"$WORK/$name.times")"
  done
}

fmt_s() { awk -v v="$1" 'BEGIN { if (v == "") print "–"; else if (v < 1) printf "%.1f ms\n", v * 1000; else printf "%.2f s\n", v }'; }
fmt_ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "–"; else printf "%.2f\n", a / b }'; }
