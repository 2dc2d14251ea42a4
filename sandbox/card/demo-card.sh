#!/usr/bin/env bash
# The virtual eID card for `./run.sh demo` (calling convention: sandbox/demo.sh).
#   demo-card.sh start BUILD_DIR STATE_DIR   pcscd with vpcd (pcscd-fixture.sh), a demo 1.8 card
#                                            generated into STATE_DIR/card-image if missing,
#                                            inserted; prints the reader, PIN and how to pull it
#   demo-card.sh stop "" STATE_DIR           stops the card, and pcscd if this script started it
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
action=${1:-}
build=${2:-}
state=${3:-}
[ -n "$state" ] || { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }
export EGUICHET_PCSCD_STATE="$state/pcscd"
say() { printf 'demo-card: %s\n' "$*"; }

stop_card() {
    local pid
    pid=$(cat "$state/card.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$state/card.pid" "$state/card.pid.inserted"
}

case "$action" in
start)
    bin="$build/sandbox/card"
    [ -x "$bin/eguichet-vcard" ] || { say "$bin/eguichet-vcard not built; skipping the card"; exit 0; }
    mkdir -p "$state"
    port=$("$HERE/pcscd-fixture.sh" start) || { say "no pcscd with a vpcd reader: no virtual card"; exit 0; }
    reader=$("$HERE/pcscd-fixture.sh" status | sed -n 's/^reader=//p')
    image="$state/card-image"
    # Made again when missing, from an older generator (no CRL: the city would refuse its
    # login), or when its CRL (valid a year) is close to its next update.
    if [ ! -f "$image/card.json" ] || [ ! -f "$image/pki/ca.crl" ] ||
        [ -n "$(find "$image/pki/ca.crl" -mtime +300)" ]; then
        # The citizen of the city sandbox's demo account (docs/sandbox-city.md): same national
        # number, so logging in with this card finds that account and its requests.
        "$bin/eguichet-cardgen" --out "$image" --applet 1.8 --surname "Spécimen" \
            --first-names "Alice Marie" --birth-date 1985-07-30 --birth-place Namur --sex F \
            --national-number 85073003328 --street "Rue de Fer 42" --zip 5000 \
            --municipality Namur --pin 1234 > /dev/null
    fi
    stop_card
    "$bin/eguichet-vcard" --image "$image" --port "$port" --pid-file "$state/card.pid" \
        > "$state/card.log" 2>&1 &
    echo yes > "$state/card.pid.inserted"
    "$bin/eguichet-pcsc-probe" wait "$reader" present 8000 > /dev/null ||
        say "the card did not show up; see $state/card.log"
    pin=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pin"])' "$image/card.json")
    say "virtual eID card (applet 1.8, Alice Marie Spécimen, Namur) in reader '$reader'"
    say "PIN: $pin"
    say "pull or re-insert it: sandbox/card/vcard-ctl.sh toggle $state"
    say "its test root (not a Belgian root): $image/trust-root.pem"
    # The app trusts the card's test root for this demo only (never on a real kiosk).
    printf '%s\n' --eid-trust-root "$image/trust-root.pem" > "$state/card.args"
    ;;
stop)
    stop_card
    "$HERE/pcscd-fixture.sh" stop 2> /dev/null || true
    ;;
*) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
esac
