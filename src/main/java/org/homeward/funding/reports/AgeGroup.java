package org.homeward.funding.reports;

/** The age groups a donor report counts people in: the usual humanitarian breakdown. */
public enum AgeGroup {
  UNDER_5(0),
  FROM_5_TO_11(5),
  FROM_12_TO_17(12),
  FROM_18_TO_59(18),
  FROM_60(60);

  private final int from;

  AgeGroup(int from) {
    this.from = from;
  }

  /** The group of a person aged {@code years} full years. */
  public static AgeGroup of(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("an age is not negative: " + years);
    }
    AgeGroup group = UNDER_5;
    for (AgeGroup candidate : values()) {
      if (years >= candidate.from) {
        group = candidate;
      }
    }
    return group;
  }
}
