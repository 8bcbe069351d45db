package org.homeward.movement;

/** What a fit-to-travel check found. */
public enum FitnessOutcome {
  FIT,
  /** Fit to travel with a medical escort beside them, who takes a seat of their own. */
  FIT_WITH_ESCORT,
  /** Not fit to travel: the case is deferred. */
  UNFIT;

  public boolean mayTravel() {
    return this != UNFIT;
  }

  public boolean needsMedicalEscort() {
    return this == FIT_WITH_ESCORT;
  }
}
