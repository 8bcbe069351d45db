package org.homeward.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.homeward.movement.documents.ConsulateListPdf;
import org.homeward.movement.documents.ConsulateRequests;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.web.MovementJson.ConsulateListResponse;
import org.homeward.movement.web.MovementJson.ConsulateResponse;
import org.homeward.movement.web.MovementJson.SendingRequest;
import org.homeward.movement.web.MovementJson.SendingResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement/consulates")
@Tag(
    name = "Consulates",
    description =
        "The lists of travel documents requested of each consulate, as JSON, CSV or PDF, and"
            + " their sending, recorded as a disclosure")
class ConsulateController {

  private final ConsulateRequests requests;
  private final ConsulateFiles files;

  ConsulateController(ConsulateRequests requests, ConsulateFiles files) {
    this.requests = requests;
    this.files = files;
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping
  @Operation(
      operationId = "listConsulates",
      summary = "The consulates with requests waiting",
      description =
          "Each consulate (by its country, ISO 3166-1 alpha-3) where a laissez-passer or"
              + " emergency travel document of one of your cases is requested and not yet"
              + " issued: how many are waiting, and how many of those are not yet sent.")
  List<ConsulateResponse> consulates(Actor actor) {
    return requests.all(actor).stream().map(ConsulateResponse::of).toList();
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/{country}/requests")
  @Operation(
      operationId = "listConsulateRequests",
      summary = "The requests waiting at one consulate",
      description =
          "The people of your cases whose laissez-passer or emergency travel document is"
              + " requested of the consulate of `country` and not yet issued, oldest request"
              + " first, with what the consulate is told of them and the day each was sent"
              + " (none yet when missing).")
  ConsulateListResponse list(@PathVariable String country, Actor actor) {
    return ConsulateListResponse.of(requests.of(country, actor));
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping(path = "/{country}/requests.csv", produces = "text/csv")
  @Operation(
      operationId = "getConsulateRequestsCsv",
      summary = "The requests waiting at one consulate, as CSV",
      description =
          "RFC 4180, UTF-8, one row per request as listConsulateRequests gives them: "
              + "family_name, given_name, sex, date_of_birth, date_of_birth_estimated,"
              + " place_of_birth, nationality, document_type, consulate, requested_on, sent_on,"
              + " case_number, person_id, request_id. The download is audited"
              + " (`movement.consulate-list-exported`); it is not a sending: say what went to"
              + " the consulate with markConsulateRequestsSent.")
  @ApiResponse(
      responseCode = "200",
      description = "The list",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<byte[]> csv(@PathVariable String country, Actor actor) {
    return files.csv(country, actor);
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping(path = "/{country}/requests.pdf", produces = ConsulateListPdf.MEDIA_TYPE)
  @Operation(
      operationId = "getConsulateRequestsPdf",
      summary = "The requests waiting at one consulate, as a printable PDF",
      description =
          "The same list, printable (A4 landscape), in `lang` (fr, en or ar; else"
              + " Accept-Language; else fr), names in Arabic script shaped. The download is"
              + " audited; it is not a sending.")
  @ApiResponse(
      responseCode = "200",
      description = "The list",
      content =
          @Content(
              mediaType = ConsulateListPdf.MEDIA_TYPE,
              schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<byte[]> pdf(
      @PathVariable String country,
      @Parameter(description = "fr, en or ar; else Accept-Language") @RequestParam(required = false)
          String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      Actor actor) {
    if (lang != null && !ConsulateFiles.LANGUAGES.contains(lang.trim())) {
      throw InvalidInputException.of("lang", "unknown-value", "fr, en or ar, not " + lang.trim());
    }
    return files.pdf(country, ConsulateFiles.reader(lang, acceptLanguage), actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/{country}/sendings")
  @Operation(
      operationId = "markConsulateRequestsSent",
      summary = "Record that requests went to the consulate",
      description =
          "{\"documentIds\":[\"…\"],\"sentOn\":\"2026-11-30\"} (sentOn today when left out):"
              + " each request named must be waiting at this consulate on a case you may change"
              + " (else `unknown-document` at `documentIds[i]`, and nothing is recorded). Each"
              + " is marked sent on that day, and each case gets a disclosure in the audit trail"
              + " (`case.disclosed`: the consulate, the purpose and which data went).")
  SendingResponse send(
      @PathVariable String country, @RequestBody SendingRequest request, Actor actor) {
    List<TravelDocument> sent =
        requests.markSent(country, request.documentIds(), request.sentOn(), actor);
    return new SendingResponse(
        ConsulateRequests.recipient(sent.getFirst().consulate()),
        sent.getFirst().sentOn(),
        ConsulateRequests.DATA_SENT,
        sent.stream().map(TravelDocument::id).toList());
  }
}
