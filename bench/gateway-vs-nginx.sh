#!/usr/bin/env bash
# What the gateway costs: the same call, with the same token and the same load, three ways in one run:
#   direct   straight to energy-service
#   nginx    through nginx as a plain reverse proxy (HTTP/1.1 keep-alive to the service)
#   gateway  through the platform's gateway
# POST /api/energy/grade-evaluations (bench/calculators.lua), wrk with THREADS threads × CONNECTIONS connections,
# a WARMUP-second warm-up, then DURATION seconds measured, one target after the other. Prints req/s, p50, p99,
# errors per target and the ratios gateway/nginx, gateway/direct, nginx/direct.
#
# Starts the local platform (deploy/local/platform.sh up --detach) when its gateway does not answer, and leaves
# it running. Uses the same PLATFORM_* variables as platform.sh. Loopback only; nginx runs from a temporary
# folder and is stopped at the end. Needs wrk and nginx (Debian packages "wrk" and "nginx-light").
#
# Environment: THREADS (2), CONNECTIONS (64), DURATION (15), WARMUP (10), NGINX_PORT (gateway port + 10),
#              TARGETS ("direct nginx gateway"; NAME=URL adds another gateway, e.g. another build or settings
#              started on another port: "direct nginx gateway before=http://127.0.0.1:8185"),
#              ROUNDS (1: the whole sequence this many times, then the spread)
# The machine runs the load generator, nginx and every platform JVM: measure when it is otherwise idle. On a shared
# machine req/s and latencies follow the other load; the CPU time each process spent per request does much less,
# so it is printed too: "cpu/req" is the milliseconds of CPU (user + system, from /proc) per answered request of the
# service, of the proxy (nginx's workers; the gateway and the Redis of its rate limits) and of wrk, and
# "cpu-bound estimate" is what the ratio would be on a machine where CPU is the only limit: total CPU per request
# through nginx divided by total CPU per request through the gateway.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || { echo "install nginx (apt-get install nginx-light)" >&2; exit 1; }

GATEWAY_PORT=${PLATFORM_GATEWAY_PORT:-8080}
ENERGY_PORT=${PLATFORM_ENERGY_PORT:-8081}
NGINX_PORT=${NGINX_PORT:-$((GATEWAY_PORT + 10))}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
GATEWAY=http://127.0.0.1:$GATEWAY_PORT

if ! curl -s -o /dev/null --max-time 3 "$GATEWAY/"; then   # nothing listens
  "$ROOT/deploy/local/platform.sh" up --detach
fi

