package org.homeward.movement.plans;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which flights a plan fills: the mission's open flights to {@code destination} (every country when
 * null) leaving from {@code from} to {@code to}, both days included.
 *
 * @param destination ISO 3166 alpha-3, as a flight's country of arrival; null for every country
 */
public record PlanScope(String destination, LocalDate from, LocalDate to) {

  /** A plan looks this many days ahead unless told otherwise. */
  public static final int DEFAULT_DAYS = 30;

  /** And at most this many: beyond, flights and documents are too uncertain to plan. */
  public static final int MAX_DAYS = 180;

  public PlanScope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a plan's flights end after they start");
    }
  }

  public boolean covers(String country, LocalDate day) {
    return (destination == null || destination.equals(country))
        && !day.isBefore(from)
        && !day.isAfter(to);
  }
}
