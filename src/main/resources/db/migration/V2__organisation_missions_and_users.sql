-- The organisation's offices. Headquarters, regional offices, country missions and sub-offices
-- form one tree; a mission sees its own records and those of its sub-offices.
CREATE TABLE organisation_mission
(
  code         TEXT PRIMARY KEY CHECK (code ~ '^[A-Z]{2,3}(-[A-Z]{3})?$'),
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('HEADQUARTERS', 'REGIONAL_OFFICE', 'COUNTRY_MISSION', 'SUB_OFFICE')),
  parent_code  TEXT REFERENCES organisation_mission (code),
  country_code CHAR(3)
);

INSERT INTO organisation_mission (code, name, kind, parent_code, country_code) VALUES
  ('HQ',      'Headquarters',                                  'HEADQUARTERS',    NULL,   NULL),
  ('RMN',     'Regional Office for the Middle East and North Africa', 'REGIONAL_OFFICE', 'HQ', NULL),
  ('RWC',     'Regional Office for West and Central Africa',   'REGIONAL_OFFICE', 'HQ',   NULL),
  ('MAR',     'Morocco',                                       'COUNTRY_MISSION', 'RMN',  'MAR'),
  ('MAR-RBA', 'Rabat',                                         'SUB_OFFICE',      'MAR',  'MAR'),
  ('MAR-OUJ', 'Oujda',                                         'SUB_OFFICE',      'MAR',  'MAR'),
  ('MAR-TNG', 'Tangier',                                       'SUB_OFFICE',      'MAR',  'MAR'),
  ('CMR',     'Cameroon',                                      'COUNTRY_MISSION', 'RWC',  'CMR'),
  ('NGA',     'Nigeria',                                       'COUNTRY_MISSION', 'RWC',  'NGA'),
  ('SEN',     'Senegal',                                       'COUNTRY_MISSION', 'RWC',  'SEN'),
  ('CIV',     'Côte d''Ivoire',                                'COUNTRY_MISSION', 'RWC',  'CIV'),
  ('MLI',     'Mali',                                          'COUNTRY_MISSION', 'RWC',  'MLI'),
  ('GIN',     'Guinea',                                        'COUNTRY_MISSION', 'RWC',  'GIN');

CREATE TABLE organisation_user
(
  username      TEXT PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  mission_code  TEXT NOT NULL REFERENCES organisation_mission (code),
  roles         TEXT[] NOT NULL CHECK (cardinality(roles) > 0),
  language      TEXT NOT NULL DEFAULT 'en',
  enabled       BOOLEAN NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
