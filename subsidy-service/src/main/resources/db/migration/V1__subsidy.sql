-- subsidy-service: kindergartens and their rosters (京技管发〔2024〕30号), applications, public notices, objections,
-- payments, findings and clawbacks (第十四条, 第十九条–第二十一条), programme applications (31号, 33号, 16号) and
-- assistance cases opened from guardianship referrals (京民社救发〔2024〕111号).
-- Decisions are kept as the JSON the policy produced (with their basis); the columns hold what workflows query.

create table kindergarten (
    id                   uuid primary key,
    organisation_id      text          not null,   -- the applicant organisation (JWT agency claim)
    name                 text          not null,
    address              text          not null,
    classes              integer       not null check (classes > 0),
    capacity             integer       not null check (capacity > 0),
    monthly_fee_standard numeric(12,2) not null check (monthly_fee_standard >= 0),
    fee_items            jsonb         not null,
    status               text          not null,   -- ACTIVE, SUSPENDED, DISQUALIFIED, CLOSED
    registered_on        date          not null,
    created_at           timestamptz   not null default now()
);
create index kindergarten_organisation on kindergarten (organisation_id);

-- The roster as the 学前管理系统 keeps it: the kindergarten's own child reference, no names.
create table kindergarten_child (
    kindergarten_id uuid    not null references kindergarten (id),
    child_ref       text    not null,
    birth_date      date    not null,
    entered_on      date    not null,
    autumn_intake   boolean not null,
    left_on         date,
    graduated       boolean not null default false,
    primary key (kindergarten_id, child_ref),
    check (entered_on >= birth_date),
    check (left_on is null or left_on >= entered_on)
);

create table kindergarten_application (
    id              uuid primary key,
    kindergarten_id uuid          not null references kindergarten (id),
    organisation_id text          not null,
    year            integer       not null,
    kinds           jsonb         not null,   -- PER_CHILD, RENT, PRESCHOOL_AID
    documents       jsonb         not null,   -- 第十三条 items submitted
    rent_facts      jsonb,
    aid_facts       jsonb,
    applied_on      date          not null,
    status          text          not null,
    checklist       jsonb         not null,
    eligibility     jsonb,
    assessment      jsonb,
    eligible        boolean,
    amount          numeric(14,2),
    reviewed_on     date,
    decided_on      date,
    decision_reason text,
    notice_id       uuid,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now()
);
create index kindergarten_application_kindergarten on kindergarten_application (kindergarten_id);
create index kindergarten_application_status on kindergarten_application (status);

create table public_notice (
    id                   uuid primary key,
    published_on         date        not null,
    working_days         integer     not null,
    last_day             date        not null,
    earliest_payment_day date        not null,
    status               text        not null,   -- OPEN, CLOSED
    closed_on            date,
    basis                jsonb       not null,
    published_by         text        not null,
    created_at           timestamptz not null default now()
);

create table notice_entry (
    notice_id      uuid          not null references public_notice (id),
    application_id uuid          not null references kindergarten_application (id),
    amount         numeric(14,2) not null,
    primary key (notice_id, application_id)
);
create unique index notice_entry_application on notice_entry (application_id);

create table objection (
    id             uuid primary key,
    notice_id      uuid        not null references public_notice (id),
    application_id uuid        not null references kindergarten_application (id),
    received_on    date        not null,
    summary        text        not null,
    status         text        not null,   -- STANDING, WITHDRAWN, DISMISSED, UPHELD
    resolved_on    date,
    recorded_by    text        not null,
    created_at     timestamptz not null default now()
);
create index objection_application on objection (application_id);

create table payment (
    id              uuid primary key,
    application_id  uuid          not null references kindergarten_application (id),
    kindergarten_id uuid          not null references kindergarten (id),
    notice_id       uuid          not null references public_notice (id),
    scheduled_on    date          not null,
    amount          numeric(14,2) not null,
    status          text          not null,   -- SCHEDULED, WITHHELD, CANCELLED
    basis           jsonb         not null,
    created_at      timestamptz   not null default now()
);
create unique index payment_application on payment (application_id);
create index payment_kindergarten on payment (kindergarten_id);

