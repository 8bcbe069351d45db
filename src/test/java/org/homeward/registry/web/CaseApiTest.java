package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseApiTest {

  @LocalServerPort int port;

  ApiClient caseworker;

  @BeforeEach
  void signIn() {
    caseworker = ApiClient.as(port, "caseworker.mar");
  }

  @Test
  void registersAFamilyWithLocationETagNumberAndPriority() {
    String family = Households.uniqueFamilyName();
    Response created = caseworker.post("/api/v1/cases", Households.familyOfThree(family));

    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/cases/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(body.get("caseNumber").asString()).matches("MAR-\\d{4}-\\d{6}");
    assertThat(body.get("status").asString()).isEqualTo("REGISTERED");
    assertThat(body.get("version").asLong()).isEqualTo(1);
    assertThat(body.get("priority").asInt()).isGreaterThanOrEqualTo(70);
    assertThat(body.get("priorityLevel").asString()).isEqualTo("HIGH");
    assertThat(body.get("members")).hasSize(3);
    assertThat(body.get("members").get(0).get("relationship").asString()).isEqualTo("PRINCIPAL");
    assertThat(body.get("members").get(0).get("vulnerabilities").toString()).contains("PREGNANT");
    assertThat(body.get("allowedTransitions").toString()).contains("COUNSELLED", "WITHDRAWN");

    Response read = caseworker.get("/api/v1/cases/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("caseNumber").asString())
        .isEqualTo(body.get("caseNumber").asString());
    assertThat(caseworker.get("/api/v1/cases/" + id, "If-None-Match", "\"1\"").status())
        .isEqualTo(304);
  }

  @Test
  void findsACaseByAMisspelledNameIgnoringCaseAndAccents() {
    String family = Households.uniqueFamilyName();
    String id = register(Households.familyOfThree(family));

    // one letter wrong in the family name, and the given name typed without capitals
    String misspelled = family.substring(0, 4) + "q" + family.substring(5);
    assertThat(idsFound("q=marie%20" + misspelled)).contains(id);
    assertThat(idsFound("q=" + misspelled.toUpperCase())).contains(id);
  }

  @Test
  void findsMbargaWhenTypedMbarqa() {
    String given = Households.uniqueFamilyName();
    Map<String, Object> household = Households.familyOfThree("Mbarga");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.get(0).put("givenName", given);
    String id = register(household);

    assertThat(idsFound("q=" + given + "%20Mbarqa")).containsExactly(id);
  }

  @Test
  void findsByCaseNumberAndPhoneAndFiltersByVulnerability() {
    String family = Households.uniqueFamilyName();
    Map<String, Object> household = Households.familyOfThree(family);
    Response created = caseworker.post("/api/v1/cases", household);
    String id = created.json().get("id").asString();
    String number = created.json().get("caseNumber").asString();

    assertThat(idsFound("q=" + number)).containsExactly(id);
    assertThat(idsFound("q=" + family + "&vulnerability=PREGNANT")).containsExactly(id);
    assertThat(idsFound("q=" + family + "&vulnerability=DISABILITY")).isEmpty();
    assertThat(idsFound("q=" + family + "&status=COUNSELLED")).isEmpty();
    assertThat(idsFound("q=" + family + "&status=REGISTERED&nationality=CMR")).containsExactly(id);
  }

  @Test
  void listsTheMostVulnerableFirstByDefault() {
    Response page = caseworker.get("/api/v1/cases?size=50");
    assertThat(page.status()).isEqualTo(200);
    List<Integer> priorities = new ArrayList<>();
    page.json().get("items").forEach(item -> priorities.add(item.get("priority").asInt()));
    assertThat(priorities).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(page.json().get("total").asLong()).isGreaterThanOrEqualTo(300);
    assertThat(page.json().get("size").asInt()).isEqualTo(50);
    assertThat(page.json().get("page").asInt()).isZero();
  }

  @Test
  void patchesWithTheCurrentETagAndRefusesAStaleOne() {
    String id = register(Households.familyOfThree(Households.uniqueFamilyName()));

    Response changed =
        caseworker.patch(
            "/api/v1/cases/" + id, Map.of("finalDestination", "Yaoundé"), "If-Match", "\"1\"");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    assertThat(changed.json().get("finalDestination").asString()).isEqualTo("Yaoundé");

    Response stale =
        caseworker.patch(
            "/api/v1/cases/" + id, Map.of("finalDestination", "Bafoussam"), "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    assertThat(caseworker.get("/api/v1/cases/" + id).json().get("finalDestination").asString())
        .isEqualTo("Yaoundé");

    Response unconditional =
        caseworker.patch("/api/v1/cases/" + id, Map.of("finalDestination", "Kribi"));
    assertThat(unconditional.status()).isEqualTo(428);
  }

  @Test
  void patchesAMemberKeepingItsIdAndRecordsTheChangeInHistory() {
    Response created =
        caseworker.post("/api/v1/cases", Households.familyOfThree(Households.uniqueFamilyName()));
    String id = created.json().get("id").asString();
    JsonNode members = created.json().get("members");
    List<Map<String, Object>> changed = new ArrayList<>();
    for (JsonNode member : members) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("id", member.get("id").asString());
      m.put("relationship", member.get("relationship").asString());
      m.put("givenName", member.get("givenName").asString());
      m.put("familyName", member.get("familyName").asString());
      m.put("sex", member.get("sex").asString());
      m.put("dateOfBirth", member.get("dateOfBirth").asString());
      m.put("nationality", "CMR");
      changed.add(m);
    }
    changed.get(1).put("givenName", "Paul-Henri");

    Response patched =
        caseworker.patch("/api/v1/cases/" + id, Map.of("members", changed), "If-Match", "\"1\"");

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("members").get(1).get("id").asString())
        .isEqualTo(members.get(1).get("id").asString());
    assertThat(patched.json().get("members").get(1).get("givenName").asString())
        .isEqualTo("Paul-Henri");
    JsonNode history = caseworker.get("/api/v1/cases/" + id + "/history").json();
    JsonNode update = history.get(history.size() - 1);
    assertThat(update.get("action").asString()).isEqualTo("case.updated");
    assertThat(update.get("actor").asString()).isEqualTo("caseworker.mar");
    assertThat(update.get("changes").toString()).contains("givenName", "Paul", "Paul-Henri");
  }

  @Test
  void refusesAnIllegalTransitionWithTheAllowedNextStates() {
    String id = register(Households.familyOfThree(Households.uniqueFamilyName()));

    Response refused =
        caseworker.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "BOOKED"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("code").asString()).isEqualTo("illegal-transition");
    List<String> allowed = new ArrayList<>();
    refused.json().get("allowed").forEach(s -> allowed.add(s.asString()));
    assertThat(allowed).containsExactlyInAnyOrder("COUNSELLED", "WITHDRAWN", "DEFERRED");
    assertThat(caseworker.get("/api/v1/cases/" + id).json().get("status").asString())
        .isEqualTo("REGISTERED");
  }

  @Test
  void movesToCounselledAndShowsItInTheHistory() {
    String id = register(Households.familyOfThree(Households.uniqueFamilyName()));

    Response moved =
        caseworker.post(
            "/api/v1/cases/" + id + "/transitions",
            Map.of("to", "COUNSELLED", "reason", "first session in Oujda"));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("status").asString()).isEqualTo("COUNSELLED");
    JsonNode history = caseworker.get("/api/v1/cases/" + id + "/history").json();
    assertThat(history.get(0).get("action").asString()).isEqualTo("case.registered");
    JsonNode step = history.get(history.size() - 1);
    assertThat(step.get("action").asString()).isEqualTo("case.transitioned");
    assertThat(step.get("reason").asString()).isEqualTo("first session in Oujda");
    assertThat(step.get("details").get("from").asString()).isEqualTo("REGISTERED");
    assertThat(step.get("details").get("to").asString()).isEqualTo("COUNSELLED");
    assertThat(step.get("actor").asString()).isEqualTo("caseworker.mar");
  }

  @Test
  void needsConsentBeforeEligibilityAndAReasonToWithdraw() {
    String id = register(Households.familyOfThree(Households.uniqueFamilyName()));
    caseworker.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "COUNSELLED"));

    Response refused =
        caseworker.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "ELIGIBLE"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("refusals").toString()).contains("consent-required");

    Response consent =
        caseworker.put(
            "/api/v1/cases/" + id + "/consent",
            Map.of(
                "declaredOn",
                java.time.LocalDate.now().toString(),
                "counsellor",
                "Amina Benali",
                "language",
                "fr",
                "signed",
                true));
    assertThat(consent.status()).isEqualTo(200);
    assertThat(consent.json().get("consent").get("signed").asBoolean()).isTrue();

    assertThat(
            caseworker
                .post("/api/v1/cases/" + id + "/transitions", Map.of("to", "ELIGIBLE"))
                .status())
        .isEqualTo(200);

    Response noReason = caseworker.post("/api/v1/cases/" + id + "/consent/withdrawal", Map.of());
    assertThat(noReason.status()).isEqualTo(409);
    assertThat(noReason.json().get("refusals").toString()).contains("reason-required");

    Response withdrawn =
        caseworker.post(
            "/api/v1/cases/" + id + "/consent/withdrawal", Map.of("reason", "found work in Rabat"));
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.json().get("consent").get("withdrawalReason").asString())
        .isEqualTo("found work in Rabat");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheSameCase() {
    String family = Households.uniqueFamilyName();
    Map<String, Object> household = Households.familyOfThree(family);
    String key = java.util.UUID.randomUUID().toString();

    Response first = caseworker.post("/api/v1/cases", household, "Idempotency-Key", key);
    Response retry = caseworker.post("/api/v1/cases", household, "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(retry.json().get("caseNumber").asString())
        .isEqualTo(first.json().get("caseNumber").asString());
    assertThat(idsFound("q=" + family)).hasSize(1);

    Map<String, Object> other = Households.familyOfThree(family);
    other.put("finalDestination", "Kribi");
    Response reused = caseworker.post("/api/v1/cases", other, "Idempotency-Key", key);
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    assertThat(idsFound("q=" + family)).hasSize(1);
  }

  @Test
  void concurrentRetriesWithOneIdempotencyKeyCreateOneCase() throws Exception {
    String family = Households.uniqueFamilyName();
    Map<String, Object> household = Households.familyOfThree(family);
    String key = java.util.UUID.randomUUID().toString();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<Response>> responses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        responses.add(
            pool.submit(() -> caseworker.post("/api/v1/cases", household, "Idempotency-Key", key)));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (var response : responses) {
        assertThat(response.get().status()).isEqualTo(201);
        ids.add(response.get().json().get("id").asString());
      }
      assertThat(ids).hasSize(1);
    }
    assertThat(idsFound("q=" + family)).hasSize(1);
  }

  @Test
  void listsEveryInvalidFieldWithItsPath() {
    Map<String, Object> household = Households.familyOfThree(Households.uniqueFamilyName());
    household.put("destinationCountry", "XYZ");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.get(0).put("nationality", "Cameroon");
    members.get(0).put("dateOfBirth", "2999-01-01");
    members.get(0).put("phone", "0612");
    members.get(1).put("relationship", "COUSIN");
    members.get(2).put("givenName", " ");

    Response invalid = caseworker.post("/api/v1/cases", household);

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(invalid))
        .containsExactlyInAnyOrder(
            "destinationCountry",
            "members[0].nationality",
            "members[0].dateOfBirth",
            "members[0].phone",
            "members[1].relationship",
            "members[2].givenName");
    assertThat(invalid.json().get("errors").get(0).get("message").asString()).isNotBlank();
  }

  @Test
  void requiresAPrincipalApplicant() {
    Map<String, Object> household = Households.familyOfThree(Households.uniqueFamilyName());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.get(0).put("relationship", "SPOUSE");

    Response invalid = caseworker.post("/api/v1/cases", household);

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").toString()).contains("missing-principal");
  }

  @Test
  void answersMalformedBodiesWithAProblemNeverA500() {
    String path = "/api/v1/cases";
    Response unknownProperty =
        caseworker.post(path, "{\"missionCode\":\"MAR\",\"colour\":\"blue\",\"members\":[]}");
    assertThat(unknownProperty.status()).isEqualTo(400);
    assertThat(fields(unknownProperty)).containsExactly("colour");

    Response wrongType =
        caseworker.post(
            path, "{\"missionCode\":\"MAR\",\"members\":[{\"dobEstimated\":\"perhaps\"}]}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(fields(wrongType)).containsExactly("members[0].dobEstimated");

    for (String body :
        List.of(
            "{\"missionCode\":",
            "[]",
            "\"text\"",
            "",
            "null",
            "{\"members\":{}}",
            "{\"members\":[null]}")) {
      Response response = caseworker.post(path, body);
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.header("Content-Type")).as(body).startsWith("application/problem+json");
    }
    assertThat(caseworker.send("POST", path, "<case/>", "application/xml").status()).isEqualTo(415);
  }

  @Test
  void answersAnUnknownOrMalformedCaseIdWith404() {
    assertThat(caseworker.get("/api/v1/cases/" + java.util.UUID.randomUUID()).status())
        .isEqualTo(404);
    assertThat(caseworker.get("/api/v1/cases/not-a-uuid").status()).isEqualTo(404);
    assertThat(caseworker.get("/api/v1/cases/not-a-uuid/history").status()).isEqualTo(404);
  }

  @Test
  void refusesBadSearchParametersByName() {
    Response bad = caseworker.get("/api/v1/cases?status=FLYING&size=5000&page=x&sort=colour");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactlyInAnyOrder("status", "size", "page", "sort");
  }

  private String register(Map<String, Object> household) {
    Response created = caseworker.post("/api/v1/cases", household);
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private List<String> idsFound(String query) {
    Response page = caseworker.get("/api/v1/cases?size=200&" + query);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  private static List<String> fields(Response problem) {
    List<String> fields = new ArrayList<>();
    problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
