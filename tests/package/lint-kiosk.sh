#!/usr/bin/env bash
# lint-kiosk.sh OUT_DIR: the kiosk appliance's package as shipped: lintian without errors, its
# files, /etc/eguichet/kiosk.ini a conffile, the unit verified by systemd-analyze (verify: no
# message at all; security: the hardening below stays), the sysusers line read by
# systemd-sysusers, maintainer scripts that parse.
set -euo pipefail
out=${1:?usage: $0 OUT_DIR}
deb=$(find "$out" -maxdepth 1 -name 'eguichet-kiosk_*_all.deb' | head -n1)
[ -n "$deb" ] || { echo "lint-kiosk: no eguichet-kiosk package in $out (package_build failed?)" >&2; exit 1; }
status=0
fail() {
    echo "lint-kiosk: $*" >&2
    status=1
}

echo "== lintian $deb"
lintian --tag-display-limit 0 --display-info "$deb" > "$out/lintian-kiosk.txt" 2>&1 || true
cat "$out/lintian-kiosk.txt"
grep -q '^E: ' "$out/lintian-kiosk.txt" && fail "lintian reports errors"

tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$deb" "$tree"
mkdir -p "$tree/DEBIAN"
dpkg-deb -e "$deb" "$tree/DEBIAN"
unit="$tree/lib/systemd/system/eguichet-kiosk.service"
echo "== contents"
for want in lib/systemd/system/eguichet-kiosk.service usr/lib/sysusers.d/eguichet-kiosk.conf \
    usr/libexec/eguichet-kiosk/kiosk-session etc/eguichet/kiosk.ini \
    usr/share/doc/eguichet-kiosk/copyright; do
    [ -e "$tree/$want" ] || fail "/$want missing"
done
grep -qx /etc/eguichet/kiosk.ini "$tree/DEBIAN/conffiles" || fail "/etc/eguichet/kiosk.ini is not a conffile"
# The app's package owns /etc/eguichet/eguichet.ini: two packages may not ship one file.
[ -e "$tree/etc/eguichet/eguichet.ini" ] && fail "the kiosk package ships /etc/eguichet/eguichet.ini"
depends=$(dpkg-deb --field "$deb" Depends)
for want in "eguichet (= $(dpkg-deb --field "$deb" Version))" cage xwayland libpam-systemd; do
    [[ ", $depends, " == *", $want, "* ]] || fail "Depends lacks '$want': $depends"
done
for script in postinst prerm postrm; do
    sh -n "$tree/DEBIAN/$script" || fail "$script does not parse"
done

echo "== systemd-analyze verify"
# Every message is a finding (an unknown key, a missing or non-executable binary, a bad
# value): none allowed. The unit's own script is checked where the package holds it.
session=usr/libexec/eguichet-kiosk/kiosk-session
mkdir -p "$tree/check"
sed "s|/$session|$tree/$session|" "$unit" > "$tree/check/eguichet-kiosk.service"
messages=$(systemd-analyze verify "$tree/check/eguichet-kiosk.service" 2>&1) \
    || fail "systemd-analyze verify failed"
if [ -n "$messages" ]; then
    echo "$messages"
    fail "systemd-analyze verify has something to say about the unit"
fi
echo "verify: clean"

echo "== the unit's promises"
grep -qx "ExecStart=/$session --mode kiosk --config /etc/eguichet/kiosk.ini" "$unit" \
    || fail "ExecStart is not kiosk-session with /etc/eguichet/kiosk.ini"
grep -qx 'unset WATCHDOG_PID' "$tree/$session" \
    || fail "kiosk-session no longer unsets WATCHDOG_PID (the app under cage would not feed the watchdog)"
sh -n "$tree/$session" || fail "kiosk-session does not parse"
for line in Type=notify NotifyAccess=all WatchdogSec=30 Restart=on-failure User=eguichet-kiosk \
    NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes LimitCORE=0 \
    ReadWritePaths=/var/lib/eguichet StateDirectory=eguichet CapabilityBoundingSet=; do
    grep -qx "$line" "$unit" || fail "the unit lost '$line'"
done
# The only writable paths: the data folder (and the runtime folder for the Wayland socket).
rw=$(grep -E '^(ReadWritePaths|StateDirectory|CacheDirectory|LogsDirectory|ConfigurationDirectory)=' "$unit" | sort | tr '\n' ' ')
[ "$rw" = "ReadWritePaths=/var/lib/eguichet StateDirectory=eguichet " ] \
    || fail "writable paths other than /var/lib/eguichet: $rw"

echo "== systemd-analyze security (offline)"
systemd-analyze security --offline=true --no-pager "$unit" > "$out/kiosk-security.txt" 2>&1 || true
exposure=$(grep -oE 'Overall exposure level for [^:]+: [0-9.]+' "$out/kiosk-security.txt" | grep -oE '[0-9.]+$' || true)
echo "exposure: ${exposure:-?} (systemd's scale: 0 safest, 10 unconfined; threshold 4.0)"
[ -n "$exposure" ] || { cat "$out/kiosk-security.txt"; fail "no exposure level from systemd-analyze security"; }
systemd-analyze security --offline=true --threshold=40 --no-pager "$unit" > /dev/null 2>&1 \
    || fail "the unit's exposure ${exposure} is above 4.0"

echo "== sysusers"
mkdir -p "$tree/root/etc"
SYSTEMD_LOG_LEVEL=info systemd-sysusers --root="$tree/root" "$tree/usr/lib/sysusers.d/eguichet-kiosk.conf" 2>&1
grep -E '^eguichet-kiosk:x:[0-9]+:[0-9]+:e-Guichet kiosk:/var/lib/eguichet:/usr/sbin/nologin$' \
    "$tree/root/etc/passwd" || fail "systemd-sysusers did not make the user eguichet-kiosk as expected"
uid=$(awk -F: '$1 == "eguichet-kiosk" { print $3 }' "$tree/root/etc/passwd")
[ -n "$uid" ] && [ "$uid" -lt 1000 ] && [ "$uid" -gt 0 ] || fail "eguichet-kiosk is not a system user (uid '$uid')"
exit $status
