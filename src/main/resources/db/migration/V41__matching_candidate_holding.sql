-- Whether each side of a pair was handed over to the mission of its destination country, so the
-- review queue applies the same access rule as the registry: once a household has departed, the
-- receiving mission reviews its pairs too. Kept up to date by listening to the case's status
-- changes; filled here once from the cases as they stand.
ALTER TABLE matching_candidate
  ADD COLUMN destination_a TEXT,
  ADD COLUMN handed_over_a BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN destination_b TEXT,
  ADD COLUMN handed_over_b BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE matching_candidate m
SET destination_a = c.destination_country, handed_over_a = c.handed_over
FROM registry_case c WHERE c.id = m.case_a;

UPDATE matching_candidate m
SET destination_b = c.destination_country, handed_over_b = c.handed_over
FROM registry_case c WHERE c.id = m.case_b;
