package org.homeward.reintegration.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.ReintegrationDetails.AssessmentDetails;
import org.homeward.reintegration.assessment.Assessment;
import org.homeward.reintegration.assessment.Assessments;
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
@RequestMapping("/api/v1/reintegration/cases/{caseId}")
@Tag(
    name = "Assessments",
    description =
        "Each returnee's assessment before their plan: skills and wishes, family situation,"
            + " vulnerability follow-up")
class AssessmentController {

  private final Assessments assessments;

  AssessmentController(Assessments assessments) {
    this.assessments = assessments;
  }

  record AssessmentRequest(
      String assessedOn,
      String skills,
      String education,
      String wishes,
      String maritalStatus,
      String dependants,
      String familySituation,
      Boolean followUpNeeded,
      String followUp) {}

  record AssessmentResponse(
      UUID personId,
      LocalDate assessedOn,
      String skills,
      String education,
      String wishes,
      String maritalStatus,
      Integer dependants,
      String familySituation,
      boolean followUpNeeded,
      String followUp,
      long version,
      String assessedBy,
      Instant updatedAt) {
    static AssessmentResponse of(Assessment a) {
      return new AssessmentResponse(
          a.personId().value(),
          a.assessedOn(),
          a.skills(),
          a.education(),
          a.wishes(),
          a.maritalStatus() == null ? null : a.maritalStatus().name(),
          a.dependants(),
          a.familySituation(),
          a.followUpNeeded(),
          a.followUp(),
          a.version(),
          a.assessedBy(),
          a.updatedAt());
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/assessments")
  @Operation(
      operationId = "listAssessments",
      summary = "The assessments of a household's returnees",
      description = "One per returnee assessed, the latest standing.")
  List<AssessmentResponse> list(@PathVariable String caseId, Actor actor) {
    return assessments.ofCase(Json.caseId(caseId), actor).stream()
        .map(AssessmentResponse::of)
        .toList();
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PutMapping("/members/{personId}/assessment")
  @Operation(
      operationId = "recordAssessment",
      summary = "Record a returnee's assessment",
      description =
          "{\"assessedOn\":\"…\",\"skills\":\"…\",\"education\":\"…\",\"wishes\":\"…\","
              + "\"maritalStatus\":\"MARRIED\",\"dependants\":\"3\",\"familySituation\":\"…\","
              + "\"followUpNeeded\":true,\"followUp\":\"…\"}: replaces the returnee's"
              + " assessment (today when `assessedOn` is left out). A follow-up needed says how."
              + " Medical and protection details are not written here: they stay in the"
              + " registry. An If-Match naming an older version gets 412.")
  ResponseEntity<AssessmentResponse> record(
      @PathVariable String caseId,
      @PathVariable String personId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody AssessmentRequest r,
      Actor actor)
      throws ConflictException {
    OptionalLong expected = ETags.version(ifMatch);
    Assessment a =
        assessments.record(
            Json.caseId(caseId),
            Json.personId(personId),
            expected.isPresent() ? expected.getAsLong() : null,
            new AssessmentDetails(
                r.assessedOn(),
                r.skills(),
                r.education(),
                r.wishes(),
                r.maritalStatus(),
                r.dependants(),
                r.familySituation(),
                r.followUpNeeded(),
                r.followUp()),
            actor);
    return ResponseEntity.ok().eTag(ETags.of(a.version())).body(AssessmentResponse.of(a));
  }
}
