#!/usr/bin/env bash
# The C++ sources are laid out as the repository's .clang-format says. Prints
# every file that clang-format would change, and exits 1 if there is one.
#
#   bash scripts/check-format.sh             every .cpp and .h file git tracks
#                                            (outside git: under src, tests,
#                                            tools and benchmarks)
#   bash scripts/check-format.sh FILE...     these files only
#   bash scripts/check-format.sh --diff ...  also show what would change
#
# Files are checked against this repository's .clang-format wherever they are
# (a file outside the tree too). CLANG_FORMAT names the program to run
# (default: clang-format). The layout is clang-format 14's, Debian 12's: other
# versions may lay a few constructs out differently.
# Exit status: 0 all formatted, 1 a file differs, 2 the check could not run.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
style="$root/.clang-format"
clang_format=${CLANG_FORMAT:-clang-format}

show_diff=0
if [ "${1:-}" = --diff ]; then
    show_diff=1
    shift
fi
case "${1:-}" in
    -h|--help)
        sed -n '2,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
        exit 0 ;;
    -*)
        echo "check-format: unknown option $1 (see --help)" >&2
        exit 2 ;;
esac

if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "check-format: $clang_format not found (apt-get install clang-format)" >&2
    exit 2
fi
version=$("$clang_format" --version)
case "$version" in
    *" version 14."*) ;;
    *) echo "check-format: note: the layout is clang-format 14's; this is $version" >&2 ;;
esac

files=()
if [ $# -gt 0 ]; then
    files=("$@")
elif git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    while IFS= read -r -d '' f; do
        files+=("$root/$f")
    done < <(git -C "$root" ls-files -z -- '*.cpp' '*.h')
else
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <(cd "$root" && find src tests tools benchmarks -type f \( -name '*.cpp' -o -name '*.h' \) \
        -printf "$root/%p\\0" 2>/dev/null | sort -z)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "check-format: no C++ files to check" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

differ=()
failed=0
for f in "${files[@]}"; do
    if [ ! -f "$f" ]; then
        echo "check-format: $f: no such file" >&2
        failed=1
        continue
    fi
    if ! "$clang_format" --style="file:$style" "$f" >"$tmp/formatted" 2>"$tmp/errors"; then
        echo "check-format: clang-format failed on $f:" >&2
        cat "$tmp/errors" >&2
        failed=1
        continue
    fi
    if ! cmp -s "$f" "$tmp/formatted"; then
        differ+=("$f")
        # Named relative to the tree, as a reader would type it.
        name=${f#"$root/"}
        echo "$name"
        if [ "$show_diff" -eq 1 ]; then
            a=$name b=$name
            case "$name" in /*) ;; *) a="a/$name" b="b/$name" ;; esac
            diff -u --label "$a" --label "$b" "$f" "$tmp/formatted" || true
        fi
    fi
done

if [ ${#differ[@]} -gt 0 ]; then
    {
        echo "check-format: ${#differ[@]} of ${#files[@]} file(s) are not formatted as .clang-format says."
        echo "Format them with:  clang-format -i FILE...   (or see the changes: bash scripts/check-format.sh --diff FILE...)"
    } >&2
    exit 1
fi
[ "$failed" -eq 0 ] || exit 2
echo "check-format: ${#files[@]} file(s) formatted as .clang-format says."
