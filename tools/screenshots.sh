#!/bin/sh
# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
#
# Starts the app under a virtual display with a fresh database and settings, POSTs the sample deliveries
# (tests/data/samples, plus a few variants of them) to its listener, and saves a screenshot of the screen:
#   tools/screenshots.sh [OUTPUT.png]            (default docs/images/main-window.png)
#   tools/screenshots.sh --welcome [OUTPUT.png]  the first run: no calls, the welcome panel
#                                                (default docs/images/welcome.png)
# The screen is 1280×720, a laptop's, unless SIZE says otherwise (SIZE=1920x1080 tools/screenshots.sh).
# Needs the README's build, xvfb-run, curl and imagemagick's import (tools/deps.sh installs them).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
mode=calls
if [ "${1:-}" = --welcome ]; then
    mode=welcome
    shift
fi
[ "$mode" = welcome ] && default=welcome.png || default=main-window.png
out=${1:-$root/docs/images/$default}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
port=$(shuf -i 20000-60000 -n 1)

cat > "$work/session.sh" <<SESSION
#!/bin/sh
set -eu
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
# No secret service: an X11 autolaunch of a D-Bus session (and of a keyring in it) would outlive the shot.
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
"$root/build/bin/callscope" --db "$work/calls.db" --port $port > "$work/app.log" 2>&1 &
app=\$!
for _ in \$(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
post() { curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$port/webhook"; }
samples="$root/tests/data/samples"
if [ "$mode" = calls ]; then
# Variants: the same shapes under other call ids, phones and file numbers, so that the table has rows to read.
for n in 1 2 3; do
    for f in 04-wrong-party 06-payment-failed 02-payment-and-plan 05-bankruptcy-strings; do
        sed -e "s/\\([0-9a-f]\\{20\\}\\)\\([0-9a-f]\\{4\\}\\)\"/\\1a\${n}0\${n}\"/g" -e "s/555\\([0-9]\\)/55\${n}\\1/" \\
            -e "s/\"ACC-\\([0-9]*\\)\"/\"ACC-\${n}\\1\"/" "\$samples/\$f.json" | post
        sleep 0.05
    done
done
for f in 00-full-body 01-minimal 02-payment-and-plan 04-wrong-party 05-bankruptcy-strings 06-payment-failed 03-compliance-and-preferences; do
    post < "\$samples/\$f.json"
    sleep 0.05
done
fi
sleep 2
import -window root "$out"
kill \$app 2>/dev/null
wait \$app || true
SESSION
chmod +x "$work/session.sh"
xvfb-run -a -s "-screen 0 ${SIZE:-1280x720}x24" "$work/session.sh" 2>/dev/null
echo "saved $out"
