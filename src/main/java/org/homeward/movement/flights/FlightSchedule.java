package org.homeward.movement.flights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditTrail;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.flights.internal.FlightStore;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flights a mission keeps: scheduled, changed while they are open, confirmed (their manifest is
 * then the one that flies), cancelled (their households go back to the pool) or marked arrived.
 * Departure has a use case of its own ({@link DepartureDay}).
 */
@Service
public class FlightSchedule {

  private final FlightStore store;
  private final FlightScope scope;
  private final FlightAudit audit;
  private final AuditTrail trail;
  private final HouseholdBookings bookings;
  private final Clock clock;

  FlightSchedule(
      FlightStore store,
      FlightScope scope,
      FlightAudit audit,
      AuditTrail trail,
      HouseholdBookings bookings,
      Clock clock) {
    this.store = store;
    this.scope = scope;
    this.audit = audit;
    this.trail = trail;
    this.bookings = bookings;
    this.clock = clock;
  }

  /** The flights {@code actor} sees: the next to leave first, those gone or cancelled after. */
  @Transactional(readOnly = true)
  public List<Flight> list(Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    return store.list(scope.readScope(actor));
  }

  @Transactional(readOnly = true)
  public Flight get(FlightId id, Actor actor) {
    return scope.requireRead(actor, store.find(id).orElseThrow(() -> FlightScope.notFound(id)));
  }

  @Transactional
  public Flight schedule(FlightDetails details, Actor actor) {
    scope.requireManage(actor, details.missionCode(), details.arrivalCountry());
    FlightId id = store.insert(details, actor.username(), clock.instant());
    Flight flight = store.find(id).orElseThrow();
    audit.record(flight, "flight-scheduled", actor, summary(details));
    return flight;
  }

  /**
   * Replaces the flight's details while it is open, if it is still at {@code expectedVersion}. Its
   * mission does not change; nor does its country of arrival while households are booked on it, and
   * its seats never fall below those taken. Once confirmed, the change is a new revision of the
   * manifest.
   */
  @Transactional
  public Flight change(FlightId id, long expectedVersion, FlightDetails details, Actor actor) {
    Flight flight = lockForChange(id, expectedVersion, actor);
    if (!details.missionCode().equals(flight.missionCode())) {
      throw InvalidInputException.of(
          "missionCode", "read-only", "a flight stays with the mission that keeps it");
    }
    List<Booking> open = store.bookings(id).stream().filter(Booking::isOpen).toList();
    if (!open.isEmpty() && !details.arrivalCountry().equals(flight.details().arrivalCountry())) {
      throw new ConflictException(
          ProblemCode.FLIGHT_HAS_BOOKINGS,
          open.size()
              + " households returning to "
              + flight.details().arrivalCountry()
              + " are booked on flight "
              + id
              + ": take them off it before it goes elsewhere",
          Map.of("households", open.size()));
    }
    int taken = SeatNeed.seatsOf(open.stream().map(Booking::need).toList());
    // a flight over capacity (a household grew after it was booked) may keep its seats or gain
    // some; none may shrink below those taken
    if (details.seats() < taken && details.seats() < flight.details().seats()) {
      throw new ConflictException(
          ProblemCode.SEATS_TAKEN,
          taken + " seats of flight " + id + " are taken: it cannot have " + details.seats(),
          Map.of("seatsTaken", taken));
    }
    Instant now = clock.instant();
    if (!store.update(
        id, expectedVersion, details, flight.tracksChanges(), actor.username(), now)) {
      throw new StaleVersionException(flight.version());
    }
    Flight changed = store.find(id).orElseThrow();
    audit.record(changed, "flight-changed", actor, summary(details));
    return changed;
  }

  /**
   * Moves the flight to CONFIRMED, CANCELLED or ARRIVED as its status allows (DEPARTED comes with
   * the departure of its passengers). Cancelling needs a reason and takes every household off it,
   * back to READY_FOR_DEPARTURE.
   */
  @Transactional
  public Flight step(
      FlightId id, Long expectedVersion, FlightStatus to, String reason, Actor actor) {
    Flight flight = store.lock(id).orElseThrow(() -> FlightScope.notFound(id));
    scope.requireManage(actor, flight);
    if (expectedVersion != null && expectedVersion != flight.version()) {
      throw new StaleVersionException(flight.version());
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (to == FlightStatus.DEPARTED) {
      throw illegalStep(
          flight, to, "a flight departs with its boarded passengers: mark it departed");
    }
    flight
        .refusesStep(to)
        .ifPresent(refusal -> {
          throw illegalStep(flight, to, refusal);
        });
    if (to == FlightStatus.CANCELLED && why == null) {
      throw InvalidInputException.of("reason", "required", "say why the flight is cancelled");
    }
    Instant now = clock.instant();
    List<String> cancelled = new ArrayList<>();
    if (to == FlightStatus.CANCELLED) {
      for (Booking booking : store.bookings(id)) {
        if (booking.isOpen()) {
          bookings.takeOff(flight, booking, "flight " + id + " is cancelled: " + why, actor, now);
          cancelled.add(booking.caseNumber());
        }
      }
    }
    store.changeStatus(id, to, to == FlightStatus.CANCELLED ? why : null, actor.username(), now);
    Flight moved = store.find(id).orElseThrow();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("from", flight.status().name());
    details.put("to", to.name());
    if (!cancelled.isEmpty()) {
      details.put("households", cancelled);
    }
    audit.record(
        moved,
        "flight-" + to.name().toLowerCase(java.util.Locale.ROOT),
        actor.username(),
        why,
        moved.manifestRevision(),
        details);
    return moved;
  }

  /**
   * Everything that happened to the flight and its bookings once it was confirmed, oldest first,
   * from the audit trail: who changed what, when, and the manifest's revision after it.
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> changesSinceConfirmation(FlightId id, Actor actor) {
    Flight flight = get(id, actor);
    if (flight.confirmedAt() == null) {
      return List.of();
    }
    return trail.history(FlightAudit.SUBJECT, id.toString()).stream()
        .filter(e -> !e.at().isBefore(flight.confirmedAt()))
        .toList();
  }

  private Flight lockForChange(FlightId id, long expectedVersion, Actor actor) {
    Flight flight = store.lock(id).orElseThrow(() -> FlightScope.notFound(id));
    scope.requireManage(actor, flight);
    if (expectedVersion != flight.version()) {
      throw new StaleVersionException(flight.version());
    }
    flight
        .refusesChanges()
        .ifPresent(refusal -> {
          throw new ConflictException(
              ProblemCode.FLIGHT_CLOSED, refusal, Map.of("status", flight.status().name()));
        });
    return flight;
  }

  static ConflictException illegalStep(Flight flight, FlightStatus to, String message) {
    return new ConflictException(
        ProblemCode.ILLEGAL_FLIGHT_STEP,
        message,
        Map.of(
            "from",
            flight.status().name(),
            "to",
            to.name(),
            "allowed",
            flight.status().next().stream().map(Enum::name).sorted().toList()));
  }

  static Map<String, Object> summary(FlightDetails d) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("kind", d.kind().name());
    if (d.charterer() != null) {
      summary.put("charterer", d.charterer());
    }
    if (d.flightNumber() != null) {
      summary.put("flightNumber", d.flightNumber());
    }
    summary.put("route", d.departureAirport() + "-" + d.arrivalAirport());
    summary.put("arrivalCountry", d.arrivalCountry());
    summary.put("departure", d.departure().toOffsetDateTime().toString());
    summary.put("seats", d.seats());
    summary.put("seatCost", d.seatCost().toString());
    return summary;
  }
}
