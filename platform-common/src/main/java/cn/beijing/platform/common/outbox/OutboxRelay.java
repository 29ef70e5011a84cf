package cn.beijing.platform.common.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes pending outbox rows to Kafka and marks them sent. While the broker is unreachable rows stay
 * pending and are retried every poll; nothing is dropped. One relay works at a time per database (a
 * transaction-scoped advisory lock), so that several replicas of a service do not reorder events.
 *
 * <p>Metrics: {@code platform.outbox.pending} (rows), {@code platform.outbox.lag} (seconds since the oldest
 * pending row was written), {@code platform.outbox.published} and {@code platform.outbox.failures}. The gauges are
 * re-read after each published batch and every {@code gauge-interval}, so they tell the truth during long rounds
 * and broker outages, not only when a round ends.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final KafkaEventPublisher publisher;
    private final OutboxProperties properties;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private final Scheduler worker = Schedulers.newBoundedElastic(2, 16, "outbox-relay");
    private volatile Disposable loop;
    private volatile Disposable cleanup;
    private volatile Disposable gauges;

    public OutboxRelay(DatabaseClient db, TransactionalOperator tx, KafkaEventPublisherFactory publishers,
            OutboxProperties properties, MeterRegistry meters) {
        this.db = db;
        this.tx = tx;
        this.publisher = publishers.create();
        this.properties = properties;
        Gauge.builder("platform.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by the broker").register(meters);
        Gauge.builder("platform.outbox.lag", lagSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest pending outbox row").register(meters);
        this.published = Counter.builder("platform.outbox.published").register(meters);
        this.failures = Counter.builder("platform.outbox.failures").register(meters);
    }

    /** One relay round, repeated while full batches come back; returns the number of events sent. */
    public Mono<Integer> relayNow() {
        return relayRound()
                .expand(sent -> sent == properties.batchSize() ? relayRound() : Mono.empty())
                .reduce(0, Integer::sum)
                .flatMap(total -> refreshGauges().thenReturn(total));
    }

    private Mono<Integer> relayRound() {
        Mono<Integer> round = db.sql("select pg_try_advisory_xact_lock(:key) as locked")
                .bind("key", LOCK_KEY)
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class)))
                .one()
                .flatMap(locked -> locked ? publishPending() : Mono.just(0));
        return tx.transactional(round);
    }

    private Mono<Integer> publishPending() {
        return db.sql("""
                select seq, id, topic, event_type, aggregate_id, payload::text as payload, request_id, occurred_at
                from outbox_event where sent_at is null order by seq limit :batch
                """)
                .bind("batch", properties.batchSize())
                .map(row -> new PendingEvent(
                        row.get("seq", Long.class),
                        row.get("id", UUID.class),
                        row.get("topic", String.class),
                        row.get("event_type", String.class),
                        row.get("aggregate_id", String.class),
                        row.get("payload", String.class),
                        row.get("request_id", String.class),
                        row.get("occurred_at", OffsetDateTime.class)))
                .all()
                .collectList()
                .flatMap(events -> events.isEmpty() ? Mono.just(0) : publishAndMark(events));
    }

    private Mono<Integer> publishAndMark(List<PendingEvent> events) {
        return Mono.fromCallable(() -> publisher.publish(events))
                .subscribeOn(worker)
                .flatMap(outcome -> markSent(outcome.sent())
                        .then(markFailed(outcome.failed(), outcome.error()))
                        .then(Mono.fromCallable(() -> {
                            published.increment(outcome.sent().size());
                            if (!outcome.failed().isEmpty()) {
                                failures.increment(outcome.failed().size());
                                log.warn("outbox relay: {} event(s) not acknowledged ({}); kept for the next round",
                                        outcome.failed().size(), outcome.error());
                            }
                            // a round that failed part-way is not a full batch: wait for the next poll
                            return outcome.failed().isEmpty() ? outcome.sent().size() : 0;
                        }))
                        .flatMap(sent -> refreshGauges().onErrorResume(e -> Mono.empty()).thenReturn(sent)));
    }

    private Mono<Void> markSent(List<PendingEvent> sent) {
        if (sent.isEmpty()) {
            return Mono.empty();
        }
        Long[] seqs = sent.stream().map(PendingEvent::seq).toArray(Long[]::new);
        return db.sql("update outbox_event set sent_at = now(), attempts = attempts + 1, last_error = null where seq = any(:seqs)")
                .bind("seqs", seqs).fetch().rowsUpdated().then();
    }

    private Mono<Void> markFailed(List<PendingEvent> failed, String error) {
        if (failed.isEmpty()) {
            return Mono.empty();
        }
        Long[] seqs = failed.stream().map(PendingEvent::seq).toArray(Long[]::new);
        return db.sql("update outbox_event set attempts = attempts + 1, last_error = :error where seq = any(:seqs)")
                .bind("seqs", seqs).bind("error", error == null ? "unknown" : error)
                .fetch().rowsUpdated().then();
    }

    Mono<Void> refreshGauges() {
        return db.sql("""
                select count(*) as pending,
                       coalesce(extract(epoch from (now() - min(occurred_at))), 0)::bigint as lag
                from outbox_event where sent_at is null
                """)
                .map(row -> {
                    pending.set(row.get("pending", Long.class));
                    lagSeconds.set(row.get("lag", Long.class));
                    return true;
                })
                .one()
                .then();
    }

    Mono<Long> deleteSentBefore(Duration age) {
        return db.sql("delete from outbox_event where sent_at is not null and sent_at < now() - make_interval(secs => :secs)")
                .bind("secs", (double) age.toSeconds())
                .fetch().rowsUpdated();
    }

    @Override
    public void start() {
        if (!properties.enabled() || loop != null) {
            return;
        }
        loop = Flux.interval(properties.pollInterval(), worker)
                .onBackpressureDrop()
                .concatMap(tick -> relayNow().onErrorResume(e -> {
                    log.warn("outbox relay round failed: {}", e.getClass().getSimpleName());
                    return Mono.just(0);
                }), 1)
                .subscribe();
        cleanup = Flux.interval(Duration.ofMinutes(1), Duration.ofMinutes(10), worker)
                .concatMap(tick -> deleteSentBefore(properties.retention()).onErrorResume(e -> Mono.just(0L)))
                .subscribe();
        // on the parallel scheduler, apart from the relay's workers: a round stuck on the broker must not hold the
        // gauges at their value from before it; while the database is away they keep their last value
        gauges = Flux.interval(properties.gaugeInterval(), properties.gaugeInterval())
                .onBackpressureDrop()
                .concatMap(tick -> refreshGauges().onErrorResume(e -> Mono.empty()), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        if (loop != null) {
            loop.dispose();
            loop = null;
        }
        if (cleanup != null) {
            cleanup.dispose();
            cleanup = null;
        }
        if (gauges != null) {
            gauges.dispose();
            gauges = null;
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }

    @Override
    public int getPhase() {
        // stops before the web server and the Kafka producer, starts after them
        return Integer.MAX_VALUE - 2048;
    }
}
