package org.homeward.movement.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.homeward.movement.FlightId;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * One ready household of a plan: on a flight (placed by the planner, or pinned there by a movement
 * officer), or left out with the reason.
 *
 * @param flightId null when the household is left out
 * @param reason why it is left out; null when it is on a flight
 * @param seats the household's own seats, its medical escorts included
 * @param unaccompaniedMinors its members travelling alone as minors, who share the escorts of the
 *     flight (one per started group of 5)
 * @param value its priority weight × its people, as the registry computes it
 * @param medicalEscorts the members who travel with a medical escort
 */
public record PlanEntry(
    CaseId caseId,
    String caseNumber,
    String destination,
    FlightId flightId,
    String reason,
    boolean pinned,
    int people,
    int seats,
    int unaccompaniedMinors,
    BigDecimal value,
    List<PersonId> medicalEscorts) {

  public PlanEntry {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(value, "value");
    medicalEscorts = List.copyOf(medicalEscorts);
    if ((flightId == null) == (reason == null)) {
      throw new IllegalArgumentException(
          "case " + caseNumber + ": on a flight, or left out with a reason");
    }
    if (pinned && flightId == null) {
      throw new IllegalArgumentException("case " + caseNumber + ": a pin names a flight");
    }
  }

  public boolean placed() {
    return flightId != null;
  }

  /** The same household pinned on {@code flight}. */
  public PlanEntry pinnedTo(FlightId flight) {
    return new PlanEntry(
        caseId,
        caseNumber,
        destination,
        flight,
        null,
        true,
        people,
        seats,
        unaccompaniedMinors,
        value,
        medicalEscorts);
  }

  /** The same household, no longer pinned, where it is. */
  public PlanEntry unpinned() {
    return new PlanEntry(
        caseId,
        caseNumber,
        destination,
        flightId,
        reason,
        false,
        people,
        seats,
        unaccompaniedMinors,
        value,
        medicalEscorts);
  }
}
