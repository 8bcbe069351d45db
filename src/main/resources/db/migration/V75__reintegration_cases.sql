-- A case handed over to the mission of its country of return: opened when its arrival is
-- confirmed (movement's CaseArrived). That mission receives it, assesses its returnees, agrees a
-- plan with them and follows them.
CREATE TABLE reintegration_case
(
  case_id             UUID PRIMARY KEY,
  case_number         TEXT NOT NULL,
  -- the mission that held the case before departure, and the country of return: with the case
  -- handed over, the registry's holding, which the access rules read
  host_mission        TEXT NOT NULL,
  destination_country CHAR(3) NOT NULL,
  -- the mission of whoever confirmed the arrival
  origin_mission      TEXT NOT NULL,
  flight_id           BIGINT,
  arrived_at          TIMESTAMPTZ NOT NULL,
  arrived_on          DATE NOT NULL,
  -- the reintegration officer following the case, once someone takes it
  officer             TEXT,
  opened_at           TIMESTAMPTZ NOT NULL,
  version             BIGINT NOT NULL DEFAULT 1,
  updated_at          TIMESTAMPTZ NOT NULL,
  updated_by          TEXT NOT NULL
);
CREATE INDEX reintegration_case_by_country ON reintegration_case (destination_country, arrived_at);

-- What the host mission learned of a returnee before departure (counselling), for the mission
-- that receives them. Never sensitive: medical and protection details stay in the registry.
CREATE TABLE reintegration_profile
(
  person_id       UUID PRIMARY KEY,
  case_id         UUID NOT NULL,
  skills          TEXT,
  education       TEXT,
  work_experience TEXT,
  wishes          TEXT,
  -- the mission of whoever recorded it
  recorded_in     TEXT NOT NULL,
  version         BIGINT NOT NULL DEFAULT 1,
  recorded_at     TIMESTAMPTZ NOT NULL,
  recorded_by     TEXT NOT NULL
);
CREATE INDEX reintegration_profile_by_case ON reintegration_profile (case_id);

-- The reception of a household on arrival.
CREATE TABLE reintegration_reception
(
  case_id              UUID PRIMARY KEY REFERENCES reintegration_case (case_id),
  airport_assistance   BOOLEAN NOT NULL,
  met_on               DATE,
  met_by               TEXT,
  onward_transport     BOOLEAN NOT NULL,
  transport_mode       TEXT
    CHECK (transport_mode IN ('BUS', 'TAXI', 'TRAIN', 'FLIGHT', 'MISSION_VEHICLE', 'OWN_MEANS')),
  final_destination    TEXT,
  reached_on           DATE,
  accommodation        BOOLEAN NOT NULL,
  accommodation_place  TEXT,
  accommodation_from   DATE,
  accommodation_nights INT CHECK (accommodation_nights >= 0),
  notes                TEXT,
  version              BIGINT NOT NULL DEFAULT 1,
  recorded_at          TIMESTAMPTZ NOT NULL,
  recorded_by          TEXT NOT NULL,
  updated_at           TIMESTAMPTZ NOT NULL,
  updated_by           TEXT NOT NULL,
  CHECK (onward_transport OR transport_mode IS NULL),
  CHECK (accommodation OR (accommodation_place IS NULL AND accommodation_nights IS NULL))
);

-- One returnee's assessment before the plan: skills and wishes, family situation, vulnerability
-- follow-up. The latest stands; the audit trail keeps what it replaced.
CREATE TABLE reintegration_assessment
(
  person_id         UUID PRIMARY KEY,
  case_id           UUID NOT NULL REFERENCES reintegration_case (case_id),
  assessed_on       DATE NOT NULL,
  skills            TEXT,
  education         TEXT,
  wishes            TEXT,
  marital_status    TEXT
    CHECK (marital_status IN ('SINGLE', 'MARRIED', 'PARTNERED', 'SEPARATED', 'DIVORCED', 'WIDOWED')),
  dependants        INT CHECK (dependants >= 0),
  family_situation  TEXT,
  follow_up_needed  BOOLEAN NOT NULL,
  follow_up         TEXT,
  version           BIGINT NOT NULL DEFAULT 1,
  assessed_by       TEXT NOT NULL,
  updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX reintegration_assessment_by_case ON reintegration_assessment (case_id);
