#!/usr/bin/env bash
# Remakes the pictures of docs/html.md and README.md: the first screen (1440x1000) of
#   docs/images/report-comparison.png  the HTML comparison of the bundled sample runs (Tier 2 off vs on)
#   docs/images/suite-index.png        the index page of a `pystats suite --format html -o DIR`
#                                      (made when SUITE_BASE and SUITE_HEAD name two suite sides)
# opened from disk in Debian's headless Chromium (apt-get install chromium).
# Usage: docs/make-screenshots.sh    [SUITE_BASE=dir SUITE_HEAD=dir docs/make-screenshots.sh]
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# SOURCE_DATE_EPOCH pins "Stats gathered on" like the goldens.
pystats() { SOURCE_DATE_EPOCH=1765152000 dotnet run --project src/PyStats.Cli -c Release -- "$@"; }

# The flags keep Chromium off the network (the page itself loads nothing either).
shot() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking \
    --disable-component-update --no-first-run --disable-sync --user-data-dir="$work/profile" \
    --hide-scrollbars --force-device-scale-factor=1 --window-size=1440,1000 \
    --screenshot="$PWD/docs/images/$2" "file://$1"
}

# The command shown in docs/html.md.
pystats samples/cpython-3.13/stdlib-tests-tier2-off/raw samples/cpython-3.13/stdlib-tests-tier2-on/raw \
  --format html -o "$work/report.html"
shot "$work/report.html" report-comparison.png

if [ -n "${SUITE_BASE:-}" ] && [ -n "${SUITE_HEAD:-}" ]; then
  pystats suite "$SUITE_BASE" "$SUITE_HEAD" --format html -o "$work/suite"
  shot "$work/suite/index.html" suite-index.png
fi
