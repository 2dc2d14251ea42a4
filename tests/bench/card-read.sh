#!/usr/bin/env bash
# Benchmark: APDUs, bytes and wall time of a full verified read (`eguichet-eid dump --json`)
# of the virtual card through the real pcscd, for applets 1.7 and 1.8, with the emulator at
# 0 ms and 15 ms latency per APDU. Usage: tests/bench/card-read.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: card-read.sh BUILD_DIR [RUNS]}
runs=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$build/sandbox/card"
cli="$build/eid/cli/eguichet-eid"
fixture="$root/sandbox/card/pcscd-fixture.sh"
for tool in "$bin/eguichet-vcard" "$bin/eguichet-cardgen" "$bin/eguichet-pcsc-probe" "$cli"; do
    [ -x "$tool" ] || { echo "card-read.sh: $tool not built" >&2; exit 1; }
done
work=$(mktemp -d)
card_pid=""
started_pcscd=no
cleanup() {
    [ -n "$card_pid" ] && kill "$card_pid" 2>/dev/null || true
    [ "$started_pcscd" = yes ] && "$fixture" stop 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
"$fixture" status > /dev/null 2>&1 || started_pcscd=yes
port=$("$fixture" start)
reader=$("$fixture" status | sed -n 's/^reader=//p')

printf '%-7s %-8s %6s %7s %9s %9s\n' applet latency APDUs bytes "read ms" "wall ms"
for applet in 1.7 1.8; do
    "$bin/eguichet-cardgen" --out "$work/card$applet" --applet "$applet" > /dev/null
    for latency in 0 15; do
        "$bin/eguichet-vcard" --image "$work/card$applet" --port "$port" \
            --latency-ms "$latency" 2> "$work/vcard.log" &
        card_pid=$!
        "$bin/eguichet-pcsc-probe" wait "$reader" present 8000 > /dev/null
        for run in $(seq 1 "$runs"); do
            start=$(date +%s%N)
            "$cli" dump --json --reader "$reader" --trust-root "$work/card$applet/trust-root.pem" \
                > "$work/run$run.json"
            end=$(date +%s%N)
            echo $(((end - start) / 1000000)) > "$work/wall$run"
        done
        python3 - "$work" "$runs" "$applet" "$latency" <<'PY'
import json, statistics, sys
work, runs, applet, latency = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
reports = [json.load(open(f"{work}/run{i}.json")) for i in range(1, runs + 1)]
assert all(r["verification"]["overall"] == "verified" for r in reports), "read not verified"
wall = statistics.median(int(open(f"{work}/wall{i}").read()) for i in range(1, runs + 1))
ms = statistics.median(r["stats"]["ms"] for r in reports)
s = reports[0]["stats"]
print(f"{applet:<7} {latency + ' ms':<8} {s['apdus']:>6} {s['bytes_read']:>7} {ms:>9} {wall:>9}")
PY
        kill "$card_pid"
        wait "$card_pid" 2> /dev/null || true
        card_pid=""
        "$bin/eguichet-pcsc-probe" wait "$reader" absent 8000 > /dev/null
    done
done
echo "(median of $runs runs; read ms = the CLI's stats.ms, wall ms = the whole process)"
