package cn.beijing.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.r2dbc.core.DatabaseClient;

/** Waiting for the relay in the outbox tests. */
final class OutboxTestSupport {

    private OutboxTestSupport() {
    }

    static void await(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for: %s", timeout, what).isLessThan(deadline);
            sleep(Duration.ofMillis(20));
        }
    }

    static long pending(DatabaseClient db) {
        return db.sql("select count(*) as n from outbox_event where sent_at is null")
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    /**
     * Waits until the event is marked sent (the broker acknowledged it) and returns the time from its writing
     * to that mark, both taken by the database clock.
     */
    static Duration awaitSent(DatabaseClient db, UUID id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Double seconds = db.sql("""
                            select extract(epoch from sent_at - occurred_at)::float8 as s
                            from outbox_event where id = :id and sent_at is not null
                            """)
                    .bind("id", id).map(row -> row.get("s", Double.class)).one().block(Duration.ofSeconds(10));
            if (seconds != null) {
                return Duration.ofNanos((long) (seconds * 1e9));
            }
            assertThat(System.nanoTime()).as("event %s sent within %s", id, timeout).isLessThan(deadline);
            sleep(Duration.ofMillis(20));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
