-- Spellings an administrator adds to the shipped table of name variants, in the shipped file's
-- format (one group per line, comma-separated, '#' starts a comment). Every save is a new version
-- of the whole text; the highest version is in force and older ones are kept as they were.
CREATE TABLE matching_name_variants
(
  version  BIGINT PRIMARY KEY CHECK (version > 0),
  text     TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  saved_at TIMESTAMPTZ NOT NULL
);

-- A saved version is never changed or removed.
CREATE FUNCTION matching_name_variants_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'saved name variants are kept as they were: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER matching_name_variants_append_only
  BEFORE UPDATE OR DELETE ON matching_name_variants
  FOR EACH ROW EXECUTE FUNCTION matching_name_variants_is_append_only();
CREATE TRIGGER matching_name_variants_no_truncate
  BEFORE TRUNCATE ON matching_name_variants
  FOR EACH STATEMENT EXECUTE FUNCTION matching_name_variants_is_append_only();
