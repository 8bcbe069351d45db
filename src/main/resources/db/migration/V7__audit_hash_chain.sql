-- Tamper evidence: each entry carries the hash of the one before it and its own hash over that
-- and its content, so changing, removing or inserting an entry breaks the chain from there on.
ALTER TABLE audit_entry ADD COLUMN previous_hash BYTEA;
ALTER TABLE audit_entry ADD COLUMN hash BYTEA;

-- The digest of one entry. Text forms are fixed (UTC timestamp with microseconds, jsonb's own
-- normalised text) so that the same entry always gives the same digest.
CREATE FUNCTION audit_entry_digest(previous BYTEA, at TIMESTAMPTZ, actor TEXT, action TEXT,
                                   subject_type TEXT, subject_id TEXT, mission_code TEXT,
                                   reason TEXT, changes JSONB, details JSONB)
  RETURNS BYTEA LANGUAGE sql STABLE AS
$$
SELECT sha256(convert_to(concat_ws(E'\x1f',
         coalesce(encode(previous, 'hex'), ''),
         to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         actor, action, subject_type, subject_id, coalesce(mission_code, ''), coalesce(reason, ''),
         changes::text, details::text), 'UTF8'))
$$;

-- Chain what an older version wrote.
DO
$$
DECLARE
  r    RECORD;
  prev BYTEA := NULL;
BEGIN
  ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;
  FOR r IN SELECT * FROM audit_entry ORDER BY sequence LOOP
    UPDATE audit_entry
       SET previous_hash = prev,
           hash = audit_entry_digest(prev, r.at, r.actor, r.action, r.subject_type, r.subject_id,
                                     r.mission_code, r.reason, r.changes, r.details)
     WHERE sequence = r.sequence
    RETURNING hash INTO prev;
  END LOOP;
  ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only;
END
$$;

ALTER TABLE audit_entry ALTER COLUMN hash SET NOT NULL;
CREATE INDEX audit_entry_by_mission ON audit_entry (mission_code, sequence);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, sequence);
