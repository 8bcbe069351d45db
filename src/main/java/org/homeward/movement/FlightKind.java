package org.homeward.movement;

/** A flight chartered for returnees (by a government, the organisation), or a scheduled one. */
public enum FlightKind {
  CHARTER,
  SCHEDULED
}