TOKEN=$(curl -fsS -X POST "$GATEWAY/dev/tokens" -H 'Content-Type: application/json' \
  -d '{"subject":"bench","roles":["ENERGY_OWNER"],"agency":"BENCH"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
[[ -n $TOKEN ]] || { echo "no token from $GATEWAY/dev/tokens (is the gateway in the local profile?)" >&2; exit 1; }
export TOKEN CALCULATOR=grade

# nginx as a reverse proxy with keep-alive connections to the service, no access log, one worker per core
WORK=$(mktemp -d)
cleanup() {
  [[ -f $WORK/nginx.pid ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  sleep 0.5
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/logs"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/body;
  proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fastcgi;
  uwsgi_temp_path $WORK/uwsgi;
  scgi_temp_path $WORK/scgi;
  upstream energy { server 127.0.0.1:$ENERGY_PORT; keepalive 128; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://energy;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf"

declare -A URL=([direct]=http://127.0.0.1:$ENERGY_PORT [nginx]=http://127.0.0.1:$NGINX_PORT [gateway]=$GATEWAY)

# the processes behind a target, for their CPU time: whoever listens on its ports (nginx: the master's workers)
listener() { ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | sort -u; }
REDIS_PORT=${PLATFORM_REDIS_PORT:-${PLATFORM_EMBEDDED_REDIS_PORT:-16379}}
SERVICE_PIDS=$(listener "$ENERGY_PORT")
declare -A PROXY_PIDS=([direct]="" [nginx]="$(cat "$WORK/nginx.pid") $(pgrep -P "$(cat "$WORK/nginx.pid")" | tr '\n' ' ')"
  [gateway]="$(listener "$GATEWAY_PORT") $(listener "$REDIS_PORT")")
TARGET_NAMES=()
for target in ${TARGETS:-direct nginx gateway}; do
  if [[ $target == *=* ]]; then   # another gateway: NAME=URL
    name=${target%%=*} URL[${target%%=*}]=${target#*=}
    port=${target##*:}; port=${port%%/*}
    PROXY_PIDS[$name]="$(listener "$port") $(listener "$REDIS_PORT")"
    target=$name
  fi
  TARGET_NAMES+=("$target")
done
ticks() { # pids...: their user + system CPU time in clock ticks, threads and finished children included
  local total=0 pid fields
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    read -r -a fields <<<"$(sed 's/.*) //' "/proc/$pid/stat")"
    total=$((total + fields[11] + fields[12] + fields[13] + fields[14]))
  done
  echo "$total"
}
HZ=$(getconf CLK_TCK)
per_request() { awk -v t="$1" -v n="$2" -v hz="$HZ" 'BEGIN { if (n > 0) printf "%.3f", t * 1000 / hz / n; else printf "0" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }

declare -A RPS P50 P99 CPU
GATEWAY_RATIOS=() P99_RATIOS=() ESTIMATES=()
echo "POST /api/energy/grade-evaluations, wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up, ${DURATION} s measured; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "${ROUNDS:-1}"); do
  (( ${ROUNDS:-1} > 1 )) && echo "round $round (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  for target in "${TARGET_NAMES[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "${URL[$target]}/api/energy/grade-evaluations" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d '{"intensity":54.01,"guideValue":20,"constraintValue":30}')
    [[ $status == 200 ]] || { echo "$target answers $status, not 200" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/bench/calculators.lua" "${URL[$target]}" >/dev/null
    # shellcheck disable=SC2086
    service_before=$(ticks $SERVICE_PIDS); proxy_before=$(ticks ${PROXY_PIDS[$target]}); self_before=$(ticks $$)
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/calculators.lua" "${URL[$target]}" \
      | grep '^/api')
    # shellcheck disable=SC2086
    service=$(($(ticks $SERVICE_PIDS) - service_before)); proxy=$(($(ticks ${PROXY_PIDS[$target]}) - proxy_before))
    load=$(($(ticks $$) - self_before))   # wrk has finished: its time is in this shell's children
    # "/api/...: N requests, R req/s, p50 A ms, p99 B ms, errors E (non-2xx F)"
    requests=$(sed 's/.*: \([0-9]*\) requests.*/\1/' <<<"$line")
    RPS[$target]=$(sed 's/.* requests, \([0-9.]*\) req\/s.*/\1/' <<<"$line")
    P50[$target]=$(sed 's/.*p50 \([0-9.]*\) ms.*/\1/' <<<"$line")
    P99[$target]=$(sed 's/.*p99 \([0-9.]*\) ms.*/\1/' <<<"$line")
    CPU[$target]=$(per_request $((service + proxy + load)) "$requests")
    printf '%-8s %s; cpu/req ms: service %s, proxy %s, wrk %s\n' "$target" "${line#*: }" \
      "$(per_request "$service" "$requests")" "$(per_request "$proxy" "$requests")" "$(per_request "$load" "$requests")"
  done
  if [[ -n ${RPS[gateway]:-} && -n ${RPS[nginx]:-} ]]; then
    GATEWAY_RATIOS+=("$(ratio "${RPS[gateway]}" "${RPS[nginx]}")") P99_RATIOS+=("$(ratio "${P99[gateway]}" "${P99[nginx]}")")
    ESTIMATES+=("$(ratio "${CPU[nginx]}" "${CPU[gateway]}")")
    echo "gateway/nginx: req/s ${GATEWAY_RATIOS[-1]}x, p99 ${P99_RATIOS[-1]}x (goal: req/s >= 0.6x, p99 <= 2x);" \
      "cpu-bound estimate ${ESTIMATES[-1]}x"
  fi
  for target in "${TARGET_NAMES[@]}"; do
    [[ $target == direct || $target == nginx || $target == gateway || -z ${RPS[nginx]:-} ]] && continue
    echo "$target/nginx: req/s $(ratio "${RPS[$target]}" "${RPS[nginx]}")x, p99 $(ratio "${P99[$target]}" "${P99[nginx]}")x;" \
      "cpu-bound estimate $(ratio "${CPU[nginx]}" "${CPU[$target]}")x"
  done
  [[ -n ${RPS[gateway]:-} && -n ${RPS[direct]:-} ]] && echo "gateway/direct: req/s $(ratio "${RPS[gateway]}" "${RPS[direct]}")x"
  [[ -n ${RPS[nginx]:-} && -n ${RPS[direct]:-} ]] && echo "nginx/direct: req/s $(ratio "${RPS[nginx]}" "${RPS[direct]}")x"
done
if (( ${#GATEWAY_RATIOS[@]} > 1 )); then
  spread() { printf '%s\n' "$@" | sort -n | sed -n '1p;$p' | paste -sd- | sed 's/-/ to /'; }
  echo "over ${#GATEWAY_RATIOS[@]} rounds, gateway/nginx: req/s $(spread "${GATEWAY_RATIOS[@]}")x, p99 $(spread "${P99_RATIOS[@]}")x," \
    "cpu-bound estimate $(spread "${ESTIMATES[@]}")x"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
