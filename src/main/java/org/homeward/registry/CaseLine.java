package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A case as a line of an export: what its list shows, and the household counted by sex and age.
 * Children are under 18 on the day of the export; a member whose sex or date of birth is not known
 * counts in {@code members} only.
 *
 * @param protectionNeeds the medical and protection categories of its members, only for a reader
 *     with a need to know them on this case; empty for anyone else
 */
public record CaseLine(
    String caseNumber,
    String missionCode,
    CaseStatus status,
    Instant statusChangedAt,
    PriorityLevel priority,
    String principalName,
    String nationality,
    int members,
    int girls,
    int boys,
    int women,
    int men,
    String destinationCountry,
    String finalDestination,
    String registrationSite,
    LocalDate registrationDate,
    Set<Vulnerability> vulnerabilities,
    Set<Vulnerability> protectionNeeds) {

  public CaseLine {
    vulnerabilities = Set.copyOf(vulnerabilities);
    protectionNeeds = Set.copyOf(protectionNeeds);
  }
}