create table payment_line (
    payment_id   uuid          not null references payment (id),
    line_no      integer       not null,
    kind         text          not null,   -- PER_CHILD, RENT, PRESCHOOL_AID
    period_start date          not null,
    period_end   date          not null,
    amount       numeric(14,2) not null,
    article      text          not null,
    primary key (payment_id, line_no)
);

create table finding (
    id                     uuid primary key,
    kindergarten_id        uuid          not null references kindergarten (id),
    ground                 text          not null,   -- CLOSURE_OR_STATUS_LOSS, FINANCIAL_MISCONDUCT, IMPROPER_FEES
    event_on               date          not null,   -- closure day, or discovery day
    violation_started_on   date,
    rectification_deadline date,
    rectified_on           date,
    related_funds          numeric(14,2),
    suspected_crime        boolean       not null default false,
    status                 text          not null,   -- PENDING, CONCLUDED
    outcome                text          not null,   -- STOPPED, PENDING, RECTIFIED_IN_TIME, DISQUALIFIED
    decision               jsonb         not null,
    recovery_total         numeric(14,2) not null,
    evaluated_on           date          not null,
    recorded_by            text          not null,
    created_at             timestamptz   not null default now()
);
create index finding_kindergarten on finding (kindergarten_id);

create table clawback (
    id              uuid primary key,
    finding_id      uuid          not null references finding (id),
    kindergarten_id uuid          not null references kindergarten (id),
    ground          text          not null,
    ordered_on      date          not null,
    amount          numeric(14,2) not null,
    recoveries      jsonb         not null,
    basis           jsonb         not null,
    created_at      timestamptz   not null default now()
);
create unique index clawback_finding on clawback (finding_id);

create table programme_application (
    id                      uuid primary key,
    organisation_id         text          not null,
    programme               text          not null,   -- SCI_TECH_CULTURE, INDUSTRIAL_FINANCE, YOUTH_EMPLOYMENT
    project_id              text          not null,
    applied_on              date          not null,
    event_date              date,
    status                  text          not null,   -- SUBMITTED, APPROVED, REJECTED
    in_scope                boolean       not null,
    amount                  numeric(14,2) not null,
    amount_ten_thousand_yuan numeric(14,2) not null,
    outcome                 jsonb         not null,
    decided_on              date,
    decision_reason         text,
    created_at              timestamptz   not null default now()
);
create index programme_application_organisation on programme_application (organisation_id);

-- One row per claimed measure/article/hire: GRANTED, SUPERSEDED (by which, under which article), SERVICE,
-- NOT_QUALIFYING.
create table programme_claim (
    application_id           uuid          not null references programme_application (id),
    claim_no                 integer       not null,
    article                  text          not null,
    clause                   text,
    result                   text          not null,
    amount                   numeric(14,2) not null,
    amount_ten_thousand_yuan numeric(14,2) not null,
    superseded_by            text,
    superseded_under         text,
    primary key (application_id, claim_no)
);

-- Opened from guardianship.assistance-referral.v1, once per referral. Holds no assessment details: no assessment
-- id, no findings, no names; the household is the referring agency's pseudonymous reference.
create table assistance_case (
    id                  uuid primary key,
    referral_id         uuid        not null unique,
    referring_agency    text        not null,
    household_reference text        not null,
    kind                text        not null,
    household_situation text        not null,
    need                text        not null,
    district_code       text        not null,
    sub_district_code   text        not null,
    channel             text        not null,
    consent_recorded_on date,
    referred_on         date        not null,
    status              text        not null,   -- OPEN, UNDER_REVIEW
    review_reason       text,
    basis               jsonb       not null,
    opened_at           timestamptz not null default now()
);
