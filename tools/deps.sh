#!/bin/sh
# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
#
# Installs the Debian/Ubuntu packages that building, running and testing CallScope need, and only those
# that are missing, so that running it again takes a second. Works as root or through sudo.
# The list is settled once for every feature (listener, store, window, charts, translations, packaging,
# fuzzing, screenshots; `--bench` adds the ingest benchmark's wrk and nginx, and simdjson): Debian 12 (bookworm) and Ubuntu 24.04 (noble) both ship these names.
# The secret store: QtKeychain, and libsecret, which it loads at run time; the keyring test runs GNOME Keyring
# in a D-Bus session of its own (dbus-run-session) and checks it with secret-tool.
set -eu

PACKAGES="
build-essential cmake ninja-build ccache pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins
qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-x11 libsecret-tools
libgl-dev libvulkan-dev libssl-dev
xvfb xauth imagemagick fonts-dejavu-core curl openssl
clang
dpkg-dev file desktop-file-utils appstream python3
python3-jsonschema python3-rfc3987
poppler-utils
"
# --bench: also what bench/ingest/run.sh compares against and drives, and simdjson, which bench_strictjson
# measures StrictJson against (none of them needed to build or test).
if [ "${1:-}" = "--bench" ]; then PACKAGES="$PACKAGES wrk nginx-light libsimdjson-dev"; fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=""
for p in $PACKAGES; do installed "$p" || missing="$missing $p"; done
# clang's libFuzzer and sanitizer runtime (fuzz preset): Debian 12 names it by version only.
installed libclang-rt-dev || installed libclang-rt-14-dev || missing="$missing CLANG_RT"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
if apt-cache show libclang-rt-dev >/dev/null 2>&1; then rt=libclang-rt-dev; else rt=libclang-rt-14-dev; fi
missing=$(echo "$missing" | sed "s/CLANG_RT/$rt/")
echo "Installing:$missing" >&2
# shellcheck disable=SC2086 # word splitting of the package list is intended
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
