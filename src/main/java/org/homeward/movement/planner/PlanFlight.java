package org.homeward.movement.planner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A flight the planner may fill.
 *
 * @param destination the country of arrival, as the households' destinations are written (ISO 3166
 *     alpha-3, e.g. {@code CMR})
 * @param seats the seats the mission may use on it
 */
public record PlanFlight(String id, String destination, LocalDate date, int seats) {

  public PlanFlight {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(date, "date");
    if (seats < 0) {
      throw new IllegalArgumentException("flight " + id + ": seats must not be negative");
    }
  }
}
