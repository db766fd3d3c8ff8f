#!/bin/sh
# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
#
# The Debian package, as a user installs it: the desktop entry and the AppStream metainfo validate, the .deb
# built by CPack holds the binary, the entry, the metainfo and every icon, and the installed binary answers
# --version. In CI (CI=true, as root or with password-less sudo) the package is installed with dpkg -i and
# removed again; elsewhere it is unpacked into a temporary folder instead, so that a developer's machine is
# left alone.
#
#   tests/package/check-package.sh SOURCE_DIR BUILD_DIR
set -eu
source_dir=$1
build_dir=$2
app_id=org.callscope.CallScope
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "check-package: $*" >&2; exit 1; }

desktop-file-validate "$source_dir/packaging/linux/$app_id.desktop" || fail "the desktop entry does not validate"
appstreamcli validate --no-net "$source_dir/packaging/linux/$app_id.metainfo.xml" || fail "the metainfo does not validate"
if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import plistlib, sys; plistlib.load(open(sys.argv[1], "rb"))' "$source_dir/packaging/macos/Info.plist.in" \
        || fail "the macOS Info.plist is not a property list"
fi

(cd "$build_dir" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/deb/callscope_*.deb)
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/callscope ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    echo "$contents" | grep -q " $path\$" || fail "$path is not in the package"
done
for size in 16 24 32 48 64 128 256 512; do
    echo "$contents" | grep -q " ./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png\$" || fail "the ${size}px icon is not in the package"
done
depends=$(dpkg-deb --field "$deb" Depends)
for package in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libqt6keychain1 libsecret-1-0; do
    echo "$depends" | grep -q "$package" || fail "the package does not depend on $package: $depends"
done

as_root=""
[ "$(id -u)" = 0 ] || { sudo -n true 2>/dev/null && as_root="sudo -n"; }
if [ "${CI:-}" = true ] && { [ "$(id -u)" = 0 ] || [ -n "$as_root" ]; }; then
    $as_root dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"
    version=$(/usr/bin/callscope --version) || fail "the installed callscope --version failed"
    $as_root dpkg -r callscope >/dev/null
else
    dpkg-deb -x "$deb" "$work/root"
    version=$("$work/root/usr/bin/callscope" --version) || fail "the unpacked callscope --version failed"
fi
echo "$version" | grep -qi "^callscope [0-9]" || fail "unexpected --version: $version"
echo "check-package: $(basename "$deb") ok ($version)"
