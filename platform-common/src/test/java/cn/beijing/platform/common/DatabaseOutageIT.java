package cn.beijing.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.RestartablePostgres;
import cn.beijing.platform.test.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * PostgreSQL stopped under a running service and started again on the same port with its data: an event consumed
 * during the outage is retried until the database is back, never dead-lettered, and applied exactly once; the HTTP
 * API answers 503 with {@code Retry-After} meanwhile, readiness goes down and liveness stays up; the first 2xx
 * comes within 2 s of PostgreSQL accepting connections again. The default pool and consumer settings are used.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "platform.consumer.attempts=3", "platform.consumer.backoff=100ms" })
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure(sharedPostgres = false)
class DatabaseOutageIT extends NotesApiFixture {

    private static final String TOPIC = "test.note-registered.v1";
    private static final RestartablePostgres postgres = RestartablePostgres
            .onFreePort(Path.of(System.getProperty("java.io.tmpdir"), "outage-postgres-" + System.nanoTime()))
            .start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        postgres.register(registry, "outage");
    }

    @AfterAll
    static void stopPostgres() {
        postgres.stop();
    }

    @LocalManagementPort
    int managementPort;

    @AfterEach
    void postgresRunsAgain() {
        postgres.start();
    }

    @Test
    void anEventConsumedWhileTheDatabaseIsDownIsRetriedNotDeadLetteredAndAppliedOnce() throws Exception {
        // the consumer is assigned and working before the outage
        String before = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), before);
        awaitEffects(before, 1, Duration.ofSeconds(60));

        postgres.stop();
        String noteId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (KafkaProbe dlt = new KafkaProbe(kafka(), TOPIC + ".dlt")) {
            send(noteId, eventId);
            // far longer than the bounded retries (3 attempts, 100 ms apart) meant for unexpected failures
            Thread.sleep(4000);
            postgres.start();
            awaitEffects(eventId, 1, Duration.ofSeconds(30));
            assertThat(dlt.drain(Duration.ofSeconds(1))).filteredOn(r -> noteId.equals(r.key())).isEmpty();
        }
        Thread.sleep(500);
        assertThat(count("select count(*) as n from note_effect where event_id = '" + eventId + "'")).isEqualTo(1);
        assertThat(count("select count(*) as n from inbox_event where event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void theApiAnswers503WhileTheDatabaseIsDownAndRecoversWithinTwoSeconds() {
        register().expectStatus().isCreated();

        postgres.stop();
        long asked = System.nanoTime();
        EntityExchangeResult<String> unavailable = register()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody(String.class).returnResult();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
        assertThat(unavailable.getResponseBody()).contains("urn:municipal-platform:problem:service-unavailable")
                .doesNotContain("Exception").doesNotContain("127.0.0.1");
        assertThat(Integer.parseInt(unavailable.getResponseHeaders().getFirst("Retry-After"))).isPositive();
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo("DOWN");
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");

        postgres.start();
        long back = System.nanoTime();
        int status = 0;
        while (status != 201 && Duration.ofNanos(System.nanoTime() - back).compareTo(Duration.ofSeconds(10)) < 0) {
            status = register().returnResult(String.class).getStatus().value();
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - back);
        LoggerFactory.getLogger(DatabaseOutageIT.class).info("first 2xx {} ms after PostgreSQL accepted connections",
                recovery.toMillis());
        assertThat(status).isEqualTo(201);
        assertThat(recovery).isLessThan(Duration.ofSeconds(2));
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec register() {
        return registerPlainNote("outage");
    }

    private static void send(String noteId, String eventId) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, noteId,
                ("{\"noteId\":\"" + noteId + "\",\"title\":\"outage\",\"kind\":\"PLAIN\"}").getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, TOPIC.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        }
    }

    private static String kafka() {
        return SharedInfrastructure.get().kafkaBootstrapServers();
    }

    private void awaitEffects(String eventId, long expected, Duration timeout) throws InterruptedException {
        String sql = "select count(*) as n from note_effect where event_id = '" + eventId + "'";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (count(sql) >= expected) {
                    break;
                }
            } catch (RuntimeException databaseNotYetBack) {
                // keep polling
            }
            Thread.sleep(100);
        }
        assertThat(count(sql)).isEqualTo(expected);
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    /** Actuator (probes, scrape endpoint) is served on the management port only. */
    private WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
    }
}
