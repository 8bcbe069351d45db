package org.homeward.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * After a key rotation, what the registry and movement sealed with the old key opens, is sealed
 * again with the active key by the one start-up sealer, and still reads the same.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "homeward.crypto.keys.old=AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM=",
      "homeward.crypto.keys.new=BAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ=",
      "homeward.crypto.active-key=new",
      "homeward.crypto.index-key=CQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk="
    })
class ActiveKeySealerTest {

  /** The ring before the rotation: only the old key. */
  static final FieldEncryption OLD_RING =
      new FieldEncryption(Map.of("old", filled(3)), "old", filled(9));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired FieldEncryption encryption;
  @Autowired ActiveKeySealer sealer;

  @Test
  void sealsWhatTheOldKeySealedWithTheActiveOneAndItReadsTheSame() {
    Map<UUID, String> people =
        sealedBefore("registry_person", "sensitive_data", "sensitive_key", "");
    Map<UUID, String> checks =
        sealedBefore("movement_fitness_check", "details", "details_key", "movement_fitness_check:");
    assertThat(people).as("the demo's people with sensitive data").isNotEmpty();
    assertThat(checks).as("the demo's fitness checks with medical details").isNotEmpty();
    UUID person = people.keySet().iterator().next();
    UUID caseId =
        jdbc.sql("SELECT case_id FROM registry_person WHERE id = ?")
            .param(person)
            .query(UUID.class)
            .single();
    JsonNode before = member(caseId, person);

    int sealed = sealer.sealAll();

    assertThat(sealed).isEqualTo(people.size() + checks.size());
    assertSealedWithTheActiveKey("registry_person", "sensitive_data", "sensitive_key", "", people);
    assertSealedWithTheActiveKey(
        "movement_fitness_check", "details", "details_key", "movement_fitness_check:", checks);
    JsonNode after = member(caseId, person);
    assertThat(after.get("vulnerabilities")).isEqualTo(before.get("vulnerabilities"));
    assertThat(after.get("vulnerabilityNotes")).isEqualTo(before.get("vulnerabilityNotes"));
    assertThat(sealer.sealAll()).as("nothing is left to seal").isZero();
  }

  /**
   * Turns up to 20 values of {@code table} into what the old key sealed before the rotation, as an
   * earlier version stored them; returns their plaintext by record.
   */
  Map<UUID, String> sealedBefore(String table, String column, String keyColumn, String context) {
    List<UUID> ids =
        jdbc.sql(
                "SELECT id FROM "
                    + table
                    + " WHERE "
                    + column
                    + " IS NOT NULL ORDER BY id LIMIT 20")
            .query(UUID.class)
            .list();
    Map<UUID, String> plaintext = new LinkedHashMap<>();
    for (UUID id : ids) {
      byte[] current = stored(table, column, id);
      String text = encryption.open(current, context + id);
      byte[] old = OLD_RING.seal(text, context + id);
      jdbc.sql(
              "UPDATE " + table + " SET " + column + " = ?, " + keyColumn + " = 'old' WHERE id = ?")
          .params(old, id)
          .update();
      assertThat(encryption.open(old, context + id))
          .as("the old key's value opens")
          .isEqualTo(text);
      plaintext.put(id, text);
    }
    return plaintext;
  }

  void assertSealedWithTheActiveKey(
      String table, String column, String keyColumn, String context, Map<UUID, String> plaintext) {
    plaintext.forEach((id, text) -> {
      byte[] stored = stored(table, column, id);
      assertThat(FieldEncryption.keyIdOf(stored)).isEqualTo("new");
      assertThat(
              jdbc.sql("SELECT " + keyColumn + " FROM " + table + " WHERE id = ?")
                  .param(id)
                  .query(String.class)
                  .single())
          .isEqualTo("new");
      assertThat(
              new FieldEncryption(Map.of("new", filled(4)), "new", filled(9))
                  .open(stored, context + id))
          .isEqualTo(text);
    });
  }

  byte[] stored(String table, String column, UUID id) {
    return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE id = ?")
        .param(id)
        .query(byte[].class)
        .single();
  }

  JsonNode member(UUID caseId, UUID person) {
    JsonNode c = ApiClient.as(port, "caseworker.mar").get("/api/v1/cases/" + caseId).json();
    for (JsonNode m : c.get("members")) {
      if (m.get("id").asString().equals(person.toString())) {
        return m;
      }
    }
    throw new AssertionError("no member " + person + " in " + c);
  }

  static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
