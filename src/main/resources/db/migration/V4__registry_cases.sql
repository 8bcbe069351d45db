-- The registry: households (cases) asking to return, their members, consent and status history.
CREATE TABLE registry_case
(
  id                  UUID PRIMARY KEY,
  case_number         TEXT NOT NULL UNIQUE,
  mission_code        TEXT NOT NULL,
  status              TEXT NOT NULL,
  status_changed_at   TIMESTAMPTZ NOT NULL,
  destination_country CHAR(3) NOT NULL,
  final_destination   TEXT,
  registration_site   TEXT,
  registration_date   DATE NOT NULL,
  priority            INT NOT NULL,
  priority_level      TEXT NOT NULL,
  version             BIGINT NOT NULL,
  created_at          TIMESTAMPTZ NOT NULL,
  created_by          TEXT NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL,
  updated_by          TEXT NOT NULL
);
-- lists put the most vulnerable first, then those waiting longest
CREATE INDEX registry_case_by_priority ON registry_case (mission_code, priority DESC, registration_date, case_number);
CREATE INDEX registry_case_by_status ON registry_case (mission_code, status);

CREATE TABLE registry_person
(
  id                      UUID PRIMARY KEY,
  case_id                 UUID NOT NULL REFERENCES registry_case (id) ON DELETE CASCADE,
  position                INT NOT NULL,
  relationship            TEXT NOT NULL,
  given_name              TEXT NOT NULL,
  family_name             TEXT NOT NULL,
  other_names             TEXT[] NOT NULL DEFAULT '{}',
  sex                     CHAR(1),
  date_of_birth           DATE,
  dob_estimated           BOOLEAN NOT NULL DEFAULT FALSE,
  nationality             CHAR(3) NOT NULL,
  place_of_birth          TEXT,
  languages               TEXT[] NOT NULL DEFAULT '{}',
  phone                   TEXT,
  current_city            TEXT,
  documents               JSONB NOT NULL DEFAULT '[]',
  vulnerabilities         TEXT[] NOT NULL DEFAULT '{}',
  derived_vulnerabilities TEXT[] NOT NULL DEFAULT '{}',
  vulnerability_notes     TEXT,
  -- names folded for search: lower case, no accents, transliterated (see SearchText)
  search_name             TEXT NOT NULL,
  UNIQUE (case_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX registry_person_by_case ON registry_person (case_id);
CREATE INDEX registry_person_search_name ON registry_person USING gin (search_name gin_trgm_ops);
CREATE INDEX registry_person_by_phone ON registry_person (phone) WHERE phone IS NOT NULL;

CREATE TABLE registry_consent
(
  case_id           UUID PRIMARY KEY REFERENCES registry_case (id) ON DELETE CASCADE,
  declared_on       DATE NOT NULL,
  counsellor        TEXT NOT NULL,
  language          TEXT NOT NULL,
  signed            BOOLEAN NOT NULL,
  recorded_by       TEXT NOT NULL,
  recorded_at       TIMESTAMPTZ NOT NULL,
  withdrawn_at      TIMESTAMPTZ,
  withdrawal_reason TEXT
);

-- every status change, for time-in-state figures; the audit trail keeps the full record
CREATE TABLE registry_status_change
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     UUID NOT NULL REFERENCES registry_case (id) ON DELETE CASCADE,
  from_status TEXT,
  to_status   TEXT NOT NULL,
  reason      TEXT,
  actor       TEXT NOT NULL,
  at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX registry_status_change_by_case ON registry_status_change (case_id, id);

-- case numbers run per mission and year: MAR-2012-000042
CREATE TABLE registry_case_number
(
  mission_code TEXT NOT NULL,
  year         INT NOT NULL,
  last_number  INT NOT NULL,
  PRIMARY KEY (mission_code, year)
);

-- a retried registration with the same Idempotency-Key returns the first case, never a second
CREATE TABLE registry_idempotency_key
(
  username     TEXT NOT NULL,
  key          TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  case_id      UUID REFERENCES registry_case (id) ON DELETE CASCADE,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (username, key)
);
