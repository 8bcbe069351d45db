-- Duplicate detection: pairs of registered people who may be one person, what reviewers decided,
-- the merges they made, and the runs over the whole registry that found the pairs.

-- A pair found by screening a registration or by a run; person_a is the one registered first.
-- Each pair is stored once, whichever way round it was found.
CREATE TABLE matching_candidate
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_a     UUID NOT NULL,
  case_a       UUID NOT NULL,
  mission_a    TEXT NOT NULL,
  person_b     UUID NOT NULL,
  case_b       UUID NOT NULL,
  mission_b    TEXT NOT NULL,
  probability  DOUBLE PRECISION NOT NULL,
  verdict      TEXT NOT NULL,
  -- per-field levels and weights, as the engine's Explanation
  explanation  JSONB NOT NULL,
  -- OPEN, SAME_PERSON (merged), NOT_SAME_PERSON
  status       TEXT NOT NULL DEFAULT 'OPEN',
  found_by     TEXT NOT NULL,
  found_at     TIMESTAMPTZ NOT NULL,
  decided_by   TEXT,
  decided_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX matching_candidate_pair
  ON matching_candidate (LEAST(person_a, person_b), GREATEST(person_a, person_b));
-- the queue: open pairs, most likely first
CREATE INDEX matching_candidate_queue ON matching_candidate (status, probability DESC, id);

-- "Not the same person": never proposed again, whichever way round.
CREATE TABLE matching_distinct_pair
(
  person_low   UUID NOT NULL,
  person_high  UUID NOT NULL,
  candidate_id BIGINT REFERENCES matching_candidate (id),
  decided_by   TEXT NOT NULL,
  decided_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (person_low, person_high),
  CHECK (person_low < person_high)
);

-- A confirmed duplicate: the surviving record took the chosen values, the other points to it.
-- Both identities before the merge are kept whole so that undoing it restores every value.
CREATE TABLE matching_merge
(
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  candidate_id       BIGINT NOT NULL REFERENCES matching_candidate (id),
  survivor           UUID NOT NULL,
  duplicate          UUID NOT NULL,
  -- field -> "a" or "b": whose value survived
  kept               JSONB NOT NULL,
  survivor_before    JSONB NOT NULL,
  duplicate_identity JSONB NOT NULL,
  merged_identity    JSONB NOT NULL,
  merged_by          TEXT NOT NULL,
  merged_at          TIMESTAMPTZ NOT NULL,
  undone_by          TEXT,
  undone_at          TIMESTAMPTZ
);
CREATE INDEX matching_merge_active ON matching_merge (duplicate) WHERE undone_at IS NULL;

-- Every decision on a pair, in order: the queue's history.
CREATE TABLE matching_decision
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  candidate_id BIGINT NOT NULL REFERENCES matching_candidate (id),
  decision     TEXT NOT NULL,
  merge_id     BIGINT REFERENCES matching_merge (id),
  decided_by   TEXT NOT NULL,
  decided_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX matching_decision_by_candidate ON matching_decision (candidate_id, id);

-- A search of the whole registry. It compares each person with those after them in a fixed
-- order, so a stopped run resumes at position "done".
CREATE TABLE matching_run
(
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- RUNNING, STOPPING, STOPPED, COMPLETED, FAILED
  status         TEXT NOT NULL,
  total          INT NOT NULL DEFAULT 0,
  done           INT NOT NULL DEFAULT 0,
  pairs_found    INT NOT NULL DEFAULT 0,
  started_by     TEXT NOT NULL,
  started_at     TIMESTAMPTZ NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL,
  finished_at    TIMESTAMPTZ,
  failure        TEXT
);
CREATE INDEX matching_run_latest ON matching_run (id DESC);
