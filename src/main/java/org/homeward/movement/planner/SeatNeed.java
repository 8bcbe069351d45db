package org.homeward.movement.planner;

/**
 * The seats a household takes on a flight, by the hard rules.
 *
 * <ul>
 *   <li>Every person takes a seat, except an infant under 2 marked for a lap, on the lap of an
 *       adult (16 or over) of the household; an adult holds at most one infant. An infant for whom
 *       no adult lap is left takes a seat of its own, as an airline sells one: a household of one
 *       adult and twins needs two seats, not zero flights.
 *   <li>Each person needing a medical escort adds one seat, for the escort.
 *   <li>Unaccompanied minors need one escort seat per started group of 5 <em>on the flight</em>,
 *       counted over every household on it: their seats are in {@link #escortSeatsForMinors}, not
 *       in {@link #seats}.
 * </ul>
 *
 * @param seats the seats of the household's people and of its medical escorts
 * @param onLaps infants who travel on a lap
 * @param medicalEscorts escort seats for members needing a medical escort
 * @param unaccompaniedMinors members travelling as unaccompanied minors
 */
public record SeatNeed(int seats, int onLaps, int medicalEscorts, int unaccompaniedMinors) {

  /** One escort accompanies up to this many unaccompanied minors on a flight. */
  public static final int MINORS_PER_ESCORT = 5;

  public static SeatNeed of(PlanHousehold household) {
    int adults = 0;
    int infants = 0;
    int escorts = 0;
    int minors = 0;
    for (PlanMember member : household.members()) {
      if (member.adult()) {
        adults++;
      }
      if (member.infantForALap()) {
        infants++;
      }
      if (member.medicalEscort()) {
        escorts++;
      }
      if (member.unaccompaniedMinor()) {
        minors++;
      }
    }
    int onLaps = Math.min(adults, infants);
    return new SeatNeed(household.members().size() - onLaps + escorts, onLaps, escorts, minors);
  }

  /** The escort seats a flight needs for this many unaccompanied minors aboard. */
  public static int escortSeatsForMinors(int minors) {
    return (minors + MINORS_PER_ESCORT - 1) / MINORS_PER_ESCORT;
  }

  /** The seats this household takes on a flight with no one else aboard. */
  public int seatsAlone() {
    return seats + escortSeatsForMinors(unaccompaniedMinors);
  }
}
