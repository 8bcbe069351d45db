-- Retention: cases closed for longer than the configured period are anonymised, after a preview
-- (a dry run) that says which, so that nothing disappears unannounced.
ALTER TABLE registry_case ADD COLUMN anonymised_at TIMESTAMPTZ;

CREATE TABLE registry_retention_run
(
  id            UUID PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('PREVIEW', 'ANONYMISATION')),
  at            TIMESTAMPTZ NOT NULL,
  actor         TEXT NOT NULL,
  closed_before TIMESTAMPTZ NOT NULL,
  case_ids      UUID[] NOT NULL,
  report        JSONB NOT NULL,
  preview_id    UUID REFERENCES registry_retention_run (id)
);
CREATE INDEX registry_retention_run_by_time ON registry_retention_run (kind, at);
