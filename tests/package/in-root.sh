#!/usr/bin/env bash
# Runs inside the fresh Debian 12 root (install-test.sh): install, check, then the kiosk
# appliance on top (its user, its unit enabled, cage with the installed app), purge both, look
# for anything left. Results (screenshots, file lists) go to /tmp/results.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
r=/tmp/results
mkdir -p $r
snapshot() {
    find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
        -o -path /var/cache -o -path /var/log -o -path /var/lib/apt -o -path /var/lib/dpkg \
        -o -path /root \) -prune -o -print | sort
}
snapshot > $r/before.txt

echo "== apt-get install ./$EGUICHET_DEB"
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "/tmp/$EGUICHET_DEB" > $r/install.log 2>&1 \
    || { tail -30 $r/install.log; exit 1; }
dpkg -L eguichet | sort > $r/files.txt
echo "installed: $(wc -l < $r/files.txt) paths; $(dpkg-query -W -f='${Installed-Size}' eguichet) KiB"

echo "== eguichet --version"
eguichet --version
echo "== eguichet-eid --help"
eguichet-eid --help | head -n 3
echo "== eguichet --print-config (the packaged /etc file names no city)"
eguichet --print-config | grep -E '^; |^url=|^city_name='
echo "== eguichet --check-config --mode kiosk (no city: 5)"
set +e
eguichet --check-config --mode kiosk
rc=$?
set -e
[ $rc -eq 5 ] || { echo "expected exit 5, got $rc" >&2; exit 1; }

shot() { # name, arguments...
    local name=$1
    shift
    echo "== eguichet $* --screenshot"
    QT_QPA_PLATFORM=offscreen eguichet "$@" --screenshot "$r/$name.png" 2> "$r/$name.err" \
        || { cat "$r/$name.err"; exit 1; }
    # A missing QML module or plugin is named on stderr (qrc:/… or "module … is not installed").
    if grep -E 'qrc:/|is not installed|Cannot load library|Could not find the Qt platform' "$r/$name.err"; then
        exit 1
    fi
}
shot kiosk-out-of-service --mode kiosk
printf '[app]\ncity_name=Namur\n[api]\nurl=https://127.0.0.1:9/v1\n' > /tmp/site.ini
shot kiosk-welcome --mode kiosk --config /tmp/site.ini
shot home-nl --mode home --lang nl --config /tmp/site.ini

# The kiosk appliance: apt pulls cage and Xwayland, postinst makes the user and enables the
# unit; then the unit's main process, as the unit's user, under a headless cage (no systemd
# runs in this root: what systemd would make, the runtime and state folders, is made here).
echo "== apt-get install ./$EGUICHET_KIOSK_DEB (and grim, to take the screenshot)"
apt-get install -y -q --no-install-recommends "/tmp/$EGUICHET_KIOSK_DEB" grim \
    > $r/kiosk-install.log 2>&1 || { tail -30 $r/kiosk-install.log; exit 1; }
dpkg -L eguichet-kiosk | sort >> $r/files.txt
getent passwd eguichet-kiosk
getent passwd eguichet-kiosk | grep -q ':/var/lib/eguichet:/usr/sbin/nologin$' \
    || { echo "postinst did not make the system user eguichet-kiosk" >&2; exit 1; }
[ -L /etc/systemd/system/graphical.target.wants/eguichet-kiosk.service ] \
    || { echo "postinst did not enable eguichet-kiosk.service" >&2; exit 1; }
echo "enabled: /etc/systemd/system/graphical.target.wants/eguichet-kiosk.service"
set +e
eguichet --config /etc/eguichet/kiosk.ini --check-config 2> $r/kiosk-check.txt
rc=$?
set -e
[ $rc -eq 5 ] && grep -q 'No city' $r/kiosk-check.txt \
    || { cat $r/kiosk-check.txt; echo "kiosk.ini as shipped: expected exit 5, no city" >&2; exit 1; }
mkdir -p /tmp/site
printf '[app]\ncity_name=Namur\n[api]\nurl=https://127.0.0.1:9/v1\n' > /tmp/site/eguichet.ini
install -d -o eguichet-kiosk -g eguichet-kiosk -m 0700 /run/eguichet-kiosk /var/lib/eguichet \
    /tmp/kiosk-shot
echo "== kiosk-session under a headless cage, as eguichet-kiosk"
set +e
setpriv --reuid=eguichet-kiosk --regid=eguichet-kiosk --init-groups env -i \
    PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/var/lib/eguichet QT_QPA_PLATFORM=wayland \
    RUNTIME_DIRECTORY=/run/eguichet-kiosk EGUICHET_SYSTEM_CONFIG_DIR=/tmp/site \
    WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 SHOT=/tmp/kiosk-shot/kiosk-cage.png \
    timeout 90 sh -c '(sleep 15; XDG_RUNTIME_DIR=/run/eguichet-kiosk WAYLAND_DISPLAY=wayland-0 \
            grim "$SHOT"
        for p in /proc/[0-9]*; do
            [ "$(readlink $p/exe)" = /usr/bin/eguichet ] && kill -TERM ${p#/proc/}
        done) &
        exec /usr/libexec/eguichet-kiosk/kiosk-session --mode kiosk --config /etc/eguichet/kiosk.ini' \
    > $r/kiosk-cage.log 2>&1
rc=$?
set -e
grep -v 'Basic output test failed\|drmGetDevices2' $r/kiosk-cage.log | tail -12
echo "kiosk-session ended with $rc (the app stopped with SIGTERM: 143)"
[ -s /tmp/kiosk-shot/kiosk-cage.png ] || { echo "grim took no screenshot of the kiosk" >&2; exit 1; }
cp /tmp/kiosk-shot/kiosk-cage.png $r/
if grep -E 'qrc:/|is not installed|Cannot load library|Could not find the Qt platform|Cannot create XWayland' $r/kiosk-cage.log; then
    exit 1
fi
rm -rf /run/eguichet-kiosk /var/lib/eguichet # systemd's folders; the package keeps the data folder

echo "== apt-get purge eguichet-kiosk eguichet"
apt-get purge -y -q eguichet-kiosk eguichet > $r/purge.log 2>&1 || { tail -30 $r/purge.log; exit 1; }
apt-get autoremove --purge -y -q >> $r/purge.log 2>&1
left=0
while read -r path; do
    [ "$path" = / ] && continue
    if [ -e "$path" ] && ! [ -d "$path" ]; then
        echo "left after purge: $path" >&2
        left=1
    fi
done < $r/files.txt
for path in /etc/eguichet /usr/share/doc/eguichet /usr/bin/eguichet /usr/share/doc/eguichet-kiosk \
    /etc/systemd/system/graphical.target.wants/eguichet-kiosk.service; do
    [ -e "$path" ] && { echo "left after purge: $path" >&2; left=1; }
done
for pkg in eguichet eguichet-kiosk; do
    if dpkg-query -W -f='${Status}\n' $pkg 2>/dev/null | grep -qv 'not-installed'; then
        echo "dpkg still knows $pkg: $(dpkg-query -W -f='${Status}' $pkg)" >&2
        left=1
    fi
done
snapshot > $r/after.txt
if comm -13 $r/before.txt $r/after.txt | grep -i eguichet; then
    echo "above: new paths naming eguichet after purge" >&2
    left=1
fi
echo "new paths after purge (dependencies' leftovers, not ours): $(comm -13 $r/before.txt $r/after.txt | wc -l)"
[ $left -eq 0 ] || exit 1
echo "== purge: nothing of eguichet or eguichet-kiosk left (the user eguichet-kiosk stays, by design)"
touch $r/done
