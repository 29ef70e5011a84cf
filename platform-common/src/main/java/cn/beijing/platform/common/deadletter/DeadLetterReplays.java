package cn.beijing.platform.common.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Re-publishes chosen records of {@code <topic>.dlt} to {@code <topic>} with their original key, value and
 * CloudEvents headers (the event id is kept, so a consumer that did apply the event drops the copy), without the
 * dead-letter headers and with {@code platform-replay-id}. Each record is written to {@code dead_letter_replay}
 * (who, when, why, which record) before it is sent, and marked {@code REPUBLISHED} with its new position after.
 */
@RequiredArgsConstructor
public class DeadLetterReplays {

    public static final String REPLAY_HEADER = "platform-replay-id";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplays.class);
    private static final int MAX_SCANNED = 200_000;

    /** A record of a dead-letter topic. */
    public record Position(int partition, long offset) {
    }

    /** What was replayed: the dead letter, its event id, and where its copy went. */
    public record ReplayedRecord(int partition, long offset, String eventId, Integer republishedPartition,
            Long republishedOffset) {
    }

    public record Replay(UUID replayId, String topic, String replayedBy, OffsetDateTime replayedAt, String reason,
            List<ReplayedRecord> records, List<Position> offsetsNotFound, List<String> eventIdsNotFound) {
    }

    private final DatabaseClient db;
    private final KafkaTemplate<String, byte[]> template;
    private final Supplier<Map<String, Object>> consumerProperties;

    public Mono<Replay> replay(String topic, List<Position> positions, List<String> eventIds, String reason,
            String operator) {
        UUID replayId = UUID.randomUUID();
        return Mono.fromCallable(() -> find(topic, positions, eventIds))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(found -> Flux.fromIterable(found)
                        .concatMap(r -> record(replayId, operator, reason, topic, r))
                        .then(Mono.fromCallable(() -> republish(replayId, topic, found))
                                .subscribeOn(Schedulers.boundedElastic()))
                        .flatMap(replayed -> Flux.fromIterable(replayed)
                                .concatMap(r -> markRepublished(replayId, r))
                                .then(Mono.fromCallable(() -> {
                                    log.warn("dead letters replayed by {} to {}: {} record(s), replay {}", operator,
                                            topic, replayed.size(), replayId);
                                    Set<Position> seen = new HashSet<>();
                                    Set<String> seenIds = new HashSet<>();
                                    found.forEach(f -> {
                                        seen.add(new Position(f.partition(), f.offset()));
                                        seenIds.add(eventId(f));
                                    });
                                    return new Replay(replayId, topic, operator, OffsetDateTime.now(), reason, replayed,
                                            positions.stream().filter(p -> !seen.contains(p)).toList(),
                                            eventIds.stream().filter(id -> !seenIds.contains(id)).toList());
                                }))));
    }

    /** The replays of the last records, newest first. */
    public Flux<Map<String, Object>> recent(int limit) {
        return db.sql("""
                select replay_id, replayed_by, replayed_at, reason, topic, dlt_partition, dlt_offset, event_id, status,
                       republished_partition, republished_offset
                from dead_letter_replay order by replayed_at desc, dlt_partition, dlt_offset limit :limit
                """).bind("limit", limit).fetch().all();
    }

    private List<ConsumerRecord<String, byte[]>> find(String topic, List<Position> positions, List<String> eventIds) {
        Map<String, Object> properties = new HashMap<>(consumerProperties.get());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Set<Position> wanted = new HashSet<>(positions);
        Set<String> wantedIds = new HashSet<>(eventIds);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic + ".dlt", Duration.ofSeconds(10));
            List<TopicPartition> partitions = infos == null ? List.of()
                    : infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            int scanned = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!reachedEnd(consumer, end) && scanned < MAX_SCANNED && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    scanned++;
                    if (wanted.contains(new Position(record.partition(), record.offset()))
                            || wantedIds.contains(eventId(record))) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey(), Duration.ofSeconds(10)) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private List<ReplayedRecord> republish(UUID replayId, String topic, List<ConsumerRecord<String, byte[]>> found)
            throws Exception {
        List<ReplayedRecord> replayed = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : found) {
            RecordHeaders headers = new RecordHeaders();
            for (Header header : record.headers()) {
                if (!header.key().startsWith("kafka_dlt-") && !header.key().equals(REPLAY_HEADER)) {
                    headers.add(header);
                }
            }
            headers.add(REPLAY_HEADER, replayId.toString().getBytes(StandardCharsets.UTF_8));
            RecordMetadata sent = template.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS).getRecordMetadata();
            replayed.add(new ReplayedRecord(record.partition(), record.offset(), eventId(record), sent.partition(),
                    sent.offset()));
        }
        return replayed;
    }

    private Mono<Long> record(UUID replayId, String operator, String reason, String topic,
            ConsumerRecord<String, byte[]> r) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                insert into dead_letter_replay (replay_id, replayed_by, reason, topic, dlt_partition, dlt_offset,
                                                event_id, status)
                values (:replayId, :by, :reason, :topic, :partition, :offset, :eventId, 'REQUESTED')
                """)
                .bind("replayId", replayId).bind("by", operator).bind("reason", reason).bind("topic", topic)
                .bind("partition", r.partition()).bind("offset", r.offset());
        String eventId = eventId(r);
        insert = eventId == null ? insert.bindNull("eventId", String.class) : insert.bind("eventId", eventId);
        return insert.fetch().rowsUpdated();
    }

    private Mono<Long> markRepublished(UUID replayId, ReplayedRecord r) {
        return db.sql("""
                update dead_letter_replay set status = 'REPUBLISHED', republished_partition = :toPartition,
                       republished_offset = :toOffset
                where replay_id = :replayId and dlt_partition = :partition and dlt_offset = :offset
                """)
                .bind("toPartition", r.republishedPartition()).bind("toOffset", r.republishedOffset())
                .bind("replayId", replayId).bind("partition", r.partition()).bind("offset", r.offset())
                .fetch().rowsUpdated();
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        Header id = record.headers().lastHeader(CloudEventHeaders.ID);
        return id == null ? null : new String(id.value(), StandardCharsets.UTF_8);
    }
}
