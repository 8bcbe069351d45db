-- The chain is built after commit, so that appends no longer wait for each other. An append
-- inserts its entry and a note that it awaits sealing, in its own transaction and with no lock;
-- one sealer at a time then takes the committed notes in batches and links their entries, in
-- the order it finds them committed, into the chain: one row per entry, position after position,
-- each with the hash of the one before and of its entry's content.
CREATE TABLE audit_chain
(
  position  BIGINT PRIMARY KEY,
  sequence  BIGINT NOT NULL UNIQUE,
  hash      BYTEA NOT NULL,
  sealed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- The chain can only grow, like the entries it seals.
CREATE TRIGGER audit_chain_append_only
  BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_chain_no_truncate
  BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- Entries committed and not yet sealed. A note is written with its entry, in the same statement,
-- so an entry without a note and without a place in the chain did not come through the trail.
CREATE TABLE audit_unsealed
(
  sequence BIGINT PRIMARY KEY
);

-- Entries chained by an earlier version keep their hashes: they were chained in sequence order
-- with the same digest, so the last hash noted before the upgrade stays in the chain.
INSERT INTO audit_chain (position, sequence, hash)
SELECT row_number() OVER (ORDER BY sequence), sequence, hash
FROM audit_entry;

ALTER TABLE audit_entry DROP COLUMN previous_hash;
ALTER TABLE audit_entry DROP COLUMN hash;

-- Seals up to `batch` committed entries after the chain's head, in sequence order within the
-- batch, and returns how many it sealed. The caller holds the sealer's lock, so the head cannot
-- move under it. A note whose entry is gone stays, for verification to report.
CREATE FUNCTION audit_chain_seal(batch INTEGER) RETURNS INTEGER LANGUAGE plpgsql AS
$$
DECLARE
  head_position BIGINT;
  head_hash     BYTEA;
  claimed       BIGINT[];
  r             RECORD;
  sealed        INTEGER := 0;
BEGIN
  WITH taken AS (
    DELETE FROM audit_unsealed
     WHERE sequence IN (SELECT u.sequence FROM audit_unsealed u JOIN audit_entry e USING (sequence)
                         ORDER BY u.sequence LIMIT batch)
    RETURNING sequence)
  SELECT array_agg(sequence) INTO claimed FROM taken;
  IF claimed IS NULL THEN
    RETURN 0;
  END IF;
  SELECT position, hash INTO head_position, head_hash
    FROM audit_chain ORDER BY position DESC LIMIT 1;
  head_position := coalesce(head_position, 0);
  FOR r IN SELECT * FROM audit_entry WHERE sequence = ANY (claimed) ORDER BY sequence LOOP
    head_position := head_position + 1;
    head_hash := audit_entry_digest(head_hash, r.at, r.actor, r.action, r.subject_type,
                                    r.subject_id, r.mission_code, r.reason, r.changes, r.details,
                                    r.sealed);
    INSERT INTO audit_chain (position, sequence, hash)
    VALUES (head_position, r.sequence, head_hash);
    sealed := sealed + 1;
  END LOOP;
  RETURN sealed;
END;
$$;
