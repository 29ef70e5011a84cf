package cn.beijing.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a topic from the beginning, for assertions on what really reached the broker. A rebalance of the probe's
 * own group (a topic created while it polls) makes it read some records again from the start: each record is kept
 * once, by topic, partition and offset.
 *
 * <p>With the system property {@value #CAPTURE} set to a directory (e.g. {@code ./mvnw verify
 * -Dplatform.test.capture-events=/tmp/events}), every record read from a topic of the event catalogue is also
 * written there as {@code <topic>/<partition>-<offset>.json} ({@code key}, {@code headers}, {@code payload}):
 * real events of the tests, where the AsyncAPI document's message examples come from.
 */
public final class KafkaProbe implements AutoCloseable {

    /** System property naming the directory that receives the records read. */
    public static final String CAPTURE = "platform.test.capture-events";

    /** Numbers as written: 20425.00 stays 20425.00, not the binary double 20425.0. */
    private static final JsonMapper CAPTURED = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, ConsumerRecord<String, byte[]>> seen = new LinkedHashMap<>();

    public KafkaProbe(String bootstrapServers, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500",
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /** Polls until at least {@code count} records match, or the timeout passes; returns the matching ones. */
    public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> match, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, byte[]>> matching = seen.values().stream().filter(match).toList();
            if (matching.size() >= count || System.nanoTime() > deadline) {
                return matching;
            }
            poll();
        }
    }

    /** Everything read so far plus what arrives within {@code quiet}. */
    public List<ConsumerRecord<String, byte[]>> drain(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
        return List.copyOf(seen.values());
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            if (seen.putIfAbsent(record.topic() + "/" + record.partition() + "/" + record.offset(), record) == null) {
                capture(record);
            }
        }
    }

    private static void capture(ConsumerRecord<String, byte[]> record) {
        String directory = System.getProperty(CAPTURE);
        if (directory == null || record.topic().endsWith(".dlt")
                || KafkaProbe.class.getClassLoader().getResource("events/" + record.topic() + ".schema.json") == null) {
            return;
        }
        ObjectNode captured = CAPTURED.createObjectNode();
        captured.put("key", record.key());
        ObjectNode headers = captured.putObject("headers");
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        try {
            captured.set("payload", CAPTURED.readTree(record.value()));
        } catch (JacksonException e) {
            captured.put("unreadablePayload", new String(record.value(), StandardCharsets.UTF_8));
        }
        Path file = Path.of(directory, record.topic(), record.partition() + "-" + record.offset() + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, CAPTURED.writerWithDefaultPrettyPrinter().writeValueAsString(captured));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
