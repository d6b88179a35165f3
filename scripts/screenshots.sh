#!/usr/bin/env bash
# Takes the user guide's screenshots (docs/images/*.png) from the real
# application, on the offscreen platform. Run after building:
#   bash scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
mkdir -p "$root/docs/images"
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=offscreen STRONGTRUST_SCREENSHOTS="$root/docs/images" \
    "$build/tests/gui_tests" --gtest_filter='Screenshots.*'
ls -l "$root/docs/images"
