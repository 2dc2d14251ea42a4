#!/usr/bin/env bash
# build-deb.sh BUILD_DIR OUT_DIR: the Debian package of what BUILD_DIR built (CPack DEB), as
# OUT_DIR/eguichet_<version>_amd64.deb, and the kiosk appliance's OUT_DIR/eguichet-kiosk_<version>_all.deb
# (CPack components). ./run.sh package does the same on a release build.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR OUT_DIR}
out=${2:?usage: $0 BUILD_DIR OUT_DIR}
rm -rf "$out"
mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out/cpack" > "$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
deb=$(find "$out/cpack" -maxdepth 1 -name 'eguichet_*_amd64.deb' | head -n1)
[ -n "$deb" ] || { echo "build-deb: no eguichet_*_amd64.deb in $out/cpack" >&2; exit 1; }
kiosk=$(find "$out/cpack" -maxdepth 1 -name 'eguichet-kiosk_*_all.deb' | head -n1)
[ -n "$kiosk" ] || { echo "build-deb: no eguichet-kiosk_*_all.deb in $out/cpack" >&2; exit 1; }
mv "$deb" "$kiosk" "$out/"
rm -rf "$out/cpack/_CPack_Packages"
for deb in "$out/$(basename "$deb")" "$out/$(basename "$kiosk")"; do
    echo "build-deb: $deb ($(du -k "$deb" | cut -f1) KiB)"
    dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
done
