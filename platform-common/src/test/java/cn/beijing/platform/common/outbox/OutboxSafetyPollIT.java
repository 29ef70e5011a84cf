package cn.beijing.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A commit whose notification never came (here: written with triggers switched off, as a replication apply
 * would) is still published, by the safety poll.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "platform.outbox.poll-interval=3s")
@RealInfrastructure
class OutboxSafetyPollIT extends OutboxRelayFixture {

    private static final EventType UNANNOUNCED = new EventType("test.relay-unannounced.v1", "probe");

    @Test
    void anEventWhoseNotificationWasLostIsPublishedByTheSafetyPoll() {
        awaitListening();
        String aggregate = "unannounced-" + UUID.randomUUID();
        // session_replication_role = replica: the notifying trigger does not fire in this transaction
        UUID id = tx.transactional(db.sql("set local session_replication_role = replica").then()
                        .then(outbox.append(UNANNOUNCED, aggregate, Map.of("step", "unannounced"))))
                .block(Duration.ofSeconds(10));

        // published at the next poll: within one interval, plus a round's time on a loaded machine
        assertThat(sentAfter(id)).isLessThan(Duration.ofSeconds(3 + 5));
        assertPublishedOnce(UNANNOUNCED, aggregate);
    }
}
