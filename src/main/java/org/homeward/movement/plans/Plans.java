package org.homeward.movement.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.homeward.movement.FlightId;
import org.homeward.movement.Flights;
import org.homeward.movement.HouseholdBooking;
import org.homeward.movement.planner.FlightPlan;
import org.homeward.movement.planner.Planner;
import org.homeward.movement.planner.ScenarioProblem;
import org.homeward.movement.plans.PlanningPool.Household;
import org.homeward.movement.plans.PlanningPool.OpenFlight;
import org.homeward.movement.plans.PlanningPool.Pool;
import org.homeward.movement.plans.internal.PlanStore;
import org.homeward.movement.plans.internal.PlanStore.Solved;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The flight planner inside Homeward: a movement officer proposes a plan for the mission's open
 * flights (the planner fills them with the ready households, most value first), pins households to
 * flights by hand, re-solves it as things change (a new ready household, a cancelled flight, a
 * no-show: the pins stay, as few others move as can), then confirms it, which books every household
 * on its flight in one transaction, or none, or discards it.
 *
 * <p>Every change is a new revision of the plan and names the revision it was made on: a change
 * made on an older one is refused as stale. The planner runs outside any transaction; its result is
 * stored only if the plan has not changed meanwhile.
 */
@Service
public class Plans {

  private final PlanningPool pool;
  private final PlanStore store;
  private final PlanAccess access;
  private final PlanAudit audit;
  private final Flights flights;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Duration timeLimit;

