package cn.beijing.platform.common.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import cn.beijing.platform.common.web.RequestIds;
import io.micrometer.tracing.Span;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Publishes outbox rows with the CloudEvents headers, the request id and the W3C trace context (each event is sent
 * in a producer span, {@link EventTraceContext}, that ends when the broker acknowledges it): a whole round is handed to the producer at once (it
 * batches and compresses per partition), then the acknowledgements are awaited together, without a thread
 * waiting on them. Handing records over may block (broker metadata, a full buffer), so it runs on the
 * relay's worker, never on an event loop.
 */
@RequiredArgsConstructor
class KafkaEventPublisher {

    record Outcome(List<PendingEvent> sent, List<PendingEvent> failed, String error) {
    }

    /** An event after the first send that failed: never handed to the producer in this round. */
    private static final String NOT_HANDED_OVER = "not handed over";

    private final KafkaTemplate<String, byte[]> template;
    private final String source;
    private final Duration sendTimeout;
    private final EventTraceContext traces;

    /**
     * Sends the events in outbox order. An event counts as sent only when the broker acknowledged it and no
     * earlier event of the same aggregate failed in this round, so that per-aggregate order survives a retry.
     * If the broker cannot be reached, the round stops at the first send that fails.
     */
    Mono<Outcome> publish(List<PendingEvent> events, Scheduler worker) {
        return Mono.fromCallable(() -> send(events))
                .subscribeOn(worker)
                .flatMap(acks -> Mono.fromFuture(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)), true)
                        // delivery.timeout.ms ends every send before this; the timeout only guards against a hang
                        .timeout(sendTimeout.plusSeconds(1), Mono.empty())
                        .then(Mono.fromCallable(() -> outcome(events, acks))));
    }

    /** One future per event handed over, completed with the failure or {@code null} once acknowledged. */
    private List<CompletableFuture<Throwable>> send(List<PendingEvent> events) {
        List<CompletableFuture<Throwable>> acks = new ArrayList<>(events.size());
        for (PendingEvent event : events) {
            Span span = traces.startPublishing(event);
            try {
                acks.add(template.send(record(event, span)).handle((result, failure) -> ended(span, failure)));
            } catch (RuntimeException e) {
                acks.add(CompletableFuture.completedFuture(ended(span, e)));
                break;
            }
        }
        return acks;
    }

    private static Outcome outcome(List<PendingEvent> events, List<CompletableFuture<Throwable>> acks) {
        List<PendingEvent> sent = new ArrayList<>(events.size());
        List<PendingEvent> failed = new ArrayList<>();
        Set<String> blockedAggregates = new HashSet<>();
        String error = null;
        for (int i = 0; i < events.size(); i++) {
            PendingEvent event = events.get(i);
            String failure = i < acks.size() ? failure(acks.get(i)) : NOT_HANDED_OVER;
            if (failure == null && !blockedAggregates.contains(event.aggregateId())) {
                sent.add(event);
            } else {
                blockedAggregates.add(event.aggregateId());
                failed.add(event);
                if (error == null && failure != null && !failure.equals(NOT_HANDED_OVER)) {
                    error = failure;
                }
            }
        }
        return new Outcome(sent, failed, error);
    }

    private static Throwable ended(Span span, Throwable failure) {
        if (failure != null) {
            span.error(failure.getCause() != null ? failure.getCause() : failure);
        }
        span.end();
        return failure;
    }

    /** Why the broker did not acknowledge, {@code null} when it did. */
    private static String failure(CompletableFuture<Throwable> ack) {
        if (!ack.isDone()) {
            return "TimeoutException";
        }
        Throwable failure = ack.join();
        if (failure == null) {
            return null;
        }
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName();
    }

    private ProducerRecord<String, byte[]> record(PendingEvent event, Span span) {
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
        traces.inject(span, headers);
        return new ProducerRecord<>(event.topic(), null, event.aggregateId(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
