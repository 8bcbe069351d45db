package org.homeward.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** An administrator extends the table of name variants through the API, and checks use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NameVariantsApiTest {

  static final String PATH = "/api/v1/matching/name-variants";

  @LocalServerPort int port;

  ApiClient admin;
  ApiClient caseworker;

  @BeforeEach
  void signIn() {
    admin = ApiClient.as(port, "admin");
    caseworker = ApiClient.as(port, "caseworker.mar");
  }

  @Test
  void aSavedGroupMakesTwoSpellingsVariantsInTheNextCheck() {
    // Tidiane and Tijani are one Wolof and Fula name (after Ahmad al-Tijani) the shipped table
    // does not know
    String family = Households.uniqueFamilyName();
    String registered = register(single("Tidiane", family, "1987-06-12", "SEN", "+212611110001"));
    Map<String, Object> typed = person("Tijani", family, "1987-06-12", "SEN", null);
    assertThat(givenNameLevel(typed, registered)).isNotEqualTo("variant");

    Response before = admin.get(PATH);
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().get("shippedGroups").asInt()).isGreaterThan(50);
    String text = before.json().get("text").asString() + "\n# Senegal\ntidiane,tijani,tijaan\n";
    Response saved = admin.put(PATH, Map.of("text", text), "If-Match", before.header("ETag"));

    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    long version = saved.json().get("version").asLong();
    assertThat(version).isEqualTo(before.json().get("version").asLong() + 1);
    assertThat(saved.header("ETag")).isEqualTo("\"" + version + "\"");
    assertThat(saved.json().get("savedBy").asString()).isEqualTo("admin");
    assertThat(saved.json().hasNonNull("savedAt")).isTrue();
    assertThat(saved.json().get("extraGroups").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(givenNameLevel(typed, registered)).isEqualTo("variant");

    JsonNode read = admin.get(PATH).json();
    assertThat(read.get("version").asLong()).isEqualTo(version);
    assertThat(read.get("text").asString()).contains("tidiane,tijani,tijaan");
    assertThat(
            admin
                .get("/api/v1/audit/entries?action=name-variants.saved&subjectId=" + version)
                .json()
                .get("items"))
        .hasSize(1);
  }

  @Test
  void badLinesAreEachNamedAndNothingIsSaved() {
    Response before = admin.get(PATH);
    String text =
        "# one spelling alone, a digit, and a sign\n"
            + "kadiatou\n"
            + "mamadou,mamad0u\n"
            + "\n"
            + "oumar,omar!\n"
            + "x".repeat(400);

    Response refused = admin.put(PATH, Map.of("text", text), "If-Match", before.header("ETag"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("code").asString()).isEqualTo("invalid-input");
    List<String> messages = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (JsonNode error : refused.json().get("errors")) {
      assertThat(error.get("field").asString()).isEqualTo("text");
      messages.add(error.get("message").asString());
      codes.add(error.get("code").asString());
    }
    assertThat(codes).containsExactly("single-spelling", "malformed", "malformed", "too-long");
    assertThat(messages.get(0)).startsWith("line 2:");
    assertThat(messages.get(1)).startsWith("line 3:").contains("mamad0u");
    assertThat(messages.get(2)).startsWith("line 5:").contains("omar!");
    assertThat(messages.get(3)).startsWith("line 6:");
    JsonNode after = admin.get(PATH).json();
    assertThat(after.get("version").asLong()).isEqualTo(before.json().get("version").asLong());
    assertThat(after.get("text").asString()).isEqualTo(before.json().get("text").asString());
  }

  @Test
  void spellingsInAnyScriptWithHyphensAndApostrophesAreAccepted() {
    Response before = admin.get(PATH);
    String text =
        before.json().get("text").asString()
            + "\nn'diaye,ndiaye-sarr # a comment\nمحمد,mouhammadou";

    Response saved = admin.put(PATH, Map.of("text", text), "If-Match", before.header("ETag"));

    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
  }

  @Test
  void aStaleOrMissingIfMatchIsRefused() {
    Response before = admin.get(PATH);
    String text = before.json().get("text").asString();
    long version = before.json().get("version").asLong();
    Response stale = admin.put(PATH, Map.of("text", text), "If-Match", "\"" + (version + 7) + "\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
    assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version);

    Response missing = admin.put(PATH, Map.of("text", text));
    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.json().get("code").asString()).isEqualTo("if-match-required");
    assertThat(admin.get(PATH).json().get("version").asLong()).isEqualTo(version);
  }

  @Test
  void aCaseworkerMayNeitherReadNorChangeTheTable() {
    Response before = admin.get(PATH);

    Response put =
        caseworker.put(PATH, Map.of("text", "tidiane,tijani"), "If-Match", before.header("ETag"));

    assertThat(put.status()).isEqualTo(403);
    assertThat(put.json().get("code").asString()).isEqualTo("forbidden");
    assertThat(caseworker.get(PATH).status()).isEqualTo(403);
    assertThat(admin.get(PATH).json().get("version").asLong())
        .isEqualTo(before.json().get("version").asLong());
  }

  private String givenNameLevel(Map<String, Object> typed, String caseId) {
    Response check = caseworker.post("/api/v1/matching/check", typed);
    assertThat(check.status()).as(check.text()).isEqualTo(200);
    for (JsonNode candidate : check.json().get("candidates")) {
      if (candidate.get("caseId").asString().equals(caseId)) {
        for (JsonNode field : candidate.get("explanation").get("fields")) {
          if (field.get("field").asString().equals("given_name")) {
            return field.get("level").asString();
          }
        }
      }
    }
    return "not found";
  }

  private String register(Map<String, Object> household) {
    Response created = caseworker.post("/api/v1/cases", household);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private static Map<String, Object> person(
      String given, String family, String born, String nationality, String phone) {
    Map<String, Object> member =
        Households.member(given, family, "M", born, "PRINCIPAL", phone, List.of());
    member.put("nationality", nationality);
    return member;
  }

  private static Map<String, Object> single(
      String given, String family, String born, String nationality, String phone) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("missionCode", "MAR");
    body.put("destinationCountry", nationality);
    body.put("members", new ArrayList<>(List.of(person(given, family, born, nationality, phone))));
    return body;
  }
}
