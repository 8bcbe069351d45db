package org.homeward.movement;

import java.util.Optional;

/** A flight's identity in Homeward. */
public record FlightId(long value) {

  public FlightId {
    if (value <= 0) {
      throw new IllegalArgumentException("a flight id is positive: " + value);
    }
  }

  /** Parses a path or form value; an unparsable id is simply a flight that does not exist. */
  public static Optional<FlightId> parse(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    long value = Long.parseLong(text.strip());
    return value > 0 ? Optional.of(new FlightId(value)) : Optional.empty();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
