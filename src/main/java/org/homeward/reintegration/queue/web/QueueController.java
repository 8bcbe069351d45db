package org.homeward.reintegration.queue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.OptionalLong;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.ReintegrationDetails.ProfileDetails;
import org.homeward.reintegration.queue.Profiles;
import org.homeward.reintegration.queue.Queue;
import org.homeward.reintegration.queue.web.QueueJson.CaseFileResponse;
import org.homeward.reintegration.queue.web.QueueJson.HandoverResponse;
import org.homeward.reintegration.queue.web.QueueJson.OfficerRequest;
import org.homeward.reintegration.queue.web.QueueJson.ProfileRequest;
import org.homeward.reintegration.queue.web.QueueJson.ProfileResponse;
import org.homeward.reintegration.queue.web.QueueJson.QueueEntryResponse;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
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
@RequestMapping("/api/v1/reintegration")
@Tag(
    name = "Reintegration queue",
    description =
        "The cases that arrived in the country of return, in the queue of the mission that"
            + " receives them, with what the host mission handed over")
class QueueController {

  private final Queue queue;
  private final Profiles profiles;

  QueueController(Queue queue, Profiles profiles) {
    this.queue = queue;
    this.profiles = profiles;
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/queue")
  @Operation(
      operationId = "listReintegrationQueue",
      summary = "The origin mission's queue",
      description =
          "The cases that arrived in the countries your mission receives, latest arrival first,"
              + " each with its household (principal, members, open vulnerabilities), its"
              + " officer and how far its reintegration has come (`stage`: ARRIVED, RECEIVED,"
              + " ASSESSED, PLAN_DRAFTED, PLAN_AWAITING_APPROVAL, PLAN_APPROVED, PLAN_COMPLETED).")
  List<QueueEntryResponse> queue(Actor actor) {
    return queue.list(actor).stream().map(QueueEntryResponse::of).toList();
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/cases/{caseId}")
  @Operation(
      operationId = "getReintegrationHandover",
      summary = "What the host mission handed over with a case",
      description =
          "The case in reintegration (arrival, receiving mission, officer) and each returnee"
              + " with the vulnerabilities recorded in the open or derived from the household,"
              + " and the profile the host mission recorded (skills, education, work, wishes)."
              + " What the registry restricts (medical and protection categories, the assessment"
              + " notes) is never in it, for any reader: such a member is marked `restricted`.")
  HandoverResponse handover(@PathVariable String caseId, Actor actor) {
    return HandoverResponse.of(queue.handover(Json.caseId(caseId), actor));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PutMapping("/cases/{caseId}/officer")
  @Operation(
      operationId = "assignReintegrationOfficer",
      summary = "Name the officer who follows a case",
      description =
          "{\"officer\":\"reintegration.cmr\"}; blank or left out, you take the case. By the"
              + " mission that received it.")
  CaseFileResponse assign(
      @PathVariable String caseId, @RequestBody OfficerRequest request, Actor actor)
      throws ConflictException {
    return CaseFileResponse.of(queue.assign(Json.caseId(caseId), request.officer(), actor));
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/cases/{caseId}/profiles")
  @Operation(
      operationId = "listReturneeProfiles",
      summary = "The profiles the host mission recorded for a household",
      description =
          "Each member's skills, education, work experience and wishes for their return, as"
              + " recorded during counselling; for a reader of the case.")
  List<ProfileResponse> profiles(@PathVariable String caseId, Actor actor) {
    return profiles.ofCase(Json.caseId(caseId), actor).stream().map(ProfileResponse::of).toList();
  }

  @Requires(Permission.CASE_UPDATE)
  @PutMapping("/people/{personId}/profile")
  @Operation(
      operationId = "recordReturneeProfile",
      summary = "Record what the host mission learned of a returnee",
      description =
          "{\"skills\":\"…\",\"education\":\"…\",\"workExperience\":\"…\",\"wishes\":\"…\"},"
              + " each optional: replaces the person's profile. Nothing sensitive goes here:"
              + " medical and protection details stay in the registry. An If-Match naming an"
              + " older version gets 412.")
  ResponseEntity<ProfileResponse> recordProfile(
      @PathVariable String personId,
      @Parameter(description = "the ETag of the profile as read (\"0\" for none yet)")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @RequestBody ProfileRequest request,
      Actor actor) {
    OptionalLong expected = ETags.version(ifMatch);
    var recorded =
        profiles.record(
            Json.personId(personId),
            expected.isPresent() ? expected.getAsLong() : null,
            new ProfileDetails(
                request.skills(), request.education(), request.workExperience(), request.wishes()),
            actor);
    return ResponseEntity.ok()
        .eTag(ETags.of(recorded.version()))
        .body(ProfileResponse.of(recorded));
  }
}
