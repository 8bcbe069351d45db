package org.homeward.reintegration;

import java.util.Optional;

/** A reintegration plan's number. */
public record PlanId(long value) {

  public PlanId {
    if (value <= 0) {
      throw new IllegalArgumentException("a plan id is positive: " + value);
    }
  }

  /** The id written in {@code text}, if it is one. */
  public static Optional<PlanId> parse(String text) {
    if (text == null || !text.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    long value = Long.parseLong(text);
    return value > 0 ? Optional.of(new PlanId(value)) : Optional.empty();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
