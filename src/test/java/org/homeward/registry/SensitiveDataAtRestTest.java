package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Medical and protection data are ciphertext in the database, and only there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SensitiveDataAtRestTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Test
  void theDatabaseHoldsOnlyCiphertextOfMedicalAndProtectionData() {
    Map<String, Object> household = Households.familyOfThree(Households.uniqueFamilyName());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
    members.get(0).put("vulnerabilities", List.of("PREGNANT", "GBV_SURVIVOR"));
    members.get(0).put("vulnerabilityNotes", "referred to the shelter in Rabat");
    Response created = ApiClient.as(port, "caseworker.mar").post("/api/v1/cases", household);
    String personId = created.json().get("members").get(0).get("id").asString();

    Map<String, Object> row =
        jdbc.sql(
                "SELECT vulnerabilities::text AS open, vulnerability_notes, sensitive_data FROM registry_person WHERE id = ?::uuid")
            .param(personId)
            .query()
            .singleRow();
    assertThat((String) row.get("open")).contains("PREGNANT").doesNotContain("GBV");
    assertThat(row.get("vulnerability_notes")).isNull();
    String stored = new String((byte[]) row.get("sensitive_data"), StandardCharsets.ISO_8859_1);
    assertThat(stored).doesNotContain("GBV").doesNotContain("shelter");
    assertThat(created.json().get("members").get(0).get("vulnerabilityNotes").asString())
        .isEqualTo("referred to the shelter in Rabat");
    assertThat(created.json().get("priority").asInt()).isGreaterThanOrEqualTo(70);
  }
}
