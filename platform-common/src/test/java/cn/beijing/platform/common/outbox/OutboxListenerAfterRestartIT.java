package cn.beijing.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL restarted under a running relay: the listening connection is lost with the server, opened again
 * once it is back, and the next commit wakes the relay at once (the poll is 60 s away).
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "platform.outbox.poll-interval=60s")
@RealInfrastructure(sharedPostgres = false)
class OutboxListenerAfterRestartIT extends OutboxRelayFixture {

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

    @Test
    void afterAPostgresRestartTheRelayListensAgainAndIsWokenByTheNextCommit() {
        awaitListening();
        postgres.stop();
        OutboxTestSupport.await("the relay notices the lost connection", () -> !relay.listening(), Duration.ofSeconds(30));
        postgres.start();
        OutboxTestSupport.await("the relay listens again", relay::listening, Duration.ofSeconds(30));

        String aggregate = "after-restart-" + UUID.randomUUID();
        UUID id = committed(aggregate);
        assertThat(sentAfter(id)).isLessThan(Duration.ofSeconds(5));
        assertPublishedOnce(WOKEN, aggregate);
    }

    /** The first commit after the restart may meet a pooled connection the restart closed: try again. */
    private UUID committed(String aggregate) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return commit(WOKEN, aggregate, "after restart");
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }
}
