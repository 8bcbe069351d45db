-- The dashboards' read model: what each case counts for, and the counts themselves.
--
-- reporting_dashboard_case holds, per case, the facts its counts were made from (never a name,
-- a case number or a date of birth: an age band at registration), so that a change of the case
-- takes its old counts back before it adds the new ones.
CREATE TABLE reporting_dashboard_case
(
  case_id             UUID PRIMARY KEY,
  mission_code        TEXT NOT NULL,
  destination_country CHAR(3) NOT NULL,
  handed_over         BOOLEAN NOT NULL,
  project_id          BIGINT,
  nationality         CHAR(3) NOT NULL,
  registered_month    DATE NOT NULL,
  -- one entry per member, separated by ';': sex|age band|nationality|vulnerability,vulnerability
  members             TEXT NOT NULL,
  -- one entry per funnel stage reached, separated by ';': stage|first day of its month
  stages              TEXT NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The counts, pre-aggregated by what the filters and the access rules look at. A change adds rows
-- of differences (as registry_case_count does): concurrent changes never wait on a counter row.
-- A count is the sum of its rows; reporting_dashboard_fold() sums them into one row per cell.
--   panel 'stage':         k1 = funnel stage; month = month the stage was reached; nationality of
--                          the principal applicant
--   panel 'people':        k1 = sex, k2 = age band at registration; month = registration month;
--                          nationality of the person
--   panel 'vulnerability': k1 = vulnerability; otherwise as 'people'
-- Every count is kept twice: in its month, and in the month 1900-01 which stands for all time, so
-- that a view with no period sums a few hundred cells rather than those of every month.
CREATE TABLE reporting_dashboard_cell
(
  panel               TEXT NOT NULL,
  mission_code        TEXT NOT NULL,
  destination_country CHAR(3) NOT NULL,
  handed_over         BOOLEAN NOT NULL,
  project_id          BIGINT,
  nationality         CHAR(3) NOT NULL,
  month               DATE NOT NULL,
  k1                  TEXT NOT NULL,
  k2                  TEXT NOT NULL DEFAULT '',
  cases               BIGINT NOT NULL,
  people              BIGINT NOT NULL
);
CREATE INDEX reporting_dashboard_cell_by_panel ON reporting_dashboard_cell (panel, mission_code);

CREATE FUNCTION reporting_dashboard_fold() RETURNS BIGINT LANGUAGE sql AS
$$
WITH gone AS (DELETE FROM reporting_dashboard_cell RETURNING *),
     folded AS (
       INSERT INTO reporting_dashboard_cell (panel, mission_code, destination_country, handed_over,
                                             project_id, nationality, month, k1, k2, cases, people)
       SELECT panel, mission_code, destination_country, handed_over, project_id, nationality, month,
              k1, k2, sum(cases), sum(people)
       FROM gone
       GROUP BY panel, mission_code, destination_country, handed_over, project_id, nationality,
                month, k1, k2
       HAVING sum(cases) <> 0 OR sum(people) <> 0)
SELECT count(*) FROM gone
$$;
