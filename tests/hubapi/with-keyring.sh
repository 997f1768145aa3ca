#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME keyring, so that
# tests exercise the real Secret Service path of QtKeychain.
set -euo pipefail
if [ -z "${LAPOR_IN_KEYRING_SESSION:-}" ]; then
    export LAPOR_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads a password from stdin and creates the login keyring with it, so no
# prompt is ever needed.
eval "$(printf 'lapor-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# Ready once the keyring file exists and the daemon owns the Secret Service name. A test
# that asked before the name was taken would have D-Bus start a second daemon, one with
# the outer HOME and no login keyring.
owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'
}
for _ in $(seq 300); do
    [ -f "$XDG_DATA_HOME/keyrings/login.keyring" ] && owned && break
    sleep 0.1
done
if ! owned; then
    echo "with-keyring.sh: the keyring daemon did not take org.freedesktop.secrets" >&2
    exit 1
fi
"$@"
