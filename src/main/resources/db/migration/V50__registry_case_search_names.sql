-- The names of a case's members on the case's own row, so that a search by a common name can walk
-- the cases in the order it lists them, along an index that holds these names, and stop at the
-- end of the page, instead of gathering every namesake among a million cases to sort them.
-- Each member's search name, in member order, separated by ' | ', with a space before and after:
-- ' amadou diop | awa diop '. Every word then has a space on each side, which is what a search
-- needs to tell where the word-start and word-end trigrams of a name could be. The column is
-- derived: the trigger below keeps it equal to the members' names at every commit.
ALTER TABLE registry_case ADD COLUMN search_names TEXT NOT NULL DEFAULT '';

CREATE FUNCTION registry_case_search_names(target UUID) RETURNS TEXT LANGUAGE sql STABLE AS
$$
SELECT coalesce(' ' || string_agg(search_name, ' | ' ORDER BY position) || ' ', '')
FROM registry_person
WHERE case_id = target
$$;

CREATE FUNCTION registry_person_names_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  target UUID;
  names  TEXT;
BEGIN
  FOREACH target IN ARRAY CASE
    WHEN TG_OP = 'INSERT' THEN ARRAY[NEW.case_id]
    WHEN TG_OP = 'DELETE' THEN ARRAY[OLD.case_id]
    WHEN OLD.case_id = NEW.case_id THEN ARRAY[NEW.case_id]
    ELSE ARRAY[OLD.case_id, NEW.case_id] END
  LOOP
    names := registry_case_search_names(target);
    UPDATE registry_case SET search_names = names
     WHERE id = target AND search_names IS DISTINCT FROM names;
  END LOOP;
  RETURN NULL;
END
$$;

-- Deferred to the commit, when every member of the change is in place: a household registered
-- with five members writes the case's names once, not five times.
CREATE CONSTRAINT TRIGGER registry_person_search_names
  AFTER INSERT OR DELETE OR UPDATE OF search_name, position, case_id ON registry_person
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION registry_person_names_changed();

UPDATE registry_case c
   SET search_names = n.names
  FROM (SELECT case_id, ' ' || string_agg(search_name, ' | ' ORDER BY position) || ' ' AS names
          FROM registry_person
         GROUP BY case_id) n
 WHERE n.case_id = c.id;
