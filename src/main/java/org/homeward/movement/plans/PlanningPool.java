package org.homeward.movement.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.audit.AuditEntry;
import org.homeward.movement.FlightId;
import org.homeward.movement.PersonReadiness;
import org.homeward.movement.TravelReadiness;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.flights.FlightSchedule;
import org.homeward.movement.flights.FlightScope;
import org.homeward.movement.flights.HouseholdBookings;
import org.homeward.movement.planner.PlanFlight;
import org.homeward.movement.planner.PlanHousehold;
import org.homeward.movement.planner.PlanMember;
import org.homeward.movement.planner.PlanningProblem;
import org.homeward.movement.planner.SeatNeed;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.ResultPage;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's data as the planner needs it: the mission's open flights of a plan's scope with the seats
 * not yet booked, and the ready households they could take, each member with their travel
 * document's and fitness certificate's last valid day, their medical escort, their age on the
 * flights and whether they travel as an unaccompanied minor.
 *
 * <p>Households and members are named to the planner by case number ({@code MAR-2026-000042},
 * member {@code MAR-2026-000042-2}) and flights by their number, so that its reasons read as the
 * pages do.
 */
@Component
class PlanningPool {

  private final FlightSchedule schedule;
  private final FlightScope flightScope;
  private final HouseholdBookings bookings;
  private final Cases cases;
  private final TravelReadiness readiness;
  private final AccessPolicy access;
  private final Clock clock;

  PlanningPool(
      FlightSchedule schedule,
      FlightScope flightScope,
      HouseholdBookings bookings,
      Cases cases,
      TravelReadiness readiness,
      AccessPolicy access,
      Clock clock) {
    this.schedule = schedule;
    this.flightScope = flightScope;
    this.bookings = bookings;
    this.cases = cases;
    this.readiness = readiness;
    this.access = access;
    this.clock = clock;
  }

  /** A flight the plan may fill, its name to the planner and the seats left for the plan. */
  record OpenFlight(Flight flight, String label, int seatsFree) {

    PlanFlight planned() {
      return new PlanFlight(
          label, flight.details().arrivalCountry(), flight.details().date(), seatsFree);
    }
  }

  /** A ready household, as the planner sees it and as the plan stores it. */
  record Household(Case household, PlanHousehold planned, List<PersonId> medicalEscorts) {

    PlanEntry entry(FlightId flight, String reason, boolean pinned) {
      SeatNeed need = SeatNeed.of(planned);
      return new PlanEntry(
          household.id(),
          household.caseNumber(),
          household.destinationCountry(),
          flight,
          reason,
          pinned,
          household.members().size(),
          need.seats(),
          need.unaccompaniedMinors(),
          planned.value(),
          medicalEscorts);
    }
  }

  /** What a plan is solved over: today's flights of its scope and the households they can take. */
  record Pool(List<OpenFlight> flights, List<Household> households) {

    Map<String, OpenFlight> flightsByLabel() {
      Map<String, OpenFlight> byLabel = new LinkedHashMap<>();
      flights.forEach(f -> byLabel.put(f.label(), f));
      return byLabel;
    }

    Optional<OpenFlight> flight(FlightId id) {
      return flights.stream().filter(f -> f.flight().id().equals(id)).findFirst();
    }

    Optional<Household> household(CaseId id) {
      return households.stream().filter(h -> h.household().id().equals(id)).findFirst();
    }

    /** The problem without pins or a previous plan. */
    PlanningProblem problem() {
      return new PlanningProblem(
          flights.stream().map(OpenFlight::planned).toList(),
          households.stream().map(Household::planned).toList());
    }
  }

  /**
   * The open flights of {@code scope} that {@code actor} keeps and have not left, and every ready
   * household of the mission returning where one of them goes.
   */
  @Transactional(readOnly = true)
  public Pool gather(PlanScope scope, Actor actor) {
    List<OpenFlight> flights = flights(scope, actor);
    Set<String> countries = new java.util.HashSet<>();
    flights.forEach(f -> countries.add(f.flight().details().arrivalCountry()));
    Actor reader = HouseholdBookings.withoutSensitive(actor);
    List<Household> households = new ArrayList<>();
    if (!flights.isEmpty()) {
      for (CaseSummary ready : readyCases(actor)) {
        if (countries.contains(ready.destinationCountry())) {
          household(ready.id(), flights, reader).ifPresent(households::add);
        }
      }
    }
    return new Pool(flights, households);
  }

  /**
   * The flights of {@code ids} as they stand today, and of the households {@code caseIds} those
   * still ready; for checking pins without reading the whole pool.
   */
  @Transactional(readOnly = true)
  public Pool some(Collection<FlightId> ids, Collection<CaseId> caseIds, Actor actor) {
    List<Flight> found = new ArrayList<>();
    for (FlightId id : ids) {
      try {
        found.add(schedule.get(id, actor));
      } catch (NotFoundException e) {
        // a flight no longer seen is no longer one to pin on
      }
    }
    List<OpenFlight> flights = open(found);
    Actor reader = HouseholdBookings.withoutSensitive(actor);
    List<Household> households = new ArrayList<>();
    for (CaseId id : caseIds) {
      household(id, flights, reader).ifPresent(households::add);
    }
    return new Pool(flights, households);
  }

