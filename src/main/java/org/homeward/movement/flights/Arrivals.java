package org.homeward.movement.flights;

import java.time.Clock;
import java.time.Instant;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving mission confirms that a household arrived: its case moves DEPARTED → ARRIVED
 * through the registry's lifecycle and {@link CaseArrived} is published, in one transaction. The
 * first arrival confirmed tells that the flight has landed. A mission sees only the households
 * handed over to it, as the access rules say.
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

  @Transactional
  public Booking confirm(FlightId id, CaseId caseId, Actor actor) {
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
    var arrived =
        steps.move(
            caseId,
            booking.caseNumber(),
            CaseStatus.ARRIVED,
            "arrived on flight " + HouseholdBookings.describe(flight),
            actor);
    store.arrived(booking.id(), actor.username(), now);
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
            "receivingMission", actor.missionCode()));
    events.publishEvent(
        new CaseArrived(
            caseId,
            booking.caseNumber(),
            arrived.missionCode(),
            arrived.destinationCountry(),
            id,
            actor.missionCode(),
            actor.username(),
            now));
    return store.bookingOn(id, caseId).orElseThrow();
  }
}
