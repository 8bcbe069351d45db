package org.homeward.registry;

import java.math.BigDecimal;

/** A case's priority: a score derived from its members' vulnerabilities, and its level. */
public record Priority(int score, PriorityLevel level) {

  public static final Priority NONE = new Priority(0, PriorityLevel.STANDARD);

  /**
   * How much one person of the household weighs when flights are planned: 1 + score / 10, exactly
   * (one decimal, never a binary fraction). A household with no vulnerability weighs 1 per person,
   * an unaccompanied child's (score 90) 10, a serious medical condition's (80) 9; the planner
   * places the most weight it can (docs/movement-planner.md).
   */
  public BigDecimal weight() {
    return BigDecimal.valueOf(10L + score, 1);
  }
}
