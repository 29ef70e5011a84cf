package cn.beijing.platform.common.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The retention purge on the real PostgreSQL: inbox rows older than 35 days and Idempotency-Key rows older than
 * 10 days go, younger ones stay; batches; two replicas at once; a replica that finds the purge running elsewhere.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "platform.retention.cron=-", "platform.retention.batch-size=3", "platform.outbox.enabled=false" })
@RealInfrastructure
class RetentionPurgeIT {

    private static final Duration INBOX = Duration.ofDays(35);
    private static final Duration KEYS = Duration.ofDays(10);
    private static final long PURGE_LOCK = 0x707572676531L;

    @Autowired
    RetentionPurge purge;
    @Autowired
    RetentionProperties properties;
    @Autowired
    DatabaseClient db;
    @Autowired
    ConnectionFactory connections;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void emptyTables() {
        db.sql("delete from inbox_event").then().block();
        db.sql("delete from idempotency_key").then().block();
    }

    @Test
    void theConfiguredAgesAreTheDocumentedOnes() {
        assertThat(properties.inboxEvents()).isEqualTo(INBOX);
        assertThat(properties.idempotencyKeys()).isEqualTo(KEYS);
    }

    @Test
    void inboxRowsGoAtTheirRetentionAndYoungerOnesStay() {
        String justBelow = inbox(INBOX.minusMinutes(1));
        String at = inbox(INBOX);
        String justAbove = inbox(INBOX.plusMinutes(1));
        String fresh = inbox(Duration.ZERO);
        double before = purged("inbox_event");

        RetentionPurge.Result result = purge.purgeNow().block();

        assertThat(result.skipped()).isFalse();
        assertThat(result.inboxEvents()).isEqualTo(2);
        assertThat(inboxIds()).containsExactlyInAnyOrder(justBelow, fresh).doesNotContain(at, justAbove);
        assertThat(purged("inbox_event") - before).isEqualTo(2);
    }

    @Test
    void idempotencyKeysGoAfterTheReplayWindowAndYoungerOnesStay() {
        String justBelow = key(KEYS.minusMinutes(1));
        String at = key(KEYS);
        String justAbove = key(KEYS.plusMinutes(1));
        // an inbox row of the same age as the keys is far from its own retention
        String inboxRow = inbox(KEYS.plusMinutes(1));
        double before = purged("idempotency_key");

        RetentionPurge.Result result = purge.purgeNow().block();

        assertThat(result.idempotencyKeys()).isEqualTo(2);
        assertThat(keys()).containsExactly(justBelow).doesNotContain(at, justAbove);
        assertThat(inboxIds()).containsExactly(inboxRow);
        assertThat(purged("idempotency_key") - before).isEqualTo(2);
    }

    @Test
    void aLargeBacklogIsDeletedInBatchesInOneRun() {
        for (int i = 0; i < 10; i++) {
            inbox(INBOX.plusDays(i + 1));
        }
        assertThat(purge.purgeNow().block().inboxEvents()).isEqualTo(10);
        assertThat(inboxIds()).isEmpty();
    }

    @Test
    void twoReplicasPurgingAtOnceDeleteEveryOldRowOnceWithoutFailing() {
        for (int i = 0; i < 12; i++) {
            inbox(INBOX.plusDays(i + 1));
        }
        String young = inbox(Duration.ofDays(1));

        List<RetentionPurge.Result> results = Flux.merge(purge.purgeNow(), purge.purgeNow()).collectList().block();

        assertThat(results).hasSize(2);
        assertThat(results.stream().mapToLong(RetentionPurge.Result::inboxEvents).sum()).isEqualTo(12);
        assertThat(inboxIds()).containsExactly(young);
    }

    @Test
    void aReplicaThatFindsThePurgeRunningElsewhereLeavesTheRowsToIt() {
        String old = inbox(INBOX.plusDays(3));
        // another replica's purge: a transaction holding the purge lock on its own connection
        RetentionPurge.Result result = Mono.usingWhen(Mono.from(connections.create()),
                connection -> Mono.from(connection.beginTransaction())
                        .then(Mono.from(connection.createStatement("select pg_advisory_xact_lock($1)")
                                .bind("$1", PURGE_LOCK).execute()).flatMap(r -> Mono.from(r.getRowsUpdated())))
                        .then(purge.purgeNow())
                        .flatMap(r -> Mono.from(connection.rollbackTransaction()).thenReturn(r)),
                Connection::close).block();

        assertThat(result.skipped()).isTrue();
        assertThat(result.inboxEvents()).isZero();
        assertThat(inboxIds()).containsExactly(old);
        // once it is done, the next run deletes them
        assertThat(purge.purgeNow().block().inboxEvents()).isEqualTo(1);
    }

    private String inbox(Duration age) {
        String id = UUID.randomUUID().toString();
        db.sql("insert into inbox_event (consumer, event_id, topic, processed_at) "
                + "values ('retention-test', :id, 'test.topic.v1', now() - make_interval(secs => :secs))")
                .bind("id", id).bind("secs", (double) age.toSeconds()).then().block();
        return id;
    }

    private String key(Duration age) {
        String key = UUID.randomUUID().toString();
        db.sql("insert into idempotency_key (scope, idempotency_key, request_hash, status, created_at) "
                + "values ('POST /test by u1', :key, 'hash', 201, now() - make_interval(secs => :secs))")
                .bind("key", key).bind("secs", (double) age.toSeconds()).then().block();
        return key;
    }

    /** This test's inbox rows (the test application's own consumer may add young rows of other tests' events). */
    private List<String> inboxIds() {
        return db.sql("select event_id from inbox_event where consumer = 'retention-test'").map(row -> row.get("event_id", String.class)).all()
                .collectList().block();
    }

    private List<String> keys() {
        return db.sql("select idempotency_key from idempotency_key").map(row -> row.get("idempotency_key", String.class))
                .all().collectList().block();
    }

    private double purged(String table) {
        return meters.get("platform.retention.purged").tag("table", table).counter().count();
    }
}
