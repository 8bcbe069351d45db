package org.homeward.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.Case;
import org.homeward.registry.Consent;
import org.homeward.registry.Person;

/** A case as the API shows it. */
record CaseResponse(
    String id,
    String caseNumber,
    String missionCode,
    String status,
    Instant statusChangedAt,
    List<String> allowedTransitions,
    int priority,
    String priorityLevel,
    String destinationCountry,
    String finalDestination,
    String registrationSite,
    LocalDate registrationDate,
    ConsentResponse consent,
    List<MemberResponse> members,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt) {

  record ConsentResponse(
      LocalDate declaredOn,
      String counsellor,
      String language,
      boolean signed,
      String recordedBy,
      Instant withdrawnAt,
      String withdrawalReason) {

    static ConsentResponse of(Consent c) {
      return c == null
          ? null
          : new ConsentResponse(
              c.declaredOn(),
              c.counsellor(),
              c.language(),
              c.signed(),
              c.recordedBy(),
              c.withdrawnAt(),
              c.withdrawalReason());
    }
  }

  record MemberResponse(
      String id,
      String relationship,
      String givenName,
      String familyName,
      List<String> otherNames,
      String sex,
      LocalDate dateOfBirth,
      boolean dobEstimated,
      Integer age,
      String nationality,
      String placeOfBirth,
      List<String> languages,
      String phone,
      String currentCity,
      List<DocumentResponse> documents,
      List<String> vulnerabilities,
      List<String> derivedVulnerabilities,
      String vulnerabilityNotes,
      Boolean restricted) {

    static MemberResponse of(Person p, LocalDate today) {
      return new MemberResponse(
          p.id().toString(),
          p.relationship().name(),
          p.givenName(),
          p.familyName(),
          p.otherNames(),
          p.sex() == null ? null : p.sex().name(),
          p.dateOfBirth(),
          p.dobEstimated(),
          p.ageOn(today),
          p.nationality(),
          p.placeOfBirth(),
          p.languages(),
          p.phone(),
          p.currentCity(),
          p.documents().stream()
              .map(d ->
                  new DocumentResponse(
                      d.type().name(), d.number(), d.issuingCountry(), d.expiresOn()))
              .toList(),
          p.allVulnerabilities().stream().map(Enum::name).toList(),
          p.derivedVulnerabilities().stream().map(Enum::name).sorted().toList(),
          p.vulnerabilityNotes(),
          // present only when medical or protection details were withheld from this reader
          p.sensitiveWithheld() ? Boolean.TRUE : null);
    }
  }

  record DocumentResponse(String type, String number, String issuingCountry, LocalDate expiresOn) {}

  static CaseResponse of(Case c, LocalDate today) {
    return new CaseResponse(
        c.id().toString(),
        c.caseNumber(),
        c.missionCode(),
        c.status().name(),
        c.statusChangedAt(),
        c.allowedTransitions().stream().map(Enum::name).toList(),
        c.priority().score(),
        c.priority().level().name(),
        c.destinationCountry(),
        c.finalDestination(),
        c.registrationSite(),
        c.registrationDate(),
        ConsentResponse.of(c.consent()),
        c.members().stream().map(m -> MemberResponse.of(m, today)).toList(),
        c.version(),
        c.createdAt(),
        c.createdBy(),
        c.updatedAt());
  }
}
