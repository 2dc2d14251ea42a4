#!/usr/bin/env bash
# Starts or stops the simulated city API for ./run.sh demo (see sandbox/demo.sh).
#   demo-city.sh start BUILD_DIR STATE_DIR   serve on 127.0.0.1:8443 (or a free port), state in
#                                            STATE_DIR/city, app arguments in STATE_DIR/city.args
#   demo-city.sh stop "" STATE_DIR
set -euo pipefail
# shellcheck source=SCRIPTDIR/../demo-daemon.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/demo-daemon.sh"

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

serving="eguichet-sandbox: serving "

write_args() {
    printf '%s\n' --api "$1" --ca "$dir/tls/ca.pem" > "$state/city.args"
}

case "$action" in
start)
    binary="$build/sandbox/city/eguichet-sandbox"
    [ -x "$binary" ] || { echo "demo-city: $binary is not built" >&2; exit 1; }
    mkdir -p "$dir"
    if daemon_running "$pidfile"; then
        url=$(daemon_line "$log" "$serving")
        echo "demo-city: already serving $url"
        write_args "$url"
        exit 0
    fi
    port=8443
    port_free "$port" || port=0
    # The virtual card (sandbox/card/demo-card.sh, started after us) writes its test root
    # there; the server reads trust roots at each eID login, so it may appear later.
    # --dev: the demo citizen and the /dev/ routes (mailbox, workflow); never in production.
    daemon_start "$pidfile" "$log" "$binary" --dev --listen "127.0.0.1:$port" --state-dir "$dir" \
        --eid-trust-root "$state/card-image/trust-root.pem" --log-requests
    url=$(daemon_wait "$pidfile" "$log" "$serving" 100)
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
    daemon_stop demo-city "$pidfile"
    ;;
*)
    echo "usage: $0 start|stop BUILD_DIR STATE_DIR" >&2
    exit 2
    ;;
esac
