package cn.beijing.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The relay is woken by the commit itself: with the safety poll 60 s away, an event committed while the relay
 * is idle is acknowledged by the broker within a few seconds, also after the listening connection was cut.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "platform.outbox.poll-interval=60s")
@RealInfrastructure
class OutboxWakeOnCommitIT extends OutboxRelayFixture {

    private static final EventType WOKEN = new EventType("test.relay-woken.v1", "probe");
    /** Far below the 60 s poll: only a wake-up can publish within it, even on a loaded build machine. */
    private static final Duration WELL_UNDER_THE_POLL = Duration.ofSeconds(5);

    @BeforeEach
    void relayListensAndIsIdle() {
        awaitListening();
        OutboxTestSupport.await("nothing pending", () -> OutboxTestSupport.pending(db) == 0, Duration.ofSeconds(30));
    }

    @Test
    void anEventCommittedWhileTheRelayIsIdleReachesTheBrokerWithoutWaitingForAPoll() {
        String aggregate = "idle-" + UUID.randomUUID();
        UUID id = commit(WOKEN, aggregate, "idle");

        assertThat(sentAfter(id)).isLessThan(WELL_UNDER_THE_POLL);
        assertPublishedOnce(WOKEN, aggregate);
    }

    @Test
    void afterItsConnectionIsCutTheRelayListensAgainAndIsWokenByTheNextCommit() {
        long cut = db.sql("""
                        select count(pg_terminate_backend(pid)) as n from pg_stat_activity
                        where datname = current_database() and query = 'LISTEN platform_outbox'
                        """)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
        assertThat(cut).as("listening connections terminated").isEqualTo(1);
        OutboxTestSupport.await("the relay notices the cut", () -> !relay.listening(), Duration.ofSeconds(10));
        OutboxTestSupport.await("the relay listens again", relay::listening, Duration.ofSeconds(30));

        String aggregate = "reconnected-" + UUID.randomUUID();
        UUID id = commit(WOKEN, aggregate, "reconnected");
        assertThat(sentAfter(id)).isLessThan(WELL_UNDER_THE_POLL);
    }
}
