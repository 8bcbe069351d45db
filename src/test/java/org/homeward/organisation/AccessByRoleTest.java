package org.homeward.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.movement.flights.FlightFixture;
import org.homeward.registry.Households;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Signs in as every role of the Morocco mission (where the migrants are), the Cameroon mission
 * (where they return), the regional office, headquarters and a donor, and shows endpoint by
 * endpoint who can and cannot read and change what, sensitive fields included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessByRoleTest {

  @LocalServerPort int port;

  /** A household still in Morocco, whose principal applicant is seriously ill. */
  String waiting;

  /** A household that has departed for Cameroon: handed over to the Cameroon mission. */
  String departed;

  /** The flight it departed on. */
  long flight;

  @BeforeAll
  void registerTwoHouseholds() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    waiting = register(caseworker);
    departed = register(caseworker);
    caseworker.post(path(departed) + "/transitions", Map.of("to", "COUNSELLED"));
    caseworker.put(
        path(departed) + "/consent",
        Map.of(
            "declaredOn",
            LocalDate.now().toString(),
            "counsellor",
            "Amina Benali",
            "language",
            "fr",
            "signed",
            true));
    for (String step : List.of("ELIGIBLE", "READY_FOR_DEPARTURE")) {
      if (step.equals("READY_FOR_DEPARTURE")) {
        // every member documented and fit, as movement's guard asks
        new org.homeward.movement.MovementFixture(port).readyToTravel(departed);
      }
      assertThat(caseworker.post(path(departed) + "/transitions", Map.of("to", step)).status())
          .isEqualTo(200);
    }
    // booked and departed only with a flight, as movement's flight guard asks
    flight = new FlightFixture(port, "CMR").departed(departed);
  }

  /** user, reads the waiting case, sees its sensitive data, reads the departed case. */
  static Stream<Arguments> readers() {
    return Stream.of(
        Arguments.of("caseworker.mar", 200, true, 200),
        Arguments.of("medical.mar", 200, true, 200),
        Arguments.of("dataprotection.mar", 200, true, 200),
        Arguments.of("movement.mar", 200, false, 200),
        Arguments.of("finance.mar", 200, false, 200),
        Arguments.of("chief.mar", 200, false, 200),
        Arguments.of("me.mar", 200, false, 200),
        Arguments.of("me.rmn", 200, false, 200),
        Arguments.of("caseworker.cmr", 404, false, 200),
        Arguments.of("reintegration.cmr", 404, false, 200),
        Arguments.of("admin", 403, false, 403),
        Arguments.of("donor.viewer", 403, false, 403));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void readsOnlyTheCasesOfTheirMissionAndSensitiveDataOnlyWithANeedToKnow(
      String user, int waitingStatus, boolean seesSensitive, int departedStatus) {
    ApiClient api = ApiClient.as(port, user);

    Response read = api.get(path(waiting));
    assertThat(read.status()).isEqualTo(waitingStatus);
    if (read.status() == 200) {
      JsonNode principal = read.json().get("members").get(0);
      assertThat(principal.get("vulnerabilities").toString().contains("SERIOUS_MEDICAL_CONDITION"))
          .isEqualTo(seesSensitive);
      assertThat(principal.has("vulnerabilityNotes")).isEqualTo(seesSensitive);
      assertThat(principal.has("restricted")).isEqualTo(!seesSensitive);
      // the pregnancy is needed in the open by everyone handling the case
      assertThat(principal.get("vulnerabilities").toString()).contains("PREGNANT");
    }
    assertThat(api.get(path(departed)).status()).isEqualTo(departedStatus);
  }

  /** user, may change the waiting case's details, may move it along its lifecycle. */
  static Stream<Arguments> changers() {
    return Stream.of(
        Arguments.of("caseworker.mar", 200, 200),
        Arguments.of("medical.mar", 200, 403),
        Arguments.of("movement.mar", 403, 200),
        Arguments.of("chief.mar", 403, 200),
        Arguments.of("finance.mar", 403, 403),
        Arguments.of("me.mar", 403, 403),
        Arguments.of("dataprotection.mar", 403, 403),
        Arguments.of("me.rmn", 403, 403),
        Arguments.of("caseworker.cmr", 404, 404),
        Arguments.of("reintegration.cmr", 403, 404),
        Arguments.of("admin", 403, 403),
        Arguments.of("donor.viewer", 403, 403));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changers")
  void changesOnlyWhatTheirRoleAndMissionAllow(String user, int patchStatus, int transitionStatus) {
    ApiClient api = ApiClient.as(port, user);
    String id = register(ApiClient.as(port, "caseworker.mar"));

    Response patched =
        api.patch(path(id), Map.of("finalDestination", "Bafoussam"), "If-Match", "\"1\"");
    assertThat(patched.status()).as("PATCH").isEqualTo(patchStatus);
    Response moved =
        api.post(path(id) + "/transitions", Map.of("to", "DEFERRED", "reason", "illness"));
    assertThat(moved.status()).as("transition").isEqualTo(transitionStatus);
  }

  @Test
  void theReceivingMissionTakesOverAfterDeparture() {
    ApiClient reintegration = ApiClient.as(port, "reintegration.cmr");
    // the household arrives with its flight: the receiving mission confirms it there
    Response arrived = FlightFixture.arrival(reintegration, flight, departed);
    assertThat(arrived.status()).as(arrived.text()).isEqualTo(200);
    Response read = reintegration.get(path(departed));
    assertThat(read.json().get("status").asString()).isEqualTo("ARRIVED");
    assertThat(read.json().get("members").get(0).has("restricted")).isTrue();
    assertThat(
            ApiClient.as(port, "caseworker.cmr")
                .get(path(departed))
                .json()
                .get("members")
                .get(0)
                .get("vulnerabilities")
                .toString())
        .contains("SERIOUS_MEDICAL_CONDITION");
  }

  @Test
  void listsShowEachMissionOnlyItsOwnCases() {
    Response morocco = ApiClient.as(port, "me.mar").get("/api/v1/cases?size=200");
    assertThat(morocco.json().get("total").asLong()).isGreaterThanOrEqualTo(300);
    Response cameroon = ApiClient.as(port, "caseworker.cmr").get("/api/v1/cases?size=200");
    List<String> ids = new java.util.ArrayList<>();
    cameroon.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
    assertThat(ids).contains(departed).doesNotContain(waiting);
    cameroon
        .json()
        .get("items")
        .forEach(i -> assertThat(i.get("destinationCountry").asString()).isEqualTo("CMR"));
  }

  @Test
  void onlyThoseWithANeedToKnowMayFilterOnASensitiveCategory() {
    Response allowed =
        ApiClient.as(port, "medical.mar")
            .get("/api/v1/cases?size=200&vulnerability=SERIOUS_MEDICAL_CONDITION");
    assertThat(allowed.status()).isEqualTo(200);
    List<String> ids = new java.util.ArrayList<>();
    allowed.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
    assertThat(ids).contains(waiting);

    Response refused =
        ApiClient.as(port, "movement.mar")
            .get("/api/v1/cases?vulnerability=SERIOUS_MEDICAL_CONDITION");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("restricted");
  }

  @Test
  void guessingAnotherMissionsCaseLooksExactlyLikeANonexistentOneAndIsAudited() {
    ApiClient outsider = ApiClient.as(port, "caseworker.cmr");
    Response guessed = outsider.get(path(waiting));
    Response unknown = outsider.get(path(java.util.UUID.randomUUID().toString()));
    assertThat(guessed.status()).isEqualTo(404).isEqualTo(unknown.status());
    assertThat(guessed.json().get("title").asString())
        .isEqualTo(unknown.json().get("title").asString());

    Response trail =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?action=case.access-refused&subjectId=" + waiting);
    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.json().get("items").get(0).get("actor").asString())
        .isEqualTo("caseworker.cmr");
  }

  @Test
  void everyReadThatShowsSensitiveDataIsAudited() {
    ApiClient.as(port, "medical.mar").get(path(waiting));
    ApiClient.as(port, "movement.mar").get(path(waiting));

    Response trail =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?action=case.sensitive-read&subjectId=" + waiting);
    List<String> readers = new java.util.ArrayList<>();
    trail.json().get("items").forEach(e -> readers.add(e.get("actor").asString()));
    assertThat(readers).contains("medical.mar").doesNotContain("movement.mar");
  }

  @Test
  void theAuditTrailKeepsNoSensitiveValueInTheOpen() {
    String id = register(ApiClient.as(port, "caseworker.mar"));
    Response history = ApiClient.as(port, "caseworker.mar").get(path(id) + "/history");
    assertThat(history.text())
        .doesNotContain("SERIOUS_MEDICAL_CONDITION")
        .doesNotContain("diabetes");
  }

  private static String path(String id) {
    return "/api/v1/cases/" + id;
  }

  private static String register(ApiClient caseworker) {
    Map<String, Object> household = Households.familyOfThree(Households.uniqueFamilyName());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.get(0).put("vulnerabilities", List.of("PREGNANT", "SERIOUS_MEDICAL_CONDITION"));
    members.get(0).put("vulnerabilityNotes", "gestational diabetes, insulin");
    Response created = caseworker.post("/api/v1/cases", household);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asString();
  }
}
