package cn.beijing.platform.medical.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.beijing.platform.common.outbox.EventTraceContext;
import cn.beijing.platform.common.outbox.EventType;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.web.CommandLog;
import cn.beijing.platform.common.web.RequestIds;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends many events to the platform outbox in a few statements: the same rows {@link OutboxWriter#append} writes
 * (same table, columns, request id, trace context), {@value #CHUNK} per
 * {@code insert ... select from json_array_elements(...)},
 * in the given order. Call it inside the transaction that changes the state the events report; the platform relay publishes them.
 */
@Component
public class OutboxBatch {

    static final int CHUNK = 2000;

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Clock clock;
    private final EventTraceContext traces;

    OutboxBatch(DatabaseClient db, JsonMapper json, Clock clock, EventTraceContext traces) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.traces = traces;
    }

    /** One event. */
    public record Event(String aggregateId, Object payload) {
    }

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
            // in order (the relay publishes by insertion order), the next chunk serialised while one is written
            return Flux.fromIterable(parts).flatMapSequential(part -> chunk(type, part, requestId, trace, now), 2).then();
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
        insert = requestId == null ? insert.bindNull("requestId", String.class) : insert.bind("requestId", requestId);
        insert = trace.traceparent() == null ? insert.bindNull("traceparent", String.class)
                : insert.bind("traceparent", trace.traceparent());
        insert = trace.tracestate() == null ? insert.bindNull("tracestate", String.class)
                : insert.bind("tracestate", trace.tracestate());
        return insert.fetch().rowsUpdated();
    }
}
