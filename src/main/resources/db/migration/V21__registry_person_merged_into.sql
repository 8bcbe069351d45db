-- A person found to be registered twice keeps their record, pointing to the one it was merged
-- into; clearing the pointer undoes the merge. Set and cleared only through PeopleDirectory.
ALTER TABLE registry_person ADD COLUMN merged_into UUID;
CREATE INDEX registry_person_merged ON registry_person (merged_into) WHERE merged_into IS NOT NULL;
