package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.homeward.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo's reintegration in Cameroon, as a new user meets it: partners in Douala, the chief of
 * mission's purchase threshold, households of the Douala charter received, one with an approved
 * grocery plan and a paid tranche, one with a training plan waiting for the chief of mission, and
 * others waiting for a plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoReintegrationTest {

  @LocalServerPort int port;

  @Test
  void theCameroonMissionHasPartnersPlansInSeveralStatesAndHouseholdsStillWaiting() {
    ApiClient officer = ApiClient.as(port, "reintegration.cmr");
    List<String> partners = new ArrayList<>();
    officer
        .get("/api/v1/reintegration/partners")
        .json()
        .forEach(p -> partners.add(p.get("kind").asString()));
    assertThat(partners).contains("TRAINING_CENTRE", "MICROFINANCE_INSTITUTION", "NGO");
    assertThat(
            officer
                .get("/api/v1/reintegration/missions/CMR/threshold")
                .json()
                .get("threshold")
                .get("currency")
                .asString())
        .isEqualTo("XAF");

    List<String> statuses = new ArrayList<>();
    int waiting = 0;
    int received = 0;
    JsonNode paid = null;
    for (JsonNode e : officer.get("/api/v1/reintegration/queue").json()) {
      if (!DemoFlightsTest.demo(e.get("file").get("caseNumber").asString())) {
        continue;
      }
      if (e.get("received").asBoolean()) {
        received++;
      }
      if (e.get("plans").isEmpty()) {
        waiting++;
      }
      for (JsonNode p : e.get("plans")) {
        statuses.add(p.get("type").asString() + " " + p.get("status").asString());
        if (p.get("status").asString().equals("APPROVED")) {
          paid = p;
        }
      }
    }
    assertThat(statuses)
        .contains("MICROBUSINESS APPROVED", "VOCATIONAL_TRAINING AWAITING_APPROVAL");
    assertThat(received).isGreaterThanOrEqualTo(3);
    assertThat(waiting).as("households left for a new user to plan with").isPositive();
    JsonNode orders =
        officer
            .get("/api/v1/reintegration/plans/" + paid.get("id").asLong() + "/purchase-orders")
            .json();
    assertThat(orders.get(0).get("status").asString()).isEqualTo("PAID");
    assertThat(orders.get(0).get("expenditures")).hasSize(1);
    // the training plan waits for the chief of mission
    List<String> subjects = new ArrayList<>();
    ApiClient.as(port, "chief.cmr")
        .get("/api/v1/reintegration/approvals")
        .json()
        .get("waiting")
        .forEach(
            a -> subjects.add(a.get("subject").asString() + " " + a.get("requestedBy").asString()));
    assertThat(subjects).contains("PLAN reintegration.cmr");
  }

  @Test
  void aTailoringBusinessWithinTheCapIsBoughtInTwoTranchesTheSecondApprovedByASecondPerson() {
    ApiClient officer = ApiClient.as(port, "reintegration.cmr");
    JsonNode tailoring = null;
    for (JsonNode e : officer.get("/api/v1/reintegration/queue").json()) {
      for (JsonNode p : e.get("plans")) {
        JsonNode plan = officer.get("/api/v1/reintegration/plans/" + p.get("id").asLong()).json();
        if (plan.get("title").asString().equals("Tailoring workshop in New Bell")) {
          tailoring = plan;
        }
      }
    }
    assertThat(tailoring).as("the tailoring plan").isNotNull();
    assertThat(tailoring.get("status").asString()).isEqualTo("APPROVED");
    JsonNode orders =
        officer
            .get("/api/v1/reintegration/plans/" + tailoring.get("id").asLong() + "/purchase-orders")
            .json();
    assertThat(orders).hasSize(2);
    assertThat(orders.get(0).get("status").asString()).isEqualTo("PAID");
    assertThat(orders.get(1).get("status").asString()).isEqualTo("PAID");
    assertThat(orders.get(0).get("needsApproval").asBoolean()).isFalse();
    assertThat(orders.get(1).get("needsApproval").asBoolean()).isTrue();
  }
}
