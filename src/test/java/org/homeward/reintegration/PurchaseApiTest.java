package org.homeward.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.reintegration.ReintegrationFixture.id;
import static org.homeward.reintegration.ReintegrationFixture.microbusiness;
import static org.homeward.reintegration.ReintegrationFixture.principal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Purchases in kind through the API: a tranche in a local currency is converted to the project's at
 * funding's rate of its purchase day (not today's), stays within the plan's budget, waits for a
 * second person when it passes the mission's threshold, and once paid is an expenditure in the
 * ledger, on the case, dated its purchase day; a collective project's purchase is spent on each
 * member's own case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurchaseApiTest {

  /** Francs CFA of West Africa to the dollar, as the test enters them: one rate, then another. */
  static final String EARLY_RATE = "0.00161";

  static final String LATE_RATE = "0.00175";

  @LocalServerPort int port;

  ReintegrationFixture cameroon;
  List<JsonNode> arrived;
  LocalDate early;
  LocalDate late;

  @BeforeAll
  void flyHomeAndEnterRates() {
    cameroon = new ReintegrationFixture(port);
    cameroon.fund();
    arrived =
        cameroon.arrived(List.of(cameroon.olderMan(), cameroon.olderMan(), cameroon.olderMan()));
    // XOF -> USD is entered by this test alone (the demo enters USD -> XOF): the direct pair wins
    early = LocalDate.now().minusDays(20);
    late = LocalDate.now().minusDays(8);
    String csv =
        "date,from,to,rate\n"
            + early
            + ",XOF,USD,"
            + EARLY_RATE
            + "\n"
            + late
            + ",XOF,USD,"
            + LATE_RATE
            + "\n";
    Response uploaded =
        cameroon.finance.send("POST", "/api/v1/funding/exchange-rates/upload", csv, "text/csv");
    assertThat(uploaded.status()).as(uploaded.text()).isIn(200, 201);
  }

  @Test
  void aTrancheIsConvertedAtTheRateOfItsPurchaseDayAndPaidIntoTheLedgerThatDay() {
    JsonNode c = arrived.get(0);
    JsonNode plan = approvedPlan(c, "750.00");
    LocalDate first = early.plusDays(2);
    LocalDate second = late.plusDays(1);

    JsonNode one = order(plan, first, "XOF", List.of(List.of("Sewing machine", "1", "90000")));
    JsonNode two = order(plan, second, "XOF", List.of(List.of("Fabric, 10 m", "3", "60000")));

    // each at the rate of its own day, to the cent
    assertThat(one.get("converted").get("amount").asString())
        .isEqualTo(times("90000", EARLY_RATE))
        .isEqualTo("144.90");
    assertThat(two.get("converted").get("amount").asString())
        .isEqualTo(times("60000", LATE_RATE))
        .isEqualTo("105.00");
    assertThat(one.get("converted").get("currency").asString()).isEqualTo("USD");
    assertThat(one.get("tranche").asInt()).isEqualTo(1);
    assertThat(two.get("tranche").asInt()).isEqualTo(2);

    for (JsonNode order : List.of(one, two)) {
      assertThat(order.get("status").asString()).isEqualTo("ORDERED");
      Response paid = pay(cameroon.officer, order);
      assertThat(paid.status()).as(paid.text()).isEqualTo(200);
      assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
      assertThat(paid.json().get("expenditures")).hasSize(1);
    }
    // the ledger holds them on the case's reintegration line, dated and converted as ordered
    List<JsonNode> spent = reintegrationExpenditures(id(c));
    assertThat(spent).hasSize(2);
    assertThat(spent.get(0).get("spentOn").asString()).isEqualTo(first.toString());
    assertThat(spent.get(0).get("amount").asString()).isEqualTo("90000.00");
    assertThat(spent.get(0).get("currency").asString()).isEqualTo("XOF");
    assertThat(spent.get(0).get("inProjectCurrency").asString()).isEqualTo("144.90");
    assertThat(spent.get(0).get("sourceType").asString()).isEqualTo("PURCHASE_ORDER");
    assertThat(spent.get(0).get("sourceId").asString()).isEqualTo(one.get("id").asString());
    assertThat(spent.get(1).get("spentOn").asString()).isEqualTo(second.toString());
    assertThat(spent.get(1).get("inProjectCurrency").asString()).isEqualTo("105.00");

    // a paid tranche is paid once
    Response twice = pay(cameroon.officer, one);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asString()).isEqualTo("purchase-status");
    // what is left of the budget bounds the next tranche: 750.00 - 144.90 - 105.00 = 500.10
    Response tooMuch = post(plan, first, "USD", List.of(List.of("Generator", "1", "500.11")));
    assertThat(tooMuch.status()).isEqualTo(409);
    assertThat(tooMuch.json().get("code").asString()).isEqualTo("plan-budget-exceeded");
    assertThat(tooMuch.json().get("remaining").asString()).isEqualTo("500.10");
    // and a day with no rate of the currency (years before any the demo enters) is refused,
    // naming the pair
    Response noRate =
        post(plan, early.minusDays(3000), "XOF", List.of(List.of("Thread", "1", "1000")));
    assertThat(noRate.status()).isEqualTo(409);
    assertThat(noRate.json().get("code").asString()).isEqualTo("exchange-rate-missing");
  }

  @Test
  void aTrancheAboveTheMissionsThresholdIsPaidOnlyOnceASecondPersonApprovedIt() {
    JsonNode threshold =
        cameroon.officer.get("/api/v1/reintegration/missions/CMR/threshold").json();
    // the demo's: XAF 100,000, weighed on the purchase's day (XOF at parity with XAF)
    assertThat(threshold.get("threshold").get("amount").asString()).isEqualTo("100000.00");
    assertThat(threshold.get("threshold").get("currency").asString()).isEqualTo("XAF");

    JsonNode c = arrived.get(1);
    JsonNode plan = approvedPlan(c, "750.00");
    ApiClient both =
        cameroon.cameroonUser("buyer.chief", List.of("REINTEGRATION_OFFICER", "CHIEF_OF_MISSION"));
    Response ordered =
        both.post(
            "/api/v1/reintegration/plans/" + plan.get("id").asLong() + "/purchase-orders",
            body(
                late.plusDays(1),
                "XOF",
                List.of(List.of("Sewing machine, industrial", "1", "150000"))));
    assertThat(ordered.status()).as(ordered.text()).isEqualTo(201);
    JsonNode order = ordered.json();
    assertThat(order.get("needsApproval").asBoolean()).isTrue();
    assertThat(order.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
    long approval = order.get("approvals").get(0).get("id").asLong();
    assertThat(order.get("approvals").get(0).get("limit").get("amount").asString())
        .isEqualTo("100000.00");

    // not paid before a second person approves it
    Response early = pay(both, order);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asString()).isEqualTo("purchase-status");
    assertThat(reintegrationExpenditures(id(c))).isEmpty();
    // the one who ordered it may not approve it
    Response own =
        both.post(
            "/api/v1/reintegration/approvals/" + approval + "/decision",
            Map.of("decision", "APPROVE"));
    assertThat(own.status()).isEqualTo(409);
    assertThat(own.json().get("code").asString()).isEqualTo("four-eyes");

    Response approved =
        cameroon.chief.post(
            "/api/v1/reintegration/approvals/" + approval + "/decision",
            Map.of("decision", "APPROVE"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    Response paid = pay(both, order);
    assertThat(paid.status()).as(paid.text()).isEqualTo(200);
    assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
    assertThat(reintegrationExpenditures(id(c))).hasSize(1);

    // within the threshold, no approval is needed
    JsonNode small =
        order(plan, late.plusDays(1), "XOF", List.of(List.of("Scissors", "2", "12000")));
    assertThat(small.get("needsApproval").asBoolean()).isFalse();
    assertThat(small.get("status").asString()).isEqualTo("ORDERED");
  }

  @Test
  void theThresholdIsTheMissionsOwnSettingChangedByItsChiefOrAnAdministrator() {
    Map<String, Object> setting = Map.of("amount", "250000", "currency", "NGN");
    assertThat(
            cameroon.officer.put("/api/v1/reintegration/missions/NGA/threshold", setting).status())
        .isEqualTo(403);
    // the chief of mission in Cameroon does not set Nigeria's
    assertThat(cameroon.chief.put("/api/v1/reintegration/missions/NGA/threshold", setting).status())
        .isEqualTo(404);
    Response set = cameroon.admin.put("/api/v1/reintegration/missions/NGA/threshold", setting);
    assertThat(set.status()).as(set.text()).isEqualTo(200);
    assertThat(set.json().get("threshold").get("amount").asString()).isEqualTo("250000.00");
    assertThat(set.json().get("updatedBy").asString()).isEqualTo("admin");
    Response stale =
        cameroon.admin.put(
            "/api/v1/reintegration/missions/NGA/threshold", setting, "If-Match", "\"0\"");
    assertThat(stale.status()).isEqualTo(412);
  }

  @Test
  void aCollectiveProjectsPurchaseIsSpentOnEachMembersOwnCaseInThePartsOfTheirCaps() {
    JsonNode a = arrived.get(2);
    JsonNode fresh = cameroon.arrived(List.of(cameroon.olderMan())).get(0);
    Map<String, Object> collective =
        microbusiness(principal(a), List.of(List.of("1000.00", "USD")));
    collective.put("type", "COLLECTIVE");
    collective.put("description", "A tailoring workshop run together");
    collective.put("beneficiaries", List.of(principal(a), principal(fresh)));
    Response drafted =
        cameroon.officer.post("/api/v1/reintegration/cases/" + id(a) + "/plans", collective);
    assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
    JsonNode plan = drafted.json();
    assertThat(
            cameroon
                .officer
                .post(
                    "/api/v1/reintegration/plans/" + plan.get("id").asLong() + "/submission", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("APPROVED");
    JsonNode order =
        order(
            plan, LocalDate.now(), "USD", List.of(List.of("Two pairs of scissors", "2", "100.01")));
    assertThat(order.get("status").asString()).isEqualTo("ORDERED");
    Response paid = pay(cameroon.officer, order);
    assertThat(paid.status()).as(paid.text()).isEqualTo(200);
    assertThat(paid.json().get("expenditures")).hasSize(2);
    // equal caps, equal parts; the last case takes what rounding leaves
    assertThat(reintegrationExpenditures(id(a)).get(0).get("amount").asString()).isEqualTo("50.00");
    assertThat(reintegrationExpenditures(id(fresh)).get(0).get("amount").asString())
        .isEqualTo("50.01");
  }

  private JsonNode approvedPlan(JsonNode c, String amount) {
    Response drafted =
        cameroon.officer.post(
            "/api/v1/reintegration/cases/" + id(c) + "/plans",
            microbusiness(principal(c), List.of(List.of(amount, "USD"))));
    assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
    Response submitted =
        cameroon.officer.post(
            "/api/v1/reintegration/plans/" + drafted.json().get("id").asLong() + "/submission",
            null);
    assertThat(submitted.json().get("status").asString()).isEqualTo("APPROVED");
    return submitted.json();
  }

  private JsonNode order(JsonNode plan, LocalDate on, String currency, List<List<String>> items) {
    Response ordered = post(plan, on, currency, items);
    assertThat(ordered.status()).as(ordered.text()).isEqualTo(201);
    return ordered.json();
  }

  private Response post(JsonNode plan, LocalDate on, String currency, List<List<String>> items) {
    return cameroon.officer.post(
        "/api/v1/reintegration/plans/" + plan.get("id").asLong() + "/purchase-orders",
        body(on, currency, items));
  }

  private static Map<String, Object> body(LocalDate on, String currency, List<List<String>> items) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("vendor", "Marché Central, stall 14");
    body.put("purchasedOn", on.toString());
    body.put("currency", currency);
    List<Map<String, Object>> lines = new ArrayList<>();
    items.forEach(
        i -> lines.add(Map.of("description", i.get(0), "quantity", i.get(1), "amount", i.get(2))));
    body.put("items", lines);
    return body;
  }

  private static Response pay(ApiClient who, JsonNode order) {
    return who.post(
        "/api/v1/reintegration/purchase-orders/" + order.get("id").asLong() + "/payment", Map.of());
  }

  private List<JsonNode> reintegrationExpenditures(String caseId) {
    List<JsonNode> lines = new ArrayList<>();
    ApiClient.as(port, "chief.mar")
        .get("/api/v1/funding/cases/" + caseId + "/expenditures")
        .json()
        .forEach(e -> {
          if (e.get("line").asString().equals("REINTEGRATION")) {
            lines.add(e);
          }
        });
    return lines;
  }

  /** {@code amount × rate}, rounded once to the cent half-even, as funding converts. */
  private static String times(String amount, String rate) {
    return new BigDecimal(amount)
        .multiply(new BigDecimal(rate))
        .setScale(2, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
