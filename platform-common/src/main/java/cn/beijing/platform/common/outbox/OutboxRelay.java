package cn.beijing.platform.common.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import cn.beijing.platform.common.background.BackgroundWork;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes pending outbox rows to Kafka and marks them sent. While the broker is unreachable rows stay
 * pending and are retried every {@code retry-interval}; nothing is dropped. One relay works at a time per
 * database (a transaction-scoped advisory lock), so that several replicas of a service do not reorder events.
 *
 * <p>When rounds run: at once when outbox rows commit (the {@link OutboxCommitListener}'s wake-ups), every
 * {@code poll-interval} as a safety net (a notification lost while the listener reconnected), and every
 * {@code retry-interval} while a round left events unacknowledged. Wake-ups that arrive during a round are
 * coalesced into one more round, which reads whatever committed meanwhile. A round reads up to
 * {@code batch-size} rows; while rounds come back full (a backlog: a batch of 100,000 DRG cases, a broker
 * outage) the next one reads twice as many, up to {@code max-batch-size}.
 *
 * <p>Metrics: {@code platform.outbox.pending} (rows), {@code platform.outbox.lag} (seconds since the oldest
 * pending row was written), {@code platform.outbox.published}, {@code platform.outbox.failures} and
 * {@code platform.outbox.listening} (1 while notifications are received). The gauges are re-read every
 * {@code gauge-interval}, apart from the rounds, so they tell the truth during long drains and broker outages; not
 * after each round, where counting the pending rows would cost a scan of the whole backlog per round.
 */
public class OutboxRelay extends BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final KafkaEventPublisher publisher;
    private final OutboxCommitListener commits;
    private final OutboxProperties properties;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean unacknowledged = new AtomicBoolean();
    private final Scheduler worker = Schedulers.newBoundedElastic(2, 16, "outbox-relay");

    /**
     * @param commits wakes the relay when outbox rows commit; {@code null} to poll only (also when
     *                {@code wake-on-commit} is false)
     */
    public OutboxRelay(DatabaseClient db, TransactionalOperator tx, KafkaEventPublisherFactory publishers,
            OutboxCommitListener commits, OutboxProperties properties, MeterRegistry meters) {
        this.db = db;
        this.tx = tx;
        this.publisher = publishers.create();
        this.commits = properties.wakeOnCommit() ? commits : null;
        this.properties = properties;
        Gauge.builder("platform.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by the broker").register(meters);
        Gauge.builder("platform.outbox.lag", lagSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest pending outbox row").register(meters);
        this.published = Counter.builder("platform.outbox.published").register(meters);
        this.failures = Counter.builder("platform.outbox.failures").register(meters);
        Gauge.builder("platform.outbox.listening", this, relay -> relay.listening() ? 1 : 0)
                .description("1 while the relay is woken by commits, 0 while it only polls").register(meters);
    }

    /** True while commits wake the relay (the listening connection is up). */
    public boolean listening() {
        return commits != null && commits.listening();
    }

    /** What one round did: how many rows it asked for and read, and whether all of them were acknowledged. */
    private record Round(int limit, int read, int sent, boolean complete) {

        static Round idle(int limit) {
            return new Round(limit, 0, 0, true);
        }

        boolean full() {
            return complete && read == limit;
        }
    }

    /**
     * Rounds until the outbox is drained (or a round could not publish everything); returns the number of
     * events sent.
     */
    public Mono<Integer> relayNow() {
        return relayRound(properties.batchSize())
                .expand(round -> round.full()
                        ? relayRound(Math.min(properties.maxBatchSize(), round.limit() * 2)) : Mono.empty())
                .collectList()
                .map(rounds -> {
                    unacknowledged.set(!rounds.get(rounds.size() - 1).complete());
                    return rounds.stream().mapToInt(Round::sent).sum();
                });
    }

    /**
     * One round in one transaction: the advisory lock and the pending rows in one statement (the lock, taken
     * once by the scalar subquery, is a one-time filter: without it no row is even read), publish, mark.
     */
    private Mono<Round> relayRound(int limit) {
        Mono<Round> round = db.sql("""
                select seq, id, topic, event_type, aggregate_id, payload::text as payload, request_id, occurred_at,
                       traceparent, tracestate
                from outbox_event
                where (select pg_try_advisory_xact_lock(:key)) and sent_at is null
                order by seq limit :batch
                """)
                .bind("key", LOCK_KEY)
                .bind("batch", limit)
                .map(row -> new PendingEvent(
                        row.get("seq", Long.class),
                        row.get("id", UUID.class),
                        row.get("topic", String.class),
                        row.get("event_type", String.class),
                        row.get("aggregate_id", String.class),
                        row.get("payload", String.class),
                        row.get("request_id", String.class),
                        row.get("occurred_at", OffsetDateTime.class),
                        row.get("traceparent", String.class),
                        row.get("tracestate", String.class)))
                .all()
                .collectList()
                .flatMap(events -> events.isEmpty() ? Mono.just(Round.idle(limit)) : publishAndMark(limit, events));
        return tx.transactional(round);
    }

    private Mono<Round> publishAndMark(int limit, List<PendingEvent> events) {
        return publisher.publish(events, worker)
                .flatMap(outcome -> markSent(outcome.sent())
                        .then(markFailed(outcome.failed(), outcome.error()))
                        .then(Mono.fromCallable(() -> {
                            published.increment(outcome.sent().size());
                            if (!outcome.failed().isEmpty()) {
                                failures.increment(outcome.failed().size());
                                log.warn("outbox relay: {} event(s) not acknowledged ({}); kept for the next round",
                                        outcome.failed().size(), outcome.error());
                            }
                            return new Round(limit, events.size(), outcome.sent().size(), outcome.failed().isEmpty());
                        })));
    }

    private Mono<Void> markSent(List<PendingEvent> sent) {
        if (sent.isEmpty()) {
            return Mono.empty();
        }
        Long[] seqs = sent.stream().map(PendingEvent::seq).toArray(Long[]::new);
        return db.sql("update outbox_event set sent_at = clock_timestamp(), attempts = attempts + 1, last_error = null where seq = any(:seqs)")
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
    protected boolean enabled() {
        return properties.enabled();
    }

    @Override
    protected Disposable subscribe() {
        Flux<Object> polls = Flux.interval(Duration.ZERO, properties.pollInterval(), worker).map(tick -> "poll");
        Flux<Object> retries = Flux.interval(properties.retryInterval(), properties.retryInterval(), worker)
                .filter(tick -> unacknowledged.get()).map(tick -> "retry");
        Flux<Object> wakeUps = commits == null ? Flux.never() : commits.wakeUps().cast(Object.class);
        Disposable loop = Flux.merge(wakeUps, polls, retries)
                // at most one wake-up waits while a round runs: it runs one more round that sees every commit
                .onBackpressureLatest()
                .concatMap(trigger -> relayNow().onErrorResume(e -> {
                    log.warn("outbox relay round failed: {}", e.getClass().getSimpleName());
                    unacknowledged.set(true);
                    return Mono.just(0);
                }), 0)
                .subscribe();
        Disposable cleanup = Flux.interval(Duration.ofMinutes(1), Duration.ofMinutes(10), worker)
                .concatMap(tick -> deleteSentBefore(properties.retention()).onErrorResume(e -> Mono.just(0L)))
                .subscribe();
        // on the parallel scheduler, apart from the relay's workers: a round stuck on the broker must not hold the
        // gauges at their value from before it; while the database is away they keep their last value
        Disposable gauges = Flux.interval(properties.gaugeInterval(), properties.gaugeInterval())
                .onBackpressureDrop()
                .concatMap(tick -> refreshGauges().onErrorResume(e -> Mono.empty()), 1)
                .subscribe();
        return Disposables.composite(loop, cleanup, gauges);
    }

    @Override
    public int getPhase() {
        // stops before the web server and the Kafka producer, starts after them
        return Integer.MAX_VALUE - 2048;
    }
}
