-- A case that has departed is handed over to the mission in its country of origin.
ALTER TABLE registry_case ADD COLUMN handed_over BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE registry_case c SET handed_over = TRUE
 WHERE EXISTS (SELECT 1 FROM registry_status_change s WHERE s.case_id = c.id AND s.to_status = 'DEPARTED');
CREATE INDEX registry_case_handed_over ON registry_case (destination_country) WHERE handed_over;

-- Medical and protection data are sealed by the application (AES-GCM, see FieldEncryption):
-- the database holds ciphertext, plus keyed tags so that lists can be filtered on a category
-- without the database being able to read it. Plaintext left in vulnerabilities or
-- vulnerability_notes by an older version is sealed on start-up.
ALTER TABLE registry_person ADD COLUMN sensitive_data BYTEA;
ALTER TABLE registry_person ADD COLUMN sensitive_key TEXT;
ALTER TABLE registry_person ADD COLUMN sensitive_tags TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX registry_person_sensitive_tags ON registry_person USING gin (sensitive_tags);
