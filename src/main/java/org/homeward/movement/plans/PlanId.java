package org.homeward.movement.plans;

import java.util.Optional;

/** A flight plan's identity. */
public record PlanId(long value) {

  public PlanId {
    if (value <= 0) {
      throw new IllegalArgumentException("a plan id is positive: " + value);
    }
  }

  /** Parses a path or form value; an unparsable id is simply a plan that does not exist. */
  public static Optional<PlanId> parse(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    long value = Long.parseLong(text.strip());
    return value > 0 ? Optional.of(new PlanId(value)) : Optional.empty();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
