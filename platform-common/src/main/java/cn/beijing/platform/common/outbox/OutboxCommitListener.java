package cn.beijing.platform.common.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Listens for commits of outbox rows: the trigger of {@code R__platform_outbox_notify.sql} notifies channel
 * {@value #CHANNEL} once per inserting statement, and PostgreSQL delivers it only when the transaction commits.
 *
 * <p>One dedicated connection, outside the pool (a pooled connection would be validated, recycled or closed
 * when idle, and with it the {@code LISTEN}). When it drops (PostgreSQL restart, network, a terminated backend)
 * or stops answering the periodic check, it is opened again and {@code LISTEN} repeated, with a backoff from
 * 100 ms to 5 s. The listener shows in {@code pg_stat_activity} with the query {@code LISTEN platform_outbox}.
 * Notifications sent while nobody listened are lost: every (re)connection therefore emits a wake-up of its own,
 * so that a relay round picks up whatever committed meanwhile.
 */
public final class OutboxCommitListener {

    /** The channel the outbox trigger notifies. */
    public static final String CHANNEL = "platform_outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxCommitListener.class);

    /** Why the relay was woken. */
    enum Wake {
        /** {@code LISTEN} is (again) in effect: anything committed before may have gone unnoticed. */
        LISTENING,
        /** Outbox rows were committed. */
        COMMITTED
    }

    private final PostgresqlConnectionFactory connections;
    private final Duration check;
    private final AtomicBoolean listening = new AtomicBoolean();

    /**
     * @param connections opens the dedicated connection
     * @param check       how often the connection is checked to be alive
     */
    public OutboxCommitListener(PostgresqlConnectionFactory connections, Duration check) {
        this.connections = connections;
        this.check = check;
    }

    /**
     * The PostgreSQL connection factory behind {@code factory} (Boot's is a pool wrapping it), if it is one:
     * notifications are a PostgreSQL feature.
     */
    public static Optional<PostgresqlConnectionFactory> postgresql(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        for (int depth = 0; depth < 8; depth++) {
            if (current instanceof PostgresqlConnectionFactory postgresql) {
                return Optional.of(postgresql);
            }
            if (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
                current = inner;
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True while {@code LISTEN} is in effect on a live connection. */
    public boolean listening() {
        return listening.get();
    }

    /**
     * Wake-ups, one per (re)connection and one per notification. Never completes and never fails: a lost
     * connection is opened again. Cancelling closes the connection.
     */
    Flux<Wake> wakeUps() {
        return Flux.usingWhen(Mono.from(connections.create()), this::listen, OutboxCommitListener::close,
                        (connection, error) -> close(connection), OutboxCommitListener::close)
                .doOnError(error -> listening.set(false))
                .doOnCancel(() -> listening.set(false))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100))
                        .maxBackoff(Duration.ofSeconds(5))
                        .transientErrors(true)
                        .doBeforeRetry(signal -> {
                            String cause = signal.failure().getClass().getSimpleName();
                            if (signal.totalRetriesInARow() == 0) {
                                log.warn("outbox listener lost its connection ({}); opening it again", cause);
                            } else {
                                log.debug("outbox listener: attempt {} failed ({})", signal.totalRetriesInARow(), cause);
                            }
                        }));
    }

    private static Mono<Void> close(PostgresqlConnection connection) {
        // closing a connection that already broke may fail too; there is nothing left to release
        return connection.close().onErrorResume(error -> Mono.empty());
    }

    private Flux<Wake> listen(PostgresqlConnection connection) {
        // subscribed before LISTEN runs: nothing between the two is missed
        Flux<Wake> committed = connection.getNotifications().map(notification -> Wake.COMMITTED);
        Mono<Wake> listened = listen(connection, Duration.ofSeconds(30)).then(Mono.fromCallable(() -> {
            listening.set(true);
            log.debug("outbox listener: LISTEN {}", CHANNEL);
            return Wake.LISTENING;
        }));
        // LISTEN again now and then (it is idempotent): proves the connection alive, which a half-open TCP
        // connection would never report by itself, and keeps the listener recognisable in pg_stat_activity
        Flux<Wake> alive = Flux.interval(check, check).concatMap(tick -> listen(connection, check))
                .thenMany(Flux.<Wake>empty());
        return Flux.merge(committed, listened, alive)
                // the notifications end only with the connection
                .concatWith(Mono.error(() -> new IllegalStateException("the listening connection was closed")));
    }

    private static Mono<Void> listen(PostgresqlConnection connection, Duration timeout) {
        return connection.createStatement("LISTEN " + CHANNEL).execute()
                .flatMap(PostgresqlResult::getRowsUpdated)
                .then()
                .timeout(timeout);
    }
}
