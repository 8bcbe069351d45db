package org.homeward.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.movement.documents.ConsulateRequests;
import org.homeward.movement.documents.TravelDocuments;
import org.homeward.movement.fitness.FitnessChecks;
import org.homeward.organisation.Actor;
import org.homeward.registry.PersonId;
import org.springframework.stereotype.Service;

/**
 * Recording travel documents and fitness checks from another module (the demo data, an import): the
 * same steps, rules, access checks and audit entries as the pages and the API, with typed values. A
 * refused rule throws as it would answer there ({@link org.homeward.shared.InvalidInputException},
 * {@link org.homeward.shared.ConflictException}).
 */
@Service
public class TravelRecords {

  private final TravelDocuments documents;
  private final ConsulateRequests consulates;
  private final FitnessChecks checks;

  TravelRecords(TravelDocuments documents, ConsulateRequests consulates, FitnessChecks checks) {
    this.documents = documents;
    this.consulates = consulates;
    this.checks = checks;
  }

  /**
   * Asks for a travel document for the person, of the consulate of {@code consulate} (ISO 3166-1
   * alpha-3; their nationality when null); returns the request's id.
   */
  public UUID requestDocument(
      PersonId person,
      TravelDocumentType type,
      String consulate,
      LocalDate requestedOn,
      Actor actor) {
    return documents
        .request(
            person,
            new TravelDocuments.Request(type.name(), consulate, requestedOn.toString()),
            actor)
        .id();
  }

  /** The requests went to the consulate of {@code consulate} on {@code sentOn}: a disclosure. */
  public void requestsSent(String consulate, List<UUID> requests, LocalDate sentOn, Actor actor) {
    consulates.markSent(
        consulate, requests.stream().map(UUID::toString).toList(), sentOn.toString(), actor);
  }

  /** The consulate issued the requested document. */
  public void documentIssued(
      UUID document, String number, LocalDate issuedOn, LocalDate expiresOn, Actor actor) {
    documents.issue(
        document,
        new TravelDocuments.Issue(number, issuedOn.toString(), expiresOn.toString()),
        actor);
  }

  /** The person collected the issued document. */
  public void documentCollected(UUID document, LocalDate collectedOn, Actor actor) {
    documents.collect(document, new TravelDocuments.Collection(collectedOn.toString()), actor);
  }

  /**
   * A fit-to-travel check of the person, its medical details (which may be null) sealed; returns
   * whether it deferred the case (an UNFIT outcome).
   */
  public boolean fitnessChecked(
      PersonId person,
      LocalDate checkedOn,
      FitnessOutcome outcome,
      LocalDate validUntil,
      String details,
      Actor actor) {
    return checks
        .record(
            person,
            new FitnessChecks.Check(
                checkedOn.toString(),
                outcome.name(),
                validUntil == null ? null : validUntil.toString(),
                details),
            actor)
        .deferred();
  }
}
