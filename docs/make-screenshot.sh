#!/usr/bin/env bash
# Remakes docs/images/report-comparison.png: the HTML report of the bundled sample runs
# (Tier 2 off vs on), opened from disk in Debian's headless Chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The command shown in docs/html.md; SOURCE_DATE_EPOCH pins "Stats gathered on" like the goldens.
SOURCE_DATE_EPOCH=1765152000 dotnet run --project src/PyStats.Cli -c Release -- \
  samples/cpython-3.13/stdlib-tests-tier2-off/raw samples/cpython-3.13/stdlib-tests-tier2-on/raw \
  --format html -o "$work/report.html"

# The flags keep Chromium off the network (the page itself loads nothing either).
chromium --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking \
  --disable-component-update --no-first-run --disable-sync --user-data-dir="$work/profile" \
  --hide-scrollbars --force-device-scale-factor=1 --window-size=1440,1000 \
  --screenshot="$PWD/docs/images/report-comparison.png" "file://$work/report.html"
