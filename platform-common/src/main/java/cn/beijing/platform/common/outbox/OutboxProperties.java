package cn.beijing.platform.common.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Relay settings ({@code platform.outbox.*}).
 *
 * @param pollInterval  how often pending rows are looked for
 * @param batchSize     rows published per round
 * @param sendTimeout   how long one round waits for the broker's acknowledgements
 * @param maxBlock      how long a send may wait for broker metadata (broker down) before the round gives up
 * @param retention     how long sent rows are kept for inspection before they are deleted
 * @param source        CloudEvents {@code source} of this service's events
 * @param gaugeInterval how often the pending and lag gauges are re-read, independently of relay rounds
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("2s") Duration maxBlock,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("true") boolean enabled,
        String source,
        @DefaultValue("1s") Duration gaugeInterval) {
}
