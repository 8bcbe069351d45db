package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo is consistent with movement, as a new user meets it: every case ready for departure or
 * booked has each member documented and fit, and laissez-passer wait at the consulates of Cameroon,
 * Nigeria, Senegal and Côte d'Ivoire, some of their lists already sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoMovementTest {

  @LocalServerPort int port;

  @Test
  void everyCaseReadyOrBookedHasItsMembersDocumentedAndFit() {
    ApiClient movement = ApiClient.as(port, "movement.mar");
    List<String> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          movement
              .get("/api/v1/cases?status=READY_FOR_DEPARTURE,BOOKED&size=100&page=" + page)
              .json()
              .get("items");
      if (items.isEmpty()) {
        break;
      }
      // the demo's own: another test's household may have grown after it was booked, its new
      // member not yet documented
      items.forEach(i -> {
        if (DemoFlightsTest.demo(i.get("caseNumber").asString())) {
          ids.add(i.get("id").asString());
        }
      });
    }
    assertThat(ids).hasSizeGreaterThan(20);
    int escorted = 0;
    for (String id : ids) {
      JsonNode travel = movement.get("/api/v1/movement/cases/" + id + "/travel").json();
      assertThat(travel.get("ready").asBoolean()).as(travel.toString()).isTrue();
      for (JsonNode m : travel.get("members")) {
        assertThat(m.get("validDocument").get("expiresOn").asString())
            .isGreaterThanOrEqualTo(java.time.LocalDate.now().toString());
        if (m.get("medicalEscort").asBoolean()) {
          escorted++;
        }
      }
    }
    assertThat(escorted).as("the seriously ill travel with an escort").isPositive();
  }

  @Test
  void laissezPasserWaitAtTheFourConsulatesSomeListsAlreadySent() {
    JsonNode consulates =
        ApiClient.as(port, "movement.mar").get("/api/v1/movement/consulates").json();
    Map<String, JsonNode> byCountry = new HashMap<>();
    consulates.forEach(c -> byCountry.put(c.get("country").asString(), c));

    for (String country : List.of("CMR", "NGA", "SEN", "CIV")) {
      assertThat(byCountry).containsKey(country);
      assertThat(byCountry.get(country).get("waiting").asInt()).as(country).isPositive();
    }
    assertThat(
            byCountry.values().stream()
                .mapToInt(c -> c.get("waiting").asInt() - c.get("unsent").asInt())
                .sum())
        .as("requests already sent")
        .isPositive();
  }
}
