-- Programme applications (京技管发〔2024〕31号, 33号, 京人社毕发〔2024〕16号) from approval to payment and recovery:
-- the approval against the applicant's earlier approvals (就高/从优不重复), the public notice of a programme's approved
-- list ([platform rule]), the payment and the recovery of the support.

-- On submission: whether the claims are one project (33号 三、附则 4) and the period each claim pays for.
-- On approval: what it approved, and for each claim what it pays and against which earlier approval.
alter table programme_application
    add column same_project                      boolean not null default false,
    add column support_year                      integer,
    add column approved_amount                   numeric(14,2),
    add column approved_amount_ten_thousand_yuan numeric(14,2),
    add column approval_basis                    jsonb,
    add column notice_id                         uuid;

alter table programme_claim
    add column period_start           date,
    add column period_end             date,
    add column approval_result        text,             -- GRANTED, TOPPED_UP, SUPERSEDED_BY_EARLIER_APPROVAL
    add column approved_amount        numeric(14,2),
    add column earlier_application_id uuid,
    add column earlier_article        text,
    add column exclusive_groups       jsonb;            -- keys of the claim's exclusive groups

create index programme_application_standing on programme_application (organisation_id, status);

-- Approvals made before this migration pay what they granted on submission (their groups are derived when a later
-- approval of the same applicant is decided, exclusive_groups stays null).
update programme_application
   set approved_amount = amount, approved_amount_ten_thousand_yuan = amount_ten_thousand_yuan,
       support_year = coalesce(extract(year from event_date)::integer, extract(year from decided_on)::integer),
       approval_basis = '[]'::jsonb
 where status = 'APPROVED';
update programme_claim c
   set approval_result = 'GRANTED', approved_amount = c.amount
  from programme_application a
 where a.id = c.application_id and a.status = 'APPROVED' and c.result = 'GRANTED';

-- [platform rule] the approved list of one programme published before payment (31号, 33号).
create table programme_notice (
    id                   uuid primary key,
    programme            text        not null,
    published_on         date        not null,
    working_days         integer     not null,
    period_counting      text        not null,   -- FROM_NEXT_DAY (民法典 第二百零一条) or FROM_SAME_DAY
    last_day             date        not null,
    earliest_payment_day date        not null,
    status               text        not null,   -- OPEN, CLOSED
    closed_on            date,
    basis                jsonb       not null,
    published_by         text        not null,
    created_at           timestamptz not null default now()
);

create table programme_notice_entry (
    notice_id      uuid          not null references programme_notice (id),
    application_id uuid          not null references programme_application (id),
    amount         numeric(14,2) not null,
    primary key (notice_id, application_id)
);
create unique index programme_notice_entry_application on programme_notice_entry (application_id);

create table programme_objection (
    id             uuid primary key,
    notice_id      uuid        not null references programme_notice (id),
    application_id uuid        not null references programme_application (id),
    received_on    date        not null,
    summary        text        not null,
    status         text        not null,   -- STANDING, WITHDRAWN, DISMISSED, UPHELD
    resolved_on    date,
    recorded_by    text        not null,
    created_at     timestamptz not null default now()
);
create index programme_objection_application on programme_objection (application_id);

-- One payment per approved application; a payment counts as paid from its scheduled day.
create table programme_payment (
    id             uuid primary key,
    application_id uuid          not null references programme_application (id),
    notice_id      uuid          references programme_notice (id),
    scheduled_on   date          not null,
    amount         numeric(14,2) not null,
    status         text          not null,   -- SCHEDULED, RECOVERED, CANCELLED
    lines          jsonb         not null,
    basis          jsonb         not null,
    created_at     timestamptz   not null default now()
);
create unique index programme_payment_application on programme_payment (application_id);

create table programme_clawback (
    id             uuid primary key,
    application_id uuid          not null references programme_application (id),
    ground         text          not null,   -- FALSE_DECLARATION, DUPLICATE_SUPPORT
    ordered_on     date          not null,
    amount         numeric(14,2) not null,   -- recovered: payments already made
    cancelled      numeric(14,2) not null,   -- payments not yet made, cancelled
    statement      text,                     -- the officer's finding, never published
    basis          jsonb         not null,
    ordered_by     text          not null,
    created_at     timestamptz   not null default now()
);
create unique index programme_clawback_application on programme_clawback (application_id);
