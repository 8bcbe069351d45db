package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homeward.organisation.Holding;

/**
 * The application for return of one household: its principal applicant and members, where they go,
 * the mission that holds it, its status, consent and priority.
 *
 * @param caseNumber human-readable and unique, e.g. {@code MAR-2012-000042}
 * @param consent {@code null} until the migrant has declared it
 * @param version incremented by every change; a client sends it back in {@code If-Match}
 * @param handedOver the household has departed: the mission in the destination country takes over
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
    Instant updatedAt,
    boolean handedOver) {

  public Case {
    members = List.copyOf(members);
  }

  /**
   * A household just registered by {@code by} at {@code at}: the first version, held by its
   * mission.
   */
  public static Case registered(
      CaseId id,
      String caseNumber,
      String missionCode,
      String destinationCountry,
      String finalDestination,
      String registrationSite,
      LocalDate registrationDate,
      List<Person> members,
      Consent consent,
      Priority priority,
      String by,
      Instant at) {
    return new Case(
        id,
        caseNumber,
        missionCode,
        CaseStatus.REGISTERED,
        at,
        destinationCountry,
        finalDestination,
        registrationSite,
        registrationDate,
        members,
        consent,
        priority,
        1,
        at,
        by,
        at,
        false);
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

  /** What the access rules need to know of this case. */
  public Holding holding() {
    return new Holding(missionCode, destinationCountry, handedOver);
  }

  public boolean hasSensitiveData() {
    return members.stream().anyMatch(Person::hasSensitiveData);
  }

  /** This case as seen by someone with no need to know its members' sensitive data. */
  public Case withoutSensitiveData() {
    return new Case(
        id,
        caseNumber,
        missionCode,
        status,
        statusChangedAt,
        destinationCountry,
        finalDestination,
        registrationSite,
        registrationDate,
        members.stream().map(Person::withoutSensitiveData).toList(),
        consent,
        priority,
        version,
        createdAt,
        createdBy,
        updatedAt,
        handedOver);
  }

  /**
   * This case moved to {@code to} at {@code at}: a new version; departing hands it over to the
   * mission of its destination country, for good. A withdrawal also withdraws the consent, with the
   * reason.
   */
  public Case transitionTo(CaseStatus to, Instant at, String reason) {
    Consent after =
        to == CaseStatus.WITHDRAWN && consent != null ? consent.withdrawn(at, reason) : consent;
    return new Case(
        id,
        caseNumber,
        missionCode,
        to,
        at,
        destinationCountry,
        finalDestination,
        registrationSite,
        registrationDate,
        members,
        after,
        priority,
        version + 1,
        createdAt,
        createdBy,
        at,
        handedOver || to == CaseStatus.DEPARTED);
  }

  /**
   * This case with its editable details changed (where the household goes, where and when it was
   * registered, its members and the priority they give it): a new version, at {@code at}.
   */
  public Case withDetails(
      String destinationCountry,
      String finalDestination,
      String registrationSite,
      LocalDate registrationDate,
      List<Person> members,
      Priority priority,
      Instant at) {
    return new Case(
        id,
        caseNumber,
        missionCode,
        status,
        statusChangedAt,
        destinationCountry,
        finalDestination,
        registrationSite,
        registrationDate,
        members,
        consent,
        priority,
        version + 1,
        createdAt,
        createdBy,
        at,
        handedOver);
  }

  /** This case with {@code members} in place of its own, all else kept: a new version. */
  public Case withMembers(List<Person> members, Instant at) {
    return withDetails(
        destinationCountry,
        finalDestination,
        registrationSite,
        registrationDate,
        members,
        priority,
        at);
  }

  /** This case with {@code recorded} as its consent: a new version. */
  public Case withConsent(Consent recorded, Instant at) {
    return new Case(
        id,
        caseNumber,
        missionCode,
        status,
        statusChangedAt,
        destinationCountry,
        finalDestination,
        registrationSite,
        registrationDate,
        members,
        recorded,
        priority,
        version + 1,
        createdAt,
        createdBy,
        at,
        handedOver);
  }

  /**
   * What placing this household on a flight is worth to the planner: its priority's {@link
   * Priority#weight() weight} × its number of people, exactly. Six people of a standard household
   * are worth 6, an unaccompanied child alone 10.
   */
  public java.math.BigDecimal planningValue() {
    return priority.weight().multiply(java.math.BigDecimal.valueOf(members.size()));
  }

  public boolean hasValidConsent() {
    return consent != null && consent.isValid();
  }
}
