-- How many cases are in each status, by the columns a reader's mission scope looks at (holding
-- mission, destination, handed over), so that the home page's counts and a list's total read a
-- few hundred rows instead of counting a million cases. Kept by the triggers below, in the same
-- transaction as the change of the cases, so a reader sees counts and cases from the same
-- snapshot: exact under concurrent writes.
--
-- A change adds rows of differences (+1 in the new status, -1 in the old) rather than updating
-- one row per status: concurrent registrations and transitions then never wait for each other
-- on a counter row, and cannot deadlock on two of them. The count of a status is the sum of its
-- rows; registry_case_count_fold() sums them back into one row per group, from time to time.
CREATE TABLE registry_case_count
(
  mission_code        TEXT NOT NULL,
  destination_country CHAR(3) NOT NULL,
  handed_over         BOOLEAN NOT NULL,
  status              TEXT NOT NULL,
  cases               BIGINT NOT NULL
);

INSERT INTO registry_case_count (mission_code, destination_country, handed_over, status, cases)
SELECT mission_code, destination_country, handed_over, status, count(*)
FROM registry_case
GROUP BY mission_code, destination_country, handed_over, status;

CREATE FUNCTION registry_case_count_inserted() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO registry_case_count (mission_code, destination_country, handed_over, status, cases)
  SELECT mission_code, destination_country, handed_over, status, count(*)
  FROM new_cases
  GROUP BY mission_code, destination_country, handed_over, status;
  RETURN NULL;
END
$$;

CREATE FUNCTION registry_case_count_updated() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO registry_case_count (mission_code, destination_country, handed_over, status, cases)
  SELECT mission_code, destination_country, handed_over, status, sum(cases)
  FROM (SELECT mission_code, destination_country, handed_over, status, -1 AS cases FROM old_cases
        UNION ALL
        SELECT mission_code, destination_country, handed_over, status, 1 FROM new_cases) d
  GROUP BY mission_code, destination_country, handed_over, status
  HAVING sum(cases) <> 0;
  RETURN NULL;
END
$$;

CREATE FUNCTION registry_case_count_deleted() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO registry_case_count (mission_code, destination_country, handed_over, status, cases)
  SELECT mission_code, destination_country, handed_over, status, -count(*)
  FROM old_cases
  GROUP BY mission_code, destination_country, handed_over, status;
  RETURN NULL;
END
$$;

CREATE FUNCTION registry_case_count_truncated() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  DELETE FROM registry_case_count;
  RETURN NULL;
END
$$;

-- Statement triggers with transition tables: a COPY of ten thousand generated cases adds one row
-- per group, not ten thousand.
CREATE TRIGGER registry_case_count_insert
  AFTER INSERT ON registry_case REFERENCING NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION registry_case_count_inserted();
CREATE TRIGGER registry_case_count_update
  AFTER UPDATE ON registry_case REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION registry_case_count_updated();
CREATE TRIGGER registry_case_count_delete
  AFTER DELETE ON registry_case REFERENCING OLD TABLE AS old_cases
  FOR EACH STATEMENT EXECUTE FUNCTION registry_case_count_deleted();
CREATE TRIGGER registry_case_count_truncate
  AFTER TRUNCATE ON registry_case
  FOR EACH STATEMENT EXECUTE FUNCTION registry_case_count_truncated();

-- Sums the rows of each group into one and returns how many rows there were. Rows added by
-- transactions still running are not in this statement's snapshot, so they are left as they are;
-- two folds at once each sum only the rows they deleted themselves.
CREATE FUNCTION registry_case_count_fold() RETURNS BIGINT LANGUAGE sql AS
$$
WITH gone AS (DELETE FROM registry_case_count RETURNING *),
     folded AS (
       INSERT INTO registry_case_count (mission_code, destination_country, handed_over, status, cases)
       SELECT mission_code, destination_country, handed_over, status, sum(cases)
       FROM gone
       GROUP BY mission_code, destination_country, handed_over, status
       HAVING sum(cases) <> 0)
SELECT count(*) FROM gone
$$;
