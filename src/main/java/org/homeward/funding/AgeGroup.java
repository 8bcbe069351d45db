package org.homeward.funding;

/** The age groups a donor report counts people by, from their age on the day of eligibility. */
public enum AgeGroup {
  UNDER_5,
  FROM_5_TO_11,
  FROM_12_TO_17,
  FROM_18_TO_59,
  FROM_60,
  /** The date of birth is not known. */
  UNKNOWN;

  public static AgeGroup of(Integer age) {
    if (age == null) {
      return UNKNOWN;
    }
    if (age < 5) {
      return UNDER_5;
    }
    if (age < 12) {
      return FROM_5_TO_11;
    }
    if (age < 18) {
      return FROM_12_TO_17;
    }
    return age < 60 ? FROM_18_TO_59 : FROM_60;
  }
}
