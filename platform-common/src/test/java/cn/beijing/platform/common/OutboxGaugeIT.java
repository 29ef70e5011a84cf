package cn.beijing.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The pending gauge tells the truth while a relay round is stuck: here the broker is unreachable and a round waits
 * 15 s for its metadata, yet rows written meanwhile show in {@code platform.outbox.pending} within seconds.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.kafka.bootstrap-servers=127.0.0.1:9", "platform.outbox.max-block=15s",
                "platform.outbox.send-timeout=20s", "spring.kafka.listener.auto-startup=false" })
@AutoConfigureWebTestClient
@RealInfrastructure(sharedKafka = false)
class OutboxGaugeIT extends NotesApiFixture {


    @Autowired
    MeterRegistry meters;

    @Test
    void thePendingGaugeFollowsTheRowsWhileARelayRoundIsStuck() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            registerPlainNote("stuck " + i).expectStatus().isCreated();
        }
        assertThat(pendingRows()).isEqualTo(4);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gauge() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(gauge()).isEqualTo(4);
        assertThat(meters.get("platform.outbox.lag").gauge().value()).isGreaterThanOrEqualTo(0);
    }

    private double gauge() {
        return meters.get("platform.outbox.pending").gauge().value();
    }

    private long pendingRows() {
        return db.sql("select count(*) as n from outbox_event where sent_at is null")
                .map(r -> r.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }
}
