package org.homeward.movement.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.internal.Fields;
import org.homeward.movement.internal.People;
import org.homeward.movement.internal.TravelDocumentRows;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's travel documents through their life: requested, issued, collected. Each step is
 * audited on the person's case, in the step's transaction. Reading needs {@link
 * Permission#MOVEMENT_READ} on the person's case; each step {@link Permission#MOVEMENT_MANAGE} and
 * leave to change it.
 */
@Service
public class TravelDocuments {

  static final int NUMBER_LENGTH = 40;

  /** A request as typed: every field raw, so that all mistakes are reported together. */
  public record Request(String type, String consulate, String requestedOn) {}

  /** The consulate's issue of a requested document, as typed. */
  public record Issue(String number, String issuedOn, String expiresOn) {}

  /** The person's collection of an issued document, as typed. */
  public record Collection(String collectedOn) {}

  private final TravelDocumentRows rows;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  TravelDocuments(TravelDocumentRows rows, People people, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's documents in movement, oldest request first. */
  @Transactional(readOnly = true)
  public List<TravelDocument> ofPerson(PersonId person, Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    people.readable(person, actor);
    return rows.ofPeople(List.of(person));
  }

  /** One document, if the actor may open the case of the person it is for. */
  @Transactional(readOnly = true)
  public TravelDocument get(UUID id, Actor actor) {
    actor.require(Permission.MOVEMENT_READ);
    TravelDocument d = rows.find(id).orElseThrow(() -> notFound(id));
    people.readable(d.personId(), actor);
    return d;
  }

  /**
   * Asks for a document for the person: a laissez-passer or emergency travel document of the
   * consulate of their country (their nationality when no consulate is named), or a passport. A
   * person has one request waiting at a time.
   *
   * @throws ConflictException {@code travel-document-requested} when one is already waiting
   */
  @Transactional
  public TravelDocument request(PersonId person, Request request, Actor actor) {
    actor.require(Permission.MOVEMENT_MANAGE);
    RegisteredPerson p = people.changeable(person, actor);
    LocalDate today = LocalDate.now(clock);
    String nationality = p.identity().nationality();
    Violations v = new Violations();
    TravelDocumentType type = Fields.choice(v, "type", request.type(), TravelDocumentType.class);
    String consulate = Fields.optionalCountry(v, "consulate", request.consulate());
    if (consulate == null && Fields.blank(request.consulate()) && type != null && type.consular()) {
      if (org.homeward.shared.CountryCode.isValid(nationality)) {
        consulate = nationality;
      } else {
        v.add(
            "consulate",
            "required",
            "say which country's consulate issues it: the person's nationality is not known");
      }
    }
    if (consulate != null
        && type != null
        && type.consular()
        && org.homeward.shared.CountryCode.isValid(nationality)
        && !consulate.equals(nationality)) {
      v.add(
          "consulate",
          "inconsistent",
          "a "
              + type
              + " is issued by the consulate of the person's own country, "
              + nationality
              + ", not of "
              + consulate);
    }
    LocalDate requestedOn =
        Fields.blank(request.requestedOn())
            ? today
            : Fields.optionalDate(v, "requestedOn", request.requestedOn(), today, false);
    v.throwIfAny();
    rows.ofPeople(List.of(person)).stream()
        .filter(TravelDocument::pending)
        .findFirst()
        .ifPresent(waiting -> {
          throw stillWaiting(waiting);
        });
    TravelDocument requested =
        TravelDocument.requested(person, p.caseId(), type, consulate, requestedOn);
    try {
      rows.insert(requested, actor.username(), clock.instant());
    } catch (DuplicateKeyException e) {
      // another request for the person was recorded meanwhile
      throw new ConflictException(
          ProblemCode.TRAVEL_DOCUMENT_REQUESTED,
          "another request for this person was just recorded",
          Map.of());
    }
    audit(
        actor,
        p,
        "movement.document-requested",
        List.of(),
        Map.of(
            "personId", person.toString(),
            "documentId", requested.id().toString(),
            "type", type.name(),
            "consulate", consulate == null ? "" : consulate,
            "requestedOn", requestedOn.toString()));
    return requested;
  }

  /**
   * Records the consulate's issue of a requested document: its number, the day it was issued and
   * the last day it is valid.
   *
   * @throws ConflictException {@code travel-document-status} when the document is not requested
   */
  @Transactional
  public TravelDocument issue(UUID id, Issue issue, Actor actor) throws ConflictException {
    actor.require(Permission.MOVEMENT_MANAGE);
    TravelDocument d = rows.findForUpdate(id).orElseThrow(() -> notFound(id));
    RegisteredPerson p = people.changeable(d.personId(), actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    String number = Fields.text(v, "number", issue.number(), NUMBER_LENGTH);
    LocalDate issuedOn = Fields.date(v, "issuedOn", issue.issuedOn(), today, false);
    LocalDate expiresOn = Fields.date(v, "expiresOn", issue.expiresOn(), today, true);
    if (issuedOn != null && issuedOn.isBefore(d.requestedOn())) {
      v.add(
          "issuedOn",
          "out-of-range",
          "issued on or after the day it was requested, " + d.requestedOn());
    }
    if (issuedOn != null && expiresOn != null && !expiresOn.isAfter(issuedOn)) {
      v.add("expiresOn", "out-of-range", "expires after the day it was issued, " + issuedOn);
    }
    v.throwIfAny();
    TravelDocument issued = d.issue(number, issuedOn, expiresOn);
    rows.update(issued, actor.username(), clock.instant());
    audit(
        actor,
        p,
        "movement.document-issued",
        List.of(
            new FieldChange("travelDocuments[" + id + "].status", d.status().name(), "ISSUED"),
            new FieldChange("travelDocuments[" + id + "].number", null, number),
            new FieldChange("travelDocuments[" + id + "].expiresOn", null, expiresOn.toString())),
        Map.of(
            "personId",
            d.personId().toString(),
            "documentId",
            id.toString(),
            "type",
            d.type().name()));
    return issued;
  }

  /**
   * Records that the person collected the issued document.
   *
   * @throws ConflictException {@code travel-document-status} when it is not issued, or collected
   *     already
   */
  @Transactional
  public TravelDocument collect(UUID id, Collection collection, Actor actor)
      throws ConflictException {
    actor.require(Permission.MOVEMENT_MANAGE);
    TravelDocument d = rows.findForUpdate(id).orElseThrow(() -> notFound(id));
    RegisteredPerson p = people.changeable(d.personId(), actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    LocalDate collectedOn =
        Fields.blank(collection.collectedOn())
            ? today
            : Fields.optionalDate(v, "collectedOn", collection.collectedOn(), today, false);
    if (collectedOn != null && d.issuedOn() != null && collectedOn.isBefore(d.issuedOn())) {
      v.add("collectedOn", "out-of-range", "collected on or after it was issued, " + d.issuedOn());
    }
    v.throwIfAny();
    TravelDocument collected = d.collect(collectedOn);
    rows.update(collected, actor.username(), clock.instant());
    audit(
        actor,
        p,
        "movement.document-collected",
        List.of(
            new FieldChange("travelDocuments[" + id + "].status", d.status().name(), "COLLECTED")),
        Map.of(
            "personId", d.personId().toString(),
            "documentId", id.toString(),
            "collectedOn", collectedOn.toString()));
    return collected;
  }

  private void audit(
      Actor actor,
      RegisteredPerson p,
      String action,
      List<FieldChange> changes,
      Map<String, Object> details) {
    CaseId caseId = p.caseId();
    audit.record(
        AuditRecord.of(actor.username(), action, "case", caseId.toString())
            .inMission(p.holding().missionCode())
            .withChanges(changes)
            .withDetails(details));
  }

  private static ConflictException stillWaiting(TravelDocument waiting) {
    return new ConflictException(
        ProblemCode.TRAVEL_DOCUMENT_REQUESTED,
        "a "
            + waiting.type()
            + " requested on "
            + waiting.requestedOn()
            + " is still waiting for this person: record its issue first",
        Map.of("documentId", waiting.id().toString()));
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("travel document", id);
  }
}
