package org.homeward.movement.flights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.CaseCosts;
import org.homeward.funding.Expenditure;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.Ledger;
import org.homeward.movement.FlightDeparted;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.flights.internal.FlightStore;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.PersonId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departure day of a confirmed flight: each passenger is checked in, then boarded; a household that
 * does not show goes back to the pool (its case NO_SHOW, with the reason; funding then releases its
 * commitment). A check-in, a boarding or a no-show marked by mistake is undone before the flight
 * leaves, audited like the step it undoes. Marking the flight departed moves every boarded
 * household's case to DEPARTED, records its seats and pocket money in funding's ledger (dated the
 * day the flight was planned to leave, or today if it leaves earlier) and publishes {@link
 * FlightDeparted}, all in one transaction: if any of it fails, none of it is stored.
 */
@Service
public class DepartureDay {

  private final FlightStore store;
  private final FlightScope scope;
  private final FlightAudit audit;
  private final CaseSteps steps;
  private final Ledger ledger;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DepartureDay(
      FlightStore store,
      FlightScope scope,
      FlightAudit audit,
      CaseSteps steps,
      Ledger ledger,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.scope = scope;
    this.audit = audit;
    this.steps = steps;
    this.ledger = ledger;
    this.events = events;
    this.clock = clock;
  }

  /** A flight that left: the cases that departed with it and what their journey cost. */
  public record Departure(
      Flight flight,
      List<Booking> departed,
      List<Expenditure> expenditures,
      List<String> unfunded) {

    public Departure {
      departed = List.copyOf(departed);
      expenditures = List.copyOf(expenditures);
      unfunded = List.copyOf(unfunded);
    }
  }

  /** The passenger is at the desk. Checking in someone checked in already changes nothing. */
  @Transactional
  public Booking checkIn(FlightId id, PersonId person, Actor actor) {
    return step(id, person, Boarding.CHECKED_IN, "passenger-checked-in", actor);
  }

  /** The passenger, checked in, is on board. */
  @Transactional
  public Booking board(FlightId id, PersonId person, Actor actor) {
    return step(id, person, Boarding.BOARDED, "passenger-boarded", actor);
  }

