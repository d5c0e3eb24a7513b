#!/usr/bin/env bash
# Install tests of the release artifacts (issue 12), run by .ci/run:
#
#   packaging/test-install.sh [RELEASE_DIR]     # without RELEASE_DIR: packaging/release.sh into a temp dir first
#
# Installs each artifact the way a user would and runs the bundled sample comparison through it,
# byte for byte against samples/…/compare-…md, plus the exit codes of bad input (1) and a bad
# command line (2):
#   - the wheel, into a fresh venv with `pip install --no-index`: `pystats` on PATH (which must be
#     the native executable itself), `python -m cpython_pystats`, and the Python API;
#   - the dotnet tool, from the local packages into a temp --tool-path with only that folder as a
#     source (and an empty NuGet cache): it must resolve to the Native AOT linux-x64 package; the
#     framework-dependent `any` package is run with `dotnet` too;
#   - the archive, after `sha256sum -c SHA256SUMS`.
# A missing python3, venv or dotnet is a failure, not a skip. Ends with "N passed, N failed".
# Environment: PYTHON (default python3).
set -uo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3}
VERSION=$(tr -d '[:space:]' <"$ROOT/VERSION")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pystats-install-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ $# -ge 1 ]; then
  REL=$(cd "$1" && pwd) || exit 1
else
  REL=$WORK/release
  bash "$ROOT/packaging/release.sh" "$REL" || { echo "test-install: packaging/release.sh failed"; echo "0 passed, 1 failed"; exit 1; }
fi

SAMPLES=$ROOT/samples/cpython-3.13
BASE=$SAMPLES/stdlib-tests-tier2-off/raw
HEAD=$SAMPLES/stdlib-tests-tier2-on/raw
EXPECTED=$SAMPLES/compare-stdlib-tests-tier2-off-vs-stdlib-tests-tier2-on.md
export SOURCE_DATE_EPOCH=1765152000
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "ok   - $1"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL - $1${2:+: $2}"; }

# same_report NAME COMMAND...: the sample comparison printed by COMMAND is the golden file, byte for byte.
same_report() {
  local name=$1
  shift
  if ! "$@" "$BASE" "$HEAD" >"$WORK/out.md" 2>"$WORK/err"; then
    fail "$name" "exit $? ($(head -c 300 "$WORK/err"))"
  elif cmp -s "$WORK/out.md" "$EXPECTED"; then
    pass "$name"
  else
    fail "$name" "output differs from $EXPECTED ($(diff "$EXPECTED" "$WORK/out.md" | head -n 3 | tr '\n' ' '))"
  fi
}

# exit_codes NAME COMMAND...: bad input exits 1 with one line on stderr, a bad option exits 2.
exit_codes() {
  local name=$1 code
  shift
  "$@" "$WORK/no-such-input" >"$WORK/out" 2>"$WORK/err"
  code=$?
  if [ "$code" = 1 ] && [ "$(wc -l <"$WORK/err")" = 1 ] && [ ! -s "$WORK/out" ]; then pass "$name: bad input exits 1, one line on stderr"
  else fail "$name: bad input exits 1, one line on stderr" "exit $code, stderr: $(head -c 300 "$WORK/err")"; fi
  "$@" --no-such-option >"$WORK/out" 2>"$WORK/err"
  code=$?
  if [ "$code" = 2 ]; then pass "$name: bad option exits 2"; else fail "$name: bad option exits 2" "exit $code"; fi
}

