#!/usr/bin/env bash
# Regenerates the committed seed corpora (tests/fuzz/corpus/) from a real laporhub: it
# generates a small dataset, performs the writes the client makes (as ActionWriter builds
# them), and saves the feed pages, request bodies, holiday files, report inputs and
# attachment names it saw. Same seed and day, same corpus (ids aside).
#   tests/fuzz/make-corpus.sh BUILD_DIR
set -euo pipefail

build=${1:?usage: make-corpus.sh BUILD_DIR}
hub="$build/bin/laporhub"
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[[ -x $hub ]] || { echo "make-corpus: $hub not built" >&2; exit 2; }

work=$(mktemp -d)
hub_pid=
cleanup() {
    if [[ -n $hub_pid ]]; then
        kill "$hub_pid" 2>/dev/null || true
        wait "$hub_pid" 2>/dev/null || true # killed on purpose: its status does not matter
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Port 0: the hub picks a free loopback port and prints it on its first line.
"$hub" --data "$work/data" --listen 127.0.0.1:0 --generate 300 --seed 3 --today 2026-11-02 \
    --simulate >"$work/out" 2>"$work/err" &
hub_pid=$!
for _ in $(seq 300); do
    grep -q '^listening on ' "$work/out" 2>/dev/null && break
    kill -0 "$hub_pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/out")
[[ -n $url ]] || { echo "make-corpus: laporhub did not start" >&2; exit 1; }

rm -rf "$here/corpus"
python3 "$here/corpus.py" "$url" "$here/corpus" "$repo/resources/data"
du -sh "$here/corpus"/*
