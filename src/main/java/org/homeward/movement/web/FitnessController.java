package org.homeward.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.homeward.movement.fitness.FitnessChecks;
import org.homeward.movement.web.MovementJson.FitnessCheckResponse;
import org.homeward.movement.web.MovementJson.FitnessRequest;
import org.homeward.movement.web.MovementJson.RecordedCheckResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement/people/{personId}/fitness-checks")
@Tag(
    name = "Fitness to travel",
    description =
        "The medical checks before departure: the outcome for everyone who follows the"
            + " movement, the medical details only for those with a need to know")
class FitnessController {

  private final FitnessChecks checks;

  FitnessController(FitnessChecks checks) {
    this.checks = checks;
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping
  @Operation(
      operationId = "listFitnessChecks",
      summary = "A person's fit-to-travel checks, newest first",
      description =
          "Each check's day, outcome (FIT, FIT_WITH_ESCORT, UNFIT), the last day it holds and"
              + " whether a medical escort is needed. The medical `details` are given only to a"
              + " reader with SENSITIVE_READ on a case of their own mission, and that read is"
              + " audited (`movement.fitness-sensitive-read`); others get `restricted: true`"
              + " where details were recorded.")
  List<FitnessCheckResponse> list(@PathVariable String personId, Actor actor) {
    return checks.ofPerson(MovementJson.personId(personId), actor).stream()
        .map(FitnessCheckResponse::of)
        .toList();
  }

  @Requires(Permission.FITNESS_RECORD)
  @PostMapping
  @Operation(
      operationId = "recordFitnessCheck",
      summary = "Record a fit-to-travel check",
      description =
          "{\"checkedOn\":\"2026-11-30\",\"outcome\":\"FIT_WITH_ESCORT\",\"validUntil\":"
              + "\"2026-12-30\",\"details\":\"…\"}. validUntil (on or after checkedOn) is"
              + " required for FIT and FIT_WITH_ESCORT. The details are sealed before they are"
              + " stored and never enter the audit trail. An UNFIT outcome defers the case"
              + " (`caseDeferred`, `caseStatus`), when its status allows.")
  @ApiResponse(responseCode = "201", description = "Recorded")
  ResponseEntity<RecordedCheckResponse> record(
      @PathVariable String personId, @RequestBody FitnessRequest request, Actor actor) {
    FitnessChecks.Recorded recorded =
        checks.record(MovementJson.personId(personId), request.toCheck(), actor);
    return ResponseEntity.created(
            URI.create("/api/v1/movement/people/" + personId + "/fitness-checks"))
        .body(RecordedCheckResponse.of(recorded));
  }
}