  private List<OpenFlight> flights(PlanScope scope, Actor actor) {
    return open(
        schedule.list(actor).stream()
            .filter(f -> flightScope.canManage(actor, f))
            .filter(f -> scope.covers(f.details().arrivalCountry(), f.details().date()))
            .toList());
  }

  /** Those of {@code flights} still open and not gone, in date order, each with its name. */
  private List<OpenFlight> open(List<Flight> flights) {
    Instant now = clock.instant();
    List<Flight> open =
        flights.stream()
            .filter(f -> f.status().isOpen())
            .filter(f -> f.details().departure().toInstant().isAfter(now))
            .sorted(
                Comparator.comparing((Flight f) -> f.details().departure().toInstant())
                    .thenComparing(f -> f.id().value()))
            .toList();
    Map<String, Integer> numbers = new HashMap<>();
    open.forEach(f -> {
      if (f.details().flightNumber() != null) {
        numbers.merge(f.details().flightNumber(), 1, Integer::sum);
      }
    });
    List<OpenFlight> result = new ArrayList<>();
    for (Flight f : open) {
      String number = f.details().flightNumber();
      String label = number != null && numbers.get(number) == 1 ? number : "#" + f.id();
      result.add(new OpenFlight(f, label, bookings.seats(f).left()));
    }
    return result;
  }

  /** Every case ready for departure that {@code actor} may book, most vulnerable first. */
  private List<CaseSummary> readyCases(Actor actor) {
    Actor reader = HouseholdBookings.withoutSensitive(actor);
    List<CaseSummary> ready = new ArrayList<>();
    for (int page = 0; ; page++) {
      ResultPage<CaseSummary> found =
          cases.search(
              new CaseSearch(
                  Set.of(CaseStatus.READY_FOR_DEPARTURE),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  CaseSearch.SortOrder.PRIORITY,
                  page,
                  CaseSearch.MAX_SIZE),
              reader);
      found.items().stream()
          .filter(s -> s.status() == CaseStatus.READY_FOR_DEPARTURE)
          .filter(s ->
              access.canChange(
                  actor,
                  new org.homeward.organisation.Holding(
                      s.missionCode(), s.destinationCountry(), false)))
          .forEach(ready::add);
      if (found.items().size() < CaseSearch.MAX_SIZE) {
        return ready;
      }
    }
  }

  /**
   * The household as the planner sees it, if it is still ready and one of the flights goes home.
   */
  private Optional<Household> household(CaseId id, List<OpenFlight> flights, Actor reader) {
    Case c;
    try {
      c = cases.get(id, reader);
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    if (c.status() != CaseStatus.READY_FOR_DEPARTURE) {
      return Optional.empty();
    }
    List<LocalDate> days =
        flights.stream()
            .filter(f -> f.flight().details().arrivalCountry().equals(c.destinationCountry()))
            .map(f -> f.flight().details().date())
            .sorted()
            .toList();
    LocalDate today = LocalDate.now(clock);
    // ages on the first flight home, infants on a lap only if still under 2 on the last one: the
    // seats counted are never fewer than those a booking on any of the flights counts
    LocalDate first = days.isEmpty() ? today : days.getFirst();
    LocalDate last = days.isEmpty() ? today : days.getLast();
    Map<PersonId, PersonReadiness> ready = readiness.ofCase(c.id(), today);
    List<PlanMember> members = new ArrayList<>();
    List<PersonId> escorts = new ArrayList<>();
    for (int i = 0; i < c.members().size(); i++) {
      Person p = c.members().get(i);
      PersonReadiness r = ready.get(p.id());
      Integer age = p.ageOn(first);
      Integer ageOnLast = p.ageOn(last);
      boolean escorted = r != null && r.needsMedicalEscort();
      if (escorted) {
        escorts.add(p.id());
      }
      members.add(
          new PlanMember(
              c.caseNumber() + "-" + (i + 1),
              age == null ? PlanMember.ADULT_AGE : Math.max(0, age),
              ageOnLast != null && ageOnLast < PlanMember.LAP_INFANT_AGE,
              escorted,
              p.allVulnerabilities().contains(Vulnerability.UNACCOMPANIED_CHILD),
              r == null ? null : r.documentValidUntil().orElse(null),
              r == null ? null : r.fitValidUntil().orElse(null)));
    }
    PlanHousehold planned =
        new PlanHousehold(
            c.caseNumber(),
            c.destinationCountry(),
            c.planningValue(),
            readySince(c, reader),
            members);
    return Optional.of(new Household(c, planned, escorts));
  }

  /**
   * The day the household last became ready from eligible, as its history says: a household taken
   * off a flight (cancelled, a no-show made ready again) keeps its place in the queue. Its last
   * change of status when the history does not say.
   */
  private LocalDate readySince(Case c, Actor reader) {
    Instant since = c.statusChangedAt() == null ? clock.instant() : c.statusChangedAt();
    for (AuditEntry e : cases.history(c.id(), reader)) {
      if ("case.transitioned".equals(e.action())
          && CaseStatus.READY_FOR_DEPARTURE.name().equals(e.details().get("to"))
          && CaseStatus.ELIGIBLE.name().equals(e.details().get("from"))) {
        since = e.at();
      }
    }
    return LocalDate.ofInstant(since, clock.getZone());
  }
}
