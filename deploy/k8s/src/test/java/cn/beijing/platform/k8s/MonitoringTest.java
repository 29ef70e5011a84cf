package cn.beijing.platform.k8s;

import static cn.beijing.platform.k8s.RenderedManifests.at;
import static cn.beijing.platform.k8s.RenderedManifests.name;
import static cn.beijing.platform.k8s.RenderedManifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checked-in monitoring: a ServiceMonitor per application, the alert rules with their runbooks, and the Grafana
 * dashboard; every alert expression and dashboard query names only metrics that something actually exports. Those
 * metrics are the table of {@code docs/metrics.md}, each with its source: our Micrometer meters (checked against
 * the code here, and against a live scrape by the end-to-end tests), Spring Boot's and the libraries' meters,
 * Strimzi's Kafka exporter, CloudNativePG and kube-state-metrics.
 */
class MonitoringTest {

    /** The alerts on-call needs, each with its runbook. */
    static final Map<String, String> ALERTS = Map.of(
            "PlatformOutboxLagHigh", "docs/runbooks/outbox-lag.md",
            "PlatformDeadLetterRecords", "docs/runbooks/dead-letters.md",
            "PlatformConsumerLagGrowing", "docs/runbooks/consumer-lag.md",
            "PlatformGatewayErrorRatioHigh", "docs/runbooks/gateway-errors.md",
            "PlatformCircuitBreakerOpen", "docs/runbooks/circuit-breaker-open.md",
            "PlatformPodRestarting", "docs/runbooks/pod-restarts.md",
            "PlatformDatabaseReplicationLag", "docs/runbooks/database-replication-lag.md");

    /** A row of docs/metrics.md. */
    record ExportedMetric(String name, String type, String exportedBy, String source) {

        /** The series names Prometheus has for this metric (histograms and timers have several). */
        Set<String> seriesNames() {
            return switch (type) {
                case "histogram", "timer" -> Set.of(name, name + "_bucket", name + "_count", name + "_sum", name + "_max");
                default -> Set.of(name);
            };
        }
    }

    private static final Pattern CATALOGUE_ROW = Pattern.compile(
            "^\\|\\s*`([a-z_:][a-z0-9_:]*)`\\s*\\|\\s*([a-z]+)\\s*\\|\\s*([^|]+?)\\s*\\|\\s*([^|]+?)\\s*\\|.*$", Pattern.MULTILINE);
    private static final Pattern OWN_METER = Pattern.compile("meter `(platform\\.[a-z.]+)`");

    static List<ExportedMetric> catalogue() {
        String table = read(RenderedManifests.root().resolve("docs/metrics.md"));
        List<ExportedMetric> metrics = new ArrayList<>();
        Matcher row = CATALOGUE_ROW.matcher(table);
        while (row.find()) {
            metrics.add(new ExportedMetric(row.group(1), row.group(2), row.group(3), row.group(4)));
        }
        return metrics;
    }

