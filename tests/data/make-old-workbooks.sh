#!/bin/sh
# Makes workbook-vN.strongtrust with an old strongtrust executable (see README.md).
#   make-old-workbooks.sh OLD_STRONGTRUST OUT.strongtrust
set -eu
exe=$1
out=$2
in=$(dirname "$0")/old-workbook-input
# The audit trail names the login user; a fixed one, so the files are alike.
export USER=clerk LOGNAME=clerk
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM || true
"$exe" new "$out" --trust "Oakfield Learning Trust"
"$exe" import "$out" "$in/1-2024-25-signed.json"
"$exe" import "$out" "$in/2-2025-26-jane-smith-return.json" "$in/3-2025-26-zoe-o-briain-return.json"
"$exe" import "$out" "$in/4-2025-26-meeting.json"
"$exe" list "$out"
# The read-only 'list' leaves an empty write-ahead log and its index behind;
# with the log empty, the workbook file alone holds everything.
if [ ! -s "$out-wal" ]; then rm -f "$out-wal" "$out-shm"; fi
