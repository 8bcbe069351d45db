package org.homeward.reintegration.queue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.homeward.registry.Vulnerability;
import org.homeward.reintegration.ReintegrationCase;
import org.homeward.reintegration.queue.Handover;
import org.homeward.reintegration.queue.Profile;
import org.homeward.reintegration.queue.QueueEntry;

/** The queue's and the handover's bodies in the API: never a stored row. */
final class QueueJson {

  private QueueJson() {}

  record OfficerRequest(String officer) {}

  record ProfileRequest(String skills, String education, String workExperience, String wishes) {}

  record CaseFileResponse(
      UUID caseId,
      String caseNumber,
      String hostMission,
      String originMission,
      String destinationCountry,
      Instant arrivedAt,
      LocalDate arrivedOn,
      String officer) {
    static CaseFileResponse of(ReintegrationCase c) {
      return new CaseFileResponse(
          c.caseId().value(),
          c.caseNumber(),
          c.hostMission(),
          c.originMission(),
          c.destinationCountry(),
          c.arrivedAt(),
          c.arrivedOn(),
          c.officer());
    }
  }

  record PlanStateResponse(long id, String type, String status) {}

  record QueueEntryResponse(
      CaseFileResponse file,
      String status,
      String principalName,
      int members,
      String finalDestination,
      Set<Vulnerability> vulnerabilities,
      String stage,
      boolean received,
      int assessed,
      List<PlanStateResponse> plans) {
    static QueueEntryResponse of(QueueEntry e) {
      Case h = e.household();
      return new QueueEntryResponse(
          CaseFileResponse.of(e.file()),
          h.status().name(),
          h.principal().fullName(),
          h.members().size(),
          h.finalDestination(),
          h.vulnerabilities(),
          e.stage().name(),
          e.received(),
          e.assessed(),
          e.plans().stream()
              .map(p -> new PlanStateResponse(p.id(), p.type().name(), p.status().name()))
              .toList());
    }
  }

  /**
   * A returnee as handed over: the open vulnerabilities only; {@code restricted} when something
   * sensitive was recorded and left out.
   */
  record MemberResponse(
      UUID personId,
      String relationship,
      String givenName,
      String familyName,
      String sex,
      LocalDate dateOfBirth,
      String nationality,
      List<String> languages,
      String phone,
      Set<Vulnerability> vulnerabilities,
      Set<Vulnerability> derivedVulnerabilities,
      Boolean restricted,
      ProfileResponse profile) {
    static MemberResponse of(Handover.Member m) {
      Person p = m.person();
      return new MemberResponse(
          p.id().value(),
          p.relationship().name(),
          p.givenName(),
          p.familyName(),
          p.sex() == null ? null : p.sex().name(),
          p.dateOfBirth(),
          p.nationality(),
          p.languages(),
          p.phone(),
          p.vulnerabilities(),
          p.derivedVulnerabilities(),
          m.restricted() ? Boolean.TRUE : null,
          ProfileResponse.of(m.profile()));
    }
  }

  record ProfileResponse(
      UUID personId,
      String skills,
      String education,
      String workExperience,
      String wishes,
      String recordedIn,
      String recordedBy,
      Instant recordedAt,
      long version) {
    static ProfileResponse of(Profile p) {
      return p == null
          ? null
          : new ProfileResponse(
              p.personId().value(),
              p.skills(),
              p.education(),
              p.workExperience(),
              p.wishes(),
              p.recordedIn(),
              p.recordedBy(),
              p.recordedAt(),
              p.version());
    }
  }

  record HandoverResponse(
      CaseFileResponse file, String status, String finalDestination, List<MemberResponse> members) {
    static HandoverResponse of(Handover h) {
      return new HandoverResponse(
          CaseFileResponse.of(h.file()),
          h.household().status().name(),
          h.household().finalDestination(),
          h.members().stream().map(MemberResponse::of).toList());
    }
  }
}
