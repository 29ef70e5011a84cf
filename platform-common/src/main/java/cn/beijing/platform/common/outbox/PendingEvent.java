package cn.beijing.platform.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox row not yet acknowledged by the broker. */
record PendingEvent(long seq, UUID id, String topic, String eventType, String aggregateId, String payload,
        String requestId, OffsetDateTime occurredAt, String traceparent, String tracestate) {
}
