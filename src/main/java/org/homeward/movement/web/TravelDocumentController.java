package org.homeward.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.documents.TravelDocuments;
import org.homeward.movement.web.MovementJson.CollectionRequest;
import org.homeward.movement.web.MovementJson.DocumentRequest;
import org.homeward.movement.web.MovementJson.IssueRequest;
import org.homeward.movement.web.MovementJson.TravelDocumentResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement")
@Tag(
    name = TravelDocumentController.TAG,
    description =
        "Laissez-passer, emergency travel documents and passports obtained for the people going"
            + " home: requested, issued, collected")
class TravelDocumentController {

  static final String TAG = "Travel documents";

  private final TravelDocuments documents;
  private final Clock clock;

  TravelDocumentController(TravelDocuments documents, Clock clock) {
    this.documents = documents;
    this.clock = clock;
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/people/{personId}/travel-documents")
  @Operation(
      operationId = "listTravelDocuments",
      summary = "A person's travel documents",
      description =
          "The documents movement obtained or asked for the person, oldest request first, each"
              + " with its status (REQUESTED, ISSUED, COLLECTED) and whether it is valid today."
              + " The passports recorded among the person's identity documents are in the"
              + " registry's case (and in getCaseTravel).")
  List<TravelDocumentResponse> list(@PathVariable String personId, Actor actor) {
    LocalDate today = LocalDate.now(clock);
    return documents.ofPerson(MovementJson.personId(personId), actor).stream()
        .map(d -> TravelDocumentResponse.of(d, today))
        .toList();
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/people/{personId}/travel-documents")
  @Operation(
      operationId = "requestTravelDocument",
      summary = "Ask for a travel document for a person",
      description =
          "{\"type\":\"LAISSEZ_PASSER\",\"consulate\":\"CMR\",\"requestedOn\":\"2026-11-20\"}."
              + " A LAISSEZ_PASSER or EMERGENCY_TRAVEL_DOCUMENT is issued by the consulate of the"
              + " person's own country: `consulate` (ISO 3166-1 alpha-3) defaults to their"
              + " nationality and cannot be another; a PASSPORT may name one. `requestedOn`"
              + " defaults to today. A person has one request waiting at a time"
              + " (`travel-document-requested`). The request then appears on the consulate's"
              + " list (listConsulateRequests).")
  @ApiResponse(responseCode = "201", description = "Requested")
  ResponseEntity<TravelDocumentResponse> request(
      @PathVariable String personId, @RequestBody DocumentRequest request, Actor actor)
      throws ConflictException {
    TravelDocument d =
        documents.request(MovementJson.personId(personId), request.toRequest(), actor);
    return ResponseEntity.created(URI.create("/api/v1/movement/travel-documents/" + d.id()))
        .body(TravelDocumentResponse.of(d, LocalDate.now(clock)));
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/travel-documents/{id}")
  @Operation(
      operationId = "getTravelDocument",
      summary = "One travel document",
      description = "Its status, consulate, number and dates.")
  TravelDocumentResponse get(@PathVariable String id, Actor actor) {
    return TravelDocumentResponse.of(
        documents.get(MovementJson.documentId(id), actor), LocalDate.now(clock));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/travel-documents/{id}/issue")
  @Operation(
      operationId = "issueTravelDocument",
      summary = "Record the consulate's issue of a requested document",
      description =
          "{\"number\":\"LP-CMR-2026-0142\",\"issuedOn\":\"2026-11-27\",\"expiresOn\":"
              + "\"2027-02-27\"}: the document becomes ISSUED and counts as the person's travel"
              + " document from issuedOn to expiresOn (both days included). Only a REQUESTED"
              + " document is issued (`travel-document-status`).")
  TravelDocumentResponse issue(
      @PathVariable String id, @RequestBody IssueRequest request, Actor actor)
      throws ConflictException {
    return TravelDocumentResponse.of(
        documents.issue(MovementJson.documentId(id), request.toIssue(), actor),
        LocalDate.now(clock));
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/travel-documents/{id}/collection")
  @Operation(
      operationId = "collectTravelDocument",
      summary = "Record that the person collected the document issued",
      description =
          "{\"collectedOn\":\"2026-11-30\"} (today when left out): the document becomes"
              + " COLLECTED. Only an ISSUED document is collected (`travel-document-status`).")
  TravelDocumentResponse collect(
      @PathVariable String id, @RequestBody CollectionRequest request, Actor actor)
      throws ConflictException {
    return TravelDocumentResponse.of(
        documents.collect(
            MovementJson.documentId(id),
            new TravelDocuments.Collection(request.collectedOn()),
            actor),
        LocalDate.now(clock));
  }
}
