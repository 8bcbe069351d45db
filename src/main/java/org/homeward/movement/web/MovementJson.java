package org.homeward.movement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.FitnessToTravel;
import org.homeward.movement.PersonReadiness;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.ValidTravelDocument;
import org.homeward.movement.documents.ConsulateRequests;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.documents.TravelDocumentStatus;
import org.homeward.movement.documents.TravelDocuments;
import org.homeward.movement.fitness.FitnessCheck;
import org.homeward.movement.fitness.FitnessChecks;
import org.homeward.movement.readiness.CaseTravel;
import org.homeward.movement.readiness.Lack;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonId;
import org.homeward.shared.NotFoundException;

/** The request and response bodies of the movement API: never a stored row. */
final class MovementJson {

  private MovementJson() {}

  /** A request for a travel document: its type, the consulate (by country), the day. */
  record DocumentRequest(String type, String consulate, String requestedOn) {
    TravelDocuments.Request toRequest() {
      return new TravelDocuments.Request(type, consulate, requestedOn);
    }
  }

  /** The consulate's issue of a requested document. */
  record IssueRequest(String number, String issuedOn, String expiresOn) {
    TravelDocuments.Issue toIssue() {
      return new TravelDocuments.Issue(number, issuedOn, expiresOn);
    }
  }

  /** The person's collection of the document issued; today when no day is sent. */
  record CollectionRequest(String collectedOn) {}

  /** The requests that went to a consulate, and the day; today when no day is sent. */
  record SendingRequest(List<String> documentIds, String sentOn) {}

  /** A fitness check as recorded by the medical officer. */
  record FitnessRequest(String checkedOn, String outcome, String validUntil, String details) {
    FitnessChecks.Check toCheck() {
      return new FitnessChecks.Check(checkedOn, outcome, validUntil, details);
    }
  }

  record TravelDocumentResponse(
      UUID id,
      UUID personId,
      UUID caseId,
      TravelDocumentType type,
      TravelDocumentStatus status,
      String consulate,
      LocalDate requestedOn,
      LocalDate sentOn,
      String number,
      LocalDate issuedOn,
      LocalDate expiresOn,
      LocalDate collectedOn,
      boolean validToday) {

    static TravelDocumentResponse of(TravelDocument d, LocalDate today) {
      return new TravelDocumentResponse(
          d.id(),
          d.personId().value(),
          d.caseId().value(),
          d.type(),
          d.status(),
          d.consulate(),
          d.requestedOn(),
          d.sentOn(),
          d.number(),
          d.issuedOn(),
          d.expiresOn(),
          d.collectedOn(),
          d.validOn(today));
    }
  }

  /** A passport or laissez-passer among the person's identity documents in the registry. */
  record IdentityDocumentResponse(
      DocumentType type, String number, String issuingCountry, LocalDate expiresOn) {
    static IdentityDocumentResponse of(IdentityDocument d) {
      return new IdentityDocumentResponse(d.type(), d.number(), d.issuingCountry(), d.expiresOn());
    }
  }

  record ValidDocumentResponse(
      TravelDocumentType type, String number, LocalDate expiresOn, boolean recordedAtRegistration) {
    static ValidDocumentResponse of(ValidTravelDocument d) {
      return d == null
          ? null
          : new ValidDocumentResponse(
              d.type(), d.number(), d.expiresOn(), d.recordedAtRegistration());
    }
  }

  /**
   * A fitness check; {@code details} only for a reader with a need to know them, and {@code
   * restricted} when details were recorded but are not shown.
   */
  record FitnessCheckResponse(
      UUID id,
      UUID personId,
      LocalDate checkedOn,
      FitnessOutcome outcome,
      LocalDate validUntil,
      boolean medicalEscort,
      String details,
      boolean restricted,
      String recordedBy,
      Instant recordedAt) {

    static FitnessCheckResponse of(FitnessCheck c) {
      return c == null
          ? null
          : new FitnessCheckResponse(
              c.id(),
              c.personId().value(),
              c.checkedOn(),
              c.outcome(),
              c.validUntil(),
              c.outcome().needsMedicalEscort(),
              c.details(),
              c.detailsWithheld(),
              c.recordedBy(),
              c.recordedAt());
    }
  }

  /** A recorded check and what it did to the case (an UNFIT outcome defers it). */
  record RecordedCheckResponse(
      FitnessCheckResponse check, boolean caseDeferred, String caseStatus) {
    static RecordedCheckResponse of(FitnessChecks.Recorded r) {
      return new RecordedCheckResponse(
          FitnessCheckResponse.of(r.check()), r.deferred(), r.caseStatus().name());
    }
  }

