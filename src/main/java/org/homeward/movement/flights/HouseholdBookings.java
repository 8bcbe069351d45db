package org.homeward.movement.flights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.movement.FlightId;
import org.homeward.movement.HouseholdBooked;
import org.homeward.movement.HouseholdBooking;
import org.homeward.movement.flights.internal.FlightStore;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households on flights: booked one by one by a movement officer or all at once from a confirmed
 * plan, each moving READY_FOR_DEPARTURE → BOOKED through the registry's lifecycle in the same
 * transaction; taken off again (back to READY_FOR_DEPARTURE); their medical escorts changed. Once
 * the flight is confirmed every change is a new revision of its manifest, audited.
 */
@Service
public class HouseholdBookings {

  /** At most this many households in one request: more than the largest flight carries. */
  public static final int MAX_HOUSEHOLDS = 500;

  private final FlightStore store;
  private final FlightScope scope;
  private final FlightAudit audit;
  private final CaseSteps steps;
  private final Cases cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HouseholdBookings(
      FlightStore store,
      FlightScope scope,
      FlightAudit audit,
      CaseSteps steps,
      Cases cases,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.scope = scope;
    this.audit = audit;
    this.steps = steps;
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  /** The flight's bookings {@code actor} may see, in the order they were made. */
  @Transactional(readOnly = true)
  public List<Booking> of(FlightId id, Actor actor) {
    Flight flight =
        scope.requireRead(actor, store.find(id).orElseThrow(() -> FlightScope.notFound(id)));
    return store.bookings(flight.id()).stream().filter(b -> scope.sees(actor, b)).toList();
  }

  /**
   * The seats of the flight: those its open bookings take, or once it has left those of the
   * households that flew.
   */
  @Transactional(readOnly = true)
  public Manifest.Seats seats(Flight flight) {
    List<SeatNeed> needs =
        store.bookings(flight.id()).stream()
            .filter(b -> Manifests.LISTED.contains(b.status()))
            .map(Booking::need)
            .toList();
    return Manifest.Seats.of(flight.details().seats(), needs);
  }

  /**
   * Books every household of {@code households} on the flight, or none: in one transaction, each
   * household is checked against {@link BookingRules} (all refusals of all households are reported
   * together, as {@code booking-refused}), then its case moves to BOOKED through the lifecycle,
   * whose refusal undoes the whole request. This is how a confirmed plan becomes bookings.
   */
  @Transactional
  public List<Booking> book(FlightId id, List<HouseholdBooking> households, Actor actor) {
    Flight flight = store.lock(id).orElseThrow(() -> FlightScope.notFound(id));
    scope.requireManage(actor, flight);
    List<Case> found = households(households, actor);
    List<SeatNeed> onBoard =
        new ArrayList<>(
            store.bookings(id).stream().filter(Booking::isOpen).map(Booking::need).toList());
    List<Seating> seatings = new ArrayList<>();
    List<Map<String, Object>> refusals = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Case household = found.get(i);
      Seating seating =
          Seating.of(household, flight.details().date(), households.get(i).medicalEscorts());
      seatings.add(seating);
      Optional<Booking> open = store.openBookingOf(household.id());
      for (BookingRefusal refusal :
          BookingRules.check(
              new BookingRules.Attempt(flight, household, seating.need(), onBoard, open))) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("household", i);
        entry.put("caseId", household.id().toString());
        entry.put("caseNumber", household.caseNumber());
        entry.put("code", refusal.code());
        entry.put("reason", refusal.reason());
        refusals.add(entry);
      }
      onBoard.add(seating.need());
    }
    if (!refusals.isEmpty()) {
      throw new ConflictException(
          ProblemCode.BOOKING_REFUSED,
          String.join("; ", refusals.stream().map(r -> (String) r.get("reason")).toList()),
          Map.of("refusals", refusals));
    }
    Instant now = clock.instant();
    boolean tracked = flight.tracksChanges();
    int revision = flight.manifestRevision() + (tracked ? 1 : 0);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Case household = found.get(i);
      Seating seating = seatings.get(i);
      steps.move(
          household.id(),
          household.caseNumber(),
          CaseStatus.BOOKED,
          "booked on flight " + describe(flight),
          actor);
      ids.add(
          store.insertBooking(
              id,
              household.id(),
              household.caseNumber(),
              household.missionCode(),
              household.destinationCountry(),
              seating.need(),
              seating.passengers(),
              actor.username(),
              now));
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("caseId", household.id().toString());
      details.put("caseNumber", household.caseNumber());
      details.put("people", seating.need().people());
      details.put("seats", seating.need().seats());
      audit.record(flight, "household-booked", actor.username(), null, revision, details);
      events.publishEvent(
          new HouseholdBooked(
              id,
              household.id(),
              household.caseNumber(),
              household.missionCode(),
              household.destinationCountry(),
              seating.need().people(),
              seating.need().seats(),
              flight.details().date(),
              actor.username(),
              now));
    }
    store.touch(id, tracked, actor.username(), now);
    Set<Long> made = new HashSet<>(ids);
    return store.bookings(id).stream().filter(b -> made.contains(b.id())).toList();
  }

  /**
   * Takes a household off the flight before it leaves: its case goes back to READY_FOR_DEPARTURE
   * (for another flight), with the reason.
   */
  @Transactional
  public Booking cancel(FlightId id, CaseId caseId, String reason, Actor actor) {
    Flight flight = openFlight(id, actor);
    Booking booking = openBooking(flight, caseId);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    takeOff(flight, booking, why == null ? "taken off flight " + id : why, actor, clock.instant());
    store.touch(id, flight.tracksChanges(), actor.username(), clock.instant());
    return store.bookingOn(id, caseId).orElseThrow();
  }

  /**
   * Says whether a member travels with a medical escort (who takes a seat), as long as the flight
   * has the seat for one more.
   */
  @Transactional
  public Booking escort(FlightId id, PersonId person, boolean escorted, Actor actor) {
    Flight flight = openFlight(id, actor);
    Booking booking =
        store
            .bookingOfPassenger(id, person)
            .filter(Booking::isOpen)
            .orElseThrow(() -> new NotFoundException("passenger", person));
    Passenger passenger = booking.passenger(person).orElseThrow();
    if (passenger.medicalEscort() == escorted) {
      return booking;
    }
    if (escorted) {
      List<SeatNeed> after = new ArrayList<>();
      for (Booking b : store.bookings(id)) {
        if (b.isOpen()) {
          SeatNeed n = b.need();
          after.add(
              b.id() == booking.id()
                  ? new SeatNeed(
                      n.people(), n.lapInfants(), n.medicalEscorts() + 1, n.unaccompaniedMinors())
                  : n);
        }
      }
      if (SeatNeed.seatsOf(after) > flight.details().seats()) {
        String reason = "flight " + id + " has no seat left for a medical escort";
        throw new ConflictException(
            ProblemCode.BOOKING_REFUSED,
            reason,
            Map.of(
                "refusals",
                List.of(
                    Map.of(
                        "caseId", booking.caseId().toString(),
                        "caseNumber", booking.caseNumber(),
                        "code", ProblemCode.NO_SEATS.code(),
                        "reason", reason))));
      }
    }
    Instant now = clock.instant();
    store.escort(booking.id(), person, escorted);
    store.touch(id, flight.tracksChanges(), actor.username(), now);
    Flight after = store.find(id).orElseThrow();
    audit.record(
        after,
        escorted ? "medical-escort-added" : "medical-escort-removed",
        actor,
        Map.of("caseNumber", booking.caseNumber(), "personId", person.toString()));
    return store.bookingOn(id, booking.caseId()).orElseThrow();
  }

  /**
   * Closes an open booking and sends its case back to READY_FOR_DEPARTURE, audited; the caller
   * holds the flight's lock and records the flight's new version.
   */
  void takeOff(Flight flight, Booking booking, String reason, Actor actor, Instant now) {
    store.closeBooking(booking.id(), BookingStatus.CANCELLED, reason, actor.username(), now);
    steps.move(
        booking.caseId(), booking.caseNumber(), CaseStatus.READY_FOR_DEPARTURE, reason, actor);
    audit.record(
        flight,
        "booking-cancelled",
        actor.username(),
        reason,
        flight.manifestRevision() + (flight.tracksChanges() ? 1 : 0),
        Map.of("caseId", booking.caseId().toString(), "caseNumber", booking.caseNumber()));
  }

  /**
   * Closes the open booking of a case that left BOOKED another way (withdrawn, deferred, made ready
   * again by its caseworker): the seats are free again. The case has moved already.
   */
  @Transactional
  public void release(CaseId caseId, CaseStatus became, String reason, String actor) {
    Optional<Booking> open = store.openBookingOf(caseId);
    if (open.isEmpty()) {
      return;
    }
    Flight flight = store.lock(open.get().flightId()).orElseThrow();
    Booking booking = store.openBookingOf(caseId).orElse(null);
    if (booking == null) {
      return;
    }
    Instant now = clock.instant();
    String why = "the case became " + became + (reason == null ? "" : ": " + reason);
    store.closeBooking(booking.id(), BookingStatus.CANCELLED, why, actor, now);
    store.touch(flight.id(), flight.tracksChanges(), actor, now);
    audit.record(
        flight,
        "booking-cancelled",
        actor,
        why,
        flight.manifestRevision() + (flight.tracksChanges() ? 1 : 0),
        Map.of("caseId", caseId.toString(), "caseNumber", booking.caseNumber()));
  }

  /**
   * The household of a booked case changed in the registry (members joined or left, a date of birth
   * corrected): before the flight leaves, the booking follows it. Its passengers become the
   * household's members (one who joined is expected, one who left is no passenger any more, the
   * others keep where they stand and their medical escort) and its seats are counted again; on a
   * confirmed flight that is a new revision of the manifest, audited. If the flight no longer has
   * the seats, the booking is kept and flagged over capacity, for the movement officer to settle.
   * Nothing happens when the booking already matches the household.
   */
  @Transactional
  public Optional<Booking> follow(CaseId caseId, String actor) {
    Optional<Booking> found = store.openBookingOf(caseId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Flight flight = store.lock(found.get().flightId()).orElseThrow();
    Booking booking = store.openBookingOf(caseId).orElse(null);
    if (booking == null || flight.refusesChanges().isPresent()) {
      return Optional.empty();
    }
    Case household;
    try {
      household = cases.get(caseId, reader(booking));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    Set<PersonId> escorted = new HashSet<>();
    booking.passengers().stream()
        .filter(Passenger::medicalEscort)
        .forEach(p -> escorted.add(p.personId()));
    Seating seating = Seating.of(household, flight.details().date(), escorted);
    Map<PersonId, Passenger> before = new LinkedHashMap<>();
    booking.passengers().forEach(p -> before.put(p.personId(), p));
    Set<PersonId> after = new HashSet<>();
    seating.passengers().forEach(p -> after.add(p.personId()));
    List<String> joined =
        seating.passengers().stream()
            .map(Passenger::personId)
            .filter(p -> !before.containsKey(p))
            .map(PersonId::toString)
            .toList();
    List<String> left =
        before.keySet().stream().filter(p -> !after.contains(p)).map(PersonId::toString).toList();
    boolean seatedAlike =
        seating.passengers().stream()
            .allMatch(p -> {
              Passenger was = before.get(p.personId());
              return was != null
                  && was.position() == p.position()
                  && was.lapInfant() == p.lapInfant();
            });
    if (joined.isEmpty()
        && left.isEmpty()
        && seatedAlike
        && seating.need().equals(booking.need())) {
      return Optional.of(booking);
    }
    List<SeatNeed> onBoard = new ArrayList<>();
    for (Booking b : store.bookings(flight.id())) {
      if (b.isOpen()) {
        onBoard.add(b.id() == booking.id() ? seating.need() : b.need());
      }
    }
    int taken = SeatNeed.seatsOf(onBoard);
    boolean over = taken > flight.details().seats();
    Instant now = clock.instant();
    store.replacePassengers(booking.id(), seating.need(), seating.passengers());
    if (over) {
      store.flagOverCapacity(booking.id());
    }
    store.touch(flight.id(), flight.tracksChanges(), actor, now);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("caseId", caseId.toString());
    details.put("caseNumber", booking.caseNumber());
    details.put("joined", joined);
    details.put("left", left);
    details.put("people", seating.need().people());
    details.put("seats", seating.need().seats());
    if (over) {
      details.put("overCapacity", true);
      details.put("seatsTaken", taken);
    }
    audit.record(
        flight,
        "booking-household-changed",
        actor,
        null,
        flight.manifestRevision() + (flight.tracksChanges() ? 1 : 0),
        details);
    return store.openBookingOf(caseId);
  }

  /**
   * Who reads a household for its booking on its own: the mission's movement service, which sees
   * the case as a movement officer does, never its sensitive part (seats do not need it).
   */
  private static Actor reader(Booking booking) {
    return new Actor(
        FLIGHTS_SERVICE,
        booking.caseMission(),
        Set.of(org.homeward.organisation.Role.MOVEMENT_OFFICER));
  }

  /** The name under which the flights' code reads a case on its own, in the registry's trail. */
  static final String FLIGHTS_SERVICE = "movement.flights";

  /** The statuses whose step from BOOKED frees the household's seats. */
  public static final Set<CaseStatus> RELEASING =
      EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.DEFERRED, CaseStatus.READY_FOR_DEPARTURE);

  private Flight openFlight(FlightId id, Actor actor) {
    Flight flight = store.lock(id).orElseThrow(() -> FlightScope.notFound(id));
    scope.requireManage(actor, flight);
    flight
        .refusesChanges()
        .ifPresent(refusal -> {
          throw new ConflictException(
              ProblemCode.FLIGHT_CLOSED, refusal, Map.of("status", flight.status().name()));
        });
    return flight;
  }

  private Booking openBooking(Flight flight, CaseId caseId) {
    return store
        .bookingOn(flight.id(), caseId)
        .filter(Booking::isOpen)
        .orElseThrow(() -> new NotFoundException("booking of case", caseId));
  }

  /**
   * The cases of the request as {@code actor} may see them, without the sensitive part (bookings
   * never need it); every unknown case and every escort who is not a member is reported at once.
   */
  private List<Case> households(List<HouseholdBooking> households, Actor actor) {
    Violations v = new Violations();
    if (households == null || households.isEmpty()) {
      throw InvalidInputException.of("households", "required", "name at least one household");
    }
    if (households.size() > MAX_HOUSEHOLDS) {
      throw InvalidInputException.of(
          "households", "too-many", "at most " + MAX_HOUSEHOLDS + " households at once");
    }
    Actor reader = withoutSensitive(actor);
    List<Case> found = new ArrayList<>();
    Set<CaseId> seen = new HashSet<>();
    for (int i = 0; i < households.size(); i++) {
      Violations at = v.at("households[" + i + "]");
      HouseholdBooking h = households.get(i);
      if (!seen.add(h.caseId())) {
        at.add("caseId", "duplicate", "this household is named twice");
        found.add(null);
        continue;
      }
      Case c;
      try {
        c = cases.get(h.caseId(), reader);
      } catch (NotFoundException e) {
        at.add("caseId", "unknown-case", "no case has the id " + h.caseId());
        found.add(null);
        continue;
      }
      found.add(c);
      Set<PersonId> members = new HashSet<>(c.members().stream().map(Person::id).toList());
      int j = 0;
      for (PersonId escorted : h.medicalEscorts()) {
        if (!members.contains(escorted)) {
          at.add(
              "medicalEscorts[" + j + "]",
              "unknown-member",
              escorted + " is not a member of case " + c.caseNumber());
        }
        j++;
      }
    }
    v.throwIfAny();
    return found;
  }

  /** The same actor, without the right to see medical and protection details. */
  public static Actor withoutSensitive(Actor actor) {
    EnumSet<Permission> permissions = EnumSet.allOf(Permission.class);
    permissions.remove(Permission.SENSITIVE_READ);
    return actor.scopedTo(permissions);
  }

  static String describe(Flight flight) {
    var d = flight.details();
    return flight.id()
        + (d.flightNumber() == null ? "" : " (" + d.flightNumber() + ")")
        + ", "
        + d.departureAirport()
        + "–"
        + d.arrivalAirport()
        + ", "
        + d.date();
  }
}
