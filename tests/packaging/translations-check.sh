#!/usr/bin/env bash
# Every user-visible string of the program's sources is in the committed
# British English translation, and translated. Runs lupdate over the inputs
# the update_translations target reads (the sources of the program's targets,
# as src/CMakeLists.txt lists them in INPUTS), into a temporary copy of the .ts
# file (the committed file is not touched), and fails if the copy gains an
# entry or has an unfinished one.
#   translations-check.sh LUPDATE INPUTS TS_FILE
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: translations-check.sh LUPDATE INPUTS TS_FILE" >&2
    exit 2
fi
lupdate=$1 inputs=$2 ts=$3
if [ ! -s "$inputs" ]; then
    echo "translations-check: $inputs is missing or empty (re-run CMake)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/$(basename "$ts")"
cp "$ts" "$copy"

# The same options as qt_add_translations in src/CMakeLists.txt.
"$lupdate" -no-obsolete -locations none "@$inputs" -ts "$copy" >"$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log" >&2
    echo "translations-check: lupdate failed" >&2
    exit 1
}

# The first line of the source text of each unfinished message.
unfinished=$(awk '
    /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
    /<translation[^>]*type="unfinished"/ {
        gsub(/&lt;/, "<", src); gsub(/&gt;/, ">", src); gsub(/&quot;/, "\"", src)
        gsub(/&apos;/, "\047", src); gsub(/&amp;/, "\\&", src)
        print "    " src
    }
' "$copy")

if [ -n "$unfinished" ]; then
    count=$(printf '%s\n' "$unfinished" | wc -l)
    {
        echo "translations-check: $count string(s) of the sources are new, or not translated, in"
        echo "  $ts:"
        printf '%s\n' "$unfinished" | head -n 40
        [ "$count" -le 40 ] || echo "    … and $((count - 40)) more"
        echo
        echo "Regenerate the translation and fill in the English forms, then review and commit it:"
        echo "    cmake --build build --target update_translations && python3 scripts/fill-english-plurals.py"
        echo
        echo "lupdate said:"
        sed 's/^/    /' "$tmp/lupdate.log"
    } >&2
    exit 1
fi

if ! cmp -s "$ts" "$copy"; then
    # Entries for strings that are gone: harmless, but worth a regeneration.
    echo "translations-check: note: $ts holds strings no longer in the sources;" \
        "the next update_translations removes them." >&2
fi
echo "translations-check: every string of the sources is in $(basename "$ts"), translated."
