package org.homeward.movement.flights;

import java.util.Objects;

/**
 * Why a household may not be booked on a flight: a stable code (docs/problems.md) and a sentence
 * for the movement officer.
 */
public record BookingRefusal(String code, String reason) {

  public BookingRefusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }
}
