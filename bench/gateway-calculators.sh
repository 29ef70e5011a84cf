#!/usr/bin/env bash
# Throughput and latency of the policy calculators through the gateway of a running local platform
# (deploy/local/platform.sh up --detach). Loopback only, bounded: DURATION seconds per calculator.
# Needs wrk (Debian package "wrk"). Not part of the build.
set -euo pipefail
GATEWAY=${GATEWAY:-http://localhost:8080}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
TOKEN=$(curl -s -X POST "$GATEWAY/dev/tokens" -H 'Content-Type: application/json' \
  -d '{"subject":"bench","roles":["OPS"],"agency":"BENCH"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
export TOKEN
for calculator in ${CALCULATORS:-scope grade drg notice}; do
  # warm-up, then the measured run
  CALCULATOR=$calculator wrk -t2 -c8 -d5s -s "$(dirname "$0")/calculators.lua" "$GATEWAY" >/dev/null
  CALCULATOR=$calculator wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$(dirname "$0")/calculators.lua" "$GATEWAY" \
    | grep -E '^/api|Non-2xx'
done
