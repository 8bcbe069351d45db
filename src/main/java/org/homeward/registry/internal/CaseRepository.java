package org.homeward.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Consent;
import org.homeward.registry.Person;
import org.homeward.registry.Priority;
import org.homeward.registry.PriorityLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases with their members and consent, in plain SQL: written, read one at a time, locked. */
@Repository
public class CaseRepository {

  private final JdbcClient jdbc;
  private final PersonRows people;

  CaseRepository(JdbcClient jdbc, PersonRows people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  public void insert(Case c) {
    jdbc.sql(
            """
            INSERT INTO registry_case (id, case_number, mission_code, status, status_changed_at,
              destination_country, final_destination, registration_site, registration_date, priority,
              priority_level, version, created_at, created_by, updated_at, updated_by, handed_over)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            c.id().value(),
            c.caseNumber(),
            c.missionCode(),
            c.status().name(),
            Timestamp.from(c.statusChangedAt()),
            c.destinationCountry(),
            c.finalDestination(),
            c.registrationSite(),
            c.registrationDate(),
            c.priority().score(),
            c.priority().level().name(),
            c.version(),
            Timestamp.from(c.createdAt()),
            c.createdBy(),
            Timestamp.from(c.updatedAt()),
            c.createdBy(),
            c.handedOver())
        .update();
    people.saveNew(c);
  }

  /**
   * Writes {@code c} over the stored case if the stored one still has {@code expectedVersion};
   * returns false (and writes nothing) when someone else changed it first.
   */
  public boolean update(Case c, long expectedVersion, String actor) {
    if (!updateCase(c, expectedVersion, actor)) {
      return false;
    }
    people.save(c);
    return true;
  }

  /**
   * Writes the case's own row only, as {@link #update} does, leaving its members as they are
   * stored: for a change of status or consent, which no member's record takes part in.
   */
  public boolean updateCase(Case c, long expectedVersion, String actor) {
    int rows =
        jdbc.sql(
                """
                UPDATE registry_case SET status = ?, status_changed_at = ?, destination_country = ?,
                  final_destination = ?, registration_site = ?, registration_date = ?, priority = ?,
                  priority_level = ?, version = ?, updated_at = ?, updated_by = ?, handed_over = ?
                WHERE id = ? AND version = ?
                """)
            .params(
                c.status().name(),
                Timestamp.from(c.statusChangedAt()),
                c.destinationCountry(),
                c.finalDestination(),
                c.registrationSite(),
                c.registrationDate(),
                c.priority().score(),
                c.priority().level().name(),
                c.version(),
                Timestamp.from(c.updatedAt()),
                actor,
                c.handedOver(),
                c.id().value(),
                expectedVersion)
            .update();
    return rows == 1;
  }

  public void saveConsent(CaseId id, Consent consent, Instant recordedAt) {
    jdbc.sql(
            """
            INSERT INTO registry_consent (case_id, declared_on, counsellor, language, signed,
              recorded_by, recorded_at, withdrawn_at, withdrawal_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_id) DO UPDATE SET declared_on = excluded.declared_on,
              counsellor = excluded.counsellor, language = excluded.language,
              signed = excluded.signed, recorded_by = excluded.recorded_by,
              recorded_at = excluded.recorded_at, withdrawn_at = excluded.withdrawn_at,
              withdrawal_reason = excluded.withdrawal_reason
            """)
        .params(
            id.value(),
            consent.declaredOn(),
            consent.counsellor(),
            consent.language(),
            consent.signed(),
            consent.recordedBy(),
            Timestamp.from(recordedAt),
            consent.withdrawnAt() == null ? null : Timestamp.from(consent.withdrawnAt()),
            consent.withdrawalReason())
        .update();
  }

  public void recordStatusChange(
      CaseId id, CaseStatus from, CaseStatus to, String reason, String actor, Instant at) {
    jdbc.sql(
            "INSERT INTO registry_status_change (case_id, from_status, to_status, reason, actor, at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            id.value(),
            from == null ? null : from.name(),
            to.name(),
            reason,
            actor,
            Timestamp.from(at))
        .update();
  }

  public Optional<Case> find(CaseId id) {
    return find(id, false);
  }

  /** Reads the case and locks its row until the transaction ends, for a change. */
  public Optional<Case> findForUpdate(CaseId id) {
    return find(id, true);
  }

  private Optional<Case> find(CaseId id, boolean lock) {
    Optional<CaseRow> row =
        jdbc.sql("SELECT * FROM registry_case WHERE id = ?" + (lock ? " FOR UPDATE" : ""))
            .param(id.value())
            .query(CaseRepository::caseRow)
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    List<Person> members =
        jdbc.sql("SELECT * FROM registry_person WHERE case_id = ? ORDER BY position")
            .param(id.value())
            .query(people::person)
            .list();
    Consent consent =
        jdbc.sql("SELECT * FROM registry_consent WHERE case_id = ?")
            .param(id.value())
            .query(CaseRepository::consent)
            .optional()
            .orElse(null);
    return Optional.of(row.get().toCase(members, consent));
  }

  static void within(CaseScope scope, StringBuilder where, List<Object> params) {
    CaseScope.Condition within =
        scope.condition("c.mission_code", "c.destination_country", "c.handed_over");
    where.append(" AND ").append(within.sql());
    params.addAll(within.params());
  }

  record CaseRow(
      UUID id,
      String caseNumber,
      String missionCode,
      CaseStatus status,
      Instant statusChangedAt,
      String destinationCountry,
      String finalDestination,
      String registrationSite,
      LocalDate registrationDate,
      Priority priority,
      long version,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      boolean handedOver) {

    Case toCase(List<Person> members, Consent consent) {
      return new Case(
          new CaseId(id),
          caseNumber,
          missionCode,
          status,
          statusChangedAt,
          destinationCountry,
          finalDestination,
          registrationSite,
          registrationDate,
          members,
          consent,
          priority,
          version,
          createdAt,
          createdBy,
          updatedAt,
          handedOver);
    }
  }

  static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
    return new CaseRow(
        rs.getObject("id", UUID.class),
        rs.getString("case_number"),
        rs.getString("mission_code"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_changed_at").toInstant(),
        rs.getString("destination_country"),
        rs.getString("final_destination"),
        rs.getString("registration_site"),
        rs.getObject("registration_date", LocalDate.class),
        new Priority(rs.getInt("priority"), PriorityLevel.valueOf(rs.getString("priority_level"))),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getBoolean("handed_over"));
  }

  private static Consent consent(ResultSet rs, int n) throws SQLException {
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new Consent(
        rs.getObject("declared_on", LocalDate.class),
        rs.getString("counsellor"),
        rs.getString("language"),
        rs.getBoolean("signed"),
        rs.getString("recorded_by"),
        withdrawn == null ? null : withdrawn.toInstant(),
        rs.getString("withdrawal_reason"));
  }
}
