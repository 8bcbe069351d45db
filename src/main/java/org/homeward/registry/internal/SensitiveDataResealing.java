package org.homeward.registry.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.registry.Person;
import org.homeward.shared.crypto.FieldEncryption;
import org.homeward.shared.crypto.SealedRecords;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Brings every sealed part under the active key, and seals what older versions left in the clear:
 * the registry's part in sealing on start-up, first of the modules'.
 */
@Repository
@Order(1)
public class SensitiveDataResealing implements SealedRecords {

  private final JdbcClient jdbc;
  private final PersonRows people;
  private final FieldEncryption encryption;

  SensitiveDataResealing(JdbcClient jdbc, PersonRows people, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.people = people;
    this.encryption = encryption;
  }

  /**
   * Seals what is not sealed with the active key: plaintext an older version left behind, and
   * values sealed with a key that has since been rotated out. Returns how many people it resealed.
   */
  @Override
  public int resealBatch(int batch) {
    List<UUID> stale =
        jdbc.sql(
                """
                SELECT id FROM registry_person
                WHERE (sensitive_data IS NOT NULL AND sensitive_key IS DISTINCT FROM ?)
                   OR vulnerability_notes IS NOT NULL
                   OR vulnerabilities && ARRAY['SERIOUS_MEDICAL_CONDITION', 'MENTAL_HEALTH',
                                               'TRAFFICKING_VICTIM', 'GBV_SURVIVOR']
                LIMIT ?
                """)
            .params(encryption.activeKeyId(), batch)
            .query(UUID.class)
            .list();
    for (UUID id : stale) {
      Person p =
          jdbc.sql("SELECT * FROM registry_person WHERE id = ? FOR UPDATE")
              .param(id)
              .query(people::person)
              .single();
      byte[] sealed = people.seal(p);
      jdbc.sql(
              """
              UPDATE registry_person SET vulnerabilities = ?, vulnerability_notes = NULL,
                sensitive_data = ?, sensitive_key = ?, sensitive_tags = ?
              WHERE id = ?
              """)
          .params(
              PersonRows.names(p.vulnerabilities().stream().filter(v -> !v.isSensitive()).toList()),
              sealed,
              sealed == null ? null : encryption.activeKeyId(),
              people.tags(p),
              id)
          .update();
    }
    return stale.size();
  }

  @Override
  public String describe(int count) {
    return "the sensitive data of " + count + " people";
  }
}
