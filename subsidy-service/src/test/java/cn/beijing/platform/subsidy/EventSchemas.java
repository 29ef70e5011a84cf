package cn.beijing.platform.subsidy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schemas of platform-common {@code events/}, read from the source tree, and validation against them. */
public final class EventSchemas {

    private EventSchemas() {
    }

    public static Path file(String topic) {
        return Path.of("..", "platform-common", "src", "main", "resources", "events", topic + ".schema.json");
    }

    /** Validation messages of {@code payload} against the schema of {@code topic}; empty when valid. */
    public static List<String> violations(String topic, byte[] payload) {
        try {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(file(topic)), InputFormat.JSON);
            JsonNode instance = JsonMapper.builder().build().readTree(new String(payload, StandardCharsets.UTF_8));
            List<Error> errors = schema.validate(instance,
                    (ExecutionContext context) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
            return errors.stream().map(Error::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
