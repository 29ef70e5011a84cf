package cn.beijing.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.beijing.platform.test.EventSchemas;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI document and the schemas are what a consuming agency generates code from: every message example
 * (a real event of the tests) is valid against its payload schema and its headers against the message traits;
 * every type a generator makes a class of has a title, one name per type; one shared Basis; every figure is a
 * decimal; every channel has its Kafka binding and dead-letter channel.
 */
class AsyncApiDocumentTest {

    private static final Path EVENTS = Path.of("src/main/resources/events");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode DOCUMENT = asyncApi();

    @Test
    void isAnAsyncApi31DocumentOfEveryTopicAndItsDeadLetters() {
        assertThat(DOCUMENT.path("asyncapi").asString()).isEqualTo("3.1.0");
        Set<String> addresses = new TreeSet<>();
        DOCUMENT.path("channels").forEach(channel -> {
            addresses.add(channel.path("address").asString());
            JsonNode kafka = channel.path("bindings").path("kafka");
            assertThat(kafka.path("topic").asString()).isEqualTo(channel.path("address").asString());
            assertThat(kafka.path("partitions").asInt()).isPositive();
            assertThat(kafka.path("bindingVersion").asString()).isEqualTo("0.5.0");
        });
        for (String topic : topics()) {
            assertThat(addresses).contains(topic, topic + ".dlt");
        }
        assertThat(addresses).hasSize(2 * topics().size());
    }

    @Test
    void everyMessageHasItsKeyTraitsAndARealExampleThatIsValid() {
        JsonNode messages = DOCUMENT.path("components").path("messages");
        assertThat(messages.size()).isEqualTo(topics().size());
        for (Map.Entry<String, JsonNode> entry : messages.properties()) {
            JsonNode message = entry.getValue();
            String topic = message.path("name").asString();
            assertThat(message.path("payload").path("$ref").asString()).isEqualTo("./" + topic + ".schema.json");
            assertThat(message.path("bindings").path("kafka").path("key").path("type").asString()).isEqualTo("string");
            assertThat(message.path("bindings").path("kafka").path("bindingVersion").asString()).isEqualTo("0.5.0");
            assertThat(message.path("examples").size()).as("examples of %s", topic).isPositive();
            Schema headers = headersSchema(message);
            for (JsonNode example : message.path("examples")) {
                assertThat(EventSchemas.violations(topic, example.path("payload"))).as("example payload of %s", topic)
                        .isEmpty();
                assertThat(violations(headers, example.path("headers"))).as("example headers of %s", topic).isEmpty();
                assertThat(example.path("headers").path("ce_type").asString()).isEqualTo(topic);
            }
        }
    }

    @Test
    void anExampleMissingARequiredFieldOrHeaderWouldBeCaught() {
        JsonNode message = DOCUMENT.path("components").path("messages").path("DrgCaseSettled");
        JsonNode example = message.path("examples").get(0);
        ObjectNode payload = (ObjectNode) example.path("payload").deepCopy();
        payload.remove("payment");
        assertThat(EventSchemas.violations("medical.drg-case-settled.v1", payload)).isNotEmpty();
        ObjectNode headers = (ObjectNode) example.path("headers").deepCopy();
        headers.remove("ce_id");
        assertThat(violations(headersSchema(message), headers)).isNotEmpty();
        headers = (ObjectNode) example.path("headers").deepCopy();
        headers.put("traceparent", "not a trace context");
        assertThat(violations(headersSchema(message), headers)).isNotEmpty();
    }

    @Test
    void theConsumedTopicsHaveReceiveOperationsWithTheirConsumerGroupsAndDeadLetters() {
        Map<String, String> received = new HashMap<>();
        List<String> deadLettered = new ArrayList<>();
        for (JsonNode operation : DOCUMENT.path("operations")) {
            String channel = operation.path("channel").path("$ref").asString();
            String address = DOCUMENT.at("/channels/" + channel.substring("#/channels/".length())).path("address").asString();
            if (operation.path("action").asString().equals("receive")) {
                received.put(address, operation.path("bindings").path("kafka").path("groupId").path("enum").get(0).asString());
            } else if (address.endsWith(".dlt")) {
                deadLettered.add(address);
            }
        }
        assertThat(received).containsOnly(
                Map.entry("guardianship.assistance-referral.v1", "subsidy-assistance-referrals"),
                Map.entry("guardianship.conclusion-invalidated.v1", "subsidy-conclusion-invalidations"),
                Map.entry("energy.building-rated.v1", "energy-renewal-ledger"));
        assertThat(deadLettered).containsExactlyInAnyOrderElementsOf(
                received.keySet().stream().map(topic -> topic + ".dlt").toList());
    }

