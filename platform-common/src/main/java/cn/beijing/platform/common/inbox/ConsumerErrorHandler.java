package cn.beijing.platform.common.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.beijing.platform.common.failure.FailureClass;
import cn.beijing.platform.common.outbox.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handler of every Kafka listener, deciding by {@link FailureClass}:
 * <ul>
 * <li>poison: straight to {@code <topic>.dlt} (original key, value and headers plus the failure headers);</li>
 * <li>infrastructure (database or broker unavailable): the record is sought again and retried with exponential
 * backoff (capped, so the consumer keeps polling and stays in its group) for as long as the outage lasts; it is
 * never skipped and never dead-lettered for a transient cause;</li>
 * <li>unexpected: {@code attempts} deliveries, then the dead-letter topic.</li>
 * </ul>
 * Every dead letter is logged at WARN with topic, partition, offset, event id and the cause's class (never the
 * payload); retries during an outage at most once per partition per {@code outageLogEvery}.
 * Metrics: {@code platform.consumer.retries} (tag {@code kind}) and {@code platform.consumer.dead.letters}.
 */
public class ConsumerErrorHandler extends DefaultErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorHandler.class);

    public ConsumerErrorHandler(KafkaOperations<String, byte[]> template, DeadLetterProperties properties,
            MeterRegistry meters) {
        super(new LoggedDeadLetters(template, Counter.builder("platform.consumer.dead.letters")
                        .description("Records sent to their dead-letter topic").register(meters)),
                new FixedBackOff(properties.backoff().toMillis(), Math.max(0, properties.attempts() - 1)));
        ExponentialBackOff outage = new ExponentialBackOff(properties.outageBackoff().toMillis(), 2.0);
        outage.setMaxInterval(properties.outageBackoffMax().toMillis());
        outage.setMaxElapsedTime(Long.MAX_VALUE);
        BackOff poison = new FixedBackOff(0, 0);
        setBackOffFunction((record, exception) -> switch (FailureClass.of(exception)) {
            case POISON -> poison;
            case INFRASTRUCTURE -> outage;
            case UNEXPECTED -> null; // the bounded default
        });
        addNotRetryableExceptions(PoisonEventException.class);
        // the retry listener below logs each failure once, readably; the container's own line would repeat the trace
        setLogLevel(KafkaException.Level.DEBUG);
        setRetryListeners(new FailureLog(properties, meters));
    }

    static String eventId(ConsumerRecord<?, ?> record) {
        Header id = record.headers().lastHeader(CloudEventHeaders.ID);
        return id == null ? "none" : new String(id.value(), StandardCharsets.UTF_8);
    }

    static String cause(Exception exception) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                // the platform's own poison messages name what is wrong, never a value of the record
                return cause.getClass().getName() + " (" + poison.getMessage() + ")";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return cause.getClass().getName();
    }

    /** Publishes to {@code <topic>.dlt} and says so at WARN once the dead letter is written. */
    private static final class LoggedDeadLetters extends DeadLetterPublishingRecoverer {

        private final Counter deadLetters;

        LoggedDeadLetters(KafkaOperations<String, byte[]> template, Counter deadLetters) {
            super(template, (record, exception) -> new TopicPartition(record.topic() + ".dlt", -1));
            this.deadLetters = deadLetters;
        }

        @Override
        public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
            super.accept(record, consumer, exception);
            deadLetters.increment();
            log.warn("dead-lettered {}-{}@{} (event id {}) to {}.dlt: {} failure, cause {}", record.topic(),
                    record.partition(), record.offset(), eventId(record), record.topic(), FailureClass.of(exception),
                    cause(exception));
        }
    }

    /** One WARN per failed delivery, except during an outage: then at most one per partition per interval. */
    private static final class FailureLog implements RetryListener {

        private final long outageLogEveryNanos;
        private final Map<TopicPartition, Long> lastOutageLine = new ConcurrentHashMap<>();
        private final Counter outageRetries;
        private final Counter unexpectedRetries;

        FailureLog(DeadLetterProperties properties, MeterRegistry meters) {
            this.outageLogEveryNanos = properties.outageLogEvery().toNanos();
            this.outageRetries = Counter.builder("platform.consumer.retries").tag("kind", "infrastructure")
                    .description("Failed deliveries that will be retried").register(meters);
            this.unexpectedRetries = Counter.builder("platform.consumer.retries").tag("kind", "unexpected")
                    .description("Failed deliveries that will be retried").register(meters);
        }

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int deliveryAttempt) {
            FailureClass kind = FailureClass.of(exception);
            if (kind == FailureClass.INFRASTRUCTURE) {
                outageRetries.increment();
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                long now = System.nanoTime();
                Long last = lastOutageLine.get(partition);
                if (deliveryAttempt == 1 || last == null || now - last >= outageLogEveryNanos) {
                    lastOutageLine.put(partition, now);
                    log.warn("{}-{}@{} (event id {}): a dependency is unavailable ({}); the record is kept and retried"
                            + " until it returns (delivery {})", record.topic(), record.partition(), record.offset(),
                            eventId(record), cause(exception), deliveryAttempt);
                }
            } else if (kind == FailureClass.UNEXPECTED) {
                unexpectedRetries.increment();
                log.warn("{}-{}@{} (event id {}): delivery {} failed unexpectedly: {}", record.topic(),
                        record.partition(), record.offset(), eventId(record), deliveryAttempt, cause(exception));
                log.debug("unexpected consumer failure of event {}", eventId(record), exception);
            }
        }
    }
}