ls "$REL"/*.whl "$REL"/*.nupkg "$REL"/*.tar.gz >/dev/null 2>&1 || fail "release folder $REL has wheels, tool packages and an archive"

# ---------------------------------------------------------------- archive (first: its binary is the reference)
if (cd "$REL" && sha256sum --quiet -c SHA256SUMS); then pass "archive: SHA256SUMS matches every artifact"; else fail "archive: SHA256SUMS matches every artifact"; fi
ARCHIVE=$REL/pystats-$VERSION-linux-x64.tar.gz
BARE=$WORK/archive/pystats-$VERSION-linux-x64/pystats
mkdir -p "$WORK/archive"
if tar -xzf "$ARCHIVE" -C "$WORK/archive" && [ -x "$BARE" ] \
  && [ -f "$WORK/archive/pystats-$VERSION-linux-x64/README.md" ] && [ -f "$WORK/archive/pystats-$VERSION-linux-x64/LICENSE" ]; then
  pass "archive: pystats, README.md and LICENSE"
  same_report "archive: sample comparison" "$BARE"
  exit_codes "archive" "$BARE"
else
  fail "archive: pystats, README.md and LICENSE" "$ARCHIVE"
fi

# ---------------------------------------------------------------- wheel
CORE_WHEEL=$(ls "$REL"/cpython_pystats-"$VERSION"-*.whl 2>/dev/null | head -n 1)
if [ -n "$CORE_WHEEL" ] && [ "$(stat -c %s "$CORE_WHEEL")" -le 10000000 ]; then pass "wheel: core wheel <= 10 MB ($(stat -c %s "$CORE_WHEEL") bytes)"
else fail "wheel: core wheel <= 10 MB" "${CORE_WHEEL:-no cpython_pystats wheel in $REL}"; fi
if unzip -l "$CORE_WHEEL" 2>/dev/null | grep -q 'libduckdb'; then fail "wheel: core wheel has no libduckdb.so"; else pass "wheel: core wheel has no libduckdb.so"; fi

VENV=$WORK/venv
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  fail "wheel: $PYTHON is on PATH" "install Python 3 with venv (Debian: python3 python3-venv)"
elif ! "$PYTHON" -m venv "$VENV" >"$WORK/venv.log" 2>&1; then
  fail "wheel: $PYTHON -m venv makes a fresh venv" "$(tail -n 3 "$WORK/venv.log")"
elif ! "$VENV/bin/python" -m pip install -q --no-index --find-links "$REL" "cpython-pystats==$VERSION" >"$WORK/pip.log" 2>&1; then
  fail "wheel: pip install --no-index --find-links RELEASE cpython-pystats" "$(tail -n 3 "$WORK/pip.log")"
else
  pass "wheel: pip install --no-index --find-links RELEASE cpython-pystats"
  # The script pip installed is the native executable itself, executable, no Python wrapper.
  if [ -x "$VENV/bin/pystats" ] && [ ! -L "$VENV/bin/pystats" ] && cmp -s "$VENV/bin/pystats" "$BARE"; then pass "wheel: bin/pystats is the native executable, exec bit kept"
  else fail "wheel: bin/pystats is the native executable, exec bit kept" "$(ls -l "$VENV/bin/pystats" 2>&1)"; fi
  same_report "wheel: pystats on PATH" env PATH="$VENV/bin:/usr/bin:/bin" pystats
  exit_codes "wheel: pystats on PATH" env PATH="$VENV/bin:/usr/bin:/bin" pystats
  same_report "wheel: python -m cpython_pystats" "$VENV/bin/python" -m cpython_pystats
  exit_codes "wheel: python -m cpython_pystats" "$VENV/bin/python" -m cpython_pystats
  if "$VENV/bin/python" - "$BASE" "$HEAD" "$EXPECTED" "$VENV/bin/pystats" >"$WORK/api.log" 2>&1 <<'EOF'
import os, sys, cpython_pystats
base, head, expected, script = sys.argv[1:]
assert os.path.samefile(cpython_pystats.binary_path(), script), cpython_pystats.binary_path()
done = cpython_pystats.run([base, head])
assert done.returncode == 0, (done.returncode, done.stderr)
with open(expected, encoding="utf-8", newline="") as f:
    assert done.stdout == f.read(), "run() stdout differs from the golden file"
bad = cpython_pystats.run([os.path.join(base, "no-such-file")])
assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and bad.stdout == "", bad
EOF
  then pass "wheel: API run() and binary_path()"; else fail "wheel: API run() and binary_path()" "$(tail -n 3 "$WORK/api.log")"; fi

  HISTORY_WHEEL=$(ls "$REL"/cpython_pystats_history-"$VERSION"-*.whl 2>/dev/null | head -n 1)
  if [ -z "$HISTORY_WHEEL" ]; then
    echo "note - no cpython_pystats_history wheel in the release (no libduckdb.so in this version's publish output): its install is not tested"
  elif "$VENV/bin/python" -m pip install -q --no-index --find-links "$REL" "cpython-pystats[history]==$VERSION" >"$WORK/pip.log" 2>&1 \
    && [ -f "$VENV/lib/pystats/libduckdb.so" ] \
    && "$VENV/bin/python" -c 'import sys, os, cpython_pystats_history as h; sys.exit(not os.path.samefile(h.library_path(), sys.argv[1]))' "$VENV/lib/pystats/libduckdb.so"; then
    pass "wheel: cpython-pystats[history] installs lib/pystats/libduckdb.so beside bin/"
  else
    fail "wheel: cpython-pystats[history] installs lib/pystats/libduckdb.so beside bin/" "$(tail -n 3 "$WORK/pip.log")"
  fi
fi

# ---------------------------------------------------------------- dotnet tool
TOOLS=$WORK/tools
cat >"$WORK/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="release" value="$REL" />
  </packageSources>
</configuration>
EOF
if ! command -v dotnet >/dev/null 2>&1; then
  fail "tool: dotnet is on PATH"
elif ! NUGET_PACKAGES=$WORK/nuget-cache dotnet tool install PyStats.Tool --version "$VERSION" --tool-path "$TOOLS" \
  --configfile "$WORK/nuget.config" >"$WORK/tool.log" 2>&1; then
  fail "tool: dotnet tool install PyStats.Tool --tool-path TEMP from the local packages" "$(tail -n 3 "$WORK/tool.log")"
else
  pass "tool: dotnet tool install PyStats.Tool --tool-path TEMP from the local packages"
  if [ -x "$TOOLS/pystats" ] && cmp -s "$(readlink -f "$TOOLS/pystats")" "$BARE"; then pass "tool: installs the Native AOT linux-x64 executable"
  else fail "tool: installs the Native AOT linux-x64 executable" "$(ls -l "$TOOLS/pystats" 2>&1)"; fi
  same_report "tool: pystats" "$TOOLS/pystats"
  exit_codes "tool: pystats" "$TOOLS/pystats"
fi
# The fallback package other platforms get: the same program under the .NET runtime.
mkdir -p "$WORK/any"
if command -v dotnet >/dev/null 2>&1 && (cd "$WORK/any" && unzip -q "$REL/PyStats.Tool.any.$VERSION.nupkg") \
  && grep -q 'Runner="dotnet"' "$WORK/any/tools/net10.0/any/DotnetToolSettings.xml"; then
  same_report "tool: framework-dependent any package (dotnet pystats.dll)" dotnet "$WORK/any/tools/net10.0/any/pystats.dll"
else
  fail "tool: framework-dependent any package (dotnet pystats.dll)" "PyStats.Tool.any.$VERSION.nupkg missing or not a dotnet-runner tool"
fi

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
