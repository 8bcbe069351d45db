package org.homeward.movement.documents;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.homeward.movement.TravelDocumentType;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;

/**
 * A travel document movement obtains for a person: requested (of a consulate, for a laissez-passer
 * or an emergency travel document), then issued with its number and dates, then collected. A person
 * may have several over time; the one that counts on a day is one issued or collected and not
 * expired on that day ({@link #validOn}).
 *
 * @param consulate the country (ISO 3166-1 alpha-3) whose consulate issues it; required for a
 *     consular document, optional for a passport
 * @param sentOn the day the request went to the consulate on its list; {@code null} until then
 */
public record TravelDocument(
    UUID id,
    PersonId personId,
    CaseId caseId,
    TravelDocumentType type,
    TravelDocumentStatus status,
    String consulate,
    LocalDate requestedOn,
    LocalDate sentOn,
    String number,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate collectedOn) {

  public TravelDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(requestedOn, "requestedOn");
    if (type.consular() && consulate == null) {
      throw new IllegalArgumentException("a " + type + " is issued by a consulate");
    }
    if (status != TravelDocumentStatus.REQUESTED
        && (number == null || issuedOn == null || expiresOn == null)) {
      throw new IllegalArgumentException("an issued document has a number and its dates");
    }
  }

  /** A new request of {@code type} for {@code person}, made on {@code requestedOn}. */
  public static TravelDocument requested(
      PersonId person,
      CaseId caseId,
      TravelDocumentType type,
      String consulate,
      LocalDate requestedOn) {
    return new TravelDocument(
        UUID.randomUUID(),
        person,
        caseId,
        type,
        TravelDocumentStatus.REQUESTED,
        consulate,
        requestedOn,
        null,
        null,
        null,
        null,
        null);
  }

  /** The consulate issued the document requested. */
  public TravelDocument issue(String number, LocalDate issuedOn, LocalDate expiresOn) {
    require(TravelDocumentStatus.REQUESTED, "only a requested document can be issued");
    return new TravelDocument(
        id,
        personId,
        caseId,
        type,
        TravelDocumentStatus.ISSUED,
        consulate,
        requestedOn,
        sentOn,
        number,
        issuedOn,
        expiresOn,
        null);
  }

  /** The person collected the document issued. */
  public TravelDocument collect(LocalDate collectedOn) {
    require(TravelDocumentStatus.ISSUED, "only an issued document not yet collected is collected");
    return new TravelDocument(
        id,
        personId,
        caseId,
        type,
        TravelDocumentStatus.COLLECTED,
        consulate,
        requestedOn,
        sentOn,
        number,
        issuedOn,
        expiresOn,
        collectedOn);
  }

  /** The request went to the consulate on its list, on {@code day}. */
  public TravelDocument sent(LocalDate day) {
    require(TravelDocumentStatus.REQUESTED, "only a request not yet issued is sent");
    return new TravelDocument(
        id,
        personId,
        caseId,
        type,
        status,
        consulate,
        requestedOn,
        day,
        number,
        issuedOn,
        expiresOn,
        collectedOn);
  }

  public boolean pending() {
    return status == TravelDocumentStatus.REQUESTED;
  }

  /** Issued (or collected), issued on or before {@code day} and not expired on it. */
  public boolean validOn(LocalDate day) {
    return status != TravelDocumentStatus.REQUESTED
        && !day.isBefore(issuedOn)
        && !day.isAfter(expiresOn);
  }

  /** Issued but expired by {@code day}. */
  public boolean expiredOn(LocalDate day) {
    return status != TravelDocumentStatus.REQUESTED && day.isAfter(expiresOn);
  }

  /**
   * Whether it lets its holder enter {@code destination}: a consular document only the country of
   * the consulate that issued it; a passport any.
   */
  public boolean admitsTo(String destination) {
    return !type.consular() || consulate.equals(destination);
  }

  private void require(TravelDocumentStatus needed, String message) {
    if (status != needed) {
      throw new ConflictException(
          ProblemCode.TRAVEL_DOCUMENT_STATUS,
          message + "; this one is " + status,
          Map.of("status", status.name(), "needed", needed.name()));
    }
  }
}
