package org.homeward.movement.flights.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightKind;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.flights.Boarding;
import org.homeward.movement.flights.Booking;
import org.homeward.movement.flights.BookingStatus;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.flights.Passenger;
import org.homeward.movement.flights.SeatNeed;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.javamoney.moneta.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The flights, their bookings and passengers, in plain SQL. */
@Repository
public class FlightStore {

  private final JdbcClient jdbc;

  FlightStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public FlightId insert(FlightDetails d, String by, Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO movement_flight (mission_code, kind, charterer, flight_number,
                  departure_airport, arrival_airport, arrival_country, departs_at, time_zone, seats,
                  cost_per_seat, charter_cost, currency, status, created_at, created_by,
                  updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?) RETURNING id
                """)
            .params(
                d.missionCode(),
                d.kind().name(),
                d.charterer(),
                d.flightNumber(),
                d.departureAirport(),
                d.arrivalAirport(),
                d.arrivalCountry(),
                Timestamp.from(d.departure().toInstant()),
                d.timeZone().getId(),
                d.seats(),
                decimal(d.costPerSeat()),
                decimal(d.charterCost()),
                d.currency().getCurrencyCode(),
                Timestamp.from(now),
                by,
                Timestamp.from(now),
                by)
            .query(Long.class)
            .single();
    return new FlightId(id);
  }

  public Optional<Flight> find(FlightId id) {
    return jdbc.sql("SELECT * FROM movement_flight WHERE id = ?")
        .param(id.value())
        .query(FlightStore::flight)
        .optional();
  }

  /** The flight, its row locked until the end of the transaction: changes to it wait in line. */
  public Optional<Flight> lock(FlightId id) {
    return jdbc.sql("SELECT * FROM movement_flight WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(FlightStore::flight)
        .optional();
  }

  /**
   * The flights within {@code scope}: the next to leave first, then those gone or cancelled, the
   * latest first.
   */
  public List<Flight> list(CaseScope scope) {
    CaseScope.Condition within = within(scope, "f");
    return jdbc.sql(
            "SELECT f.* FROM movement_flight f WHERE "
                + within.sql()
                + " ORDER BY (f.status IN ('DEPARTED', 'ARRIVED', 'CANCELLED')),"
                + " CASE WHEN f.status IN ('PLANNED', 'CONFIRMED') THEN f.departs_at END,"
                + " f.departs_at DESC, f.id")
        .params(within.params())
        .query(FlightStore::flight)
        .list();
  }

  /**
   * A flight is held by its mission, like a case; once it has left, the mission of its country of
   * arrival sees it too, as it sees the cases handed over to it.
   */
  static CaseScope.Condition within(CaseScope scope, String alias) {
    return scope.condition(
        alias + ".mission_code",
        alias + ".arrival_country",
        "(" + alias + ".status IN ('DEPARTED', 'ARRIVED'))");
  }

  public boolean update(
      FlightId id,
      long expectedVersion,
      FlightDetails d,
      boolean newRevision,
      String by,
      Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE movement_flight SET kind = ?, charterer = ?, flight_number = ?,
                  departure_airport = ?, arrival_airport = ?, arrival_country = ?, departs_at = ?,
                  time_zone = ?, seats = ?, cost_per_seat = ?, charter_cost = ?, currency = ?,
                  manifest_revision = manifest_revision + ?, version = version + 1,
                  updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?
                """)
            .params(
                d.kind().name(),
                d.charterer(),
                d.flightNumber(),
                d.departureAirport(),
                d.arrivalAirport(),
                d.arrivalCountry(),
                Timestamp.from(d.departure().toInstant()),
                d.timeZone().getId(),
                d.seats(),
                decimal(d.costPerSeat()),
                decimal(d.charterCost()),
                d.currency().getCurrencyCode(),
                newRevision ? 1 : 0,
                Timestamp.from(now),
                by,
                id.value(),
                expectedVersion)
            .update();
    if (updated == 1) {
      settleCapacity(id);
    }
    return updated == 1;
  }

  /** Records the flight's step to {@code to}, with when it happened; a new version. */
  public void changeStatus(FlightId id, FlightStatus to, String reason, String by, Instant now) {
    String when =
        switch (to) {
          case CONFIRMED -> "confirmed_at";
          case DEPARTED -> "departed_at";
          case ARRIVED -> "arrived_at";
          case CANCELLED -> "cancelled_at";
          case PLANNED ->
              throw new IllegalArgumentException("a flight does not go back to PLANNED");
        };
    jdbc.sql(
            "UPDATE movement_flight SET status = ?, "
                + when
                + " = ?, cancel_reason = COALESCE(?, cancel_reason), version = version + 1,"
                + " updated_at = ?, updated_by = ? WHERE id = ?")
        .params(to.name(), Timestamp.from(now), reason, Timestamp.from(now), by, id.value())
        .update();
  }

  /**
   * A change to the flight's bookings: a new version of the flight, and once it is confirmed a new
   * revision of its manifest.
   */
  public void touch(FlightId id, boolean newRevision, String by, Instant now) {
    jdbc.sql(
            """
            UPDATE movement_flight SET version = version + 1,
              manifest_revision = manifest_revision + ?, updated_at = ?, updated_by = ?
            WHERE id = ?
            """)
        .params(newRevision ? 1 : 0, Timestamp.from(now), by, id.value())
        .update();
    settleCapacity(id);
  }

  public long insertBooking(
      FlightId flight,
      CaseId caseId,
      String caseNumber,
      String caseMission,
      String destination,
      SeatNeed need,
      List<Passenger> passengers,
      String by,
      Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO movement_booking (flight_id, case_id, case_number, case_mission,
                  destination_country, status, people, lap_infants, medical_escorts,
                  unaccompanied_minors, booked_at, booked_by)
                VALUES (?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                flight.value(),
                caseId.value(),
                caseNumber,
                caseMission,
                destination,
                need.people(),
                need.lapInfants(),
                need.medicalEscorts(),
                need.unaccompaniedMinors(),
                Timestamp.from(now),
                by)
            .query(Long.class)
            .single();
    for (Passenger p : passengers) {
      jdbc.sql(
              """
              INSERT INTO movement_passenger (booking_id, person_id, position, lap_infant,
                medical_escort, boarding)
              VALUES (?, ?, ?, ?, ?, 'EXPECTED')
              """)
          .params(id, p.personId().value(), p.position(), p.lapInfant(), p.medicalEscort())
          .update();
    }
    return id;
  }

  /** Every booking the flight has had, in the order they were made, with their passengers. */
  public List<Booking> bookings(FlightId flight) {
    return withPassengers(
        jdbc.sql("SELECT * FROM movement_booking WHERE flight_id = ? ORDER BY id")
            .param(flight.value())
            .query(FlightStore::booking)
            .list());
  }

  /** The case's open booking, on whichever flight. */
  public Optional<Booking> openBookingOf(CaseId caseId) {
    return withPassengers(
            jdbc.sql("SELECT * FROM movement_booking WHERE case_id = ? AND status = 'BOOKED'")
                .param(caseId.value())
                .query(FlightStore::booking)
                .list())
        .stream()
        .findFirst();
  }

  /** The case's booking on this flight: the open one, else the latest. */
  public Optional<Booking> bookingOn(FlightId flight, CaseId caseId) {
    return withPassengers(
            jdbc.sql(
                    "SELECT * FROM movement_booking WHERE flight_id = ? AND case_id = ?"
                        + " ORDER BY (status = 'BOOKED') DESC, id DESC LIMIT 1")
                .params(flight.value(), caseId.value())
                .query(FlightStore::booking)
                .list())
        .stream()
        .findFirst();
  }

  /** The open booking on this flight of the household a passenger belongs to. */
  public Optional<Booking> bookingOfPassenger(FlightId flight, PersonId person) {
    return withPassengers(
            jdbc.sql(
                    """
                    SELECT b.* FROM movement_booking b
                    JOIN movement_passenger p ON p.booking_id = b.id
                    WHERE b.flight_id = ? AND p.person_id = ?
                    ORDER BY (b.status = 'BOOKED') DESC, b.id DESC LIMIT 1
                    """)
                .params(flight.value(), person.value())
                .query(FlightStore::booking)
                .list())
        .stream()
        .findFirst();
  }

  /**
   * The households that left on flights within {@code scope} and await the receiving mission's
   * confirmation that they arrived, the longest waiting first.
   */
  public List<Booking> awaitingArrival(CaseScope scope) {
    CaseScope.Condition within = within(scope, "f");
    return withPassengers(
        jdbc.sql(
                "SELECT b.* FROM movement_booking b JOIN movement_flight f ON f.id = b.flight_id"
                    + " WHERE b.status = 'DEPARTED' AND "
                    + within.sql()
                    + " ORDER BY f.departs_at, b.id")
            .params(within.params())
            .query(FlightStore::booking)
            .list());
  }

  public void closeBooking(long booking, BookingStatus to, String reason, String by, Instant now) {
    jdbc.sql(
            """
            UPDATE movement_booking SET status = ?, close_reason = ?, closed_at = ?, closed_by = ?
            WHERE id = ?
            """)
        .params(to.name(), reason, Timestamp.from(now), by, booking)
        .update();
  }

  public void arrived(long booking, String by, Instant now) {
    jdbc.sql(
            "UPDATE movement_booking SET status = 'ARRIVED', arrived_at = ?, arrived_by = ?"
                + " WHERE id = ?")
        .params(Timestamp.from(now), by, booking)
        .update();
  }

  /** A passenger checked in or on board, by whom and when. */
  public void board(long booking, PersonId person, Boarding to, String by, Instant now) {
    String columns =
        switch (to) {
          case CHECKED_IN -> "checked_in_at = ?, checked_in_by = ?";
          case BOARDED -> "boarded_at = ?, boarded_by = ?";
          case EXPECTED, NO_SHOW ->
              throw new IllegalArgumentException("not a boarding step: " + to);
        };
    jdbc.sql(
            "UPDATE movement_passenger SET boarding = ?, "
                + columns
                + " WHERE booking_id = ? AND person_id = ?")
        .params(to.name(), Timestamp.from(now), by, booking, person.value())
        .update();
  }

  /**
   * Takes back a passenger's step to {@code undone}: off board (checked in again), or no longer
   * checked in (expected), forgetting who did it and when.
   */
  public void unboard(long booking, PersonId person, Boarding undone) {
    String set =
        switch (undone) {
          case BOARDED -> "boarding = 'CHECKED_IN', boarded_at = NULL, boarded_by = NULL";
          case CHECKED_IN -> "boarding = 'EXPECTED', checked_in_at = NULL, checked_in_by = NULL";
          case EXPECTED, NO_SHOW ->
              throw new IllegalArgumentException("not undone here: " + undone);
        };
    jdbc.sql("UPDATE movement_passenger SET " + set + " WHERE booking_id = ? AND person_id = ?")
        .params(booking, person.value())
        .update();
  }

  /**
   * A no-show undone: the booking is open again and each of its no-shows stands where they stood,
   * checked in if they were, else expected.
   */
  public void reopenBooking(long booking) {
    jdbc.sql(
            """
            UPDATE movement_booking SET status = 'BOOKED', close_reason = NULL, closed_at = NULL,
              closed_by = NULL
            WHERE id = ? AND status = 'NO_SHOW'
            """)
        .param(booking)
        .update();
    jdbc.sql(
            """
            UPDATE movement_passenger
            SET boarding = CASE WHEN checked_in_at IS NULL THEN 'EXPECTED' ELSE 'CHECKED_IN' END
            WHERE booking_id = ? AND boarding = 'NO_SHOW'
            """)
        .param(booking)
        .update();
  }

  /**
   * The household of an open booking as it is now: its seats, and its passengers in the order the
   * household lists them. A member who left is no passenger any more; one who joined is expected;
   * the others keep where they stand on departure day.
   */
  public void replacePassengers(long booking, SeatNeed need, List<Passenger> passengers) {
    jdbc.sql(
            """
            UPDATE movement_booking SET people = ?, lap_infants = ?, medical_escorts = ?,
              unaccompanied_minors = ?
            WHERE id = ?
            """)
        .params(
            need.people(),
            need.lapInfants(),
            need.medicalEscorts(),
            need.unaccompaniedMinors(),
            booking)
        .update();
    jdbc.sql("DELETE FROM movement_passenger WHERE booking_id = ? AND NOT (person_id = ANY (?))")
        .params(booking, passengers.stream().map(p -> p.personId().value()).toArray(UUID[]::new))
        .update();
    for (Passenger p : passengers) {
      jdbc.sql(
              """
              INSERT INTO movement_passenger (booking_id, person_id, position, lap_infant,
                medical_escort, boarding)
              VALUES (?, ?, ?, ?, ?, 'EXPECTED')
              ON CONFLICT (booking_id, person_id) DO UPDATE SET position = excluded.position,
                lap_infant = excluded.lap_infant, medical_escort = excluded.medical_escort
              """)
          .params(booking, p.personId().value(), p.position(), p.lapInfant(), p.medicalEscort())
          .update();
    }
  }

  /**
   * Flags the booking over capacity: its household grew and the flight lacks the seats. The flag
   * goes once the flight has the seats again (see {@link #touch}).
   */
  public void flagOverCapacity(long booking) {
    jdbc.sql("UPDATE movement_booking SET over_capacity = TRUE WHERE id = ?")
        .param(booking)
        .update();
  }

  /**
   * Clears the over-capacity flags of the flight's bookings once its seats suffice again for every
   * household booked on it (one taken off, the seats raised).
   */
  private void settleCapacity(FlightId id) {
    boolean flagged =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM movement_booking WHERE flight_id = ? AND"
                    + " over_capacity)")
            .param(id.value())
            .query(Boolean.class)
            .single();
    if (!flagged) {
      return;
    }
    int seats =
        jdbc.sql("SELECT seats FROM movement_flight WHERE id = ?")
            .param(id.value())
            .query(Integer.class)
            .single();
    List<SeatNeed> booked =
        jdbc
            .sql("SELECT * FROM movement_booking WHERE flight_id = ? AND status = 'BOOKED'")
            .param(id.value())
            .query(FlightStore::booking)
            .list()
            .stream()
            .map(Booking::need)
            .toList();
    if (SeatNeed.seatsOf(booked) <= seats) {
      jdbc.sql("UPDATE movement_booking SET over_capacity = FALSE WHERE flight_id = ?")
          .param(id.value())
          .update();
    }
  }

  /**
   * Erases the free text the case's bookings hold (why a household did not show, why it was taken
   * off), for good; the bookings and their passengers stay, with their counts and statuses. Returns
   * how many bookings held some.
   */
  public int eraseReasonsOf(CaseId caseId) {
    return jdbc.sql(
            "UPDATE movement_booking SET close_reason = NULL WHERE case_id = ?"
                + " AND close_reason IS NOT NULL")
        .param(caseId.value())
        .update();
  }

  /** Every passenger of a booking not yet on board is a no-show. */
  public void noShow(long booking) {
    jdbc.sql(
            "UPDATE movement_passenger SET boarding = 'NO_SHOW' WHERE booking_id = ?"
                + " AND boarding <> 'BOARDED'")
        .param(booking)
        .update();
  }

  public void escort(long booking, PersonId person, boolean escorted) {
    jdbc.sql(
            "UPDATE movement_passenger SET medical_escort = ? WHERE booking_id = ? AND person_id = ?")
        .params(escorted, booking, person.value())
        .update();
    jdbc.sql(
            """
            UPDATE movement_booking SET medical_escorts =
              (SELECT count(*) FROM movement_passenger WHERE booking_id = ? AND medical_escort)
            WHERE id = ?
            """)
        .params(booking, booking)
        .update();
  }

  private List<Booking> withPassengers(List<Booking> bookings) {
    if (bookings.isEmpty()) {
      return bookings;
    }
    Map<Long, List<Passenger>> byBooking = new LinkedHashMap<>();
    bookings.forEach(b -> byBooking.put(b.id(), new ArrayList<>()));
    jdbc.sql(
            "SELECT * FROM movement_passenger WHERE booking_id = ANY (?) ORDER BY booking_id,"
                + " position")
        .param(bookings.stream().map(Booking::id).toArray(Long[]::new))
        .query(rs -> {
          byBooking.get(rs.getLong("booking_id")).add(passenger(rs));
        });
    return bookings.stream()
        .map(b ->
            new Booking(
                b.id(),
                b.flightId(),
                b.caseId(),
                b.caseNumber(),
                b.caseMission(),
                b.destinationCountry(),
                b.status(),
                b.need(),
                byBooking.get(b.id()),
                b.bookedAt(),
                b.bookedBy(),
                b.closedAt(),
                b.closedBy(),
                b.closeReason(),
                b.arrivedAt(),
                b.arrivedBy(),
                b.overCapacity()))
        .toList();
  }

  private static Flight flight(ResultSet rs, int row) throws SQLException {
    CurrencyUnit currency = Monetary.getCurrency(rs.getString("currency").strip());
    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
    FlightDetails details =
        new FlightDetails(
            rs.getString("mission_code"),
            FlightKind.valueOf(rs.getString("kind")),
            rs.getString("charterer"),
            rs.getString("flight_number"),
            rs.getString("departure_airport").strip(),
            rs.getString("arrival_airport").strip(),
            rs.getString("arrival_country").strip(),
            rs.getTimestamp("departs_at").toInstant().atZone(zone).toLocalDateTime(),
            zone,
            rs.getInt("seats"),
            money(rs.getBigDecimal("cost_per_seat"), currency),
            money(rs.getBigDecimal("charter_cost"), currency));
    return new Flight(
        new FlightId(rs.getLong("id")),
        details,
        FlightStatus.valueOf(rs.getString("status")),
        rs.getInt("manifest_revision"),
        instant(rs, "confirmed_at"),
        instant(rs, "departed_at"),
        instant(rs, "arrived_at"),
        instant(rs, "cancelled_at"),
        rs.getString("cancel_reason"),
        rs.getLong("version"));
  }

  private static Booking booking(ResultSet rs, int row) throws SQLException {
    return new Booking(
        rs.getLong("id"),
        new FlightId(rs.getLong("flight_id")),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("case_mission"),
        rs.getString("destination_country").strip(),
        BookingStatus.valueOf(rs.getString("status")),
        new SeatNeed(
            rs.getInt("people"),
            rs.getInt("lap_infants"),
            rs.getInt("medical_escorts"),
            rs.getInt("unaccompanied_minors")),
        List.of(),
        instant(rs, "booked_at"),
        rs.getString("booked_by"),
        instant(rs, "closed_at"),
        rs.getString("closed_by"),
        rs.getString("close_reason"),
        instant(rs, "arrived_at"),
        rs.getString("arrived_by"),
        rs.getBoolean("over_capacity"));
  }

  private static Passenger passenger(ResultSet rs) throws SQLException {
    return new Passenger(
        new PersonId(rs.getObject("person_id", UUID.class)),
        rs.getInt("position"),
        rs.getBoolean("lap_infant"),
        rs.getBoolean("medical_escort"),
        Boarding.valueOf(rs.getString("boarding")),
        instant(rs, "checked_in_at"),
        rs.getString("checked_in_by"),
        instant(rs, "boarded_at"),
        rs.getString("boarded_by"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
    return value == null ? null : Money.of(value.stripTrailingZeros(), currency);
  }

  private static BigDecimal decimal(MonetaryAmount amount) {
    return amount == null ? null : amount.getNumber().numberValue(BigDecimal.class);
  }
}
