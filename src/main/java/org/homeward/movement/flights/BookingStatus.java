package org.homeward.movement.flights;

/**
 * Where a household's booking stands: on the flight (BOOKED), gone with it (DEPARTED, then ARRIVED
 * once the receiving mission confirms), back in the pool (NO_SHOW), or taken off it (CANCELLED).
 */
public enum BookingStatus {
  BOOKED,
  NO_SHOW,
  DEPARTED,
  ARRIVED,
  CANCELLED
}
