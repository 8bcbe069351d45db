package org.homeward.reintegration.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.movement.CaseArrived;
import org.homeward.movement.FlightId;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.ReintegrationFixture;
import org.homeward.reintegration.monitoring.Monitoring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring visits through HTTP: the calendar and its overdue visits per officer, taking a
 * visit, recording it with survey answers scored by hand from the shipped table, a household's
 * follow-up and its trend, and the averages of a cohort by plan type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitApiTest {

  /**
   * Every dimension answered enough to be complete, with a "don't know" (ability-to-borrow) and a
   * "refused" (access-to-justice) left out of the sums.
   */
  static final Map<String, String> ANSWERS = new LinkedHashMap<>();

  static {
    ANSWERS.put("economic-satisfaction", "very-satisfied");
    ANSWERS.put("food-security", "sometimes");
    ANSWERS.put("ability-to-borrow", "dont-know");
    ANSWERS.put("debt", "no-debt");
    ANSWERS.put("employment", "none");
    ANSWERS.put("housing", "acceptable");
    ANSWERS.put("access-to-services", "good");
    ANSWERS.put("documentation", "yes");
    ANSWERS.put("access-to-justice", "refused");
    ANSWERS.put("social-participation", "often");
    ANSWERS.put("support-network", "no");
    ANSWERS.put("sense-of-belonging", "partly");
    ANSWERS.put("distress", "sometimes");
    ANSWERS.put("safety-and-discrimination", "agree");
    ANSWERS.put("wish-to-migrate", "yes");
  }

  /** The chief of the mission the households left from, who reads their follow-up. */
  static final Actor HOST_CHIEF = new Actor("chief.mar", "MAR", Set.of(Role.CHIEF_OF_MISSION));

  @LocalServerPort int port;
  @Autowired Monitoring monitoring;

  ApiClient officer() {
    return ApiClient.as(port, "reintegration.cmr");
  }

  /** A household that arrived in Cameroon 200 days ago: its 3- and 6-month visits are overdue. */
  CaseId arrivedLongAgo() {
    return arrivedLongAgoIn("CMR");
  }

  CaseId arrivedLongAgoIn(String country) {
    CaseId id = new CaseId(UUID.randomUUID());
    monitoring.open(
        new CaseArrived(
            id,
            "MAR-MON-" + id.value().toString().substring(0, 6),
            "MAR",
            country,
            new FlightId(1),
            country,
            "caseworker.cmr",
            Instant.now().minus(200, ChronoUnit.DAYS)));
    return id;
  }

  JsonNode visitsOf(CaseId id) {
    Response got = officer().get("/api/v1/reintegration/cases/" + id + "/monitoring");
    assertThat(got.status()).as(got.text()).isEqualTo(200);
    return got.json().get("visits");
  }

  static Map<String, Object> visit(Map<String, String> answers) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("mode", "PHONE");
    body.put("activity", "BUSINESS_OPERATING");
    body.put("doneOn", LocalDate.now().toString());
    body.put("notes", "The stall is open six days a week.");
    body.put("answers", answers);
    return body;
  }

  @Test
  void overdueVisitsAreListedPerOfficerAndATakenVisitMovesToItsOfficer() {
    CaseId id = arrivedLongAgo();
    long first = visitsOf(id).get(0).get("id").asLong();

    Response calendar = officer().get("/api/v1/reintegration/visits");
    assertThat(calendar.status()).as(calendar.text()).isEqualTo(200);
    JsonNode listed = find(calendar.json().get("visits"), first);
    assertThat(listed.get("status").asString()).isEqualTo("OVERDUE");
    assertThat(listed.get("months").asInt()).isEqualTo(3);
    assertThat(listed.get("officer").isNull()).isTrue();
    assertThat(officersHolding(first)).containsExactly("");

    Response taken = officer().post("/api/v1/reintegration/visits/" + first + "/take", null);

    assertThat(taken.status()).as(taken.text()).isEqualTo(200);
    assertThat(taken.json().get("officer").asString()).isEqualTo("reintegration.cmr");
    assertThat(officersHolding(first)).containsExactly("reintegration.cmr");
    // Cameroon's officers do not see a household returned to Senegal; M&E reads but takes nothing
    CaseId senegal = arrivedLongAgoIn("SEN");
    long elsewhere = monitoring.followed(senegal, HOST_CHIEF).visits().get(0).id();
    assertThat(officer().get("/api/v1/reintegration/visits/" + elsewhere).status()).isEqualTo(404);
    assertThat(officer().post("/api/v1/reintegration/visits/" + elsewhere + "/take", null).status())
        .isEqualTo(404);
    assertThat(ApiClient.as(port, "me.mar").get("/api/v1/reintegration/visits/" + first).status())
        .isEqualTo(200);
    assertThat(
            ApiClient.as(port, "me.mar")
                .post("/api/v1/reintegration/visits/" + first + "/take", null)
                .status())
        .isEqualTo(403);
  }

  @Test
  void aRecordedVisitAnswersItsHandComputedScoresAndIsKeptWithItsTableVersion() {
    CaseId id = arrivedLongAgo();
    long first = visitsOf(id).get(0).get("id").asLong();
    String version = officer().get("/api/v1/reintegration/survey").json().get("version").asString();

    Response recorded = officer().post("/api/v1/reintegration/visits/" + first, visit(ANSWERS));

    assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
    JsonNode v = recorded.json().get("visit");
    // economic: (.25×1 + .20×.5 + .15×1 + .25×0) ÷ (.25+.20+.15+.25) = .50 ÷ .85
    assertThat(v.get("economic").decimalValue()).isEqualByComparingTo("0.5882");
    // social: (.30×.5 + .30×1 + .20×1) ÷ (.30+.30+.20) = .65 ÷ .80
    assertThat(v.get("social").decimalValue()).isEqualByComparingTo("0.8125");
    // psychosocial: .15×1 + .20×0 + .15×.5 + .20×.5 + .15×1 + .15×0 = .475 over all its weight
    assertThat(v.get("psychosocial").decimalValue()).isEqualByComparingTo("0.4750");
    // composite: (.175 + .165 + .185) ÷ (.29 + .20 + .40) = .525 ÷ .89
    assertThat(v.get("composite").decimalValue()).isEqualByComparingTo("0.5899");
    assertThat(v.get("incomplete")).isEmpty();
    assertThat(v.get("surveyVersion").asString()).isEqualTo(version);
    assertThat(v.get("status").asString()).isEqualTo("DONE");
    assertThat(v.get("mode").asString()).isEqualTo("PHONE");
    assertThat(v.get("officer").asString()).isEqualTo("reintegration.cmr");
    assertThat(v.get("answers").get("ability-to-borrow").asString()).isEqualTo("dont-know");
    assertThat(recorded.json().get("monitoringCompleted").asBoolean()).isFalse();

    // stored: read again, and in the household's trend
    JsonNode again = officer().get("/api/v1/reintegration/visits/" + first).json();
    assertThat(again.get("composite").decimalValue()).isEqualByComparingTo("0.5899");
    JsonNode followUp = officer().get("/api/v1/reintegration/cases/" + id + "/monitoring").json();
    assertThat(followUp.get("trend")).hasSize(1);
    assertThat(followUp.get("trend").get(0).get("economic").decimalValue())
        .isEqualByComparingTo("0.5882");
    assertThat(followUp.get("compositeChange").isNull()).isTrue();

    // the second visit with little answered: the trend shows it incomplete and the change
    long second = visitsOf(id).get(1).get("id").asLong();
    Response light =
        officer()
            .post(
                "/api/v1/reintegration/visits/" + second,
                visit(Map.of("employment", "regular", "food-security", "never")));
    assertThat(light.status()).as(light.text()).isEqualTo(200);
    JsonNode lightVisit = light.json().get("visit");
    assertThat(lightVisit.get("economic").decimalValue()).isEqualByComparingTo("1");
    assertThat(lightVisit.get("social").isNull()).isTrue();
    assertThat(lightVisit.get("incomplete").valueStream().map(JsonNode::asString))
        .containsExactly("economic", "social", "psychosocial", "composite");
    JsonNode trend = officer().get("/api/v1/reintegration/cases/" + id + "/monitoring").json();
    assertThat(trend.get("trend")).hasSize(2);
    // composite of the second: (.08×1 + .07×1) ÷ .15 = 1
    assertThat(trend.get("compositeChange").decimalValue()).isEqualByComparingTo("0.4101");

    // a visit is recorded once
    Response twice = officer().post("/api/v1/reintegration/visits/" + first, visit(ANSWERS));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.text()).contains("visit-done");
  }

  @Test
  void aWrongVisitIsA400NamingEachField() {
    CaseId id = arrivedLongAgo();
    long first = visitsOf(id).get(0).get("id").asLong();
    Map<String, Object> wrong = new LinkedHashMap<>();
    wrong.put("mode", "CARRIER_PIGEON");
    wrong.put("doneOn", LocalDate.now().plusDays(3).toString());

    Response refused = officer().post("/api/v1/reintegration/visits/" + first, wrong);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).contains("problem+json");
    assertThat(refused.text()).contains("\"mode\"", "\"activity\"", "\"doneOn\"");

    Map<String, Object> badAnswer = visit(Map.of("debt", "enormous", "luck", "good"));
    Response unknown = officer().post("/api/v1/reintegration/visits/" + first, badAnswer);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("answers.debt", "answers.luck");
    // nothing was stored
    assertThat(visitsOf(id).get(0).get("status").asString()).isEqualTo("OVERDUE");
    assertThat(officer().get("/api/v1/reintegration/visits/abc").status()).isEqualTo(404);
  }

  @Test
  void aHouseholdFollowedFurtherSaysSo() {
    CaseId id = arrivedLongAgo();

    Response set =
        officer()
            .put(
                "/api/v1/reintegration/cases/" + id + "/monitoring/further",
                Map.of("further", true));

    assertThat(set.status()).as(set.text()).isEqualTo(200);
    assertThat(set.json().get("followFurther").asBoolean()).isTrue();
    assertThat(
            officer()
                .put("/api/v1/reintegration/cases/" + id + "/monitoring/further", Map.of())
                .text())
        .contains("further");
  }

  @Test
  void theAveragesOfACohortByPlanTypeCountTheVisitsOfHouseholdsWithSuchAPlan() {
    ReintegrationFixture fixture = new ReintegrationFixture(port);
    fixture.fund();
    JsonNode arrived = fixture.arrived(List.of(fixture.olderMan())).get(0);
    String caseId = ReintegrationFixture.id(arrived);
    Response drafted =
        fixture.officer.post(
            "/api/v1/reintegration/cases/" + caseId + "/plans",
            ReintegrationFixture.microbusiness(
                ReintegrationFixture.principal(arrived), List.of(List.of("100.00", "USD"))));
    assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
    long first = firstVisitOnceOpened(caseId);
    int microbusinessBefore = visitsAtThreeMonths("MICROBUSINESS");
    int housingBefore = visitsAtThreeMonths("HOUSING");

    Response recorded = officer().post("/api/v1/reintegration/visits/" + first, visit(ANSWERS));
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);

    assertThat(visitsAtThreeMonths("MICROBUSINESS")).isEqualTo(microbusinessBefore + 1);
    assertThat(visitsAtThreeMonths("HOUSING")).isEqualTo(housingBefore);
    Response wrong = officer().get("/api/v1/reintegration/monitoring/averages?planType=LOTTERY");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.text()).contains("planType");
  }

  private int visitsAtThreeMonths(String planType) {
    Response got = officer().get("/api/v1/reintegration/monitoring/averages?planType=" + planType);
    assertThat(got.status()).as(got.text()).isEqualTo(200);
    for (JsonNode a : got.json()) {
      if (a.get("months").asInt() == 3) {
        return a.get("visits").asInt();
      }
    }
    return 0;
  }

  /** The arrival's listener opens the follow-up shortly after the arrival is confirmed. */
  private long firstVisitOnceOpened(String caseId) {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(until)) {
      Response got = officer().get("/api/v1/reintegration/cases/" + caseId + "/monitoring");
      if (got.status() == 200 && got.json().get("visits").size() == 3) {
        return got.json().get("visits").get(0).get("id").asLong();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("no follow-up opened for " + caseId);
  }

  private List<String> officersHolding(long visit) {
    Response overdue = officer().get("/api/v1/reintegration/visits?overdue=true");
    assertThat(overdue.status()).as(overdue.text()).isEqualTo(200);
    assertThat(overdue.json().has("visits")).isFalse();
    List<String> officers = new ArrayList<>();
    for (JsonNode o : overdue.json().get("overdue")) {
      for (JsonNode v : o.get("visits")) {
        if (v.get("id").asLong() == visit) {
          officers.add(o.get("officer").isNull() ? "" : o.get("officer").asString());
        }
      }
    }
    return officers;
  }

  private static JsonNode find(JsonNode visits, long id) {
    for (JsonNode v : visits) {
      if (v.get("id").asLong() == id) {
        return v;
      }
    }
    throw new AssertionError("visit " + id + " is not listed");
  }
}
