package org.homeward.movement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a flight stands. Households are booked while it is PLANNED or CONFIRMED; once CONFIRMED its
 * manifest is the one that flies, and every change to it is tracked. DEPARTED comes with the
 * departure of its boarded households, ARRIVED when it lands (or the receiving mission confirms a
 * first arrival).
 */
public enum FlightStatus {
  PLANNED,
  CONFIRMED,
  DEPARTED,
  ARRIVED,
  CANCELLED;

  /** The statuses a flight may move to from this one. */
  public Set<FlightStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> EnumSet.of(DEPARTED, CANCELLED);
      case DEPARTED -> EnumSet.of(ARRIVED);
      case ARRIVED, CANCELLED -> EnumSet.noneOf(FlightStatus.class);
    };
  }

  public boolean canMoveTo(FlightStatus to) {
    return next().contains(to);
  }

  /** Households may still be booked on it, and its details changed. */
  public boolean isOpen() {
    return this == PLANNED || this == CONFIRMED;
  }

  /** It has left with its passengers: the receiving mission takes them over. */
  public boolean hasLeft() {
    return this == DEPARTED || this == ARRIVED;
  }
}
