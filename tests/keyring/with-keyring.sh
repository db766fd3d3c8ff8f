#!/bin/sh
# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
#
# Runs a test against a real secret service of its own: a private D-Bus session with GNOME Keyring unlocked
# in it, in a temporary home, so that no one's own keyring is ever touched. The test sees CALLSCOPE_KEYRING=1;
# without dbus-run-session or gnome-keyring-daemon (tools/deps.sh installs them) it runs without, sees
# CALLSCOPE_KEYRING_SKIP with the reason, and skips. `timeout` ends a keyring that hangs.
#
#   tests/keyring/with-keyring.sh TEST [ARGUMENTS...]
set -eu

missing=""
for tool in dbus-run-session gnome-keyring-daemon timeout; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    CALLSCOPE_KEYRING_SKIP="not installed:$missing (tools/deps.sh installs them)"
    export CALLSCOPE_KEYRING_SKIP
    exec "$@"
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_RUNTIME_DIR=$home/run
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# Inside the session: a new login keyring, unlocked with this password (read on stdin), then the test. The
# daemon ends with the session's bus.
# shellcheck disable=SC2016 # expanded by the inner shell
timeout 120 dbus-run-session -- sh -c '
    if ! echo callscope-test | timeout 20 gnome-keyring-daemon --unlock --components=secrets >"$HOME/keyring.log" 2>&1; then
        CALLSCOPE_KEYRING_SKIP="gnome-keyring-daemon did not start: $(tr "\n" " " <"$HOME/keyring.log")"
        export CALLSCOPE_KEYRING_SKIP
        exec "$@"
    fi
    CALLSCOPE_KEYRING=1 exec "$@"
' sh "$@"
