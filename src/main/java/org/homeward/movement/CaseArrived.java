package org.homeward.movement;

import java.time.Instant;
import org.homeward.registry.CaseId;

/**
 * The receiving mission confirmed that a household arrived in its country: the case moved from
 * DEPARTED to ARRIVED in the same transaction. Reintegration opens the case from here.
 *
 * @param missionCode the mission that held the case before departure
 * @param destinationCountry the country the household returned to
 * @param receivingMission the mission of whoever confirmed the arrival (e.g. {@code CMR})
 * @param actor who confirmed it
 * @param at when it arrived: the moment of the confirmation, or midday of the earlier day the
 *     receiving mission said the household arrived on
 */
public record CaseArrived(
    CaseId caseId,
    String caseNumber,
    String missionCode,
    String destinationCountry,
    FlightId flightId,
    String receivingMission,
    String actor,
    Instant at) {}
