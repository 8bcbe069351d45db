-- The flights that take people home: a charter (with the party that charters it) or a scheduled
-- flight, from one airport to another in the country of return, at a date and time in a time
-- zone, with its seats and its cost (per seat, or for the whole charter, shared per seat).
CREATE TABLE movement_flight
(
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  mission_code      TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('CHARTER', 'SCHEDULED')),
  charterer         TEXT,
  flight_number     TEXT,
  departure_airport CHAR(3) NOT NULL CHECK (departure_airport ~ '^[A-Z]{3}$'),
  arrival_airport   CHAR(3) NOT NULL CHECK (arrival_airport ~ '^[A-Z]{3}$'),
  arrival_country   CHAR(3) NOT NULL,
  departs_at        TIMESTAMPTZ NOT NULL,
  -- the zone the departure is told in (the local time at the departure airport)
  time_zone         TEXT NOT NULL,
  seats             INT NOT NULL CHECK (seats > 0),
  cost_per_seat     NUMERIC(19, 4) CHECK (cost_per_seat >= 0),
  charter_cost      NUMERIC(19, 4) CHECK (charter_cost >= 0),
  currency          CHAR(3) NOT NULL,
  status            TEXT NOT NULL
    CHECK (status IN ('PLANNED', 'CONFIRMED', 'DEPARTED', 'ARRIVED', 'CANCELLED')),
  -- how many times the bookings changed once the flight was confirmed: the printed manifest says
  -- which revision it is
  manifest_revision INT NOT NULL DEFAULT 0,
  confirmed_at      TIMESTAMPTZ,
  departed_at       TIMESTAMPTZ,
  arrived_at        TIMESTAMPTZ,
  cancelled_at      TIMESTAMPTZ,
  cancel_reason     TEXT,
  version           BIGINT NOT NULL DEFAULT 1,
  created_at        TIMESTAMPTZ NOT NULL,
  created_by        TEXT NOT NULL,
  updated_at        TIMESTAMPTZ NOT NULL,
  updated_by        TEXT NOT NULL,
  CHECK ((cost_per_seat IS NULL) <> (charter_cost IS NULL)),
  CHECK (kind = 'CHARTER' OR (charterer IS NULL AND charter_cost IS NULL)),
  CHECK (kind = 'SCHEDULED' OR charterer IS NOT NULL)
);
CREATE INDEX movement_flight_by_departure ON movement_flight (departs_at);

-- A household (case) on a flight, with the seats it takes as counted when it was booked. At most
-- one booking of a case is open at a time; closed ones stay as the flight's record.
CREATE TABLE movement_booking
(
  id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  flight_id            BIGINT NOT NULL REFERENCES movement_flight (id),
  case_id              UUID NOT NULL,
  case_number          TEXT NOT NULL,
  -- where the case is held and where it goes, for the access rules (as the registry's holding)
  case_mission         TEXT NOT NULL,
  destination_country  CHAR(3) NOT NULL,
  status               TEXT NOT NULL
    CHECK (status IN ('BOOKED', 'NO_SHOW', 'DEPARTED', 'ARRIVED', 'CANCELLED')),
  people               INT NOT NULL CHECK (people > 0),
  lap_infants          INT NOT NULL CHECK (lap_infants >= 0),
  medical_escorts      INT NOT NULL CHECK (medical_escorts >= 0),
  unaccompanied_minors INT NOT NULL CHECK (unaccompanied_minors >= 0),
  booked_at            TIMESTAMPTZ NOT NULL,
  booked_by            TEXT NOT NULL,
  closed_at            TIMESTAMPTZ,
  closed_by            TEXT,
  close_reason         TEXT,
  -- the receiving mission's confirmation that the household arrived
  arrived_at           TIMESTAMPTZ,
  arrived_by           TEXT,
  CHECK (lap_infants < people)
);
CREATE UNIQUE INDEX movement_booking_one_open ON movement_booking (case_id) WHERE status = 'BOOKED';
CREATE INDEX movement_booking_by_flight ON movement_booking (flight_id, status);
CREATE INDEX movement_booking_by_case ON movement_booking (case_id);

-- Each member of a booked household and where they stand on departure day. Names and documents
-- stay in the registry: the manifest reads them there.
CREATE TABLE movement_passenger
(
  booking_id     BIGINT NOT NULL REFERENCES movement_booking (id),
  person_id      UUID NOT NULL,
  position       INT NOT NULL,
  lap_infant     BOOLEAN NOT NULL,
  medical_escort BOOLEAN NOT NULL,
  boarding       TEXT NOT NULL CHECK (boarding IN ('EXPECTED', 'CHECKED_IN', 'BOARDED', 'NO_SHOW')),
  checked_in_at  TIMESTAMPTZ,
  checked_in_by  TEXT,
  boarded_at     TIMESTAMPTZ,
  boarded_by     TEXT,
  PRIMARY KEY (booking_id, person_id)
);