  /**
   * The household did not show (one of it missing is the whole household missing: it travels
   * together): every passenger not on board is a no-show, its case moves to NO_SHOW with the reason
   * and goes back to the pool, from which it can be made ready again as the lifecycle allows.
   */
  @Transactional
  public Booking noShow(FlightId id, CaseId caseId, String reason, Actor actor) {
    Flight flight = confirmed(id, actor);
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "required", "say why the household did not show");
    }
    String why = reason.strip();
    Booking booking =
        store
            .bookingOn(id, caseId)
            .filter(Booking::isOpen)
            .orElseThrow(() -> new NotFoundException("booking of case", caseId));
    if (booking.passengers().stream().anyMatch(p -> p.boarding() == Boarding.BOARDED)) {
      throw new ConflictException(
          ProblemCode.ILLEGAL_PASSENGER_STEP,
          "members of case "
              + booking.caseNumber()
              + " are on board: bring them off before the household is a no-show",
          Map.of("from", Boarding.BOARDED.name(), "to", Boarding.NO_SHOW.name()));
    }
    Instant now = clock.instant();
    steps.move(caseId, booking.caseNumber(), CaseStatus.NO_SHOW, why, actor);
    store.noShow(booking.id());
    store.closeBooking(booking.id(), BookingStatus.NO_SHOW, why, actor.username(), now);
    store.touch(id, true, actor.username(), now);
    audit.record(
        flight,
        "household-no-show",
        actor.username(),
        why,
        flight.manifestRevision() + 1,
        Map.of("caseId", caseId.toString(), "caseNumber", booking.caseNumber()));
    return store.bookingOn(id, caseId).orElseThrow();
  }

  /**
   * Undoes a check-in made by mistake: the passenger is expected again. One on board is brought off
   * first ({@link #undoBoarding}); undoing the check-in of someone not checked in changes nothing.
   */
  @Transactional
  public Booking undoCheckIn(FlightId id, PersonId person, Actor actor) {
    return undo(id, person, Boarding.CHECKED_IN, "passenger-check-in-undone", actor);
  }

  /**
   * Undoes a boarding made by mistake: the passenger is checked in again, not on board. Undoing the
   * boarding of someone not on board changes nothing.
   */
  @Transactional
  public Booking undoBoarding(FlightId id, PersonId person, Actor actor) {
    return undo(id, person, Boarding.BOARDED, "passenger-boarding-undone", actor);
  }

  /**
   * Undoes a no-show marked by mistake, before the flight leaves: the household is on the flight
   * again, each passenger where they stood (checked in, or expected), and its case moves back to
   * BOOKED through the lifecycle (NO_SHOW → BOOKED; funding reserves its cost anew), all in one
   * transaction. The seats it freed must still be free. A new revision of the manifest, audited.
   */
  @Transactional
  public Booking undoNoShow(FlightId id, CaseId caseId, Actor actor) {
    Flight flight = confirmed(id, actor);
    Booking booking =
        store
            .bookingOn(id, caseId)
            .filter(b -> b.status() == BookingStatus.NO_SHOW)
            .orElseThrow(() -> new NotFoundException("no-show of case", caseId));
    List<SeatNeed> after =
        new ArrayList<>(
            store.bookings(id).stream().filter(Booking::isOpen).map(Booking::need).toList());
    after.add(booking.need());
    if (SeatNeed.seatsOf(after) > flight.details().seats()) {
      String reason =
          "flight "
              + id
              + " no longer has the seats case "
              + booking.caseNumber()
              + " freed: take another household off first, or book it on another flight";
      throw new ConflictException(
          ProblemCode.BOOKING_REFUSED,
          reason,
          Map.of(
              "refusals",
              List.of(
                  Map.of(
                      "caseId", caseId.toString(),
                      "caseNumber", booking.caseNumber(),
                      "code", ProblemCode.NO_SEATS.code(),
                      "reason", reason))));
    }
    Instant now = clock.instant();
    steps.move(
        caseId,
        booking.caseNumber(),
        CaseStatus.BOOKED,
        "no-show undone: booked on flight " + HouseholdBookings.describe(flight) + " again",
        actor);
    store.reopenBooking(booking.id());
    store.touch(id, true, actor.username(), now);
    audit.record(
        flight,
        "household-no-show-undone",
        actor.username(),
        null,
        flight.manifestRevision() + 1,
        Map.of("caseId", caseId.toString(), "caseNumber", booking.caseNumber()));
    return store.bookingOn(id, caseId).orElseThrow();
  }

  /**
   * Marks the flight departed, if it is still at {@code expectedVersion} (when given). Every
   * household still booked must be on board, all of it: the others are no-shows first.
   */
  @Transactional
  public Departure depart(FlightId id, Long expectedVersion, Actor actor) {
    Flight flight = store.lock(id).orElseThrow(() -> FlightScope.notFound(id));
    scope.requireManage(actor, flight);
    if (expectedVersion != null && expectedVersion != flight.version()) {
      throw new StaleVersionException(flight.version());
    }
    if (flight.status() == FlightStatus.PLANNED) {
      throw notConfirmed(flight);
    }
    flight
        .refusesStep(FlightStatus.DEPARTED)
        .ifPresent(refusal -> {
          throw FlightSchedule.illegalStep(flight, FlightStatus.DEPARTED, refusal);
        });
    List<Booking> open = store.bookings(id).stream().filter(Booking::isOpen).toList();
    List<Map<String, Object>> waiting = new ArrayList<>();
    for (Booking booking : open) {
      for (Passenger p : booking.passengers()) {
        if (p.boarding() != Boarding.BOARDED) {
          waiting.add(
              Map.of(
                  "caseNumber", booking.caseNumber(),
                  "personId", p.personId().toString(),
                  "boarding", p.boarding().name()));
        }
      }
    }
    if (!waiting.isEmpty()) {
      throw new ConflictException(
          ProblemCode.PASSENGERS_NOT_BOARDED,
          waiting.size()
              + " passengers are not on board: board them, or mark their household a no-show",
          Map.of("passengers", waiting));
    }
    Instant now = clock.instant();
    // the day it left: as planned, or today when it leaves before the day it was planned for
    LocalDate today = LocalDate.ofInstant(now, flight.details().timeZone());
    LocalDate day = flight.details().date().isAfter(today) ? today : flight.details().date();
    ExpenditureSource source = ExpenditureSource.flight(id.toString());
    List<Expenditure> spent = new ArrayList<>();
    List<String> unfunded = new ArrayList<>();
    List<CaseId> departed = new ArrayList<>();
    int passengers = 0;
    for (Booking booking : open) {
      steps.move(
          booking.caseId(),
          booking.caseNumber(),
          CaseStatus.DEPARTED,
          "departed on flight " + HouseholdBookings.describe(flight),
          actor);
      Optional<CaseCosts> costs = ledger.costsOf(booking.caseId());
      if (costs.isPresent()) {
        var unit = costs.get().unitCosts();
        record(
            spent, booking, unit.seatShare().multiply(booking.need().seats()), day, source, actor);
        record(
            spent,
            booking,
            unit.pocketMoney().multiply(booking.need().people()),
            day,
            source,
            actor);
      } else {
        // let through on an override when no project could pay at all: nothing to record it on
        unfunded.add(booking.caseNumber());
      }
      store.closeBooking(booking.id(), BookingStatus.DEPARTED, null, actor.username(), now);
      departed.add(booking.caseId());
      passengers += booking.need().people();
    }
    store.changeStatus(id, FlightStatus.DEPARTED, null, actor.username(), now);
    Flight gone = store.find(id).orElseThrow();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("households", departed.size());
    details.put("passengers", passengers);
    details.put("expenditures", spent.stream().map(e -> e.id().toString()).toList());
    if (!unfunded.isEmpty()) {
      details.put("unfunded", unfunded);
    }
    audit.record(gone, "flight-departed", actor.username(), null, gone.manifestRevision(), details);
    events.publishEvent(
        new FlightDeparted(
            id,
            flight.missionCode(),
            flight.details().arrivalCountry(),
            departed,
            passengers,
            day,
            actor.username(),
            now));
    List<Booking> after =
        store.bookings(id).stream().filter(b -> departed.contains(b.caseId())).toList();
    return new Departure(gone, after, spent, unfunded);
  }

  private void record(
      List<Expenditure> spent,
      Booking booking,
      MonetaryAmount amount,
      LocalDate day,
      ExpenditureSource source,
      Actor actor) {
    if (amount.isPositive()) {
      spent.add(
          ledger.recordExpenditure(
              booking.caseId(), BudgetLine.MOVEMENT, amount, day, source, actor));
    }
  }

  private Booking step(FlightId id, PersonId person, Boarding to, String action, Actor actor) {
    Flight flight = confirmed(id, actor);
    Booking booking =
        store
            .bookingOfPassenger(id, person)
            .filter(Booking::isOpen)
            .orElseThrow(() -> new NotFoundException("passenger", person));
    Passenger passenger = booking.passenger(person).orElseThrow();
    if (passenger.boarding() == to) {
      return booking;
    }
    if (!passenger.boarding().canMoveTo(to)) {
      throw new ConflictException(
          ProblemCode.ILLEGAL_PASSENGER_STEP,
          "a passenger who is "
              + passenger.boarding()
              + " cannot be "
              + to
              + (to == Boarding.BOARDED ? ": check them in first" : ""),
          Map.of("from", passenger.boarding().name(), "to", to.name()));
    }
    Instant now = clock.instant();
    store.board(booking.id(), person, to, actor.username(), now);
    store.touch(id, false, actor.username(), now);
    audit.record(
        flight,
        action,
        actor,
        Map.of("caseNumber", booking.caseNumber(), "personId", person.toString()));
    return store.bookingOn(id, booking.caseId()).orElseThrow();
  }

  /** Takes back the passenger's step to {@code undone}: boarded or checked in. */
  private Booking undo(FlightId id, PersonId person, Boarding undone, String action, Actor actor) {
    Flight flight = confirmed(id, actor);
    Booking booking =
        store
            .bookingOfPassenger(id, person)
            .filter(Booking::isOpen)
            .orElseThrow(() -> new NotFoundException("passenger", person));
    Passenger passenger = booking.passenger(person).orElseThrow();
    if (undone == Boarding.CHECKED_IN && passenger.boarding() == Boarding.BOARDED) {
      throw new ConflictException(
          ProblemCode.ILLEGAL_PASSENGER_STEP,
          "the passenger is on board: undo the boarding before the check-in",
          Map.of("from", Boarding.BOARDED.name(), "to", Boarding.EXPECTED.name()));
    }
    if (passenger.boarding() != undone) {
      return booking;
    }
    Instant now = clock.instant();
    store.unboard(booking.id(), person, undone);
    store.touch(id, false, actor.username(), now);
    audit.record(
        flight,
        action,
        actor,
        Map.of("caseNumber", booking.caseNumber(), "personId", person.toString()));
    return store.bookingOn(id, booking.caseId()).orElseThrow();
  }

  private Flight confirmed(FlightId id, Actor actor) {
    Flight flight = store.lock(id).orElseThrow(() -> FlightScope.notFound(id));
    scope.requireManage(actor, flight);
    if (flight.status() != FlightStatus.CONFIRMED) {
      throw notConfirmed(flight);
    }
    return flight;
  }

  private static ConflictException notConfirmed(Flight flight) {
    return new ConflictException(
        ProblemCode.FLIGHT_NOT_CONFIRMED,
        "flight "
            + flight.id()
            + " is "
            + flight.status()
            + ": departure day is for a confirmed flight",
        Map.of("status", flight.status().name()));
  }
}
