#!/usr/bin/env bash
# cage-kiosk-test.sh BUILD_DIR SOURCE_DIR: the kiosk appliance's command line, as the unit
# packaging/kiosk/eguichet-kiosk.service runs it, under a real cage with wlroots' headless
# backend and software renderer (WLR_BACKENDS=headless WLR_RENDERER=pixman: no GPU, no screen),
# with the app of BUILD_DIR (QT_QPA_PLATFORM=wayland from the unit) and the packaged
# /etc/eguichet/kiosk.ini. A fake systemd (a datagram socket in NOTIFY_SOCKET, WATCHDOG_PID
# naming cage, as systemd does) must receive READY=1, then WATCHDOG=1 at half of WATCHDOG_USEC;
# grim's screenshot of the compositor's output must not be blank. The session script must end
# with the app's status (a crash: non-zero, so Restart=on-failure acts), not cage's.
# Skipped (exit 77, the reason first) when cage, grim, Xwayland or Qt's Wayland plugin is
# missing: ./run.sh deps installs them. cage refuses to run as root: as root the test runs it
# as "nobody".
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR SOURCE_DIR}" && pwd)
src=$(cd "${2:?usage: $0 BUILD_DIR SOURCE_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
skip() {
    echo "SKIPPED: $*"
    exit 77
}
for tool in cage grim Xwayland setpriv python3; do
    command -v $tool >/dev/null || skip "$tool is not installed (./run.sh deps installs cage, grim, xwayland)"
done
qtplugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
ls "$qtplugins"/platforms/libqwayland-*.so >/dev/null 2>&1 \
    || skip "Qt's Wayland platform plugin is not installed (package qt6-wayland)"
app="$build/app/eguichet"
[ -x "$app" ] || { echo "cage-kiosk-test: no $app" >&2; exit 1; }
unit="$src/packaging/kiosk/eguichet-kiosk.service"

work=$(mktemp -d /tmp/eguichet-cage.XXXXXX)
chmod 0755 "$work"
runas=()
if [ "$(id -u)" -eq 0 ]; then
    runas=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    # cage refuses root; nobody must reach the binary through the build tree.
    "${runas[@]}" test -x "$app" || skip "user nobody cannot run $app (build tree not readable)"
fi
cleanup() {
    [ -n "${listener:-}" ] && kill "$listener" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/run" "$work/home" "$work/data" "$work/etc"
# The packaged kiosk file, its data folder moved here; the city from the machine's file.
sed "s|^data_dir=.*|data_dir=$work/data|" "$src/packaging/kiosk/kiosk.ini" > "$work/kiosk.ini"
printf '[app]\ncity_name=Namur\n[api]\nurl=https://127.0.0.1:9/v1\n' > "$work/etc/eguichet.ini"
[ ${#runas[@]} -eq 0 ] || chown -R nobody:nogroup "$work"
chmod 0700 "$work/run"

# The unit's ExecStart and its script, pointed at this build and this folder.
session=/usr/libexec/eguichet-kiosk/kiosk-session
sed "s|/usr/bin/eguichet|$app|" "$src/packaging/kiosk/kiosk-session" > "$work/kiosk-session"
chmod 0755 "$work/kiosk-session"
execstart=$(sed -n 's/^ExecStart=//p' "$unit")
execstart=${execstart//$session/$work/kiosk-session}
execstart=${execstart//\/etc\/eguichet\/kiosk.ini/$work/kiosk.ini}
echo "ExecStart (for this test): $execstart"
unitenv=()
while IFS= read -r line; do
    unitenv+=("${line#Environment=}")
done < <(grep '^Environment=' "$unit")
unitenv=("${unitenv[@]//\/var\/lib\/eguichet/$work/home}")

# The fake systemd: every datagram on $work/notify, with its arrival time, into $work/notified.
python3 - "$work/notify" "$work/notified" <<'PY' &
import os, socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o666)
start = time.monotonic()
with open(sys.argv[2], "w", buffering=1) as out:
    while True:
        msg = s.recv(4096).decode(errors="replace")
        out.write(f"{time.monotonic() - start:.2f} {msg}\n")
PY
listener=$!
for _ in $(seq 50); do [ -S "$work/notify" ] && break; sleep 0.1; done
[ -S "$work/notify" ] || { echo "cage-kiosk-test: the fake systemd did not start" >&2; exit 1; }

# What systemd gives the main process (WATCHDOG_PID: its own PID, the shell exec'ing it;
# RUNTIME_DIRECTORY), the unit's Environment= lines; WLR_*: wlroots' headless backend and
# software renderer. After 12 s grim takes the output's picture, then the app gets SIGSEGV:
# the service's main process must end with the app's status (128 + 11), not cage's 0.
session_env() {
    "${runas[@]}" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "${unitenv[@]}" \
        RUNTIME_DIRECTORY="$work/run" \
        EGUICHET_SYSTEM_CONFIG_DIR="$work/etc" XDG_CONFIG_HOME="$work/home/.config" \
        WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 "$@"
}
set +e
session_env NOTIFY_SOCKET="$work/notify" WATCHDOG_USEC=2000000 \
    SHOT="$work/kiosk-cage.png" WORK="$work" APP="$app" \
    timeout 60 sh -c 'export WATCHDOG_PID=$$
        (sleep 12; WAYLAND_DISPLAY=$(basename "$(ls "$WORK"/run/wayland-? | head -n1)") \
            XDG_RUNTIME_DIR="$WORK/run" grim "$SHOT"; echo "grim: $?" > "$WORK/grim.txt"
         for p in $(pgrep -f -- "--config $WORK/kiosk.ini"); do
             [ "$(readlink /proc/$p/exe)" = "$APP" ] && kill -SEGV $p
         done) &
        exec '"$execstart" > "$work/cage.log" 2>&1
rc=$?
set -e
grep -v 'Basic output test failed\|drmGetDevices2' "$work/cage.log" | tail -20 || true
cat "$work/grim.txt" 2>/dev/null || true
status=0
if grep -qE 'Could not find the Qt platform plugin|Cannot create XWayland|Unable to drop root|failed to start|qrc:/' "$work/cage.log"; then
    echo "cage-kiosk-test: the log above shows the kiosk failed to start" >&2
    status=1
fi
echo "== what the fake systemd received"
cat "$work/notified"
ready=$(grep -c ' READY=1$' "$work/notified" || true)
fed=$(grep -c ' WATCHDOG=1$' "$work/notified" || true)
[ "$ready" -eq 1 ] || { echo "cage-kiosk-test: READY=1 came $ready times, expected once" >&2; status=1; }
# 12 s with WATCHDOG_USEC=2 s: one WATCHDOG=1 a second after the first frame.
[ "$fed" -ge 5 ] || { echo "cage-kiosk-test: $fed WATCHDOG=1 in 12 s, expected at least 5" >&2; status=1; }
echo "the session ended with $rc after the app's SIGSEGV"
[ $rc -eq 139 ] || { echo "cage-kiosk-test: expected 139 (the app's SIGSEGV) from kiosk-session" >&2; status=1; }
# An app that ends by itself: its status is the service's (0: the staff exit, no restart).
printf '#!/bin/sh\nexit "$FAKE_EXIT"\n' > "$work/fake-app"
chmod 0755 "$work/fake-app"
sed "s|/usr/bin/eguichet|$work/fake-app|" "$src/packaging/kiosk/kiosk-session" > "$work/fake-session"
chmod 0755 "$work/fake-session"
for want in 0 3; do
    set +e
    session_env FAKE_EXIT=$want timeout 30 "$work/fake-session" > "$work/fake.log" 2>&1
    got=$?
    set -e
    echo "an app ending with $want: kiosk-session ends with $got"
    [ "$got" -eq "$want" ] || { tail -5 "$work/fake.log"; status=1; }
done
if [ -f "$work/kiosk-cage.png" ]; then
    mkdir -p "$build/screenshots"
    cp "$work/kiosk-cage.png" "$build/screenshots/kiosk-cage.png"
    python3 "$here/not-blank.py" "$build/screenshots/kiosk-cage.png" || status=1
else
    echo "cage-kiosk-test: grim took no screenshot" >&2
    status=1
fi
exit $status
