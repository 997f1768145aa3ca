#!/bin/bash
# Listens to LAPOR Desk with Orca under Xvfb: starts a private session bus and the AT-SPI
# bus, the desk in training mode, dumps the desk's AT-SPI tree (atspi_tree.py), then runs
# Orca with a debug log while the keyboard moves through the inbox. What Orca said is in
# OUT/spoken.txt, the tree in OUT/tree.txt. Needs orca, at-spi2-core, python3-pyatspi,
# xdotool, xvfb and imagemagick (docs/accessibility.md).
#
#   bash tests/ui/screenreader/orca_check.sh [BUILD-DIR] [OUT-DIR]
set -u
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-orca-check}")
HERE=$(dirname "$(realpath "$0")")
if [ -z "${ORCA_CHECK_INNER:-}" ]; then
    mkdir -p "$OUT/runtime" && chmod 700 "$OUT/runtime"
    export XDG_RUNTIME_DIR="$OUT/runtime" ORCA_CHECK_INNER=1
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$BUILD" "$OUT"
fi

/usr/libexec/at-spi-bus-launcher --launch-immediately &
BUS=$!
sleep 2
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
rm -rf "$OUT/home" && mkdir -p "$OUT/home"
HOME="$OUT/home" XDG_CONFIG_HOME="$OUT/home/.config" XDG_DATA_HOME="$OUT/home/.local/share" \
    "$BUILD/bin/lapordesk" --training > "$OUT/desk.log" 2>&1 &
DESK=$!
sleep 25 # the training hub starts and the first sync fills the inbox
/usr/bin/python3 "$HERE/atspi_tree.py" "LAPOR Desk" > "$OUT/tree.txt" 2>&1
echo "atspi_tree exit $?" >> "$OUT/tree.txt"
orca --replace --debug-file="$OUT/orca-debug.txt" > "$OUT/orca.log" 2>&1 &
ORCA=$!
sleep 12
WIN=$(xdotool search --name "LAPOR Desk" | head -1)
xdotool windowactivate --sync "$WIN" 2> /dev/null # no window manager: focus it too
xdotool windowfocus "$WIN" 2> /dev/null
# Search field, the filter button, the inbox; then along the first row to the deadline.
for key in ctrl+f Tab Tab Down Right Right Right Right Right Right; do
    xdotool key "$key"
    sleep 1.5
done
import -window root "$OUT/screen.png"
kill $ORCA $DESK 2> /dev/null
sleep 2
kill $BUS 2> /dev/null
grep -o "SPEECH OUTPUT: .*" "$OUT/orca-debug.txt" | sed 's/{.*//' > "$OUT/spoken.txt"
