#!/usr/bin/env bash
# The Debian package end to end, as root on Debian 12 (CI runs it from .ci/run,
# after the test suite): builds the package with CPack from a Release build,
# installs it with apt-get, runs the installed program (its version, the
# headless commands on a workbook imported from synthetic documents, a report
# if the command exists, the window for a few seconds), validates the installed
# desktop entry and AppStream metadata, and removes the package again.
#
#   bash tests/packaging/deb-install-test.sh [BUILD_DIR]
#
# BUILD_DIR (default build/package) holds the Release build and the .deb. The
# synthetic documents come from the test build's strongtrust-synthetic
# (build/test, made by `bash scripts/bootstrap.sh test`), or from the program
# that STRONGTRUST_SYNTHETIC names. Any failure stops the script with a message
# and a non-zero status; the package is removed on the way out either way.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$root/build/package}")
synthetic=${STRONGTRUST_SYNTHETIC:-$root/build/test/tools/synthetic/strongtrust-synthetic}
exe=/usr/bin/strongtrust
export DEBIAN_FRONTEND=noninteractive

started=$SECONDS
step() { printf '\n=== [%4ds] %s\n' "$((SECONDS - started))" "$*"; }
die() {
    echo >&2
    echo "deb-install-test: FAILED: $*" >&2
    exit 1
}
installed() { dpkg-query -W -f='${Status}' strongtrust 2>/dev/null | grep -q 'install ok installed'; }

[ "$(id -u)" -eq 0 ] || die "run this as root: it installs and removes the package with apt-get"
for tool in cmake cpack ninja dpkg-shlibdeps file apt-get desktop-file-validate appstreamcli pdftotext; do
    command -v "$tool" >/dev/null ||
        die "$tool not found (bash scripts/bootstrap.sh test installs everything this needs)"
done
[ -x "$synthetic" ] ||
    die "$synthetic not found: run 'bash scripts/bootstrap.sh test' first, or set STRONGTRUST_SYNTHETIC"
if installed; then
    die "strongtrust is already installed; this test installs and removes it, so remove it first (apt-get remove -y strongtrust)"
fi

