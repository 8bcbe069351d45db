package org.homeward.movement.flights;

import org.homeward.movement.FlightId;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Holding;
import org.homeward.organisation.Permission;
import org.homeward.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and keeps which flight, as the {@link AccessPolicy} says of cases: a flight is held by
 * its mission (and its offices), whose movement officers keep it; once it has left, the mission of
 * its country of arrival sees it too, as it sees the households handed over to it. A flight one may
 * not see is not found.
 */
@Component
public class FlightScope {

  private final AccessPolicy access;

  FlightScope(AccessPolicy access) {
    this.access = access;
  }

  /** The flights {@code actor} may see, as the scope of the cases they hold and receive. */
  public CaseScope readScope(Actor actor) {
    return actor.may(Permission.MOVEMENT_READ) || actor.may(Permission.ARRIVAL_CONFIRM)
        ? access.readScope(actor)
        : CaseScope.NOTHING;
  }

  public boolean sees(Actor actor, Flight flight) {
    return readScope(actor).covers(holding(flight));
  }

  /** The flight, if {@code actor} may see it; otherwise not found. */
  public Flight requireRead(Actor actor, Flight flight) {
    actor.require(Permission.MOVEMENT_READ);
    if (!sees(actor, flight)) {
      throw new NotFoundException("flight", flight.id());
    }
    return flight;
  }

  /** May {@code actor} keep the flight: its mission's movement officers only. */
  public boolean canManage(Actor actor, Flight flight) {
    return actor.may(Permission.MOVEMENT_MANAGE)
        && access
            .changeScope(actor)
            .covers(new Holding(flight.missionCode(), flight.details().arrivalCountry(), false));
  }

  /** Refuses an actor who may not keep the flight: not found unless they may see it. */
  public void requireManage(Actor actor, Flight flight) {
    actor.require(Permission.MOVEMENT_MANAGE);
    if (!canManage(actor, flight)) {
      if (sees(actor, flight)) {
        throw new AccessDeniedException("flight " + flight.id() + " is another mission's");
      }
      throw new NotFoundException("flight", flight.id());
    }
  }

  /** Refuses an actor who may not keep flights of {@code missionCode}. */
  public void requireManage(Actor actor, String missionCode, String arrivalCountry) {
    actor.require(Permission.MOVEMENT_MANAGE);
    if (!access.changeScope(actor).covers(new Holding(missionCode, arrivalCountry, false))) {
      throw org.homeward.shared.InvalidInputException.of(
          "missionCode", "not-your-mission", "your flights are those of your own mission");
    }
  }

  /** May {@code actor} see the household of this booking (the receiving mission once it left)? */
  public boolean sees(Actor actor, Booking booking) {
    return readScope(actor).covers(booking.holding());
  }

  static Holding holding(Flight flight) {
    return new Holding(
        flight.missionCode(), flight.details().arrivalCountry(), flight.status().hasLeft());
  }

  static NotFoundException notFound(FlightId id) {
    return new NotFoundException("flight", id);
  }
}
