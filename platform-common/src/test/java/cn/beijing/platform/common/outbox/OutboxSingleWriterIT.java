package cn.beijing.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.SharedInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Two relays on one database, as two replicas of a service would run: a backlog is published once, every event
 * exactly once, and each aggregate's events in the order they were written.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "platform.outbox.enabled=false")
@RealInfrastructure
class OutboxSingleWriterIT {

    private static final EventType SEQUENCED = new EventType("test.relay-sequenced.v1", "probe");
    private static final int AGGREGATES = 20;
    private static final int PER_AGGREGATE = 150;

    @Autowired
    OutboxWriter outbox;
    @Autowired
    KafkaEventPublisherFactory publishers;
    @Autowired
    OutboxProperties properties;
    @Autowired
    TransactionalOperator tx;
    @Autowired
    DatabaseClient db;

    @Test
    void twoRelaysPublishABacklogOnceAndInOrderPerAggregate() {
        String run = Long.toString(System.nanoTime(), 36);
        // interleaved aggregates, a few events per transaction
        Flux.range(0, PER_AGGREGATE).concatMap(n -> tx.transactional(Flux.range(0, AGGREGATES)
                        .concatMap(a -> outbox.append(SEQUENCED, run + "-" + a, Map.of("n", n))).then()))
                .blockLast(Duration.ofSeconds(120));
        OutboxRelay first = new OutboxRelay(db, tx, publishers, null, properties, new SimpleMeterRegistry());
        OutboxRelay second = new OutboxRelay(db, tx, publishers, null, properties, new SimpleMeterRegistry());

        int published = 0;
        while (OutboxTestSupport.pending(db) > 0) {
            published += Mono.zip(first.relayNow().subscribeOn(Schedulers.parallel()),
                            second.relayNow().subscribeOn(Schedulers.parallel()), Integer::sum)
                    .block(Duration.ofSeconds(60));
        }
        assertThat(published).isEqualTo(AGGREGATES * PER_AGGREGATE);

        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), SEQUENCED.topic())) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> r.key().startsWith(run + "-"),
                    AGGREGATES * PER_AGGREGATE, Duration.ofSeconds(60));
            assertThat(records).hasSize(AGGREGATES * PER_AGGREGATE);
            assertThat(records.stream().map(r -> KafkaProbe.header(r, CloudEventHeaders.ID)).distinct().count())
                    .as("each event published once").isEqualTo(AGGREGATES * PER_AGGREGATE);
            Map<String, List<Integer>> sequences = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                String body = new String(record.value(), StandardCharsets.UTF_8);
                sequences.computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(Integer.parseInt(body.replaceAll("\\D", "")));
            }
            List<Integer> expected = Flux.range(0, PER_AGGREGATE).collectList().block();
            assertThat(sequences).hasSize(AGGREGATES);
            assertThat(sequences.entrySet().stream().filter(e -> !e.getValue().equals(expected))
                    .map(Map.Entry::getKey).collect(Collectors.toList())).as("aggregates out of order").isEmpty();
        }
    }
}
