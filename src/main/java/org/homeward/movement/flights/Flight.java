package org.homeward.movement.flights;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.homeward.movement.FlightDetails;
import org.homeward.movement.FlightId;
import org.homeward.movement.FlightStatus;

/**
 * A flight as Homeward keeps it: its details, where it stands, and the revision of its manifest.
 *
 * @param manifestRevision how many times its bookings changed since it was confirmed (0 until then)
 * @param version incremented by every change to the flight or its bookings; a client sends it back
 *     in {@code If-Match}
 */
public record Flight(
    FlightId id,
    FlightDetails details,
    FlightStatus status,
    int manifestRevision,
    Instant confirmedAt,
    Instant departedAt,
    Instant arrivedAt,
    Instant cancelledAt,
    String cancelReason,
    long version) {

  public Flight {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(status, "status");
  }

  public String missionCode() {
    return details.missionCode();
  }

  /** Once confirmed, every change to the bookings is a new revision of the manifest, audited. */
  public boolean tracksChanges() {
    return status != FlightStatus.PLANNED;
  }

  /** Why the flight may not take the step {@code to} now; empty when it may. */
  public Optional<String> refusesStep(FlightStatus to) {
    if (status.canMoveTo(to)) {
      return Optional.empty();
    }
    return Optional.of("a flight cannot go from " + status + " to " + to);
  }

  /** Why its details and bookings may no longer change; empty while they may. */
  public Optional<String> refusesChanges() {
    return status.isOpen()
        ? Optional.empty()
        : Optional.of(
            "flight " + id + " is " + status + ": its details and bookings no longer change");
  }
}
