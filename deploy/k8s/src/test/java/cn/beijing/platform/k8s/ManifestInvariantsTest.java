package cn.beijing.platform.k8s;

import static cn.beijing.platform.k8s.RenderedManifests.at;
import static cn.beijing.platform.k8s.RenderedManifests.name;
import static cn.beijing.platform.k8s.RenderedManifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every environment must satisfy, checked on the rendered overlays (and the overlays' endpoints.yaml). */
class ManifestInvariantsTest {

    static final List<String> APPLICATIONS = List.of("gateway", "energy-service", "guardianship-service",
            "medical-insurance-service", "subsidy-service");
    /** server.shutdown=graceful with spring.lifecycle.timeout-per-shutdown-phase=20s, plus the pre-stop pause. */
    static final int SHUTDOWN_PHASE_SECONDS = 20;
    /** The Kafka versions the Strimzi 1.2.0 release supports (4.1.x was dropped in 1.1). */
    static final Set<String> STRIMZI_1_2_KAFKA_VERSIONS = Set.of("4.2.0", "4.2.1", "4.3.0", "4.3.1");
    /** CloudNativePG's name of the Barman Cloud plugin. */
    static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void overlaysRenderAndTheCheckedInRendersAreCurrent(String environment) {
        Optional<String> fresh = RenderedManifests.renderWithKubectl(environment);
        fresh.ifPresent(render -> assertThat(render)
                .as("deploy/k8s/rendered/%s.yaml is stale: run deploy/k8s/render.sh", environment)
                .isEqualTo(RenderedManifests.checkedIn(environment)));
        assertThat(RenderedManifests.load(environment)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyApplicationHasItsFullSetOfResources(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        for (String app : APPLICATIONS) {
            for (String kind : List.of("Deployment", "Service", "ConfigMap", "ServiceAccount", "HorizontalPodAutoscaler",
                    "PodDisruptionBudget", "NetworkPolicy")) {
                assertThat(ofKind(resources, kind)).as("%s %s in %s", kind, app, environment)
                        .anyMatch(r -> app.equals(name(r)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theGatewayServiceIsReachedThroughTheGatewayApiWithTlsAndNothingElse(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        Map<String, String> endpoints = RenderedManifests.endpoints(environment);
        assertThat(ofKind(resources, "Ingress")).as("no Ingress (ingress-nginx is retired)").isEmpty();
        assertThat(RenderedManifests.checkedIn(environment)).as("every overlay setting applied").doesNotContain("set-by-overlay");
        Map<String, Object> gateway = single(ofKind(resources, "Gateway"));
        assertThat(at(gateway, "spec", "gatewayClassName")).isEqualTo(endpoints.get("gatewayClassName"));
        Map<String, Object> https = listener(gateway, "https");
        assertThat(at(https, "protocol")).isEqualTo("HTTPS");
        assertThat(at(https, "tls", "mode")).isEqualTo("Terminate");
        assertThat(at(https, "tls", "certificateRefs", "0", "kind")).isEqualTo("Secret");
        assertThat(at(https, "tls", "certificateRefs", "0", "name")).isEqualTo("gateway-tls");
        assertThat(at(https, "hostname")).isEqualTo(endpoints.get("apiHost"));

        List<Map<String, Object>> routes = ofKind(resources, "HTTPRoute");
        Map<String, Object> api = routes.stream().filter(r -> "https".equals(at(r, "spec", "parentRefs", "0", "sectionName")))
                .collect(onlyOne("HTTPRoute on the https listener"));
        assertThat(at(api, "spec", "parentRefs", "0", "name")).isEqualTo(name(gateway));
        assertThat(at(api, "spec", "hostnames")).isEqualTo(List.of(endpoints.get("apiHost")));
        assertThat(at(api, "spec", "rules", "0", "matches", "0", "path")).isEqualTo(Map.of("type", "PathPrefix", "value", "/api"));
        // the route's backend is the gateway Service, on a port it exposes, selecting the gateway's pods
        Map<String, Object> backend = map(at(api, "spec", "rules", "0", "backendRefs", "0"));
        Map<String, Object> service = ofKind(resources, "Service").stream().filter(x -> name(x).equals(backend.get("name")))
                .collect(onlyOne("Service " + backend.get("name")));
        assertThat(name(service)).isEqualTo("gateway");
        assertThat((List<?>) at(service, "spec", "ports")).anyMatch(port -> backend.get("port").equals(at(port, "port")));
        Map<String, Object> deployment = ofKind(resources, "Deployment").stream().filter(d -> "gateway".equals(name(d)))
                .collect(onlyOne("Deployment gateway"));
        assertThat(map(at(deployment, "spec", "template", "metadata", "labels")))
                .containsAllEntriesOf(map(at(service, "spec", "selector")));

        // plain HTTP only redirects to HTTPS
        Map<String, Object> http = listener(gateway, "http");
        assertThat(at(http, "hostname")).isEqualTo(endpoints.get("apiHost"));
        Map<String, Object> redirect = routes.stream().filter(r -> "http".equals(at(r, "spec", "parentRefs", "0", "sectionName")))
                .collect(onlyOne("HTTPRoute on the http listener"));
        assertThat(at(redirect, "spec", "rules", "0", "backendRefs")).as("no backend over plain HTTP").isNull();
        assertThat(at(redirect, "spec", "rules", "0", "filters", "0", "requestRedirect", "scheme")).isEqualTo("https");
        assertThat(routes).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void deploymentsAreProbedSizedHardenedAndStopGracefully(String environment) {
        for (Map<String, Object> deployment : ofKind(RenderedManifests.load(environment), "Deployment")) {
            String app = name(deployment);
            Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
            assertThat(at(pod, "securityContext", "runAsNonRoot")).as(app).isEqualTo(true);
            assertThat(at(pod, "automountServiceAccountToken")).as(app).isEqualTo(false);
            int grace = ((Number) at(pod, "terminationGracePeriodSeconds")).intValue();
            Map<String, Object> container = map(at(pod, "containers", "0"));
            int preStop = ((Number) at(container, "lifecycle", "preStop", "sleep", "seconds")).intValue();
            assertThat(grace).as("%s: grace period covers pre-stop pause and shutdown phase", app)
                    .isGreaterThan(preStop + SHUTDOWN_PHASE_SECONDS);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(at(container, probe, "httpGet", "path")).as("%s %s", app, probe).isNotNull();
            }
            assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(at(container, "resources", bound, resource)).as("%s %s.%s", app, bound, resource).isNotNull();
                }
            }
            assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).as(app).isEqualTo(true);
            assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).as(app).isEqualTo(false);
            assertThat(String.valueOf(at(container, "securityContext", "capabilities", "drop"))).as(app).isEqualTo("[ALL]");
            String image = (String) at(container, "image");
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertThat(image).as("%s image has a tag", app).contains(":");
            assertThat(tag).as("%s image tag", app).isNotEqualTo("latest");
            if (environment.equals("prod")) {
                assertThat(tag).as("%s prod tag is a release version", app).matches("\\d+\\.\\d+\\.\\d+");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    @SuppressWarnings("unchecked")
    void networkPoliciesConfineEveryApplication(String environment) {
        List<Map<String, Object>> policies = ofKind(RenderedManifests.load(environment), "NetworkPolicy");
        Map<String, Object> deny = policies.stream().filter(p -> "platform-default-deny".equals(name(p))).findFirst()
                .orElseThrow();
        assertThat(at(deny, "spec", "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
        assertThat((List<Object>) at(deny, "spec", "podSelector", "matchExpressions", "0", "values"))
                .containsExactlyInAnyOrderElementsOf(APPLICATIONS);
        for (String app : APPLICATIONS) {
            Map<String, Object> policy = policies.stream().filter(p -> app.equals(name(p))).findFirst().orElseThrow();
            assertThat(at(policy, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name")).isEqualTo(app);
            String from = String.valueOf(at(policy, "spec", "ingress", "0", "from"));
            if (app.equals("gateway")) {
                String gatewayNamespace = RenderedManifests.endpoints(environment).get("gatewayNamespace");
                assertThat(at(policy, "spec", "ingress", "0", "from"))
                        .as("only the Gateway API implementation's namespace reaches the gateway's API port")
                        .isEqualTo(List.of(Map.of("namespaceSelector",
                                Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", gatewayNamespace)))));
                assertThat(at(policy, "spec", "ingress", "0", "ports", "0", "port")).isEqualTo(8080);
                assertThat(from).doesNotContain("ingress-nginx");
            } else {
                assertThat(from).as("only the gateway reaches %s", app).contains("app.kubernetes.io/name=gateway");
                String egress = String.valueOf(at(policy, "spec", "egress"));
                assertThat(egress).contains("strimzi.io/cluster=platform-kafka").contains("cnpg.io/cluster=platform-db")
                        .contains("kube-dns");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void onlyApisAndSettingsTheCurrentOperatorsHonour(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        for (Map<String, Object> resource : resources) {
            String apiVersion = (String) resource.get("apiVersion");
            if (apiVersion.startsWith("kafka.strimzi.io/")) {
                assertThat(apiVersion).as("%s %s", resource.get("kind"), name(resource)).isEqualTo("kafka.strimzi.io/v1");
            }
            assertThat(map(at(resource, "metadata", "annotations")).keySet())
                    .as("annotations Strimzi ignores since 0.48, on %s %s", resource.get("kind"), name(resource))
                    .doesNotContain("strimzi.io/kraft", "strimzi.io/node-pools");
        }
        String rendered = RenderedManifests.checkedIn(environment);
        assertThat(rendered).as("in-tree Barman backups (deprecated)").doesNotContain("barmanObjectStore");
        assertThat(rendered).as("operator-made PodMonitor (deprecated)").doesNotContain("enablePodMonitor");
        assertThat(ofKind(resources, "Ingress")).isEmpty();
        Map<String, Object> kafka = single(ofKind(resources, "Kafka"));
        String version = (String) at(kafka, "spec", "kafka", "version");
        assertThat(version).as("a Kafka version Strimzi 1.2 supports").isIn(STRIMZI_1_2_KAFKA_VERSIONS);
        String[] parts = version.split("\\.");
        assertThat((String) at(kafka, "spec", "kafka", "metadataVersion")).startsWith(parts[0] + "." + parts[1] + "-IV");
        assertThat(at(kafka, "spec", "kafkaExporter")).as("consumer lag metrics").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void kafkaNodePoolsAndThePostgresClusterHaveRequestsAndLimits(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        List<Map<String, Object>> sized = new ArrayList<>(ofKind(resources, "KafkaNodePool"));
        sized.addAll(ofKind(resources, "Cluster"));
        assertThat(sized).hasSize(3);
        for (Map<String, Object> resource : sized) {
            for (String bound : List.of("requests", "limits")) {
                for (String quantity : List.of("cpu", "memory")) {
                    assertThat(at(resource, "spec", "resources", bound, quantity))
                            .as("%s %s %s.%s", resource.get("kind"), name(resource), bound, quantity).isNotNull();
                }
            }
            assertThat(at(resource, "spec", "resources", "requests", "memory")).as("%s memory request = limit", name(resource))
                    .isEqualTo(at(resource, "spec", "resources", "limits", "memory"));
            if ("KafkaNodePool".equals(resource.get("kind"))) {
                long heap = bytes((String) at(resource, "spec", "jvmOptions", "-Xmx"));
                long limit = bytes((String) at(resource, "spec", "resources", "limits", "memory"));
                assertThat(heap).as("%s heap leaves room for the page cache", name(resource)).isLessThanOrEqualTo(limit / 2);
            }
        }
    }

    @Test
    void prodArchivesAndBacksUpPostgresThroughTheBarmanCloudPlugin() {
        List<Map<String, Object>> resources = RenderedManifests.load("prod");
        Map<String, Object> cluster = single(ofKind(resources, "Cluster"));
        Map<String, Object> plugin = single(list(at(cluster, "spec", "plugins")));
        assertThat(plugin.get("name")).isEqualTo(BARMAN_CLOUD);
        assertThat(plugin.get("isWALArchiver")).isEqualTo(true);
        String store = (String) at(plugin, "parameters", "barmanObjectName");
        Map<String, Object> objectStore = single(ofKind(resources, "ObjectStore"));
        assertThat(name(objectStore)).as("the archive's ObjectStore exists").isEqualTo(store);
        assertThat(at(objectStore, "spec", "retentionPolicy")).isNotNull();
        assertThat(at(objectStore, "spec", "configuration", "destinationPath")).asString().startsWith("s3://");
        Map<String, Object> schedule = single(ofKind(resources, "ScheduledBackup"));
        assertThat(at(schedule, "spec", "cluster", "name")).isEqualTo(name(cluster));
        assertThat(at(schedule, "spec", "method")).isEqualTo("plugin");
        assertThat(at(schedule, "spec", "pluginConfiguration", "name")).isEqualTo(BARMAN_CLOUD);
        assertThat(ofKind(RenderedManifests.load("dev"), "ObjectStore")).as("dev keeps no backups").isEmpty();
    }

    @Test
    void prodRestoreRecoversFromWhatProdArchivesAndArchivesUnderANewName() {
        Map<String, Object> prod = single(ofKind(RenderedManifests.load("prod"), "Cluster"));
        List<Map<String, Object>> resources = RenderedManifests.load("prod-restore");
        Map<String, Object> restored = single(ofKind(resources, "Cluster"));
        assertThat(at(restored, "spec", "bootstrap", "initdb")).isNull();
        String source = (String) at(restored, "spec", "bootstrap", "recovery", "source");
        Map<String, Object> external = list(at(restored, "spec", "externalClusters")).stream()
                .filter(e -> source.equals(e.get("name"))).collect(onlyOne("externalCluster " + source));
        assertThat(at(external, "plugin", "name")).isEqualTo(BARMAN_CLOUD);
        String store = (String) at(external, "plugin", "parameters", "barmanObjectName");
        assertThat(ofKind(resources, "ObjectStore")).anyMatch(o -> store.equals(name(o)));
        String prodArchive = (String) at(prod, "spec", "plugins", "0", "parameters", "serverName");
        assertThat(at(external, "plugin", "parameters", "serverName")).as("restores what prod archives").isEqualTo(prodArchive);
        Map<String, Object> archive = single(list(at(restored, "spec", "plugins")));
        assertThat(archive.get("isWALArchiver")).isEqualTo(true);
        assertThat(at(archive, "parameters", "serverName")).as("archives under a name of its own")
                .isNotNull().isNotEqualTo(prodArchive);
        assertThat(at(archive, "parameters", "barmanObjectName")).isEqualTo(store);
        // the services wait at zero replicas (their consumer groups go back to the recovery moment first)
        for (Map<String, Object> deployment : ofKind(resources, "Deployment")) {
            assertThat(at(deployment, "spec", "replicas")).as("%s replicas while restoring", name(deployment))
                    .isEqualTo("gateway".equals(name(deployment)) ? 2 : 0);
        }
        // everything else is prod as it is
        assertThat(resources).hasSameSizeAs(RenderedManifests.load("prod"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void prometheusScrapesPostgresAndKafkaThroughPodMonitors(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        List<Map<String, Object>> monitors = ofKind(resources, "PodMonitor");
        String cluster = name(single(ofKind(resources, "Cluster")));
        assertThat(monitors).anyMatch(m -> cluster.equals(at(m, "spec", "selector", "matchLabels", "cnpg.io/cluster"))
                && "metrics".equals(at(m, "spec", "podMetricsEndpoints", "0", "port")));
        String kafka = name(single(ofKind(resources, "Kafka")));
        assertThat(monitors).anyMatch(m -> kafka.equals(at(m, "spec", "selector", "matchLabels", "strimzi.io/cluster"))
                && "tcp-prometheus".equals(at(m, "spec", "podMetricsEndpoints", "0", "port")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void otherAgenciesReachKafkaOnlyOverTlsFromTheirNetworks(String environment) {
        Map<String, Object> kafka = single(ofKind(RenderedManifests.load(environment), "Kafka"));
        Map<String, String> endpoints = RenderedManifests.endpoints(environment);
        List<Map<String, Object>> listeners = list(at(kafka, "spec", "kafka", "listeners"));
        for (Map<String, Object> listener : listeners) {
            assertThat(listener.get("tls")).as("listener %s is TLS", listener.get("name")).isEqualTo(true);
            assertThat(at(listener, "authentication", "type")).as("listener %s authenticates", listener.get("name"))
                    .isEqualTo("scram-sha-512");
            assertThat(list(listener.get("networkPolicyPeers"))).as("listener %s admits named peers only", listener.get("name"))
                    .isNotEmpty().allMatch(peer -> !peer.isEmpty());
        }
        Map<String, Object> external = listeners.stream().filter(l -> !"internal".equals(l.get("type")))
                .collect(onlyOne("listener outside the cluster"));
        assertThat(external.get("type")).isEqualTo("loadbalancer");
        List<?> ranges = (List<?>) at(external, "configuration", "loadBalancerSourceRanges");
        assertThat(ranges).isNotEmpty();
        assertThat(list(external.get("networkPolicyPeers")).stream().map(peer -> at(peer, "ipBlock", "cidr")).toList())
                .as("the NetworkPolicy admits exactly the load balancer's source ranges").isEqualTo(ranges);
        assertThat(at(external, "configuration", "externalTrafficPolicy")).as("client addresses preserved").isEqualTo("Local");
        assertThat(at(external, "configuration", "bootstrap", "alternativeNames"))
                .isEqualTo(List.of(endpoints.get("kafkaBootstrapHost")));
        assertThat(at(external, "configuration", "advertisedHostTemplate")).isEqualTo(endpoints.get("kafkaBrokerHostTemplate"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theRateLimitStoreIsHardenedPinnedAndReachedOnlyByTheGateway(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        Map<String, Object> store = ofKind(resources, "StatefulSet").stream().filter(r -> "platform-redis".equals(name(r)))
                .collect(onlyOne("StatefulSet platform-redis"));
        Map<String, Object> pod = map(at(store, "spec", "template", "spec"));
        Map<String, Object> container = map(at(pod, "containers", "0"));
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(false);
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(String.valueOf(at(container, "securityContext", "capabilities", "drop"))).isEqualTo("[ALL]");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertThat(at(container, "resources", bound, resource)).as("%s.%s", bound, resource).isNotNull();
            }
        }
        assertThat(at(container, "livenessProbe")).isNotNull();
        assertThat(at(container, "readinessProbe")).isNotNull();
        assertThat((String) at(container, "image")).as("a pinned release").matches(".+:\\d+\\.\\d+\\.\\d+(-[a-z0-9.]+)?");
        assertThat(String.valueOf(at(container, "args"))).as("nothing on disk").contains("--save, , --appendonly, no");

        // only the gateway's pods reach it, and it reaches nothing
        Map<String, Object> policy = ofKind(resources, "NetworkPolicy").stream().filter(r -> "platform-redis".equals(name(r)))
                .collect(onlyOne("NetworkPolicy platform-redis"));
        assertThat(at(policy, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name")).isEqualTo("platform-redis");
        assertThat(at(policy, "spec", "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
        assertThat(at(policy, "spec", "egress")).isNull();
        assertThat(at(policy, "spec", "ingress")).isEqualTo(List.of(Map.of(
                "from", List.of(Map.of("podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "gateway")))),
                "ports", List.of(Map.of("port", 6379, "protocol", "TCP")))));

        // the gateway reaches it by its Service, with the password the store requires
        Map<String, Object> gateway = ofKind(resources, "Deployment").stream().filter(d -> "gateway".equals(name(d)))
                .collect(onlyOne("Deployment gateway"));
        List<Map<String, Object>> env = list(at(gateway, "spec", "template", "spec", "containers", "0", "env"));
        Map<String, Object> service = ofKind(resources, "Service").stream()
                .filter(r -> "platform-redis".equals(at(r, "spec", "selector", "app.kubernetes.io/name")))
                .collect(onlyOne("Service of platform-redis"));
        assertThat(env).anyMatch(v -> "PLATFORM_REDIS_HOST".equals(v.get("name")) && name(service).equals(v.get("value")));
        assertThat(env).anyMatch(v -> "PLATFORM_REDIS_PORT".equals(v.get("name"))
                && String.valueOf(at(service, "spec", "ports", "0", "port")).equals(v.get("value")));
        Object storeSecret = at(container, "env", "0", "valueFrom", "secretKeyRef");
        assertThat(env).anyMatch(v -> "PLATFORM_REDIS_PASSWORD".equals(v.get("name"))
                && storeSecret.equals(at(v, "valueFrom", "secretKeyRef")));
        Map<String, Object> gatewayPolicy = ofKind(resources, "NetworkPolicy").stream().filter(r -> "gateway".equals(name(r)))
                .collect(onlyOne("NetworkPolicy gateway"));
        assertThat(list(at(gatewayPolicy, "spec", "egress"))).anyMatch(rule ->
                "platform-redis".equals(at(rule, "to", "0", "podSelector", "matchLabels", "app.kubernetes.io/name"))
                        && Integer.valueOf(6379).equals(at(rule, "ports", "0", "port")));
    }

    private static Map<String, Object> listener(Map<String, Object> gateway, String name) {
        return list(at(gateway, "spec", "listeners")).stream().filter(l -> name.equals(l.get("name")))
                .collect(onlyOne("listener " + name));
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static <T> Collector<T, ?, T> onlyOne(String what) {
        return Collectors.collectingAndThen(Collectors.toList(), items -> {
            assertThat(items).as(what).hasSize(1);
            return items.get(0);
        });
    }

    /** Kubernetes quantities and JVM sizes as used here: 512m/2g (JVM), 512Mi/4Gi (Kubernetes). */
    private static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([mMgG])i?").matcher(size);
        assertThat(m.matches()).as(size).isTrue();
        long unit = Character.toLowerCase(m.group(2).charAt(0)) == 'g' ? 1L << 30 : 1L << 20;
        return Long.parseLong(m.group(1)) * unit;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        return node == null ? List.of() : (List<Map<String, Object>>) node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }
}
