package org.homeward.movement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The outcome of a person's latest fit-to-travel check, without its medical details.
 *
 * @param validUntil the last day the outcome holds; {@code null} for an UNFIT outcome given with no
 *     end
 */
public record FitnessToTravel(FitnessOutcome outcome, LocalDate checkedOn, LocalDate validUntil) {

  public FitnessToTravel {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(checkedOn, "checkedOn");
  }

  /** Fit to travel (with or without an escort) on {@code day}. */
  public boolean fitOn(LocalDate day) {
    return outcome.mayTravel()
        && validUntil != null
        && !day.isBefore(checkedOn)
        && !day.isAfter(validUntil);
  }
}
