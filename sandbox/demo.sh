# shellcheck shell=bash
# Sourced by ./run.sh demo. Starts each simulator that exists, in order, and collects the
# arguments the app needs to reach them. Each simulator folder may provide a script
#   sandbox/<name>/demo-<name>.sh start|stop BUILD_DIR STATE_DIR
# whose `start` prints what a person needs (URLs, demo accounts, the card's PIN) and may write
# STATE_DIR/<name>.args: extra eguichet arguments, one per line.

DEMO_SIMULATORS=(city card terminal)
DEMO_APP_ARGS=()

demo_start() {
    local build="$1" state="$2" name script
    for name in "${DEMO_SIMULATORS[@]}"; do
        script="$ROOT/sandbox/$name/demo-$name.sh"
        [ -x "$script" ] || continue
        say "demo: starting the $name simulator"
        "$script" start "$build" "$state"
        if [ -f "$state/$name.args" ]; then
            mapfile -t -O "${#DEMO_APP_ARGS[@]}" DEMO_APP_ARGS < "$state/$name.args"
        fi
    done
}

demo_stop() {
    local state="$1" name script
    for name in "${DEMO_SIMULATORS[@]}"; do
        script="$ROOT/sandbox/$name/demo-$name.sh"
        [ -x "$script" ] && "$script" stop "" "$state" || true
    done
}
