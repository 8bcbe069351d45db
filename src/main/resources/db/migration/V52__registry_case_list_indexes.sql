-- The cases in the order lists show them by default (most vulnerable first), holding what a search
-- by name tests on each case (the mission-scope columns, the status, the members' names): the
-- search reads this index alone, case after case, until the page is full.
CREATE INDEX registry_case_by_priority_with_names ON registry_case
  (priority DESC, registration_date, case_number)
  INCLUDE (id, mission_code, destination_country, handed_over, status, search_names);

-- The work waiting for a caseworker on the home page: the cases they registered, by status.
CREATE INDEX registry_case_by_registrar ON registry_case (created_by, status);
