package org.homeward.movement.planner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person of a household, as far as the planner is concerned.
 *
 * @param lapInfant travels on an adult's lap when under 2 and an adult of the household has a lap
 *     free; otherwise takes a seat (see {@link SeatNeed})
 * @param medicalEscort needs a medical escort, who takes one more seat
 * @param unaccompaniedMinor travels without a parent or guardian; every started group of 5 on a
 *     flight needs one escort seat
 * @param travelDocValidUntil the last day the travel document is valid; null when there is none
 * @param fitValidUntil the last day the fit-to-travel certificate is valid; null when there is none
 */
public record PlanMember(
    String id,
    int ageYears,
    boolean lapInfant,
    boolean medicalEscort,
    boolean unaccompaniedMinor,
    LocalDate travelDocValidUntil,
    LocalDate fitValidUntil) {

  /** From this age a person is an adult, who may hold one infant on the lap. */
  public static final int ADULT_AGE = 16;

  /** Below this age an infant may travel on an adult's lap. */
  public static final int LAP_INFANT_AGE = 2;

  public PlanMember {
    Objects.requireNonNull(id, "id");
    if (ageYears < 0) {
      throw new IllegalArgumentException("member " + id + ": age must not be negative");
    }
  }

  public boolean adult() {
    return ageYears >= ADULT_AGE;
  }

  /** Asks for a lap and is young enough for one. */
  public boolean infantForALap() {
    return lapInfant && ageYears < LAP_INFANT_AGE;
  }
}
