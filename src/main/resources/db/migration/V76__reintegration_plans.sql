-- A reintegration plan agreed with a returnee, their household, or several returnees pooling their
-- grants (COLLECTIVE). Its budget is in the currency of the project paying for its beneficiaries,
-- capped by the sum of their caps; local costs are converted at the rate of priced_on.
CREATE TABLE reintegration_plan
(
  id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- the case it was made from (a collective project's first member's), and its mission of return
  case_id                UUID NOT NULL REFERENCES reintegration_case (case_id),
  case_number            TEXT NOT NULL,
  mission_code           TEXT NOT NULL,
  type                   TEXT NOT NULL CHECK (type IN ('MICROBUSINESS', 'VOCATIONAL_TRAINING',
                           'EDUCATION', 'MEDICAL', 'HOUSING', 'PSYCHOSOCIAL', 'COLLECTIVE')),
  scope                  TEXT NOT NULL CHECK (scope IN ('PERSON', 'HOUSEHOLD', 'COLLECTIVE')),
  status                 TEXT NOT NULL
    CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'COMPLETED', 'CANCELLED')),
  title                  TEXT NOT NULL,
  agreed_on              DATE,
  priced_on              DATE NOT NULL,
  currency               CHAR(3) NOT NULL,
  cap                    NUMERIC(19, 4) NOT NULL CHECK (cap >= 0),
  total                  NUMERIC(19, 4) NOT NULL CHECK (total >= 0),
  -- MICROBUSINESS
  sector                 TEXT,
  activity               TEXT,
  location               TEXT,
  expected_income        NUMERIC(19, 4) CHECK (expected_income >= 0),
  expected_income_currency CHAR(3),
  business_plan          TEXT,
  -- VOCATIONAL_TRAINING
  provider_partner_id    BIGINT,
  provider               TEXT,
  course                 TEXT,
  duration_weeks         INT CHECK (duration_weeks > 0),
  training_cost          NUMERIC(19, 4) CHECK (training_cost >= 0),
  training_cost_currency CHAR(3),
  training_cost_converted NUMERIC(19, 4),
  -- every other type
  description            TEXT,
  requested_by           TEXT,
  requested_at           TIMESTAMPTZ,
  approved_by            TEXT,
  approved_at            TIMESTAMPTZ,
  approved_on            DATE,
  closed_at              TIMESTAMPTZ,
  close_reason           TEXT,
  version                BIGINT NOT NULL DEFAULT 1,
  created_at             TIMESTAMPTZ NOT NULL,
  created_by             TEXT NOT NULL,
  updated_at             TIMESTAMPTZ NOT NULL,
  updated_by             TEXT NOT NULL,
  CHECK ((type = 'COLLECTIVE') = (scope = 'COLLECTIVE')),
  CHECK (approved_by IS NULL OR status IN ('APPROVED', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX reintegration_plan_by_case ON reintegration_plan (case_id);
CREATE INDEX reintegration_plan_by_mission ON reintegration_plan (mission_code, status);

-- The returnees a plan is for, each with the cap their project gives them: a collective
-- project's members each keep their own budget line (their case's expenditures).
CREATE TABLE reintegration_plan_member
(
  plan_id      BIGINT NOT NULL REFERENCES reintegration_plan (id),
  position     INT NOT NULL,
  person_id    UUID NOT NULL,
  case_id      UUID NOT NULL,
  case_number  TEXT NOT NULL,
  project_code TEXT NOT NULL,
  cap          NUMERIC(19, 4) NOT NULL CHECK (cap >= 0),
  active       BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (plan_id, person_id)
);
-- a returnee is in one plan at a time
CREATE UNIQUE INDEX reintegration_one_plan_per_person ON reintegration_plan_member (person_id)
  WHERE active;
CREATE INDEX reintegration_plan_member_by_case ON reintegration_plan_member (case_id);

-- The lines of a plan's budget, each in its own currency and converted to the plan's.
CREATE TABLE reintegration_plan_item
(
  plan_id     BIGINT NOT NULL REFERENCES reintegration_plan (id),
  position    INT NOT NULL,
  description TEXT NOT NULL,
  amount      NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
  currency    CHAR(3) NOT NULL,
  converted   NUMERIC(19, 4) NOT NULL,
  PRIMARY KEY (plan_id, position)
);
