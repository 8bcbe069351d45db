-- Projects pay for returns: a budget by line, unit costs per case, and the cases they may pay for.
CREATE TABLE funding_project
(
  id                           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code                         TEXT NOT NULL UNIQUE,
  title                        TEXT NOT NULL,
  mission_code                 TEXT NOT NULL,
  currency                     CHAR(3) NOT NULL,
  starts_on                    DATE NOT NULL,
  ends_on                      DATE NOT NULL,
  -- unit costs per case, in the project's currency
  seat_share                   NUMERIC(19, 4) NOT NULL CHECK (seat_share >= 0),
  pocket_money                 NUMERIC(19, 4) NOT NULL CHECK (pocket_money >= 0),
  reintegration_cap            NUMERIC(19, 4) NOT NULL CHECK (reintegration_cap >= 0),
  reintegration_cap_minor      NUMERIC(19, 4) NOT NULL CHECK (reintegration_cap_minor >= 0),
  reintegration_cap_vulnerable NUMERIC(19, 4) NOT NULL CHECK (reintegration_cap_vulnerable >= 0),
  -- eligibility: empty destinations or target groups mean any
  eligible_missions            TEXT[] NOT NULL CHECK (cardinality(eligible_missions) > 0),
  eligible_destinations        TEXT[] NOT NULL DEFAULT '{}',
  target_groups                TEXT[] NOT NULL DEFAULT '{}',
  -- people the project assisted before its cases were kept here, as reported to its donors
  people_assisted_before       INT NOT NULL DEFAULT 0 CHECK (people_assisted_before >= 0),
  version                      BIGINT NOT NULL DEFAULT 1,
  created_at                   TIMESTAMPTZ NOT NULL,
  created_by                   TEXT NOT NULL,
  updated_at                   TIMESTAMPTZ NOT NULL,
  updated_by                   TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX funding_project_by_mission ON funding_project (mission_code);

CREATE TABLE funding_project_donor
(
  project_id BIGINT NOT NULL REFERENCES funding_project (id) ON DELETE CASCADE,
  donor_id   BIGINT NOT NULL REFERENCES funding_donor (id),
  PRIMARY KEY (project_id, donor_id)
);
CREATE INDEX funding_project_donor_by_donor ON funding_project_donor (donor_id);

CREATE TABLE funding_project_budget
(
  project_id BIGINT NOT NULL REFERENCES funding_project (id) ON DELETE CASCADE,
  line       TEXT NOT NULL CHECK (line IN ('MOVEMENT', 'REINTEGRATION', 'OPERATIONS', 'STAFF')),
  amount     NUMERIC(19, 4) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (project_id, line)
);

CREATE TABLE funding_appeal
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title         TEXT NOT NULL,
  mission_code  TEXT NOT NULL,
  target_amount NUMERIC(19, 4) NOT NULL CHECK (target_amount > 0),
  currency      CHAR(3) NOT NULL,
  target_people INT NOT NULL CHECK (target_people > 0),
  launched_on   DATE NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'LAUNCHED', 'CLOSED')),
  version       BIGINT NOT NULL DEFAULT 1,
  created_at    TIMESTAMPTZ NOT NULL,
  created_by    TEXT NOT NULL,
  updated_at    TIMESTAMPTZ NOT NULL,
  updated_by    TEXT NOT NULL
);

-- A pledge, and the day it is paid. Earmarked to an appeal, a project, or a line of a project; a
-- contribution to an appeal is spent by a project once it is allocated to one.
CREATE TABLE funding_contribution
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  donor_id    BIGINT NOT NULL REFERENCES funding_donor (id),
  amount      NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
  currency    CHAR(3) NOT NULL,
  pledged_on  DATE NOT NULL,
  received_on DATE,
  appeal_id   BIGINT REFERENCES funding_appeal (id),
  project_id  BIGINT REFERENCES funding_project (id),
  line        TEXT CHECK (line IN ('MOVEMENT', 'REINTEGRATION', 'OPERATIONS', 'STAFF')),
  reference   TEXT,
  version     BIGINT NOT NULL DEFAULT 1,
  created_at  TIMESTAMPTZ NOT NULL,
  created_by  TEXT NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  updated_by  TEXT NOT NULL,
  CHECK (appeal_id IS NOT NULL OR project_id IS NOT NULL),
  CHECK (line IS NULL OR project_id IS NOT NULL),
  CHECK (received_on IS NULL OR received_on >= pledged_on)
);
CREATE INDEX funding_contribution_by_project ON funding_contribution (project_id);
CREATE INDEX funding_contribution_by_appeal ON funding_contribution (appeal_id);
