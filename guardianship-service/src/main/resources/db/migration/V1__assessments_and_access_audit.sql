-- Family guardianship capacity assessments (京民儿福发〔2024〕103号). Confidential (第十五条): the minor's sex and date
-- of birth live only in this database (in the opening event of assessment_event); guardians are recorded by their
-- relationship to the minor only, never by name.

-- One row per assessment: what access checks and listings need, nothing personal.
create table assessment (
    id                  uuid        primary key,
    agency_id           text        not null,  -- the assessing agency's organisation id (JWT "agency" claim)
    agency_type         text        not null,  -- 第二条/第五条 kind of agency
    trigger             text        not null,  -- 第四条 occasion
    mandatory           boolean     not null,
    opened_on           date        not null,
    household_reference text        not null unique, -- pseudonymous, shared only in assistance referrals
    sub_district_code   text        not null,  -- 9-digit 街道/乡镇 code of the household
    stage               text        not null,
    last_seq            integer     not null,
    opened_by           text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index assessment_agency on assessment (agency_id, opened_on desc);

-- The assessment as its process: the policy's events, appended in order, never changed.
create table assessment_event (
    assessment_id uuid        not null references assessment (id),
    seq           integer     not null,
    event_type    text        not null,  -- simple name of the policy event (AssessmentOpened, VisitConducted, ...)
    occurred_on   date        not null,
    payload       jsonb       not null,  -- the policy event as decided by AssessmentProcess
    annotations   jsonb,                 -- what the platform keeps beside it: assessor subjects, evidence notes, referral ids
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    primary key (assessment_id, seq)
);

-- The assessors of the current team (第六条/第七条): they, and the agency's supervisors, may read the assessment.
create table assessment_assignee (
    assessment_id uuid not null references assessment (id),
    subject       text not null,
    primary key (assessment_id, subject)
);
create index assessment_assignee_subject on assessment_assignee (subject);

-- Every read and write of an assessment, allowed or not: who, when, what, why, and how it ended.
create table access_audit (
    id                   bigserial   primary key,
    at                   timestamptz not null,
    subject              text        not null,
    roles                text        not null,
    agency_claim         text,
    assessment_id        uuid,        -- null for listings
    assessment_agency_id text,        -- the agency whose trail the row belongs to (null: no such assessment)
    action               text        not null,
    outcome              text        not null,
    reason               text,
    request_id           text
);
create index access_audit_assessment on access_audit (assessment_id, id);
create index access_audit_agency on access_audit (assessment_agency_id, id);

-- History and audit trail are append-only (第十八条 keeps the invalidated report; an audit trail is never edited).
create function guardianship_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end
$$;
create trigger assessment_event_append_only before update or delete on assessment_event
    for each row execute function guardianship_append_only();
create trigger access_audit_append_only before update or delete on access_audit
    for each row execute function guardianship_append_only();
