package org.homeward.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.reintegration.ReintegrationFixture.id;
import static org.homeward.reintegration.ReintegrationFixture.principal;

import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The handover through the API: the Morocco mission records a returnee's skills and wishes; once he
 * has arrived, his case is in the Cameroon mission's queue with what the host mission recorded in
 * the open, and never the restricted part: his medical condition and the host mission's notes on it
 * stay restricted for every reader of the reintegration, and for a reader of the case without a
 * need to know.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoverApiTest {

  static final String NOTES = "Heart condition followed at Oujda hospital; needs his tablets daily";

  @LocalServerPort int port;

  ReintegrationFixture cameroon;
  JsonNode sick;
  JsonNode waiting;

  @BeforeAll
  void recordThenFlyHome() {
    cameroon = new ReintegrationFixture(port);
    cameroon.fund();
    List<JsonNode> ready = cameroon.ready(List.of(cameroon.sickMan(NOTES), cameroon.olderMan()));
    sick = ready.get(0);
    waiting = ready.get(1);
    Response profile =
        cameroon.hostCaseworker.put(
            "/api/v1/reintegration/people/" + principal(sick) + "/profile",
            Map.of(
                "skills", "Carpentry, twelve years",
                "wishes", "A carpentry workshop in Edéa"));
    assertThat(profile.status()).as(profile.text()).isEqualTo(200);
    // the host mission sees its own notes
    assertThat(cameroon.hostCaseworker.get("/api/v1/cases/" + id(sick)).json().toString())
        .contains(NOTES);
    cameroon.flyHome(List.of(sick));
  }

  @Test
  void theOriginMissionsQueueListsTheArrivedCaseWithWhatTheHostMissionRecordedInTheOpen() {
    Response queue = cameroon.officer.get("/api/v1/reintegration/queue");
    assertThat(queue.status()).isEqualTo(200);
    JsonNode entry = null;
    for (JsonNode e : queue.json()) {
      if (e.get("file").get("caseId").asString().equals(id(sick))) {
        entry = e;
      }
    }
    assertThat(entry).as("the arrived case is in the queue").isNotNull();
    assertThat(entry.get("file").get("originMission").asString()).isEqualTo("CMR");
    assertThat(entry.get("file").get("hostMission").asString()).isEqualTo("MAR");
    assertThat(entry.get("vulnerabilities").toString())
        .contains("OLDER_PERSON")
        .doesNotContain("SERIOUS_MEDICAL_CONDITION");
    // a household that has not left is in no one's queue
    assertThat(queue.text()).doesNotContain(id(waiting));
    assertThat(cameroon.officer.get("/api/v1/reintegration/cases/" + id(waiting)).status())
        .isEqualTo(404);
  }

  @Test
  void theOriginMissionCannotSeeTheHostMissionsRestrictedNotes() {
    for (ApiClient reader :
        List.of(cameroon.officer, cameroon.receivingCaseworker, cameroon.chief)) {
      Response handover = reader.get("/api/v1/reintegration/cases/" + id(sick));
      assertThat(handover.status()).as(handover.text()).isEqualTo(200);
      JsonNode man = handover.json().get("members").get(0);
      assertThat(man.get("restricted").asBoolean()).isTrue();
      assertThat(man.has("vulnerabilityNotes")).isFalse();
      assertThat(man.get("vulnerabilities").toString()).doesNotContain("SERIOUS_MEDICAL_CONDITION");
      assertThat(man.get("derivedVulnerabilities").toString()).contains("OLDER_PERSON");
      assertThat(handover.text()).doesNotContain(NOTES).doesNotContain("Heart");
      // what the host mission recorded in the open is handed over
      assertThat(man.get("profile").get("skills").asString()).isEqualTo("Carpentry, twelve years");
      assertThat(man.get("profile").get("wishes").asString())
          .isEqualTo("A carpentry workshop in Edéa");
      assertThat(man.get("profile").get("recordedIn").asString()).isEqualTo("MAR");
    }
    // nor on the pages, even for the Cameroon caseworker, who may read them on the case itself
    Browser browser = new Browser(port);
    assertThat(Browser.succeeded(browser.signIn("caseworker.cmr", ApiClient.DEMO_PASSWORD, null)))
        .isTrue();
    Browser.Page file = browser.get("/reintegration/cases/" + id(sick) + "?lang=en");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body())
        .contains("Carpentry, twelve years")
        .contains("Restricted")
        .doesNotContain(NOTES)
        .doesNotContain("Serious medical condition");
    // nor through the registry, for the reintegration officer, who has no need to know
    Response asCase = cameroon.officer.get("/api/v1/cases/" + id(sick));
    assertThat(asCase.text()).doesNotContain(NOTES);
    assertThat(asCase.json().get("members").get(0).get("restricted").asBoolean()).isTrue();
    // nor in the reintegration's other answers
    assertThat(cameroon.officer.get("/api/v1/reintegration/queue").text()).doesNotContain(NOTES);
    assertThat(cameroon.officer.get("/api/v1/reintegration/cases/" + id(sick) + "/profiles").text())
        .doesNotContain(NOTES);
  }

  @Test
  void theReceivingMissionRecordsTheReceptionAndTheAssessment() {
    Response reception =
        cameroon.officer.put(
            "/api/v1/reintegration/cases/" + id(sick) + "/reception",
            Map.of(
                "airportAssistance", true,
                "metBy", "Samuel Atangana",
                "onwardTransport", true,
                "transportMode", "BUS",
                "finalDestination", "Edéa",
                "accommodation", true,
                "accommodationPlace", "Foyer de Bonanjo",
                "accommodationNights", "2"));
    assertThat(reception.status()).as(reception.text()).isEqualTo(200);
    assertThat(reception.json().get("transportMode").asString()).isEqualTo("BUS");
    assertThat(reception.json().get("accommodationNights").asInt()).isEqualTo(2);
    // a transport without onward transport, nights without accommodation: both reported
    Response inconsistent =
        cameroon.officer.put(
            "/api/v1/reintegration/cases/" + id(sick) + "/reception",
            Map.of("transportMode", "TAXI", "accommodationNights", "3"));
    assertThat(inconsistent.status()).isEqualTo(400);
    assertThat(inconsistent.json().get("errors")).hasSize(2);
    // the host mission does not record the reception
    assertThat(
            cameroon
                .hostCaseworker
                .put("/api/v1/reintegration/cases/" + id(sick) + "/reception", Map.of())
                .status())
        .isEqualTo(403);

    Response assessed =
        cameroon.officer.put(
            "/api/v1/reintegration/cases/"
                + id(sick)
                + "/members/"
                + principal(sick)
                + "/assessment",
            Map.of(
                "skills", "Carpentry",
                "maritalStatus", "WIDOWED",
                "dependants", "1",
                "followUpNeeded", true,
                "followUp", "Referred to the district health centre"));
    assertThat(assessed.status()).as(assessed.text()).isEqualTo(200);
    JsonNode queue = cameroon.officer.get("/api/v1/reintegration/queue").json();
    for (JsonNode e : queue) {
      if (e.get("file").get("caseId").asString().equals(id(sick))) {
        assertThat(e.get("stage").asString()).isEqualTo("ASSESSED");
        assertThat(e.get("received").asBoolean()).isTrue();
        assertThat(e.get("file").get("officer").asString()).isEqualTo("reintegration.cmr");
      }
    }
  }
}
