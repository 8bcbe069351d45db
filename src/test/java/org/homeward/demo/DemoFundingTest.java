package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.demo.story.FundingStory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo tells the money of the reference story, as a new user meets it: the Swiss and Belgian
 * projects that helped 3,500 people and ran dry in June, the USD 800,000 appeal partly funded in
 * francs, euros and dollars, the demo cases' commitments, a real exhaustion date and the people
 * waiting for funds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoFundingTest {

  @LocalServerPort int port;

  final int year = FundingStory.storyYear(LocalDate.now());

  @Test
  void theSwissAndBelgianProjectsHelped3500PeopleAndRanDryInJune() {
    ApiClient chief = ApiClient.as(port, "chief.mar");
    Map<String, JsonNode> positions = byCode(chief.get("/api/v1/funding/positions").json());
    List<String> old = List.of("CH-MAR-AVRR-I", "CH-MAR-AVRR-II", "BE-MAR-AVRR");
    assertThat(
            old.stream().mapToInt(c -> positions.get(c).get("peopleAssistedBefore").asInt()).sum())
        .isEqualTo(3500);
    for (String code : old) {
      assertThat(positions.get(code).get("money").get("available").asString()).isEqualTo("0.00");
    }
    long project = positions.get("CH-MAR-AVRR-II").get("projectId").asLong();
    JsonNode lastDay =
        chief
            .get("/api/v1/funding/projects/" + project + "/position?asOf=" + year + "-06-29")
            .json();
    JsonNode ranDry =
        chief
            .get("/api/v1/funding/projects/" + project + "/position?asOf=" + year + "-06-30")
            .json();
    assertThat(new BigDecimal(lastDay.get("money").get("available").asString())).isPositive();
    assertThat(ranDry.get("money").get("available").asString()).isEqualTo("0.00");
    assertThat(ranDry.get("money").get("exhaustionDate").asString()).isEqualTo(year + "-06-30");
  }

  @Test
  void theAppealIsPartlyFundedInFrancsEurosAndDollarsAndTheCasesHoldCommitments() {
    ApiClient chief = ApiClient.as(port, "chief.mar");
    JsonNode appeal = chief.get("/api/v1/funding/appeals").json().get(0);
    assertThat(appeal.get("targetAmount").asString()).isEqualTo("800000.00");
    assertThat(appeal.get("currency").asString()).isEqualTo("USD");
    assertThat(appeal.get("targetPeople").asInt()).isEqualTo(1000);
    JsonNode position =
        chief.get("/api/v1/funding/appeals/" + appeal.get("id").asLong() + "/position").json();
    BigDecimal pledged = new BigDecimal(position.get("pledged").asString());
    assertThat(pledged).isBetween(new BigDecimal("100000"), new BigDecimal("799999.99"));
    assertThat(new BigDecimal(position.get("gap").asString()))
        .isEqualByComparingTo(new BigDecimal("800000.00").subtract(pledged));
    List<String> currencies = new ArrayList<>();
    for (JsonNode c : chief.get("/api/v1/funding/contributions").json()) {
      if (c.hasNonNull("appealId")) {
        currencies.add(c.get("currency").asString());
      }
    }
    assertThat(currencies).contains("CHF", "EUR", "USD");

    JsonNode project =
        byCode(chief.get("/api/v1/funding/positions").json()).get("MAR-AVRR-" + year);
    assertThat(project.get("casesCommitted").asInt()).isGreaterThan(50);
    assertThat(new BigDecimal(project.get("money").get("available").asString())).isPositive();
    assertThat(new BigDecimal(project.get("money").get("burnRatePerWeek").asString())).isPositive();
    assertThat(LocalDate.parse(project.get("money").get("exhaustionDate").asString()))
        .isAfter(LocalDate.now());
    assertThat(project.get("peopleCoverable").asInt()).isPositive();
  }

  @Test
  void householdsNoProjectCanPayForWaitMostVulnerableFirstUntilTheMoneyArrives() {
    ApiClient chief = ApiClient.as(port, "chief.mar");
    JsonNode waiting = chief.get("/api/v1/funding/waiting-cases").json();
    assertThat(waiting.size()).isGreaterThanOrEqualTo(2);
    int previous = Integer.MAX_VALUE;
    for (JsonNode w : waiting) {
      assertThat(w.get("reason").asString())
          .contains(w.get("caseNumber").asString())
          .contains("BE-MAR-MGC-" + year);
      assertThat(w.get("priorityScore").asInt()).isLessThanOrEqualTo(previous);
      previous = w.get("priorityScore").asInt();
    }

    // Belgium pays its second tranche: the chief of mission sees who can now be made eligible
    ApiClient finance = ApiClient.as(port, "finance.mar");
    JsonNode tranche = null;
    for (JsonNode c : finance.get("/api/v1/funding/contributions").json()) {
      if ("FED-2012-131/2".equals(c.path("reference").asString())) {
        tranche = c;
      }
    }
    Map<String, Object> paid = new LinkedHashMap<>();
    paid.put("donorId", tranche.get("donorId").asLong());
    paid.put("amount", tranche.get("amount").asString());
    paid.put("currency", "EUR");
    paid.put("pledgedOn", tranche.get("pledgedOn").asString());
    paid.put("receivedOn", LocalDate.now().toString());
    paid.put("projectId", tranche.get("projectId").asLong());
    paid.put("reference", "FED-2012-131/2");
    Response received =
        finance.put(
            "/api/v1/funding/contributions/" + tranche.get("id").asLong(),
            paid,
            "If-Match",
            "\"" + tranche.get("version").asLong() + "\"");
    assertThat(received.status()).as(received.text()).isEqualTo(200);
    JsonNode now = chief.get("/api/v1/funding/waiting-cases").json();
    assertThat(now.get(0).get("coverable").asBoolean()).isTrue();
    assertThat(now.get(0).get("coverableByProjectCode").asString()).isEqualTo("BE-MAR-MGC-" + year);
  }

  @Test
  void aContributionInFrancsAndItsRateMoveTheAppealsProgress() {
    ApiClient finance = ApiClient.as(port, "finance.mar");
    JsonNode appeal = finance.get("/api/v1/funding/appeals").json().get(0);
    String path = "/api/v1/funding/appeals/" + appeal.get("id").asLong() + "/position";
    BigDecimal before = new BigDecimal(finance.get(path).json().get("received").asString());
    long switzerland = 0;
    for (JsonNode d : finance.get("/api/v1/funding/donors").json()) {
      if (d.get("name").asString().startsWith("Switzerland")) {
        switzerland = d.get("id").asLong();
      }
    }
    String today = LocalDate.now().toString();
    // a rate of today's date; a rate already entered for the pair today is kept as it is
    Response rate =
        finance.post(
            "/api/v1/funding/exchange-rates",
            Map.of("date", today, "from", "CHF", "to", "USD", "rate", "1.1250"));
    assertThat(rate.status()).isIn(201, 409);
    BigDecimal chfToUsd = new BigDecimal("1.1250");
    if (rate.status() == 409) {
      chfToUsd = new BigDecimal(rate.json().get("rate").asString());
    }
    Map<String, Object> gift = new HashMap<>();
    gift.put("donorId", switzerland);
    gift.put("amount", "40000.00");
    gift.put("currency", "CHF");
    gift.put("pledgedOn", today);
    gift.put("receivedOn", today);
    gift.put("appealId", appeal.get("id").asLong());
    assertThat(finance.post("/api/v1/funding/contributions", gift).status()).isEqualTo(201);

    BigDecimal after = new BigDecimal(finance.get(path).json().get("received").asString());
    assertThat(after.subtract(before))
        .isEqualByComparingTo(
            new BigDecimal("40000.00").multiply(chfToUsd).setScale(2, RoundingMode.HALF_EVEN));
  }

  @Test
  void aDonorsViewerSeesOnlyTheProjectsItsDonorFunds() {
    ApiClient donor = ApiClient.as(port, "donor.viewer");
    Map<String, JsonNode> seen = byCode(donor.get("/api/v1/funding/positions").json());
    assertThat(seen.keySet())
        .containsExactlyInAnyOrder("CH-MAR-AVRR-I", "CH-MAR-AVRR-II", "MAR-AVRR-" + year);
    assertThat(donor.get("/api/v1/funding/projects").status()).isEqualTo(403);
    assertThat(donor.get("/api/v1/funding/waiting-cases").status()).isEqualTo(403);
    Map<String, JsonNode> all =
        byCode(ApiClient.as(port, "chief.mar").get("/api/v1/funding/positions").json());
    long belgian = all.get("BE-MAR-AVRR").get("projectId").asLong();
    assertThat(donor.get("/api/v1/funding/projects/" + belgian + "/position").status())
        .isEqualTo(404);
  }

  private static Map<String, JsonNode> byCode(JsonNode positions) {
    Map<String, JsonNode> byCode = new HashMap<>();
    for (JsonNode p : positions) {
      byCode.put(p.get("code").asString(), p);
    }
    return byCode;
  }
}
