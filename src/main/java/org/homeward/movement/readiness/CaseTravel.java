package org.homeward.movement.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.documents.TravelDocumentStatus;
import org.homeward.movement.fitness.FitnessCheck;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.RegisteredPerson;

/**
 * The travel of one household as its reader may see it, on a day: each member's travel documents
 * (movement's, and the passports and laissez-passer recorded among their identity documents), their
 * fitness checks, and what each still lacks to travel.
 *
 * @param detailsShown the medical details of the checks are shown to this reader (and the read was
 *     audited)
 */
public record CaseTravel(
    CaseId caseId,
    String caseNumber,
    CaseStatus status,
    String destination,
    LocalDate on,
    List<Member> members,
    boolean detailsShown) {

  public CaseTravel {
    members = List.copyOf(members);
  }

  /** One member: who, their documents and checks (newest first), and their readiness. */
  public record Member(
      RegisteredPerson person,
      List<TravelDocument> documents,
      List<FitnessCheck> checks,
      MemberReadiness readiness) {

    public Member {
      documents = List.copyOf(documents);
      checks = List.copyOf(checks);
    }

    public String name() {
      return readiness.name();
    }

    /** The identity documents that can be travelled on: passports and laissez-passer. */
    public List<IdentityDocument> identityTravelDocuments() {
      return person.identity().documents().stream()
          .filter(d -> d.type() == DocumentType.PASSPORT || d.type() == DocumentType.LAISSEZ_PASSER)
          .toList();
    }

    /** The request waiting at a consulate, if any. */
    public Optional<TravelDocument> waiting() {
      return documents.stream().filter(TravelDocument::pending).findFirst();
    }

    /** The document issued and not yet collected, the latest if several. */
    public Optional<TravelDocument> uncollected() {
      return documents.stream()
          .filter(d -> d.status() == TravelDocumentStatus.ISSUED)
          .reduce((first, second) -> second);
    }

    public Optional<FitnessCheck> latestCheck() {
      return checks.stream().findFirst();
    }
  }

  /** Every member ready to travel on the day. */
  public boolean ready() {
    return members.stream().allMatch(m -> m.readiness().ready());
  }
}
