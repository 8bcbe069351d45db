package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A household ready to travel, which travels together or not at all.
 *
 * @param destination the country it returns to, as the flights' destinations are written
 * @param value its priority weight × its number of people, as the registry computes it; the planner
 *     places as much value as it can, exactly (no floating point)
 * @param readySince when it became ready for departure; among households of equal value the one
 *     waiting longer is placed first by the greedy plan
 */
public record PlanHousehold(
    String id,
    String destination,
    BigDecimal value,
    LocalDate readySince,
    List<PlanMember> members) {

  public PlanHousehold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(readySince, "readySince");
    members = List.copyOf(members);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("household " + id + ": value must not be negative");
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("household " + id + ": has no members");
    }
  }
}
