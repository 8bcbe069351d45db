package org.homeward.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.reintegration.ReintegrationFixture.id;
import static org.homeward.reintegration.ReintegrationFixture.microbusiness;
import static org.homeward.reintegration.ReintegrationFixture.principal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Plans through the API, for returnees who arrived in Douala: the cap per beneficiary comes from
 * the project paying for them; within it the plan is approved when submitted and its case moves to
 * IN_REINTEGRATION; above it a second person approves it, never the one who submitted it; a
 * collective project pools the caps of returnees of several households.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanApiTest {

  @LocalServerPort int port;

  ReintegrationFixture cameroon;
  List<JsonNode> arrived;

  @BeforeAll
  void flyFiveHouseholdsHome() {
    cameroon = new ReintegrationFixture(port);
    cameroon.fund();
    arrived =
        cameroon.arrived(
            List.of(
                cameroon.olderMan(),
                cameroon.olderMan(),
                cameroon.motherAndSon(),
                cameroon.olderMan(),
                cameroon.olderMan()));
  }

  @Test
  void aPlanWithinTheCapIsApprovedWhenSubmittedAndMovesTheCaseIntoReintegration() {
    JsonNode c = arrived.get(0);
    Response drafted =
        cameroon.officer.post(
            plans(c),
            microbusiness(
                principal(c), List.of(List.of("500.00", "USD"), List.of("300.00", "USD"))));
    assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
    JsonNode plan = drafted.json();
    assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
    assertThat(plan.get("scope").asString()).isEqualTo("PERSON");
    // the cap is the project's for this returnee, in its currency
    assertThat(plan.get("cap").get("amount").asString()).isEqualTo(ReintegrationFixture.CAP);
    assertThat(plan.get("cap").get("currency").asString()).isEqualTo("USD");
    assertThat(plan.get("total").get("amount").asString()).isEqualTo("800.00");
    assertThat(plan.get("aboveCap").asBoolean()).isFalse();

    Response submitted = submit(cameroon.officer, plan);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
    assertThat(submitted.json().get("status").asString()).isEqualTo("APPROVED");
    assertThat(submitted.json().get("approvedBy").asString()).isEqualTo("reintegration.cmr");
    assertThat(status(c)).isEqualTo("IN_REINTEGRATION");
    // one plan at a time for a returnee
    Response again =
        cameroon.officer.post(
            plans(c), microbusiness(principal(c), List.of(List.of("10.00", "USD"))));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("already-in-a-plan");
    // an approved plan no longer changes
    Response changed =
        cameroon.officer.put(
            "/api/v1/reintegration/plans/" + plan.get("id").asLong(),
            microbusiness(principal(c), List.of(List.of("100.00", "USD"))));
    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.json().get("code").asString()).isEqualTo("plan-status");
  }

  @Test
  void aPlanOneCentAboveTheCapWaitsForASecondPersonWhoIsNeverTheOneWhoAsked() {
    JsonNode c = arrived.get(1);
    JsonNode plan =
        cameroon
            .officer
            .post(plans(c), microbusiness(principal(c), List.of(List.of("800.01", "USD"))))
            .json();
    assertThat(plan.get("aboveCap").asBoolean()).isTrue();
    assertThat(plan.get("overCap").get("amount").asString()).isEqualTo("0.01");
    // a user who both works the plans and approves them submits it...
    ApiClient both =
        cameroon.cameroonUser(
            "officer.chief", List.of("REINTEGRATION_OFFICER", "CHIEF_OF_MISSION"));
    Response submitted = submit(both, plan);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
    assertThat(submitted.json().get("status").asString()).isEqualTo("AWAITING_APPROVAL");
    assertThat(submitted.json().get("approvals")).hasSize(1);
    long approval = submitted.json().get("approvals").get(0).get("id").asLong();
    assertThat(status(c)).isEqualTo("ARRIVED");

    // ...and may not approve it: four eyes
    Response own = decide(both, approval, "APPROVE", null);
    assertThat(own.status()).isEqualTo(409);
    assertThat(own.json().get("code").asString()).isEqualTo("four-eyes");
    assertThat(waitingIds(both)).doesNotContain(approval);
    assertThat(requestedIds(both)).contains(approval);
    // an officer may not approve at all
    assertThat(decide(cameroon.officer, approval, "APPROVE", null).status()).isEqualTo(403);
    // a rejection says why
    Response noReason = decide(cameroon.chief, approval, "REJECT", null);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("note");

    assertThat(waitingIds(cameroon.chief)).contains(approval);
    Response approved = decide(cameroon.chief, approval, "APPROVE", null);
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.json().get("decidedBy").asString()).isEqualTo("chief.cmr");
    JsonNode after =
        cameroon.officer.get("/api/v1/reintegration/plans/" + plan.get("id").asLong()).json();
    assertThat(after.get("status").asString()).isEqualTo("APPROVED");
    assertThat(after.get("approvedBy").asString()).isEqualTo("chief.cmr");
    assertThat(status(c)).isEqualTo("IN_REINTEGRATION");
    assertThat(decide(cameroon.chief, approval, "APPROVE", null).json().get("code").asString())
        .isEqualTo("already-decided");
    // the steps are on the case's history
    JsonNode trail =
        ApiClient.as(port, "admin")
            .get(
                "/api/v1/audit/entries?subjectId="
                    + id(c)
                    + "&action=reintegration.approval-granted")
            .json();
    assertThat(trail.get("items").get(0).get("actor").asString()).isEqualTo("chief.cmr");
  }

  @Test
  void aRejectedPlanGoesBackToDraftAndCanBeChangedToFitTheCap() {
    JsonNode c = arrived.get(3);
    JsonNode plan =
        cameroon
            .officer
            .post(plans(c), microbusiness(principal(c), List.of(List.of("950.00", "USD"))))
            .json();
    JsonNode submitted = submit(cameroon.officer, plan).json();
    long approval = submitted.get("approvals").get(0).get("id").asLong();
    Response rejected = decide(cameroon.chief, approval, "REJECT", "Too much for one stall");
    assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
    String path = "/api/v1/reintegration/plans/" + plan.get("id").asLong();
    JsonNode back = cameroon.officer.get(path).json();
    assertThat(back.get("status").asString()).isEqualTo("DRAFT");
    Response changed =
        cameroon.officer.put(
            path,
            microbusiness(principal(c), List.of(List.of("700.00", "USD"))),
            "If-Match",
            "\"" + back.get("version").asLong() + "\"");
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(submit(cameroon.officer, changed.json()).json().get("status").asString())
        .isEqualTo("APPROVED");
  }

  @Test
  void aHouseholdPlanAddsUpItsMembersCapsAndACollectiveOnePoolsSeveralHouseholds() {
    JsonNode family = arrived.get(2);
    // no beneficiary named: the whole household
    Map<String, Object> body = microbusiness(principal(family), List.of(List.of("1500.00", "USD")));
    body.remove("beneficiaries");
    JsonNode plan = cameroon.officer.post(plans(family), body).json();
    assertThat(plan.get("scope").asString()).isEqualTo("HOUSEHOLD");
    assertThat(plan.get("members")).hasSize(2);
    assertThat(plan.get("cap").get("amount").asString()).isEqualTo("1600.00");
    assertThat(plan.get("aboveCap").asBoolean()).isFalse();
    Response cancelled =
        cameroon.officer.post(
            "/api/v1/reintegration/plans/" + plan.get("id").asLong() + "/cancellation",
            Map.of("reason", "they prefer a project with their neighbour"));
    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);

    // a tailoring workshop of the mother and the man next door, each with their own cap
    JsonNode neighbour = arrived.get(4);
    Map<String, Object> collective =
        microbusiness(principal(family), List.of(List.of("1500.00", "USD")));
    collective.put("type", "COLLECTIVE");
    collective.put("description", "A tailoring workshop run together");
    collective.put("beneficiaries", List.of(principal(family), principal(neighbour)));
    Response pooled = cameroon.officer.post(plans(family), collective);
    assertThat(pooled.status()).as(pooled.text()).isEqualTo(201);
    assertThat(pooled.json().get("scope").asString()).isEqualTo("COLLECTIVE");
    List<String> cases = new ArrayList<>();
    pooled.json().get("members").forEach(m -> cases.add(m.get("caseId").asString()));
    assertThat(cases).containsExactly(id(family), id(neighbour));
    assertThat(pooled.json().get("cap").get("amount").asString()).isEqualTo("1600.00");
    assertThat(submit(cameroon.officer, pooled.json()).json().get("status").asString())
        .isEqualTo("APPROVED");
    assertThat(status(family)).isEqualTo("IN_REINTEGRATION");
    assertThat(status(neighbour)).isEqualTo("IN_REINTEGRATION");
    // only a collective project reaches into another household
    Map<String, Object> single =
        microbusiness(principal(neighbour), List.of(List.of("10.00", "USD")));
    Response refused = cameroon.officer.post(plans(arrived.get(0)), single);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("code").asString())
        .isEqualTo("unknown-member");
  }

  @Test
  void everyMistakeOfAPlanIsReportedAtOnceAndOnlyTheReceivingMissionDraftsOne() {
    JsonNode c = arrived.get(4);
    Response invalid =
        cameroon.officer.post(
            plans(c),
            Map.of(
                "type", "VOCATIONAL_TRAINING",
                "agreedOn", "tomorrow",
                "items", List.of(Map.of("description", "Toolkit", "amount", "-5"))));
    assertThat(invalid.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields)
        .contains(
            "agreedOn", "provider", "course", "durationWeeks", "trainingCost", "items[0].amount");
    // the host mission does not plan a returnee's reintegration
    assertThat(
            ApiClient.as(port, "chief.mar")
                .post(plans(c), microbusiness(principal(c), List.of(List.of("1.00", "USD"))))
                .status())
        .isEqualTo(403);
    // nor does a mission the case was not handed over to
    assertThat(
            ApiClient.as(port, "caseworker.mar")
                .get("/api/v1/reintegration/queue")
                .json()
                .toString())
        .doesNotContain(id(c));
  }

  private String status(JsonNode c) {
    return cameroon.chief.get("/api/v1/cases/" + id(c)).json().get("status").asString();
  }

  private static String plans(JsonNode c) {
    return "/api/v1/reintegration/cases/" + id(c) + "/plans";
  }

  private static Response submit(ApiClient who, JsonNode plan) {
    return who.post("/api/v1/reintegration/plans/" + plan.get("id").asLong() + "/submission", null);
  }

  private static Response decide(ApiClient who, long approval, String decision, String note) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("decision", decision);
    if (note != null) {
      body.put("note", note);
    }
    return who.post("/api/v1/reintegration/approvals/" + approval + "/decision", body);
  }

  private static List<Long> waitingIds(ApiClient who) {
    List<Long> ids = new ArrayList<>();
    who.get("/api/v1/reintegration/approvals")
        .json()
        .get("waiting")
        .forEach(a -> ids.add(a.get("id").asLong()));
    return ids;
  }

  private static List<Long> requestedIds(ApiClient who) {
    List<Long> ids = new ArrayList<>();
    who.get("/api/v1/reintegration/approvals")
        .json()
        .get("requested")
        .forEach(a -> ids.add(a.get("id").asLong()));
    return ids;
  }
}
