package org.homeward.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;

/**
 * Sets up money and cases through the API, as a finance officer and a caseworker of the Morocco
 * mission would. Each test gives its projects a destination no other test and no demo project pays
 * for, so the guard weighs only the test's own projects.
 */
public final class FundingFixture {

  public final ApiClient finance;
  public final ApiClient caseworker;
  public final ApiClient chief;

  public FundingFixture(int port) {
    finance = ApiClient.as(port, "finance.mar");
    caseworker = ApiClient.as(port, "caseworker.mar");
    chief = ApiClient.as(port, "chief.mar");
  }

  public long donor(String name) {
    Response created =
        finance.post(
            "/api/v1/funding/donors",
            Map.of("name", name + " " + Households.uniqueFamilyName(), "kind", "GOVERNMENT"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /**
   * A project of the Morocco mission running this year, paying {@code seat} + {@code pocket} per
   * person on movement and {@code cap} (minor and vulnerable alike) on reintegration, for returns
   * to {@code destination}; its budget leaves money as the only limit.
   */
  public long project(
      long donor, String destination, String currency, String seat, String pocket, String cap) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "T-" + destination + "-" + Households.uniqueFamilyName().toUpperCase());
    body.put("title", "Test returns to " + destination);
    body.put("missionCode", "MAR");
    body.put("currency", currency);
    body.put("startsOn", LocalDate.now().minusMonths(6).toString());
    body.put("endsOn", LocalDate.now().plusMonths(6).toString());
    body.put("donorIds", List.of(donor));
    body.put("budget", Map.of("MOVEMENT", "1000000.00", "REINTEGRATION", "1000000.00"));
    body.put(
        "unitCosts",
        Map.of(
            "seatShare", seat,
            "pocketMoney", pocket,
            "reintegrationCap", cap,
            "reintegrationCapMinor", cap,
            "reintegrationCapVulnerable", cap));
    body.put(
        "eligibility", Map.of("missions", List.of("MAR"), "destinations", List.of(destination)));
    Response created = finance.post("/api/v1/funding/projects", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  public long contribute(
      long donor, long project, String amount, String currency, String pledged, String received) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("donorId", donor);
    body.put("amount", amount);
    body.put("currency", currency);
    body.put("pledgedOn", pledged);
    body.put("receivedOn", received);
    body.put("projectId", project);
    Response created = finance.post("/api/v1/funding/contributions", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /** A man travelling alone to {@code destination}, counselled, his consent signed. */
  public String counselledSingle(String destination) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("missionCode", "MAR");
    body.put("destinationCountry", destination);
    body.put("finalDestination", "Capital");
    List<Map<String, Object>> members = new ArrayList<>();
    Map<String, Object> man =
        Households.member(
            "Issa", Households.uniqueFamilyName(), "M", "1991-03-04", "PRINCIPAL", null, List.of());
    man.put("nationality", destination);
    members.add(man);
    body.put("members", members);
    Response created = caseworker.post("/api/v1/cases", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(caseworker.post(path(id) + "/transitions", Map.of("to", "COUNSELLED")).status())
        .isEqualTo(200);
    Response consent =
        caseworker.put(
            path(id) + "/consent",
            Map.of(
                "declaredOn",
                LocalDate.now().toString(),
                "counsellor",
                "Amina Benali",
                "language",
                "fr",
                "signed",
                true));
    assertThat(consent.status()).as(consent.text()).isEqualTo(200);
    return id;
  }

  public Response makeEligible(ApiClient who, String caseId) {
    return who.post(path(caseId) + "/transitions", Map.of("to", "ELIGIBLE"));
  }

  public Response override(ApiClient who, String caseId, String justification) {
    return who.post(
        path(caseId) + "/transitions", Map.of("to", "ELIGIBLE", "override", justification));
  }

  static String path(String caseId) {
    return "/api/v1/cases/" + caseId;
  }
}
