#!/usr/bin/env bash
# The workbook file type registers: update-mime-database (shared-mime-info)
# accepts packaging/linux/strongtrust-mime.xml beside the system's types, and
# the resulting database maps *.strongtrust, and SQLite's header with
# strongtrust's application id, to application/x-strongtrust-workbook.
#   mime-check.sh SOURCE_DIR
set -euo pipefail

source_dir=${1:?usage: mime-check.sh SOURCE_DIR}
command -v update-mime-database >/dev/null || {
    echo "mime-check: update-mime-database not found: apt-get install shared-mime-info" >&2
    exit 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
system=/usr/share/mime/packages/freedesktop.org.xml
[ -f "$system" ] && cp "$system" "$tmp/mime/packages/"
cp "$source_dir/packaging/linux/strongtrust-mime.xml" "$tmp/mime/packages/strongtrust.xml"

# update-mime-database reports a malformed file on stderr but still exits 0.
# (With the folder on XDG_DATA_DIRS it does not warn that it is not.)
XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>"$tmp/errors"
if [ -s "$tmp/errors" ]; then
    cat "$tmp/errors" >&2
    echo "mime-check: update-mime-database complained about the file type" >&2
    exit 1
fi

fail=0
expect() { # FILE PATTERN WHAT
    if ! grep -Eq "$2" "$tmp/mime/$1"; then
        echo "mime-check: $1 lacks $3" >&2
        fail=1
    fi
}
expect globs2 '^[0-9]+:application/x-strongtrust-workbook:\*\.strongtrust$' "the *.strongtrust glob"
expect subclasses '^application/x-strongtrust-workbook application/vnd\.sqlite3$' "the SQLite parent type"
expect types '^application/x-strongtrust-workbook$' "the type"
grep -aq 'application/x-strongtrust-workbook' "$tmp/mime/magic" || {
    echo "mime-check: magic lacks the workbook's header match" >&2
    fail=1
}
[ "$fail" -eq 0 ] && echo "mime-check: application/x-strongtrust-workbook registers (glob and magic)."
exit "$fail"
