package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.Browser;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Text that cannot be stored is refused at the door, naming its field, and nothing is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleanTextTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void refusesANulInAGivenNameNamingTheFieldAndStoresNothing() {
    long before = cases();
    Map<String, Object> household = Households.familyOfThree(Households.uniqueFamilyName());
    member(household, 0).put("givenName", "A\u0000");

    Response refused = ApiClient.as(port, "caseworker.mar").post("/api/v1/cases", household);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("code").asString()).isEqualTo("invalid-input");
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("members[0].givenName");
    assertThat(error.get("code").asString()).isEqualTo("forbidden-character");
    assertThat(refused.json().get("errors")).hasSize(1);
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void refusesAnUnpairedSurrogateAndOtherControlCharacters() {
    long before = cases();
    String family = Households.uniqueFamilyName();
    String body =
        ApiClient.json()
            .writeValueAsString(Households.familyOfThree(family))
            .replace("\"Douala\"", "\"Dou\\ud800ala\"")
            .replace("\"Paul\"", "\"Pa\\u001bul\"")
            .replace("\"Junior\"", "\"Jun\\u0085ior\"");

    Response refused =
        ApiClient.as(port, "caseworker.mar")
            .send("POST", "/api/v1/cases", body, "application/json");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "finalDestination", "members[1].givenName", "members[2].givenName");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void acceptsTabsAndNewlinesInAReasonAndPairedSurrogatesInAName() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    Map<String, Object> household = Households.familyOfThree(Households.uniqueFamilyName());
    member(household, 1).put("givenName", "Paul \uD835\uDC00");
    Response created = caseworker.post("/api/v1/cases", household);
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asString();

    Response moved =
        caseworker.post(
            "/api/v1/cases/" + id + "/transitions",
            Map.of("to", "COUNSELLED", "reason", "first session:\n\tthe family\r\nagreed"));

    assertThat(moved.status()).isEqualTo(200);
  }

  @Test
  void refusesAControlCharacterInAQueryParameter() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");

    Response search = caseworker.get("/api/v1/cases?q=Mar%00ie");
    assertThat(search.status()).isEqualTo(400);
    assertThat(search.json().get("errors").get(0).get("field").asString()).isEqualTo("q");

    assertThat(new Browser(port).get("/login?continue=%00").status()).isEqualTo(400);
  }

  @Test
  void showsTheErrorAtTheFieldOfTheRegistrationForm() {
    long before = cases();
    Browser browser = new Browser(port);
    assertThat(Browser.succeeded(browser.signIn("caseworker.mar", ApiClient.DEMO_PASSWORD, null)))
        .isTrue();
    String form = browser.get("/cases/new").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", hidden(form, "_csrf"));
    fields.put("idempotencyKey", hidden(form, "idempotencyKey"));
    fields.put("missionCode", "MAR");
    fields.put("registrationSite", "Oujda");
    fields.put("registrationDate", "2026-01-05");
    fields.put("destinationCountry", "CMR");
    fields.put("members[0].relationship", "PRINCIPAL");
    fields.put("members[0].givenName", "Ami\u0000na");
    fields.put("members[0].familyName", Households.uniqueFamilyName());
    fields.put("members[0].sex", "F");
    fields.put("members[0].dateOfBirth", "1990-05-01");
    fields.put("members[0].nationality", "CMR");

    Browser.Page page = browser.post("/cases", fields);

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body())
        .containsPattern(
            "id=\"members-0-givenName-error\"[^>]*>[^<]*caractère de contrôle invisible");
    assertThat(cases()).isEqualTo(before);
  }

  private static String hidden(String page, String name) {
    Matcher input =
        Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
    assertThat(input.find()).as("the form has a %s field", name).isTrue();
    Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
    assertThat(value.find()).isTrue();
    return value.group(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(Map<String, Object> household, int i) {
    return ((List<Map<String, Object>>) household.get("members")).get(i);
  }

  private long cases() {
    return jdbc.sql("select count(*) from registry_case").query(Long.class).single();
  }
}
