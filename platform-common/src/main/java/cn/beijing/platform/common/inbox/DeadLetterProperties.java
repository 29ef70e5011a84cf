package cn.beijing.platform.common.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a consumer retries a failing record ({@code platform.consumer.*}). A poison record goes to
 * {@code <topic>.dlt} at once; an unexpected failure after {@code attempts} deliveries; an unavailable dependency
 * is retried without end, the pause doubling from {@code outageBackoff} up to {@code outageBackoffMax}.
 *
 * @param attempts         total deliveries of a record failing unexpectedly (first try included)
 * @param backoff          pause between them
 * @param outageBackoff    first pause while a dependency (database, broker) is unavailable
 * @param outageBackoffMax longest pause while it stays unavailable (well under {@code max.poll.interval.ms})
 * @param outageLogEvery   at most one WARN line per partition in this interval while retrying an outage
 */
@ConfigurationProperties("platform.consumer")
public record DeadLetterProperties(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration backoff,
        @DefaultValue("200ms") Duration outageBackoff, @DefaultValue("5s") Duration outageBackoffMax,
        @DefaultValue("30s") Duration outageLogEvery) {
}
