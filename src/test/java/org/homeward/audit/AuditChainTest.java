package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The trail's hash chain verifies, and a row changed behind the application's back is found. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Test
  void verifiesTheChainAndFindsATamperedEntry() {
    ApiClient.as(port, "caseworker.mar")
        .post("/api/v1/cases", Households.familyOfThree(Households.uniqueFamilyName()));
    ApiClient auditor = ApiClient.as(port, "dataprotection.mar");

    Response intact = auditor.get("/api/v1/audit/verification");
    assertThat(intact.status()).isEqualTo(200);
    assertThat(intact.json().get("intact").asBoolean()).isTrue();
    assertThat(intact.json().get("entries").asLong()).isPositive();

    long victim =
        jdbc.sql(
                "SELECT sequence FROM audit_entry WHERE action = 'case.registered' ORDER BY sequence LIMIT 1 OFFSET 5")
            .query(Long.class)
            .single();
    // someone with direct database access switches the trigger off and rewrites history
    jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
    try {
      jdbc.sql("UPDATE audit_entry SET actor = 'someone.else' WHERE sequence = ?")
          .param(victim)
          .update();
    } finally {
      jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
    }

    Response broken = auditor.get("/api/v1/audit/verification");
    assertThat(broken.json().get("intact").asBoolean()).isFalse();
    assertThat(broken.json().get("firstBrokenSequence").asLong()).isEqualTo(victim);

    jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
    try {
      jdbc.sql("UPDATE audit_entry SET actor = 'caseworker.mar' WHERE sequence = ?")
          .param(victim)
          .update();
    } finally {
      jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
    }
    assertThat(auditor.get("/api/v1/audit/verification").json().get("intact").asBoolean()).isTrue();
  }

  @Test
  void aRemovedEntryBreaksTheChain() {
    ApiClient auditor = ApiClient.as(port, "dataprotection.mar");
    assertThat(auditor.get("/api/v1/audit/verification").json().get("intact").asBoolean()).isTrue();
    long last = jdbc.sql("SELECT max(sequence) FROM audit_entry").query(Long.class).single();
    long middle = jdbc.sql("SELECT min(sequence) FROM audit_entry").query(Long.class).single() + 3;
    String row =
        jdbc.sql("SELECT row_to_json(a)::text FROM audit_entry a WHERE sequence = ?")
            .param(middle)
            .query(String.class)
            .single();
    jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
    try {
      jdbc.sql("DELETE FROM audit_entry WHERE sequence = ?").param(middle).update();
      Response broken = auditor.get("/api/v1/audit/verification");
      assertThat(broken.json().get("intact").asBoolean()).isFalse();
      assertThat(broken.json().get("firstBrokenSequence").asLong()).isBetween(middle + 1, last);
      // put it back exactly as it was
      jdbc.sql(
              "INSERT INTO audit_entry OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_record(NULL::audit_entry, ?::json)")
          .param(row)
          .update();
    } finally {
      jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
    }
    assertThat(auditor.get("/api/v1/audit/verification").json().get("intact").asBoolean()).isTrue();
  }

  @Test
  void onlyAuditorsReadTheTrailAndEachMissionOnlyItsOwn() {
    assertThat(ApiClient.as(port, "caseworker.mar").get("/api/v1/audit/entries").status())
        .isEqualTo(403);
    Response morocco =
        ApiClient.as(port, "dataprotection.mar").get("/api/v1/audit/entries?size=500");
    assertThat(morocco.status()).isEqualTo(200);
    morocco
        .json()
        .get("items")
        .forEach(e -> assertThat(e.get("missionCode").asString()).startsWith("MAR"));
    assertThat(ApiClient.as(port, "admin").get("/api/v1/audit/entries").status()).isEqualTo(200);
  }
}
