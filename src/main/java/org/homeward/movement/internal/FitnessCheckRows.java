package org.homeward.movement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.fitness.FitnessCheck;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fit-to-travel checks, in {@code movement_fitness_check}. The medical details are sealed with
 * the active key before they are written, bound to the check's id, and opened only when asked.
 */
@Repository
public class FitnessCheckRows {

  private static final String COLUMNS =
      "id, person_id, case_id, checked_on, outcome, valid_until, details, recorded_at,"
          + " recorded_by";

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;

  FitnessCheckRows(JdbcClient jdbc, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.encryption = encryption;
  }

  /** Stores a new check, its details sealed. */
  public void insert(FitnessCheck c) {
    byte[] sealed = c.details() == null ? null : encryption.seal(c.details(), context(c.id()));
    jdbc.sql(
            """
            INSERT INTO movement_fitness_check (id, person_id, case_id, checked_on, outcome,
              valid_until, details, details_key, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            c.id(),
            c.personId().value(),
            c.caseId().value(),
            c.checkedOn(),
            c.outcome().name(),
            c.validUntil(),
            sealed,
            sealed == null ? null : encryption.activeKeyId(),
            Timestamp.from(c.recordedAt()),
            c.recordedBy())
        .update();
  }

  /**
   * Every check of these people, each person's newest first (by the day of the check, then the
   * moment it was recorded); the details opened only when {@code open}.
   */
  public List<FitnessCheck> ofPeople(Collection<PersonId> people, boolean open) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM movement_fitness_check WHERE person_id = ANY (?)"
                + " ORDER BY person_id, checked_on DESC, recorded_at DESC")
        .param(people.stream().map(PersonId::value).toArray(UUID[]::new))
        .query((rs, n) -> check(rs, open))
        .list();
  }

  /**
   * Seals again, with the active key, up to {@code batch} details sealed with another one (a key
   * since rotated out); returns how many.
   */
  public int resealDetails(int batch) {
    List<UUID> stale =
        jdbc.sql(
                """
                SELECT id FROM movement_fitness_check
                WHERE details IS NOT NULL AND details_key IS DISTINCT FROM ?
                LIMIT ?
                """)
            .params(encryption.activeKeyId(), batch)
            .query(UUID.class)
            .list();
    for (UUID id : stale) {
      byte[] old =
          jdbc.sql("SELECT details FROM movement_fitness_check WHERE id = ? FOR UPDATE")
              .param(id)
              .query(byte[].class)
              .single();
      byte[] sealed = encryption.seal(encryption.open(old, context(id)), context(id));
      jdbc.sql("UPDATE movement_fitness_check SET details = ?, details_key = ? WHERE id = ?")
          .params(sealed, encryption.activeKeyId(), id)
          .update();
    }
    return stale.size();
  }

  private FitnessCheck check(ResultSet rs, boolean open) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    byte[] sealed = rs.getBytes("details");
    java.sql.Date valid = rs.getDate("valid_until");
    return new FitnessCheck(
        id,
        new PersonId(rs.getObject("person_id", UUID.class)),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getDate("checked_on").toLocalDate(),
        FitnessOutcome.valueOf(rs.getString("outcome")),
        valid == null ? null : valid.toLocalDate(),
        sealed != null,
        open && sealed != null ? encryption.open(sealed, context(id)) : null,
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"));
  }

  /** What a sealed value is bound to: this check, so it opens on no other record. */
  private static String context(UUID id) {
    return "movement_fitness_check:" + id;
  }

  /**
   * Erases the sealed medical details of the case's fitness checks, for good; the checks stay
   * (outcome and dates, for the statistics). Returns how many were erased.
   */
  public int eraseDetailsOf(CaseId caseId) {
    return jdbc.sql(
            "UPDATE movement_fitness_check SET details = NULL, details_key = NULL"
                + " WHERE case_id = ? AND details IS NOT NULL")
        .param(caseId.value())
        .update();
  }
}
