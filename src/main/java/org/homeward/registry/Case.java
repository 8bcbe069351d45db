package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The application for return of one household: its principal applicant and members, where they go,
 * the mission that holds it, its status, consent and priority.
 *
 * @param caseNumber human-readable and unique, e.g. {@code MAR-2012-000042}
 * @param consent {@code null} until the migrant has declared it
 * @param version incremented by every change; a client sends it back in {@code If-Match}
 */
public record Case(
    CaseId id,
    String caseNumber,
    String missionCode,
    CaseStatus status,
    Instant statusChangedAt,
    String destinationCountry,
    String finalDestination,
    String registrationSite,
    LocalDate registrationDate,
    List<Person> members,
    Consent consent,
    Priority priority,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt) {

  public Case {
    members = List.copyOf(members);
  }

  public Person principal() {
    return members.stream()
        .filter(m -> m.relationship() == Relationship.PRINCIPAL)
        .findFirst()
        .orElse(members.getFirst());
  }

  /** The states this case may move to next. */
  public Set<CaseStatus> allowedTransitions() {
    return status.next();
  }

  /** Every vulnerability of every member, recorded or derived. */
  public Set<Vulnerability> vulnerabilities() {
    EnumSet<Vulnerability> all = EnumSet.noneOf(Vulnerability.class);
    members.forEach(m -> all.addAll(m.allVulnerabilities()));
    return all;
  }

  public boolean hasValidConsent() {
    return consent != null && consent.isValid();
  }
}