tmp=$(mktemp -d)
we_installed=0
cleanup() {
    local status=$?
    if [ "$we_installed" = 1 ] && installed; then
        echo "deb-install-test: removing the package after a failure" >&2
        apt-get remove -y -qq strongtrust >/dev/null || true
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT

step "Release build of the application (tests and benchmarks off) in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSTRONGTRUST_BUILD_TESTS=OFF -DSTRONGTRUST_BUILD_BENCHMARKS=OFF >"$tmp/configure.log" ||
    { cat "$tmp/configure.log" >&2; die "cmake could not configure the Release build"; }
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"

step "cpack -G DEB"
rm -f "$build"/strongtrust_*.deb
(cd "$build" && cpack -G DEB)
shopt -s nullglob
debs=("$build"/strongtrust_*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || die "expected one strongtrust_*.deb in $build, found ${#debs[@]}"
deb=${debs[0]}
dpkg-deb --info "$deb"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Depends >"$tmp/fields"
grep -qx 'Package: strongtrust' "$tmp/fields" || die "the package is not called strongtrust"
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libqrcodegencpp1 fonts-dejavu-core libc6; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || die "Depends lacks $dep: $depends"
done
dpkg-deb --contents "$deb" | awk '{print $NF}' >"$tmp/contents"
for path in ./usr/bin/strongtrust ./usr/share/applications/strongtrust.desktop \
    ./usr/share/metainfo/strongtrust.metainfo.xml ./usr/share/mime/packages/strongtrust.xml \
    ./usr/share/icons/hicolor/scalable/apps/strongtrust.svg \
    ./usr/share/icons/hicolor/16x16/apps/strongtrust.png \
    ./usr/share/icons/hicolor/256x256/apps/strongtrust.png \
    ./usr/share/doc/strongtrust/copyright; do
    grep -qx "$path" "$tmp/contents" || die "the package lacks $path"
done

step "apt-get install ./$(basename "$deb")"
we_installed=1
(cd "$build" && apt-get install -y "./$(basename "$deb")")
installed || die "apt-get did not install the package"
[ "$(command -v strongtrust)" = "$exe" ] || die "strongtrust is not $exe on PATH"
if ldd "$exe" | grep 'not found'; then die "$exe misses shared libraries"; fi
# Debian policy, and start-up time: the loader must not search folders of our
# own (such as /usr/bin) before the system's.
if readelf -d "$exe" | grep -E 'R(UN)?PATH'; then die "$exe carries a run path"; fi

# The installed program runs as a user would: no display, a private home and
# runtime folder, nothing from the build tree.
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/home/.config"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM QT_PLUGIN_PATH LD_LIBRARY_PATH
cd "$tmp"

step "strongtrust --version"
version=$("$exe" --version)
echo "$version"
[[ "$version" =~ ^strongtrust\ ([0-9.]+)\ \((.+)\)$ ]] || die "unexpected --version output: $version"
revision=${BASH_REMATCH[2]}
if [ -e "$root/.git" ] && command -v git >/dev/null; then
    expected=$(git -C "$root" describe --always --dirty --abbrev=10)
    [ "$revision" = "$expected" ] || die "the package reports revision $revision, the checkout is $expected"
fi

step "strongtrust framework show"
"$exe" framework show >framework.txt
head -n 5 framework.txt
grep -qi 'governance' framework.txt || die "framework show does not list the domains"

step "strongtrust new x.strongtrust --trust T"
"$exe" new "$tmp/x.strongtrust" --trust T
[ "$(head -c 15 "$tmp/x.strongtrust")" = "SQLite format 3" ] || die "new did not write an SQLite workbook"

step "strongtrust import of synthetic documents, list, export"
trust="Oakfield Learning Trust" # the synthetic documents' trust
ASAN_OPTIONS=detect_leaks=0 "$synthetic" documents "$tmp/documents" 2 5
"$exe" new "$tmp/synthetic.strongtrust" --trust "$trust"
"$exe" import "$tmp/synthetic.strongtrust" "$tmp"/documents/*.json
"$exe" list "$tmp/synthetic.strongtrust" | tee list.txt
# Periods are labelled like 2024/25; the list names each.
period=$(grep -oE '[0-9]{4}/[0-9]{2}' list.txt | tail -n 1 || true)
[ -n "$period" ] || die "list names no period after the import"
"$exe" export "$tmp/synthetic.strongtrust" --period "$period" --csv "$tmp/export.csv"
[ "$(wc -l <"$tmp/export.csv")" -gt 10 ] || die "the exported CSV has hardly any rows"

# Commands that other work adds run once `strongtrust --help` lists them.
"$exe" --help >help.txt
has_command() { grep -qE "^[[:space:]]+$1[[:space:]]" help.txt; }
# A PDF painted by the installed program has text (fonts are there) naming the trust.
check_pdf() {
    # pdftotext returns ligatures ("Oakﬁeld"): spell them out.
    pdftotext "$1" - | sed 's/ﬁ/fi/g; s/ﬂ/fl/g; s/ﬀ/ff/g; s/ﬃ/ffi/g; s/ﬄ/ffl/g' |
        tr -s ' \n' ' ' >"$1.txt"
    grep -qF "$trust" "$1.txt" ||
        die "$(basename "$1")'s text does not name the trust (no fonts?)"
    echo "$(basename "$1"): $(pdfinfo "$1" | grep -E '^Pages:' | tr -s ' '), names the trust"
}

step "strongtrust report (PDF)"
if has_command report; then
    "$exe" report --help
    "$exe" report "$tmp/synthetic.strongtrust" --period "$period" --pdf "$tmp/report.pdf"
    check_pdf "$tmp/report.pdf"
else
    echo "SKIPPED: this build of strongtrust has no 'report' command ('strongtrust --help' lists none)."
fi

step "strongtrust archive and verify (a final assessment's bundle, with its report)"
if has_command archive; then
    final=$(awk '$2 == "final" { print $1; exit }' list.txt)
    [ -n "$final" ] || die "list shows no final assessment to archive"
    "$exe" archive "$tmp/synthetic.strongtrust" --period "$final" --out "$tmp/bundle"
    "$exe" verify "$tmp/bundle"
    # The bundle's report is checked like the report command's, once that exists.
    if has_command report; then
        for pdf in "$tmp"/bundle/*.pdf; do
            [ ! -f "$pdf" ] || check_pdf "$pdf"
        done
    fi
else
    echo "SKIPPED: this build of strongtrust has no 'archive' command ('strongtrust --help' lists none)."
fi

step "the window starts from the installed files (5 s)"
set +e
if command -v xvfb-run >/dev/null; then
    xvfb-run -a timeout 5 "$exe" "$tmp/synthetic.strongtrust" >window.log 2>&1
else
    QT_QPA_PLATFORM=offscreen timeout 5 "$exe" "$tmp/synthetic.strongtrust" >window.log 2>&1
fi
status=$?
set -e
# 124: still running when timeout stopped it, which is what a window does.
[ "$status" -eq 124 ] || { cat window.log >&2; die "the window exited with status $status within 5 s"; }
echo "still running after 5 s"

step "desktop-file-validate and appstreamcli validate on the installed files"
desktop-file-validate /usr/share/applications/strongtrust.desktop
appstreamcli validate --no-net /usr/share/metainfo/strongtrust.metainfo.xml
# dpkg triggers of shared-mime-info and desktop-file-utils registered the type.
if dpkg-query -W -f='${Status}' shared-mime-info 2>/dev/null | grep -q 'install ok installed'; then
    grep -q '^[0-9]*:application/x-strongtrust-workbook:\*\.strongtrust$' /usr/share/mime/globs2 ||
        die "the workbook type is not in the system's MIME database"
    echo "*.strongtrust is application/x-strongtrust-workbook"
fi
if dpkg-query -W -f='${Status}' desktop-file-utils 2>/dev/null | grep -q 'install ok installed'; then
    grep -q '^application/x-strongtrust-workbook=.*strongtrust\.desktop' /usr/share/applications/mimeinfo.cache ||
        die "workbooks are not associated with strongtrust.desktop"
    echo "workbooks open with strongtrust.desktop"
fi

step "apt-get remove -y strongtrust"
apt-get remove -y strongtrust
! installed || die "the package is still installed"
[ ! -e "$exe" ] || die "$exe is still there"
[ ! -e /usr/share/applications/strongtrust.desktop ] || die "the desktop entry is still there"
if [ -f /usr/share/mime/globs2 ] && grep -q 'x-strongtrust-workbook' /usr/share/mime/globs2; then
    die "the workbook type is still in the MIME database"
fi
we_installed=0

step "the Debian package builds, installs, runs and uninstalls cleanly"
