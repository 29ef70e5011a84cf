-- energy-service: public-building energy rating (京建法〔2024〕12号), consumption statistics (13号),
-- old and low-efficiency building renewal (14号). Decisions are stored with their basis (JSON text).

-- A registered single building and its scope decision (12号 第三条, 第八条, 第十五条(二); 13号 第三条).
create table building (
    id                                uuid        primary key,
    name                              text        not null,
    district                          text        not null,
    building_type                     text        not null,
    total_area                        numeric     not null check (total_area > 0),
    public_area                       numeric     not null check (public_area >= 0 and public_area <= total_area),
    state_secret                      boolean     not null,
    state_organ_office                boolean     not null,
    central_government_office         boolean     not null,
    year_built                        integer     not null,
    seismic_appraised_and_reinforced  boolean     not null,
    other_safety_hazard_unresolved    boolean     not null,
    energy_retrofitted                boolean     not null,
    in_renewal_scope                  boolean     not null,
    owner                             text        not null,
    delegated_manager                 text,
    reporting_party                   text        not null, -- token subject of the account that reports for the building
    registered_by                     text        not null,
    rating_required                   boolean     not null,
    meets_rating_criteria             boolean     not null,
    large_public_building             boolean     not null,
    rating_deadline_applies           boolean     not null,
    statistics_mandatory              boolean     not null,
    statistics_categories             text        not null, -- comma-separated codes
    exemptions                        text        not null, -- comma-separated codes
    public_share                      numeric     not null,
    scope_basis                       text        not null, -- JSON array of basis
    scope_decided_on                  date        not null,
    label_applied_year                integer,
    created_at                        timestamptz not null,
    updated_at                        timestamptz not null
);
create index building_district on building (district);
create index building_reporting_party on building (reporting_party);

-- Guide value G and constraint value C per building type and rating year (DB11/T 1413 reference data).
-- Rows with sample = true come from the shipped SAMPLE file and are NOT values of DB11/T 1413.
create table intensity_limit (
    year             integer     not null,
    building_type    text        not null,
    guide_value      numeric     not null check (guide_value > 0),
    constraint_value numeric     not null check (constraint_value > 0 and guide_value <= constraint_value),
    sample           boolean     not null,
    imported_by      text        not null,
    imported_at      timestamptz not null,
    primary key (year, building_type)
);

-- The owner's annual report (12号 第四条; 13号 第四条, 第五条): one row per carrier, excluded loads apart.
create table consumption_report (
    building_id  uuid        not null references building (id),
    year         integer     not null,
    reported_by  text        not null,
    reported_at  timestamptz not null,
    primary key (building_id, year)
);
create table consumption_line (
    building_id uuid    not null,
    year        integer not null,
    carrier     text    not null,
    quantity    numeric not null check (quantity >= 0),
    primary key (building_id, year, carrier),
    foreign key (building_id, year) references consumption_report (building_id, year) on delete cascade
);
create table excluded_load (
    building_id uuid    not null,
    year        integer not null,
    category    text    not null,
    carrier     text    not null,
    quantity    numeric not null check (quantity >= 0),
    primary key (building_id, year, category, carrier),
    foreign key (building_id, year) references consumption_report (building_id, year) on delete cascade
);

-- A rating of a building for a year (12号 第五条, 第八条, 第九条). Re-rating a year replaces the row.
create table rating (
    building_id                   uuid        not null references building (id),
    year                          integer     not null,
    floor_area                    numeric     not null,
    total_kgce                    numeric     not null,
    intensity                     numeric     not null,
    guide_value                   numeric     not null,
    constraint_value              numeric     not null,
    limits_sample                 boolean     not null,
    ratio_to_constraint           numeric     not null,
    grade                         integer     not null check (grade between 1 and 5),
    obligations                   text        not null, -- comma-separated codes of 第九条 and measures
    label_eligible                boolean     not null,
    demonstration_eligible        boolean     not null,
    green_building_label_eligible boolean     not null,
    rating_deadline               date,
    rated_on                      date        not null,
    rated_on_time                 boolean,
    basis                         text        not null,
    rated_by                      text        not null,
    rated_at                      timestamptz not null,
    primary key (building_id, year)
);

