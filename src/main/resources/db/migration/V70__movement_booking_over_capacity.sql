-- A booked household whose case gained members after it was booked keeps its booking even when the
-- flight no longer has the seats for them: the booking says so, for the movement officer to settle
-- (take a household off, or change the flight's seats) before the flight leaves.
ALTER TABLE movement_booking ADD COLUMN over_capacity BOOLEAN NOT NULL DEFAULT FALSE;
