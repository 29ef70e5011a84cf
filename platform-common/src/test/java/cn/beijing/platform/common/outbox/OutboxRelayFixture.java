package cn.beijing.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** A relay test: an event committed through the outbox, the relay awaited, the event found on the broker. */
abstract class OutboxRelayFixture {

    @Autowired
    OutboxWriter outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    TransactionalOperator tx;
    @Autowired
    DatabaseClient db;

    void awaitListening() {
        OutboxTestSupport.await("the relay listens", relay::listening, Duration.ofSeconds(30));
    }

    /** Commits one event of {@code type} for {@code aggregate}; its id. */
    UUID commit(EventType type, String aggregate, String step) {
        return tx.transactional(outbox.append(type, aggregate, Map.of("step", step))).block(Duration.ofSeconds(10));
    }

    /** How long after its writing the event was acknowledged by the broker (waits up to 30 s for it). */
    Duration sentAfter(UUID id) {
        return OutboxTestSupport.awaitSent(db, id, Duration.ofSeconds(30));
    }

    /** Exactly one event of {@code aggregate} reaches the topic of {@code type}. */
    static void assertPublishedOnce(EventType type, String aggregate) {
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), type.topic())) {
            assertThat(probe.await(r -> aggregate.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        }
    }
}
