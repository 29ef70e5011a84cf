package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.beijing.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Code, event schemas, the AsyncAPI document and the Kubernetes topics stay in step: every event type a service
 * publishes has a JSON Schema and a channel (and its dead-letter channel) in {@code asyncapi.yaml}, nothing is
 * listed that no code publishes, every topic a service consumes has a {@code receive} operation with the
 * listener's consumer group, and every channel has the partitions and replicas of its {@code KafkaTopic}.
 */
class EventCatalogueTest {

    private static final Pattern EVENT_TYPE = Pattern.compile("new EventType\\(\\s*\"([^\"]+)\"");
    private static final Pattern LISTENER = Pattern.compile(
            "@KafkaListener\\(\\s*topics\\s*=\\s*([\\w.\"-]+)\\s*,\\s*groupId\\s*=\\s*\"[^\"]*\"\\s*\\+\\s*(\\w+)\\s*\\)");
    private static final Pattern STRING_CONSTANT = Pattern.compile("(\\w+)\\s*=\\s*\"([a-z0-9.-]+)\"\\s*;");
    private static final List<String> SERVICES = List.of("energy-service", "guardianship-service",
            "medical-insurance-service", "subsidy-service");
    private static final Path ROOT = Path.of(System.getProperty("platform.e2e.root", "..")).toAbsolutePath().normalize();
    private static final Path EVENTS = ROOT.resolve("event-contracts/src/main/resources/events");

    @Test
    void everyPublishedEventHasASchemaAndAnAsyncApiChannelAndNothingMore() {
        Set<String> published = publishedTopics();
        assertThat(published).as("event types found in the services' code").isNotEmpty();
        Set<String> addresses = asyncApiAddresses();
        for (String topic : published) {
            assertThat(EVENTS.resolve(topic + ".schema.json")).as("schema of %s", topic).exists();
            assertThat(addresses).as("AsyncAPI channels").contains(topic, topic + ".dlt");
        }
        for (String address : addresses) {
            String topic = address.endsWith(".dlt") ? address.substring(0, address.length() - 4) : address;
            assertThat(published).as("AsyncAPI lists %s: some service must publish it", address).contains(topic);
        }
        try (Stream<Path> schemas = Files.list(EVENTS)) {
            schemas.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .forEach(n -> assertThat(published).as("schema %s without a publisher", n)
                            .contains(n.substring(0, n.length() - ".schema.json".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySchemaIsAValidClosedDraft2020Schema() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (String topic : publishedTopics()) {
            var node = json.readTree(Files.readString(EVENTS.resolve(topic + ".schema.json")));
            assertThat(node.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(node.path("additionalProperties").asBoolean(true)).as("%s is closed", topic).isFalse();
            assertThat(node.path("required").isArray()).as("%s names its required fields", topic).isTrue();
            // an empty object is never a valid event (the schema compiles, its references resolve)
            assertThat(EventSchemas.violations(topic, json.readTree("{}"))).as("%s accepts an empty event", topic)
                    .isNotEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyConsumedTopicHasAReceiveOperationWithTheListenersConsumerGroup() {
        Map<String, String> consumed = consumedTopicsAndGroups();
        assertThat(consumed).as("listeners found in the services' code").isNotEmpty();
        Map<String, Object> document = asyncApi();
        Map<String, Object> channels = (Map<String, Object>) document.get("channels");
        Map<String, String> received = new TreeMap<>();
        ((Map<String, Object>) document.get("operations")).values().forEach(value -> {
            Map<String, Object> operation = (Map<String, Object>) value;
            if ("receive".equals(operation.get("action"))) {
                String ref = (String) ((Map<String, Object>) operation.get("channel")).get("$ref");
                Map<String, Object> channel = (Map<String, Object>) channels.get(ref.substring("#/channels/".length()));
                Map<String, Object> kafka = (Map<String, Object>) ((Map<String, Object>) operation.get("bindings")).get("kafka");
                List<String> groups = (List<String>) ((Map<String, Object>) kafka.get("groupId")).get("enum");
                received.put((String) channel.get("address"), groups.get(0));
            }
        });
        assertThat(received).isEqualTo(consumed);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChannelHasThePartitionsAndReplicasOfItsKafkaTopic() throws IOException {
        Map<String, List<Integer>> declared = new TreeMap<>();
        for (Object resource : new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(Files.readString(ROOT.resolve("deploy/k8s/base/kafka/topics.yaml")))) {
            Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) resource).get("spec");
            declared.put((String) spec.get("topicName"), List.of((Integer) spec.get("partitions"), (Integer) spec.get("replicas")));
        }
        Map<String, List<Integer>> documented = new TreeMap<>();
        ((Map<String, Object>) asyncApi().get("channels")).values().forEach(value -> {
            Map<String, Object> kafka = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) value)
                    .get("bindings")).get("kafka");
            documented.put((String) kafka.get("topic"), List.of((Integer) kafka.get("partitions"), (Integer) kafka.get("replicas")));
        });
        assertThat(documented).isEqualTo(declared);
    }

    /** Topic → consumer group of every {@code @KafkaListener} of the services (group names are constants). */
    static Map<String, String> consumedTopicsAndGroups() {
        Map<String, String> constants = new TreeMap<>();
        List<String> sources = serviceSources();
        for (String source : sources) {
            Matcher constant = STRING_CONSTANT.matcher(source);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
        }
        Map<String, String> consumed = new TreeMap<>();
        for (String source : sources) {
            Matcher listener = LISTENER.matcher(source);
            while (listener.find()) {
                String topic = listener.group(1);
                topic = topic.startsWith("\"") ? topic.substring(1, topic.length() - 1)
                        : constants.get(topic.substring(topic.lastIndexOf('.') + 1));
                consumed.put(topic, constants.get(listener.group(2)));
            }
        }
        return consumed;
    }

    static Set<String> publishedTopics() {
        Set<String> topics = new TreeSet<>();
        for (String source : serviceSources()) {
            Matcher matcher = EVENT_TYPE.matcher(source);
            while (matcher.find()) {
                topics.add(matcher.group(1));
            }
        }
        return topics;
    }

    /** The text of every main Java source of the services. */
    static List<String> serviceSources() {
        List<String> sources = new ArrayList<>();
        for (String module : SERVICES) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    @SuppressWarnings("unchecked")
    static Set<String> asyncApiAddresses() {
        Map<String, Object> document = asyncApi();
        assertThat(document.get("asyncapi")).isEqualTo("3.1.0");
        Set<String> addresses = new TreeSet<>();
        ((Map<String, Object>) document.get("channels")).values()
                .forEach(channel -> addresses.add((String) ((Map<String, Object>) channel).get("address")));
        return addresses;
    }

    static Map<String, Object> asyncApi() {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(EVENTS.resolve("asyncapi.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
