package org.homeward.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.CaseSummary;

/** A case as a line of a list. */
record CaseSummaryResponse(
    String id,
    String caseNumber,
    String missionCode,
    String status,
    Instant statusChangedAt,
    int priority,
    String priorityLevel,
    String principalName,
    String nationality,
    int memberCount,
    String destinationCountry,
    String registrationSite,
    LocalDate registrationDate,
    List<String> vulnerabilities) {

  static CaseSummaryResponse of(CaseSummary s) {
    return new CaseSummaryResponse(
        s.id().toString(),
        s.caseNumber(),
        s.missionCode(),
        s.status().name(),
        s.statusChangedAt(),
        s.priority().score(),
        s.priority().level().name(),
        s.principalName(),
        s.nationality(),
        s.memberCount(),
        s.destinationCountry(),
        s.registrationSite(),
        s.registrationDate(),
        s.vulnerabilities().stream().map(Enum::name).toList());
  }
}
