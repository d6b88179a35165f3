#!/usr/bin/env bash
# Sets up a Debian 12 machine for strongtrust, builds it, and then either opens
# the app or runs the whole test suite.
#
#   bash scripts/bootstrap.sh run [WORKBOOK]   install, build (release), open the window
#   bash scripts/bootstrap.sh test             install, build (ASan + UBSan), run every test
#
# Run as root, or as a user with sudo (used for apt-get only).
set -euo pipefail

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
    run|test) ;;
    *) echo "usage: bash scripts/bootstrap.sh run [WORKBOOK] | test" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packages=(
    cmake ninja-build g++ git pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev
    nlohmann-json3-dev libgtest-dev libbenchmark-dev zlib1g-dev
    xvfb xauth poppler-utils fonts-dejavu-core
    libqrcodegencpp-dev
)
if [ "$mode" = test ]; then
    # The packaging checks (tests/packaging): validators of the desktop entry,
    # the AppStream metadata and the file type; `file` for the installed icons;
    # dpkg-dev (dpkg-shlibdeps) for the Debian package that CI builds and installs;
    # clang-format for the formatting check (scripts/check-format.sh).
    packages+=(desktop-file-utils appstream shared-mime-info file dpkg-dev clang-format)
    # The rating page's tests (tests/browser): Debian's chromium, driven from node
    # by playwright-core (installed below from tests/browser/package-lock.json).
    packages+=(chromium)
    # The editable report's test (tests/cli/ReportOdtTest.cpp) converts the
    # OpenDocument Text file to PDF with LibreOffice, headless.
    packages+=(libreoffice-writer-nogui)
    command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)

if [ "$mode" = run ]; then
    cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSTRONGTRUST_BUILD_TESTS=OFF -DSTRONGTRUST_BUILD_BENCHMARKS=OFF
    cmake --build build/release -j "$jobs"
    exec build/release/bin/strongtrust "$@"
fi

# The browser tests' one dependency, at the version the lock file names.
npm ci --prefix tests/browser --no-audit --no-fund

# Tests: a debug build with AddressSanitizer and UndefinedBehaviorSanitizer;
# any sanitizer report aborts the test that caused it, so the run fails. Any
# compiler warning fails the build.
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTRONGTRUST_SANITIZE=ON \
    -DSTRONGTRUST_WERROR=ON
cmake --build build/test -j "$jobs"

# No display and no user session are needed: tests use the offscreen
# platform; Qt gets a private runtime folder.
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
unset DISPLAY WAYLAND_DISPLAY
cd build/test
ctest --output-on-failure -j "$jobs"
