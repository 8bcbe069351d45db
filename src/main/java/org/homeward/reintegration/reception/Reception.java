package org.homeward.reintegration.reception;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.registry.CaseId;

/**
 * How a household was received on arrival: met and helped at the airport, taken on to its final
 * destination, given a place to stay for a few nights if it needed one.
 *
 * @param accommodationNights how many nights of temporary accommodation, when given any
 */
public record Reception(
    CaseId caseId,
    boolean airportAssistance,
    LocalDate metOn,
    String metBy,
    boolean onwardTransport,
    TransportMode transportMode,
    String finalDestination,
    LocalDate reachedOn,
    boolean accommodation,
    String accommodationPlace,
    LocalDate accommodationFrom,
    Integer accommodationNights,
    String notes,
    long version,
    Instant recordedAt,
    String recordedBy,
    Instant updatedAt,
    String updatedBy) {}
