package org.homeward.movement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.homeward.registry.PersonId;

/**
 * Where one person stands for travel on one day: the travel document valid on it, if any, and their
 * latest fitness check, if any.
 */
public record PersonReadiness(
    PersonId personId, LocalDate on, ValidTravelDocument document, FitnessToTravel fitness) {

  public PersonReadiness {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(on, "on");
  }

  /** The travel document valid on the day, if the person holds one. */
  public Optional<ValidTravelDocument> travelDocument() {
    return Optional.ofNullable(document);
  }

  /** The latest fitness check, whatever its outcome, if one was recorded. */
  public Optional<FitnessToTravel> latestFitness() {
    return Optional.ofNullable(fitness);
  }

  public boolean documented() {
    return document != null;
  }

  /** The last day the valid travel document holds; empty when there is none. */
  public Optional<LocalDate> documentValidUntil() {
    return travelDocument().map(ValidTravelDocument::expiresOn);
  }

  /** Fit to travel on the day, with or without an escort. */
  public boolean fit() {
    return fitness != null && fitness.fitOn(on);
  }

  /** The last day the person is fit to travel; empty unless {@link #fit()}. */
  public Optional<LocalDate> fitValidUntil() {
    return fit() ? Optional.of(fitness.validUntil()) : Optional.empty();
  }

  /** The person travels with a medical escort beside them (one more seat). */
  public boolean needsMedicalEscort() {
    return fit() && fitness.outcome().needsMedicalEscort();
  }

  /** Documented and fit on the day. */
  public boolean mayTravel() {
    return documented() && fit();
  }
}
