#!/usr/bin/env bash
# scripts/check-format.sh fails on a file laid out against .clang-format,
# naming it, and passes on one laid out as it says; files outside the tree are
# checked against the repository's style too (not clang-format's default).
#   check-format-test.sh CHECK_FORMAT_SCRIPT
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: check-format-test.sh CHECK_FORMAT_SCRIPT" >&2
    exit 2
fi
check=$1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "check-format-test: $*" >&2
    exit 1
}

# Laid out as .clang-format says (WebKit-based, four spaces, a function's
# brace on its own line): LLVM's default style would change every line of it.
cat >"$tmp/Formatted.cpp" <<'CPP'
#include "Formatted.h"

#include <QString>

#include <vector>

namespace strongtrust {

int sum(const std::vector<int> &values)
{
    int total = 0;
    for (int v : values) {
        if (v > 0)
            total += v;
    }
    return total;
}

} // namespace strongtrust
CPP

# The same code, laid out otherwise.
cat >"$tmp/Misformatted.cpp" <<'CPP'
#include <vector>
#include <QString>
#include "Formatted.h"
namespace strongtrust {
int sum(const std::vector<int>& values) {
  int total=0;
  for (int v : values) { if (v > 0) total += v; }
  return total;
}
}
CPP

run() {
    set +e
    bash "$check" "$@" >"$tmp/out" 2>"$tmp/err"
    status=$?
    set -e
}

run "$tmp/Formatted.cpp"
[ "$status" -eq 0 ] || fail "a formatted file failed the check (exit $status):
$(cat "$tmp/out" "$tmp/err")"

run "$tmp/Misformatted.cpp"
[ "$status" -eq 1 ] || fail "a misformatted file passed the check (exit $status, expected 1)"
grep -qxF "$tmp/Misformatted.cpp" "$tmp/out" || fail "the check did not name the misformatted file:
$(cat "$tmp/out")"

# Both at once: only the misformatted file is named, and the check fails.
run "$tmp/Formatted.cpp" "$tmp/Misformatted.cpp"
[ "$status" -eq 1 ] || fail "one misformatted file among two passed the check (exit $status)"
[ "$(cat "$tmp/out")" = "$tmp/Misformatted.cpp" ] || fail "the check named other files than the misformatted one:
$(cat "$tmp/out")"

# --diff shows the change it wants.
run --diff "$tmp/Misformatted.cpp"
[ "$status" -eq 1 ] || fail "--diff on a misformatted file exited $status"
grep -q '^+int sum(const std::vector<int> &values)$' "$tmp/out" || fail "--diff did not show the change:
$(cat "$tmp/out")"

# A file that is not there is an error, not a pass.
run "$tmp/Missing.cpp"
[ "$status" -ne 0 ] || fail "a missing file passed the check"

# The check leaves the files alone.
run "$tmp/Misformatted.cpp"
grep -q '^int sum(const std::vector<int>& values) {$' "$tmp/Misformatted.cpp" \
    || fail "the check changed the file it checked"

echo "check-format-test: the check fails on a misformatted file and passes on a formatted one."
