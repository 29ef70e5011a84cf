-- Class-1 safety appraisals recorded by the district (京建法〔2024〕14号 第五条 ledger, 第七条第二款 appraisal and
-- measures). Append-only; the latest by appraisal day (then recording order) is the one the ledger's class-1 reading
-- of 第二条 ("未进行鉴定与加固") uses. Each row keeps what recording it did to the building's class 1.
create table safety_appraisal (
    id                          uuid        primary key,
    recorded_seq                bigint      generated always as identity,  -- recording order (ties of the clock)
    building_id                 uuid        not null references building (id),
    appraised_on                date        not null,
    danger_grade                text        check (danger_grade in ('A', 'B', 'C', 'D')),
    structural_or_seismic_grade text        check (structural_or_seismic_grade in ('A', 'B', 'C', 'D')),
    measures_completed_on       date,
    report_reference            text        not null,
    class_one_before            boolean     not null,
    class_one_after             boolean     not null,
    movement                    text        not null check (movement in ('ENTERED', 'LEFT', 'UNCHANGED')),
    reasons                     text        not null, -- comma-separated codes of 第二条 after recording
    obligations                 text        not null, -- comma-separated codes of 第七条 after recording
    basis                       text        not null, -- JSON array of basis
    recorded_by                 text        not null,
    recorded_at                 timestamptz not null,
    check (danger_grade is not null or structural_or_seismic_grade is not null),
    check (measures_completed_on is null or measures_completed_on >= appraised_on)
);
create index safety_appraisal_latest on safety_appraisal (building_id, appraised_on desc, recorded_seq desc);
