#!/usr/bin/env bash
# Starts or stops the simulated city API for ./run.sh demo (see sandbox/demo.sh).
#   demo-city.sh start BUILD_DIR STATE_DIR   serve on 127.0.0.1:8443 (or a free port), state in
#                                            STATE_DIR/city, app arguments in STATE_DIR/city.args
#   demo-city.sh stop "" STATE_DIR
set -euo pipefail

action=${1:-}
build=${2:-}
state=${3:-}
if [ -z "$action" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop BUILD_DIR STATE_DIR" >&2
    exit 2
fi
dir="$state/city"
pidfile="$dir/sandbox.pid"
log="$dir/sandbox.log"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_args() {
    printf '%s\n' --api "$1" --ca "$dir/tls/ca.pem" > "$state/city.args"
}

case "$action" in
start)
    binary="$build/sandbox/city/eguichet-sandbox"
    [ -x "$binary" ] || { echo "demo-city: $binary is not built" >&2; exit 1; }
    mkdir -p "$dir"
    if running; then
        url=$(sed -n 's/^eguichet-sandbox: serving //p' "$log" | head -1)
        echo "demo-city: already serving $url"
        write_args "$url"
        exit 0
    fi
    port=8443
    port_free "$port" || port=0
    # setsid: the server outlives this script and is stopped by pid, never by name.
    # The virtual card (sandbox/card/demo-card.sh, started after us) writes its test root
    # there; the server reads trust roots at each eID login, so it may appear later.
    setsid "$binary" --listen "127.0.0.1:$port" --state-dir "$dir" \
        --eid-trust-root "$state/card-image/trust-root.pem" --log-requests \
        > "$log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
    url=""
    for _ in $(seq 1 100); do
        url=$(sed -n 's/^eguichet-sandbox: serving //p' "$log" | head -1)
        [ -n "$url" ] && break
        running || break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        echo "demo-city: the sandbox did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    write_args "$url"
    echo "demo-city: city API at $url (CA: $dir/tls/ca.pem)"
    sed -n 's/^eguichet-sandbox: demo account /demo-city: demo account /p' "$log"
    echo "demo-city: mailbox: curl --cacert $dir/tls/ca.pem ${url%/v1}/dev/mail"
    ;;
stop)
    if running; then
        kill "$(cat "$pidfile")"
        echo "demo-city: stopped"
    fi
    rm -f "$pidfile"
    ;;
*)
    echo "usage: $0 start|stop BUILD_DIR STATE_DIR" >&2
    exit 2
    ;;
esac
