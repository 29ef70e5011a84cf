#!/usr/bin/env bash
# Re-vendors the schemas that the k8s-manifests tests validate the rendered overlays against, each file
# copied verbatim from an upstream repository at a release tag, and rewrites SHA256SUMS (a test checks the
# vendored files against it, so nobody loosens a schema by hand).
#
#   deploy/k8s/schemas/vendor.sh CLONES
#
# CLONES is a directory holding a git clone (bare or not) of each repository below as CLONES/<owner>/<name>,
# e.g. `git clone --bare https://github.com/strimzi/strimzi-kafka-operator CLONES/strimzi/strimzi-kafka-operator`.
# To move to another release, change its tag (and directory) below, run this script, run deploy/k8s/render.sh
# and the k8s-manifests tests, and update the versions named in the README's Deploy section.
set -euo pipefail
clones=${1:?usage: vendor.sh CLONES (a directory of git clones named <owner>/<name>)}
cd "$(dirname "$0")"

# repository | tag | path in the repository | destination (a .gz destination is stored gzip-compressed)
sources() {
  cat <<'EOF'
strimzi/strimzi-kafka-operator|1.2.0|packaging/install/cluster-operator/040-Crd-kafka.yaml|strimzi-1.2.0/kafkas.kafka.strimzi.io.yaml
strimzi/strimzi-kafka-operator|1.2.0|packaging/install/cluster-operator/043-Crd-kafkatopic.yaml|strimzi-1.2.0/kafkatopics.kafka.strimzi.io.yaml
strimzi/strimzi-kafka-operator|1.2.0|packaging/install/cluster-operator/044-Crd-kafkauser.yaml|strimzi-1.2.0/kafkausers.kafka.strimzi.io.yaml
strimzi/strimzi-kafka-operator|1.2.0|packaging/install/cluster-operator/045-Crd-kafkanodepool.yaml|strimzi-1.2.0/kafkanodepools.kafka.strimzi.io.yaml
cloudnative-pg/cloudnative-pg|v1.30.0|config/crd/bases/postgresql.cnpg.io_clusters.yaml|cloudnative-pg-1.30.0/clusters.postgresql.cnpg.io.yaml
cloudnative-pg/cloudnative-pg|v1.30.0|config/crd/bases/postgresql.cnpg.io_databases.yaml|cloudnative-pg-1.30.0/databases.postgresql.cnpg.io.yaml
cloudnative-pg/cloudnative-pg|v1.30.0|config/crd/bases/postgresql.cnpg.io_scheduledbackups.yaml|cloudnative-pg-1.30.0/scheduledbackups.postgresql.cnpg.io.yaml
cloudnative-pg/plugin-barman-cloud|v0.14.0|config/crd/bases/barmancloud.cnpg.io_objectstores.yaml|plugin-barman-cloud-0.14.0/objectstores.barmancloud.cnpg.io.yaml
kubernetes-sigs/gateway-api|v1.6.1|config/crd/standard/gateway.networking.k8s.io_gateways.yaml|gateway-api-1.6.1-standard/gateways.gateway.networking.k8s.io.yaml
kubernetes-sigs/gateway-api|v1.6.1|config/crd/standard/gateway.networking.k8s.io_httproutes.yaml|gateway-api-1.6.1-standard/httproutes.gateway.networking.k8s.io.yaml
prometheus-operator/prometheus-operator|v0.93.0|example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml|prometheus-operator-0.93.0/podmonitors.monitoring.coreos.com.yaml
prometheus-operator/prometheus-operator|v0.93.0|example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml|prometheus-operator-0.93.0/servicemonitors.monitoring.coreos.com.yaml
prometheus-operator/prometheus-operator|v0.93.0|example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml|prometheus-operator-0.93.0/prometheusrules.monitoring.coreos.com.yaml
kubernetes-client/python|v33.1.0|kubernetes/swagger.json.unprocessed|kubernetes-1.33.1/swagger.json.gz
kubernetes-client/python|v36.0.3|kubernetes/swagger.json.unprocessed|kubernetes-1.36.2/swagger.json.gz
EOF
}
# The Kubernetes OpenAPI (v2) documents are the ones the Kubernetes Python client generates from, verbatim:
# the client's v33.1.0 is built from Kubernetes v1.33.1, its v36.0.3 from v1.36.2 (their CHANGELOG says so).

find . -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
: > SHA256SUMS.new
sources | while IFS='|' read -r repository tag path destination; do
  mkdir -p "$(dirname "$destination")"
  git -C "$clones/$repository" show "$tag:$path" > "${destination%.gz}"
  echo "$(sha256sum < "${destination%.gz}" | cut -d' ' -f1)  ${destination%.gz}  $repository@$tag:$path" >> SHA256SUMS.new
  if [[ "$destination" == *.gz ]]; then
    gzip -n -9 -f "${destination%.gz}"
  fi
done
mv SHA256SUMS.new SHA256SUMS
echo "vendored $(wc -l < SHA256SUMS) schema files"
