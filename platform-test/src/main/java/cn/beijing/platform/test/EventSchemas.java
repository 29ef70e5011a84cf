package cn.beijing.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas of the integration events ({@code events/<topic>.schema.json}, shipped by platform-common)
 * and validation of a consumed record's value against them, format assertions included.
 */
public final class EventSchemas {

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

    /** Validation messages of {@code payload} against the schema of {@code topic}; empty when valid. */
    public static List<String> violations(String topic, byte[] payload) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text(topic), InputFormat.JSON);
        JsonNode instance = JsonMapper.builder().build().readTree(new String(payload, StandardCharsets.UTF_8));
        List<Error> errors = schema.validate(instance,
                (ExecutionContext context) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::getMessage).toList();
    }
}
