package cn.beijing.platform.common.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.beijing.platform.common.web.RequestIds;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes outbox rows with the CloudEvents headers. Blocking (it waits for the broker's acknowledgements),
 * so it runs on a worker thread, never on an event loop.
 */
class KafkaEventPublisher {

    record Outcome(List<PendingEvent> sent, List<PendingEvent> failed, String error) {
    }

    private final KafkaTemplate<String, byte[]> template;
    private final String source;
    private final Duration sendTimeout;

    KafkaEventPublisher(KafkaTemplate<String, byte[]> template, String source, Duration sendTimeout) {
        this.template = template;
        this.source = source;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Sends the events in outbox order. An event counts as sent only when the broker acknowledged it and no
     * earlier event of the same aggregate failed in this round, so that per-aggregate order survives a retry.
     * If the broker cannot be reached, the round stops at the first send that fails.
     */
    Outcome publish(List<PendingEvent> events) {
        List<CompletableFuture<SendResult<String, byte[]>>> futures = new ArrayList<>();
        String error = null;
        for (PendingEvent event : events) {
            try {
                futures.add(template.send(record(event)));
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName();
                break;
            }
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        List<PendingEvent> sent = new ArrayList<>();
        List<PendingEvent> failed = new ArrayList<>();
        Set<String> blockedAggregates = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            PendingEvent event = events.get(i);
            boolean ok = false;
            if (i < futures.size()) {
                try {
                    long wait = Math.max(1, deadline - System.nanoTime());
                    futures.get(i).get(wait, TimeUnit.NANOSECONDS);
                    ok = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    error = "interrupted";
                } catch (Exception e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    error = cause.getClass().getSimpleName();
                }
            }
            if (ok && !blockedAggregates.contains(event.aggregateId())) {
                sent.add(event);
            } else {
                blockedAggregates.add(event.aggregateId());
                failed.add(event);
            }
        }
        return new Outcome(sent, failed, error);
    }

    private ProducerRecord<String, byte[]> record(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, event.id().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, event.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, CloudEventHeaders.SUBJECT, event.aggregateId());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        if (event.requestId() != null) {
            header(headers, RequestIds.KAFKA_HEADER, event.requestId());
        }
        return new ProducerRecord<>(event.topic(), null, event.aggregateId(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
