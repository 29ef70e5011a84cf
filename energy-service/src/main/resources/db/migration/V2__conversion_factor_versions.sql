-- Imported, effective-dated energy conversion factors (京建法〔2024〕12号 第四条). A version is in force from its
-- valid_from until the next imported version starts; it takes precedence over the shipped parameter file
-- (policy/energy-conversion-factors.yaml), which stays the fallback for dates before the first import.
-- Only the converted carriers (counted in the intensity) have rows; the others keep the shipped file's rows.
create table conversion_factor_version (
    id          uuid        primary key,
    valid_from  date        not null unique,
    imported_by text        not null,
    imported_at timestamptz not null
);
create table conversion_factor (
    version_id    uuid    not null references conversion_factor_version (id) on delete cascade,
    carrier       text    not null,
    carrier_unit  text    not null,
    kgce_per_unit numeric not null check (kgce_per_unit > 0),
    primary key (version_id, carrier)
);
