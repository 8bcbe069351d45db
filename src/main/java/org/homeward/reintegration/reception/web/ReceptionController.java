package org.homeward.reintegration.reception.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.ReintegrationDetails.ReceptionDetails;
import org.homeward.reintegration.reception.Reception;
import org.homeward.reintegration.reception.Receptions;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reintegration/cases/{caseId}/reception")
@Tag(
    name = "Reception",
    description =
        "How a household is received on arrival: airport assistance, onward transport to its"
            + " final destination, temporary accommodation")
class ReceptionController {

  private final Receptions receptions;

  ReceptionController(Receptions receptions) {
    this.receptions = receptions;
  }

  /** The reception as typed; every field optional but those the ticked boxes ask for. */
  record ReceptionRequest(
      Boolean airportAssistance,
      String metOn,
      String metBy,
      Boolean onwardTransport,
      String transportMode,
      String finalDestination,
      String reachedOn,
      Boolean accommodation,
      String accommodationPlace,
      String accommodationFrom,
      String accommodationNights,
      String notes) {}

  record ReceptionResponse(
      boolean airportAssistance,
      LocalDate metOn,
      String metBy,
      boolean onwardTransport,
      String transportMode,
      String finalDestination,
      LocalDate reachedOn,
      boolean accommodation,
      String accommodationPlace,
      LocalDate accommodationFrom,
      Integer accommodationNights,
      String notes,
      long version,
      String recordedBy,
      Instant recordedAt,
      String updatedBy,
      Instant updatedAt) {
    static ReceptionResponse of(Reception r) {
      return new ReceptionResponse(
          r.airportAssistance(),
          r.metOn(),
          r.metBy(),
          r.onwardTransport(),
          r.transportMode() == null ? null : r.transportMode().name(),
          r.finalDestination(),
          r.reachedOn(),
          r.accommodation(),
          r.accommodationPlace(),
          r.accommodationFrom(),
          r.accommodationNights(),
          r.notes(),
          r.version(),
          r.recordedBy(),
          r.recordedAt(),
          r.updatedBy(),
          r.updatedAt());
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping
  @Operation(
      operationId = "getReception",
      summary = "A household's reception",
      description = "As recorded by the mission that received it; not found until recorded.")
  ResponseEntity<ReceptionResponse> get(@PathVariable String caseId, Actor actor) {
    Reception r =
        receptions
            .of(Json.caseId(caseId), actor)
            .orElseThrow(() -> new NotFoundException("reception of case", caseId));
    return ResponseEntity.ok().eTag(ETags.of(r.version())).body(ReceptionResponse.of(r));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PutMapping
  @Operation(
      operationId = "recordReception",
      summary = "Record a household's reception",
      description =
          "{\"airportAssistance\":true,\"metOn\":\"2026-11-20\",\"metBy\":\"…\","
              + "\"onwardTransport\":true,\"transportMode\":\"BUS\",\"finalDestination\":"
              + "\"Bafoussam\",\"reachedOn\":\"…\",\"accommodation\":true,\"accommodationPlace\":"
              + "\"…\",\"accommodationFrom\":\"…\",\"accommodationNights\":\"3\",\"notes\":\"…\"}:"
              + " replaces what was recorded. `transportMode` (BUS, TAXI, TRAIN, FLIGHT,"
              + " MISSION_VEHICLE, OWN_MEANS) is required with onward transport, a place and a"
              + " number of nights with accommodation. By the mission that received the case,"
              + " while it is ARRIVED or IN_REINTEGRATION (`case-not-arrived`). An If-Match"
              + " naming an older version gets 412.")
  ResponseEntity<ReceptionResponse> record(
      @PathVariable String caseId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ReceptionRequest r,
      Actor actor)
      throws ConflictException {
    OptionalLong expected = ETags.version(ifMatch);
    Reception recorded =
        receptions.record(
            Json.caseId(caseId),
            expected.isPresent() ? expected.getAsLong() : null,
            new ReceptionDetails(
                r.airportAssistance(),
                r.metOn(),
                r.metBy(),
                r.onwardTransport(),
                r.transportMode(),
                r.finalDestination(),
                r.reachedOn(),
                r.accommodation(),
                r.accommodationPlace(),
                r.accommodationFrom(),
                r.accommodationNights(),
                r.notes()),
            actor);
    return ResponseEntity.ok()
        .eTag(ETags.of(recorded.version()))
        .body(ReceptionResponse.of(recorded));
  }
}
