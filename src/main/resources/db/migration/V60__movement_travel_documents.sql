-- The travel documents movement obtains for a person: requested (of the consulate of the country
-- of origin for a laissez-passer or an emergency travel document), issued, collected. The
-- passports people already hold are identity documents of the registry and are not copied here.
CREATE TABLE movement_travel_document
(
  id           UUID PRIMARY KEY,
  person_id    UUID NOT NULL,
  case_id      UUID NOT NULL,
  type         TEXT NOT NULL
    CHECK (type IN ('PASSPORT', 'LAISSEZ_PASSER', 'EMERGENCY_TRAVEL_DOCUMENT')),
  status       TEXT NOT NULL CHECK (status IN ('REQUESTED', 'ISSUED', 'COLLECTED')),
  -- the country whose consulate issues it (ISO 3166-1 alpha-3)
  consulate    CHAR(3),
  requested_on DATE NOT NULL,
  -- the day the request went to the consulate on its list
  sent_on      DATE,
  number       TEXT,
  issued_on    DATE,
  expires_on   DATE,
  collected_on DATE,
  created_at   TIMESTAMPTZ NOT NULL,
  created_by   TEXT NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  updated_by   TEXT NOT NULL,
  CHECK (type = 'PASSPORT' OR consulate IS NOT NULL),
  CHECK ((status = 'REQUESTED') = (number IS NULL)),
  CHECK (status = 'REQUESTED'
    OR (issued_on IS NOT NULL AND expires_on IS NOT NULL AND expires_on > issued_on)),
  CHECK ((status = 'COLLECTED') = (collected_on IS NOT NULL))
);
-- a person has at most one request waiting at a time
CREATE UNIQUE INDEX movement_travel_document_one_request
  ON movement_travel_document (person_id) WHERE status = 'REQUESTED';
CREATE INDEX movement_travel_document_by_person ON movement_travel_document (person_id);
CREATE INDEX movement_travel_document_by_case ON movement_travel_document (case_id);
-- the lists of requests per consulate
CREATE INDEX movement_travel_document_waiting
  ON movement_travel_document (consulate, requested_on) WHERE status = 'REQUESTED';
