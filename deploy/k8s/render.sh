#!/usr/bin/env bash
# Renders the overlays (dev, prod, and prod-restore: prod recreating PostgreSQL from its backups) into
# rendered/<env>.yaml (checked in; the build's manifest tests compare them with a fresh render whenever kubectl
# is installed, and validate them against the schemas in schemas/ and check their invariants in any case).
set -euo pipefail
cd "$(dirname "$0")"
for env in dev prod prod-restore; do
  kubectl kustomize "overlays/$env" > "rendered/$env.yaml"
  echo "rendered/$env.yaml: $(grep -c '^kind:' "rendered/$env.yaml") resources"
done
