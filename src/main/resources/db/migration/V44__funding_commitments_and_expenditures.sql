-- What a case is expected to cost, reserved on one project when it becomes ELIGIBLE (in the same
-- transaction), and what it really costs, which replaces the reservation as it is spent.
CREATE TABLE funding_commitment
(
  id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id                UUID NOT NULL,
  case_number            TEXT NOT NULL,
  mission_code           TEXT NOT NULL,
  project_id             BIGINT NOT NULL REFERENCES funding_project (id),
  status                 TEXT NOT NULL CHECK (status IN ('RESERVED', 'RELEASED', 'CONSUMED')),
  reserved_on            DATE NOT NULL,
  reserved_at            TIMESTAMPTZ NOT NULL,
  reserved_by            TEXT NOT NULL,
  -- set when a chief of mission let the case through although the project could not cover it
  override_justification TEXT,
  shortfall              NUMERIC(19, 4),
  released_on            DATE,
  released_at            TIMESTAMPTZ,
  release_reason         TEXT,
  CHECK ((status = 'RELEASED') = (released_on IS NOT NULL))
);
-- a case holds at most one reservation at a time
CREATE UNIQUE INDEX funding_commitment_one_reserved ON funding_commitment (case_id) WHERE status = 'RESERVED';
CREATE INDEX funding_commitment_by_project ON funding_commitment (project_id, status);
CREATE INDEX funding_commitment_by_case ON funding_commitment (case_id);

-- The expected cost by budget line, in the project's currency; remaining is what expenditures
-- have not yet replaced.
CREATE TABLE funding_commitment_line
(
  commitment_id BIGINT NOT NULL REFERENCES funding_commitment (id) ON DELETE CASCADE,
  line          TEXT NOT NULL CHECK (line IN ('MOVEMENT', 'REINTEGRATION', 'OPERATIONS', 'STAFF')),
  reserved      NUMERIC(19, 4) NOT NULL CHECK (reserved >= 0),
  remaining     NUMERIC(19, 4) NOT NULL CHECK (remaining >= 0 AND remaining <= reserved),
  PRIMARY KEY (commitment_id, line)
);

-- Each member of the household, with the reintegration cap the project gives them.
CREATE TABLE funding_commitment_beneficiary
(
  commitment_id     BIGINT NOT NULL REFERENCES funding_commitment (id) ON DELETE CASCADE,
  person_id         UUID NOT NULL,
  category          TEXT NOT NULL CHECK (category IN ('STANDARD', 'MINOR', 'VULNERABLE')),
  reintegration_cap NUMERIC(19, 4) NOT NULL CHECK (reintegration_cap >= 0),
  PRIMARY KEY (commitment_id, person_id)
);

-- Money spent, always linked back to what caused it (a flight, a purchase order, an invoice).
CREATE TABLE funding_expenditure
(
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id     BIGINT NOT NULL REFERENCES funding_project (id),
  case_id        UUID,
  commitment_id  BIGINT REFERENCES funding_commitment (id),
  line           TEXT NOT NULL CHECK (line IN ('MOVEMENT', 'REINTEGRATION', 'OPERATIONS', 'STAFF')),
  amount         NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
  currency       CHAR(3) NOT NULL,
  spent_on       DATE NOT NULL,
  -- the amount in the project's currency at the rate valid on spent_on, and the part of it that
  -- replaced the case's commitment on that line
  project_amount NUMERIC(19, 4) NOT NULL CHECK (project_amount >= 0),
  consumed       NUMERIC(19, 4) NOT NULL DEFAULT 0 CHECK (consumed >= 0 AND consumed <= project_amount),
  source_type    TEXT NOT NULL CHECK (source_type IN ('FLIGHT', 'PURCHASE_ORDER', 'INVOICE', 'PAYROLL', 'OTHER')),
  source_id      TEXT NOT NULL,
  description    TEXT,
  recorded_at    TIMESTAMPTZ NOT NULL,
  recorded_by    TEXT NOT NULL,
  CHECK (commitment_id IS NULL OR case_id IS NOT NULL)
);
CREATE INDEX funding_expenditure_by_project ON funding_expenditure (project_id, spent_on);
CREATE INDEX funding_expenditure_by_case ON funding_expenditure (case_id);
CREATE INDEX funding_expenditure_by_commitment ON funding_expenditure (commitment_id);

-- Cases refused eligibility because no project could pay, waiting for new funds. members holds,
-- per person, whether they count as a minor or as vulnerable for the caps; groups the open target
-- groups the household belongs to (never a medical or protection category).
CREATE TABLE funding_waiting_case
(
  case_id             UUID PRIMARY KEY,
  case_number         TEXT NOT NULL,
  mission_code        TEXT NOT NULL,
  destination_country CHAR(3) NOT NULL,
  priority_score      INT NOT NULL,
  priority_level      TEXT NOT NULL,
  members             JSONB NOT NULL,
  groups              TEXT[] NOT NULL,
  reason              TEXT NOT NULL,
  first_refused_at    TIMESTAMPTZ NOT NULL,
  last_refused_at     TIMESTAMPTZ NOT NULL,
  refusals            INT NOT NULL DEFAULT 1
);
CREATE INDEX funding_waiting_case_by_priority ON funding_waiting_case (mission_code, priority_score DESC, first_refused_at);
