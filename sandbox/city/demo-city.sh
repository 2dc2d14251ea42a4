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

# The demo's kiosk or counter is a station of the city: its certificate (mutual TLS) and
# device id come from STATE_DIR/city/station.ini (a home install ignores both).
write_args() {
    printf '%s\n' --api "$1" --ca "$dir/tls/ca.pem" --config "$dir/station.ini" > "$state/city.args"
}

# MODE=counter ./run.sh demo: the station is a counter (clerks sign in there, #14).
kind=kiosk
[ "${MODE:-}" = counter ] && kind=counter

issue_station() {
    "$binary" --state-dir "$dir" --issue-device kiosk-demo-01 --device-kind "$kind" \
        --out "$dir/station" > /dev/null
    # A demo clerk (supervisor: every service), for the counter's staff sign-in.
    printf 'Guichet-Namur1\n' | "$binary" --state-dir "$dir" --add-staff agent@namur.example \
        --staff-role supervisor --staff-name 'Agent Démo' > /dev/null
    printf '[kiosk]\ndevice_id=kiosk-demo-01\n[api]\nclient_cert=%s\nclient_key=%s\n' \
        "$dir/station/station.pem" "$dir/station/station.key" > "$dir/station.ini"
}

case "$action" in
start)
    binary="$build/sandbox/city/eguichet-sandbox"
    [ -x "$binary" ] || { echo "demo-city: $binary is not built" >&2; exit 1; }
    mkdir -p "$dir"
    if daemon_running "$pidfile"; then
        url=$(daemon_line "$log" "$serving")
        echo "demo-city: already serving $url"
        [ -f "$dir/station.ini" ] || issue_station
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
    issue_station
    write_args "$url"
    echo "demo-city: city API at $url (CA: $dir/tls/ca.pem)"
    echo "demo-city: $kind station kiosk-demo-01 (certificate in $dir/station)"
    echo "demo-city: demo clerk agent@namur.example / Guichet-Namur1 (supervisor)"
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
