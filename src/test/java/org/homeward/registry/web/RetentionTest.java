package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Cases closed long ago are anonymised after a preview; statistics stay, identities go. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetentionTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Test
  void previewsThenAnonymisesKeepingStatisticsAndNoIdentifyingData() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    ApiClient focalPoint = ApiClient.as(port, "dataprotection.mar");
    String family = Households.uniqueFamilyName();
    Map<String, Object> household = Households.familyOfThree(family);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.get(0).put("vulnerabilities", List.of("PREGNANT", "GBV_SURVIVOR"));
    members.get(0).put("vulnerabilityNotes", "followed by the shelter");
    members.get(0).put("placeOfBirth", "Bafoussam");
    Response created = caseworker.post("/api/v1/cases", household);
    String id = created.json().get("id").asString();
    String caseNumber = created.json().get("caseNumber").asString();
    caseworker.post(
        "/api/v1/cases/" + id + "/transitions",
        Map.of("to", "WITHDRAWN", "reason", "stays with her sister " + family));
    caseworker.post("/api/v1/cases/" + id + "/transitions", Map.of("to", "CLOSED"));
    // closed six years ago
    jdbc.sql(
            "UPDATE registry_case SET status_changed_at = now() - interval '6 years' WHERE id = ?::uuid")
        .param(id)
        .update();
    long cases = jdbc.sql("SELECT count(*) FROM registry_case").query(Long.class).single();

    Response preview = focalPoint.post("/api/v1/retention/previews", null);
    assertThat(preview.status()).isEqualTo(201);
    assertThat(strings(preview.json().get("caseNumbers"))).contains(caseNumber);
    assertThat(
            caseworker
                .get("/api/v1/cases/" + id)
                .json()
                .get("members")
                .get(0)
                .get("familyName")
                .asString())
        .as("a preview changes nothing")
        .isEqualTo(family);

    Response done =
        focalPoint.post(
            "/api/v1/retention/previews/" + preview.json().get("id").asString() + "/anonymisation",
            null);
    assertThat(done.status()).isEqualTo(200);
    assertThat(strings(done.json().get("caseNumbers"))).contains(caseNumber);

    JsonNode after = caseworker.get("/api/v1/cases/" + id).json();
    String text = after.toString();
    assertThat(text)
        .doesNotContain(family)
        .doesNotContain("Marie")
        .doesNotContain("Bafoussam")
        .doesNotContain("+212600000001")
        .doesNotContain("shelter")
        .doesNotContain("GBV");
    JsonNode principal = after.get("members").get(0);
    assertThat(principal.get("nationality").asString()).isEqualTo("CMR");
    assertThat(principal.get("sex").asString()).isEqualTo("F");
    assertThat(principal.get("dateOfBirth").asString()).isEqualTo("1990-01-01");
    assertThat(principal.get("vulnerabilities").toString()).contains("PREGNANT");
    assertThat(after.get("members")).hasSize(3);
    assertThat(after.get("status").asString()).isEqualTo("CLOSED");
    assertThat(jdbc.sql("SELECT count(*) FROM registry_case").query(Long.class).single())
        .isEqualTo(cases);

    String history = caseworker.get("/api/v1/cases/" + id + "/history").text();
    assertThat(history)
        .doesNotContain(family)
        .doesNotContain("sister")
        .contains("[erased]")
        .contains("case.anonymised");
    assertThat(caseworker.get("/api/v1/cases?q=" + family).json().get("total").asLong()).isZero();
    assertThat(focalPoint.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void onlyTheDataProtectionFocalPointRunsRetention() {
    assertThat(
            ApiClient.as(port, "caseworker.mar").post("/api/v1/retention/previews", null).status())
        .isEqualTo(403);
    assertThat(ApiClient.as(port, "admin").post("/api/v1/retention/previews", null).status())
        .isEqualTo(403);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }
}
