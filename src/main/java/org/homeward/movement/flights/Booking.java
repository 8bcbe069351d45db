package org.homeward.movement.flights;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homeward.movement.FlightId;
import org.homeward.organisation.Holding;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * A household on a flight: its case, the seats it takes as counted when it was booked, its
 * passengers and where the booking stands.
 *
 * @param caseMission the mission that holds the case
 * @param closeReason why a booking is no longer open (a no-show's reason, a cancellation's)
 * @param overCapacity the household gained members after it was booked and the flight had not the
 *     seats for them: the booking is kept, for the movement officer to settle (see {@link
 *     Manifest.Seats#overCapacity()}, which says whether it still is)
 */
public record Booking(
    long id,
    FlightId flightId,
    CaseId caseId,
    String caseNumber,
    String caseMission,
    String destinationCountry,
    BookingStatus status,
    SeatNeed need,
    List<Passenger> passengers,
    Instant bookedAt,
    String bookedBy,
    Instant closedAt,
    String closedBy,
    String closeReason,
    Instant arrivedAt,
    String arrivedBy,
    boolean overCapacity) {

  public Booking {
    Objects.requireNonNull(flightId, "flightId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(need, "need");
    passengers = List.copyOf(passengers);
  }

  public boolean isOpen() {
    return status == BookingStatus.BOOKED;
  }

  /**
   * What the access rules need to know of the case: once the household has left, the receiving
   * mission opens it too.
   */
  public Holding holding() {
    return new Holding(
        caseMission,
        destinationCountry,
        status == BookingStatus.DEPARTED || status == BookingStatus.ARRIVED);
  }

  public Optional<Passenger> passenger(PersonId personId) {
    return passengers.stream().filter(p -> p.personId().equals(personId)).findFirst();
  }

  /** Every passenger of the household is on board. */
  public boolean allBoarded() {
    return passengers.stream().allMatch(p -> p.boarding() == Boarding.BOARDED);
  }
}
