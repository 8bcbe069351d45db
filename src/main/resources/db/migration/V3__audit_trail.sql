-- The audit trail: one row per change, written in the same transaction as the change itself.
CREATE TABLE audit_entry
(
  sequence     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id   TEXT NOT NULL,
  mission_code TEXT,
  reason       TEXT,
  changes      JSONB NOT NULL DEFAULT '[]',
  details      JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject_type, subject_id, sequence);

-- Append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
