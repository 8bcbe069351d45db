-- Case numbers come from one sequence per mission and year instead of a counter row. The counter
-- row was locked from the moment a registration took its number until that registration
-- committed, so every registration of a mission waited for the one before it: under load the
-- wait was most of a registration's time. A sequence hands out the next number at once and holds
-- no lock. Numbers stay unique and increasing; a registration that fails after taking its number
-- (a database error: invalid input is refused before) leaves that number unused.

CREATE FUNCTION registry_case_number_sequence(mission TEXT, year INT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE
AS $$ SELECT format('registry_case_number_%s_%s', lower(replace(mission, '-', '')), year) $$;

-- The last number given in the mission's series for the year; 0 before the first.
CREATE FUNCTION registry_last_case_number(mission TEXT, year INT) RETURNS INT
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  name   TEXT := registry_case_number_sequence(mission, year);
  last   BIGINT;
  called BOOLEAN;
BEGIN
  IF to_regclass(name) IS NULL THEN
    RETURN 0;
  END IF;
  EXECUTE format('SELECT last_value, is_called FROM %I', name) INTO last, called;
  RETURN CASE WHEN called THEN last ELSE last - 1 END;
END $$;

-- Makes the series continue after at least `last` (numbers given outside this function, e.g. by
-- the `generate` command or before this migration).
CREATE FUNCTION registry_continue_case_numbers(mission TEXT, year INT, last INT) RETURNS VOID
  LANGUAGE plpgsql
AS $$
DECLARE
  name TEXT := registry_case_number_sequence(mission, year);
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(name));
  EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS INTEGER', name);
  IF last > registry_last_case_number(mission, year) THEN
    PERFORM setval(name, last);
  END IF;
END $$;

-- The next number of the mission's series for the year. The series' sequence is made by its
-- first registration, one creator at a time: a second one waits for the first to commit, then
-- finds the sequence made (or makes it, if the first rolled back).
CREATE FUNCTION registry_next_case_number(mission TEXT, year INT) RETURNS INT
  LANGUAGE plpgsql
AS $$
DECLARE
  name TEXT := registry_case_number_sequence(mission, year);
BEGIN
  IF to_regclass(name) IS NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext(name));
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS INTEGER', name);
  END IF;
  RETURN nextval(name);
END $$;

SELECT registry_continue_case_numbers(mission_code, year, last_number) FROM registry_case_number;

DROP TABLE registry_case_number;
