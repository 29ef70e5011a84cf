package cn.beijing.platform.k8s;

import static cn.beijing.platform.k8s.RenderedManifests.at;
import static cn.beijing.platform.k8s.RenderedManifests.name;
import static cn.beijing.platform.k8s.RenderedManifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests cannot drift from the code: topics produced ({@code new EventType("…")}) and consumed
 * ({@code @KafkaListener}) by each service have KafkaTopics, DLTs and the right ACLs; every external consumer of
 * the README's event catalogue has a KafkaUser that reads exactly its topics; each service's database exists in
 * the CloudNativePG cluster and is the one its Deployment uses; every gateway route target is a Service.
 */
class ManifestsMatchCodeTest {

    static final List<String> SERVICES = List.of("energy-service", "guardianship-service", "medical-insurance-service",
            "subsidy-service");
    private static final Pattern EVENT_TYPE = Pattern.compile("new EventType\\(\\s*\"([^\"]+)\"");
    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\(([^)]*)\\)", Pattern.DOTALL);
    private static final Pattern TOPICS = Pattern.compile("topics\\s*=\\s*(\\{[^}]*\\}|[^,)]+)");
    private static final Pattern GROUP = Pattern.compile("groupId\\s*=\\s*([^,)]+)");
    private static final Pattern STRING_CONSTANT = Pattern.compile("(\\w+)\\s*=\\s*\"([a-z0-9.-]+)\"\\s*;");
    private static final Pattern DATABASE_DEFAULT = Pattern.compile("PLATFORM_PG_DATABASE:([a-z_]+)");
    private static final Pattern ROUTE_URI = Pattern.compile("uri:\\s*\\$\\{(PLATFORM_[A-Z_]+_URI):");
    private static final Pattern CATALOGUE_TOPIC = Pattern.compile("`([a-z]+\\.[a-z0-9-]+\\.v\\d+)`");
    private static final Pattern EXTERNAL_CONSUMER = Pattern.compile("`(ext-[a-z0-9-]+)`");

    record ServiceCode(Set<String> produces, Set<String> consumes, Set<String> groups) {
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyTopicInTheCodeHasAKafkaTopicADeadLetterTopicAndTheRightAcls(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        Set<String> declaredTopics = new TreeSet<>();
        ofKind(resources, "KafkaTopic").forEach(t -> declaredTopics.add((String) at(t, "spec", "topicName")));
        Set<String> codeTopics = new TreeSet<>();
        for (String service : SERVICES) {
            ServiceCode code = scan(service);
            Map<String, Object> user = ofKind(resources, "KafkaUser").stream().filter(u -> service.equals(name(u)))
                    .findFirst().orElseThrow(() -> new AssertionError("no KafkaUser " + service));
            List<Map<String, Object>> acls = acls(user);
            for (String topic : code.produces()) {
                codeTopics.add(topic);
                assertThat(declaredTopics).as("KafkaTopic for %s", topic).contains(topic, topic + ".dlt");
                assertThat(allows(acls, "topic", topic, "Write")).as("%s may write %s", service, topic).isTrue();
            }
            for (String topic : code.consumes()) {
                codeTopics.add(topic);
                assertThat(declaredTopics).as("KafkaTopic for %s", topic).contains(topic, topic + ".dlt");
                assertThat(allows(acls, "topic", topic, "Read")).as("%s may read %s", service, topic).isTrue();
                assertThat(allows(acls, "topic", topic + ".dlt", "Write")).as("%s may dead-letter %s", service, topic).isTrue();
                // the OPS dead-letter replay reads the .dlt and re-publishes to the topic it came from
                assertThat(allows(acls, "topic", topic + ".dlt", "Read")).as("%s may replay dead letters of %s", service, topic).isTrue();
                assertThat(allows(acls, "topic", topic, "Write")).as("%s may re-publish replayed %s", service, topic).isTrue();
            }
            for (String group : code.groups()) {
                assertThat(allows(acls, "group", group, "Read")).as("%s may use consumer group %s", service, group).isTrue();
            }
            // and nothing more: every topic ACL of the user is for something the code does
            for (Map<String, Object> acl : acls) {
                if ("topic".equals(at(acl, "resource", "type"))) {
                    String topic = (String) at(acl, "resource", "name");
                    String base = topic.endsWith(".dlt") ? topic.substring(0, topic.length() - 4) : topic;
                    assertThat(code.produces().contains(topic) || code.consumes().contains(base))
                            .as("%s has an ACL on %s that its code does not need", service, topic).isTrue();
                }
            }
        }
        assertThat(codeTopics).as("event types found in the code").isNotEmpty();
        for (String topic : declaredTopics) {
            String base = topic.endsWith(".dlt") ? topic.substring(0, topic.length() - 4) : topic;
            assertThat(codeTopics).as("KafkaTopic %s belongs to an event the code produces or consumes", topic).contains(base);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyExternalConsumerInTheReadmeCatalogueHasAKafkaUserThatReadsExactlyItsTopics(String environment) {
        Map<String, Set<String>> catalogue = externalConsumersInTheReadmeCatalogue();
        assertThat(catalogue).as("external consumers named in the README's event catalogue").isNotEmpty();
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        List<Map<String, Object>> users = ofKind(resources, "KafkaUser");
        List<Map<String, Object>> external = users.stream()
                .filter(u -> "external-consumer".equals(at(u, "metadata", "labels", "app.kubernetes.io/component"))).toList();
        assertThat(external.stream().map(RenderedManifests::name)).as("one KafkaUser per external consumer, no other")
                .containsExactlyInAnyOrderElementsOf(catalogue.keySet());
        assertThat(users.stream().map(RenderedManifests::name).filter(n -> n.startsWith("ext-")))
                .containsExactlyInAnyOrderElementsOf(catalogue.keySet());
        Set<String> declaredTopics = new TreeSet<>();
        ofKind(resources, "KafkaTopic").forEach(t -> declaredTopics.add((String) at(t, "spec", "topicName")));
        Object listenerAuthentication = ((List<?>) at(single(ofKind(resources, "Kafka")), "spec", "kafka", "listeners")).stream()
                .filter(l -> "external".equals(at(l, "name"))).map(l -> at(l, "authentication", "type")).findFirst().orElseThrow();
        for (Map<String, Object> user : external) {
            String name = name(user);
            Set<String> topics = catalogue.get(name);
            assertThat(declaredTopics).as("KafkaTopics of %s", name).containsAll(topics);
            assertThat(at(user, "spec", "authentication", "type")).as("%s authenticates as the external listener asks", name)
                    .isEqualTo(listenerAuthentication);
            Set<String> readable = new TreeSet<>();
            List<Map<String, Object>> acls = acls(user);
            for (Map<String, Object> acl : acls) {
                assertThat(at(acl, "type")).as("%s: allow rules only", name).isIn(null, "allow");
                String type = (String) at(acl, "resource", "type");
                String resource = (String) at(acl, "resource", "name");
                Set<Object> operations = new TreeSet<>((List<?>) at(acl, "operations"));
                if ("topic".equals(type)) {
                    assertThat(at(acl, "resource", "patternType")).as("%s: %s by its full name", name, resource).isIn(null, "literal");
                    assertThat(operations).as("%s may only read %s", name, resource).isEqualTo(Set.of("Read", "Describe"));
                    readable.add(resource);
                } else {
                    assertThat(type).as("%s: topics and its own consumer groups only", name).isEqualTo("group");
                    assertThat(at(acl, "resource", "patternType")).isEqualTo("prefix");
                    assertThat(resource).as("%s: consumer groups of its own", name).isEqualTo(name + ".");
                    assertThat(operations).isEqualTo(Set.of("Read"));
                }
            }
            assertThat(readable).as("%s reads exactly its topics in the catalogue", name).isEqualTo(topics);
            assertThat(acls).as("%s: one rule per topic plus its consumer groups", name).hasSize(topics.size() + 1);
            assertThat(((Number) at(user, "spec", "quotas", "consumerByteRate")).longValue()).as("%s fetch quota", name).isPositive();
            assertThat(((Number) at(user, "spec", "quotas", "requestPercentage")).intValue()).as("%s request quota", name)
                    .isBetween(1, 100);
        }
        // no user's consumer groups are another's: no group prefix starts another user's group prefix
        List<String> prefixes = users.stream().flatMap(u -> acls(u).stream())
                .filter(a -> "group".equals(at(a, "resource", "type"))).map(a -> (String) at(a, "resource", "name")).toList();
        for (String a : prefixes) {
            assertThat(prefixes.stream().filter(b -> b.startsWith(a))).as("group prefixes starting with %s", a).containsExactly(a);
        }
    }

    /** External consumer (its KafkaUser, {@code ext-…}) to the topics it reads, from the README's catalogue table. */
    static Map<String, Set<String>> externalConsumersInTheReadmeCatalogue() {
        String readme;
        try {
            readme = Files.readString(RenderedManifests.root().resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = readme.indexOf("### Event catalogue");
        assertThat(start).as("README has an event catalogue").isNotNegative();
        int end = readme.indexOf("\n#", start + 1);
        Map<String, Set<String>> consumers = new TreeMap<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("| `") || cells.length < 4) {
                continue;
            }
            Set<String> topics = new TreeSet<>();
            Matcher topic = CATALOGUE_TOPIC.matcher(cells[1]);
            while (topic.find()) {
                topics.add(topic.group(1));
            }
            Matcher consumer = EXTERNAL_CONSUMER.matcher(cells[3]);
            while (consumer.find()) {
                consumers.computeIfAbsent(consumer.group(1), c -> new TreeSet<>()).addAll(topics);
            }
        }
        return consumers;
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyServiceDatabaseExistsInTheClusterAndIsTheOneItsDeploymentUses(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        Map<String, Object> cluster = ofKind(resources, "Cluster").get(0);
        Set<String> roles = new TreeSet<>();
        for (Object role : (List<?>) at(cluster, "spec", "managed", "roles")) {
            roles.add((String) at(role, "name"));
        }
        Map<String, String> databases = new TreeMap<>();
        ofKind(resources, "Database").forEach(d -> databases.put((String) at(d, "spec", "name"), (String) at(d, "spec", "owner")));
        for (String service : SERVICES) {
            String database = read(RenderedManifests.root().resolve(service + "/src/main/resources/application.yml"),
                    DATABASE_DEFAULT).iterator().next();
            assertThat(databases).as("database of %s", service).containsKey(database);
            assertThat(roles).as("owner role of %s", database).contains(databases.get(database));
            assertThat(at(ofKind(resources, "Database").stream().filter(d -> database.equals(at(d, "spec", "name")))
                    .findFirst().orElseThrow(), "spec", "cluster", "name")).isEqualTo(name(cluster));
            Map<String, String> env = env(resources, service);
            assertThat(env.get("PLATFORM_PG_DATABASE")).as("%s uses its database", service).isEqualTo(database);
            assertThat(env.get("PLATFORM_PG_HOST")).isEqualTo(name(cluster) + "-rw");
        }
    }

    /**
     * A consumer's inbox row must outlive every way its event can come back with the same {@code ce_id}: the topic's
     * retention, the dead letters' (operators re-publish them) and prod's PostgreSQL recovery window (a restored
     * producer publishes again what it had not marked sent).
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theInboxOutlivesEveryTopicsRetentionAndTheRecoveryWindow(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        String defaults = readString(RenderedManifests.root().resolve(
                "platform-common/src/main/java/cn/beijing/platform/common/retention/RetentionProperties.java"));
        Matcher inbox = Pattern.compile("@DefaultValue\\(\"(\\d+)d\"\\) Duration inboxEvents").matcher(defaults);
        assertThat(inbox.find()).as("platform.retention.inbox-events default in days").isTrue();
        long inboxDays = Long.parseLong(inbox.group(1));
        long longestTopicDays = ofKind(resources, "KafkaTopic").stream()
                .mapToLong(t -> Long.parseLong(String.valueOf(at(t, "spec", "config", "retention.ms"))) / 86_400_000L)
                .max().orElseThrow();
        assertThat(inboxDays).as("inbox retention vs the longest topic retention").isGreaterThan(longestTopicDays);
        Pattern window = Pattern.compile("retentionPolicy: (\\d+)d");
        Matcher recovery = window.matcher(readString(RenderedManifests.k8s().resolve("overlays/prod/object-store.yaml")));
        assertThat(recovery.find()).isTrue();
        assertThat(inboxDays).as("inbox retention vs the PostgreSQL recovery window")
                .isGreaterThan(Long.parseLong(recovery.group(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyGatewayRouteTargetIsAService(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        Set<String> variables = read(RenderedManifests.root().resolve("gateway/src/main/resources/application.yml"), ROUTE_URI);
        assertThat(variables).hasSize(4);
        Map<String, String> env = env(resources, "gateway");
        for (String variable : variables) {
            String uri = env.get(variable);
            assertThat(uri).as("gateway sets %s", variable).isNotNull();
            Matcher target = Pattern.compile("http://([a-z0-9-]+):(\\d+)").matcher(uri);
            assertThat(target.matches()).as(uri).isTrue();
            Map<String, Object> service = ofKind(resources, "Service").stream().filter(s -> target.group(1).equals(name(s)))
                    .findFirst().orElseThrow(() -> new AssertionError("route target " + uri + " is not a Service"));
            assertThat(String.valueOf(at(service, "spec", "ports"))).contains("port=" + target.group(2));
        }
    }

    static ServiceCode scan(String service) {
        Set<String> produces = new TreeSet<>();
        Set<String> consumes = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Map<String, String> constants = new HashMap<>();
        List<String> sources = sources(RenderedManifests.root().resolve(service + "/src/main/java"));
        for (String source : sources) {
            Matcher constant = STRING_CONSTANT.matcher(source);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
        }
        for (String source : sources) {
            Matcher event = EVENT_TYPE.matcher(source);
            while (event.find()) {
                produces.add(event.group(1));
            }
            Matcher listener = LISTENER.matcher(source);
            while (listener.find()) {
                String attributes = listener.group(1);
                Matcher topics = TOPICS.matcher(attributes);
                if (topics.find()) {
                    for (String token : topics.group(1).replace("{", "").replace("}", "").split(",")) {
                        consumes.add(resolve(token, constants, service));
                    }
                }
                Matcher group = GROUP.matcher(attributes);
                if (group.find()) {
                    StringBuilder name = new StringBuilder();
                    for (String part : group.group(1).split("\\+")) {
                        name.append(resolve(part, constants, service));
                    }
                    groups.add(name.toString().replace("${platform.kafka.group-prefix:}", ""));
                }
            }
        }
        return new ServiceCode(produces, consumes, groups);
    }

    /** A string literal, or a constant declared in the service's sources. */
    private static String resolve(String expression, Map<String, String> constants, String service) {
        String t = expression.trim();
        if (t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        String value = constants.get(t.substring(t.lastIndexOf('.') + 1));
        if (value == null) {
            throw new AssertionError("cannot resolve " + t + " in " + service);
        }
        return value;
    }

    private static List<String> sources(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> read(Path file, Pattern pattern) {
        try {
            Set<String> found = new TreeSet<>();
            Matcher matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> single(List<Map<String, Object>> resources) {
        assertThat(resources).hasSize(1);
        return resources.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> acls(Map<String, Object> user) {
        return (List<Map<String, Object>>) at(user, "spec", "authorization", "acls");
    }

    private static boolean allows(List<Map<String, Object>> acls, String type, String resourceName, String operation) {
        return acls.stream().anyMatch(acl -> type.equals(at(acl, "resource", "type"))
                && ("prefix".equals(at(acl, "resource", "patternType"))
                        ? resourceName.startsWith((String) at(acl, "resource", "name"))
                        : resourceName.equals(at(acl, "resource", "name")))
                && ((List<?>) at(acl, "operations")).contains(operation));
    }

    private static Map<String, String> env(List<Map<String, Object>> resources, String deployment) {
        Map<String, Object> found = ofKind(resources, "Deployment").stream().filter(d -> deployment.equals(name(d)))
                .findFirst().orElseThrow();
        Map<String, String> env = new HashMap<>();
        for (Object variable : (List<?>) at(found, "spec", "template", "spec", "containers", "0", "env")) {
            Object value = at(variable, "value");
            if (value != null) {
                env.put((String) at(variable, "name"), value.toString());
            }
        }
        return env;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
