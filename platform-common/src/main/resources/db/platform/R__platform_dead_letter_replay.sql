-- Operators' re-publications of dead letters (POST …/ops/dead-letter-replays): who, when, why and which records.
-- Repeatable and idempotent, so that it never has to be ordered among a service's own versioned migrations;
-- rows are never updated after REPUBLISHED and never deleted.
create table if not exists dead_letter_replay (
    replay_id          uuid        not null,
    replayed_by        text        not null,
    replayed_at        timestamptz not null default now(),
    reason             text        not null,
    topic              text        not null,
    dlt_partition      int         not null,
    dlt_offset         bigint      not null,
    event_id           text,
    status             text        not null,
    republished_partition int,
    republished_offset bigint,
    primary key (replay_id, dlt_partition, dlt_offset)
);
create index if not exists dead_letter_replay_at on dead_letter_replay (replayed_at desc);
