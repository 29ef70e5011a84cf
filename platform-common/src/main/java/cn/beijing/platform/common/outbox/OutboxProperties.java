package cn.beijing.platform.common.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Relay settings ({@code platform.outbox.*}).
 *
 * @param wakeOnCommit  wake the relay when outbox rows commit (PostgreSQL {@code LISTEN/NOTIFY}); when false the
 *                      relay only polls, every {@code pollInterval}
 * @param pollInterval  how often pending rows are looked for without a wake-up: the safety net for a lost
 *                      notification (or the only trigger when {@code wakeOnCommit} is false). It also paces the
 *                      check that the listening connection is still alive
 * @param retryInterval how soon a round that left events unacknowledged (broker unreachable) is retried
 * @param batchSize     rows read per round when there is no backlog
 * @param maxBatchSize  rows read per round at most: the round size doubles from {@code batchSize} while rounds
 *                      come back full (a backlog) and falls back once one does not
 * @param sendTimeout   how long one round waits for the broker's acknowledgements
 * @param maxBlock      how long a send may wait for broker metadata (broker down) before the round gives up
 * @param retention     how long sent rows are kept for inspection before they are deleted
 * @param source        CloudEvents {@code source} of this service's events
 * @param gaugeInterval how often the pending and lag gauges are re-read, independently of relay rounds
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean wakeOnCommit,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("1s") Duration retryInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5000") int maxBatchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("2s") Duration maxBlock,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("true") boolean enabled,
        String source,
        @DefaultValue("1s") Duration gaugeInterval) {

    public OutboxProperties {
        if (batchSize < 1 || maxBatchSize < batchSize) {
            throw new IllegalArgumentException("platform.outbox: need 1 <= batch-size <= max-batch-size, got "
                    + batchSize + " and " + maxBatchSize);
        }
    }
}
