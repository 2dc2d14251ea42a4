#!/usr/bin/env bash
# Insert or pull the virtual card with one command (docs/virtual-card.md).
#   vcard-ctl.sh insert|pull|toggle PIDFILE_OR_STATE_DIR
# PIDFILE_OR_STATE_DIR is the --pid-file of eguichet-vcard, or the demo state directory
# (which holds card.pid). toggle pulls a present card and inserts a pulled one.
set -euo pipefail
action=${1:-}
target=${2:-}
[ -n "$action" ] && [ -n "$target" ] || { sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }
pidfile=$target
[ -d "$target" ] && pidfile="$target/card.pid"
[ -r "$pidfile" ] || { echo "vcard-ctl: no $pidfile: is eguichet-vcard running?" >&2; exit 1; }
pid=$(cat "$pidfile")
kill -0 "$pid" 2>/dev/null || { echo "vcard-ctl: eguichet-vcard (pid $pid) is not running" >&2; exit 1; }
statefile="$pidfile.inserted"
case "$action" in
    insert) kill -USR1 "$pid"; echo yes > "$statefile" ;;
    pull) kill -USR2 "$pid"; echo no > "$statefile" ;;
    toggle)
        if [ "$(cat "$statefile" 2>/dev/null || echo yes)" = yes ]; then
            kill -USR2 "$pid"; echo no > "$statefile"; echo "card pulled"
        else
            kill -USR1 "$pid"; echo yes > "$statefile"; echo "card inserted"
        fi ;;
    *) echo "vcard-ctl: unknown action $action (insert|pull|toggle)" >&2; exit 64 ;;
esac
