package org.homeward.movement;

import java.util.List;
import org.homeward.movement.flights.Arrivals;
import org.homeward.movement.flights.DepartureDay;
import org.homeward.movement.flights.FlightSchedule;
import org.homeward.movement.flights.HouseholdBookings;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.springframework.stereotype.Service;

/**
 * The flights that take households home, for the rest of Homeward: scheduling a flight, booking
 * households on it (one by one, or all those of a confirmed plan at once), departure day and the
 * receiving mission's confirmation of arrival. Every case moves through the registry's lifecycle in
 * the same transaction as the step that moves it; costs go to funding's ledger when the flight
 * departs. Publishes {@link HouseholdBooked}, {@link FlightDeparted} and {@link CaseArrived}.
 */
@Service
public class Flights {

  private final FlightSchedule schedule;
  private final HouseholdBookings bookings;
  private final DepartureDay departures;
  private final Arrivals arrivals;

  Flights(
      FlightSchedule schedule,
      HouseholdBookings bookings,
      DepartureDay departures,
      Arrivals arrivals) {
    this.schedule = schedule;
    this.bookings = bookings;
    this.departures = departures;
    this.arrivals = arrivals;
  }

  /** Schedules a flight of the actor's mission; it starts PLANNED. */
  public FlightId schedule(FlightDetails details, Actor actor) {
    return schedule.schedule(details, actor).id();
  }

  /** Moves the flight to CONFIRMED, CANCELLED (with a reason) or ARRIVED, as its status allows. */
  public void step(FlightId id, FlightStatus to, String reason, Actor actor) {
    schedule.step(id, null, to, reason, actor);
  }

  /**
   * Books every one of {@code households} on the flight in one transaction, or none of them: each
   * case moves READY_FOR_DEPARTURE → BOOKED. This is how a confirmed plan becomes bookings.
   */
  public void book(FlightId id, List<HouseholdBooking> households, Actor actor) {
    bookings.book(id, households, actor);
  }

  /** Takes a household off a flight that has not left; its case is ready for departure again. */
  public void cancelBooking(FlightId id, CaseId caseId, String reason, Actor actor) {
    bookings.cancel(id, caseId, reason, actor);
  }

  public void checkIn(FlightId id, PersonId passenger, Actor actor) {
    departures.checkIn(id, passenger, actor);
  }

  public void board(FlightId id, PersonId passenger, Actor actor) {
    departures.board(id, passenger, actor);
  }

  /** The household did not show: its case goes back to the pool as NO_SHOW, with the reason. */
  public void noShow(FlightId id, CaseId caseId, String reason, Actor actor) {
    departures.noShow(id, caseId, reason, actor);
  }

  /** Undoes a check-in made by mistake, before the flight leaves: the passenger is expected. */
  public void undoCheckIn(FlightId id, PersonId passenger, Actor actor) {
    departures.undoCheckIn(id, passenger, actor);
  }

  /** Undoes a boarding made by mistake, before the flight leaves: the passenger is checked in. */
  public void undoBoarding(FlightId id, PersonId passenger, Actor actor) {
    departures.undoBoarding(id, passenger, actor);
  }

  /** Undoes a no-show marked by mistake: the household is on the flight again, its case BOOKED. */
  public void undoNoShow(FlightId id, CaseId caseId, Actor actor) {
    departures.undoNoShow(id, caseId, actor);
  }

  /**
   * Marks the flight departed: its boarded households' cases move to DEPARTED and their costs are
   * recorded, in one transaction.
   */
  public void depart(FlightId id, Actor actor) {
    departures.depart(id, null, actor);
  }

  /** The receiving mission confirms the household arrived: its case moves to ARRIVED. */
  public void confirmArrival(FlightId id, CaseId caseId, Actor actor) {
    arrivals.confirm(id, caseId, actor);
  }

  /** Confirms, after the fact, that a household arrived on {@code arrivedOn}. */
  public void confirmArrival(
      FlightId id, CaseId caseId, java.time.LocalDate arrivedOn, Actor actor) {
    arrivals.confirm(id, caseId, arrivedOn, actor);
  }
}
