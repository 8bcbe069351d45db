package org.homeward.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.CaseId;

/**
 * A flight left with its boarded households: each of their cases moved to DEPARTED, and their seat
 * costs and pocket money were recorded in funding's ledger, all in the transaction that marked the
 * flight departed. Households that did not show are not in it: they went back to the pool before.
 *
 * @param missionCode the mission that holds the flight
 * @param arrivalCountry the country of return, whose mission receives the households
 * @param cases the cases that departed, in booking order
 * @param passengers the people on board, infants on a lap included
 * @param departedOn the day it left, at the departure airport (the day the costs are dated)
 * @param actor who marked it departed
 */
public record FlightDeparted(
    FlightId flightId,
    String missionCode,
    String arrivalCountry,
    List<CaseId> cases,
    int passengers,
    LocalDate departedOn,
    String actor,
    Instant at) {

  public FlightDeparted {
    cases = List.copyOf(cases);
  }
}
