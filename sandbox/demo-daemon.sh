# shellcheck shell=bash
# Sourced by the simulators' demo-<name>.sh scripts: start a simulator in the background,
# wait for the line that says where it listens, stop it by its pid (never by name).

# daemon_running PIDFILE: the process of PIDFILE is alive.
daemon_running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# port_free PORT: nothing listens on 127.0.0.1:PORT.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# daemon_start PIDFILE LOG COMMAND...: setsid so that it outlives the calling script.
daemon_start() {
    local pidfile="$1" log="$2"
    shift 2
    setsid "$@" > "$log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
}

# daemon_wait PIDFILE LOG PREFIX TENTHS: prints what follows PREFIX on the first log line that
# starts with it, waiting up to TENTHS tenths of a second; empty when the process died first.
daemon_wait() {
    local pidfile="$1" log="$2" prefix="$3" tenths="$4" found=""
    for _ in $(seq 1 "$tenths"); do
        found=$(daemon_line "$log" "$prefix")
        [ -n "$found" ] && break
        daemon_running "$pidfile" || break
        sleep 0.1
    done
    printf '%s' "$found"
}

# daemon_line LOG PREFIX: what follows PREFIX on the first line of LOG that starts with it.
daemon_line() { grep -m1 -F -- "$2" "$1" 2>/dev/null | sed "s|^$2||" || true; }

# daemon_stop NAME PIDFILE
daemon_stop() {
    if daemon_running "$2"; then
        kill "$(cat "$2")"
        echo "$1: stopped"
    fi
    rm -f "$2"
}