    @Test
    void serversForOtherAgenciesRequireScramOverTls() {
        for (JsonNode server : DOCUMENT.path("servers")) {
            if (server.path("protocol").asString().equals("kafka-secure")) {
                String scheme = server.path("security").get(0).path("$ref").asString();
                assertThat(DOCUMENT.at(scheme.substring(1)).path("type").asString()).isEqualTo("scramSha512");
            }
        }
        assertThat(DOCUMENT.path("servers").path("production").path("protocol").asString()).isEqualTo("kafka-secure");
    }

    @Test
    void everyGeneratedTypeHasATitleOfItsOwnAndTheBasisIsSharedNotCopied() {
        Map<String, String> titles = new HashMap<>();
        for (Path file : schemaFiles()) {
            JsonNode schema = read(file);
            assertThat(schema.has("$defs")).as("%s keeps no local copies", file).isFalse();
            assertThat(schema.path("$id").asString())
                    .isEqualTo(EventSchemas.ID_PREFIX + EVENTS.relativize(file).toString().replace('\\', '/'));
            walk(schema, "", (path, node) -> {
                if (node.path("type").asString().equals("object") || node.has("enum")) {
                    String title = node.path("title").asString("");
                    assertThat(title).as("title of %s%s", file.getFileName(), path).matches("[A-Z][A-Za-z0-9]+");
                    String previous = titles.putIfAbsent(title, file.getFileName() + path);
                    assertThat(previous).as("title %s used twice", title).isNull();
                }
                if (node.path("type").asString().equals("number")) {
                    assertThat(node.path("format").asString()).as("%s%s is a decimal", file.getFileName(), path)
                            .isEqualTo("decimal");
                }
                if (path.endsWith("/properties/basis")) {
                    assertThat(node.path("items").path("$ref").asString()).isEqualTo("common/basis.schema.json");
                }
            });
        }
        assertThat(titles).containsKey("Basis");
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (!node.isObject()) {
            return;
        }
        visitor.visit(path, node);
        node.path("properties").properties().forEach(e -> walk(e.getValue(), path + "/properties/" + e.getKey(), visitor));
        walk(node.path("items"), path + "/items", visitor);
    }

    /** The message's headers: the traits' header schemas merged in order (JSON Merge Patch, as AsyncAPI does). */
    private static Schema headersSchema(JsonNode message) {
        ObjectNode merged = JSON.createObjectNode();
        for (JsonNode trait : message.path("traits")) {
            JsonNode resolved = DOCUMENT.at(trait.path("$ref").asString().substring(1));
            mergePatch(merged, resolved.path("headers"));
        }
        assertThat(merged.path("required").size()).isPositive();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(merged);
    }

    private static void mergePatch(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            JsonNode existing = target.get(entry.getKey());
            if (entry.getValue().isObject() && existing != null && existing.isObject()) {
                mergePatch((ObjectNode) existing, entry.getValue());
            } else {
                target.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
    }

    private static List<String> violations(Schema schema, JsonNode instance) {
        return schema.validate(instance,
                        (ExecutionContext context) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Error::getMessage).toList();
    }

    static Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (Path file : schemaFiles()) {
            String name = file.getFileName().toString();
            if (file.getParent().equals(EVENTS)) {
                topics.add(name.substring(0, name.length() - ".schema.json".length()));
            }
        }
        return topics;
    }

    private static List<Path> schemaFiles() {
        try (Stream<Path> files = Files.walk(EVENTS)) {
            return files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode asyncApi() {
        try {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(EVENTS.resolve("asyncapi.yaml")));
            return JSON.valueToTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
