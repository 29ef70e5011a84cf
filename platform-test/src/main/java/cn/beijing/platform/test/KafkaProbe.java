package cn.beijing.platform.test;

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

/**
 * Reads a topic from the beginning, for assertions on what really reached the broker. A rebalance of the probe's
 * own group (a topic created while it polls) makes it read some records again from the start: each record is kept
 * once, by topic, partition and offset.
 */
public final class KafkaProbe implements AutoCloseable {

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
        consumer.poll(Duration.ofMillis(200))
                .forEach(r -> seen.putIfAbsent(r.topic() + "/" + r.partition() + "/" + r.offset(), r));
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
