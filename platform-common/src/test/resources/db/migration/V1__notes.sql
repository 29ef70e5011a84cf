-- A throw-away aggregate for testing the platform machinery; never shipped.
create table note (
    id      uuid primary key,
    title   text          not null,
    kind    text          not null,
    amount  numeric(12,2) not null,
    on_date date          not null
);
create table note_effect (
    id       bigserial primary key,
    event_id text not null,
    note_id  text not null
);
