-- The fit-to-travel checks of a person, newest first by the day of the check. The medical details
-- are sealed by the application (AES-256-GCM, bound to the check's id) before they reach the
-- database; details_key names the key that sealed them, so that a key rotation can reseal them.
CREATE TABLE movement_fitness_check
(
  id          UUID PRIMARY KEY,
  person_id   UUID NOT NULL,
  case_id     UUID NOT NULL,
  checked_on  DATE NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('FIT', 'FIT_WITH_ESCORT', 'UNFIT')),
  valid_until DATE,
  details     BYTEA,
  details_key TEXT,
  recorded_at TIMESTAMPTZ NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK (outcome = 'UNFIT' OR valid_until IS NOT NULL),
  CHECK (valid_until IS NULL OR valid_until >= checked_on),
  CHECK ((details IS NULL) = (details_key IS NULL))
);
CREATE INDEX movement_fitness_check_by_person
  ON movement_fitness_check (person_id, checked_on DESC, recorded_at DESC);
CREATE INDEX movement_fitness_check_by_case ON movement_fitness_check (case_id);
