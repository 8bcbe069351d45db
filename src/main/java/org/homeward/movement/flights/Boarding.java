package org.homeward.movement.flights;

/** A passenger on departure day: expected, checked in, then boarded or a no-show. */
public enum Boarding {
  EXPECTED,
  CHECKED_IN,
  BOARDED,
  NO_SHOW;

  /** The one step a passenger may take to {@code to} from here (the same state is no step). */
  public boolean canMoveTo(Boarding to) {
    return switch (to) {
      case CHECKED_IN -> this == EXPECTED;
      case BOARDED -> this == CHECKED_IN;
      case NO_SHOW -> this == EXPECTED || this == CHECKED_IN;
      case EXPECTED -> false;
    };
  }
}
