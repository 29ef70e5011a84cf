package cn.beijing.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.common.outbox.EventType;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.KraftBroker;
import cn.beijing.platform.test.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * With the broker stopped, commands are still accepted; when it is back every event arrives, none lost,
 * in order per aggregate. Uses a real KRaft broker of its own that it can stop and start on the same port.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "platform.outbox.max-block=500ms", "platform.outbox.send-timeout=2s" })
@AutoConfigureWebTestClient
@RealInfrastructure(sharedKafka = false)
class BrokerOutageIT extends NotesApiFixture {

    private static final EventType SEQUENCED = new EventType("test.note-sequenced.v1", "note");
    private static final KraftBroker broker = KraftBroker
            .onFreePorts(Path.of(System.getProperty("java.io.tmpdir"), "outage-broker-" + System.nanoTime()))
            .start();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Autowired
    OutboxWriter outbox;
    @Autowired
    TransactionalOperator tx;

    @Test
    void commandsAreAcceptedWhileTheBrokerIsDownAndEveryEventArrivesAfterItsRestart() {
        // the relay works while the broker is up
        String before = registeredPlainNote("before the outage");
        try (KafkaProbe probe = new KafkaProbe(broker.bootstrapServers(), "test.note-registered.v1")) {
            assertThat(probe.await(r -> before.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        }

        broker.stop();
        List<String> during = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            during.add(registeredPlainNote("during the outage " + i));
        }
        // several events of one aggregate, to check their order after the restart
        String aggregate = "aggregate-" + System.nanoTime();
        Flux.range(1, 10)
                .concatMap(n -> tx.transactional(outbox.append(SEQUENCED, aggregate, Map.of("n", n))))
                .blockLast(Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        waitFor(Duration.ofSeconds(3));
        assertThat(pending()).isGreaterThanOrEqualTo(15);

        broker.start();
        try (KafkaProbe probe = new KafkaProbe(broker.bootstrapServers(), "test.note-registered.v1", SEQUENCED.topic())) {
            List<ConsumerRecord<String, byte[]>> registered = probe.await(r -> during.contains(r.key()), 5, Duration.ofSeconds(90));
            assertThat(registered).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(during);
            List<ConsumerRecord<String, byte[]>> sequenced = probe.await(r -> aggregate.equals(r.key()), 10, Duration.ofSeconds(60));
            assertThat(sequenced).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .containsExactly(expectedSequence());
        }
        waitFor(Duration.ofSeconds(1));
        assertThat(pending()).isZero();
    }

    private static String[] expectedSequence() {
        String[] expected = new String[10];
        for (int i = 0; i < 10; i++) {
            expected[i] = "{\"n\":" + (i + 1) + "}";
        }
        return expected;
    }

    private long pending() {
        return db.sql("select count(*) as n from outbox_event where sent_at is null")
                .map(r -> r.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    private static void waitFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