    static Set<String> knownSeries() {
        return catalogue().stream().flatMap(m -> m.seriesNames().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyApplicationIsScrapedOnItsManagementPortThroughAServiceMonitor(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        for (String app : ManifestInvariantsTest.APPLICATIONS) {
            Map<String, Object> service = ofKind(resources, "Service").stream().filter(s -> app.equals(name(s)))
                    .findFirst().orElseThrow();
            List<Map<String, Object>> monitors = ofKind(resources, "ServiceMonitor").stream()
                    .filter(m -> selects(at(m, "spec", "selector", "matchLabels"), at(service, "metadata", "labels")))
                    .toList();
            assertThat(monitors).as("ServiceMonitor of %s in %s", app, environment).hasSize(1);
            Map<String, Object> endpoint = map(at(monitors.get(0), "spec", "endpoints", "0"));
            assertThat(endpoint.get("path")).isEqualTo("/actuator/prometheus");
            Object port = list(at(service, "spec", "ports")).stream().filter(p -> endpoint.get("port").equals(p.get("name")))
                    .map(p -> p.get("port")).findFirst().orElse(null);
            assertThat(port).as("%s: the monitored port is the Service's management port", app).isEqualTo(9090);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theAlertRulesCoverWhatOnCallMustKnowEachWithItsRunbook(String environment) throws IOException {
        List<Map<String, Object>> rules = alertRules(environment);
        assertThat(rules.stream().map(r -> (String) r.get("alert")).toList())
                .containsExactlyInAnyOrderElementsOf(ALERTS.keySet());
        for (Map<String, Object> rule : rules) {
            String alert = (String) rule.get("alert");
            assertThat(at(rule, "labels", "severity")).as("%s severity", alert).isIn("warning", "critical");
            assertThat((String) at(rule, "annotations", "summary")).as("%s summary", alert).isNotBlank();
            String runbook = (String) at(rule, "annotations", "runbook");
            assertThat(runbook).as("%s runbook", alert).isEqualTo(ALERTS.get(alert));
            Path file = RenderedManifests.root().resolve(runbook);
            assertThat(file).as("%s's runbook", alert).exists();
            assertThat(Files.readAllLines(file).get(0)).as("the runbook's title names the alert").startsWith("# " + alert);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyAlertExpressionNamesOnlyMetricsThatAreExported(String environment) {
        Set<String> known = knownSeries();
        for (Map<String, Object> rule : alertRules(environment)) {
            Set<String> names = PromQl.metricNames(String.valueOf(rule.get("expr")));
            assertThat(names).as("metrics of %s", rule.get("alert")).isNotEmpty();
            assertThat(known).as("metrics of %s (docs/metrics.md lists what is exported)", rule.get("alert"))
                    .containsAll(names);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theDashboardIsAConfigMapForGrafanasSidecarItsJsonParsesAndItQueriesOnlyExportedMetrics(String environment) {
        JsonNode dashboard = dashboard(environment);
        assertThat(dashboard.path("uid").asString()).isEqualTo("municipal-platform");
        List<String> queries = dashboardQueries(dashboard);
        assertThat(queries).hasSizeGreaterThan(15);
        Set<String> known = knownSeries();
        for (String query : queries) {
            Set<String> names = PromQl.metricNames(query);
            assertThat(names).as("metrics of %s", query).isNotEmpty();
            assertThat(known).as("metrics of dashboard query %s (docs/metrics.md)", query).containsAll(names);
        }
        for (JsonNode panel : dashboard.path("panels")) {
            if (!"row".equals(panel.path("type").asString())) {
                assertThat(panel.path("datasource").path("uid").asString()).as("panel %s", panel.path("title"))
                        .isEqualTo("${datasource}");
            }
        }
    }

    @Test
    void theDashboardShowsTheGoldenSignalsAndTheEventFlow() {
        List<String> queries = dashboardQueries(dashboard("prod"));
        Set<String> used = queries.stream().flatMap(q -> PromQl.metricNames(q).stream()).collect(Collectors.toSet());
        // traffic, errors and latency per gateway route and per service; saturation; the event flow end to end
        assertThat(used).contains("spring_cloud_gateway_requests_seconds_count", "spring_cloud_gateway_requests_seconds_bucket",
                "http_server_requests_seconds_bucket", "r2dbc_pool_acquired_connections", "resilience4j_circuitbreaker_state",
                "platform_outbox_pending", "platform_outbox_lag_seconds", "platform_outbox_published_total",
                "kafka_topic_partition_current_offset", "kafka_consumergroup_lag", "spring_kafka_listener_seconds_count",
                "platform_consumer_dead_letters_total");
    }

    @Test
    void everyCataloguedMetricIsUsedAndEveryOwnMeterIsInTheCodeUnderThatPrometheusName() throws IOException {
        List<ExportedMetric> catalogue = catalogue();
        assertThat(catalogue).hasSizeGreaterThan(15);
        Set<String> used = new TreeSet<>();
        alertRules("prod").forEach(r -> used.addAll(PromQl.metricNames(String.valueOf(r.get("expr")))));
        dashboardQueries(dashboard("prod")).forEach(q -> used.addAll(PromQl.metricNames(q)));
        String code = mainJavaSources();
        for (ExportedMetric metric : catalogue) {
            assertThat(metric.seriesNames()).as("%s is used by an alert or the dashboard", metric.name())
                    .containsAnyElementsOf(used);
            Matcher own = OWN_METER.matcher(metric.source());
            if (own.find()) {
                String meter = own.group(1);
                assertThat(code).as("meter %s in src/main/java", meter).contains("\"" + meter + "\"");
                String base = meter.replace('.', '_');
                String expected = switch (metric.type()) {
                    case "counter" -> base + "_total";
                    default -> base;
                };
                if (!metric.name().equals(expected)) {
                    String unit = metric.name().substring(base.length() + 1);
                    assertThat(metric.name()).startsWith(base + "_");
                    assertThat(code).as("%s has base unit %s", meter, unit).contains(".baseUnit(\"" + unit + "\")");
                }
            }
        }
    }

    @Test
    void metricNamesAreWhatAnExpressionSelectsNotItsFunctionsLabelsOrVariables() {
        assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, routeId) (rate(spring_cloud_gateway_requests_seconds_bucket"
                + "{namespace=\"$namespace\",routeId=~\"a|b\"}[$__rate_interval])))"))
                .containsExactly("spring_cloud_gateway_requests_seconds_bucket");
        assertThat(PromQl.metricNames("sum by (namespace, topic) (kafka_consumergroup_lag) > 0 and on (topic) "
                + "deriv(kafka_consumergroup_lag[5m] offset 1h) > 0.5e1 unless absent(up)"))
                .containsExactlyInAnyOrder("kafka_consumergroup_lag", "up");
        assertThat(PromQl.metricNames("label_values(platform_outbox_pending, namespace)")).containsExactly("platform_outbox_pending");
        // a metric nobody exports is caught
        assertThat(knownSeries()).doesNotContainAnyElementsOf(PromQl.metricNames("rate(platform_outbox_sent_total[5m])"));
    }

    private static List<Map<String, Object>> alertRules(String environment) {
        List<Map<String, Object>> ruleObjects = ofKind(RenderedManifests.load(environment), "PrometheusRule");
        assertThat(ruleObjects).as("PrometheusRule in %s", environment).isNotEmpty();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> object : ruleObjects) {
            for (Map<String, Object> group : list(at(object, "spec", "groups"))) {
                rules.addAll(list(group.get("rules")));
            }
        }
        return rules;
    }

    private static JsonNode dashboard(String environment) {
        List<Map<String, Object>> dashboards = ofKind(RenderedManifests.load(environment), "ConfigMap").stream()
                .filter(c -> "1".equals(at(c, "metadata", "labels", "grafana_dashboard"))).toList();
        assertThat(dashboards).as("ConfigMap labelled grafana_dashboard=1 in %s", environment).hasSize(1);
        Map<String, Object> data = map(dashboards.get(0).get("data"));
        assertThat(data.keySet()).singleElement().asString().endsWith(".json");
        return JsonMapper.builder().build().readTree((String) data.values().iterator().next());
    }

    private static List<String> dashboardQueries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asString());
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asString())) {
                queries.add(variable.path("query").path("query").asString());
            }
        }
        return queries;
    }

    private static boolean selects(Object selector, Object labels) {
        return selector instanceof Map<?, ?> wanted && labels instanceof Map<?, ?> actual
                && actual.entrySet().containsAll(wanted.entrySet());
    }

    private static String mainJavaSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(RenderedManifests.root())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
                    && !f.toString().contains("/target/")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        return node instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metric names a PromQL expression (or a Grafana {@code label_values} query) selects. */
    static final class PromQl {

        private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
                "on", "ignoring", "group_left", "group_right", "inf", "nan");
        private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][\\w:]*)[^)]*\\)");
        private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
        private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*\\}");
        private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*\\]");
        private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
        private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+\\}?");
        private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][\\w:]*+)(?!\\s*\\()");

        static Set<String> metricNames(String expression) {
            String text = LABEL_VALUES.matcher(expression).replaceAll("$1");
            text = STRING.matcher(text).replaceAll("\"\"");
            text = MATCHERS.matcher(text).replaceAll(" ");
            text = RANGE.matcher(text).replaceAll(" ");
            text = GROUPING.matcher(text).replaceAll(" ");
            text = VARIABLE.matcher(text).replaceAll(" ");
            Set<String> names = new TreeSet<>();
            Matcher identifier = IDENTIFIER.matcher(text);
            while (identifier.find()) {
                String name = identifier.group(1);
                if (!KEYWORDS.contains(name.toLowerCase())) {
                    names.add(name);
                }
            }
            return names;
        }

        private PromQl() {
        }
    }
}
