#!/usr/bin/env bash
# lint-deb.sh OUT_DIR: lintian (no error allowed), the AppStream metainfo (appstreamcli
# validate: no error or warning) and the desktop entry, as they are inside the package.
set -euo pipefail
out=${1:?usage: $0 OUT_DIR}
deb=$(find "$out" -maxdepth 1 -name 'eguichet_*_amd64.deb' | head -n1)
[ -n "$deb" ] || { echo "lint-deb: no package in $out (package_build failed?)" >&2; exit 1; }
status=0

echo "== lintian $deb"
lintian --tag-display-limit 0 --display-info "$deb" > "$out/lintian.txt" 2>&1 || true
cat "$out/lintian.txt"
if grep -q '^E: ' "$out/lintian.txt"; then
    echo "lint-deb: lintian reports errors" >&2
    status=1
fi

tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$deb" "$tree"
echo "== appstreamcli validate"
if ! appstreamcli validate --no-net --explain "$tree"/usr/share/metainfo/*.metainfo.xml; then
    status=1
fi
echo "== desktop-file-validate"
for f in "$tree"/usr/share/applications/*.desktop; do
    desktop-file-validate "$f" || status=1
done
echo "== contents"
for want in usr/bin/eguichet usr/bin/eguichet-eid usr/share/man/man1/eguichet.1.gz \
    usr/share/man/man1/eguichet-eid.1.gz etc/eguichet/eguichet.ini \
    usr/share/icons/hicolor/scalable/apps/be.namur.eguichet.svg \
    usr/share/icons/hicolor/48x48/apps/be.namur.eguichet.png \
    usr/share/icons/hicolor/256x256/apps/be.namur.eguichet.png \
    usr/share/applications/be.namur.eguichet.desktop \
    usr/share/metainfo/be.namur.eguichet.metainfo.xml usr/share/doc/eguichet/copyright; do
    [ -e "$tree/$want" ] || { echo "lint-deb: /$want missing" >&2; status=1; }
done
mkdir -p "$tree/ctl"
dpkg-deb -e "$deb" "$tree/ctl"
grep -qx /etc/eguichet/eguichet.ini "$tree/ctl/conffiles" \
    || { echo "lint-deb: /etc/eguichet/eguichet.ini is not a conffile" >&2; status=1; }
# Nothing in the package knows the sandbox.
if grep -rl 8443 "$tree/etc" "$tree/usr/share" 2>/dev/null; then
    echo "lint-deb: a file above names the sandbox's port" >&2
    status=1
fi
exit $status
