package cn.beijing.platform.k8s;

import static cn.beijing.platform.k8s.RenderedManifests.name;
import static cn.beijing.platform.k8s.RenderedManifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rendered object is one the cluster accepts: validated against the schemas vendored in
 * {@code deploy/k8s/schemas} (Kubernetes 1.33 and 1.36 OpenAPI, Strimzi 1.2.0, CloudNativePG 1.30.0, Barman Cloud
 * plugin 0.14.0, Gateway API 1.6.1 standard channel, Prometheus Operator 0.93.0), unknown fields rejected. The
 * planted-error tests show that the validation does reject what it should.
 */
class ManifestSchemaValidationTest {

    private static final ManifestSchemas SCHEMAS = ManifestSchemas.vendored();

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyRenderedObjectValidatesAgainstItsVendoredSchemas(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        List<String> violations = new ArrayList<>();
        resources.forEach(resource -> violations.addAll(SCHEMAS.violations(resource)));
        assertThat(violations).as("schema violations in rendered/%s.yaml", environment).isEmpty();
        assertThat(resources).as("objects in rendered/%s.yaml", environment).hasSizeGreaterThan(80);
    }

    @Test
    void theVendoredSchemasAreTheUpstreamFilesThatSha256sumsNames() throws IOException {
        Path schemas = RenderedManifests.k8s().resolve("schemas");
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(schemas.resolve("SHA256SUMS"))) {
            String[] columns = line.split("\\s+");
            Path file = schemas.resolve(columns[1]);
            Path stored = Files.exists(file) ? file : schemas.resolve(columns[1] + ".gz");
            assertThat(sha256(ManifestSchemas.bytes(stored))).as("%s is the file of %s", stored.getFileName(), columns[2])
                    .isEqualTo(columns[0]);
            listed.add(schemas.relativize(stored).toString());
        }
        try (Stream<Path> files = Files.walk(schemas)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> schemas.relativize(f).toString())
                    .filter(f -> !f.equals("SHA256SUMS") && !f.equals("vendor.sh")))
                    .as("every vendored file is listed in SHA256SUMS").containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(listed).as("one CRD per custom kind the overlays use, and two Kubernetes versions").hasSize(15);
    }

    @Test
    void theReadmeDeploySectionNamesEverySchemaVersionTheBuildValidatesAgainst() throws IOException {
        String readme = Files.readString(RenderedManifests.root().resolve("README.md"));
        int start = readme.indexOf("## Deploy (Kubernetes)");
        assertThat(start).isNotNegative();
        String deploy = readme.substring(start, readme.indexOf("\n## ", start + 1));
        try (Stream<Path> directories = Files.list(RenderedManifests.k8s().resolve("schemas"))) {
            List<String> versions = directories.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
            assertThat(versions).hasSize(7);
            versions.forEach(version -> assertThat(deploy).as("README Deploy names %s", version).contains("`" + version + "`"));
        }
    }

    @Test
    void aPlantedUnknownFieldFailsWhereverItIs() {
        List<Map<String, Object>> prod = RenderedManifests.load("prod");
        // a field nobody defines, at the top of each kind's spec (or of the object for kinds without spec)
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Database",
                "ScheduledBackup", "ObjectStore", "Gateway", "HTTPRoute", "PodMonitor", "Deployment", "Service",
                "NetworkPolicy", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceAccount", "ConfigMap")) {
            Map<String, Object> original = ofKind(prod, kind).get(0);
            assertThat(SCHEMAS.violations(original)).as("%s as rendered", kind).isEmpty();
            Map<String, Object> planted = copy(original);
            Map<String, Object> target = planted.containsKey("spec") ? ManifestSchemas.map(planted.get("spec")) : planted;
            target.put("plantedField", "x");
            assertThat(SCHEMAS.violations(planted)).as("%s with an unknown field", kind)
                    .isNotEmpty().allMatch(v -> v.contains("plantedField"));
        }
        // and deep inside, where a typo would otherwise be silently dropped by the API server
        assertPlantedFieldFails(prod, "Deployment", "spec", "template", "spec", "containers", "0");
        assertPlantedFieldFails(prod, "Kafka", "spec", "kafka", "listeners", "1", "configuration");
        assertPlantedFieldFails(prod, "KafkaUser", "spec", "authorization", "acls", "0", "resource");
        assertPlantedFieldFails(prod, "Cluster", "spec", "plugins", "0");
        assertPlantedFieldFails(prod, "HTTPRoute", "spec", "rules", "0", "backendRefs", "0");
        assertPlantedFieldFails(prod, "ObjectStore", "spec", "configuration", "s3Credentials");
        assertPlantedFieldFails(prod, "Kafka", "metadata");
        assertPlantedFieldFails(prod, "Deployment", "spec", "template", "metadata");
    }

    @Test
    void aWrongApiVersionOrKindFails() {
        List<Map<String, Object>> prod = RenderedManifests.load("prod");
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            Map<String, Object> old = copy(ofKind(prod, kind).get(0));
            old.put("apiVersion", "kafka.strimzi.io/v1beta2");
            assertThat(SCHEMAS.violations(old)).as("%s in v1beta2, which Strimzi 1.x no longer serves", kind)
                    .singleElement().asString().contains("no vendored schema").contains("kafka.strimzi.io/v1]");
        }
        Map<String, Object> deployment = copy(ofKind(prod, "Deployment").get(0));
        deployment.put("apiVersion", "apps/v1beta1");
        assertThat(SCHEMAS.violations(deployment)).singleElement().asString().contains("no vendored schema");
        Map<String, Object> gateway = copy(ofKind(prod, "Gateway").get(0));
        gateway.put("kind", "Gateways");
        assertThat(SCHEMAS.violations(gateway)).singleElement().asString().contains("no vendored schema");
        Map<String, Object> route = copy(ofKind(prod, "HTTPRoute").get(0));
        route.put("apiVersion", "gateway.networking.k8s.io/v1alpha2");
        assertThat(SCHEMAS.violations(route)).singleElement().asString().contains("no vendored schema")
                .contains("gateway.networking.k8s.io/v1");
    }

    @Test
    void aWrongTypeValueOrMissingRequiredFieldFails() {
        List<Map<String, Object>> prod = RenderedManifests.load("prod");
        Map<String, Object> deployment = copy(ofKind(prod, "Deployment").get(0));
        ManifestSchemas.map(deployment.get("spec")).put("replicas", "two");
        assertThat(SCHEMAS.violations(deployment)).as("replicas as a string").isNotEmpty()
                .allMatch(v -> v.contains("replicas"));
        Map<String, Object> topic = copy(ofKind(prod, "KafkaTopic").get(0));
        ManifestSchemas.map(topic.get("spec")).put("partitions", 0);
        assertThat(SCHEMAS.violations(topic)).as("zero partitions").singleElement().asString().contains("partitions");
        Map<String, Object> route = copy(ofKind(prod, "HTTPRoute").stream().filter(r -> "gateway".equals(name(r)))
                .findFirst().orElseThrow());
        ManifestSchemas.map(at(route, "spec", "rules", "0", "matches", "0", "path")).put("type", "Prefix");
        assertThat(SCHEMAS.violations(route)).as("an Ingress path type in an HTTPRoute").isNotEmpty()
                .allMatch(v -> v.contains("type"));
        Map<String, Object> database = copy(ofKind(prod, "Database").get(0));
        ManifestSchemas.map(database.get("spec")).remove("owner");
        assertThat(SCHEMAS.violations(database)).as("a Database without owner").singleElement().asString().contains("owner");
        Map<String, Object> service = copy(ofKind(prod, "Service").get(0));
        ManifestSchemas.map(at(service, "spec", "ports", "0")).put("port", "eighty");
        assertThat(SCHEMAS.violations(service)).as("a port name where a number belongs: checked against both Kubernetes versions")
                .hasSize(2).allMatch(v -> v.contains("port"));
    }

    @Test
    void whatTheApiLeavesOpenStaysOpen() {
        List<Map<String, Object>> prod = RenderedManifests.load("prod");
        Map<String, Object> kafka = copy(ofKind(prod, "Kafka").get(0));
        ManifestSchemas.map(at(kafka, "spec", "kafka", "config")).put("log.retention.hours", 1);
        ManifestSchemas.map(kafka.get("metadata")).put("labels", Map.of("any-label", "any-value"));
        assertThat(SCHEMAS.violations(kafka)).as("broker config and labels are free-form").isEmpty();
        Map<String, Object> cluster = copy(ofKind(prod, "Cluster").get(0));
        ManifestSchemas.map(at(cluster, "spec", "postgresql", "parameters")).put("work_mem", "8MB");
        assertThat(SCHEMAS.violations(cluster)).as("PostgreSQL parameters are free-form").isEmpty();
        Map<String, Object> configMap = copy(ofKind(prod, "ConfigMap").get(0));
        ManifestSchemas.map(configMap.get("data")).put("ANY_KEY", "value");
        assertThat(SCHEMAS.violations(configMap)).as("ConfigMap data is free-form").isEmpty();
        Map<String, Object> deployment = copy(ofKind(prod, "Deployment").get(0));
        ManifestSchemas.map(at(deployment, "spec", "strategy", "rollingUpdate")).put("maxSurge", "25%");
        assertThat(SCHEMAS.violations(deployment)).as("int-or-string takes a percentage").isEmpty();
    }

    private static void assertPlantedFieldFails(List<Map<String, Object>> resources, String kind, String... path) {
        Map<String, Object> planted = copy(ofKind(resources, kind).get(0));
        Object target = at(planted, path);
        assertThat(target).as("%s has %s", kind, String.join(".", path)).isInstanceOf(Map.class);
        ManifestSchemas.map(target).put("plantedField", "x");
        assertThat(SCHEMAS.violations(planted)).as("%s with an unknown field in %s", kind, String.join(".", path))
                .isNotEmpty().allMatch(v -> v.contains("plantedField"));
    }

    private static Object at(Object node, String... path) {
        return RenderedManifests.at(node, path);
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return (T) copy;
        }
        return node;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
