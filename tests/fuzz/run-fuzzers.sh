#!/usr/bin/env bash
# Runs every fuzz target of a LAPOR_FUZZ build for a bounded time, two at a time (README.md).
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS]
# Each target starts from a temporary copy of its committed corpus and regression inputs,
# so nothing is written into the repository. Any crash, leak, timeout or out-of-memory
# prints the saved input (path and base64) and makes the script exit non-zero. Sanitizer
# options already set by the caller (ASAN_OPTIONS, LSAN_OPTIONS, UBSAN_OPTIONS) apply.
set -uo pipefail

build=$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS]}" && pwd) || exit 2
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# Longer inputs only slow these down without reaching new code.
max_len() {
    case $1 in
    textdiff) echo 2048 ;;
    feedpage | hubrequest) echo 16384 ;;
    *) echo 4096 ;;
    esac
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_one() {
    local name=$1 short=${1#fuzz_}
    local dir="$work/$short"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    for seeds in "$here/corpus/$short" "$here/regressions/$short"; do
        [[ -d $seeds ]] && cp -r "$seeds/." "$dir/corpus/"
    done
    local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
        -max_len="$(max_len "$short")" -print_final_stats=1
        -artifact_prefix="$dir/artifacts/")
    [[ -f $here/$short.dict ]] && args+=(-dict="$here/$short.dict")
    (cd "$dir" && "$build/bin/$name" "${args[@]}" corpus >"$dir/log" 2>&1)
    echo $? >"$dir/status"
}

report() {
    local name=$1 short=${1#fuzz_}
    local dir="$work/$short" status
    status=$(cat "$dir/status")
    local stats
    stats=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$dir/log" | tail -1)
    echo "$name: exit $status; ${stats:-no final stats}"
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$dir/log" |
        sed 's/^/    /'
    local artifacts=("$dir"/artifacts/*)
    if [[ $status != 0 || -e ${artifacts[0]} ]]; then
        echo "---- $name failed; last lines of its log:"
        tail -n 60 "$dir/log"
        for artifact in "${artifacts[@]}"; do
            [[ -e $artifact ]] || continue
            echo "---- input $artifact ($(stat -c %s "$artifact") bytes), base64:"
            base64 -w 76 "$artifact"
        done
        return 1
    fi
}

targets=()
for binary in "$build"/bin/fuzz_*; do
    [[ -x $binary ]] && targets+=("$(basename "$binary")")
done
if [[ ${#targets[@]} -eq 0 ]]; then
    echo "run-fuzzers: no fuzz_* targets in $build/bin (build with -DLAPOR_FUZZ=ON)" >&2
    exit 2
fi

echo "fuzzing ${targets[*]} for ${seconds}s each, two at a time"
running=0
for name in "${targets[@]}"; do
    if ((running == 2)); then
        wait -n
        running=$((running - 1))
    fi
    run_one "$name" &
    running=$((running + 1))
done
wait

failed=0
for name in "${targets[@]}"; do
    report "$name" || failed=1
done
exit $failed
