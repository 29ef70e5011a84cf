package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Code, event schemas and the AsyncAPI document stay in step: every event type a service publishes has a
 * JSON Schema and a channel (and its dead-letter channel) in {@code asyncapi.yaml}, and nothing is listed
 * that no code publishes.
 */
class EventCatalogueTest {

    private static final Pattern EVENT_TYPE = Pattern.compile("new EventType\\(\\s*\"([^\"]+)\"");
    private static final Path ROOT = Path.of(System.getProperty("platform.e2e.root", "..")).toAbsolutePath().normalize();
    private static final Path EVENTS = ROOT.resolve("platform-common/src/main/resources/events");

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
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (String topic : publishedTopics()) {
            String text = Files.readString(EVENTS.resolve(topic + ".schema.json"));
            Schema schema = registry.getSchema(text);
            var node = json.readTree(text);
            assertThat(node.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(node.path("additionalProperties").asBoolean(true)).as("%s is closed", topic).isFalse();
            assertThat(node.path("required").isArray()).as("%s names its required fields", topic).isTrue();
            // an empty object is never a valid event
            assertThat(schema.validate(json.readTree("{}"))).as("%s accepts an empty event", topic).isNotEmpty();
        }
    }

    static Set<String> publishedTopics() {
        Set<String> topics = new TreeSet<>();
        for (String module : List.of("energy-service", "guardianship-service", "medical-insurance-service", "subsidy-service")) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = EVENT_TYPE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        topics.add(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return topics;
    }

    @SuppressWarnings("unchecked")
    static Set<String> asyncApiAddresses() {
        try {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(EVENTS.resolve("asyncapi.yaml")));
            assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
            Set<String> addresses = new TreeSet<>();
            ((Map<String, Object>) document.get("channels")).values()
                    .forEach(channel -> addresses.add((String) ((Map<String, Object>) channel).get("address")));
            return addresses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
