package org.homeward.movement.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homeward.movement.FlightId;
import org.homeward.movement.planner.SeatNeed;
import org.homeward.registry.CaseId;

/**
 * A flight plan as Homeward keeps it: which flights it fills, every ready household on one of them
 * or left out with the reason, the planner's value and delay, and where it stands.
 *
 * @param revision incremented by every change (a pin, a re-solve, the confirmation); a client sends
 *     the one it saw back with its change ({@code If-Match})
 * @param value the planner's value at the last solve: the sum of the values of the households
 *     placed
 * @param delayCost the planner's delay at the last solve (see docs/movement-planner.md)
 * @param lastChange what the last re-solve changed; null for a plan never re-solved
 * @param pinnedSinceSolve a pin moved a household since the last solve: a re-solve makes room
 *     around it (another flight may be over its seats until then)
 */
public record Plan(
    PlanId id,
    String missionCode,
    PlanScope scope,
    PlanStatus status,
    int revision,
    BigDecimal value,
    BigDecimal delayCost,
    Change lastChange,
    boolean pinnedSinceSolve,
    List<PlannedFlight> flights,
    List<PlanEntry> entries,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    flights = List.copyOf(flights);
    entries = List.copyOf(entries);
  }

  /** A flight of the plan and the seats it had for the plan when it was solved. */
  public record PlannedFlight(FlightId flightId, int seatsFree) {}

  /**
   * What a re-solve changed: {@code moved} households of the revision before are on another flight
   * or left out (the planner moves as few as it can), {@code joined} are new to the plan (made
   * ready since), {@code dropped} are no longer ready, and {@code pinsReleased} pins no longer held
   * (the household's document expired, its flight was cancelled).
   */
  public record Change(int moved, int joined, int dropped, int pinsReleased) {}

  /** Why the plan may not change any more; empty while it is proposed. */
  public Optional<String> refusesChanges() {
    return status == PlanStatus.PROPOSED
        ? Optional.empty()
        : Optional.of("plan " + id + " is " + status + ": it no longer changes");
  }

  public Optional<PlanEntry> entry(CaseId caseId) {
    return entries.stream().filter(e -> e.caseId().equals(caseId)).findFirst();
  }

  public Optional<PlannedFlight> flight(FlightId flightId) {
    return flights.stream().filter(f -> f.flightId().equals(flightId)).findFirst();
  }

  /** The households on {@code flight}, in the order the plan lists them. */
  public List<PlanEntry> on(FlightId flight) {
    return entries.stream().filter(e -> flight.equals(e.flightId())).toList();
  }

  /** The households left out, each with its reason. */
  public List<PlanEntry> leftOut() {
    return entries.stream().filter(e -> !e.placed()).toList();
  }

  public List<PlanEntry> pins() {
    return entries.stream().filter(PlanEntry::pinned).toList();
  }

  /** The seats the plan's households take on {@code flight}, the minors' escorts included. */
  public int seatsUsed(FlightId flight) {
    List<PlanEntry> aboard = on(flight);
    int seats = aboard.stream().mapToInt(PlanEntry::seats).sum();
    int minors = aboard.stream().mapToInt(PlanEntry::unaccompaniedMinors).sum();
    return seats + SeatNeed.escortSeatsForMinors(minors);
  }

  /** The people the plan puts on flights. */
  public int peoplePlaced() {
    return entries.stream().filter(PlanEntry::placed).mapToInt(PlanEntry::people).sum();
  }
}
