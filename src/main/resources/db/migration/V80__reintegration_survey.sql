-- Versions of the reintegration sustainability survey table, kept whole as uploaded: the scores of
-- a visit name the version they were computed with, so a version is never changed or removed.
-- The version in force is the one stored last.
create table reintegration_survey_table (
    seq         bigserial primary key,
    version     text not null unique,
    content     text not null,
    source      text not null check (source in ('SHIPPED', 'UPLOADED')),
    stored_by   text not null,
    stored_at   timestamptz not null
);
