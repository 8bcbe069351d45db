-- The dashboards read their cells by panel and month (the month 1900-01 standing for all time):
-- an index on both lets an unfiltered view read its few hundred all-time cells, not every month's.
CREATE INDEX reporting_dashboard_cell_by_month ON reporting_dashboard_cell (panel, month, k1);

-- Folding sums only the cells that hold more than one row (or that sum to nothing), instead of
-- deleting and inserting every row of the table every time: a quiet registry costs one read of the
-- table, and a busy one rewrites only the cells that changed, so the table does not bloat. The rows
-- to fold are found by one sort of the table (a window over each cell) and deleted by their ctid,
-- so the cost stays n log n even after a first count of a million cases left millions of rows.
-- One fold at a time (the scheduled one, the one that ends a first count): two deleting the same
-- cells would deadlock. The lock is the transaction's, released with it.
CREATE OR REPLACE FUNCTION reporting_dashboard_fold() RETURNS BIGINT LANGUAGE sql AS
$$
SELECT pg_advisory_xact_lock(hashtext('reporting_dashboard_fold'));
WITH counted AS (
       SELECT ctid AS row_id,
              count(*) OVER cell AS rows_of_cell,
              sum(cases) OVER cell AS cases_of_cell,
              sum(people) OVER cell AS people_of_cell
       FROM reporting_dashboard_cell
       WINDOW cell AS (PARTITION BY panel, mission_code, destination_country, handed_over,
                                    project_id, nationality, month, k1, k2)),
     gone AS (
       DELETE FROM reporting_dashboard_cell
       WHERE ctid IN (SELECT row_id FROM counted
                      WHERE rows_of_cell > 1 OR (cases_of_cell = 0 AND people_of_cell = 0))
       RETURNING *),
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
