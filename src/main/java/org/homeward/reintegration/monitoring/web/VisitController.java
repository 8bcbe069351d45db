package org.homeward.reintegration.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.monitoring.Monitoring;
import org.homeward.reintegration.monitoring.web.MonitoringJson.AverageJson;
import org.homeward.reintegration.monitoring.web.MonitoringJson.CalendarJson;
import org.homeward.reintegration.monitoring.web.MonitoringJson.FollowUpJson;
import org.homeward.reintegration.monitoring.web.MonitoringJson.FurtherRequest;
import org.homeward.reintegration.monitoring.web.MonitoringJson.RecordRequest;
import org.homeward.reintegration.monitoring.web.MonitoringJson.RecordedJson;
import org.homeward.reintegration.monitoring.web.MonitoringJson.VisitJson;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController("reintegrationVisitController")
@RequestMapping("/api/v1/reintegration")
@Tag(
    name = "Monitoring visits",
    description =
        "The visits at 3, 6 and 12 months after arrival by which the mission of origin follows a"
            + " returned household, their survey answers and sustainability scores, and the"
            + " averages of cohorts")
class VisitController {

  private final Monitoring monitoring;
  private final Clock clock;

  VisitController(Monitoring monitoring, Clock clock) {
    this.monitoring = monitoring;
    this.clock = clock;
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/visits")
  @Operation(
      operationId = "listMonitoringVisits",
      summary = "The calendar of monitoring visits",
      description =
          "Every visit not done yet of the households you may see, soonest due first, in"
              + " `visits` (due day, case, months after arrival, officer, status DUE or OVERDUE)."
              + " With `?overdue=true`, only the overdue ones, grouped per officer in `overdue`"
              + " (officer null for the visits nobody took yet), by officer name.")
  CalendarJson calendar(
      @RequestParam(name = "overdue", required = false) String overdue, Actor actor) {
    LocalDate today = LocalDate.now(clock);
    if ("true".equals(overdue)) {
      return CalendarJson.overdue(monitoring.overdue(actor), today);
    }
    return CalendarJson.calendar(monitoring.calendar(actor), today);
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/visits/{id}")
  @Operation(
      operationId = "getMonitoringVisit",
      summary = "One monitoring visit",
      description =
          "When due, who holds it and, once done, how it was made, the business or training"
              + " status, the notes, the answers and their scores with the survey table's version.")
  VisitJson visit(@PathVariable String id, Actor actor) {
    return VisitJson.of(
        monitoring.visit(Json.number("monitoring visit", id), actor), LocalDate.now(clock));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/visits/{id}/take")
  @Operation(
      operationId = "takeMonitoringVisit",
      summary = "Take a visit",
      description =
          "The visit is yours in the calendar (an officer of the mission that follows the"
              + " household). A visit done already is a conflict (`visit-done`).")
  VisitJson take(@PathVariable String id, Actor actor) throws ConflictException {
    return VisitJson.of(
        monitoring.take(Json.number("monitoring visit", id), actor), LocalDate.now(clock));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/visits/{id}")
  @Operation(
      operationId = "recordMonitoringVisit",
      summary = "Record a visit done",
      description =
          "{\"mode\":\"IN_PERSON|PHONE\",\"activity\":\"BUSINESS_OPERATING\",\"doneOn\":"
              + "\"YYYY-MM-DD\",\"notes\":\"…\",\"answers\":{\"food-security\":\"never\",…}}."
              + " activity is one of BUSINESS_OPERATING, BUSINESS_CLOSED, NOT_STARTED,"
              + " IN_TRAINING, TRAINING_COMPLETED, DROPPED_OUT; doneOn, today when left out, is"
              + " not after today. The answers are scored with the survey table in force (see"
              + " scoreSurveyAnswers); an unknown indicator or answer is a 400 naming it"
              + " (`answers.<indicatorId>`). Answers the stored visit with its scores, the"
              + " incomplete ones and the table's version, and says whether the monitoring is"
              + " complete and the case closed (after the last visit). A visit done already is a"
              + " conflict (`visit-done`).")
  RecordedJson record(@PathVariable String id, @RequestBody RecordRequest request, Actor actor)
      throws ConflictException {
    long visit = Json.number("monitoring visit", id);
    LocalDate today = LocalDate.now(clock);
    if (request == null) {
      throw InvalidInputException.of("mode", "required", "mode is required");
    }
    monitoring.visit(visit, actor);
    return RecordedJson.of(
        monitoring.record(
            visit,
            VisitFields.visit(
                request.mode(),
                request.activity(),
                request.doneOn(),
                request.notes(),
                request.answers(),
                today),
            actor),
        today);
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/cases/{caseId}/monitoring")
  @Operation(
      operationId = "getCaseMonitoring",
      summary = "A household's follow-up",
      description =
          "Its arrival, whether it is followed beyond the schedule, whether its monitoring is"
              + " complete, its visits with their scores, and the trend: the scores of each visit"
              + " done in order, and the change of the composite from the first to the last.")
  FollowUpJson followUp(@PathVariable String caseId, Actor actor) {
    return FollowUpJson.of(monitoring.followed(Json.caseId(caseId), actor), LocalDate.now(clock));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PutMapping("/cases/{caseId}/monitoring/further")
  @Operation(
      operationId = "followCaseFurther",
      summary = "Follow a household beyond the schedule, or not",
      description =
          "{\"further\":true}: when its last visit is recorded, one more is scheduled six months"
              + " later instead of completing the monitoring; false goes back to the schedule.")
  FollowUpJson further(
      @PathVariable String caseId, @RequestBody FurtherRequest request, Actor actor) {
    if (request == null || request.further() == null) {
      throw InvalidInputException.of("further", "required", "further is required: true or false");
    }
    CaseId id = Json.caseId(caseId);
    monitoring.followFurther(id, request.further(), actor);
    return FollowUpJson.of(monitoring.followed(id, actor), LocalDate.now(clock));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/monitoring/averages")
  @Operation(
      operationId = "getMonitoringAverages",
      summary = "Average scores of a cohort",
      description =
          "The mean of the stored scores of the visits done at each step of the schedule (3, 6,"
              + " 12 months…) over the households you may see of a cohort: `nationality` (ISO"
              + " 3166 alpha-3) and `sex` (F, M, X) of the principal applicant, `planType` of the"
              + " household's plan; a parameter left out takes everyone.")
  List<AverageJson> averages(
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "sex", required = false) String sex,
      @RequestParam(name = "planType", required = false) String planType,
      Actor actor) {
    return monitoring.averages(VisitFields.cohort(nationality, sex, planType), actor).stream()
        .map(AverageJson::of)
        .toList();
  }
}
