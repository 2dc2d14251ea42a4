#!/usr/bin/env bash
# Load test of the city sandbox: CLIENTS concurrent clients (default 50) submit TOTAL requests
# (default 1000) to POST /v1/requests over TLS on loopback; prints throughput, latency
# percentiles and the server's CPU time per request, twice: "new" opens a TLS connection per
# request (a curl process each), "keep" keeps one connection per client.
#   tests/bench/api-load.sh BUILD_DIR
set -euo pipefail

build=${1:?usage: api-load.sh BUILD_DIR}
clients=${CLIENTS:-50}
total=${TOTAL:-1000}
binary="$build/sandbox/city/eguichet-sandbox"
[ -x "$binary" ] || { echo "api-load: $binary is not built" >&2; exit 1; }
command -v curl >/dev/null || { echo "api-load: needs curl" >&2; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$binary" --listen 127.0.0.1:0 --state-dir "$work/state" --workflow-step-ms 0 --dev > "$work/log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^eguichet-sandbox: serving //p' "$work/log" | head -1)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/log" >&2; exit 1; }
ca="$work/state/tls/ca.pem"

token=$(curl -sS --cacert "$ca" -H 'Content-Type: application/json' \
    -d '{"email":"demo@namur.example","password":"Demo-Namur1"}' "$url/auth/password" |
    sed -n 's/.*"session_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "api-load: login failed" >&2; exit 1; }

cat > "$work/body.json" <<'JSON'
{"service":"composition-de-menage","data":{"beneficiary":"me","purpose":"abroad","copies":"1",
 "delivery":"pickup","email":"demo@namur.example"}}
JSON
export url ca token work
submit() {
    curl -sS -o /dev/null --cacert "$ca" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$1" \
        --data-binary "@$work/body.json" -w '%{http_code} %{time_total}\n' "$url/requests"
}
export -f submit
# One curl per client, its requests one after the other on one kept-alive connection.
client() {
    local i
    for i in $(seq 1 "$2"); do
        [ "$i" -gt 1 ] && printf 'next\n'
        printf 'url = "%s/requests"\ncacert = "%s"\nheader = "Authorization: Bearer %s"\n' "$url" "$ca" "$token"
        printf 'header = "Content-Type: application/json"\nheader = "Idempotency-Key: keep-%s-%s"\n' "$1" "$i"
        printf 'data-binary = "@%s/body.json"\noutput = "/dev/null"\n' "$work"
        printf 'write-out = "%%{http_code} %%{time_total}\\n"\n'
    done > "$work/client-$1.conf"
    curl -sS -K "$work/client-$1.conf"
}
export -f client

# Server CPU time (utime + stime, in clock ticks): a figure that stays meaningful when other
# jobs share the machine, unlike wall-clock latency.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

run() { # MODE: "new" = a TLS connection per request, "keep" = one per client
    local mode=$1 cpu_before cpu_after start end
    cpu_before=$(cpu_ticks)
    start=$(date +%s.%N)
    if [ "$mode" = new ]; then
        seq 1 "$total" | xargs -P "$clients" -I{} bash -c 'submit {}' > "$work/results"
    else
        seq 1 "$clients" | xargs -P "$clients" -I{} bash -c "client {} $((total / clients))" > "$work/results"
    fi
    end=$(date +%s.%N)
    cpu_after=$(cpu_ticks)
    report "$mode" "$start" "$end" "$((cpu_after - cpu_before))"
}

report() {
python3 - "$work/results" "$2" "$3" "$clients" "$4" "$(getconf CLK_TCK)" "$1" <<'PY'
import sys
lines = [l.split() for l in open(sys.argv[1]) if l.strip()]
ok = sorted(float(t) * 1000 for code, t in lines if code == "201")
errors = len(lines) - len(ok)
wall = float(sys.argv[3]) - float(sys.argv[2])
def pct(p):
    return ok[min(len(ok) - 1, int(round(p / 100 * (len(ok) - 1))))] if ok else float("nan")
cpu_ms = int(sys.argv[5]) * 1000 / int(sys.argv[6]) / max(1, len(lines))
print(f"| {sys.argv[7]} | {sys.argv[4]} | {len(lines)} | {errors} | {wall:.2f} | {len(lines)/wall:.0f} | "
      f"{pct(50):.1f} | {pct(90):.1f} | {pct(99):.1f} | {ok[-1] if ok else float('nan'):.1f} | {cpu_ms:.2f} |")
sys.exit(1 if errors else 0)
PY
}

echo "| connections | clients | requests | errors | wall s | req/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/req |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
run new
run keep
