-- Platform tables shared by every service (each service has them in its own database and Flyway history).

-- Transactional outbox: written in the same transaction as the state change it reports.
create table outbox_event (
    seq            bigserial    primary key,
    id             uuid         not null unique,
    topic          text         not null,
    event_type     text         not null,
    aggregate_type text         not null,
    aggregate_id   text         not null,
    payload        json         not null, -- json, not jsonb: the bytes published are the bytes written
    request_id     text,
    occurred_at    timestamptz  not null,
    attempts       integer      not null default 0,
    last_error     text,
    sent_at        timestamptz
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Inbox of idempotent consumers: one row per consumer and event id, written with the consumer's effect.
create table inbox_event (
    consumer     text        not null,
    event_id     text        not null,
    topic        text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency-Key of state-changing requests: the first response, replayed for the same key.
create table idempotency_key (
    scope           text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          integer,
    body            text,
    created_at      timestamptz not null default now(),
    primary key (scope, idempotency_key)
);
