#!/usr/bin/env bash
# Starts or stops the payment terminal simulator for ./run.sh demo (see sandbox/demo.sh).
#   demo-terminal.sh start BUILD_DIR STATE_DIR   listen on 127.0.0.1:9100 (or a free port),
#                                                state in STATE_DIR/terminal
#   demo-terminal.sh stop "" STATE_DIR
# STATE_DIR/terminal.args gives the app --payment-terminal HOST:PORT (used at the kiosk and
# the counter; the home mode ignores it).
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
dir="$state/terminal"
pidfile="$dir/terminal.pid"
log="$dir/terminal.log"

listening="eguichet-terminal-sim: listening "
address() { daemon_line "$log" "$listening"; }

case "$action" in
start)
    binary="$build/sandbox/terminal/eguichet-terminal-sim"
    [ -x "$binary" ] || { echo "demo-terminal: $binary is not built" >&2; exit 1; }
    mkdir -p "$dir"
    write_args() { printf -- '--payment-terminal\n%s\n' "$1" > "$state/terminal.args"; }
    if daemon_running "$pidfile"; then
        write_args "$(address)"
        echo "demo-terminal: already listening on $(address)"
        exit 0
    fi
    port=9100
    port_free "$port" || port=0
    # Every sale is approved unless its reference says otherwise (docs/payment-terminal.md:
    # scripted outcomes).
    daemon_start "$pidfile" "$log" "$binary" --listen "127.0.0.1:$port" --outcome approve
    where=$(daemon_wait "$pidfile" "$log" "$listening" 50)
    if [ -z "$where" ]; then
        echo "demo-terminal: the simulator did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    write_args "$where"
    echo "demo-terminal: payment terminal at $where (every sale approved)"
    ;;
stop)
    daemon_stop demo-terminal "$pidfile"
    ;;
*)
    echo "usage: $0 start|stop BUILD_DIR STATE_DIR" >&2
    exit 2
    ;;
esac
