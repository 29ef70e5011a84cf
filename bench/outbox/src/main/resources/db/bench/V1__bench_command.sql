-- The state change of a benchmark command: written in the same transaction as its outbox row.
create table bench_command (
    id          uuid        primary key,
    received_at timestamptz not null default now()
);
