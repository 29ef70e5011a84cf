package cn.beijing.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.common.testapp.NoteEffects;
import cn.beijing.platform.common.testapp.Notes;
import cn.beijing.platform.test.Infrastructure;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.SharedInfrastructure;
import cn.beijing.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The outbox, the relay, idempotent consumers and dead letters against the real PostgreSQL and Kafka.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class PlatformMachineryIT extends NotesApiFixture {

    private static final String TOPIC = "test.note-registered.v1";

    @Autowired
    NoteEffects effects;
    @Autowired
    OutboxWriter outbox;
    @Autowired
    TransactionalOperator tx;

    @Test
    void stateAndOutboxRowCommitTogether() {
        String id = registerNote("committed note", null);
        assertThat(count("select count(*) as n from note where id = '" + id + "'")).isEqualTo(1);
        assertThat(count("select count(*) as n from outbox_event where aggregate_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void aBatchOfEventsIsAppendedInOrderWithTheRowsAppendWrites() {
        String batch = "batch-" + UUID.randomUUID();
        List<OutboxWriter.Event> events = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> new OutboxWriter.Event(batch + "-" + i, Map.of("title", batch, "n", i))).toList();
        tx.transactional(outbox.appendAll(Notes.NOTE_REGISTERED, events)).block(Duration.ofSeconds(30));
        List<String> aggregates = db.sql("select aggregate_id from outbox_event where payload->>'title' = :t"
                        + " order by seq")
                .bind("t", batch).map(row -> row.get("aggregate_id", String.class)).all().collectList()
                .block(Duration.ofSeconds(30));
        assertThat(aggregates).containsExactly(batch + "-0", batch + "-1", batch + "-2", batch + "-3", batch + "-4");
        assertThat(count("select count(*) as n from outbox_event where payload->>'title' = '" + batch
                + "' and topic = '" + TOPIC + "' and aggregate_type = 'note'")).isEqualTo(5);
    }

    @Test
    void aFailureAfterBothWritesLeavesNeitherStateNorEvent() {
        String title = "rolled back " + UUID.randomUUID();
        web.post().uri("/notes/failing").header("Authorization", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "kind", "PLAIN", "amount", 1, "onDate", "2025-03-01"))
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> {
                    assertThat(body).doesNotContain("simulated").doesNotContain("at cn.").doesNotContain(title);
                    assertThat(body).contains("internal-error");
                });
        assertThat(count("select count(*) as n from note where title = '" + title + "'")).isZero();
        assertThat(count("select count(*) as n from outbox_event where payload->>'title' = '" + title + "'")).isZero();
    }

    @Test
    void eventReachesTheBrokerAsACloudEventWithTheRequestId() {
        String requestId = "req-" + UUID.randomUUID();
        String id = registerNote("published note", requestId);
        try (KafkaProbe probe = new KafkaProbe(infrastructure().kafkaBootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            ConsumerRecord<String, byte[]> record = records.get(0);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(TOPIC);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/municipal-platform/common-test");
            assertThat(KafkaProbe.header(record, CloudEventHeaders.TIME)).isNotBlank();
            assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(KafkaProbe.header(record, "x-request-id")).isEqualTo(requestId);
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"noteId\":\"" + id + "\"");
        }
        assertThat(count("select count(*) as n from outbox_event where aggregate_id = '" + id + "' and sent_at is not null"))
                .isEqualTo(1);
    }

    @Test
    void aRecordDeliveredTwiceHasOneEffect() throws Exception {
        String noteId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(record(noteId, eventId, "duplicate")).get();
            producer.send(record(noteId, eventId, "duplicate")).get();
            // same key, same partition: once the marker is processed, both copies have been consumed
            producer.send(record(noteId, marker, "marker")).get();
        }
        awaitCount("select count(*) as n from note_effect where event_id = '" + marker + "'", 1);
        assertThat(count("select count(*) as n from note_effect where event_id = '" + eventId + "'")).isEqualTo(1);
        assertThat(count("select count(*) as n from inbox_event where event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void aPoisonRecordEndsInTheDeadLetterTopicAfterBoundedRetries() throws Exception {
        String noteId = UUID.randomUUID().toString();
        int before = effects.poisonAttempts.get();
        try (KafkaProducer<String, byte[]> producer = producer();
             KafkaProbe dlt = new KafkaProbe(infrastructure().kafkaBootstrapServers(), TOPIC + ".dlt")) {
            producer.send(record(noteId, UUID.randomUUID().toString(), "poison")).get();
            List<ConsumerRecord<String, byte[]>> dead = dlt.await(r -> noteId.equals(r.key()), 1, Duration.ofSeconds(60));
            assertThat(dead).hasSize(1);
            assertThat(KafkaProbe.header(dead.get(0), CloudEventHeaders.TYPE)).isEqualTo(TOPIC);
            assertThat(KafkaProbe.header(dead.get(0), "kafka_dlt-exception-fqcn")).isNotBlank();
        }
        // platform.consumer.attempts = 3 in the test configuration
        assertThat(effects.poisonAttempts.get() - before).isEqualTo(3);
    }

    @Test
    void aRecordWithoutEnvelopeGoesToTheDeadLetterTopicWithoutRetries() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer();
             KafkaProbe dlt = new KafkaProbe(infrastructure().kafkaBootstrapServers(), TOPIC + ".dlt")) {
            producer.send(new ProducerRecord<>(TOPIC, key, "{}".getBytes(StandardCharsets.UTF_8))).get();
            assertThat(dlt.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(60))).hasSize(1);
        }
    }

    @Test
    void anOperatorReplaysADeadLetterToItsTopicAndTheReplayIsRecorded() throws Exception {
        String key = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> unreadable = new ProducerRecord<>(TOPIC, key, "not json".getBytes(StandardCharsets.UTF_8));
        unreadable.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        unreadable.headers().add(CloudEventHeaders.TYPE, TOPIC.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = producer();
             KafkaProbe dlt = new KafkaProbe(infrastructure().kafkaBootstrapServers(), TOPIC + ".dlt")) {
            producer.send(unreadable).get();
            assertThat(dlt.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(60))).hasSize(1);
        }
        String operator = TestTokens.bearer("operator-7", "OPS_TEAM", "OPS");
        Map<String, Object> request = Map.of("topic", TOPIC, "eventIds", List.of(eventId), "reason", "consumer fixed");

        web.post().uri("/ops/dead-letter-replays").header("Authorization", TestTokens.bearer("clerk-2", "A", "CLERK"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange().expectStatus().isForbidden();
        web.post().uri("/ops/dead-letter-replays").header("Authorization", operator)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("topic", TOPIC, "eventIds", List.of(eventId)))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        web.post().uri("/ops/dead-letter-replays").header("Authorization", operator)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("topic", "not.consumed.v1", "eventIds", List.of(eventId), "reason", "x"))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("topic");
        assertThat(count("select count(*) as n from dead_letter_replay where event_id = '" + eventId + "'")).isZero();

        web.post().uri("/ops/dead-letter-replays").header("Authorization", operator)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.replayedBy").isEqualTo("operator-7")
                .jsonPath("$.records.length()").isEqualTo(1)
                .jsonPath("$.records[0].eventId").isEqualTo(eventId);
        try (KafkaProbe probe = new KafkaProbe(infrastructure().kafkaBootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> copies = probe.await(
                    r -> key.equals(r.key()) && KafkaProbe.header(r, "platform-replay-id") != null, 1, Duration.ofSeconds(30));
            assertThat(copies).hasSize(1);
            assertThat(KafkaProbe.header(copies.get(0), CloudEventHeaders.ID)).isEqualTo(eventId);
            assertThat(KafkaProbe.header(copies.get(0), "kafka_dlt-exception-fqcn")).isNull();
            assertThat(new String(copies.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not json");
        }
        assertThat(count("select count(*) as n from dead_letter_replay where event_id = '" + eventId
                + "' and replayed_by = 'operator-7' and reason = 'consumer fixed' and status = 'REPUBLISHED'"
                + " and republished_offset is not null")).isEqualTo(1);
        web.get().uri("/ops/dead-letter-replays?limit=5").header("Authorization", operator).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].replayed_by").isEqualTo("operator-7");
    }

    @Test
    void aReplayWithTheSameIdempotencyKeyReturnsTheFirstResponseAndWritesNothing() {
        String key = "key-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("title", "idempotent", "kind", "URGENT", "amount", "12.50", "onDate", "2025-03-01");
        EntityExchangeResult<String> first = post(body, key).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody(String.class).returnResult();
        URI location = first.getResponseHeaders().getLocation();
        assertThat(location).isNotNull();
        long notes = count("select count(*) as n from note");
        long events = count("select count(*) as n from outbox_event");
        EntityExchangeResult<String> second = post(body, key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult();
        assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(second.getResponseHeaders().getLocation()).as("the first response's Location").isEqualTo(location);
        assertThat(count("select count(*) as n from note")).isEqualTo(notes);
        assertThat(count("select count(*) as n from outbox_event")).isEqualTo(events);

        post(Map.of("title", "another", "kind", "URGENT", "amount", "1", "onDate", "2025-03-01"), key)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        assertThat(count("select count(*) as n from note")).isEqualTo(notes);
    }

    private WebTestClient.ResponseSpec post(Object body, String idempotencyKey) {
        return web.post().uri("/notes").header("Authorization", TOKEN).header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String registerNote(String title, String requestId) {
        WebTestClient.RequestBodySpec spec = web.post().uri("/notes").header("Authorization", TOKEN);
        if (requestId != null) {
            spec = spec.header("X-Request-Id", requestId);
        }
        return spec.contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "kind", "PLAIN", "amount", "10.00", "onDate", "2025-03-01"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private static ProducerRecord<String, byte[]> record(String noteId, String eventId, String title) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, noteId,
                ("{\"noteId\":\"" + noteId + "\",\"title\":\"" + title + "\",\"kind\":\"PLAIN\"}").getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, TOPIC.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static Infrastructure infrastructure() {
        return SharedInfrastructure.get();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    private void awaitCount(String sql, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count(sql) < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count(sql)).isEqualTo(expected);
    }
}
