-- W3C trace context of the transaction that wrote an outbox row (traceparent, tracestate): the relay sends it on as
-- Kafka headers so that the consumers continue the request's trace. Repeatable and idempotent, so that it never has
-- to be ordered among a service's own versioned migrations; rows written before it have none (a new trace starts
-- when they are published).
alter table outbox_event add column if not exists traceparent text;
alter table outbox_event add column if not exists tracestate text;