-- Obligations raised by ratings (第九条), by the escalation of 第十三条 and by overdue detection.
create table obligation (
    id          uuid        primary key,
    building_id uuid        not null references building (id),
    year        integer     not null,
    code        text        not null,
    status      text        not null, -- OPEN, FULFILLED, WITHDRAWN
    raised_on   date        not null,
    due_on      date,
    basis       text        not null,
    closed_on   date,
    unique (building_id, year, code)
);
create index obligation_open on obligation (building_id) where status = 'OPEN';

-- The district's correction order with a time limit (第十三条 责令限期改正).
create table correction_order (
    building_id uuid        not null references building (id),
    year        integer     not null,
    deadline    date        not null,
    ordered_by  text        not null,
    ordered_at  timestamptz not null,
    primary key (building_id, year)
);

-- Energy-grade label and demonstration applications (第八条, 第十二条).
create table rating_application (
    id          uuid        primary key,
    building_id uuid        not null references building (id),
    year        integer     not null,
    kind        text        not null, -- LABEL, DEMONSTRATION
    applied_by  text        not null,
    applied_at  timestamptz not null,
    unique (building_id, year, kind)
);

-- Renewal ledger (14号): its own copy of what it reads from energy.building-rated.v1 ...
create table renewal_intensity (
    building_id      uuid        not null,
    year             integer     not null,
    intensity        numeric     not null,
    constraint_value numeric     not null,
    event_id         text        not null,
    received_at      timestamptz not null,
    primary key (building_id, year)
);
-- ... and the class-2 identifications by consumption it made (第二条: 连续两年用能超过标准约束值百分之八十).
create table old_building_identification (
    building_id     uuid        not null,
    assessment_year integer     not null,
    class_one       boolean     not null,
    class_two       boolean     not null,
    reasons         text        not null,
    obligations     text        not null,
    basis           text        not null,
    identified_on   date        not null,
    primary key (building_id, assessment_year)
);

-- Low-efficiency nominations (14号 第八条) and the district's decision.
create table low_efficiency_nomination (
    id           uuid        primary key,
    building_id  uuid        not null references building (id),
    nominated_by text        not null,
    self_nominated boolean   not null,
    criteria     text        not null,
    status       text        not null, -- NOMINATED, ACCEPTED, REJECTED
    decided_by   text,
    decided_on   date,
    created_at   timestamptz not null
);

-- Priority promotion (14号 第九条): the latest evaluation per building.
create table renewal_priority (
    building_id  uuid        primary key references building (id),
    priority     boolean     not null,
    preconditions_met boolean not null,
    categories   text        not null,
    basis        text        not null,
    evaluated_on date        not null,
    evaluated_by text        not null
);

-- Approved implementation plans and their public notice (14号 第十八条).
create table renewal_plan (
    id                     uuid        primary key,
    building_id            uuid        not null references building (id),
    title                  text        not null,
    approved_on            date        not null,
    published_on           date        not null,
    minimum_working_days   integer     not null,
    earliest_last_day      date        not null,
    first_day_after_notice date        not null,
    planned_last_day       date,
    basis                  text        not null,
    recorded_by            text        not null,
    recorded_at            timestamptz not null
);

-- Utility settlement data (13号 第五条): one figure per building, carrier, year and reporting utility.
create table utility_settlement (
    building_id  uuid        not null references building (id),
    year         integer     not null,
    carrier      text        not null,
    quantity     numeric     not null check (quantity >= 0),
    utility      text        not null, -- token subject of the submitting utility
    utility_agency text,
    submitted_at timestamptz not null,
    primary key (building_id, year, carrier)
);

-- Per-district quotas of the statistics survey (13号 第七条(一)).
create table survey_quota (
    survey_year  integer     not null,
    district     text        not null,
    quota        integer     not null check (quota >= 0),
    published_on date        not null,
    published_by text        not null,
    primary key (survey_year, district)
);

-- District spot-check draws (12号 第十条), reproducible from the recorded seed and population.
create table spot_check_draw (
    district          text        not null,
    year              integer     not null,
    seed              bigint      not null,
    population        text        not null, -- JSON array of building ids
    label_applicants  text        not null, -- JSON array of building ids
    sample_size       integer     not null,
    random_sample     text        not null, -- JSON array
    buildings_to_check text       not null, -- JSON array
    deadline          date        not null,
    algorithm         text        not null,
    basis             text        not null,
    drawn_by          text        not null,
    drawn_on          date        not null,
    primary key (district, year)
);
