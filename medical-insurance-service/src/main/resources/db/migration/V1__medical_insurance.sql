-- medical-insurance-service: imported reference data (京医保发〔2024〕21号, 22号, 24号 attachments), settled DRG cases,
-- the special-case quota and weight computations. Platform tables (outbox, inbox, idempotency) come from db/platform.

-- One row per import of reference data: who, when, from where, whether it is SAMPLE data.
create table reference_import (
    id                  bigserial   primary key,
    kind                text        not null check (kind in ('DRUG_CATALOGUE', 'PRICE_ITEMS', 'DRG_GROUP_TABLE', 'DRG_HOSPITALS')),
    source              text        not null,
    sample              boolean     not null,
    row_count           integer     not null,
    added               integer     not null,
    updated             integer     not null,
    completeness_issues json        not null,
    imported_by         text        not null,
    imported_at         timestamptz not null
);

-- 2024 drug catalogue (京医保发〔2024〕21号 附件): inclusion parts, and the herbal-pieces exclusion part.
create table drug (
    code                         text    primary key,
    name                         text    not null,
    part                         text    not null check (part in ('WESTERN_MEDICINE', 'CHINESE_PATENT_MEDICINE', 'NEGOTIATED_DRUG', 'CHINESE_HERBAL_PIECE')),
    category_code                text,
    payment_standard             numeric(16, 4) check (payment_standard > 0),
    standard_valid_from          date,
    standard_valid_to            date,
    dropped_after_failed_renewal boolean not null,
    herbal_exclusion             text check (herbal_exclusion in ('NOT_PAYABLE_ALONE_OR_IN_COMPOUND', 'NOT_PAYABLE_ALONE')),
    import_id                    bigint  not null references reference_import (id)
);
create index drug_part on drug (part);
create index drug_category_code on drug (category_code text_pattern_ops);
create index drug_name on drug (name text_pattern_ops);

-- Medical service price items (look-up); charges are checked by the rules of 京医保发〔2024〕22号.
create table price_item (
    code              text    primary key,
    name              text    not null,
    unit              text    not null,
    price             numeric(14, 2) check (price >= 0),
    insurance_classes text,
    valid_from        date    not null,
    valid_to          date,
    import_id         bigint  not null references reference_import (id)
);
create index price_item_name on price_item (name text_pattern_ops);

-- DRG 2.0 group table (京医保发〔2024〕24号 附件1, 附件2): replaced as a whole by each import.
create table drg_group (
    code                                text    primary key,
    name                                text    not null,
    weight                              numeric(10, 4) check (weight > 0),
    designated_employee_payment         text    not null check (designated_employee_payment in ('DRG', 'PER_ITEM_WITH_DRG_SIMULATION')),
    kept_consumables_procurement_group  boolean not null,
    previous_standard                   numeric(14, 2) check (previous_standard > 0),
    import_id                           bigint  not null references reference_import (id)
);

-- Hospitals with inpatient service; designated = one of the 80 of 附件3. Replaced as a whole by each import.
create table drg_hospital (
    code                         text    primary key,
    name                         text    not null,
    designated                   boolean not null,
    infectious_disease_specialty boolean not null,
    level                        text check (level in ('TERTIARY', 'SECONDARY', 'PRIMARY')),
    import_id                    bigint  not null references reference_import (id)
);

create table drg_case_batch (
    id                uuid        primary key,
    hospital_code     text        not null,
    case_count        integer     not null,
    total_cost        numeric(18, 2) not null,
    total_payment     numeric(18, 2) not null,
    settled_by        text        not null,
    settled_at        timestamptz not null
);

-- Settled cases: the inputs the rule needed and its decision. No patient data: hospital_case_id is the hospital's
-- settlement reference (never a medical-record number or a personal id).
create table drg_case (
    id                          uuid        primary key,
    hospital_code               text        not null,
    hospital_case_id            text        not null,
    batch_id                    uuid,
    group_code                  text        not null,
    insurance                   text        not null check (insurance in ('EMPLOYEE', 'RESIDENT')),
    actual_cost                 numeric(14, 2) not null check (actual_cost >= 0),
    discharge_date              date        not null,
    method                      text        not null,
    rate                        numeric(14, 2),
    standard                    numeric(14, 2),
    payment                     numeric(14, 2) not null,
    retained_surplus            numeric(14, 2) not null,
    simulated_payment           numeric(14, 2),
    simulated_retained_surplus  numeric(14, 2),
    high_cost_flagged           boolean,
    high_cost_threshold         numeric(14, 2),
    counts_as_drg_discharge     boolean     not null,
    special_case_status         text        not null default 'NONE'
                                check (special_case_status in ('NONE', 'REQUESTED', 'APPROVED', 'REJECTED')),
    special_case_decided_by     text,
    special_case_decided_at     timestamptz,
    revision                    integer     not null default 1,
    basis                       json        not null,
    settled_by                  text        not null,
    settled_at                  timestamptz not null,
    unique (hospital_code, hospital_case_id)
);
create index drg_case_batch_id on drg_case (batch_id);
create index drg_case_discharge on drg_case (discharge_date);
-- review work lists: only cases in review or flagged high-cost are indexed (most cases are neither)
create index drg_case_review on drg_case (special_case_status, high_cost_flagged)
    where special_case_status <> 'NONE' or high_cost_flagged;

-- Citywide special-case quota per discharge year (京医保发〔2024〕24号 四). Approvals lock the year's row
-- (select ... for update), so concurrent approvals are serialised and never exceed the quota.
create table drg_special_case_quota (
    year                    integer primary key,
    drg_discharge_cases     bigint  not null default 0 check (drg_discharge_cases >= 0),
    approved_special_cases  bigint  not null default 0 check (approved_special_cases >= 0)
);

create table drg_weight_computation (
    id              uuid        primary key,
    source          text        not null,
    total_cases     integer     not null,
    retained_cases  integer     not null,
    result          json        not null,
    computed_by     text        not null,
    computed_at     timestamptz not null
);
