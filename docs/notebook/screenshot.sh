#!/usr/bin/env bash
# Runs lesson.ipynb with nbconvert, the package from this checkout on PYTHONPATH, and takes
# a screenshot of the resulting HTML page in headless Chromium.
#
#   docs/notebook/screenshot.sh OUT.png [JUPYTER] [WIDTH,HEIGHT]
#
# JUPYTER is the jupyter command of an environment with nbconvert and ipykernel (default:
# jupyter on PATH); WIDTH,HEIGHT the browser window's size (default 1200,2600).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(realpath -m "${1:?usage: screenshot.sh OUT.png [JUPYTER] [WIDTH,HEIGHT]}")
jupyter=${2:-jupyter}
size=${3:-1200,2600}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PYTHONPATH="$root/src" "$jupyter" nbconvert --to html --execute --output-dir "$work" \
  "$here/lesson.ipynb"
# No network, no first-run dialogs, a throwaway profile: the page is a local file.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --screenshot="$out" --window-size="$size" \
  "file://$work/lesson.html" 2>/dev/null
echo "wrote $out"
