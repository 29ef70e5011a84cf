package cn.beijing.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import cn.beijing.platform.common.outbox.EventTraceContext;
import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.Infrastructure;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.SharedInfrastructure;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * W3C trace context through the outbox on the real PostgreSQL and Kafka: the row stores the request's context, the
 * record carries the publishing span's {@code traceparent}, the consumer's span continues that trace and its
 * database work is inside it; a record without a traceparent is consumed all the same, in a new trace.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.opentelemetry.tracing.export.schedule-delay=50ms")
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
@Import(EventTracingIT.Spans.class)
class EventTracingIT extends NotesApiFixture {

    private static final String TOPIC = "test.note-registered.v1";

    /** Spans as the OTLP exporter would send them, kept in memory. */
    @TestConfiguration
    static class Spans {
        @Bean
        InMemorySpanExporter inMemorySpanExporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Autowired
    InMemorySpanExporter spans;

    @Test
    void aRequestsTraceGoesThroughTheOutboxAndKafkaIntoTheConsumerAndItsEffects() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "00f067aa0ba902b7";
        String id = web.post().uri("/notes").header("Authorization", TOKEN)
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .header("tracestate", "platform=e2e")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "traced note", "kind", "PLAIN", "amount", "10.00", "onDate", "2025-03-01"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        // the outbox row holds the context of the service's span of that request
        Map<String, Object> row = db.sql("select traceparent, tracestate from outbox_event where aggregate_id = :id")
                .bind("id", id).fetch().one().block();
        String stored = (String) row.get("traceparent");
        assertThat(stored).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        assertThat(stored).doesNotContain(callerSpan);
        assertThat(row.get("tracestate")).isEqualTo("platform=e2e");

        ConsumerRecord<String, byte[]> record;
        try (KafkaProbe probe = new KafkaProbe(infrastructure().kafkaBootstrapServers(), TOPIC)) {
            record = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        }
        String header = KafkaProbe.header(record, EventTraceContext.TRACEPARENT);
        assertThat(EventTraceContext.isValid(header)).as(header).isTrue();
        assertThat(header).startsWith("00-" + traceId + "-").isNotEqualTo(stored);
        assertThat(KafkaProbe.header(record, EventTraceContext.TRACESTATE)).isEqualTo("platform=e2e");
        assertThat(record.headers().headers(EventTraceContext.TRACEPARENT)).hasSize(1);
        String publishSpanId = header.substring(36, 52);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream().filter(s -> traceId.equals(s.getTraceId())).toList();
            SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
            assertThat(server.getParentSpanId()).isEqualTo(callerSpan);
            SpanData publish = trace.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
            assertThat(publish.getSpanId()).isEqualTo(publishSpanId);
            assertThat(publish.getParentSpanId()).isEqualTo(stored.substring(36, 52));
            assertThat(publish.getName()).isEqualTo(TOPIC + " publish");
            SpanData consume = trace.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
            assertThat(consume.getParentSpanId()).isEqualTo(publishSpanId);
            // the consumer's effect (the inbox row and note_effect insert) is in the trace, under the consumer
            assertThat(trace).anyMatch(s -> consume.getSpanId().equals(s.getParentSpanId()));
            // and so is the service's database work for the request
            assertThat(trace).anyMatch(s -> s.getKind() == SpanKind.CLIENT && s.getName().contains("query"));
        });
    }

    @Test
    void aRecordWithoutTraceparentIsConsumedInANewTrace() throws Exception {
        String noteId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, noteId,
                ("{\"noteId\":\"" + noteId + "\",\"title\":\"untraced\",\"kind\":\"PLAIN\"}").getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, TOPIC.getBytes(StandardCharsets.UTF_8));
        long offset;
        int partition;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            var sent = producer.send(record).get();
            offset = sent.offset();
            partition = sent.partition();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> db.sql("select count(*) as n from note_effect where event_id = :e")
                .bind("e", eventId).map(r -> r.get("n", Long.class)).one().block() == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            SpanData consume = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CONSUMER)
                    .filter(s -> attribute(s, "offset").equals(String.valueOf(offset))
                            && attribute(s, "partition").equals(String.valueOf(partition)))
                    .findFirst().orElseThrow();
            assertThat(consume.getParentSpanContext().isValid()).as("a new trace: no parent").isFalse();
        });
    }

    /** The value of the span's attribute whose name contains {@code part} (spring-kafka's partition and offset). */
    private static String attribute(SpanData span, String part) {
        return span.getAttributes().asMap().entrySet().stream().filter(e -> e.getKey().getKey().contains(part))
                .map(e -> String.valueOf(e.getValue())).findFirst().orElse("");
    }

    private static Infrastructure infrastructure() {
        return SharedInfrastructure.get();
    }
}
