package org.homeward.movement;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.registry.CaseId;

/**
 * A household was booked on a flight: its case moved from READY_FOR_DEPARTURE to BOOKED in the same
 * transaction.
 *
 * @param missionCode the mission that holds the case
 * @param people the members travelling, infants on a lap included
 * @param seats the seats the household takes: its members less the infants on a lap, plus one
 *     escort seat for each member who travels with a medical escort
 * @param flightDate the day the flight leaves, at the departure airport
 * @param actor who booked it (a movement officer, or the one who confirmed a plan)
 */
public record HouseholdBooked(
    FlightId flightId,
    CaseId caseId,
    String caseNumber,
    String missionCode,
    String destinationCountry,
    int people,
    int seats,
    LocalDate flightDate,
    String actor,
    Instant at) {}
