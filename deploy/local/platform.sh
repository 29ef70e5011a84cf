#!/usr/bin/env bash
# The whole platform on one machine: embedded PostgreSQL 17, a real KRaft Kafka broker and a real Redis (the
# gateway's rate limits) started by one JVM, the four services and the gateway as separate JVMs. Needs only a JDK 17+.
#
#   deploy/local/platform.sh up [--detach]   build if needed, start everything, wait until healthy
#                                            (foreground: Ctrl-C stops it; --detach: return once healthy)
#   deploy/local/platform.sh down [--purge]  stop exactly what 'up' started (recorded PIDs); --purge also
#                                            deletes the data (databases, Kafka log) under the run folder
#   deploy/local/platform.sh status          what is running and whether it is healthy
#   deploy/local/platform.sh stop NAME [--kill]   stop one part (a service or the gateway; --kill: SIGKILL)
#   deploy/local/platform.sh start NAME      start that part again and wait until it is ready (bench/faults)
#
# Environment (all optional):
#   PLATFORM_RUN_DIR            run folder (default: <repo>/.run): data, logs, PIDs
#   PLATFORM_PG_HOST, PLATFORM_PG_PORT, PLATFORM_PG_USER, PLATFORM_PG_PASSWORD
#                               use this PostgreSQL instead of the embedded one; it must have the databases
#                               energy, guardianship, medical_insurance, subsidy
#   PLATFORM_KAFKA_BOOTSTRAP    use this Kafka instead of the embedded broker (host:port[,host:port])
#   PLATFORM_REDIS_HOST, PLATFORM_REDIS_PORT
#                               use this Redis for the gateway's rate limits instead of the embedded one
#   PLATFORM_GATEWAY_PORT (8080), PLATFORM_ENERGY_PORT (8081), PLATFORM_GUARDIANSHIP_PORT (8082),
#   PLATFORM_MEDICAL_INSURANCE_PORT (8083), PLATFORM_SUBSIDY_PORT (8084)     the API ports
#   PLATFORM_GATEWAY_MANAGEMENT_PORT (9090), PLATFORM_ENERGY_MANAGEMENT_PORT (9091),
#   PLATFORM_GUARDIANSHIP_MANAGEMENT_PORT (9092), PLATFORM_MEDICAL_INSURANCE_MANAGEMENT_PORT (9093),
#   PLATFORM_SUBSIDY_MANAGEMENT_PORT (9094)   Actuator: probes (/actuator/health/...) and /actuator/prometheus
#   PLATFORM_EMBEDDED_PG_PORT (15432), PLATFORM_EMBEDDED_KAFKA_PORT (19092, controller +1),
#   PLATFORM_EMBEDDED_REDIS_PORT (16379)
#   PLATFORM_INFRA_CONTROL_PORT (15400)  loopback control interface of the embedded infrastructure
#                               (stop/start PostgreSQL, Kafka and Redis with their data; used by bench/faults)
#   PLATFORM_JWT_SECRET         HMAC key of the local profile (at least 32 bytes)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN=${PLATFORM_RUN_DIR:-$ROOT/.run}
PIDS=$RUN/pids
LOGS=$RUN/logs
VERSION=0.1.0-SNAPSHOT

GATEWAY_PORT=${PLATFORM_GATEWAY_PORT:-8080}
GATEWAY_MANAGEMENT_PORT=${PLATFORM_GATEWAY_MANAGEMENT_PORT:-9090}
EMBEDDED_PG_PORT=${PLATFORM_EMBEDDED_PG_PORT:-15432}
EMBEDDED_KAFKA_PORT=${PLATFORM_EMBEDDED_KAFKA_PORT:-19092}
EMBEDDED_CONTROLLER_PORT=$((EMBEDDED_KAFKA_PORT + 1))
EMBEDDED_REDIS_PORT=${PLATFORM_EMBEDDED_REDIS_PORT:-16379}
INFRA_CONTROL_PORT=${PLATFORM_INFRA_CONTROL_PORT:-15400}

# name:module:port:database:management-port
SERVICES=(
  "energy-service:energy-service:${PLATFORM_ENERGY_PORT:-8081}:energy:${PLATFORM_ENERGY_MANAGEMENT_PORT:-9091}"
  "guardianship-service:guardianship-service:${PLATFORM_GUARDIANSHIP_PORT:-8082}:guardianship:${PLATFORM_GUARDIANSHIP_MANAGEMENT_PORT:-9092}"
  "medical-insurance-service:medical-insurance-service:${PLATFORM_MEDICAL_INSURANCE_PORT:-8083}:medical_insurance:${PLATFORM_MEDICAL_INSURANCE_MANAGEMENT_PORT:-9093}"
  "subsidy-service:subsidy-service:${PLATFORM_SUBSIDY_PORT:-8084}:subsidy:${PLATFORM_SUBSIDY_MANAGEMENT_PORT:-9094}"
)
JVM_SERVICE=(-Xms128m -Xmx384m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -Xss512k)
# DRG batches of 100,000+ cases keep ~160 MiB live: the medical service gets a larger heap
JVM_MEDICAL=(-Xms128m -Xmx768m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -Xss512k)
# the gateway allocates ~150 KB per request (header maps, operators) and keeps little: a young generation of 128 MB
# collects a few times a second under load instead of dozens
JVM_GATEWAY=(-Xms256m -Xmx256m -Xmn128m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -Xss512k)
JVM_INFRA=(-Xms128m -Xmx512m -XX:+UseSerialGC)

