package org.homeward.movement.flights;

import java.util.Collection;

/**
 * The seats a household takes: every member, less the infants under 2 who travel on an adult's lap,
 * plus one escort seat for each member who travels with a medical escort. Its unaccompanied minors
 * count towards the escort seats of the whole flight ({@link #minorEscortSeats}).
 */
public record SeatNeed(int people, int lapInfants, int medicalEscorts, int unaccompaniedMinors) {

  /** One escort travels with every started group of this many unaccompanied minors on a flight. */
  public static final int MINORS_PER_ESCORT = 5;

  public SeatNeed {
    if (people < 1 || lapInfants < 0 || lapInfants >= people || medicalEscorts < 0) {
      throw new IllegalArgumentException(
          "not a household's seats: " + people + " people, " + lapInfants + " on a lap");
    }
    if (unaccompaniedMinors < 0 || unaccompaniedMinors > people) {
      throw new IllegalArgumentException("more unaccompanied minors than people");
    }
  }

  /** The household's own seats, escorts for medical reasons included. */
  public int seats() {
    return people - lapInfants + medicalEscorts;
  }

  /** The escort seats that {@code minors} unaccompanied minors on one flight need. */
  public static int minorEscortSeats(int minors) {
    return (minors + MINORS_PER_ESCORT - 1) / MINORS_PER_ESCORT;
  }

  /** Every seat these households take on one flight, the minors' escorts included. */
  public static int seatsOf(Collection<SeatNeed> households) {
    int seats = 0;
    int minors = 0;
    for (SeatNeed need : households) {
      seats += need.seats();
      minors += need.unaccompaniedMinors();
    }
    return seats + minorEscortSeats(minors);
  }
}
