package cn.beijing.platform.common.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the inbox and the Idempotency-Key rows are kept ({@code platform.retention.*}).
 *
 * @param inboxEvents     age after which a consumer's processed-event row is deleted. It must outlive every way an
 *                        event can come back with the same {@code ce_id}: Kafka keeps events 14 days and dead
 *                        letters (which operators may re-publish) 30 days, and a producer's database restored to a
 *                        moment up to 30 days back publishes again what it had not marked sent then. 35 days covers
 *                        the longest of these with 5 days for the restore itself.
 * @param idempotencyKeys age after which an Idempotency-Key and its stored response are deleted: the replay window
 *                        the README promises. 10 days covers a client that retries after the longest closure of the
 *                        working-day calendars (9 days), and keeps stored responses (an assessment's details among
 *                        them) no longer than that.
 * @param cron            when the purge runs (Asia/Shanghai); {@code -} disables it. Hourly, so that each run
 *                        deletes about an hour's rows.
 * @param batchSize       rows deleted per statement (one short transaction each)
 */
@ConfigurationProperties("platform.retention")
public record RetentionProperties(
        @DefaultValue("35d") Duration inboxEvents,
        @DefaultValue("10d") Duration idempotencyKeys,
        @DefaultValue("0 17 * * * *") String cron,
        @DefaultValue("5000") int batchSize) {

    public RetentionProperties {
        if (inboxEvents.isNegative() || inboxEvents.isZero() || idempotencyKeys.isNegative() || idempotencyKeys.isZero()) {
            throw new IllegalArgumentException("platform.retention ages must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("platform.retention.batch-size must be at least 1");
        }
    }

    public boolean scheduled() {
        return !"-".equals(cron.trim());
    }
}
