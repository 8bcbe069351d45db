package org.homeward.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.CaseId;
import org.homeward.registry.RetentionReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Retention previews and anonymisations, and the anonymisation itself, in SQL. */
@Repository
public class RetentionRuns {

  private static final TypeReference<Map<String, Object>> REPORT = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RetentionRuns(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public RetentionReport preview(Instant closedBefore, CaseScope scope, String actor, Instant now) {
    StringBuilder where =
        new StringBuilder(
            " WHERE c.status = 'CLOSED' AND c.status_changed_at < ? AND c.anonymised_at IS NULL");
    List<Object> params = new ArrayList<>(List.of(Timestamp.from(closedBefore)));
    CaseRepository.within(scope, where, params);
    List<UUID> ids =
        jdbc.sql("SELECT c.id FROM registry_case c" + where + " ORDER BY c.case_number")
            .params(params)
            .query(UUID.class)
            .list();
    return save(RetentionReport.Kind.PREVIEW, closedBefore, ids, actor, now, null);
  }

  /** The cases a preview named that are still closed, still not anonymised, and in scope. */
  public List<CaseId> stillDue(UUID previewId, CaseScope scope) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT c.id FROM registry_retention_run r JOIN registry_case c ON c.id = ANY (r.case_ids)
            WHERE r.id = ? AND c.status = 'CLOSED' AND c.status_changed_at < r.closed_before
              AND c.anonymised_at IS NULL
            """);
    List<Object> params = new ArrayList<>(List.of(previewId));
    CaseRepository.within(scope, sql, params);
    return jdbc.sql(sql.toString()).params(params).query(UUID.class).list().stream()
        .map(CaseId::new)
        .toList();
  }

  /**
   * Removes every identifying field of {@code due}, keeping what statistics need, and records the
   * run. Counts are taken before the removal, from what stays anyway.
   */
  public RetentionReport anonymise(
      RetentionReport preview, List<CaseId> due, String actor, Instant now) {
    UUID[] ids = due.stream().map(CaseId::value).toArray(UUID[]::new);
    RetentionReport report =
        save(
            RetentionReport.Kind.ANONYMISATION,
            preview.closedBefore(),
            List.of(ids),
            actor,
            now,
            preview.id());
    if (ids.length == 0) {
      return report;
    }
    jdbc.sql(
            """
            UPDATE registry_person SET given_name = '', family_name = '', other_names = '{}',
              date_of_birth = date_trunc('year', date_of_birth)::date,
              dob_estimated = date_of_birth IS NOT NULL, place_of_birth = NULL, phone = NULL,
              current_city = NULL, documents = '[]', languages = '{}', vulnerability_notes = NULL,
              sensitive_data = NULL, sensitive_key = NULL, sensitive_tags = '{}', search_name = ''
            WHERE case_id = ANY (?)
            """)
        .param(ids)
        .update();
    jdbc.sql("UPDATE registry_consent SET withdrawal_reason = NULL WHERE case_id = ANY (?)")
        .param(ids)
        .update();
    jdbc.sql("UPDATE registry_status_change SET reason = NULL WHERE case_id = ANY (?)")
        .param(ids)
        .update();
    jdbc.sql("DELETE FROM registry_idempotency_key WHERE case_id = ANY (?)").param(ids).update();
    jdbc.sql(
            "UPDATE registry_case SET anonymised_at = ?, version = version + 1, updated_at = ?,"
                + " updated_by = ? WHERE id = ANY (?)")
        .params(Timestamp.from(now), Timestamp.from(now), actor, ids)
        .update();
    return report;
  }

  /** The mission that holds the case. */
  public String missionOf(CaseId id) {
    return jdbc.sql("SELECT mission_code FROM registry_case WHERE id = ?")
        .param(id.value())
        .query(String.class)
        .single();
  }

  public Optional<RetentionReport> find(UUID id) {
    return jdbc.sql("SELECT * FROM registry_retention_run WHERE id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  public Optional<RetentionReport> lastUnappliedPreview() {
    return jdbc.sql(
            """
            SELECT * FROM registry_retention_run p
            WHERE p.kind = 'PREVIEW'
              AND NOT EXISTS (SELECT 1 FROM registry_retention_run a WHERE a.preview_id = p.id)
            ORDER BY p.at DESC LIMIT 1
            """)
        .query(this::map)
        .optional();
  }

  private RetentionReport save(
      RetentionReport.Kind kind,
      Instant closedBefore,
      List<UUID> ids,
      String actor,
      Instant now,
      UUID previewId) {
    UUID[] array = ids.toArray(UUID[]::new);
    List<String> numbers =
        jdbc.sql("SELECT case_number FROM registry_case WHERE id = ANY (?) ORDER BY case_number")
            .param(array)
            .query(String.class)
            .list();
    Map<String, Integer> byNationality = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT nationality, count(*) FROM registry_person WHERE case_id = ANY (?)"
                + " GROUP BY nationality ORDER BY nationality")
        .param(array)
        .query((rs, n) -> byNationality.put(rs.getString(1), rs.getInt(2)))
        .list();
    int people = byNationality.values().stream().mapToInt(Integer::intValue).sum();
    UUID id = UUID.randomUUID();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("caseNumbers", numbers);
    report.put("people", people);
    report.put("byNationality", byNationality);
    jdbc.sql(
            "INSERT INTO registry_retention_run (id, kind, at, actor, closed_before, case_ids, report, preview_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)")
        .params(
            id,
            kind.name(),
            Timestamp.from(now),
            actor,
            Timestamp.from(closedBefore),
            array,
            json.writeValueAsString(report),
            previewId)
        .update();
    return new RetentionReport(
        id, kind, now, actor, closedBefore, numbers, people, byNationality, previewId);
  }

  @SuppressWarnings("unchecked")
  private RetentionReport map(ResultSet rs, int n) throws SQLException {
    Map<String, Object> report = json.readValue(rs.getString("report"), REPORT);
    Map<String, Integer> byNationality = new LinkedHashMap<>();
    ((Map<String, Object>) report.get("byNationality"))
        .forEach((k, v) -> byNationality.put(k, ((Number) v).intValue()));
    return new RetentionReport(
        rs.getObject("id", UUID.class),
        RetentionReport.Kind.valueOf(rs.getString("kind")),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getTimestamp("closed_before").toInstant(),
        (List<String>) report.get("caseNumbers"),
        ((Number) report.get("people")).intValue(),
        byNationality,
        rs.getObject("preview_id", UUID.class));
  }
}
