package org.homeward.reintegration.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The survey's API contract as outside checks read it, scoring over HTTP, and uploads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyApiTest {

  @LocalServerPort int port;

  ApiClient officer() {
    return ApiClient.as(port, "reintegration.cmr");
  }

  @Test
  void theTableInForceHasExactlyTheContractsShapeWithNullForDontKnow() {
    Response got = ApiClient.as(port, "me.mar").get("/api/v1/reintegration/survey");

    assertThat(got.status()).as(got.text()).isEqualTo(200);
    JsonNode table = got.json();
    assertThat(table.propertyNames()).containsExactlyInAnyOrder("version", "indicators");
    assertThat(table.get("indicators")).hasSize(15);
    JsonNode first = table.get("indicators").get(0);
    assertThat(first.propertyNames())
        .containsExactlyInAnyOrder(
            "id", "dimension", "weightInDimension", "weightInComposite", "answers");
    assertThat(first.get("weightInDimension").isNumber()).isTrue();
    JsonNode answers = first.get("answers");
    assertThat(answers.get(0).propertyNames()).containsExactlyInAnyOrder("id", "value");
    JsonNode dontKnow = answers.get(answers.size() - 2);
    assertThat(dontKnow.get("id").asString()).isEqualTo("dont-know");
    assertThat(dontKnow.has("value")).isTrue();
    assertThat(dontKnow.get("value").isNull()).isTrue();
  }

  @Test
  void scoresAreHandComputedRoundedToFourDecimalsAndNameTheIncompleteOnes() {
    Response scored =
        officer()
            .post("/api/v1/reintegration/survey/scores", Map.of("answers", SurveyTableTest.PARTLY));

    assertThat(scored.status()).as(scored.text()).isEqualTo(200);
    JsonNode s = scored.json();
    assertThat(s.propertyNames())
        .containsExactlyInAnyOrder(
            "version", "economic", "social", "psychosocial", "composite", "incomplete");
    assertThat(s.get("economic").decimalValue()).isEqualByComparingTo("0.6912");
    assertThat(s.get("social").decimalValue()).isEqualByComparingTo("1");
    assertThat(s.get("psychosocial").isNull()).isTrue();
    assertThat(s.get("composite").decimalValue()).isEqualByComparingTo("0.7857");
    assertThat(s.get("incomplete").valueStream().map(JsonNode::asString))
        .containsExactly("social", "psychosocial", "composite");
  }

  @Test
  void anUnknownIndicatorOrAnswerIsA400NamingIt() {
    Response refused =
        officer()
            .post(
                "/api/v1/reintegration/survey/scores",
                Map.of("answers", Map.of("luck", "good", "debt", "huge")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).contains("problem+json");
    assertThat(refused.text()).contains("answers.luck", "answers.debt", "huge");
  }

  @Test
  void onlyReintegrationAndMonitoringRolesSeeTheSurvey() {
    assertThat(ApiClient.as(port, "finance.mar").get("/api/v1/reintegration/survey").status())
        .isEqualTo(403);
    assertThat(
            ApiClient.as(port, "chief.mar")
                .post("/api/v1/reintegration/survey/scores", Map.of("answers", Map.of()))
                .status())
        .isEqualTo(200);
  }

  @Test
  void anUploadIsCheckedWholeStoredOnlyWhenRightAndThenInForce() throws Exception {
    ApiClient me = ApiClient.as(port, "me.mar");
    // the shipped table again under another name, so that what is in force scores as before
    String shipped;
    try (var in = getClass().getResourceAsStream(Surveys.SHIPPED)) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> table = ApiClient.json().readValue(shipped, HashMap.class);
    table.put("version", "official-test-1");
    String broken =
        SurveyTableTest.small("0.5")
            .replace("\"test-0-5\"", "\"official-test-broken\"")
            .replace("\"value\": 0.5,", "\"value\": 2,");

    Response refused =
        me.send("POST", "/api/v1/reintegration/survey/versions", broken, "application/json");
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.text()).contains("indicators[a].answers[0].value", "indicator a");
    assertThat(officer().get("/api/v1/reintegration/survey").json().get("version").asString())
        .isNotEqualTo("official-test-broken");
    assertThat(officer().post("/api/v1/reintegration/survey/versions", table).status())
        .isEqualTo(403);

    Response stored = me.post("/api/v1/reintegration/survey/versions", table);
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    assertThat(officer().get("/api/v1/reintegration/survey").json().get("version").asString())
        .isEqualTo("official-test-1");
    Response again = me.post("/api/v1/reintegration/survey/versions", table);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text()).contains("survey-version-exists");
  }
}
