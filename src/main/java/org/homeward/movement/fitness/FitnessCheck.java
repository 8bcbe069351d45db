package org.homeward.movement.fitness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.FitnessToTravel;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * A fit-to-travel check of one person: the day, the outcome and the last day it holds, and the
 * medical details, which only a reader with a need to know sees.
 *
 * @param hasDetails medical details were recorded with the check
 * @param details the details as recorded; {@code null} when there are none or when they were not
 *     opened for this reader
 */
public record FitnessCheck(
    UUID id,
    PersonId personId,
    CaseId caseId,
    LocalDate checkedOn,
    FitnessOutcome outcome,
    LocalDate validUntil,
    boolean hasDetails,
    String details,
    Instant recordedAt,
    String recordedBy) {

  public FitnessCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(checkedOn, "checkedOn");
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.mayTravel() && validUntil == null) {
      throw new IllegalArgumentException("a fit outcome holds until a day");
    }
    if (details != null && !hasDetails) {
      throw new IllegalArgumentException("details shown for a check without details");
    }
  }

  /** The outcome without the medical details. */
  public FitnessToTravel toTravel() {
    return new FitnessToTravel(outcome, checkedOn, validUntil);
  }

  /** The details were held back from the reader: recorded, but not shown. */
  public boolean detailsWithheld() {
    return hasDetails && details == null;
  }
}
