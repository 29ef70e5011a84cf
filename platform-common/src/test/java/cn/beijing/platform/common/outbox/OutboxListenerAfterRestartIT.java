package cn.beijing.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.RestartablePostgres;
import cn.beijing.platform.test.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * PostgreSQL restarted under a running relay: the listening connection is lost with the server, opened again
 * once it is back, and the next commit wakes the relay at once (the poll is 60 s away).
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "platform.outbox.poll-interval=60s")
@RealInfrastructure(sharedPostgres = false)
class OutboxListenerAfterRestartIT {

    private static final EventType WOKEN = new EventType("test.relay-woken-after-restart.v1", "probe");
    private static final RestartablePostgres postgres = RestartablePostgres
            .onFreePort(Path.of(System.getProperty("java.io.tmpdir"), "listener-postgres-" + System.nanoTime()))
            .start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        postgres.register(registry, "listener");
    }

    @AfterAll
    static void stopPostgres() {
        postgres.stop();
    }

    @Autowired
    OutboxWriter outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    TransactionalOperator tx;
    @Autowired
    DatabaseClient db;

    @Test
    void afterAPostgresRestartTheRelayListensAgainAndIsWokenByTheNextCommit() {
        OutboxTestSupport.await("the relay listens", relay::listening, Duration.ofSeconds(30));
        postgres.stop();
        OutboxTestSupport.await("the relay notices the lost connection", () -> !relay.listening(), Duration.ofSeconds(30));
        postgres.start();
        OutboxTestSupport.await("the relay listens again", relay::listening, Duration.ofSeconds(30));

        String aggregate = "after-restart-" + UUID.randomUUID();
        UUID id = committed(aggregate);
        assertThat(OutboxTestSupport.awaitSent(db, id, Duration.ofSeconds(30))).isLessThan(Duration.ofSeconds(5));
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), WOKEN.topic())) {
            assertThat(probe.await(r -> aggregate.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        }
    }

    /** The first commit after the restart may meet a pooled connection the restart closed: try again. */
    private UUID committed(String aggregate) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return tx.transactional(outbox.append(WOKEN, aggregate, Map.of("step", "after restart")))
                        .block(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }
}
