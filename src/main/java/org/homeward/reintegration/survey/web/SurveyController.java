package org.homeward.reintegration.survey.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.survey.AnswerOption;
import org.homeward.reintegration.survey.Indicator;
import org.homeward.reintegration.survey.SurveyScores;
import org.homeward.reintegration.survey.SurveyTable;
import org.homeward.reintegration.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reintegration/survey")
@Tag(
    name = "Sustainability survey",
    description =
        "The reintegration sustainability survey table in force and the scores of a set of answers")
class SurveyController {

  private final Surveys surveys;

  SurveyController(Surveys surveys) {
    this.surveys = surveys;
  }

  /** value is written even when null: a don't know answer says so. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AnswerJson(String id, BigDecimal value) {}

  record IndicatorJson(
      String id,
      String dimension,
      BigDecimal weightInDimension,
      BigDecimal weightInComposite,
      List<AnswerJson> answers) {

    static IndicatorJson of(Indicator i) {
      return new IndicatorJson(
          i.id(),
          i.dimension().key(),
          i.weightInDimension(),
          i.weightInComposite(),
          i.answers().stream().map(IndicatorJson::answer).toList());
    }

    private static AnswerJson answer(AnswerOption a) {
      return new AnswerJson(a.id(), a.value());
    }
  }

  record TableJson(String version, List<IndicatorJson> indicators) {
    static TableJson of(SurveyTable t) {
      return new TableJson(t.version(), t.indicators().stream().map(IndicatorJson::of).toList());
    }
  }

  record ScoreRequest(Map<String, String> answers) {}

  /** A score with no answered indicator is written as null. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ScoresJson(
      String version,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite,
      List<String> incomplete) {
    static ScoresJson of(SurveyScores s) {
      return new ScoresJson(
          s.version(), s.economic(), s.social(), s.psychosocial(), s.composite(), s.incomplete());
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping
  @Operation(
      operationId = "getSurveyTable",
      summary = "The survey table in force",
      description =
          "Its version and, for each indicator, its dimension (economic, social, psychosocial),"
              + " its weights in the dimension and in the composite, and its answers with their"
              + " values from 0 to 1; an answer that says nothing (don't know, refused) has value"
              + " null.")
  TableJson current(Actor actor) {
    return TableJson.of(surveys.current(actor));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @PostMapping("/scores")
  @Operation(
      operationId = "scoreSurveyAnswers",
      summary = "Score a set of answers",
      description =
          "{\"answers\":{\"food-security\":\"never\",…}} with the table in force. Each dimension"
              + " score is Σ(w_dim × v) ÷ Σ w_dim over its answered indicators, the composite"
              + " Σ(w_comp × v) ÷ Σ w_comp over all answered ones; don't know and refused count in"
              + " neither sum. Scores are rounded half up to 4 decimals; a score with no answered"
              + " indicator is null. incomplete lists the dimensions (and composite) whose answered"
              + " indicators carry less than two thirds of the weight. An unknown indicator or"
              + " answer is a 400 naming it.")
  ScoresJson score(@RequestBody ScoreRequest request, Actor actor) {
    Map<String, String> answers = request.answers() == null ? Map.of() : request.answers();
    return ScoresJson.of(surveys.score(answers, actor));
  }

  @Requires(Permission.SURVEY_MANAGE)
  @PostMapping(value = "/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "uploadSurveyTable",
      summary = "Upload a new version of the survey table",
      description =
          "The whole table file (format homeward-survey-table/1, see"
              + " docs/reintegration-monitoring.md); it is checked in full and every problem named"
              + " (indicator and field) in a 400, nothing stored. Once stored it is in force. A"
              + " version already stored is a conflict (`survey-version-exists`).")
  @ApiResponse(responseCode = "201", description = "Stored and in force")
  ResponseEntity<TableJson> upload(@RequestBody String table, Actor actor) {
    SurveyTable stored = surveys.upload(table, actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/reintegration/survey"))
        .body(TableJson.of(stored));
  }
}
