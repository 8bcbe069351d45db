package org.homeward.movement.flights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.homeward.movement.CaseArrived;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightStatus;
import org.homeward.movement.flights.internal.FlightStore;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving mission confirms that a household arrived: its case moves DEPARTED → ARRIVED
 * through the registry's lifecycle and {@link CaseArrived} is published, in one transaction. The
 * first arrival confirmed tells that the flight has landed. A mission sees only the households
 * handed over to it, as the access rules say.
 *
 * <p>A field office often confirms an arrival after the fact: the confirmation may name the day the
 * household arrived ({@code arrivedOn}: not in the future, not before the day the flight left;
 * today when not given). {@link CaseArrived#at()} carries that day, so that reintegration opens the
 * case and monitoring schedules its visits from it; the registry's history still dates the step the
 * moment it is recorded.
 */
@Service
public class Arrivals {

  private final FlightStore store;
  private final FlightScope scope;
  private final FlightAudit audit;
  private final CaseSteps steps;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Arrivals(
      FlightStore store,
      FlightScope scope,
      FlightAudit audit,
      CaseSteps steps,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.scope = scope;
    this.audit = audit;
    this.steps = steps;
    this.events = events;
    this.clock = clock;
  }

  /** The households that left for the actor's country and await confirmation of their arrival. */
  @Transactional(readOnly = true)
  public List<Booking> awaiting(Actor actor) {
    actor.require(Permission.ARRIVAL_CONFIRM);
    return store.awaitingArrival(scope.readScope(actor)).stream()
        .filter(b -> scope.sees(actor, b))
        .toList();
  }

  /** Confirms an arrival today. */
  @Transactional
  public Booking confirm(FlightId id, CaseId caseId, Actor actor) {
    return confirm(id, caseId, null, actor);
  }

  /**
   * Confirms an arrival on {@code arrivedOn} (today when null): not in the future, not before the
   * flight's day of departure ({@code arrivedOn} named in the refusal).
   */
  @Transactional
  public Booking confirm(FlightId id, CaseId caseId, LocalDate arrivedOn, Actor actor) {
    actor.require(Permission.ARRIVAL_CONFIRM);
    Flight flight = store.lock(id).orElseThrow(() -> FlightScope.notFound(id));
    Booking booking =
        store
            .bookingOn(id, caseId)
            .filter(
                b -> b.status() == BookingStatus.DEPARTED || b.status() == BookingStatus.ARRIVED)
            .filter(b -> scope.sees(actor, b))
            .orElseThrow(() -> new NotFoundException("departed household of case", caseId));
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    LocalDate departed = flight.details().date();
    Violations.require(v -> {
      if (arrivedOn != null) {
        v.check(
            !arrivedOn.isAfter(today),
            "arrivedOn",
            "future",
            "an arrival is confirmed once it happened: on " + today + " at the latest");
        v.check(
            !arrivedOn.isBefore(departed),
            "arrivedOn",
            "before-departure",
            "the flight left on " + departed + ": the household cannot have arrived before");
      }
    });
    // the day it arrived: the moment it is confirmed today, midday of an earlier day
    Instant at =
        arrivedOn == null || arrivedOn.equals(today)
            ? now
            : arrivedOn.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant();
    var arrived =
        steps.move(
            caseId,
            booking.caseNumber(),
            CaseStatus.ARRIVED,
            "arrived on flight " + HouseholdBookings.describe(flight),
            actor);
    store.arrived(booking.id(), actor.username(), at);
    if (flight.status() == FlightStatus.DEPARTED) {
      store.changeStatus(id, FlightStatus.ARRIVED, null, actor.username(), now);
    } else {
      store.touch(id, false, actor.username(), now);
    }
    audit.record(
        flight,
        "case-arrived",
        actor.username(),
        null,
        0,
        Map.of(
            "caseId", caseId.toString(),
            "caseNumber", booking.caseNumber(),
            "receivingMission", actor.missionCode(),
            "arrivedOn", LocalDate.ofInstant(at, clock.getZone()).toString()));
    events.publishEvent(
        new CaseArrived(
            caseId,
            booking.caseNumber(),
            arrived.missionCode(),
            arrived.destinationCountry(),
            id,
            actor.missionCode(),
            actor.username(),
            at));
    return store.bookingOn(id, caseId).orElseThrow();
  }
}
