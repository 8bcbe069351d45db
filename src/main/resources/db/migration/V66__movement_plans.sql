-- Flight plans: the planner's proposal for a mission's open flights (to one country, or all) leaving
-- between two days, re-solved as things change, then confirmed (every household booked at once) or
-- discarded. Every change is a new revision: a change names the revision it was made on, so that
-- two officers never overwrite each other's work unseen.
CREATE TABLE movement_plan
(
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  mission_code       TEXT NOT NULL,
  -- which flights it plans: the mission's open flights to this country (every country when null)
  -- leaving from one day to another
  destination        CHAR(3),
  flights_from       DATE NOT NULL,
  flights_to         DATE NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'DISCARDED')),
  revision           INT NOT NULL DEFAULT 1 CHECK (revision > 0),
  -- the planner's figures at the last solve, exact
  value              NUMERIC(30, 9) NOT NULL CHECK (value >= 0),
  delay_cost         NUMERIC(38, 9) NOT NULL CHECK (delay_cost >= 0),
  -- what the last re-solve changed: households of the revision before on another flight or left
  -- out, households new to the plan, households no longer ready, pins that no longer held
  moved              INT,
  joined             INT,
  dropped            INT,
  pins_released      INT,
  -- a pin moved a household since the last solve: re-solving makes room around it
  pinned_since_solve BOOLEAN NOT NULL DEFAULT FALSE,
  created_at         TIMESTAMPTZ NOT NULL,
  created_by         TEXT NOT NULL,
  updated_at         TIMESTAMPTZ NOT NULL,
  updated_by         TEXT NOT NULL,
  CHECK (flights_from <= flights_to)
);
CREATE INDEX movement_plan_by_mission ON movement_plan (mission_code, created_at DESC);

-- The flights a revision of the plan fills, in date order, with the seats they had for it then
-- (their capacity less the seats of the households already booked on them).
CREATE TABLE movement_plan_flight
(
  plan_id    BIGINT NOT NULL REFERENCES movement_plan (id) ON DELETE CASCADE,
  flight_id  BIGINT NOT NULL REFERENCES movement_flight (id),
  position   INT NOT NULL,
  seats_free INT NOT NULL CHECK (seats_free >= 0),
  PRIMARY KEY (plan_id, flight_id)
);

-- Each ready household of the revision: on a flight (pinned there by hand, or placed by the
-- planner), or left out with the reason. The seats are the household's own (medical escorts
-- included); its unaccompanied minors share the escorts of the flight.
CREATE TABLE movement_plan_entry
(
  plan_id              BIGINT NOT NULL REFERENCES movement_plan (id) ON DELETE CASCADE,
  case_id              UUID NOT NULL,
  case_number          TEXT NOT NULL,
  destination          CHAR(3) NOT NULL,
  position             INT NOT NULL,
  flight_id            BIGINT REFERENCES movement_flight (id),
  reason               TEXT,
  pinned               BOOLEAN NOT NULL DEFAULT FALSE,
  people               INT NOT NULL CHECK (people > 0),
  seats                INT NOT NULL CHECK (seats >= 0),
  unaccompanied_minors INT NOT NULL CHECK (unaccompanied_minors >= 0),
  value                NUMERIC(30, 9) NOT NULL CHECK (value >= 0),
  -- the members who travel with a medical escort, as booked when the plan is confirmed
  medical_escorts      UUID[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (plan_id, case_id),
  CHECK ((flight_id IS NULL) = (reason IS NOT NULL)),
  CHECK (NOT pinned OR flight_id IS NOT NULL)
);
