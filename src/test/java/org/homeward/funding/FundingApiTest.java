package org.homeward.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The books through the API: a finance officer records them, every amount is converted at the
 * stored rate valid on its own date, bad input names each field, rates come one by one or as a
 * file, and only finance officers change anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingApiTest {

  @LocalServerPort int port;

  @Test
  void convertsEachAmountAtTheStoredRateValidOnItsOwnDate() {
    FundingFixture money = new FundingFixture(port);
    // a currency pair no other test or demo rate uses, dated in the past
    assertThat(rate(money, "2001-01-01", "SEK", "NOK", "0.8000").status()).isEqualTo(201);
    assertThat(rate(money, "2001-04-01", "SEK", "NOK", "0.9000").status()).isEqualTo(201);
    long donor = money.donor("Rate donor");
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("code", "T-NOK-" + Households.uniqueFamilyName().toUpperCase());
    project.put("title", "A project kept in kroner");
    project.put("missionCode", "MAR");
    project.put("currency", "NOK");
    project.put("startsOn", "2001-01-01");
    project.put("endsOn", "2001-12-31");
    project.put("donorIds", List.of(donor));
    project.put(
        "unitCosts",
        Map.of("seatShare", "1000.00", "pocketMoney", "100.00", "reintegrationCap", "2000.00"));
    Response created = money.finance.post("/api/v1/funding/projects", project);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    // pledged on 15 March at 0.80, received on 10 May at 0.90
    money.contribute(donor, id, "1000.45", "SEK", "2001-03-15", "2001-05-10");
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("line", "OPERATIONS");
    cost.put("amount", "100.00");
    cost.put("currency", "SEK");
    cost.put("spentOn", "2001-03-31");
    cost.put("sourceType", "INVOICE");
    cost.put("sourceId", "INV-1");
    Response spent = money.finance.post("/api/v1/funding/projects/" + id + "/expenditures", cost);
    assertThat(spent.status()).as(spent.text()).isEqualTo(201);
    assertThat(spent.json().get("inProjectCurrency").asString()).isEqualTo("80.00");

    JsonNode march = position(money, id, "2001-03-31");
    assertThat(march.get("pledged").asString()).isEqualTo("800.36"); // 1000.45 × 0.80 = 800.36
    assertThat(march.get("received").asString()).isEqualTo("0.00");
    JsonNode june = position(money, id, "2001-06-30");
    assertThat(june.get("pledged").asString()).isEqualTo("800.36");
    assertThat(june.get("received").asString()).isEqualTo("900.40"); // 900.405, half-even
    assertThat(june.get("spent").asString()).isEqualTo("80.00");
    assertThat(june.get("available").asString()).isEqualTo("820.40");

    // the same figures asked again: nothing moved
    assertThat(position(money, id, "2001-06-30")).isEqualTo(june);
    // a rate that would change a conversion already in the ledger is refused
    Response changing = rate(money, "2001-02-01", "SEK", "NOK", "0.8500");
    assertThat(changing.status()).isEqualTo(409);
    assertThat(changing.json().get("code").asString()).isEqualTo("rate-changes-ledger");
    assertThat(position(money, id, "2001-06-30")).isEqualTo(june);
    // the same pair and date twice is refused: a rate is never changed
    Response twice = rate(money, "2001-04-01", "SEK", "NOK", "0.9500");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asString()).isEqualTo("rate-exists");
  }

  @Test
  void aPositionWithoutTheRateItNeedsNamesThePairAndTheDate() {
    FundingFixture money = new FundingFixture(port);
    long donor = money.donor("Rateless donor");
    long project = money.project(donor, "GMB", "USD", "1.00", "1.00", "1.00");
    money.contribute(donor, project, "500.00", "ISK", "2002-02-02", null);

    Response position = money.chief.get("/api/v1/funding/projects/" + project + "/position");

    assertThat(position.status()).isEqualTo(409);
    assertThat(position.json().get("code").asString()).isEqualTo("exchange-rate-missing");
    assertThat(position.json().get("detail").asString())
        .contains("ISK->USD")
        .contains("2002-02-02");
  }

  @Test
  void badInputIsRefusedNamingEveryField() {
    FundingFixture money = new FundingFixture(port);
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("code", "bad code");
    project.put("missionCode", "XYZ");
    project.put("currency", "USX");
    project.put("startsOn", "2012-06-31");
    project.put("endsOn", "2012-01-01");
    project.put("budget", Map.of("MOVEMENT", "-5.00", "TRAVEL", "1.00"));
    project.put("unitCosts", Map.of("seatShare", "12,50", "pocketMoney", "1"));
    project.put(
        "eligibility", Map.of("destinations", List.of("ZZZ"), "targetGroups", List.of("ALL")));

    Response refused = money.finance.post("/api/v1/funding/projects", project);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused))
        .contains(
            "code",
            "title",
            "missionCode",
            "currency",
            "startsOn",
            "budget.MOVEMENT",
            "budget.TRAVEL",
            "unitCosts.seatShare",
            "unitCosts.reintegrationCap",
            "eligibility.destinations[0]",
            "eligibility.targetGroups[0]");
    assertThat(message(refused, "currency")).contains("USX");
    assertThat(message(refused, "startsOn")).contains("2012-06-31");

    Map<String, Object> contribution = new LinkedHashMap<>();
    contribution.put("amount", "-300.00");
    contribution.put("currency", "CHF");
    contribution.put("pledgedOn", "2012-13-01");
    contribution.put("line", "MOVEMENT");
    Response bad = money.finance.post("/api/v1/funding/contributions", contribution);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("donorId", "amount", "pledgedOn", "appealId", "line");
    assertThat(message(bad, "amount")).contains("negative");
  }

  @Test
  void ratesUploadedAsAFileAreAllOrNothingAndEveryBadLineIsNamed() {
    FundingFixture money = new FundingFixture(port);
    String good = "date,from,to,rate\n2003-01-01,DKK,PLN,0.5500\n2003-02-01,DKK,PLN,0.5600\n";
    Response added = upload(money.finance, good);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.json().get("added").asInt()).isEqualTo(2);
    Response again = upload(money.finance, good);
    assertThat(again.json().get("added").asInt()).isZero();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);

    Response refused =
        upload(
            money.finance,
            "date,from,to,rate\n"
                + "2003-03-01,DKK,PLN,0.5700\n"
                + "2003-02-30,DKK,PLN,0.5800\n"
                + "2003-04-01,DKK,QQQ,abc\n"
                + "2003-02-01,DKK,PLN,0.9999\n");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused))
        .containsExactly("lines[3].date", "lines[4].to", "lines[4].rate", "lines[5].rate");
    // nothing of the file was stored, not even its good line
    JsonNode stored = money.finance.get("/api/v1/funding/exchange-rates?currency=DKK").json();
    assertThat(stored).hasSize(2);
  }

  @Test
  void onlyFinanceOfficersChangeTheBooksAndChiefsOfMissionReadThem() {
    FundingFixture money = new FundingFixture(port);
    Map<String, Object> donor = Map.of("name", "Anyone", "kind", "PRIVATE");
    assertThat(money.chief.post("/api/v1/funding/donors", donor).status()).isEqualTo(403);
    assertThat(money.caseworker.post("/api/v1/funding/donors", donor).status()).isEqualTo(403);
    assertThat(money.caseworker.get("/api/v1/funding/projects").status()).isEqualTo(403);
    assertThat(money.chief.get("/api/v1/funding/projects").status()).isEqualTo(200);
    assertThat(money.chief.get("/api/v1/funding/waiting-cases").status()).isEqualTo(200);
    assertThat(
            money
                .chief
                .post(
                    "/api/v1/funding/exchange-rates",
                    Map.of("date", "2004-01-01", "from", "CZK", "to", "HUF", "rate", "10"))
                .status())
        .isEqualTo(403);
    // a mission's books are not another mission's
    ApiClient cameroon = ApiClient.as(port, "reintegration.cmr");
    assertThat(cameroon.get("/api/v1/funding/projects").status()).isEqualTo(403);
    long project = money.project(money.donor("Scope donor"), "TCD", "USD", "1.00", "1.00", "1.00");
    assertThat(
            ApiClient.as(port, "me.rmn")
                .get("/api/v1/funding/projects/" + project + "/position")
                .status())
        .isEqualTo(200);
    assertThat(ApiClient.as(port, "admin").get("/api/v1/funding/projects/" + project).status())
        .isEqualTo(403);
  }

  private static Response rate(
      FundingFixture money, String date, String from, String to, String rate) {
    return money.finance.post(
        "/api/v1/funding/exchange-rates",
        Map.of("date", date, "from", from, "to", to, "rate", rate));
  }

  private static Response upload(ApiClient client, String csv) {
    return client.send("POST", "/api/v1/funding/exchange-rates/upload", csv, "text/csv");
  }

  private static JsonNode position(FundingFixture money, long project, String asOf) {
    return money
        .chief
        .get("/api/v1/funding/projects/" + project + "/position?asOf=" + asOf)
        .json()
        .get("money");
  }

  private static List<String> fields(Response response) {
    List<String> fields = new ArrayList<>();
    for (JsonNode error : response.json().get("errors")) {
      fields.add(error.get("field").asString());
    }
    return fields;
  }

  private static String message(Response response, String field) {
    for (JsonNode error : response.json().get("errors")) {
      if (error.get("field").asString().equals(field)) {
        return error.get("message").asString();
      }
    }
    return "";
  }
}
