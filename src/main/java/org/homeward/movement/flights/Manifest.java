package org.homeward.movement.flights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homeward.registry.CaseId;
import org.homeward.registry.DocumentType;
import org.homeward.registry.PersonId;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;

/**
 * The flight's manifest: every booked passenger as the airline, the border and the receiving
 * mission need them. Special needs are the open vulnerability categories only (an unaccompanied
 * child, a pregnant woman, a disability, an older person, a single parent): never a medical or
 * protection detail.
 *
 * @param revision the revision of the manifest: how many times its bookings changed since the
 *     flight was confirmed
 * @param seats the seats taken and the escorts, as the capacity rules count them
 */
public record Manifest(Flight flight, int revision, Instant at, List<Line> lines, Seats seats) {

  public Manifest {
    lines = List.copyOf(lines);
  }

  /** One passenger. */
  public record Line(
      CaseId caseId,
      String caseNumber,
      PersonId personId,
      String familyName,
      String givenName,
      Sex sex,
      LocalDate dateOfBirth,
      boolean dobEstimated,
      String nationality,
      DocumentType documentType,
      String documentNumber,
      boolean lapInfant,
      boolean medicalEscort,
      Set<Vulnerability> specialNeeds,
      Boarding boarding,
      BookingStatus booking) {

    public Line {
      specialNeeds = Set.copyOf(specialNeeds);
    }

    /** What the passenger takes: a seat, or an adult's lap. */
    public String seat() {
      return lapInfant ? "LAP_INFANT" : "SEAT";
    }
  }

  /**
   * The flight's seats as the rules count them: the passengers on seats, the infants on a lap, the
   * escorts (one per member needing a medical escort, one per started group of 5 unaccompanied
   * minors) and those left.
   */
  public record Seats(
      int capacity,
      int households,
      int passengers,
      int lapInfants,
      int medicalEscorts,
      int unaccompaniedMinors,
      int minorEscorts,
      int taken) {

    /** The seats of these households on a flight of {@code capacity} seats. */
    public static Seats of(int capacity, List<SeatNeed> households) {
      int minors = households.stream().mapToInt(SeatNeed::unaccompaniedMinors).sum();
      return new Seats(
          capacity,
          households.size(),
          households.stream().mapToInt(SeatNeed::people).sum(),
          households.stream().mapToInt(SeatNeed::lapInfants).sum(),
          households.stream().mapToInt(SeatNeed::medicalEscorts).sum(),
          minors,
          SeatNeed.minorEscortSeats(minors),
          SeatNeed.seatsOf(households));
    }

    public int left() {
      return Math.max(0, capacity - taken);
    }

    /**
     * More seats are taken than the flight has: only a household that gained members after it was
     * booked gets there (every rule that books or seats someone keeps within the capacity).
     */
    public boolean overCapacity() {
      return taken > capacity;
    }

    /** The seats the flight lacks for everyone booked on it (0 when it has them). */
    public int lacking() {
      return Math.max(0, taken - capacity);
    }

    public int escorts() {
      return medicalEscorts + minorEscorts;
    }
  }
}
