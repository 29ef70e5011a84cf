#!/usr/bin/env bash
# Two (or more) gateway builds compared under the same conditions: every gateway is loaded AT THE SAME TIME (one wrk
# each, POST /api/energy/grade-evaluations as in gateway-vs-nginx.sh), so a machine whose CPU speed wanders from one
# minute to the next slows them alike; prints each one's req/s, p99 and the milliseconds of CPU (user + system, from
# /proc) its JVM spent per answered request. Rounds run one after the other cannot tell a change of a few per cent on
# such a machine; this can.
#
#   bench/gateway-side-by-side.sh NAME=PORT:PID NAME=PORT:PID ...
#   e.g. bench/gateway-side-by-side.sh before=8185:$(pgrep -f before.jar) after=8080:$(cat .run/pids/gateway.pid)
#
# The gateways must route to a running local platform (deploy/local/platform.sh up); the token comes from its
# /dev/tokens at PLATFORM_GATEWAY_PORT (8080). Give every JVM the same minutes of load first: a gateway started
# fresh on a 2-core machine needs about ten before its CPU per request settles.
# Environment: ROUNDS (5), DURATION (30 s a round), CONNECTIONS (32 per gateway).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
[[ $# -ge 1 ]] || { sed -n '2,14p' "$0"; exit 2; }
ROUNDS=${ROUNDS:-5} DURATION=${DURATION:-30} CONNECTIONS=${CONNECTIONS:-32}
TOKEN=$(curl -fsS -X POST "localhost:${PLATFORM_GATEWAY_PORT:-8080}/dev/tokens" -H 'Content-Type: application/json' \
  -d '{"subject":"side-by-side","roles":["ENERGY_OWNER"],"agency":"BENCH"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
export TOKEN CALCULATOR=grade
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
HZ=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
declare -A start
for r in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do name=${v%%=*}; pid=${v##*:}; start[$name]=$(ticks "$pid"); done
  for v in "$@"; do
    name=${v%%=*}; rest=${v#*=}; port=${rest%%:*}
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s "$ROOT/bench/calculators.lua" "http://127.0.0.1:$port" 2>&1 \
      | grep 'requests,' | tail -1 > "$OUT/$name" &
  done
  wait
  line="round $r:"
  for v in "$@"; do
    name=${v%%=*}; pid=${v##*:}
    n=$(sed 's/.*: \([0-9]*\) requests.*/\1/' "$OUT/$name")
    cpu=$(echo "($(ticks "$pid") - ${start[$name]}) * 1000 / $HZ / $n" | bc -l)
    line+=$(printf '  %s %s cpu/req %.3f ms' "$name" "$(cut -d, -f2,4 "$OUT/$name" | tr -d '\n')" "$cpu")
  done
  echo "$line"
done