  Plans(
      PlanningPool pool,
      PlanStore store,
      PlanAccess access,
      PlanAudit audit,
      Flights flights,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${homeward.movement.planner.time-limit:#{null}}") Duration timeLimit) {
    this.pool = pool;
    this.store = store;
    this.access = access;
    this.audit = audit;
    this.flights = flights;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.timeLimit = timeLimit;
  }

  /** The latest plans of the missions whose movement {@code actor} sees, newest first. */
  public List<Plan> list(Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    return store.list(access.readScope(actor));
  }

  public Plan get(PlanId id, Actor actor) {
    return access.requireRead(actor, find(id));
  }

  /** May {@code actor} pin, re-solve, confirm or discard this plan? */
  public boolean canManage(Actor actor, Plan plan) {
    return access.canManage(actor, plan);
  }

  /**
   * Proposes a plan for the mission's open flights of the scope asked for: the planner fills them
   * with the mission's households ready for departure, and the plan is stored at revision 1.
   */
  public Plan propose(PlanRequest request, Actor actor) {
    actor.require(Permission.MOVEMENT_MANAGE);
    PlanScope scope = request.scope(LocalDate.now(clock));
    Pool today = pool.gather(scope, actor);
    requireFlights(scope, today);
    Solved solved = solve(today, Map.of(), Map.of());
    return inTransaction(() -> {
      PlanId id =
          store.insert(actor.missionCode(), scope, solved, actor.username(), clock.instant());
      Plan plan = find(id);
      audit.record(id, plan.missionCode(), "plan-proposed", 1, actor, summary(plan));
      return plan;
    });
  }

  /**
   * Solves the plan again over today's data: ready households and open flights of its scope as they
   * are now, its pins kept (those that still hold), its current assignments as the plan to move as
   * few households from as can be. A new revision, if nobody changed the plan meanwhile.
   *
   * @param expectedRevision the revision the change is made on; null for the current one
   */
  public Plan resolve(PlanId id, Integer expectedRevision, Actor actor) {
    Plan plan = access.requireManage(actor, find(id));
    requireOpen(plan, expectedRevision);
    Pool today = pool.gather(plan.scope(), actor);
    requireFlights(plan.scope(), today);
    Map<String, OpenFlight> byLabel = today.flightsByLabel();
    Map<String, String> pins = new HashMap<>();
    int released = 0;
    for (PlanEntry pin : plan.pins()) {
      var household = today.household(pin.caseId());
      var flight = today.flight(pin.flightId());
      if (household.isPresent() && flight.isPresent()) {
        pins.put(pin.caseNumber(), flight.get().label());
      } else {
        released++;
      }
    }
    released += releaseBrokenPins(today, pins);
    Map<String, String> previous = new HashMap<>();
    for (PlanEntry e : plan.entries()) {
      if (e.placed()) {
        today.flight(e.flightId()).ifPresent(f -> previous.put(e.caseNumber(), f.label()));
      }
    }
    Set<CaseId> before = new HashSet<>();
    plan.entries().forEach(e -> before.add(e.caseId()));
    Set<CaseId> now = new HashSet<>();
    today.households().forEach(h -> now.add(h.household().id()));
    int joined = (int) now.stream().filter(c -> !before.contains(c)).count();
    int dropped = (int) before.stream().filter(c -> !now.contains(c)).count();
    Solved solved = solve(today, pins, previous);
    int moved = 0;
    for (PlanEntry e : solved.entries()) {
      String was = previous.get(e.caseNumber());
      if (was != null && !Objects.equals(byLabel.get(was).flight().id(), e.flightId())) {
        moved++;
      }
    }
    Solved counted =
        new Solved(
            solved.value(),
            solved.delayCost(),
            new Plan.Change(moved, joined, dropped, released),
            solved.flights(),
            solved.entries());
    return inTransaction(() -> {
      Plan current = access.requireManage(actor, lock(id));
      requireOpen(current, plan.revision());
      int revision = current.revision() + 1;
      store.replace(id, revision, counted, actor.username(), clock.instant());
      Plan after = find(id);
      Map<String, Object> details = summary(after);
      details.put("moved", counted.change().moved());
      details.put("joined", counted.change().joined());
      details.put("dropped", counted.change().dropped());
      details.put("pinsReleased", counted.change().pinsReleased());
      audit.record(id, after.missionCode(), "plan-resolved", revision, actor, details);
      return after;
    });
  }

  /**
   * Pins a household of the plan to one of its flights (where it is, or another): a re-solve keeps
   * it there. A pin that breaks a hard rule is refused ({@code pin-refused}) naming the household
   * and the rule, and nothing is stored.
   */
  public Plan pin(
      PlanId id, Integer expectedRevision, CaseId caseId, FlightId flightId, Actor actor) {
    return inTransaction(() -> {
      Plan plan = access.requireManage(actor, lock(id));
      requireOpen(plan, expectedRevision);
      PlanEntry entry =
          plan.entry(caseId).orElseThrow(() -> new NotFoundException("case in plan", caseId));
      if (flightId == null) {
        throw InvalidInputException.of("flightId", "required", "the flight to pin it on");
      }
      if (plan.flight(flightId).isEmpty()) {
        throw InvalidInputException.of(
            "flightId",
            "unknown-flight",
            "flight " + flightId + " is not one of the plan's flights");
      }
      checkPin(plan, entry, flightId, actor);
      PlanEntry pinned = entry.pinnedTo(flightId);
      boolean moved = !flightId.equals(entry.flightId());
      int revision = plan.revision() + 1;
      store.changeEntry(id, revision, pinned, moved, actor.username(), clock.instant());
      audit.record(
          id,
          plan.missionCode(),
          "plan-pinned",
          revision,
          actor,
          Map.of("caseNumber", entry.caseNumber(), "flightId", flightId.value(), "moved", moved));
      return find(id);
    });
  }

  /** Takes the pin off a household: it stays where it is until the plan is re-solved. */
  public Plan unpin(PlanId id, Integer expectedRevision, CaseId caseId, Actor actor) {
    return inTransaction(() -> {
      Plan plan = access.requireManage(actor, lock(id));
      requireOpen(plan, expectedRevision);
      PlanEntry entry =
          plan.entry(caseId).orElseThrow(() -> new NotFoundException("case in plan", caseId));
      if (!entry.pinned()) {
        return plan;
      }
      int revision = plan.revision() + 1;
      store.changeEntry(id, revision, entry.unpinned(), false, actor.username(), clock.instant());
      audit.record(
          id,
          plan.missionCode(),
          "plan-unpinned",
          revision,
          actor,
          Map.of("caseNumber", entry.caseNumber()));
      return find(id);
    });
  }

  /**
   * Books every household of the plan on its flight, with its members' medical escorts, in one
   * transaction: a refusal of any booking (the flight full or closed, a household no longer ready)
   * undoes them all and is answered naming the flight and the household. Only then does the plan
   * become CONFIRMED and its households' cases BOOKED.
   */
  public Plan confirm(PlanId id, Integer expectedRevision, Actor actor) {
    return inTransaction(() -> {
      Plan plan = access.requireManage(actor, lock(id));
      requireOpen(plan, expectedRevision);
      Map<String, Object> booked = new LinkedHashMap<>();
      for (Plan.PlannedFlight f : plan.flights()) {
        List<PlanEntry> aboard = plan.on(f.flightId());
        if (aboard.isEmpty()) {
          continue;
        }
        try {
          flights.book(
              f.flightId(),
              aboard.stream()
                  .map(e -> new HouseholdBooking(e.caseId(), e.medicalEscorts()))
                  .toList(),
              actor);
        } catch (ConflictException e) {
          Map<String, Object> details = new LinkedHashMap<>(e.details());
          details.put("flightId", f.flightId().value());
          throw new ConflictException(
              e.problem(), "flight " + f.flightId() + ": " + e.getMessage(), details);
        } catch (NotFoundException e) {
          throw new ConflictException(
              ProblemCode.PLAN_CLOSED,
              "flight " + f.flightId() + " is no longer there: re-solve the plan",
              Map.of("status", plan.status().name(), "flightId", f.flightId().value()));
        }
        booked.put(f.flightId().toString(), aboard.stream().map(PlanEntry::caseNumber).toList());
      }
      int revision = plan.revision() + 1;
      store.changeStatus(id, revision, PlanStatus.CONFIRMED, actor.username(), clock.instant());
      Plan after = find(id);
      Map<String, Object> details = summary(after);
      details.put("booked", booked);
      audit.record(id, plan.missionCode(), "plan-confirmed", revision, actor, details);
      return after;
    });
  }

  /** Gives the plan up: nothing is booked, and it no longer changes. */
  public Plan discard(PlanId id, Integer expectedRevision, Actor actor) {
    return inTransaction(() -> {
      Plan plan = access.requireManage(actor, lock(id));
      requireOpen(plan, expectedRevision);
      int revision = plan.revision() + 1;
      store.changeStatus(id, revision, PlanStatus.DISCARDED, actor.username(), clock.instant());
      audit.record(id, plan.missionCode(), "plan-discarded", revision, actor, Map.of());
      return find(id);
    });
  }

  /** The planner's plan over {@code today}, as the plan stores it. */
  private Solved solve(Pool today, Map<String, String> pins, Map<String, String> previous) {
    FlightPlan result =
        new Planner(Planner.Settings.defaults().withTimeLimit(timeLimit))
            .plan(today.problem().withPinned(pins).withPrevious(previous));
    Map<String, OpenFlight> byLabel = today.flightsByLabel();
    Map<String, String> flightOf = new HashMap<>();
    result.assignments().forEach(a -> flightOf.put(a.household(), a.flight()));
    Map<String, String> reasonOf = new HashMap<>();
    result.unassigned().forEach(u -> reasonOf.put(u.household(), u.reason()));
    List<PlanEntry> entries = new ArrayList<>();
    for (Household h : today.households()) {
      String number = h.household().caseNumber();
      String flight = flightOf.get(number);
      entries.add(
          flight == null
              ? h.entry(null, reasonOf.get(number), false)
              : h.entry(byLabel.get(flight).flight().id(), null, pins.containsKey(number)));
    }
    return new Solved(
        result.value(),
        result.delayCost(),
        null,
        today.flights().stream()
            .map(f -> new Plan.PlannedFlight(f.flight().id(), f.seatsFree()))
            .toList(),
        entries);
  }

  /**
   * Takes out of {@code pins} those that no longer keep the rules (a document expired, the seats
   * left fell below those the pins on a flight need); how many.
   */
  private static int releaseBrokenPins(Pool today, Map<String, String> pins) {
    int released = 0;
    for (ScenarioProblem problem : Planner.check(today.problem().withPinned(pins))) {
      if (problem.field().startsWith("pinned[")) {
        String household = problem.field().substring(7, problem.field().length() - 1);
        if (pins.remove(household) != null) {
          released++;
        }
      } else if (problem.field().equals("pinned") && problem.subject().startsWith("flight ")) {
        String flight = problem.subject().substring("flight ".length());
        Set<String> on = new LinkedHashSet<>();
        pins.forEach((h, f) -> {
          if (f.equals(flight)) {
            on.add(h);
          }
        });
        on.forEach(pins::remove);
        released += on.size();
      }
    }
    return released;
  }

  /** Refuses the pin of {@code entry} on {@code flight} if it breaks a hard rule. */
  private void checkPin(Plan plan, PlanEntry entry, FlightId flight, Actor actor) {
    Set<CaseId> pinned = new LinkedHashSet<>();
    plan.pins().forEach(p -> pinned.add(p.caseId()));
    pinned.add(entry.caseId());
    Pool today =
        pool.some(
            plan.flights().stream().map(Plan.PlannedFlight::flightId).toList(), pinned, actor);
    Household household =
        today
            .household(entry.caseId())
            .orElseThrow(() ->
                pinRefused(
                    entry,
                    flight,
                    List.of(
                        "case "
                            + entry.caseNumber()
                            + " is no longer ready for departure: re-solve the plan")));
    OpenFlight target =
        today
            .flight(flight)
            .orElseThrow(() ->
                pinRefused(
                    entry,
                    flight,
                    List.of("flight " + flight + " is no longer open: re-solve the plan")));
    Map<String, String> pins = new HashMap<>();
    for (PlanEntry p : plan.pins()) {
      if (!p.caseId().equals(entry.caseId())) {
        var h = today.household(p.caseId());
        var f = today.flight(p.flightId());
        if (h.isPresent() && f.isPresent()) {
          pins.put(p.caseNumber(), f.get().label());
        }
      }
    }
    String number = household.household().caseNumber();
    pins.put(number, target.label());
    List<String> reasons = new ArrayList<>();
    for (ScenarioProblem problem : Planner.check(today.problem().withPinned(pins))) {
      if (problem.subject().equals("household " + number)) {
        reasons.add("case " + number + " " + problem.message());
      } else if (problem.subject().equals("flight " + target.label())
          && problem.field().equals("pinned")) {
        reasons.add(
            "case "
                + number
                + " cannot be pinned on flight "
                + target.label()
                + ": "
                + problem.message());
      }
    }
    if (!reasons.isEmpty()) {
      throw pinRefused(entry, flight, reasons);
    }
  }

  private static ConflictException pinRefused(
      PlanEntry entry, FlightId flight, List<String> reasons) {
    return new ConflictException(
        ProblemCode.PIN_REFUSED,
        String.join("; ", reasons),
        Map.of(
            "caseId",
            entry.caseId().toString(),
            "caseNumber",
            entry.caseNumber(),
            "flightId",
            flight.value(),
            "reasons",
            reasons));
  }

  /** Refuses to plan a scope in which no flight is open any more. */
  private static void requireFlights(PlanScope scope, Pool today) {
    if (!today.flights().isEmpty()) {
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (scope.destination() != null) {
      details.put("destination", scope.destination());
    }
    details.put("from", scope.from().toString());
    details.put("to", scope.to().toString());
    throw new ConflictException(
        ProblemCode.NO_FLIGHTS_TO_PLAN,
        "no open flight of your mission "
            + (scope.destination() == null ? "" : "to " + scope.destination() + " ")
            + "leaves between "
            + scope.from()
            + " and "
            + scope.to(),
        details);
  }

  private void requireOpen(Plan plan, Integer expectedRevision) {
    plan.refusesChanges()
        .ifPresent(refusal -> {
          throw new ConflictException(
              ProblemCode.PLAN_CLOSED, refusal, Map.of("status", plan.status().name()));
        });
    if (expectedRevision != null && expectedRevision != plan.revision()) {
      throw new StaleVersionException(plan.revision());
    }
  }

  private static Map<String, Object> summary(Plan plan) {
    Map<String, Object> summary = new LinkedHashMap<>();
    if (plan.scope().destination() != null) {
      summary.put("destination", plan.scope().destination());
    }
    summary.put("from", plan.scope().from().toString());
    summary.put("to", plan.scope().to().toString());
    summary.put("flights", plan.flights().size());
    summary.put("households", plan.entries().stream().filter(PlanEntry::placed).count());
    summary.put("leftOut", plan.leftOut().size());
    summary.put("people", plan.peoplePlaced());
    summary.put("value", plan.value().toPlainString());
    return summary;
  }

  private Plan find(PlanId id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("plan", id));
  }

  private Plan lock(PlanId id) {
    return store.lock(id).orElseThrow(() -> new NotFoundException("plan", id));
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }
}
