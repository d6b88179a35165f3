#!/usr/bin/env bash
# Every user-visible string of src/ and ui/ is in the committed British English
# translation, and translated. Runs lupdate, as the update_translations target
# does, into a temporary copy of the .ts file (the committed file is not
# touched) and fails if the copy gains an entry or has an unfinished one.
#   translations-check.sh LUPDATE SOURCE_DIR TS_FILE
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: translations-check.sh LUPDATE SOURCE_DIR TS_FILE" >&2
    exit 2
fi
lupdate=$1 source_dir=$2 ts=$3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/$(basename "$ts")"
cp "$ts" "$copy"

inputs=("$source_dir/src")
[ -d "$source_dir/ui" ] && inputs+=("$source_dir/ui")
# The same options as qt_add_translations in the top-level CMakeLists.txt.
"$lupdate" -no-obsolete -locations none \
    -I "$source_dir/src" -I "$source_dir/src/core" \
    "${inputs[@]}" -ts "$copy" >"$tmp/lupdate.log" 2>&1 || {
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
        echo "translations-check: $count string(s) of src/ or ui/ are new, or not translated, in"
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
echo "translations-check: every string of src/ and ui/ is in $(basename "$ts"), translated."
