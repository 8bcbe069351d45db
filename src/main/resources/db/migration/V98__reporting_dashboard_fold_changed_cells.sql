-- The dashboards read their cells by panel and month (the month 1900-01 standing for all time):
-- an index on both lets an unfiltered view read its few hundred all-time cells, not every month's.
CREATE INDEX reporting_dashboard_cell_by_month ON reporting_dashboard_cell (panel, month, k1);

-- Folding sums only the cells that hold more than one row (or that sum to nothing), instead of
-- deleting and inserting every row of the table every time: a quiet registry costs one read of the
-- table, and a busy one rewrites only the cells that changed, so the table does not bloat.
-- One fold at a time (the scheduled one, the one that ends a first count): two deleting the same
-- cells in different orders would deadlock. The lock is the transaction's, released with it.
CREATE OR REPLACE FUNCTION reporting_dashboard_fold() RETURNS BIGINT LANGUAGE sql AS
$$
SELECT pg_advisory_xact_lock(hashtext('reporting_dashboard_fold'));
WITH doubled AS (
       SELECT panel, mission_code, destination_country, handed_over, project_id, nationality,
              month, k1, k2
       FROM reporting_dashboard_cell
       GROUP BY panel, mission_code, destination_country, handed_over, project_id, nationality,
                month, k1, k2
       HAVING count(*) > 1 OR (sum(cases) = 0 AND sum(people) = 0)),
     gone AS (
       DELETE FROM reporting_dashboard_cell c USING doubled d
       WHERE c.panel = d.panel AND c.mission_code = d.mission_code
         AND c.destination_country = d.destination_country AND c.handed_over = d.handed_over
         AND c.project_id IS NOT DISTINCT FROM d.project_id AND c.nationality = d.nationality
         AND c.month = d.month AND c.k1 = d.k1 AND c.k2 = d.k2
       RETURNING c.*),
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
