-- Personal values in the trail (the before and after of each field, the reason given) are sealed
-- with a key of the record they are about. Erasing a record's personal data (anonymisation after
-- the retention period) destroys that key: the entries stay, and stay verifiable, but their
-- personal values can no longer be read.
CREATE TABLE audit_subject_key
(
  subject_type TEXT NOT NULL,
  subject_id   TEXT NOT NULL,
  sealed_key   BYTEA NOT NULL,
  key_id       TEXT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (subject_type, subject_id)
);

CREATE TABLE audit_erasure
(
  subject_type TEXT NOT NULL,
  subject_id   TEXT NOT NULL,
  erased_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (subject_type, subject_id)
);

ALTER TABLE audit_entry ADD COLUMN sealed BYTEA;

-- The digest also covers the sealed values; for entries without any it equals the earlier one.
CREATE FUNCTION audit_entry_digest(previous BYTEA, at TIMESTAMPTZ, actor TEXT, action TEXT,
                                   subject_type TEXT, subject_id TEXT, mission_code TEXT,
                                   reason TEXT, changes JSONB, details JSONB, sealed BYTEA)
  RETURNS BYTEA LANGUAGE sql STABLE AS
$$
SELECT sha256(convert_to(concat_ws(E'\x1f',
         coalesce(encode(previous, 'hex'), ''),
         to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         actor, action, subject_type, subject_id, coalesce(mission_code, ''), coalesce(reason, ''),
         changes::text, details::text, encode(sealed, 'hex')), 'UTF8'))
$$;
