package org.homeward.movement.plans.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.movement.FlightId;
import org.homeward.movement.flights.Flight;
import org.homeward.movement.plans.Plan;
import org.homeward.movement.plans.PlanEntry;

/** What the plans API answers. Values are exact decimal strings ("28.35"), never JSON numbers. */
final class PlanResponses {

  private PlanResponses() {}

  /** A plan as a line of the list. */
  record PlanSummaryResponse(
      long id,
      String missionCode,
      String destination,
      String from,
      String to,
      String status,
      int revision,
      int flights,
      int households,
      int people,
      int leftOut,
      String value,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy) {

    static PlanSummaryResponse of(Plan p) {
      return new PlanSummaryResponse(
          p.id().value(),
          p.missionCode(),
          p.scope().destination(),
          p.scope().from().toString(),
          p.scope().to().toString(),
          p.status().name(),
          p.revision(),
          p.flights().size(),
          (int) p.entries().stream().filter(PlanEntry::placed).count(),
          p.peoplePlaced(),
          p.leftOut().size(),
          decimal(p.value()),
          p.createdAt(),
          p.createdBy(),
          p.updatedAt(),
          p.updatedBy());
    }
  }

  /**
   * A plan: each flight with its households, those left out with the reason, the planner's value
   * and delay, the revision a change names (also the ETag).
   *
   * @param lastChange what the last re-solve changed; absent before the first
   * @param pinnedSinceSolve a pin moved a household since the last solve: re-solve to make room
   */
  record PlanResponse(
      long id,
      String missionCode,
      String destination,
      String from,
      String to,
      String status,
      int revision,
      String value,
      String delayCost,
      ChangeResponse lastChange,
      boolean pinnedSinceSolve,
      List<PlanFlightResponse> flights,
      List<LeftOutResponse> unassigned,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy) {

    static PlanResponse of(Plan p, Map<FlightId, Flight> flights) {
      List<PlanFlightResponse> planned = new ArrayList<>();
      for (Plan.PlannedFlight f : p.flights()) {
        planned.add(PlanFlightResponse.of(p, f, flights.get(f.flightId())));
      }
      return new PlanResponse(
          p.id().value(),
          p.missionCode(),
          p.scope().destination(),
          p.scope().from().toString(),
          p.scope().to().toString(),
          p.status().name(),
          p.revision(),
          decimal(p.value()),
          decimal(p.delayCost()),
          p.lastChange() == null ? null : ChangeResponse.of(p.lastChange()),
          p.pinnedSinceSolve(),
          planned,
          p.leftOut().stream().map(LeftOutResponse::of).toList(),
          p.createdAt(),
          p.createdBy(),
          p.updatedAt(),
          p.updatedBy());
    }
  }

  /**
   * What the last re-solve changed: households moved to another flight or left out, new to the
   * plan, no longer ready, and pins that no longer held.
   */
  record ChangeResponse(int moved, int joined, int dropped, int pinsReleased) {
    static ChangeResponse of(Plan.Change c) {
      return new ChangeResponse(c.moved(), c.joined(), c.dropped(), c.pinsReleased());
    }
  }

  /**
   * A flight of the plan.
   *
   * @param seatsFree the seats it had for the plan when solved: capacity less those already booked
   * @param seatsUsed the seats the plan's households take on it, escorts included
   */
  record PlanFlightResponse(
      long flightId,
      String flightNumber,
      String date,
      String departure,
      String arrivalCountry,
      String status,
      int seatsFree,
      int seatsUsed,
      List<PlannedHouseholdResponse> households) {

    static PlanFlightResponse of(Plan p, Plan.PlannedFlight f, Flight flight) {
      return new PlanFlightResponse(
          f.flightId().value(),
          flight == null ? null : flight.details().flightNumber(),
          flight == null ? null : flight.details().date().toString(),
          flight == null ? null : flight.details().departure().toOffsetDateTime().toString(),
          flight == null ? null : flight.details().arrivalCountry(),
          flight == null ? null : flight.status().name(),
          f.seatsFree(),
          p.seatsUsed(f.flightId()),
          p.on(f.flightId()).stream().map(PlannedHouseholdResponse::of).toList());
    }
  }

  /** A household on a flight of the plan; {@code pinned} when a movement officer put it there. */
  record PlannedHouseholdResponse(
      String caseId,
      String caseNumber,
      int people,
      int seats,
      int unaccompaniedMinors,
      String value,
      boolean pinned) {

    static PlannedHouseholdResponse of(PlanEntry e) {
      return new PlannedHouseholdResponse(
          e.caseId().toString(),
          e.caseNumber(),
          e.people(),
          e.seats(),
          e.unaccompaniedMinors(),
          decimal(e.value()),
          e.pinned());
    }
  }

  /** A household the plan leaves out, and why. */
  record LeftOutResponse(
      String caseId, String caseNumber, int people, int seats, String value, String reason) {

    static LeftOutResponse of(PlanEntry e) {
      return new LeftOutResponse(
          e.caseId().toString(),
          e.caseNumber(),
          e.people(),
          e.seats(),
          decimal(e.value()),
          e.reason());
    }
  }

  static String decimal(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
