#!/usr/bin/env bash
# `cmake --install` puts everything docs/install.md lists where it says, on a
# freedesktop system: the executable, the desktop entry, the file type, the
# AppStream metadata and the icons at each size.
#   install-check.sh BUILD_DIR
set -euo pipefail

build=${1:?usage: install-check.sh BUILD_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DESTDIR="$tmp/root" cmake --install "$build" --prefix /usr >"$tmp/install.log"
root="$tmp/root/usr"

fail=0
expect() {
    if [ ! -f "$root/$1" ]; then
        echo "install-check: not installed: $1" >&2
        fail=1
    fi
}
expect bin/strongtrust
[ -x "$root/bin/strongtrust" ] || { echo "install-check: bin/strongtrust is not executable" >&2; fail=1; }
expect share/applications/strongtrust.desktop
expect share/metainfo/strongtrust.metainfo.xml
expect share/mime/packages/strongtrust.xml
expect share/icons/hicolor/scalable/apps/strongtrust.svg
expect share/doc/strongtrust/copyright
for size in 16 24 32 48 64 128 256; do
    png="share/icons/hicolor/${size}x${size}/apps/strongtrust.png"
    expect "$png"
    if [ -f "$root/$png" ] && ! file "$root/$png" | grep -q "PNG image data, $size x $size,"; then
        echo "install-check: $png is not a $size x $size PNG: $(file -b "$root/$png")" >&2
        fail=1
    fi
done

# The desktop entry names what is installed: the command and the icon.
desktop="$root/share/applications/strongtrust.desktop"
if [ -f "$desktop" ]; then
    grep -qx 'Exec=strongtrust %f' "$desktop" || { echo "install-check: unexpected Exec line" >&2; fail=1; }
    grep -qx 'Icon=strongtrust' "$desktop" || { echo "install-check: unexpected Icon line" >&2; fail=1; }
    grep -q '^MimeType=.*application/x-strongtrust-workbook;' "$desktop" ||
        { echo "install-check: the desktop entry does not open workbooks" >&2; fail=1; }
fi
[ "$fail" -eq 0 ] && echo "install-check: cmake --install puts every file in place."
exit "$fail"
