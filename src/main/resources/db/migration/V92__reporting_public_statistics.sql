-- Reporting's read model of the public statistics: who returned and who was assisted to reintegrate,
-- kept current by registry, movement and reintegration events. No name, document, phone, case number
-- or date of birth is copied here: a person is only an id (so an event delivered twice counts once),
-- a country, a sex, the age group at the time and the day.
create table reporting_returnee (
  person_id uuid primary key,
  case_id uuid not null,
  mission_code varchar(16) not null,
  country varchar(3) not null,
  sex varchar(1) not null,
  returned_on date,
  returned_age_group varchar(8),
  reintegrated_on date,
  reintegrated_age_group varchar(8)
);

create index reporting_returnee_case on reporting_returnee (case_id);
create index reporting_returnee_mission on reporting_returnee (mission_code) where returned_on is not null;

-- The counts the public pages read: a few hundred rows however many cases the registry holds.
create table reporting_statistics_cell (
  country varchar(3) not null,
  sex varchar(1) not null,
  age_group varchar(8) not null,
  year int not null,
  returned bigint not null default 0,
  reintegrated bigint not null default 0,
  primary key (country, sex, age_group, year)
);

-- Set once the read model was filled from the registry, for a database that had cases before.
create table reporting_statistics_fill (
  id int primary key check (id = 1),
  filled_at timestamptz not null
);
