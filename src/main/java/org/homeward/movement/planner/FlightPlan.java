package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A plan: every household of the problem exactly once, on a flight or left out with the reason.
 *
 * @param value the total value of the households placed
 * @param delayCost the sum over households placed of value × days between the household's earliest
 *     feasible flight (the earliest it could take alone) and its flight
 */
public record FlightPlan(
    List<Assignment> assignments,
    List<Unassigned> unassigned,
    BigDecimal value,
    BigDecimal delayCost) {

  public FlightPlan {
    assignments = List.copyOf(assignments);
    unassigned = List.copyOf(unassigned);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(delayCost, "delayCost");
  }

  /** A household placed on a flight. */
  public record Assignment(String household, String flight) {
    public Assignment {
      Objects.requireNonNull(household, "household");
      Objects.requireNonNull(flight, "flight");
    }
  }

  /** A household left out, and why, in words a movement officer reads. */
  public record Unassigned(String household, String reason) {
    public Unassigned {
      Objects.requireNonNull(household, "household");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
