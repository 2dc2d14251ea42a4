#!/usr/bin/env bash
# Runs inside the fresh Debian 12 root (install-test.sh): install, check, purge, look for
# anything left. Results (screenshots, file lists) go to /tmp/results.
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

echo "== apt-get purge eguichet"
apt-get purge -y -q eguichet > $r/purge.log 2>&1 || { tail -30 $r/purge.log; exit 1; }
apt-get autoremove --purge -y -q >> $r/purge.log 2>&1
left=0
while read -r path; do
    [ "$path" = / ] && continue
    if [ -e "$path" ] && ! [ -d "$path" ]; then
        echo "left after purge: $path" >&2
        left=1
    fi
done < $r/files.txt
for path in /etc/eguichet /usr/share/doc/eguichet /usr/bin/eguichet; do
    [ -e "$path" ] && { echo "left after purge: $path" >&2; left=1; }
done
if dpkg-query -W -f='${Status}\n' eguichet 2>/dev/null | grep -qv 'not-installed'; then
    echo "dpkg still knows eguichet: $(dpkg-query -W -f='${Status}' eguichet)" >&2
    left=1
fi
snapshot > $r/after.txt
if comm -13 $r/before.txt $r/after.txt | grep -i eguichet; then
    echo "above: new paths naming eguichet after purge" >&2
    left=1
fi
echo "new paths after purge (dependencies' leftovers, not ours): $(comm -13 $r/before.txt $r/after.txt | wc -l)"
[ $left -eq 0 ] || exit 1
echo "== purge: nothing of eguichet left"
touch $r/done
