package cn.beijing.platform.common.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.common.header.Headers;
import reactor.util.context.ContextView;

/**
 * W3C trace context (<a href="https://www.w3.org/TR/trace-context/">traceparent, tracestate</a>) through the outbox:
 * the writer stores the context of the span that is current when a command or a consumer appends an event; the relay
 * publishes each event in a producer span that is a child of that context (a new trace when there is none) and
 * sends that span's context as the {@code traceparent} and {@code tracestate} headers, next to the CloudEvents
 * headers. The consumers' listener spans continue from the header (spring-kafka's listener observation), so
 * gateway, service, database, outbox, Kafka, consumer and what the consumer does are one trace.
 */
@RequiredArgsConstructor
public class EventTraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    /** A stored trace context. */
    public record Stored(String traceparent, String tracestate) {

        static final Stored NONE = new Stored(null, null);
    }

    private final Tracer tracer;
    private final Propagator propagator;

    /** Whether a header value is a W3C traceparent of version 00 with non-zero ids. */
    public static boolean isValid(String traceparent) {
        return traceparent != null && VALID_TRACEPARENT.matcher(traceparent).matches();
    }

    /**
     * The trace context of the span current in a Reactor pipeline (the request's or the consumer's), to store with an
     * outbox row (columns {@code traceparent}, {@code tracestate}).
     */
    public Stored current(ContextView context) {
        try (ContextSnapshot.Scope ignored = SNAPSHOTS.setThreadLocalsFrom(context)) {
            Span span = tracer.currentSpan();
            if (span == null) {
                return Stored.NONE;
            }
            Map<String, String> carrier = new HashMap<>();
            propagator.inject(span.context(), carrier, Map::put);
            String traceparent = carrier.get(TRACEPARENT);
            return isValid(traceparent) ? new Stored(traceparent, blankToNull(carrier.get(TRACESTATE))) : Stored.NONE;
        }
    }

    /** Starts the span that publishes an event: a child of the stored context, or the root of a new trace. */
    Span startPublishing(PendingEvent event) {
        Span.Builder builder;
        if (isValid(event.traceparent())) {
            Map<String, String> carrier = new HashMap<>();
            carrier.put(TRACEPARENT, event.traceparent());
            if (event.tracestate() != null) {
                carrier.put(TRACESTATE, event.tracestate());
            }
            builder = propagator.extract(carrier, Map::get);
        } else {
            builder = tracer.spanBuilder();
        }
        return builder.name(event.topic() + " publish")
                .kind(Span.Kind.PRODUCER)
                .remoteServiceName("kafka")
                .tag("messaging.system", "kafka")
                .tag("messaging.operation", "publish")
                .tag("messaging.destination.name", event.topic())
                .tag("messaging.message.id", event.id().toString())
                .start();
    }

    /** Writes the span's context into a record's headers ({@code traceparent}, and {@code tracestate} if any). */
    void inject(Span span, Headers headers) {
        propagator.inject(span.context(), headers, (carrier, key, value) -> {
            if (TRACEPARENT.equals(key) || TRACESTATE.equals(key)) {
                carrier.remove(key);
                if (value != null && !value.isEmpty()) {
                    carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
