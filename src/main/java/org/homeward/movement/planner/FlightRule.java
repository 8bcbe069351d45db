package org.homeward.movement.planner;

import java.util.List;
import java.util.Optional;

/**
 * A hard rule between one household and one flight, regardless of who else flies: the named
 * policies the planner checks before it considers a flight for a household. Capacity shared with
 * other households is the planner's own concern; a household that cannot fit even alone is refused
 * here.
 */
public interface FlightRule {

  /** Why {@code household} may not take {@code flight}, or empty when this rule allows it. */
  Optional<String> refusal(PlanHousehold household, SeatNeed need, PlanFlight flight);

  /** The rules, in the order their refusals are told. */
  List<FlightRule> ALL =
      List.of(
          FlightRule::sameDestination,
          FlightRule::travelDocumentsValid,
          FlightRule::fitToTravel,
          FlightRule::fitsAlone);

  /** The flight goes to the household's destination country. */
  static Optional<String> sameDestination(
      PlanHousehold household, SeatNeed need, PlanFlight flight) {
    return household.destination().equals(flight.destination())
        ? Optional.empty()
        : Optional.of(
            "goes to " + flight.destination() + ", the household to " + household.destination());
  }

  /** Every member's travel document is valid on the flight date. */
  static Optional<String> travelDocumentsValid(
      PlanHousehold household, SeatNeed need, PlanFlight flight) {
    for (PlanMember member : household.members()) {
      if (member.travelDocValidUntil() == null) {
        return Optional.of("member " + member.id() + " has no valid travel document");
      }
      if (member.travelDocValidUntil().isBefore(flight.date())) {
        return Optional.of(
            "the travel document of member "
                + member.id()
                + " expires on "
                + member.travelDocValidUntil()
                + ", before the flight");
      }
    }
    return Optional.empty();
  }

  /** Every member is certified fit to travel on the flight date. */
  static Optional<String> fitToTravel(PlanHousehold household, SeatNeed need, PlanFlight flight) {
    for (PlanMember member : household.members()) {
      if (member.fitValidUntil() == null) {
        return Optional.of("member " + member.id() + " has no valid fit-to-travel certificate");
      }
      if (member.fitValidUntil().isBefore(flight.date())) {
        return Optional.of(
            "the fit-to-travel certificate of member "
                + member.id()
                + " expires on "
                + member.fitValidUntil()
                + ", before the flight");
      }
    }
    return Optional.empty();
  }

  /** The household's seats, escorts included, are no more than the flight's seats. */
  static Optional<String> fitsAlone(PlanHousehold household, SeatNeed need, PlanFlight flight) {
    return need.seatsAlone() <= flight.seats()
        ? Optional.empty()
        : Optional.of(
            "the household needs "
                + need.seatsAlone()
                + " seats with its escorts, the flight has "
                + flight.seats());
  }

  /** The first refusal of any rule, or empty when the household may take the flight alone. */
  static Optional<String> firstRefusal(PlanHousehold household, SeatNeed need, PlanFlight flight) {
    for (FlightRule rule : ALL) {
      Optional<String> refusal = rule.refusal(household, need, flight);
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }
}
