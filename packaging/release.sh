#!/usr/bin/env bash
# Builds every release artifact of pystats into one folder (issue 12):
#
#   packaging/release.sh [OUT]          # OUT defaults to artifacts/release
#
#   PyStats.Tool.VER.nupkg              dotnet tool, pointer package (what `dotnet tool install` names)
#   PyStats.Tool.linux-x64.VER.nupkg    its Native AOT package for linux-x64
#   PyStats.Tool.any.VER.nupkg          its framework-dependent fallback for every other platform
#   cpython_pystats-VER-py3-none-manylinux_2_N_x86_64.whl
#                                       Python wheel: the AOT executable as `pystats`, module cpython_pystats
#   cpython_pystats_history-VER-….whl   libduckdb.so for `pystats history` (only when the publish
#                                       output has it; skipped with a message otherwise)
#   pystats-VER-linux-x64.tar.gz        self-contained executable, README.md, LICENSE
#   SHA256SUMS                          `sha256sum -c SHA256SUMS` checks them
#
# The version is VERSION at the repository root (the csproj and the wheel builder read it).
# Needs the .NET 10 SDK with the Native AOT prerequisites (clang, zlib), python3, tar, gzip.
# Linux x86_64 only: the AOT binary is built for the machine it is built on.
# Environment: SOURCE_DATE_EPOCH dates the wheel and archive entries (default: the last commit).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:-$ROOT/artifacts/release}
VERSION=$(tr -d '[:space:]' <"$ROOT/VERSION")
RID=linux-x64

die() { echo "release: $*" >&2; exit 1; }
note() { echo "release: $*" >&2; }

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || die "builds the $RID artifacts, so it runs on Linux x86_64 (this is $(uname -s)-$(uname -m))"
command -v dotnet >/dev/null || die "needs the .NET SDK (dotnet)"
command -v python3 >/dev/null || die "needs python3 (the wheel builder uses only its standard library)"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 315532800)
fi
export SOURCE_DATE_EPOCH

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pystats-release.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# OUT is emptied of an earlier release's artifacts only; anything else in it stops the script.
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
is_artifact() { case $1 in PyStats.Tool.*.nupkg | cpython_pystats*.whl | pystats-*.tar.gz | SHA256SUMS) return 0 ;; *) return 1 ;; esac; }
for existing in "$OUT"/* "$OUT"/.[!.]*; do
  [ -e "$existing" ] || continue
  is_artifact "$(basename "$existing")" || die "$OUT holds $(basename "$existing"), which is not a release artifact: give an empty or new folder"
done
for existing in "$OUT"/*; do
  [ -e "$existing" ] && rm -f "$existing"
done

# The dotnet tool: the pointer package, then the AOT package, whose publish output is also the
# binary of the wheel and the archive (one AOT compile for all of them), then the fallback.
cd "$ROOT"
pack() { dotnet pack src/PyStats.Cli -c Release -o "$OUT" --nologo -v quiet "$@" >"$WORK/pack.log" 2>&1 || { cat "$WORK/pack.log" >&2; die "dotnet pack $* failed"; }; }
note "dotnet tool: pointer package"
pack
note "dotnet tool: Native AOT package for $RID (takes a few minutes)"
PUBLISH=$WORK/publish
pack -r "$RID" -p:PublishDir="$PUBLISH/"
note "dotnet tool: framework-dependent fallback package (any)"
pack -r any
[ -x "$PUBLISH/pystats" ] || die "no $PUBLISH/pystats after the AOT pack"
for package in "PyStats.Tool.$VERSION.nupkg" "PyStats.Tool.$RID.$VERSION.nupkg" "PyStats.Tool.any.$VERSION.nupkg"; do
  [ -f "$OUT/$package" ] || die "dotnet pack did not make $package"
done

# The wheels. The history store's native library goes into its own wheel, never the core one.
note "Python wheels"
DUCKDB=()
if [ -f "$PUBLISH/libduckdb.so" ]; then
  DUCKDB=(--duckdb "$PUBLISH/libduckdb.so")
else
  note "no libduckdb.so in the publish output (this version has no history store): cpython-pystats-history wheel skipped"
fi
python3 "$ROOT/packaging/python/build_wheel.py" --binary "$PUBLISH/pystats" "${DUCKDB[@]}" --out "$OUT" >/dev/null

# The archive: everything the publish output has (the executable, and libduckdb.so when present).
note "archive"
NAME=pystats-$VERSION-$RID
mkdir -p "$WORK/$NAME"
cp -p "$PUBLISH"/* "$WORK/$NAME/"
cp "$ROOT/README.md" "$ROOT/LICENSE" "$WORK/$NAME/"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$WORK" -cf - "$NAME" | gzip -n -9 >"$OUT/$NAME.tar.gz"

(cd "$OUT" && find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%f\n' | sort | xargs sha256sum >SHA256SUMS)
note "done: $OUT"
(cd "$OUT" && ls -l --time-style=+ | tail -n +2 | awk '{ printf "  %10d  %s\n", $5, $NF }') >&2
