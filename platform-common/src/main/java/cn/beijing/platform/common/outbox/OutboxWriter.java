package cn.beijing.platform.common.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.web.CommandLog;
import cn.beijing.platform.common.web.RequestIds;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends integration events to the outbox. Call it inside the transaction that changes the state the
 * events report: both commit or neither does. The request id of the calling request, if any, and the W3C trace
 * context of the current span travel with the events.
 */
@RequiredArgsConstructor
public class OutboxWriter {

    /** Events per statement of {@link #appendAll}. */
    static final int CHUNK = 2000;

    /** One event of a batch. */
    public record Event(String aggregateId, Object payload) {
    }

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Clock clock;
    private final EventTraceContext traces;

    /** Returns the event id (the CloudEvents {@code id}). */
    public Mono<UUID> append(EventType type, String aggregateId, Object payload) {
        return Mono.deferContextual(context -> {
            UUID id = UUID.randomUUID();
            String body = json.writeValueAsString(payload);
            DatabaseClient.GenericExecuteSpec insert = db.sql("""
                    insert into outbox_event (id, topic, event_type, aggregate_type, aggregate_id, payload, request_id, occurred_at,
                                              traceparent, tracestate)
                    values (:id, :topic, :type, :aggregateType, :aggregateId, cast(:payload as json), :requestId, :occurredAt,
                            :traceparent, :tracestate)
                    """)
                    .bind("id", id)
                    .bind("topic", type.topic())
                    .bind("type", type.topic())
                    .bind("aggregateType", type.aggregateType())
                    .bind("aggregateId", aggregateId)
                    .bind("payload", body)
                    .bind("occurredAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            CommandLog.noteAggregate(context, aggregateId);
            return origin(insert, RequestIds.of(context).orElse(null), traces.current(context)).fetch().rowsUpdated()
                    .thenReturn(id);
        });
    }

    /**
     * Appends many events of one type in a few statements: the rows {@link #append} writes, {@value #CHUNK} per
     * {@code insert ... select from json_array_elements(...)}, in the given order (the relay publishes by insertion
     * order).
     */
    public Mono<Void> appendAll(EventType type, List<Event> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return Mono.deferContextual(context -> {
            String requestId = RequestIds.of(context).orElse(null);
            EventTraceContext.Stored trace = traces.current(context);
            CommandLog.noteAggregate(context, events.get(0).aggregateId());
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            List<List<Event>> parts = new ArrayList<>();
            for (int from = 0; from < events.size(); from += CHUNK) {
                parts.add(events.subList(from, Math.min(events.size(), from + CHUNK)));
            }
            // in order, the next chunk serialised while one is written
            return Flux.fromIterable(parts).flatMapSequential(part -> chunk(type, part, requestId, trace, now), 2)
                    .then();
        });
    }

    private Mono<Long> chunk(EventType type, List<Event> events, String requestId, EventTraceContext.Stored trace,
                             OffsetDateTime now) {
        // one JSON array [{"i": event id, "a": aggregate id, "p": payload}, ...] bound to one parameter
        StringBuilder rows = new StringBuilder(events.size() * 800).append('[');
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                rows.append(',');
            }
            rows.append("{\"i\":\"").append(UUID.randomUUID()).append("\",\"a\":")
                    .append(json.writeValueAsString(events.get(i).aggregateId())).append(",\"p\":")
                    .append(json.writeValueAsString(events.get(i).payload())).append('}');
        }
        rows.append(']');
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into outbox_event (id, topic, event_type, aggregate_type, aggregate_id, payload, request_id,
                                                  occurred_at, traceparent, tracestate)
                        select cast(e.value ->> 'i' as uuid), :topic, :topic, :aggregateType, e.value ->> 'a',
                               e.value -> 'p', :requestId, :occurredAt, :traceparent, :tracestate
                        from json_array_elements(cast(:rows as json)) with ordinality as e(value, n)
                        order by e.n
                        """)
                .bind("rows", rows.toString())
                .bind("topic", type.topic()).bind("aggregateType", type.aggregateType())
                .bind("occurredAt", now);
        return origin(insert, requestId, trace).fetch().rowsUpdated();
    }

    /** Where an event comes from: the request id and the trace context of the command that writes it. */
    private static DatabaseClient.GenericExecuteSpec origin(DatabaseClient.GenericExecuteSpec insert, String requestId,
                                                            EventTraceContext.Stored trace) {
        insert = requestId == null ? insert.bindNull("requestId", String.class) : insert.bind("requestId", requestId);
        insert = trace.traceparent() == null ? insert.bindNull("traceparent", String.class)
                : insert.bind("traceparent", trace.traceparent());
        return trace.tracestate() == null ? insert.bindNull("tracestate", String.class)
                : insert.bind("tracestate", trace.tracestate());
    }
}