  record LackResponse(Lack.Kind kind, String code, String reason) {
    static LackResponse of(Lack l) {
      return new LackResponse(l.kind(), l.code(), l.reason());
    }
  }

  record MemberTravelResponse(
      UUID personId,
      String name,
      String nationality,
      List<TravelDocumentResponse> travelDocuments,
      List<IdentityDocumentResponse> identityDocuments,
      ValidDocumentResponse validDocument,
      FitnessCheckResponse fitness,
      boolean medicalEscort,
      boolean ready,
      List<LackResponse> lacks) {

    static MemberTravelResponse of(CaseTravel.Member m, LocalDate today) {
      return new MemberTravelResponse(
          m.person().personId().value(),
          m.name(),
          m.person().identity().nationality(),
          m.documents().stream().map(d -> TravelDocumentResponse.of(d, today)).toList(),
          m.identityTravelDocuments().stream().map(IdentityDocumentResponse::of).toList(),
          ValidDocumentResponse.of(m.readiness().readiness().document()),
          FitnessCheckResponse.of(m.latestCheck().orElse(null)),
          m.readiness().readiness().needsMedicalEscort(),
          m.readiness().ready(),
          m.readiness().lacks().stream().map(LackResponse::of).toList());
    }
  }

  record CaseTravelResponse(
      UUID caseId,
      String caseNumber,
      String status,
      String destinationCountry,
      LocalDate on,
      boolean ready,
      List<MemberTravelResponse> members) {

    static CaseTravelResponse of(CaseTravel t) {
      return new CaseTravelResponse(
          t.caseId().value(),
          t.caseNumber(),
          t.status().name(),
          t.destination(),
          t.on(),
          t.ready(),
          t.members().stream().map(m -> MemberTravelResponse.of(m, t.on())).toList());
    }
  }

  record FitnessResponse(FitnessOutcome outcome, LocalDate checkedOn, LocalDate validUntil) {
    static FitnessResponse of(FitnessToTravel f) {
      return f == null ? null : new FitnessResponse(f.outcome(), f.checkedOn(), f.validUntil());
    }
  }

  record ReadinessResponse(
      UUID personId,
      LocalDate on,
      boolean documented,
      ValidDocumentResponse travelDocument,
      boolean fit,
      FitnessResponse fitness,
      boolean medicalEscort) {
    static ReadinessResponse of(PersonReadiness r) {
      return new ReadinessResponse(
          r.personId().value(),
          r.on(),
          r.documented(),
          ValidDocumentResponse.of(r.document()),
          r.fit(),
          FitnessResponse.of(r.fitness()),
          r.needsMedicalEscort());
    }
  }

  /** A consulate with requests waiting: how many, and how many are not yet sent. */
  record ConsulateResponse(String country, int waiting, int unsent) {
    static ConsulateResponse of(ConsulateRequests.Consulate c) {
      return new ConsulateResponse(c.country(), c.lines().size(), c.unsent().size());
    }
  }

  /** One person on a consulate's list. */
  record RequestLineResponse(
      UUID documentId,
      TravelDocumentType type,
      LocalDate requestedOn,
      LocalDate sentOn,
      UUID personId,
      UUID caseId,
      String caseNumber,
      String familyName,
      String givenName,
      String sex,
      LocalDate dateOfBirth,
      boolean dobEstimated,
      String placeOfBirth,
      String nationality) {

    static RequestLineResponse of(ConsulateRequests.Line l) {
      var who = l.person().identity();
      return new RequestLineResponse(
          l.document().id(),
          l.document().type(),
          l.document().requestedOn(),
          l.document().sentOn(),
          l.person().personId().value(),
          l.person().caseId().value(),
          l.person().caseNumber(),
          who.familyName(),
          who.givenName(),
          who.sex() == null ? null : who.sex().name(),
          who.dateOfBirth(),
          who.dobEstimated(),
          who.placeOfBirth(),
          who.nationality());
    }
  }

  record ConsulateListResponse(String country, List<RequestLineResponse> requests) {
    static ConsulateListResponse of(ConsulateRequests.Consulate c) {
      return new ConsulateListResponse(
          c.country(), c.lines().stream().map(RequestLineResponse::of).toList());
    }
  }

  /** What a sending recorded: to whom, on which day, and the requests marked sent. */
  record SendingResponse(
      String recipient, LocalDate sentOn, List<String> data, List<UUID> documentIds) {}

  static PersonId personId(String id) {
    try {
      return new PersonId(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("person", id);
    }
  }

  static UUID documentId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("travel document", id);
    }
  }
}
