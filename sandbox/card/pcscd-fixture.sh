#!/usr/bin/env bash
# pcscd with a vpcd reader for the virtual card (docs/virtual-card.md "The pcscd fixture").
#   pcscd-fixture.sh start     start `pcscd -f -c DIR` with a private reader.conf.d holding a vpcd
#                              entry on a free TCP port; wait for the reader; print the port.
#                              If a pcscd already runs, use it when it has a vpcd reader.
#   pcscd-fixture.sh stop      stop the pcscd this script started (never another one)
#   pcscd-fixture.sh restart   stop and start ours again on the same port (exit 77 if not ours)
#   pcscd-fixture.sh status    port=, reader=, pid=, owner= (ours|foreign); exit 1 if none
# State: $EGUICHET_PCSCD_STATE (default /tmp/eguichet-pcscd-$UID).
set -euo pipefail

STATE=${EGUICHET_PCSCD_STATE:-/tmp/eguichet-pcscd-$(id -u)}
DRIVER=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
FRIENDLY="Virtual PCD"
say() { printf 'pcscd-fixture: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# Running and not a zombie waiting to be reaped.
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null && ! ps -o stat= -p "$1" | grep -q '^Z'; }
our_pid() { [ -f "$STATE/pid" ] && cat "$STATE/pid" || true; }
# A live pcscd (an exited one that its parent has not reaped yet does not count).
running_pcscd() { { ps -C pcscd -o pid=,stat= || true; } | awk '$2 !~ /^Z/ { print $1; exit }'; }

list_readers() {
    # pcsc_scan -r lists readers as "N: name"; it exits by itself.
    timeout 5 pcsc_scan -r 2>/dev/null | sed -n 's/^[0-9]\{1,\}: //p' || true
}

wait_reader() {
    local friendly="$1" i name
    for i in $(seq 1 50); do
        name=$(list_readers | grep -F "$friendly" | grep ' 00$' | head -n1 || true)
        if [ -n "$name" ]; then
            printf '%s\n' "$name"
            return 0
        fi
        sleep 0.2
    done
    return 1
}

free_port_pair() {
    # vpcd listens on the slot-0 port and the next one: both must be free.
    python3 - <<'PY'
import socket
for _ in range(200):
    s = socket.socket(); s.bind(("0.0.0.0", 0)); port = s.getsockname()[1]; s.close()
    if port > 65000:
        continue
    try:
        t = socket.socket(); t.bind(("0.0.0.0", port + 1)); t.close()
        u = socket.socket(); u.bind(("0.0.0.0", port)); u.close()
        print(port); break
    except OSError:
        pass
PY
}

# The vpcd port and friendly name of a running pcscd, from its -c directory or /etc.
foreign_vpcd() {
    local pid="$1" dir=/etc/reader.conf.d args f dev
    mapfile -d '' args < "/proc/$pid/cmdline"
    for i in "${!args[@]}"; do
        case "${args[$i]}" in
            -c | --config) dir="${args[$((i + 1))]}" ;;
            --config=*) dir="${args[$i]#--config=}" ;;
        esac
    done
    for f in "$dir"/*; do
        [ -f "$f" ] && grep -q 'libifdvpcd' "$f" || continue
        dev=$(sed -n 's/^[[:space:]]*DEVICENAME[[:space:]]\{1,\}\(.*\)$/\1/p' "$f" | head -n1)
        # Server mode only: "/dev/null:PORT" (PORT decimal or 0x hex).
        case "$dev" in /dev/null:*) ;; *) continue ;; esac
        printf '%d %s\n' "${dev#/dev/null:}" \
            "$(sed -n 's/^[[:space:]]*FRIENDLYNAME[[:space:]]\{1,\}"\{0,1\}\([^"]*\)"\{0,1\}.*$/\1/p' "$f" | head -n1)"
        return 0
    done
    return 1
}

cmd_start() {
    mkdir -p "$STATE"
    local pid port reader friendly
    pid=$(our_pid)
    if alive "$pid"; then
        cat "$STATE/port"
        return 0
    fi
    rm -f "$STATE/pid"
    # Debian starts pcscd on demand (systemd socket): a first client wakes it up.
    [ -S /run/pcscd/pcscd.comm ] && [ -z "$(running_pcscd)" ] && list_readers > /dev/null
    pid=$(running_pcscd)
    if [ -n "$pid" ]; then
        read -r port friendly < <(foreign_vpcd "$pid") ||
            die "another pcscd (pid $pid) runs without a vpcd reader in server mode; stop it (or add a vpcd entry) and retry"
        say "another pcscd (pid $pid) already runs; using its vpcd reader on port $port"
        reader=$(wait_reader "${friendly:-$FRIENDLY}") || die "pcscd (pid $pid) lists no vpcd reader"
        printf '%s\n' "$port" > "$STATE/port"
        printf '%s\n' "$reader" > "$STATE/reader"
        printf 'foreign\n' > "$STATE/owner"
        echo "$port"
        return 0
    fi
    [ -e "$DRIVER" ] || die "$DRIVER missing: apt-get install vsmartcard-vpcd"
    command -v pcscd >/dev/null || die "pcscd missing: apt-get install pcscd"
    [ "$(id -u)" -eq 0 ] || die "starting pcscd needs root (or start the system pcscd, whose vpcd reader is then used)"
    port=${1:-$(free_port_pair)}
    mkdir -p "$STATE/reader.conf.d"
    cat > "$STATE/reader.conf.d/vpcd" <<CONF
FRIENDLYNAME "$FRIENDLY"
DEVICENAME   /dev/null:$port
LIBPATH      $DRIVER
CHANNELID    $port
CONF
    # -f keeps it in the foreground (our child), -c points it at the private directory.
    setsid pcscd -f -c "$STATE/reader.conf.d" > "$STATE/pcscd.log" 2>&1 < /dev/null &
    pid=$!
    printf '%s\n' "$pid" > "$STATE/pid"
    if ! reader=$(wait_reader "$FRIENDLY"); then
        kill "$pid" 2>/dev/null || true
        rm -f "$STATE/pid"
        die "pcscd did not list the vpcd reader within 10 s; log: $STATE/pcscd.log"
    fi
    printf '%s\n' "$port" > "$STATE/port"
    printf '%s\n' "$reader" > "$STATE/reader"
    printf 'ours\n' > "$STATE/owner"
    say "pcscd (pid $pid) with reader '$reader' on port $port"
    echo "$port"
}

cmd_stop() {
    local pid i
    pid=$(our_pid)
    if alive "$pid"; then
        kill "$pid"
        for i in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
        alive "$pid" && kill -9 "$pid" 2>/dev/null || true
        say "stopped pcscd (pid $pid)"
    fi
    rm -f "$STATE/pid" "$STATE/owner"
}

cmd_status() {
    local pid owner
    pid=$(our_pid)
    owner=$(cat "$STATE/owner" 2>/dev/null || true)
    if [ "$owner" = ours ] && alive "$pid"; then :
    elif [ "$owner" = foreign ] && [ -n "$(running_pcscd)" ]; then pid=$(running_pcscd)
    else echo "owner=none"; return 1; fi
    echo "port=$(cat "$STATE/port")"
    echo "reader=$(cat "$STATE/reader")"
    echo "pid=$pid"
    echo "owner=$owner"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart)
        [ "$(cat "$STATE/owner" 2>/dev/null || true)" = ours ] ||
            { say "cannot restart a pcscd this script did not start"; exit 77; }
        port=$(cat "$STATE/port")
        cmd_stop
        cmd_start "$port" ;;
    status) cmd_status ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
esac
