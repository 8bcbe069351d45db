package org.homeward.audit.internal;

import java.util.List;
import java.util.Optional;
import org.homeward.shared.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One key per audited record, itself sealed with the application's key ring. Destroying a record's
 * key erases the personal values of its entries without touching the entries. On start-up, keys
 * sealed with a rotated-out ring key are re-sealed with the active one.
 */
@Component
class SubjectKeys implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SubjectKeys.class);

  private final JdbcClient jdbc;
  private final FieldEncryption ring;

  SubjectKeys(JdbcClient jdbc, FieldEncryption ring) {
    this.jdbc = jdbc;
    this.ring = ring;
  }

  /**
   * The record's key, created on first use; none for a record whose values were erased. One
   * statement in the usual cases (the key exists, or is created now): this runs for every audited
   * change.
   */
  byte[] keyFor(String subjectType, String subjectId) {
    byte[] fresh = FieldEncryption.newKey();
    String context = context(subjectType, subjectId);
    byte[] sealedFresh = ring.seal(encode(fresh), context);
    record Found(byte[] sealed, boolean created) {}
    Optional<Found> found =
        jdbc.sql(
                """
                WITH existing AS (
                  SELECT sealed_key FROM audit_subject_key WHERE subject_type = ? AND subject_id = ?),
                created AS (
                  INSERT INTO audit_subject_key (subject_type, subject_id, sealed_key, key_id)
                  SELECT ?, ?, ?, ?
                  WHERE NOT EXISTS (SELECT 1 FROM existing)
                    AND NOT EXISTS (
                      SELECT 1 FROM audit_erasure WHERE subject_type = ? AND subject_id = ?)
                  ON CONFLICT DO NOTHING
                  RETURNING sealed_key)
                SELECT sealed_key, FALSE FROM existing
                UNION ALL SELECT sealed_key, TRUE FROM created
                """)
            .params(
                subjectType,
                subjectId,
                subjectType,
                subjectId,
                sealedFresh,
                ring.activeKeyId(),
                subjectType,
                subjectId)
            .query((rs, n) -> new Found(rs.getBytes(1), rs.getBoolean(2)))
            .optional();
    if (found.isPresent()) {
      return found.get().created() ? fresh : decode(ring.open(found.get().sealed(), context));
    }
    // either another transaction created the key a moment ago, or the record's values were
    // erased: then what is written now is sealed with a key nobody keeps
    byte[] existing = existingKey(subjectType, subjectId);
    return existing != null ? existing : fresh;
  }

  byte[] existingKey(String subjectType, String subjectId) {
    return jdbc.sql(
            "SELECT sealed_key FROM audit_subject_key WHERE subject_type = ? AND subject_id = ?")
        .params(subjectType, subjectId)
        .query((rs, n) -> decode(ring.open(rs.getBytes(1), context(subjectType, subjectId))))
        .optional()
        .orElse(null);
  }

  void destroy(String subjectType, String subjectId) {
    jdbc.sql("DELETE FROM audit_subject_key WHERE subject_type = ? AND subject_id = ?")
        .params(subjectType, subjectId)
        .update();
    jdbc.sql(
            "INSERT INTO audit_erasure (subject_type, subject_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .params(subjectType, subjectId)
        .update();
  }

  @Override
  public void run(ApplicationArguments args) {
    record Stale(String type, String id, byte[] sealed) {}
    List<Stale> stale =
        jdbc.sql(
                "SELECT subject_type, subject_id, sealed_key FROM audit_subject_key WHERE key_id <> ?")
            .param(ring.activeKeyId())
            .query((rs, n) -> new Stale(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            .list();
    for (Stale s : stale) {
      String context = context(s.type(), s.id());
      jdbc.sql(
              "UPDATE audit_subject_key SET sealed_key = ?, key_id = ? WHERE subject_type = ? AND subject_id = ?")
          .params(
              ring.seal(ring.open(s.sealed(), context), context),
              ring.activeKeyId(),
              s.type(),
              s.id())
          .update();
    }
    if (!stale.isEmpty()) {
      log.info("re-sealed {} audit subject keys with the active key", stale.size());
    }
  }

  private static String context(String subjectType, String subjectId) {
    return "audit-key:" + subjectType + ":" + subjectId;
  }

  private static String encode(byte[] key) {
    return java.util.Base64.getEncoder().encodeToString(key);
  }

  private static byte[] decode(String key) {
    return java.util.Base64.getDecoder().decode(key);
  }
}
