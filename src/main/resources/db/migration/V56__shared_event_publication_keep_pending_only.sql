-- Completed reactions are now deleted from the event publication registry when they complete
-- (spring.modulith.events.completion-mode=delete); those completed before are deleted here, so
-- that the table holds only what is still to be done.
DELETE FROM event_publication WHERE completion_date IS NOT NULL;
