#!/usr/bin/env bash
# Proves run-test.sh reruns a test only when LeakSanitizer's tracer crashed after every test
# function passed, and lets every other outcome stand. Usage: run-test-selftest.sh RUN_TEST
set -u
runner=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/lapor-runtest.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0

# A fake test: each run takes the next outcome from $work/plan and counts itself in $work/runs.
cat >"$work/fake" <<'FAKE'
#!/usr/bin/env bash
dir=$(dirname "$0")
echo run >>"$dir/runs"
outcome=$(sed -n "$(wc -l <"$dir/runs")p" "$dir/plan")
case $outcome in
pass) echo "Totals: 3 passed, 0 failed"; exit 0 ;;
tracer)
    echo "Totals: 3 passed, 0 failed"
    echo "Tracer caught signal 11: addr=0x2d8f8 pc=0x561d5b0f4daa sp=0x7fea75dfed40" >&2
    echo "==8448==LeakSanitizer has encountered a fatal error." >&2
    exit 1 ;;
failed-then-tracer)
    echo "FAIL!  : TestFake::works() 'ok' returned FALSE."
    echo "Totals: 2 passed, 1 failed"
    echo "Tracer caught signal 11: addr=0x0 pc=0x1 sp=0x2" >&2
    echo "==8448==LeakSanitizer has encountered a fatal error." >&2
    exit 1 ;;
leak)
    echo "==8448==ERROR: LeakSanitizer: detected memory leaks" >&2
    exit 23 ;;
failed) echo "FAIL!  : TestFake::works() 'ok' returned FALSE."; exit 1 ;;
esac
FAKE
chmod +x "$work/fake"

# expect PLAN... -- STATUS RUNS
check() {
    local plan=() want_status want_runs
    while [[ $1 != -- ]]; do plan+=("$1"); shift; done
    want_status=$2 want_runs=$3
    printf '%s\n' "${plan[@]}" >"$work/plan"
    rm -f "$work/runs"
    "$runner" "$work/fake" >/dev/null 2>&1
    local status=$? runs
    runs=$(wc -l <"$work/runs")
    if [[ $status != "$want_status" || $runs != "$want_runs" ]]; then
        echo "FAIL: plan ${plan[*]}: status $status after $runs runs, wanted $want_status after $want_runs"
        failures=$((failures + 1))
    else
        echo "ok: plan ${plan[*]}: status $status after $runs runs"
    fi
}

check pass -- 0 1
check tracer pass -- 0 2
check tracer tracer -- 1 2
check tracer failed -- 1 2
check failed-then-tracer pass -- 1 1
check leak pass -- 23 1
check failed pass -- 1 1
exit $((failures > 0))
