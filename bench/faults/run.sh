#!/usr/bin/env bash
# Faults under a steady load against the local platform (see README.md beside this script).
#
#   bench/faults/run.sh [scenario,...]     default: all five
#       postgres-restart  PostgreSQL stopped (pg_ctl -m fast) for FB_FAULT s, then started with its data
#       broker-freeze     the infrastructure JVM (the Kafka broker) frozen with SIGSTOP, then SIGCONT
#       broker-restart    the Kafka broker stopped, then started with its log
#       service-kill      guardianship-service killed (SIGKILL), then started again (platform.sh start)
#       service-freeze    medical-insurance-service frozen with SIGSTOP, then SIGCONT
#
# Starts the platform (platform.sh up --detach) when its gateway does not answer, and leaves it running.
# Uses the same PLATFORM_* variables as deploy/local/platform.sh. Needs kcat (apt-get install kcat).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v kcat >/dev/null || { echo "bench/faults needs kcat (apt-get install kcat)" >&2; exit 1; }
[[ -z ${PLATFORM_PG_HOST:-} && -z ${PLATFORM_KAFKA_BOOTSTRAP:-} ]] \
  || { echo "bench/faults injects faults into the embedded PostgreSQL and Kafka only" >&2; exit 1; }
export FB_GATEWAY=http://localhost:${PLATFORM_GATEWAY_PORT:-8080}
export FB_KAFKA=127.0.0.1:${PLATFORM_EMBEDDED_KAFKA_PORT:-19092}
export FB_CONTROL=http://127.0.0.1:${PLATFORM_INFRA_CONTROL_PORT:-15400}
export FB_RUN_DIR=${PLATFORM_RUN_DIR:-$ROOT/.run}
export FB_PLATFORM=$ROOT/deploy/local/platform.sh
if ! curl -fsS -o /dev/null --max-time 3 "http://localhost:${PLATFORM_GATEWAY_MANAGEMENT_PORT:-9090}/actuator/health"; then
  "$FB_PLATFORM" up --detach
fi
exec java "$ROOT/bench/faults/FaultBench.java" "${1:-postgres-restart,broker-freeze,broker-restart,service-kill,service-freeze}"
