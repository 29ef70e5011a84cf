package cn.beijing.platform.common.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.beijing.platform.common.web.CommandLog;
import cn.beijing.platform.common.web.RequestIds;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends an integration event to the outbox. Call it inside the transaction that changes the state the
 * event reports: both commit or neither does. The request id of the calling request, if any, and the W3C trace
 * context of the current span travel with the event.
 */
public class OutboxWriter {

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Clock clock;
    private final EventTraceContext traces;

    public OutboxWriter(DatabaseClient db, JsonMapper json, Clock clock, EventTraceContext traces) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.traces = traces;
    }

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
            String requestId = RequestIds.of(context).orElse(null);
            insert = requestId == null ? insert.bindNull("requestId", String.class) : insert.bind("requestId", requestId);
            EventTraceContext.Stored trace = traces.current(context);
            insert = trace.traceparent() == null ? insert.bindNull("traceparent", String.class)
                    : insert.bind("traceparent", trace.traceparent());
            insert = trace.tracestate() == null ? insert.bindNull("tracestate", String.class)
                    : insert.bind("tracestate", trace.tracestate());
            return insert.fetch().rowsUpdated().thenReturn(id);
        });
    }
}
