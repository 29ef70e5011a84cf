package cn.beijing.platform.common.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Consumer retries before a record goes to {@code <topic>.dlt} ({@code platform.consumer.*}).
 *
 * @param attempts total deliveries of a failing record (first try included)
 * @param backoff  pause between them
 */
@ConfigurationProperties("platform.consumer")
public record DeadLetterProperties(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration backoff) {
}