say() { printf '%s\n' "$*"; }
die() { printf 'platform.sh: %s\n' "$*" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { # url
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null
  else
    local hostport=${1#http://}; hostport=${hostport%%/*}; local path=/${1#http://*/}
    exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}" 2>/dev/null || return 1
    printf 'GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$path" "$hostport" >&3
    local status; read -r -t 3 status <&3 || true; exec 3>&-
    [[ $status == *" 200 "* ]]
  fi
}

pid_alive() { [[ -f $PIDS/$1.pid ]] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

jar_of() { ls "$ROOT/$1"/target/*-"$VERSION"-exec.jar 2>/dev/null | head -1; }

# a main source file or pom newer than the oldest application jar (after a pull or an edit): the jars are stale
stale_source() {
  local oldest
  oldest=$(ls -tr "$ROOT"/{deploy/local/infra,gateway,energy-service,guardianship-service,medical-insurance-service,subsidy-service}/target/*-"$VERSION"-exec.jar 2>/dev/null | head -1)
  [[ -n $oldest ]] || return 0
  (cd "$ROOT" && find . \( -path ./.run -o -path ./.git -o -name target -o -name node_modules \) -prune -o \
    \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$oldest" -print -quit)
}

build_if_needed() {
  local missing=0 m
  for m in deploy/local/infra gateway energy-service guardianship-service medical-insurance-service subsidy-service; do
    [[ -n $(jar_of "$m") ]] || missing=1
  done
  if (( missing )); then
    say "building the platform (first run; later runs reuse the jars while the sources are unchanged) ..."
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "build failed"
  elif [[ -n $(stale_source) ]]; then
    say "rebuilding the platform: $(stale_source) is newer than the jars ..."
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "build failed"
  fi
}

start() { # name, log, command...
  local name=$1; shift
  if pid_alive "$name"; then die "$name is already running (PID $(cat "$PIDS/$name.pid")); run 'down' first"; fi
  nohup "$@" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

wait_until() { # description, seconds, name-of-process, test command...
  local what=$1 seconds=$2 name=$3; shift 3
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    pid_alive "$name" || die "$what: the process exited; see $LOGS/$name.log"
    (( SECONDS < deadline )) || die "$what: not healthy after ${seconds}s; see $LOGS/$name.log"
    sleep 1
  done
}

pg_host() { echo "${PLATFORM_PG_HOST:-localhost}"; }
pg_port() { echo "${PLATFORM_PG_PORT:-$EMBEDDED_PG_PORT}"; }
kafka_bootstrap() { echo "${PLATFORM_KAFKA_BOOTSTRAP:-127.0.0.1:$EMBEDDED_KAFKA_PORT}"; }
redis_host() { echo "${PLATFORM_REDIS_HOST:-127.0.0.1}"; }
redis_port() { if [[ -n ${PLATFORM_REDIS_HOST:-} ]]; then echo "${PLATFORM_REDIS_PORT:-6379}"; else echo "$EMBEDDED_REDIS_PORT"; fi; }

start_service() { # name:module:port:database:management-port
  local name module port db management
  IFS=: read -r name module port db management <<<"$1"
  say "starting $name on :$port (management :$management) ..."
  PORT=$port MANAGEMENT_SERVER_PORT=$management SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-local} \
    PLATFORM_PG_HOST=$(pg_host) PLATFORM_PG_PORT=$(pg_port) PLATFORM_PG_DATABASE=$db \
    PLATFORM_PG_USER=${PLATFORM_PG_USER:-postgres} PLATFORM_PG_PASSWORD=${PLATFORM_PG_PASSWORD:-postgres} \
    PLATFORM_KAFKA_BOOTSTRAP=$(kafka_bootstrap) \
    start "$name" java $( [[ $name == medical-insurance-service ]] && echo "${JVM_MEDICAL[@]}" || echo "${JVM_SERVICE[@]}" ) -jar "$(jar_of "$module")"
}

start_gateway() {
  say "starting gateway on :$GATEWAY_PORT (management :$GATEWAY_MANAGEMENT_PORT) ..."
  local energy_port guardianship_port medical_port subsidy_port
  IFS=: read -r _ _ energy_port _ <<<"${SERVICES[0]}"
  IFS=: read -r _ _ guardianship_port _ <<<"${SERVICES[1]}"
  IFS=: read -r _ _ medical_port _ <<<"${SERVICES[2]}"
  IFS=: read -r _ _ subsidy_port _ <<<"${SERVICES[3]}"
  # both read before either is set: redis_port tells the embedded Redis from an external one by PLATFORM_REDIS_HOST
  local store_host store_port
  store_host=$(redis_host) store_port=$(redis_port)
  PORT=$GATEWAY_PORT MANAGEMENT_SERVER_PORT=$GATEWAY_MANAGEMENT_PORT SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-local} \
    PLATFORM_REDIS_HOST=$store_host PLATFORM_REDIS_PORT=$store_port \
    PLATFORM_ENERGY_URI=http://localhost:$energy_port \
    PLATFORM_GUARDIANSHIP_URI=http://localhost:$guardianship_port \
    PLATFORM_MEDICAL_INSURANCE_URI=http://localhost:$medical_port \
    PLATFORM_SUBSIDY_URI=http://localhost:$subsidy_port \
    start gateway java "${JVM_GATEWAY[@]}" -jar "$(jar_of gateway)"
}

entry_of() { # name -> its SERVICES entry
  local entry
  for entry in "${SERVICES[@]}"; do [[ ${entry%%:*} == "$1" ]] && { echo "$entry"; return 0; }; done
  return 1
}

start_part() { # name
  local name=${1:-} entry management
  [[ -n $name ]] || die "start: name a service or the gateway"
  mkdir -p "$PIDS" "$LOGS"
  if [[ $name == gateway ]]; then
    start_gateway
    wait_until gateway 120 gateway http_ok "http://localhost:$GATEWAY_MANAGEMENT_PORT/actuator/health"
  else
    entry=$(entry_of "$name") || die "unknown part '$name' (gateway or a service name)"
    start_service "$entry"
    IFS=: read -r _ _ _ _ management <<<"$entry"
    wait_until "$name" 180 "$name" http_ok "http://localhost:$management/actuator/health/readiness"
  fi
  say "  $name ready"
}

stop_part() { # name [--kill]
  local name=${1:-}
  [[ -n $name ]] || die "stop: name a service or the gateway"
  [[ $name == gateway ]] || entry_of "$name" >/dev/null || die "unknown part '$name' (gateway or a service name)"
  if [[ ${2:-} == --kill ]]; then
    pid_alive "$name" && kill -KILL "$(cat "$PIDS/$name.pid")" && say "  killed $name (PID $(cat "$PIDS/$name.pid"))"
    rm -f "$PIDS/$name.pid"
  else
    stop_one "$name"
  fi
}

up() {
  local detach=0
  [[ ${1:-} == --detach ]] && detach=1
  mkdir -p "$PIDS" "$LOGS"
  build_if_needed

  local pg_host pg_port kafka
  pg_host=$(pg_host); pg_port=$(pg_port); kafka=$(kafka_bootstrap)
  local -a ports=("$GATEWAY_PORT" "$GATEWAY_MANAGEMENT_PORT")
  local entry management
  for entry in "${SERVICES[@]}"; do IFS=: read -r _ _ port _ management <<<"$entry"; ports+=("$port" "$management"); done
  local embedded_pg=1 embedded_kafka=1 embedded_redis=1
  [[ -n ${PLATFORM_PG_HOST:-} ]] && embedded_pg=0
  [[ -n ${PLATFORM_KAFKA_BOOTSTRAP:-} ]] && embedded_kafka=0
  [[ -n ${PLATFORM_REDIS_HOST:-} ]] && embedded_redis=0
  (( embedded_pg )) && ports+=("$EMBEDDED_PG_PORT")
  (( embedded_kafka )) && ports+=("$EMBEDDED_KAFKA_PORT" "$EMBEDDED_CONTROLLER_PORT")
  (( embedded_redis )) && ports+=("$EMBEDDED_REDIS_PORT")
  (( embedded_pg || embedded_kafka || embedded_redis )) && ports+=("$INFRA_CONTROL_PORT")
  local p
  for p in "${ports[@]}"; do
    port_in_use "$p" && die "port $p is already in use; stop what uses it or set the PLATFORM_*_PORT variables (see --help)"
  done

  if (( embedded_pg || embedded_kafka || embedded_redis )); then
    say "starting local infrastructure (PostgreSQL 17: $( ((embedded_pg)) && echo embedded || echo external), Kafka: $( ((embedded_kafka)) && echo embedded KRaft || echo external), Redis: $( ((embedded_redis)) && echo embedded || echo external)) ..."
    rm -f "$RUN/infra.ready"
    start local-infra java "${JVM_INFRA[@]}" -jar "$(jar_of deploy/local/infra)" "$RUN" \
      "$( ((embedded_pg)) && echo "$EMBEDDED_PG_PORT" || echo 0)" \
      "$( ((embedded_kafka)) && echo "$EMBEDDED_KAFKA_PORT" || echo 0)" "$EMBEDDED_CONTROLLER_PORT" "$INFRA_CONTROL_PORT" \
      "$( ((embedded_redis)) && echo "$EMBEDDED_REDIS_PORT" || echo 0)"
    wait_until "local infrastructure" 120 local-infra test -f "$RUN/infra.ready"
  fi

  local name module port db
  for entry in "${SERVICES[@]}"; do
    start_service "$entry"
  done
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name module port db management <<<"$entry"
    wait_until "$name" 180 "$name" http_ok "http://localhost:$management/actuator/health/readiness"
    say "  $name healthy"
  done

  start_gateway
  wait_until gateway 120 gateway http_ok "http://localhost:$GATEWAY_MANAGEMENT_PORT/actuator/health"
  IFS=: read -r _ _ energy_port _ <<<"${SERVICES[0]}"
  IFS=: read -r _ _ guardianship_port _ <<<"${SERVICES[1]}"
  IFS=: read -r _ _ medical_port _ <<<"${SERVICES[2]}"
  IFS=: read -r _ _ subsidy_port _ <<<"${SERVICES[3]}"

  cat <<TXT

The platform is up (logs in $LOGS):
  gateway                    http://localhost:$GATEWAY_PORT   (the only address front ends use)
  energy-service             http://localhost:$energy_port
  guardianship-service       http://localhost:$guardianship_port
  medical-insurance-service  http://localhost:$medical_port
  subsidy-service            http://localhost:$subsidy_port
  PostgreSQL                 $pg_host:$pg_port     Kafka  $kafka     Redis  $(redis_host):$(redis_port)
  Actuator (probes, /actuator/prometheus) on the management ports $GATEWAY_MANAGEMENT_PORT (gateway) and $(for entry in "${SERVICES[@]}"; do IFS=: read -r _ _ _ _ management <<<"$entry"; printf '%s ' "$management"; done)

Get a local token and make a first call:
  TOKEN=\$(curl -s -X POST localhost:$GATEWAY_PORT/dev/tokens -H 'Content-Type: application/json' \\
            -d '{"subject":"clerk-1","roles":["ENERGY_OWNER"],"agency":"DISTRICT_HAIDIAN"}' | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')
  curl -s localhost:$GATEWAY_PORT/api/energy/scope-evaluations -H "Authorization: Bearer \$TOKEN" \\
       -H 'Content-Type: application/json' -d '{"totalArea":25000,"publicArea":20000,"stateSecret":false,"stateOrganOffice":false}'

Stop with: deploy/local/platform.sh down
TXT
  if (( ! detach )); then
    trap 'say; say "stopping ..."; down; exit 0' INT TERM
    say "(foreground: Ctrl-C stops the platform)"
    while pid_alive gateway; do sleep 2; done
    down
  fi
}

stop_one() { # name
  local name=$1 pid
  [[ -f $PIDS/$name.pid ]] || return 0
  pid=$(cat "$PIDS/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      say "  $name did not stop in 20s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    say "  stopped $name (PID $pid)"
  fi
  rm -f "$PIDS/$name.pid"
}

down() {
  local purge=0
  [[ ${1:-} == --purge ]] && purge=1
  stop_one gateway
  local entry name
  for entry in "${SERVICES[@]}"; do IFS=: read -r name _ <<<"$entry"; stop_one "$name"; done
  stop_one local-infra
  if (( purge )); then
    rm -rf "$RUN"
    say "purged $RUN"
  fi
}

status() {
  local entry name port management
  for entry in "gateway:gateway:$GATEWAY_PORT::$GATEWAY_MANAGEMENT_PORT" "${SERVICES[@]}"; do
    IFS=: read -r name _ port _ management <<<"$entry"
    if pid_alive "$name"; then
      if http_ok "http://localhost:$management/actuator/health"; then say "$name: running, healthy (:$port, management :$management)";
      else say "$name: running, not healthy (:$port, management :$management)"; fi
    else
      say "$name: not running"
    fi
  done
  if pid_alive local-infra; then say "local-infra: running"; else say "local-infra: not running"; fi
}

case ${1:-} in
  up) shift; up "$@" ;;
  down) shift; down "$@" ;;
  status) status ;;
  start) shift; start_part "$@" ;;
  stop) shift; stop_part "$@" ;;
  -h|--help|help|"") sed -n '2,30p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (up, down, status, start, stop)" ;;
esac
