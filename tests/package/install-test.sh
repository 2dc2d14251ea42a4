#!/usr/bin/env bash
# install-test.sh OUT_DIR: installs OUT_DIR/eguichet_*_amd64.deb into a clean Debian 12 root
# made with mmdebstrap (packages from this machine's apt sources, the registry ./run.sh deps
# uses) and, inside it (in-root.sh): eguichet --version, eguichet-eid --help, --check-config,
# offscreen kiosk screenshots that are not blank; then eguichet-kiosk (its user, its unit,
# a headless cage's screenshot of the installed app); then purge, and nothing of either left.
# Needs root (mmdebstrap's root mode, chroot): exit 77 (skipped, with the reason) otherwise.
set -euo pipefail
out=${1:?usage: $0 OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
skip() {
    echo "SKIPPED: $*"
    exit 77
}
[ "$(id -u)" -eq 0 ] || skip "the install test needs root (mmdebstrap --mode=root, chroot); run ./run.sh test as root"
command -v mmdebstrap >/dev/null || skip "mmdebstrap is not installed (./run.sh deps installs it)"
deb=$(find "$out" -maxdepth 1 -name 'eguichet_*_amd64.deb' | head -n1)
[ -n "$deb" ] || { echo "install-test: no package in $out (package_build failed?)" >&2; exit 1; }
kiosk=$(find "$out" -maxdepth 1 -name 'eguichet-kiosk_*_all.deb' | head -n1)
[ -n "$kiosk" ] || { echo "install-test: no eguichet-kiosk package in $out" >&2; exit 1; }

# The same apt sources as this machine (deb822 or one-line format), else Debian's mirror.
sources=()
for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    if [ -s "$f" ] && grep -qv '^\s*#' "$f"; then
        sources=("$f")
        break
    fi
done

work="$out/install-test"
rm -rf "$work"
mkdir -p "$work"
start=$(date +%s)
status=0
# Downloaded packages are kept between runs and build trees (the first run fetches them all).
cache="${EGUICHET_APT_CACHE:-$out.apt-cache}"
mkdir -p "$cache"
mmdebstrap --mode=root --variant=apt --format=directory \
    --aptopt='Acquire::Retries "3"' \
    --skip=download/empty --skip=essential/unlink \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in '$cache' /var/cache/apt/archives/" \
    --customize-hook="copy-in '$deb' '$kiosk' /tmp" \
    --customize-hook="copy-in '$here/in-root.sh' /tmp" \
    --customize-hook="chroot \"\$1\" env EGUICHET_DEB=$(basename "$deb") EGUICHET_KIOSK_DEB=$(basename "$kiosk") bash /tmp/in-root.sh" \
    --customize-hook="copy-out /tmp/results '$work'" \
    --customize-hook="sync-out /var/cache/apt/archives '$cache'" \
    bookworm "$work/root" "${sources[@]}" > "$work/mmdebstrap.log" 2>&1 || status=$?
end=$(date +%s)
if [ $status -ne 0 ] && ! [ -f "$work/results/done" ]; then
    if grep -qiE 'mount.*(permission denied|operation not permitted)|unshare.*not permitted' "$work/mmdebstrap.log"; then
        tail -20 "$work/mmdebstrap.log"
        skip "this machine refuses to make a chroot (see docs/testing.md)"
    fi
fi
sed -n '/^== /,$p' "$work/mmdebstrap.log" | grep -v '^I: \|^Get:\|^Selecting\|^Preparing\|^Unpacking\|^Setting up\|^Processing' || true
[ $status -eq 0 ] || tail -30 "$work/mmdebstrap.log"

# The kiosk's screenshots, taken inside the root, must show something.
for png in "$work"/results/*.png; do
    [ -f "$png" ] || { echo "install-test: no screenshot came back" >&2; status=1; break; }
    python3 "$here/not-blank.py" "$png" || status=1
done
echo "install-test: $(( end - start )) s (mmdebstrap, install, checks, purge)"
rm -rf "$work/root"
exit $status
