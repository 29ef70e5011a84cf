package cn.beijing.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas of the integration events ({@code events/<topic>.schema.json} and the shared
 * {@code events/common/*.schema.json}, shipped by the event-contracts jar) and validation of an event against
 * them, format assertions included. A schema's {@code $id} is {@value #ID_PREFIX} followed by its path under
 * {@code events/}; references between schemas are relative, and resolved from the class path, never fetched.
 */
public final class EventSchemas {

    /** Where the event schemas' identifiers start; the rest is the path under {@code events/}. */
    public static final String ID_PREFIX = "https://schemas.example.gov.cn/municipal-platform/events/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:events/")));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventSchemas() {
    }

    /** The schema of {@code topic} as text, read from the class path. */
    public static String text(String topic) {
        String resource = "events/" + topic + ".schema.json";
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled schema of {@code topic}, its references resolved from the class path. */
    public static Schema schema(String topic) {
        text(topic); // fails with the resource name when there is no such schema
        return REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + topic + ".schema.json"));
    }

    /** Validation messages of {@code payload} against the schema of {@code topic}; empty when valid. */
    public static List<String> violations(String topic, byte[] payload) {
        return violations(topic, JSON.readTree(new String(payload, StandardCharsets.UTF_8)));
    }

    /** Validation messages of {@code event} against the schema of {@code topic}; empty when valid. */
    public static List<String> violations(String topic, JsonNode event) {
        List<Error> errors = schema(topic).validate(event,
                (ExecutionContext context) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::getMessage).toList();
    }
}
