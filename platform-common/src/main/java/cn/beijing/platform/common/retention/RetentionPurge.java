package cn.beijing.platform.common.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import cn.beijing.platform.common.background.BackgroundWork;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Deletes inbox rows and Idempotency-Key rows older than their retention ({@link RetentionProperties}), in batches
 * of short transactions, on a cron schedule.
 *
 * <p>Several replicas are safe: each batch first takes a transaction-scoped advisory lock, and a replica that does
 * not get it leaves the run to the one that has it; even without the lock two deletes of the same old rows would
 * only find them gone. A purge never touches rows younger than the retention, so it cannot race a consumer or a
 * command that is writing its row now.
 *
 * <p>Metric: {@code platform.retention.purged} (tag {@code table}), rows deleted.
 */
public class RetentionPurge extends BackgroundWork {

    /** What one run deleted. {@code skipped} when another replica was purging. */
    public record Result(long inboxEvents, long idempotencyKeys, boolean skipped) {
    }

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    private static final long LOCK_KEY = 0x707572676531L; // "purge1"
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final RetentionProperties properties;
    private final Clock clock;
    private final Counter purgedInbox;
    private final Counter purgedKeys;
    private final Scheduler worker = Schedulers.newSingle("retention-purge", true);

    public RetentionPurge(DatabaseClient db, TransactionalOperator tx, RetentionProperties properties, Clock clock,
            MeterRegistry meters) {
        this.db = db;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
        this.purgedInbox = Counter.builder("platform.retention.purged").tag("table", "inbox_event")
                .description("Rows deleted after their retention").register(meters);
        this.purgedKeys = Counter.builder("platform.retention.purged").tag("table", "idempotency_key")
                .description("Rows deleted after their retention").register(meters);
    }

    /** One run over both tables. */
    public Mono<Result> purgeNow() {
        return purgeTable("""
                delete from inbox_event where (consumer, event_id) in (
                    select consumer, event_id from inbox_event
                    where processed_at < now() - make_interval(secs => :secs) limit :batch)
                """, properties.inboxEvents(), purgedInbox)
                .flatMap(inbox -> inbox < 0 ? Mono.just(new Result(0, 0, true))
                        : purgeTable("""
                                delete from idempotency_key where (scope, idempotency_key) in (
                                    select scope, idempotency_key from idempotency_key
                                    where created_at < now() - make_interval(secs => :secs) limit :batch)
                                """, properties.idempotencyKeys(), purgedKeys)
                                .map(keys -> new Result(inbox, Math.max(0, keys), keys < 0)))
                .doOnNext(result -> {
                    if (result.inboxEvents() + result.idempotencyKeys() > 0) {
                        log.info("retention: deleted {} inbox row(s) older than {} and {} Idempotency-Key row(s) older than {}",
                                result.inboxEvents(), properties.inboxEvents(), result.idempotencyKeys(),
                                properties.idempotencyKeys());
                    }
                });
    }

    /**
     * Deletes in batches until a batch comes back short; -1 when another replica holds the lock at the first batch.
     * Once this run has the work, its later batches wait for the lock: a moment's holder (another replica trying the
     * lock to see whether a run is going on) must not end both runs half-way.
     */
    private Mono<Long> purgeTable(String delete, Duration age, Counter purged) {
        return batch(delete, age, false)
                .expand(deleted -> deleted == properties.batchSize() ? batch(delete, age, true) : Mono.empty())
                .reduce(0L, (total, deleted) -> deleted >= 0 ? total + deleted : total == 0 ? -1L : total)
                .doOnNext(total -> {
                    if (total > 0) {
                        purged.increment(total);
                    }
                });
    }

    private Mono<Long> batch(String delete, Duration age, boolean waitForLock) {
        Mono<Long> batch = db.sql(waitForLock
                        ? "select true as locked from (select pg_advisory_xact_lock(:key)) as l"
                        : "select pg_try_advisory_xact_lock(:key) as locked")
                .bind("key", LOCK_KEY)
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class)))
                .one()
                .flatMap(locked -> !locked ? Mono.just(-1L)
                        : db.sql(delete).bind("secs", (double) age.toSeconds()).bind("batch", properties.batchSize())
                                .fetch().rowsUpdated());
        return tx.transactional(batch);
    }

    private Duration untilNextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZONE));
        ZonedDateTime next = CronExpression.parse(properties.cron()).next(now);
        return next == null ? Duration.ofDays(365) : Duration.between(now, next);
    }

    @Override
    protected boolean enabled() {
        return properties.scheduled();
    }

    @Override
    protected Disposable subscribe() {
        return Mono.defer(() -> Mono.delay(untilNextRun(), worker))
                .then(Mono.defer(this::purgeNow).onErrorResume(e -> {
                    log.warn("retention purge failed ({}); the next run tries again", e.getClass().getSimpleName());
                    return Mono.empty();
                }))
                .repeat()
                .subscribe();
    }
}
