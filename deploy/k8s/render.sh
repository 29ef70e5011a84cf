#!/usr/bin/env bash
# Renders both overlays into rendered/<env>.yaml (checked in; the build's manifest test compares them with a
# fresh render whenever kubectl is installed, and checks their invariants in any case).
set -euo pipefail
cd "$(dirname "$0")"
for env in dev prod; do
  kubectl kustomize "overlays/$env" > "rendered/$env.yaml"
  echo "rendered/$env.yaml: $(grep -c '^kind:' "rendered/$env.yaml") resources"
done
