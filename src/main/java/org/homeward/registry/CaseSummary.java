package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A case as a line of a list: enough to find it and see who comes first. */
public record CaseSummary(
    CaseId id,
    String caseNumber,
    String missionCode,
    CaseStatus status,
    Instant statusChangedAt,
    Priority priority,
    String principalName,
    String nationality,
    int memberCount,
    String destinationCountry,
    String registrationSite,
    LocalDate registrationDate,
    Set<Vulnerability> vulnerabilities) {}
