-- Adopted weight sets (京医保发〔2024〕24号 二(一)): a stored weight computation adopted as a new version of the group
-- table, in force from effective_from. A version belongs to the group-table import it was adopted on: a later import
-- replaces the table and the versions adopted on the previous one stop applying (they stay recorded).
create table drg_weight_adoption (
    id                     uuid        primary key,
    computation_id         uuid        not null references drg_weight_computation (id),
    group_table_import_id  bigint      not null references reference_import (id),
    effective_from         date        not null,
    adopted_on             date        not null,
    adopted_by             text        not null,
    adopted_at             timestamptz not null,
    note                   text,
    kept_groups            json        not null,   -- computed kept consumables-procurement groups, not adopted
    basis                  json        not null,
    unique (group_table_import_id, effective_from)
);

create table drg_adopted_weight (
    adoption_id      uuid           not null references drg_weight_adoption (id),
    group_code       text           not null,
    previous_weight  numeric(10, 4) not null check (previous_weight > 0),
    weight           numeric(10, 4) not null check (weight > 0),
    primary key (adoption_id, group_code)
);
