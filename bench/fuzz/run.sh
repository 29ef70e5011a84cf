#!/usr/bin/env bash
# The big run of the API fuzz (issue 10): the same test as ./mvnw verify (ApiRobustnessTests, real PostgreSQL and
# Kafka, endpoints discovered from each service's handler mapping, seeds in <service>/src/test/resources/
# api-seeds.yaml), with more requests per service and 1 MB strings. Prints each service's line and the totals.
#
#   bench/fuzz/run.sh                 10,000 requests over the four services (2,500 each)
#   REQUESTS=1000 SEED=7 bench/fuzz/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
TOTAL=${REQUESTS:-10000}
SEED=${SEED:-20250412}
SERVICES=(energy-service guardianship-service medical-insurance-service subsidy-service)
TESTS=(EnergyHardeningIT GuardianshipHardeningIT MedicalInsuranceHardeningIT SubsidyHardeningIT)
PER_SERVICE=$(( (TOTAL + ${#SERVICES[@]} - 1) / ${#SERVICES[@]} ))

./mvnw -B -q -pl "$(IFS=,; echo "${SERVICES[*]}")" -am verify \
  -Dtest="$(IFS=,; echo "${TESTS[*]/%/#fuzzedCommands*}")" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmaven.test.failure.ignore=true -Dplatform.fuzz.requests="$PER_SERVICE" -Dplatform.fuzz.seed="$SEED" \
  -Dplatform.fuzz.long-string=1000000 >/dev/null || true

python3 - "${SERVICES[@]}" <<'PY'
import glob, re, sys
totals, requests, endpoints, violations = {}, 0, 0, 0
for service in sys.argv[1:]:
    lines = []
    for f in glob.glob(f"{service}/target/surefire-reports/*HardeningIT-output.txt"):
        lines += [l.strip() for l in open(f, encoding="utf-8") if l.startswith(("API fuzz:", "  violation:"))]
    fuzz = [l for l in lines if l.startswith("API fuzz:")]
    if not fuzz:
        print(f"{service}: no fuzz report (see {service}/target/surefire-reports)"); continue
    line = fuzz[-1]
    print(f"{service}: {line}")
    for v in [l for l in lines if l.startswith("violation:")][:10]:
        print(f"    {v[:300]}")
    m = re.search(r"(\d+) endpoints, (\d+) requests, statuses \{([^}]*)\}, (\d+) violations", line)
    endpoints += int(m.group(1)); requests += int(m.group(2)); violations += int(m.group(4))
    for pair in m.group(3).split(", "):
        status, count = pair.split("=")
        totals[int(status)] = totals.get(int(status), 0) + int(count)
print(f"total: {endpoints} endpoints, {requests} requests, statuses {dict(sorted(totals.items()))}, {violations} violations")
PY
