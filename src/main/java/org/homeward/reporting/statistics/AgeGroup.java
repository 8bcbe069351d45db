package org.homeward.reporting.statistics;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age groups the public statistics count people in (the usual humanitarian breakdown), by the
 * age on the day that is counted (the departure, the approval of the plan).
 */
public enum AgeGroup {
  UNDER_5("0-4", 0),
  FROM_5_TO_11("5-11", 5),
  FROM_12_TO_17("12-17", 12),
  FROM_18_TO_59("18-59", 18),
  FROM_60("60+", 60),
  /** No date of birth, not even estimated. */
  UNKNOWN("unknown", -1);

  private final String code;
  private final int from;

  AgeGroup(String code, int from) {
    this.code = code;
    this.from = from;
  }

  /** As the CSV and the read model write it: {@code 0-4}, {@code 60+}. */
  public String code() {
    return code;
  }

  public static AgeGroup of(LocalDate born, LocalDate on) {
    if (born == null || on == null || born.isAfter(on)) {
      return born == null ? UNKNOWN : UNDER_5;
    }
    int years = Period.between(born, on).getYears();
    AgeGroup group = UNDER_5;
    for (AgeGroup candidate : values()) {
      if (candidate.from >= 0 && years >= candidate.from) {
        group = candidate;
      }
    }
    return group;
  }

  public static AgeGroup ofCode(String code) {
    for (AgeGroup g : values()) {
      if (g.code.equals(code)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no age group " + code);
  }
}
