#!/usr/bin/env bash
# Runs one test of the sanitized build: run-test.sh PROGRAM [ARGS...]
#
# LeakSanitizer checks for leaks when the process exits, after stopping every thread through
# a helper "tracer". That tracer sometimes crashes ("Tracer caught signal 11", then
# "LeakSanitizer has encountered a fatal error"), a known fault of the sanitizer runtime,
# not of the program: every test function has passed, and the leak check has not run at all.
# Only in that case the test runs once more, so that a leak check does happen. Any other
# failure, and a second tracer crash, stands.
set -u
log=$(mktemp "${TMPDIR:-/tmp}/lapor-test.XXXXXX")
trap 'rm -f "$log"' EXIT

"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
(( status == 0 )) && exit 0

if grep -q '^Tracer caught signal' "$log" &&
    grep -q 'LeakSanitizer has encountered a fatal error' "$log" &&
    ! grep -qE '^FAIL!|^XPASS|ERROR: (AddressSanitizer|LeakSanitizer: detected)|runtime error:' "$log"; then
    echo "-- run-test.sh: LeakSanitizer's tracer crashed before its leak check ran; running again"
    "$@"
    exit $?
fi
exit "$status"
